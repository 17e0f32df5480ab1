// Test and benchmark fixtures for the webhook intake: an endpoint with its connection and
// credentials, and deliveries signed the way each provider signs them (Stripe with its own
// SDK). Shared by tests/functions/webhook-*.test.ts and bench/webhooks.bench.ts.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import Stripe from 'stripe';

export interface EndpointFixture {
  endpointId: string;
  connectionId: string;
}

export interface EndpointOptions {
  orgId: string;
  slug: string;
  credentialsKey: string;
  credentials?: Record<string, string>;
  /** URL token for providers that cannot sign (stored as its SHA-256 only). */
  token?: string;
  isActive?: boolean;
  publicUrl?: string;
}

/** A connection of the provider with its credentials, and an endpoint on it (as superuser). */
export async function createWebhookEndpoint(sql: postgres.Sql, o: EndpointOptions): Promise<EndpointFixture> {
  const [conn] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, status)
    select ${o.orgId}, p.id, ${`Webhooks ${o.slug} ${randomUUID().slice(0, 8)}`}, 'active'
      from public.integration_providers p where p.slug = ${o.slug}
    returning id`;
  const connectionId = conn!.id as string;
  for (const [field, value] of Object.entries(o.credentials ?? {})) {
    await sql.begin(async (tx) => {
      await tx`select set_config('role', 'service_role', true), set_config('request.jwt.claims', '{"role":"service_role"}', true)`;
      await tx`select public.set_credential(${connectionId}, ${field}, ${value}, ${o.credentialsKey}, 'local-1')`;
    });
  }
  const tokenHash = o.token ? createHash('sha256').update(o.token).digest() : null;
  const [endpoint] = await sql`
    insert into public.webhook_endpoints (organization_id, connection_id, is_active, token_hash, public_url)
    values (${o.orgId}, ${connectionId}, ${o.isActive ?? true}, ${tokenHash}, ${o.publicUrl ?? null})
    returning id`;
  return { endpointId: endpoint!.id as string, connectionId };
}

export interface SignedDelivery {
  body: string;
  headers: Record<string, string>;
}

export const stripeEvent = (id: string, type: string, object: Record<string, unknown>) =>
  JSON.stringify({ id, object: 'event', type, api_version: '2025-10-29', created: 1767225600, data: { object } });

/** Signed by the official SDK, exactly as Stripe would (t=…,v1=…). */
export function stripeDelivery(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): SignedDelivery {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp });
  return { body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } };
}

/** Meta: X-Hub-Signature-256 = sha256=<hex HMAC-SHA256(app secret, raw body)>. */
export function metaDelivery(appSecret: string, body: string): SignedDelivery {
  const mac = createHmac('sha256', appSecret).update(body).digest('hex');
  return { body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${mac}` } };
}

/** Twilio: base64 HMAC-SHA1(auth token, URL + params sorted by name as name+value). */
export function twilioDelivery(authToken: string, url: string, params: Record<string, string>): SignedDelivery {
  const signed = url + Object.keys(params).sort().map((k) => k + params[k]).join('');
  const signature = createHmac('sha1', authToken).update(signed).digest('base64');
  return {
    body: new URLSearchParams(params).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
  };
}

export const webhookUrl = (apiUrl: string, endpointId: string, query = '') =>
  `${apiUrl}/functions/v1/webhook-handler/${endpointId}${query}`;

export async function send(url: string, delivery: SignedDelivery) {
  const res = await fetch(url, { method: 'POST', headers: delivery.headers, body: delivery.body });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, body: json as Record<string, unknown> & { error?: { code: string; message: string } } };
}
