import { fillBaseUrl } from './base-url.ts';
import { UpstreamRefused } from './errors.ts';
import { normalizeHost } from './ssrf.ts';
import type { ProviderSlug } from '../providers/provider.schema.ts';
import type { OutboundConnection, OutboundProvider, Secrets } from './types.ts';

/**
 * Hosts a provider documents besides its catalogue base URLs (PROVIDERS.md), so an
 * override may point at them: regional, alternate sandbox or sibling API hosts.
 */
export const DOCUMENTED_EXTRA_HOSTS: Partial<Record<ProviderSlug, readonly string[]>> = {
  network_international: ['api-gateway.sandbox.ksa.ngenius-payments.com'],
  aramex: ['ws.sbx.aramex.net'], // newer sandbox host, UNCONFIRMED
  dhl_express: ['api-eu.dhl.com'], // Shipment Tracking - Unified (DHL-API-Key)
  smsa: ['ecomapis-sandbox.smsaexpress.com'], // alternate sandbox host, UNCONFIRMED
  instagram: ['graph.facebook.com'], // Instagram API with Facebook Login
  sendgrid: ['api.eu.sendgrid.com'], // EU regional subusers
};

/** The provider's own hosts: both catalogue base URLs (placeholders filled) plus documented extras. */
export function providerHosts(provider: OutboundProvider, connection: OutboundConnection, secrets: Secrets): string[] {
  const templates = [provider.production_base_url, provider.sandbox_base_url].filter((t): t is string => !!t);
  const hosts = templates.map((t) => normalizeHost(new URL(fillBaseUrl(t, connection, secrets)).hostname));
  hosts.push(...(DOCUMENTED_EXTRA_HOSTS[provider.slug] ?? []));
  return [...new Set(hosts)];
}

/**
 * The allowlist for assertAllowedUpstream. A base URL override is accepted only when its
 * host is one of the provider's own hosts; any other host (a mock, a local stub) needs
 * allowPrivate, which only local development and tests set.
 */
export function upstreamHosts(
  provider: OutboundProvider,
  connection: OutboundConnection,
  secrets: Secrets,
  opts: { allowPrivate: boolean },
): string[] {
  const hosts = providerHosts(provider, connection, secrets);
  if (!connection.base_url_override) return hosts;
  let override: URL;
  try {
    override = new URL(connection.base_url_override.trim());
  } catch {
    throw new UpstreamRefused('The base URL override is not a valid URL.');
  }
  const host = normalizeHost(override.hostname);
  if (!hosts.includes(host) && !opts.allowPrivate) {
    throw new UpstreamRefused(`The base URL override host ${host} is not one of this provider's hosts.`);
  }
  return hosts.includes(host) ? hosts : [...hosts, host];
}
