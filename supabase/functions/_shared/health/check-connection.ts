import type { Sql } from '../db.ts';
import { ProviderSchema, type Provider } from '../providers/provider.schema.ts';
import { readConnectionSecrets } from '../vault/secrets.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { classify, DEFAULT_THRESHOLDS, type CheckOutcome, type Classification } from './classify.ts';
import { sendOutbound, type OutboundDeps } from '../outbound/send.ts';
import { buildHealthCheckRequest } from '../outbound/health-request.ts';

export interface CheckerDeps extends OutboundDeps {
  sql: Sql;
  keys: CredentialKeys;
  timeoutMs: number;
}

export interface CheckResult {
  connection_id: string;
  status: Classification['status'];
  error_class: string | null;
  message: string;
  latency_ms: number | null;
  http_status: number | null;
}

interface ConnectionRow {
  id: string;
  environment: 'sandbox' | 'production';
  base_url_override: string | null;
  settings: Record<string, unknown>;
  provider: unknown;
}

/** Thresholds: the provider's catalogue entry, overridden per connection in settings. */
function thresholdsFor(provider: Provider, settings: Record<string, unknown>) {
  const fromSettings = Number(settings.health_degraded_after_ms);
  const fromProvider = Number(provider.health_check.degraded_after_ms);
  return {
    degradedAfterMs: fromSettings > 0 ? fromSettings : fromProvider > 0 ? fromProvider : DEFAULT_THRESHOLDS.degradedAfterMs,
    expectStatus: provider.health_check.expect_status,
  };
}

/**
 * One connection's health check: its provider's own cheap read-only call with the real
 * credentials, through the same outbound path the proxy uses (auth injection, SSRF guard),
 * bounded by the timeout; then classified and recorded (notifying on a change of state).
 */
export async function checkConnection(deps: CheckerDeps, connectionId: string, actor: 'scheduler' | 'service' | 'user'): Promise<CheckResult> {
  const [row] = await deps.sql<ConnectionRow[]>`
    select c.id, c.environment, c.base_url_override, c.settings, to_jsonb(p) as provider
    from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
    where c.id = ${connectionId}`;
  if (!row) throw new Error(`connection ${connectionId} vanished`);
  const provider = ProviderSchema.parse(row.provider);
  const connection = { id: row.id, environment: row.environment, base_url_override: row.base_url_override, settings: row.settings };

  let outcome: CheckOutcome;
  try {
    const secrets = await readConnectionSecrets(deps.sql, deps.keys, {
      connectionId, actorType: actor === 'user' ? 'user' : actor, purpose: 'health check',
    });
    const request = buildHealthCheckRequest(provider, connection, secrets);
    outcome = await sendOutbound({ ...deps, connectionId }, provider, connection, secrets, request, deps.timeoutMs);
  } catch (err) {
    outcome = { kind: 'credentials', detail: (err as Error).message };
  }
  const verdict = classify(outcome, thresholdsFor(provider, row.settings));
  const latency = 'latencyMs' in outcome ? Math.round(outcome.latencyMs) : null;
  const httpStatus = outcome.kind === 'response' ? outcome.httpStatus : null;
  await deps.sql`select public.record_health_check(${connectionId}, ${verdict.status}, ${latency}, ${httpStatus}, ${verdict.errorClass}, ${verdict.message})`;
  return { connection_id: connectionId, status: verdict.status, error_class: verdict.errorClass, message: verdict.message, latency_ms: latency, http_status: httpStatus };
}
