// Shapes shared by every webhook verifier. The handler builds a VerifyInput from the raw
// request (before any parsing) and stores/acts on the VerifyResult.

/** Everything a verifier may need; headers and body exactly as received. */
export interface VerifyInput {
  rawBody: Uint8Array;
  headers: Headers;
  /** The PUBLIC URL the provider called, incl. query: Twilio signs it, url_token reads it. */
  url: URL;
  /** The endpoint's signing secret / app secret / token / SendGrid public key (unused by PayPal). */
  secret: string;
  /** PayPal: the webhook id from the dashboard (it is inside the signed string). */
  webhookId?: string;
  /** Unix milliseconds; injected so tolerance checks are deterministic in tests. */
  now: number;
  /** PayPal: downloads the certificate PEM; injected so verification stays offline in tests. */
  fetchCert?: (url: string) => Promise<string>;
}

export type VerifyResult =
  | { ok: true; eventId: string; eventType: string | null; payload: unknown }
  /** reason is safe to log and return: it never contains the secret. */
  | { ok: false; status: 400 | 401; reason: string };

export type Rejection = Extract<VerifyResult, { ok: false }>;

/** Per-endpoint knobs; every field is optional and only read by the schemes named. */
export interface VerifyOptions {
  /** stripe_v1, tiktok (default 300); sendgrid, paypal (default: no window check). */
  toleranceSeconds?: number;
  /** static_header_secret: the header the provider echoes (e.g. the N-Genius Header Key). */
  headerName?: string;
  /** url_token: the query parameter holding the token (default "token"). */
  tokenParam?: string;
  /** paypal: check the certificate's validity dates against `now` (default true). */
  checkValidity?: boolean;
  /** linkedin: which signed string to accept; see verifiers/linkedin.ts (default "either"). */
  linkedinSignedString?: 'prefixed' | 'bare' | 'either';
  /** twilio: the URL exactly as configured in the Twilio console, when it differs from `url`
   * (a URL object lowercases the host and drops default ports; Twilio signs the string as typed). */
  signedUrl?: string;
}

/** Answer to a provider's GET subscription check; the handler sends it as-is. */
export interface HandshakeResponse {
  status: 200 | 400 | 403;
  body: string;
  contentType: 'text/plain' | 'application/json';
}
