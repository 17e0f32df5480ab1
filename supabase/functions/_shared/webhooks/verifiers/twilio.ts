// Twilio: X-Twilio-Signature = base64(HMAC-SHA1(Auth Token, URL + sorted POST params)).
// Form bodies: each parameter name+value, sorted by name (repeated names: values
// de-duplicated and sorted, as twilio-node does). JSON bodies: Twilio adds
// bodySHA256=<hex> to the URL, signs the URL alone, and the body must hash to it.
// Webhooks-Rule HMAC-SHA256 signing (X-Twilio-Webhooks-Signature-Settings) is not handled.
import { fromBase64, sha256Hex, utf8 } from '../bytes.ts';
import { hmacVerify, timingSafeEqualHex } from '../constant-time.ts';
import { parseFormParams, parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

const HEADER = 'X-Twilio-Signature';

/**
 * The SDKs accept the URL as given, with its port removed, or with the default port
 * added (Twilio's own proxies differ in what they sign); scheme, userinfo and host case
 * are kept exactly as written.
 */
export function twilioUrlVariants(raw: string): string[] {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#@]*@)?(\[[^\]]*\]|[^/?#:]*)(:\d*)?(.*)$/s.exec(raw);
  if (!m) return [raw];
  const [, scheme = '', userinfo = '', host = '', port = '', rest = ''] = m;
  const defaultPort = ({ https: ':443', http: ':80' } as Record<string, string>)[scheme.toLowerCase()];
  const variants = new Set([raw, `${scheme}://${userinfo}${host}${rest}`]);
  if (!port && defaultPort) variants.add(`${scheme}://${userinfo}${host}${defaultPort}${rest}`);
  return [...variants];
}

/** name+value for every parameter, names sorted, repeated values de-duplicated and sorted. */
export function twilioParamString(params: URLSearchParams): string {
  const byName = new Map<string, Set<string>>();
  for (const [name, value] of params) byName.set(name, (byName.get(name) ?? new Set()).add(value));
  return [...byName.keys()].sort()
    .map((name) => [...byName.get(name)!].sort().map((value) => name + value).join(''))
    .join('');
}

export async function verifyTwilio(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const mac = fromBase64(header.trim());
  if (!mac || mac.length !== 20) return malformedHeader(HEADER);

  const signedUrl = options.signedUrl ?? input.url.href;
  let bodySha: string | null;
  try {
    bodySha = new URL(signedUrl).searchParams.get('bodySHA256');
  } catch {
    return reject(400, 'signed URL is not a URL');
  }
  const form = bodySha === null ? parseFormParams(input.rawBody) : null;
  if (bodySha === null && form === null) return reject(400, 'body is not form-encoded text');
  const suffix = form ? twilioParamString(form) : '';

  const checks = await Promise.all(
    twilioUrlVariants(signedUrl).map((url) => hmacVerify('SHA-1', input.secret, utf8(url + suffix), mac)),
  );
  if (!checks.some(Boolean)) return badSignature();
  if (bodySha !== null && !timingSafeEqualHex(await sha256Hex(input.rawBody), bodySha)) {
    return reject(401, 'body does not match the signed bodySHA256');
  }

  if (form) {
    const payload = Object.fromEntries(form);
    const sid = field(payload, 'MessageSid');
    const status = field(payload, 'MessageStatus') ?? field(payload, 'SmsStatus');
    const eventId = sid ? `${sid}:${status ?? ''}` : await bodyHash(input.rawBody);
    return accept(eventId, status, payload);
  }
  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  return accept(await bodyHash(input.rawBody), null, parsed.value);
}
