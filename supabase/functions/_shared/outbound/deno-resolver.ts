import { cachingResolver } from './dns-cache.ts';
import type { Resolver } from './ssrf.ts';

/**
 * Every address a host has, A and AAAA together, so the SSRF check sees each address fetch
 * might use (an IPv6-only private answer must not slip past an A-only lookup). A host with
 * no answers resolves to [], which the check refuses.
 */
export async function resolveAllAddresses(host: string): Promise<string[]> {
  const answers = await Promise.allSettled([Deno.resolveDns(host, 'A'), Deno.resolveDns(host, 'AAAA')]);
  return answers.flatMap((a) => (a.status === 'fulfilled' ? a.value : []));
}

/** One per function instance: A + AAAA, remembered for 30 s per host. */
export function makeDenoResolver(): Resolver {
  return cachingResolver(resolveAllAddresses);
}
