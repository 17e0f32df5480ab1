import type { Resolver } from './ssrf.ts';

/**
 * A resolver that remembers each host's addresses for `ttlMs` (30 s by default), so the SSRF
 * check does not put a DNS lookup in front of every proxied call to the same provider host.
 * Failures are not remembered. This changes nothing about DNS rebinding, which the check
 * cannot close either way (fetch resolves again); the host allowlist is the primary control.
 */
export function cachingResolver(resolve: Resolver, opts: { ttlMs?: number; maxHosts?: number; now?: () => number } = {}): Resolver {
  const ttlMs = opts.ttlMs ?? 30_000;
  const maxHosts = opts.maxHosts ?? 1_000;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { until: number; addresses: Promise<string[]> }>();
  return (host) => {
    const hit = cache.get(host);
    if (hit && hit.until > now()) return hit.addresses;
    if (cache.size >= maxHosts) cache.clear();
    const addresses = resolve(host);
    const entry = { until: now() + ttlMs, addresses };
    cache.set(host, entry);
    addresses.catch(() => {
      if (cache.get(host) === entry) cache.delete(host);
    });
    return addresses;
  };
}
