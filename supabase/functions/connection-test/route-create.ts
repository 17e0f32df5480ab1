import { asCaller, type Tx } from './caller-tx.ts';
import type { CredentialKeys } from '../_shared/vault/keys.ts';
import { assertOverrideAllowed, prepareInput, type PreparedInput } from './prepare-input.ts';
import { CreateBody } from './request-bodies.ts';
import type { RouteContext } from './route-context.ts';

export interface StoredHint {
  field: string;
  hint: string;
}

/** Stores each secret through set_credential (admin check, encryption, audit) and answers its hint. */
export async function storeSecrets(tx: Tx, keys: CredentialKeys, connectionId: string, secrets: Record<string, string>): Promise<StoredHint[]> {
  const hints: StoredHint[] = [];
  for (const [field, value] of Object.entries(secrets)) {
    const [row] = await tx`select public.set_credential(${connectionId}, ${field}, ${value}, ${keys.current}, ${keys.currentId}) as hint`;
    hints.push({ field, hint: String(row?.hint) });
  }
  return hints;
}

async function insertConnection(tx: Tx, body: CreateBody, input: PreparedInput): Promise<string> {
  // Active at once: the monitor then checks it on its next round like any other connection.
  const [row] = await tx`
    insert into public.integration_connections (organization_id, provider_id, name, environment, status, base_url_override)
    values (${body.organization_id}, ${input.provider.id}, ${body.name}, ${body.environment}, 'active', ${body.base_url_override})
    returning id`;
  return String(row!.id);
}

/**
 * POST /connection-test/connections → 201 {id, name, hints}. The connection row and every
 * secret are written in one transaction under the caller's RLS: if any secret fails, the
 * connection is rolled back with it, so a wizard never leaves half a connection behind.
 */
export async function handleCreate(ctx: RouteContext, raw: unknown): Promise<Response> {
  const body = CreateBody.parse(raw);
  const input = await asCaller(ctx.sql, ctx.claims, ctx.ip, (tx) => prepareInput(tx, body));
  await assertOverrideAllowed(input, ctx.outbound);
  const keys = ctx.keys();
  const created = await asCaller(ctx.sql, ctx.claims, ctx.ip, async (tx) => {
    const id = await insertConnection(tx, body, input);
    return { id, name: body.name, hints: await storeSecrets(tx, keys, id, input.secrets) };
  });
  return Response.json(created, { status: 201 });
}
