// Entry point for the webhook intake: verifies a delivery by the provider's stored
// webhook_signature.scheme over the raw bytes, before anything is parsed.
import type { WebhookScheme } from '../providers/provider.schema.ts';
import { reject } from './result.ts';
import type { VerifyInput, VerifyOptions, VerifyResult } from './types.ts';
import { verifyFedex } from './verifiers/fedex.ts';
import { verifyLinkedin } from './verifiers/linkedin.ts';
import { verifyMeta } from './verifiers/meta.ts';
import { verifyPaypal } from './verifiers/paypal.ts';
import { verifySendgrid } from './verifiers/sendgrid.ts';
import { verifyStaticHeader, verifyUrlToken } from './verifiers/static-secret.ts';
import { verifyStripe } from './verifiers/stripe.ts';
import { verifyTelr } from './verifiers/telr.ts';
import { verifyTiktok } from './verifiers/tiktok.ts';
import { verifyTwilio } from './verifiers/twilio.ts';

export type { HandshakeResponse, VerifyInput, VerifyOptions, VerifyResult } from './types.ts';
export { metaHandshake } from './verifiers/meta.ts';
export { linkedinHandshake } from './verifiers/linkedin.ts';
export { mailchimpHandshake } from './verifiers/static-secret.ts';
export { fetchPaypalCert } from './verifiers/paypal-cert.ts';

type Verifier = (input: VerifyInput, options: VerifyOptions) => Promise<VerifyResult>;

const VERIFIERS: Record<Exclude<WebhookScheme, 'none'>, Verifier> = {
  stripe_v1: verifyStripe,
  paypal_rsa_sha256: verifyPaypal,
  hmac_sha256_hex_prefixed: verifyMeta,
  linkedin_hmac_sha256: verifyLinkedin,
  tiktok_hmac_sha256: verifyTiktok,
  fedex_hmac_sha256_base64: verifyFedex,
  twilio_hmac_sha1: verifyTwilio,
  sendgrid_ecdsa_p256: verifySendgrid,
  telr_sha1_check: verifyTelr,
  static_header_secret: verifyStaticHeader,
  url_token: verifyUrlToken,
};

/**
 * Never throws for anything a sender controls: every failure is {ok:false, status, reason}
 * with a reason that is safe to log (it never contains the secret).
 */
export async function verifyWebhook(
  scheme: WebhookScheme, input: VerifyInput, options: VerifyOptions = {},
): Promise<VerifyResult> {
  // 'none' (Aramex, SMSA): an endpoint that accepts unauthenticated deliveries is refused.
  if (scheme === 'none') return reject(401, 'endpoint has no verification scheme');
  const verifier = Object.hasOwn(VERIFIERS, scheme) ? VERIFIERS[scheme] : undefined;
  if (!verifier) return reject(401, 'unknown verification scheme');
  // PayPal is keyed by its certificate and the webhook id, every other scheme by the secret.
  if (scheme !== 'paypal_rsa_sha256' && input.secret === '') return reject(401, 'endpoint has no signing secret');
  try {
    return await verifier(input, options);
  } catch {
    // A bug or platform error, not the sender's doing; still never leak details or throw.
    return reject(400, 'delivery could not be verified');
  }
}
