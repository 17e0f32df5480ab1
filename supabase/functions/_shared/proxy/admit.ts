import type { Sql } from '../db.ts';
import { HttpError } from '../http/errors.ts';
import type { ProxyCaller } from '../api-keys/caller.ts';
import { rateLimitHeaders, type LimitState } from './rate-limit-headers.ts';

/** What public.admit_calls decided about one call. */
export interface Admission {
  outcome: 'ok' | 'unauthorized' | 'not_found' | 'forbidden' | 'disabled' | 'limited';
  /** Known once the caller may learn the connection exists; calls are logged against it. */
  organization_id?: string;
  caller_id?: string | null;
  /** Changes with the connection or its secrets: the key of cached decrypted secrets. */
  version?: string;
  reason?: 'role' | 'scope';
  limited_by?: 'api_key' | 'connection';
  allowed?: boolean;
  limits?: LimitState[];
  /** Admitted: the database's clock when it answered (lapse times are measured from it). */
  at?: string;
  /** Admitted: the limit row each window was counted in (window -> row id), for giving permits back. */
  limit_ids?: Record<string, string>;
  /** An admitted call of an API key with its own per-minute limit: that key's minute, after this call. */
  key_window?: { limit: number; used: number; started_at: string };
}

export type MinRole = 'viewer' | 'admin';

/** One call waiting to be admitted on a connection. */
export interface AdmissionRequest {
  caller: ProxyCaller;
  minRole: MinRole;
  cost: number;
}

/**
 * One round trip for any number of calls on one connection: who may call, then the keys'
 * and the connection's limits, counted (public.admit_calls). Decisions come back in order.
 */
export async function admitCalls(sql: Sql, connectionId: string, calls: readonly AdmissionRequest[]): Promise<Admission[]> {
  const payload = calls.map(({ caller, minRole, cost }) => ({
    caller_type: caller.kind,
    caller_ref: caller.kind === 'api_key' ? caller.keyHash : caller.kind === 'user' ? caller.userId : null,
    min_role: minRole,
    cost,
  }));
  const [row] = await sql`select public.admit_calls(${connectionId}, ${sql.json(payload)}) as a`;
  return row!.a as Admission[];
}

/** Throws the HTTP error for anything but an admitted call. */
export function assertAdmitted(admission: Admission, opts: { cost: number; now: number }): void {
  switch (admission.outcome) {
    case 'ok':
      return;
    case 'unauthorized':
      throw new HttpError('unauthorized', 'The API key is not valid or has been revoked.');
    case 'not_found':
      throw new HttpError('not_found', 'No such connection.');
    case 'forbidden':
      throw new HttpError('forbidden', admission.reason === 'scope'
        ? 'This API key is not scoped to this connection.'
        : 'Members may read through the proxy (GET, HEAD); other methods need an admin.');
    case 'disabled':
      throw new HttpError('conflict', 'The connection is disabled.');
    case 'limited':
      throw new HttpError('rate_limited',
        admission.limited_by === 'api_key' ? 'This API key has reached its rate limit.' : 'This connection has reached its rate limit.',
        rateLimitHeaders(admission.limits ?? [], { refused: true, cost: opts.cost, now: opts.now }));
  }
}
