// LinkedIn: X-LI-Signature, HMAC-SHA256 keyed by the app's clientSecret, hex.
// PROVIDERS.md §11 calls LinkedIn's wording ambiguous: read literally the MAC is over
// "hmacsha256=" + raw body ("prefixed"), while public implementations strip a
// "hmacsha256=" prefix from the header and MAC the bare body ("bare"). Neither has been
// confirmed against a real delivery, so by default BOTH are accepted ("either"; both MACs
// use the same secret, so this admits no forger). Once a real delivery settles it, pin
// the endpoint with options.linkedinSignedString.
import { concatBytes, fromHex, toHex, utf8 } from '../bytes.ts';
import { hmac, hmacVerify } from '../constant-time.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import type { HandshakeResponse, VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

const HEADER = 'X-LI-Signature';
const PREFIX = 'hmacsha256=';

export async function verifyLinkedin(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const value = header.trim().replace(/^hmacsha256=/i, '');
  const mac = /^[0-9a-fA-F]{64}$/.test(value) ? fromHex(value) : null;
  if (!mac) return malformedHeader(HEADER);

  const mode = options.linkedinSignedString ?? 'either';
  // Both are computed whatever the mode, so timing does not tell which reading matched.
  const [prefixed, bare] = await Promise.all([
    hmacVerify('SHA-256', input.secret, concatBytes(utf8(PREFIX), input.rawBody), mac),
    hmacVerify('SHA-256', input.secret, input.rawBody, mac),
  ]);
  const ok = mode === 'prefixed' ? prefixed : mode === 'bare' ? bare : prefixed || bare;
  if (!ok) return badSignature();

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  const id = field(parsed.value, 'notificationId');
  return accept(id ?? (await bodyHash(input.rawBody)), field(parsed.value, 'type'), parsed.value);
}

/**
 * GET ?challengeCode=<uuid> (validation on registration and every 2 h): answer JSON
 * {challengeCode, challengeResponse = hex HMAC-SHA256(clientSecret, challengeCode)} within 3 s.
 */
export async function linkedinHandshake(url: URL, clientSecret: string): Promise<HandshakeResponse> {
  const challengeCode = url.searchParams.get('challengeCode');
  if (!challengeCode || clientSecret === '') {
    return { status: 400, body: JSON.stringify({ error: 'missing challengeCode' }), contentType: 'application/json' };
  }
  const challengeResponse = toHex(await hmac('SHA-256', clientSecret, utf8(challengeCode)));
  return { status: 200, body: JSON.stringify({ challengeCode, challengeResponse }), contentType: 'application/json' };
}
