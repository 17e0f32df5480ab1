import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import {
  apiKeyRowSchema,
  createdKeySchema,
  keyConnectionSchema,
  type ApiKeyRow,
  type CreateApiKeyInput,
  type CreatedKey,
  type KeyConnection,
} from './api-keys.schema';

/** The organization's keys, newest first, with the names of the connections they are scoped to. */
export async function listApiKeys(tx: Tx, organizationId: string): Promise<ApiKeyRow[]> {
  const rows = await tx`
    select k.id, k.name, k.prefix, k.all_connections, k.rate_limit_per_minute, k.created_at, k.last_used_at, k.revoked_at,
           coalesce((select array_agg(c.name order by c.name) from public.integration_connections c
                      where c.id = any (k.connection_ids)), '{}') as connection_names
      from public.api_keys k
     where k.organization_id = ${organizationId}
     order by k.revoked_at is not null, k.created_at desc, k.id
  `;
  return z.array(apiKeyRowSchema).parse(rows);
}

/** Connections a key may be scoped to. */
export async function listKeyConnections(tx: Tx, organizationId: string): Promise<KeyConnection[]> {
  const rows = await tx`
    select c.id, c.name, p.name as provider_name
      from public.integration_connections c
      join public.integration_providers p on p.id = c.provider_id
     where c.organization_id = ${organizationId}
     order by c.name, c.id
  `;
  return z.array(keyConnectionSchema).parse(rows);
}

/** create_api_key decides who may (admins) and keeps only the hash; the plaintext comes back once. */
export async function createApiKey(tx: Tx, organizationId: string, input: CreateApiKeyInput): Promise<CreatedKey> {
  const all = input.scope === 'all';
  const [row] = await tx`
    select public.create_api_key(${organizationId}::uuid, ${input.name}, ${all ? [] : input.connection_ids}::uuid[],
                                 ${all}, ${input.rate_limit_per_minute ?? null}::integer) as created
  `;
  return createdKeySchema.parse(row?.created);
}

/** True if this call revoked it, false if it already was. */
export async function revokeApiKey(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx`select public.revoke_api_key(${id}::uuid) as revoked`;
  return z.object({ revoked: z.boolean() }).parse(row).revoked;
}
