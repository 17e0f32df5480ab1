// SendGrid Signed Event Webhook: ECDSA P-256 / SHA-256 over timestamp + raw body. The
// "secret" is SendGrid's verification public key (base64 DER SubjectPublicKeyInfo); the
// signature header is base64 DER, which WebCrypto needs as raw r||s (64 bytes).
import { concatBytes, fromBase64, utf8 } from '../bytes.ts';
import { DerError, ecdsaDerToRaw } from '../der.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import { timestampProblem } from '../signed-header.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

const SIG = 'X-Twilio-Email-Event-Webhook-Signature';
const TS = 'X-Twilio-Email-Event-Webhook-Timestamp';
const ALG = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export async function verifySendgrid(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const sigHeader = input.headers.get(SIG);
  if (!sigHeader) return missingHeader(SIG);
  const timestamp = input.headers.get(TS);
  if (!timestamp) return missingHeader(TS);
  if (!/^\d{1,12}$/.test(timestamp)) return malformedHeader(TS);

  const der = fromBase64(sigHeader.trim());
  if (!der) return malformedHeader(SIG);
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = ecdsaDerToRaw(der);
  } catch (error) {
    if (error instanceof DerError) return malformedHeader(SIG);
    throw error;
  }

  let key: CryptoKey;
  try {
    const spki = fromBase64(input.secret.trim());
    if (!spki) throw new Error('not base64');
    key = await crypto.subtle.importKey('spki', spki, ALG, false, ['verify']);
  } catch {
    return reject(401, 'verification key is not a base64 P-256 public key');
  }
  const message = concatBytes(utf8(timestamp), input.rawBody);
  if (!(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, message))) return badSignature();

  // SendGrid documents no tolerance (third-party libraries use 300 s), so the window is
  // opt-in per endpoint rather than a default that could drop SendGrid's retries.
  if (options.toleranceSeconds !== undefined) {
    const stale = timestampProblem(Number(timestamp), input.now, options.toleranceSeconds);
    if (stale) return reject(401, stale);
  }

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  const events = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const ids = events.map((e) => field(e, 'sg_event_id'));
  // One event: its own id. A batch: a hash of its ids, so a retried batch collides.
  const eventId = ids.length === 1 && ids[0]
    ? ids[0]
    : ids.length > 1 && ids.every(Boolean) ? `batch:${await bodyHash(utf8(ids.join('\n')))}` : await bodyHash(input.rawBody);
  return accept(eventId, field(events[0], 'event'), parsed.value);
}
