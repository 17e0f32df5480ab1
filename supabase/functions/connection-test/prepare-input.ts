import { OutboundError, UpstreamRefused } from '../_shared/outbound/errors.ts';
import { assertAllowedUpstream, type Resolver } from '../_shared/outbound/ssrf.ts';
import { upstreamHosts } from '../_shared/outbound/upstream-hosts.ts';
import type { OutboundConnection, Secrets } from '../_shared/outbound/types.ts';
import type { Provider } from '../_shared/providers/provider.schema.ts';
import { assertOrgAdmin, loadProvider } from './access.ts';
import type { Tx } from './caller-tx.ts';
import { credentialErrors, credentialsSchema } from './connection-input.schema.ts';
import { FieldError } from './errors.ts';
import type { TestBody } from './request-bodies.ts';

export interface PreparedInput {
  provider: Provider;
  connection: OutboundConnection;
  secrets: Secrets;
}

/** Checks credentials against the provider's own fields; the first problem names its field. */
export function parseCredentials(provider: Provider, values: Record<string, string>, only?: readonly string[]): Secrets {
  const parsed = credentialsSchema(provider.credential_fields, { only }).safeParse(values);
  if (parsed.success) return parsed.data;
  const [field, message] = Object.entries(credentialErrors(parsed.error))[0] ?? ['credentials', 'Invalid credentials.'];
  throw new FieldError(field === '_' ? 'credentials' : `credentials.${field}`, message);
}

/** Admin check, provider lookup and credential validation, inside the caller's RLS transaction. */
export async function prepareInput(tx: Tx, body: TestBody): Promise<PreparedInput> {
  await assertOrgAdmin(tx, body.organization_id);
  const provider = await loadProvider(tx, body.provider_slug);
  const secrets = parseCredentials(provider, body.credentials);
  return { provider, secrets, connection: { environment: body.environment, base_url_override: body.base_url_override, settings: {} } };
}

export interface OverridePolicy {
  allowPrivate: boolean;
  resolve: Resolver;
}

/**
 * The proxy's SSRF rules applied to a base URL override before anything is sent or saved:
 * the host must be one of the provider's own (unless the local stack allows private
 * upstreams), https, without user info, and resolve to public addresses only.
 */
export async function assertOverrideAllowed(input: PreparedInput, policy: OverridePolicy): Promise<void> {
  const override = input.connection.base_url_override;
  if (!override) return;
  try {
    const allowedHosts = upstreamHosts(input.provider, input.connection, input.secrets, { allowPrivate: policy.allowPrivate });
    await assertAllowedUpstream(new URL(override), { allowedHosts, allowPrivate: policy.allowPrivate, resolve: policy.resolve });
  } catch (err) {
    if (err instanceof UpstreamRefused) throw new FieldError('base_url_override', err.message);
    // e.g. Mailchimp's data centre comes from the API key: a key without one cannot be placed.
    if (err instanceof OutboundError && 'field' in err) throw new FieldError(`credentials.${String(err.field)}`, err.message);
    throw err;
  }
}
