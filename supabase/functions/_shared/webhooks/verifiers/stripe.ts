// Stripe: delegated to the official SDK (constructEventAsync with the SubtleCrypto
// provider), so header parsing, "any v1 matches, v0 ignored" and the compare are Stripe's.
// We add what the SDK does not do: refuse whitespace in the secret (stripe-node only
// warns), refuse timestamps too far in the future (the SDK only checks age), and turn
// every failure into a safe rejection instead of an exception.
import Stripe from 'stripe';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import { parseSignedHeader, timestampProblem } from '../signed-header.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from '../types.ts';

const HEADER = 'Stripe-Signature';
export const STRIPE_DEFAULT_TOLERANCE = 300;
const cryptoProvider = Stripe.createSubtleCryptoProvider();

export async function verifyStripe(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  if (/\s/.test(input.secret)) return reject(401, 'signing secret contains whitespace');
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const parsed = parseSignedHeader(header, 'v1');
  if (!parsed) return malformedHeader(HEADER);
  const tolerance = options.toleranceSeconds ?? STRIPE_DEFAULT_TOLERANCE;

  let event: unknown;
  try {
    // receivedAt (ms) pins "now" so the age check is deterministic.
    event = await Stripe.webhooks.constructEventAsync(
      input.rawBody, header, input.secret, tolerance, cryptoProvider, input.now,
    );
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) {
      // Signature held, but the body is not JSON or is a v2 "thin" event.
      return reject(400, 'body is not a Stripe snapshot event');
    }
    if (/tolerance/i.test(error.message)) return reject(401, 'timestamp is older than the tolerance');
    return badSignature();
  }
  // Checked after the signature so the reason is only this precise for authentic requests.
  const future = timestampProblem(parsed.timestamp, input.now, tolerance);
  if (future) return reject(401, future);
  return accept(field(event, 'id') ?? (await bodyHash(input.rawBody)), field(event, 'type'), event);
}
