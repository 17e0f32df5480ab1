import { CredentialsInvalid } from './errors.ts';
import { optionalSecret, requireSecret } from './credentials.ts';
import { hasPlaceholder } from './placeholders.ts';
import type { OutboundConnection, OutboundProvider, Secrets } from './types.ts';

/**
 * Graph API version used for `v{N}.0` when neither the secrets nor the connection settings
 * name one (`graph_api_version`, e.g. "v24.0"). Meta retires versions about two years after
 * release, so bump this when the app's dashboard version moves.
 */
export const DEFAULT_GRAPH_API_VERSION = '24.0';

// A data-centre suffix such as "us19": letters then digits, nothing that could alter the host.
const MAILCHIMP_DC = /^[a-z]+[0-9]+$/;
const GRAPH_VERSION = /^v?([0-9]{1,3})(?:\.0)?$/;

/**
 * The base URL a connection talks to, without a trailing slash: the override if set, else
 * the environment's catalogue URL with its placeholders filled. Providers without a sandbox
 * URL use production for both, since their test mode is chosen by the credentials.
 */
export function resolveBaseUrl(provider: OutboundProvider, connection: OutboundConnection, secrets: Secrets): string {
  if (connection.base_url_override) return stripTrailingSlash(connection.base_url_override.trim());
  const template = connection.environment === 'sandbox'
    ? provider.sandbox_base_url ?? provider.production_base_url
    : provider.production_base_url;
  return fillBaseUrl(template, connection, secrets);
}

/** Fills the placeholders the catalogue's base URLs use: {dc} and v{N}.0. */
export function fillBaseUrl(template: string, connection: Pick<OutboundConnection, 'settings'>, secrets: Secrets): string {
  let url = template;
  if (url.includes('{dc}')) url = url.replaceAll('{dc}', mailchimpDataCentre(secrets));
  if (url.includes('{N}')) url = url.replaceAll('{N}', graphMajorVersion(connection, secrets));
  // Anything else would be a catalogue change this module has not learnt; fail loudly.
  if (hasPlaceholder(url)) throw new Error(`Base URL template has an unknown placeholder: ${template}`);
  return stripTrailingSlash(url);
}

/** "…-us19" → "us19": the API key's last dash-separated part picks the host. */
export function mailchimpDataCentre(secrets: Secrets): string {
  const key = requireSecret(secrets, 'api_key');
  const dc = key.slice(key.lastIndexOf('-') + 1);
  if (!key.includes('-') || !MAILCHIMP_DC.test(dc)) {
    throw new CredentialsInvalid('api_key', 'does not end in a data-centre suffix such as -us19');
  }
  return dc;
}

function graphMajorVersion(connection: Pick<OutboundConnection, 'settings'>, secrets: Secrets): string {
  const setting = connection.settings?.graph_api_version;
  const raw = optionalSecret(secrets, 'graph_api_version')
    ?? (typeof setting === 'string' || typeof setting === 'number' ? String(setting) : DEFAULT_GRAPH_API_VERSION);
  const match = GRAPH_VERSION.exec(raw.trim());
  if (!match?.[1]) throw new CredentialsInvalid('graph_api_version', 'must look like v24.0');
  return match[1];
}

function stripTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
