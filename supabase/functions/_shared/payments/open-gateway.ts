import type { Sql } from '../db.ts';
import type { OutboundDeps } from '../outbound/send.ts';
import type { CredentialKeys } from '../vault/keys.ts';
import { readConnectionSecrets } from '../vault/secrets.ts';
import type { GatewayContext, PaymentGateway } from './gateway.ts';
import { gatewayFor } from './gateways/gateway-for.ts';
import { requestedBy, type PaymentCaller } from './payment-caller.ts';
import type { PaymentConnection } from './payment-connection.ts';

/** What the payment processor runs on; tests and the local stack pass their own. */
export interface ProcessorDeps {
  sql: Sql;
  keys: CredentialKeys;
  outbound: OutboundDeps;
  /** Per provider call; the provider-call lease outlives it by a margin. */
  timeoutMs: number;
}

export const leaseSecondsFor = (deps: ProcessorDeps) => Math.ceil(deps.timeoutMs / 1000) + 15;

/**
 * The provider's gateway with the connection's decrypted credentials. The read is audited
 * in the vault under the caller and the purpose, and happens only when a provider call is
 * about to be made.
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
  return {
    gateway,
    ctx: {
      deps: deps.outbound,
      provider: connection.provider,
      connection: { id: connection.id, environment: connection.environment, base_url_override: connection.base_url_override, settings: connection.settings },
      secrets,
      timeoutMs: deps.timeoutMs,
    },
  };
}
