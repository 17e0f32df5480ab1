import { isIpLiteral } from '../outbound/ip-classify.ts';

/** A header value as an address Postgres' inet takes, or null (brackets and zone ids do not cast). */
export function asAddress(raw: string | undefined): string | null {
  const value = (raw ?? '').trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return value !== '' && !/[[%]/.test(value) && isIpLiteral(value) ? value : null;
}

/**
 * The caller's address for logs and the credential audit, from what the platform set, never
 * from what the caller may write: Cloudflare's CF-Connecting-IP in front of hosted Supabase,
 * else the last X-Forwarded-For hop, which the nearest proxy added (the first hops are
 * whatever the client sent). The local front door overwrites X-Forwarded-For and drops any
 * CF-Connecting-IP a caller sends. Anything that is not an IP literal gives null.
 */
export function clientIp(headers: Headers): string | null {
  const platform = asAddress(headers.get('cf-connecting-ip') ?? undefined);
  if (platform) return platform;
  return asAddress(headers.get('x-forwarded-for')?.split(',').at(-1));
}
