import type { Sql } from '../db.ts';
import type { OutboundDeps } from '../outbound/send.ts';
import type { LogEntry } from '../proxy/log-entry.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { readConnectionSecrets } from '../vault/secrets.ts';
import type { GatewayContext, PaymentGateway } from './gateway.ts';
import { gatewayFor } from './gateways/gateway-for.ts';
import { loggedFetch } from './logged-fetch.ts';
import { secretValues } from '../providers/secret-values.ts';
import { requestedBy, type PaymentCaller } from './payment-caller.ts';
import type { PaymentConnection } from './payment-connection.ts';

/** What the payment processor runs on; tests and the local stack pass their own. */
export interface ProcessorDeps {
  sql: Sql;
  keys: CredentialKeys;
  outbound: OutboundDeps;
  /** Per provider call; the provider-call lease outlives it by a margin. */
  timeoutMs: number;
  /** Where provider calls are logged (integration_logs, as the proxy's); absent, they are not. */
  log?: (entry: () => LogEntry) => void;
  /** The address of the request being served, for those log rows. */
  callerIp?: string | null;
}

export const leaseSecondsFor = (deps: ProcessorDeps) => Math.ceil(deps.timeoutMs / 1000) + 15;

/**
 * The provider's gateway with the connection's decrypted credentials. The read is audited
 * in the vault under the caller and the purpose, and happens only when a provider call is
 * about to be made. Every provider call the gateway makes is logged (deps.log).
 */
export async function openGateway(
  deps: ProcessorDeps,
  connection: PaymentConnection,
  caller: PaymentCaller,
  purpose: string,
): Promise<{ gateway: PaymentGateway; ctx: GatewayContext }> {
  const gateway = gatewayFor(connection.provider.slug, connection.provider.name);
  const actor = requestedBy(caller);
  const secrets = await readConnectionSecrets(deps.sql, deps.keys, {
    connectionId: connection.id,
    actorType: actor.type,
    actorId: actor.id,
    purpose,
  });
  const outbound = deps.log
    ? {
      ...deps.outbound,
      fetch: loggedFetch(deps.outbound.fetch, {
        organizationId: connection.organizationId, connectionId: connection.id, callerType: actor.type, callerId: actor.id, ip: deps.callerIp ?? null,
        secrets: secretValues(connection.provider, secrets),
      }, deps.log),
    }
    : deps.outbound;
  return {
    gateway,
    ctx: {
      deps: outbound,
      provider: connection.provider,
      connection: { id: connection.id, environment: connection.environment, base_url_override: connection.base_url_override, settings: connection.settings },
      secrets,
      timeoutMs: deps.timeoutMs,
    },
  };
}
