// Telr Transaction Advice: form field tran_check = lowercase hex SHA-1 (a plain digest,
// not an HMAC) of "secret:" + the tran_* fields below joined by ':'. Field list and order
// from PROVIDERS.md §4 (consistent across public implementations, UNCONFIRMED by Telr);
// values are percent-decoded, missing fields count as empty strings.
import { fromHex, sha1Hex, utf8 } from '../bytes.ts';
import { timingSafeEqualBytes } from '../constant-time.ts';
import { parseFormParams } from '../parse-body.ts';
import { accept, badSignature, bodyHash, reject } from '../result.ts';
import type { VerifyInput, VerifyResult } from '../types.ts';

export const TELR_CHECK_FIELDS = [
  'tran_store', 'tran_type', 'tran_class', 'tran_test', 'tran_ref', 'tran_prevref', 'tran_firstref',
  'tran_currency', 'tran_amount', 'tran_cartid', 'tran_desc', 'tran_status', 'tran_authcode', 'tran_authmessage',
] as const;

/** The digest Telr sends in tran_check, for the given advice fields. */
export function telrCheck(secret: string, fields: URLSearchParams): Promise<string> {
  const values = TELR_CHECK_FIELDS.map((name) => fields.get(name) ?? '');
  return sha1Hex(utf8([secret, ...values].join(':')));
}

export async function verifyTelr(input: VerifyInput): Promise<VerifyResult> {
  const form = parseFormParams(input.rawBody);
  if (!form) return reject(400, 'body is not form-encoded text');
  const given = form.get('tran_check');
  if (!given) return reject(401, 'missing tran_check field');
  const givenBytes = fromHex(given.trim());
  if (!givenBytes || givenBytes.length !== 20) return reject(400, 'malformed tran_check field');
  const expected = fromHex(await telrCheck(input.secret, form))!;
  if (!timingSafeEqualBytes(expected, givenBytes)) return badSignature();

  const payload = Object.fromEntries(form);
  return accept(form.get('tran_ref') || (await bodyHash(input.rawBody)), form.get('tran_type') || null, payload);
}
