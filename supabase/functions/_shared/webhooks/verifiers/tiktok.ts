// TikTok for Developers: TikTok-Signature: t=<unix>,s=<hex>, HMAC-SHA256 keyed by the
// client secret over "{t}.{raw body}". TikTok gives no tolerance; we use 300 s like Stripe.
import { concatBytes, fromHex, utf8 } from '../bytes.ts';
import { hmacVerify } from '../constant-time.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import { parseSignedHeader, timestampProblem } from '../signed-header.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

const HEADER = 'TikTok-Signature';
export const TIKTOK_DEFAULT_TOLERANCE = 300;

export async function verifyTiktok(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const parsedHeader = parseSignedHeader(header, 's');
  const mac = parsedHeader?.signatures.length === 1 ? fromHex(parsedHeader.signatures[0]!) : null;
  if (!parsedHeader || !mac || mac.length !== 32) return malformedHeader(HEADER);

  const message = concatBytes(utf8(`${parsedHeader.timestamp}.`), input.rawBody);
  if (!(await hmacVerify('SHA-256', input.secret, message, mac))) return badSignature();
  const stale = timestampProblem(parsedHeader.timestamp, input.now, options.toleranceSeconds ?? TIKTOK_DEFAULT_TOLERANCE);
  if (stale) return reject(401, stale);

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  // No event id: the body (event, user_openid, create_time, content) is the identity.
  return accept(await bodyHash(input.rawBody), field(parsed.value, 'event'), parsed.value);
}
