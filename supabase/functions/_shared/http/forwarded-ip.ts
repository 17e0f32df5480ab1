import { asAddress, clientIp } from './client-ip.ts';

/**
 * The dashboard's word for the address of the browser it acts for, on the function calls it
 * makes for a signed-in user: `x-hub-client-ip: <ip>;<unix seconds>;<hex HMAC-SHA256>`, the
 * HMAC over `<ip>|<seconds>|<the call's bearer token>` with a secret only the dashboard and the
 * functions hold (HUB_FORWARDED_IP_SECRET). Bound to the token and valid for a minute, so it
 * cannot be made up, moved to another user's call or kept for later; without it (or the
 * secret) the address is the caller's own, as clientIp() reads it.
 */
export const FORWARDED_IP_HEADER = 'x-hub-client-ip';
const MAX_AGE_SECONDS = 60;

const encoder = new TextEncoder();
const hmacKey = (secret: string) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
const signed = (ip: string, at: number, token: string) => encoder.encode(`${ip}|${at}|${token}`);

export async function signForwardedIp(secret: string, ip: string, token: string, nowMs = Date.now()): Promise<string> {
  const at = Math.floor(nowMs / 1000);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), signed(ip, at, token)));
  return `${ip};${at};${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The forwarded address when its signature holds for this call's bearer token, else null. */
export async function verifiedForwardedIp(headers: Headers, secret: string | undefined, nowMs = Date.now()): Promise<string | null> {
  const value = headers.get(FORWARDED_IP_HEADER);
  const token = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (!secret || !value || !token) return null;
  const [rawIp, rawAt, hex, extra] = value.split(';');
  const ip = asAddress(rawIp);
  const at = Number(rawAt);
  if (!ip || ip !== rawIp || extra !== undefined || !/^\d{1,12}$/.test(rawAt ?? '') || !/^[0-9a-f]{64}$/.test(hex ?? '')) return null;
  if (Math.abs(nowMs / 1000 - at) > MAX_AGE_SECONDS) return null;
  const mac = Uint8Array.from(hex!.match(/../g)!, (pair) => parseInt(pair, 16));
  // subtle.verify compares in constant time.
  return (await crypto.subtle.verify('HMAC', await hmacKey(secret), mac, signed(ip, at, token))) ? ip : null;
}

/** The address to record for a call: the dashboard's verified word for its user's browser, else the caller's own. */
export async function callerAddress(headers: Headers, secret: string | undefined): Promise<string | null> {
  return (await verifiedForwardedIp(headers, secret)) ?? clientIp(headers);
}
