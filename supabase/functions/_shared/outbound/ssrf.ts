import { UpstreamRefused } from './errors.ts';
import { classifyAddress, isIpLiteral } from './ip-classify.ts';

/**
 * Host name → IP addresses. Injected so this module stays portable: Deno passes
 * `Deno.resolveDns` (A + AAAA), Node `dns.promises.lookup(host, { all: true })`.
 */
export type Resolver = (host: string) => Promise<string[]>;

export interface UpstreamPolicy {
  /** Lower-case host names (or IP literals) this provider connection may reach. */
  allowedHosts: string[];
  /** Local development and tests only: allows http and private/loopback addresses. */
  allowPrivate: boolean;
  resolve?: Resolver;
}

/** Lower-case, no IPv6 brackets, no trailing root dot, so comparisons cannot be dodged. */
export function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

/**
 * Refuses an upstream URL unless it is http(s) (https unless allowPrivate), carries no
 * userinfo, targets one of the allowed hosts, and every address the host resolves to is
 * public. Resolution failures refuse too: without addresses nothing is proven safe.
 * This narrows but cannot close DNS rebinding (fetch resolves again); the host allowlist
 * is the primary control.
 */
export async function assertAllowedUpstream(url: URL, opts: UpstreamPolicy): Promise<void> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UpstreamRefused('Only http and https upstream URLs are allowed.');
  }
  if (url.protocol === 'http:' && !opts.allowPrivate) {
    throw new UpstreamRefused('The upstream URL must use https.');
  }
  if (url.username || url.password) {
    throw new UpstreamRefused('The upstream URL must not contain credentials.');
  }
  const host = normalizeHost(url.hostname);
  if (!opts.allowedHosts.some((allowed) => normalizeHost(allowed) === host)) {
    throw new UpstreamRefused(`The host ${host} is not one of this connection's provider hosts.`);
  }
  if (opts.allowPrivate) return;

  const addresses = isIpLiteral(host) ? [host] : await resolveOrRefuse(host, opts.resolve);
  // The address itself stays out of the message: it would reveal internal DNS to the caller.
  if (addresses.length === 0 || addresses.some((address) => classifyAddress(address) !== 'public')) {
    throw new UpstreamRefused(`The host ${host} resolves to a private, local or reserved address.`);
  }
}

async function resolveOrRefuse(host: string, resolve: Resolver | undefined): Promise<string[]> {
  // Fail closed: a caller that forgot the resolver must not skip the address check.
  if (!resolve) throw new UpstreamRefused(`The host ${host} cannot be checked: no DNS resolver configured.`);
  try {
    return await resolve(host);
  } catch {
    throw new UpstreamRefused(`The host ${host} could not be resolved.`);
  }
}
