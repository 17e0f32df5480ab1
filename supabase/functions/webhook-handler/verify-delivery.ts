// Verifies one delivery the way its endpoint's provider authenticates, over the raw bytes.
import { toHex } from '../_shared/webhooks/bytes.ts';
import { verifyWebhook, type VerifyResult } from '../_shared/webhooks/verify.ts';
import type { EndpointConfig } from './endpoint-config.ts';

export interface Delivery {
  rawBody: Uint8Array;
  headers: Headers;
  /** The public URL the provider called (Twilio signs it; the URL token is in its query). */
  publicUrl: string;
  now: number;
}

const TOKEN_PARAM = 'token';

/**
 * Providers that cannot sign (scheme url_token, or none: Aramex, SMSA) prove themselves with
 * the endpoint's own URL token. Only its SHA-256 is stored, so the presented token is hashed
 * and the two digests go through the shared url_token verifier (constant time, and the same
 * event-id and body rules as every other scheme).
 */
async function verifyUrlToken(endpoint: EndpointConfig, delivery: Delivery): Promise<VerifyResult> {
  if (!endpoint.tokenHash) return { ok: false, status: 401, reason: 'endpoint has no URL token' };
  const url = new URL(delivery.publicUrl);
  const token = url.searchParams.get(TOKEN_PARAM);
  if (token !== null) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
    url.searchParams.set(TOKEN_PARAM, toHex(new Uint8Array(digest)));
  }
  return verifyWebhook('url_token', {
    rawBody: delivery.rawBody, headers: delivery.headers, url, secret: toHex(endpoint.tokenHash), now: delivery.now,
  }, { tokenParam: TOKEN_PARAM });
}

export function verifyDelivery(endpoint: EndpointConfig, delivery: Delivery): Promise<VerifyResult> {
  const { scheme } = endpoint.signature;
  if (scheme === 'url_token' || scheme === 'none') return verifyUrlToken(endpoint, delivery);
  return verifyWebhook(scheme, {
    rawBody: delivery.rawBody,
    headers: delivery.headers,
    url: new URL(delivery.publicUrl),
    secret: endpoint.secret,
    webhookId: endpoint.webhookId ?? undefined,
    now: delivery.now,
  }, {
    toleranceSeconds: endpoint.signature.tolerance_seconds,
    headerName: endpoint.headerName ?? undefined,
    // Twilio signs the URL as typed; URL objects normalise it.
    signedUrl: delivery.publicUrl,
  });
}
