import type { JWTPayload } from 'jose';
import { bearerToken, hashApiKey, looksLikeApiKey } from '../api-keys/api-key.ts';
import type { Caller } from '../auth/caller.ts';
import type { Sql } from '../db.ts';
import { HttpError } from '../http/errors.ts';

/** Who may take payments: an organization's admins, its API keys, and the service role. */
export type PaymentCaller =
  | { kind: 'service' }
  | { kind: 'user'; userId: string; claims: JWTPayload }
  | { kind: 'api_key'; keyId: string; organizationId: string; allConnections: boolean; connectionIds: string[] };

export type ApiKeyCaller = Extract<PaymentCaller, { kind: 'api_key' }>;

export interface PaymentCallerDeps {
  identifyJwt: (req: Request) => Promise<Caller | null>;
  /** Organization API keys (`Authorization: Bearer hub_…`); absent, such keys are not accepted. */
  verifyApiKey?: (key: string) => Promise<ApiKeyCaller | null>;
}

/**
 * A live API key by its hash, through the same verify_api_key the proxy's admission uses,
 * checked on every call so a revoked key stops at once.
 */
export function makeApiKeyVerifier(sql: Sql) {
  return async (key: string): Promise<ApiKeyCaller | null> => {
    const [row] = await sql`select organization_id, key_id, all_connections, connection_ids from public.verify_api_key(${await hashApiKey(key)})`;
    if (!row) return null;
    return {
      kind: 'api_key',
      keyId: row.key_id as string,
      organizationId: row.organization_id as string,
      allConnections: row.all_connections === true,
      connectionIds: (row.connection_ids as string[] | null) ?? [],
    };
  };
}

/** The verified caller, or null; the scheduler has no business taking payments. */
export async function identifyPaymentCaller(req: Request, deps: PaymentCallerDeps): Promise<PaymentCaller | null> {
  const token = bearerToken(req);
  if (token && looksLikeApiKey(token)) return deps.verifyApiKey ? await deps.verifyApiKey(token) : null;
  const caller = await deps.identifyJwt(req);
  if (caller?.kind === 'service' || caller?.kind === 'user') return caller;
  return null;
}

/** For payments.requested_by_type / requested_by_id. */
export function requestedBy(caller: PaymentCaller): { type: 'user' | 'api_key' | 'service'; id: string | null } {
  if (caller.kind === 'user') return { type: 'user', id: caller.userId };
  if (caller.kind === 'api_key') return { type: 'api_key', id: caller.keyId };
  return { type: 'service', id: null };
}

/** Status history source: a person acting (dashboard or their token) is 'admin'; services are 'api'. */
export const statusSource = (caller: PaymentCaller) => (caller.kind === 'user' ? 'admin' : 'api');

type Target = { kind: 'connection' | 'payment'; id: string; organizationId: string; connectionId: string | null };

/**
 * May this caller act on this connection or payment? Users are answered by RLS and the
 * database's role check under their own claims, so the rule is the one policies use:
 * invisible (another organization) → 404, visible but not admin → 403. API keys must
 * belong to the organization (else 404) and cover the connection (else 403).
 */
export async function assertMayAct(sql: Sql, caller: PaymentCaller, target: Target): Promise<void> {
  const what = target.kind === 'connection' ? 'connection' : 'payment';
  if (caller.kind === 'service') return;
  if (caller.kind === 'api_key') {
    if (caller.organizationId !== target.organizationId) throw new HttpError('not_found', `No such ${what}.`);
    const covered = caller.allConnections || (target.connectionId !== null && caller.connectionIds.includes(target.connectionId));
    if (!covered) throw new HttpError('forbidden', 'This API key is not scoped to the payment\'s connection.');
    return;
  }
  const rows = await sql.begin(async (tx) => {
    await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(caller.claims)}, true)`;
    return target.kind === 'connection'
      ? tx`select private.has_org_role(c.organization_id, 'admin') as admin from public.integration_connections c where c.id = ${target.id}`
      : tx`select private.has_org_role(p.organization_id, 'admin') as admin from public.payments p where p.id = ${target.id}`;
  });
  if (rows.length === 0) throw new HttpError('not_found', `No such ${what}.`);
  if (!rows[0]!.admin) throw new HttpError('forbidden', 'Only admins of the organization can take or refund payments.');
}
