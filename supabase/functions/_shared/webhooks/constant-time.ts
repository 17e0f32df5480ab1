// Comparisons whose running time does not depend on where the inputs differ.
// HMACs are checked with crypto.subtle.verify, which compares in constant time by
// construction; the helpers below cover what is not an HMAC (digests, static tokens).
import { type Bytes, copyBytes, fromBase64, fromHex, utf8 } from './bytes.ts';

/**
 * Byte-wise compare without early exit. Runs over the longer length and folds the length
 * difference in, so only the (public) lengths affect timing, never the content.
 */
export function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  const n = Math.max(a.length, b.length);
  let diff = a.length ^ b.length;
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Hex digests (case-insensitive); malformed hex never equals anything. */
export function timingSafeEqualHex(a: string, b: string): boolean {
  const x = fromHex(a);
  const y = fromHex(b);
  return x !== null && y !== null && timingSafeEqualBytes(x, y);
}

export function timingSafeEqualBase64(a: string, b: string): boolean {
  const x = fromBase64(a);
  const y = fromBase64(b);
  return x !== null && y !== null && timingSafeEqualBytes(x, y);
}

/**
 * For secrets of unknown length (static header values, URL tokens): both sides are HMACed
 * under a one-off random key, so even the secret's length does not show in the timing.
 */
export async function timingSafeEqualText(a: string, b: string): Promise<boolean> {
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const [x, y] = await Promise.all([
    crypto.subtle.sign('HMAC', key, utf8(a)),
    crypto.subtle.sign('HMAC', key, utf8(b)),
  ]);
  return timingSafeEqualBytes(new Uint8Array(x), new Uint8Array(y));
}

export type HmacHash = 'SHA-1' | 'SHA-256';

const importHmacKey = (hash: HmacHash, secret: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash }, false, [usage]);

/** HMAC keyed by the UTF-8 bytes of `secret` (every provider here uses the string as-is). */
export async function hmac(hash: HmacHash, secret: string, message: Uint8Array): Promise<Bytes> {
  const key = await importHmacKey(hash, secret, 'sign');
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, copyBytes(message)));
}

/** Constant-time HMAC check; a MAC of the wrong length is simply false. */
export async function hmacVerify(hash: HmacHash, secret: string, message: Uint8Array, mac: Uint8Array): Promise<boolean> {
  const key = await importHmacKey(hash, secret, 'verify');
  return crypto.subtle.verify('HMAC', key, copyBytes(mac), copyBytes(message));
}
