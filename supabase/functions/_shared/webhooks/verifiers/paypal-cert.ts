// Where PayPal's signing certificate may come from, and how it is fetched. The cert URL
// arrives in a request header, so it is attacker-controlled: it must be HTTPS on a PayPal
// host or we never fetch it (SSRF, and a forged cert would verify a forged signature).
import { parseCertificate, pemToDer, type Certificate } from '../x509.ts';

/** https, default port, no credentials, host api.paypal.com / api.sandbox.paypal.com / api-m.* … */
export function isPaypalCertUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === ''
    && url.hostname.endsWith('.paypal.com');
}

const cache = new Map<string, Promise<string>>();
// Senders choose the URL (within PayPal's hosts), so the cache is bounded.
const CACHE_LIMIT = 16;

/**
 * Default production fetcher: no redirects (a redirect could leave PayPal's hosts), a size
 * cap, and a per-isolate cache because PayPal reuses one cert across many deliveries.
 */
export function fetchPaypalCert(url: string): Promise<string> {
  const hit = cache.get(url);
  if (hit) return hit;
  const pending = (async () => {
    const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`certificate fetch answered ${res.status}`);
    const text = await res.text();
    if (text.length > 64 * 1024) throw new Error('certificate too large');
    return text;
  })();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(url, pending);
  pending.catch(() => cache.delete(url)); // failures are retried on the next delivery
  return pending;
}

export type CertResult = { ok: true; cert: Certificate; key: CryptoKey } | { ok: false; reason: string };

export async function loadCertificate(
  url: string, fetchCert: (url: string) => Promise<string>, now: number, checkValidity: boolean,
): Promise<CertResult> {
  let pem: string;
  try {
    pem = await fetchCert(url);
  } catch {
    return { ok: false, reason: 'could not fetch the signing certificate' };
  }
  try {
    const cert = parseCertificate(pemToDer(pem));
    if (checkValidity && (now < cert.notBefore.getTime() || now > cert.notAfter.getTime())) {
      return { ok: false, reason: 'signing certificate is expired or not yet valid' };
    }
    const key = await crypto.subtle.importKey(
      'spki', cert.spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify'],
    );
    return { ok: true, cert, key };
  } catch {
    return { ok: false, reason: 'signing certificate is not a usable RSA certificate' };
  }
}
