// Providers that do not sign at all (N-Genius, DHL Push, Mailchimp; SMSA if it ever
// pushes): the only proof is a secret echoed back, either in a header chosen at setup
// (static_header_secret) or in the URL's query (url_token). Compared in constant time,
// length included.
import { timingSafeEqualText } from '../constant-time.ts';
import { parseByContentType } from '../parse-body.ts';
import { accept, bodyHash, field, missingHeader, reject } from '../result.ts';
import type { HandshakeResponse, VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

export async function verifyStaticHeader(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  if (!options.headerName) return reject(401, 'secret header name is not configured');
  const value = input.headers.get(options.headerName);
  if (value === null) return missingHeader(options.headerName);
  if (!(await timingSafeEqualText(value, input.secret))) return reject(401, `${options.headerName} header does not match`);
  return parsed(input);
}

export async function verifyUrlToken(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const param = options.tokenParam ?? 'token';
  const token = input.url.searchParams.get(param);
  if (token === null) return reject(401, `missing ${param} query parameter`);
  if (!(await timingSafeEqualText(token, input.secret))) return reject(401, `${param} query parameter does not match`);
  return parsed(input);
}

async function parsed(input: VerifyInput): Promise<VerifyResult> {
  const body = parseByContentType(input.rawBody, input.headers);
  if (!body.ok) return reject(400, 'body is neither valid JSON nor form data');
  const v = body.value;
  // Mailchimp form posts carry type, fired_at and data[id]; together they identify an event.
  const type = field(v, 'type');
  const fired = field(v, 'fired_at');
  const mailchimpId = type && fired ? `${type}:${fired}:${field(v, 'data[id]') ?? field(v, 'data[email]') ?? ''}` : null;
  // Event-name fields vary (N-Genius' is UNCONFIRMED): take the first that is present.
  const eventType = field(v, 'eventName') ?? field(v, 'event') ?? type;
  return accept(mailchimpId ?? (await bodyHash(input.rawBody)), eventType, v);
}

/** Mailchimp validates a webhook URL with a GET on save; anything but 200 fails the save. */
export function mailchimpHandshake(): HandshakeResponse {
  return { status: 200, body: 'ok', contentType: 'text/plain' };
}
