// PayPal offline verification, as the official REST SDKs did it: RSA PKCS#1 v1.5 / SHA-256
// over "transmission_id|transmission_time|webhook_id|crc32(raw body)", with the public key
// of the certificate named in PAYPAL-CERT-URL (host-checked before any fetch).
import { fromBase64, utf8 } from '../bytes.ts';
import { crc32 } from '../crc32.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';
import { fetchPaypalCert, isPaypalCertUrl, loadCertificate } from './paypal-cert.ts';

const H = {
  id: 'PAYPAL-TRANSMISSION-ID',
  time: 'PAYPAL-TRANSMISSION-TIME',
  sig: 'PAYPAL-TRANSMISSION-SIG',
  certUrl: 'PAYPAL-CERT-URL',
  algo: 'PAYPAL-AUTH-ALGO',
} as const;

export async function verifyPaypal(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  if (!input.webhookId) return reject(401, 'PayPal webhook id is not configured');
  const values = {} as Record<keyof typeof H, string>;
  for (const [k, name] of Object.entries(H) as [keyof typeof H, string][]) {
    const value = input.headers.get(name);
    if (!value) return missingHeader(name);
    values[k] = value;
  }
  // Only the algorithm PayPal uses today: a header must not be able to pick a weaker one.
  if (values.algo !== 'SHA256withRSA') return reject(400, `unsupported ${H.algo}`);
  // The id and time go into the signed string verbatim; a '|' would shift its fields.
  if (values.id.includes('|')) return malformedHeader(H.id);
  if (values.time.includes('|')) return malformedHeader(H.time);
  const signature = fromBase64(values.sig);
  if (!signature || signature.length === 0) return malformedHeader(H.sig);
  if (!isPaypalCertUrl(values.certUrl)) return reject(401, `${H.certUrl} is not an https PayPal host`);

  // PayPal documents no window; the transmission time is signed, so one can be applied.
  if (options.toleranceSeconds !== undefined) {
    const sent = Date.parse(values.time);
    if (Number.isNaN(sent)) return malformedHeader(H.time);
    if (Math.abs(input.now - sent) > options.toleranceSeconds * 1000) {
      return reject(401, 'transmission time is outside the tolerance');
    }
  }

  const loaded = await loadCertificate(
    values.certUrl, input.fetchCert ?? fetchPaypalCert, input.now, options.checkValidity ?? true,
  );
  if (!loaded.ok) return reject(401, loaded.reason);

  const message = utf8(`${values.id}|${values.time}|${input.webhookId}|${crc32(input.rawBody)}`);
  const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', loaded.key, signature, message);
  if (!valid) return badSignature();

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  return accept(field(parsed.value, 'id') ?? (await bodyHash(input.rawBody)), field(parsed.value, 'event_type'), parsed.value);
}
