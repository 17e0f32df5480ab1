// FedEx Shipment Visibility: fdx-signature = base64(HMAC-SHA256(security token, raw body)).
// The doc's prose mentions hex but its code is base64 of the MAC (PROVIDERS.md §7).
import { fromBase64 } from '../bytes.ts';
import { hmacVerify } from '../constant-time.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, malformedHeader, missingHeader, reject } from '../result.ts';
import type { VerifyInput, VerifyResult } from '../types.ts';

const HEADER = 'fdx-signature';

export async function verifyFedex(input: VerifyInput): Promise<VerifyResult> {
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const mac = fromBase64(header.trim());
  if (!mac || mac.length !== 32) return malformedHeader(HEADER);
  if (!(await hmacVerify('SHA-256', input.secret, input.rawBody, mac))) return badSignature();

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  // No documented event id or type; events may arrive out of order (use the scan time).
  return accept(await bodyHash(input.rawBody), null, parsed.value);
}
