import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { createWebhookEndpoint, send, stripeDelivery, stripeEvent, webhookUrl, type EndpointFixture } from '../unit/webhook-processing/webhook-fixtures.ts';

const stack = inject('stack');
const sql = superuserSql();
const VERIFY_TOKEN = 'meta-verify-token-1';
const LINKEDIN_SECRET = 'linkedin-client-secret-1';
const STRIPE_SECRET = 'whsec_handshake_test_1';
let A: Tenant;
const ep: Record<string, EndpointFixture> = {};
const UNKNOWN = '00000000-0000-4000-8000-00000000beef';

beforeAll(async () => {
  A = await createTenant(sql, 'webhook-handshake');
  const make = (slug: string, credentials: Record<string, string>, extra: { isActive?: boolean; token?: string } = {}) =>
    createWebhookEndpoint(sql, { orgId: A.orgId, slug, credentials, credentialsKey: stack.credentialsKey, ...extra });
  ep.instagram = await make('instagram', { app_secret: 'ig-app-secret', webhook_verify_token: VERIFY_TOKEN });
  ep.linkedin = await make('linkedin', { client_secret: LINKEDIN_SECRET });
  ep.mailchimp = await make('mailchimp', {}, { token: 'mc-handshake-token' });
  ep.stripe = await make('stripe', { webhook_signing_secret: STRIPE_SECRET });
  ep.disabled = await make('stripe', { webhook_signing_secret: STRIPE_SECRET }, { isActive: false });
});
afterAll(() => sql.end());

const get = async (endpointId: string, query = '') => {
  const res = await fetch(webhookUrl(stack.apiUrl, endpointId, query));
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

describe('webhook handshakes (GET)', () => {
  it('Meta: echoes hub.challenge only with the connection’s verify token', async () => {
    const ok = await get(ep.instagram!.endpointId, `?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok).toMatchObject({ status: 200, text: '1158201444' });
    expect(ok.type).toMatch(/^text\/plain/);
    expect((await get(ep.instagram!.endpointId, '?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1')).status).toBe(403);
  });

  it('LinkedIn: answers challengeCode with HMAC-SHA256(client secret)', async () => {
    const code = '890e4e7c-5b5e-4a43-9b6f-8c1f2a3b4c5d';
    const res = await get(ep.linkedin!.endpointId, `?challengeCode=${code}`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challengeCode: code, challengeResponse: createHmac('sha256', LINKEDIN_SECRET).update(code).digest('hex') });
  });

  it('Mailchimp: its validation GET gets a 200; providers without a handshake get 405', async () => {
    expect((await get(ep.mailchimp!.endpointId, '?token=mc-handshake-token')).status).toBe(200);
    const stripe = await get(ep.stripe!.endpointId);
    expect([stripe.status, JSON.parse(stripe.text).error.code]).toEqual([405, 'method_not_allowed']);
  });
});

describe('webhook intake: bad requests', () => {
  const body = stripeEvent('evt_misc_1', 'payment_intent.succeeded', { id: 'pi_misc' });
  it('unknown endpoint or a path that is not an endpoint id → 404', async () => {
    for (const id of [UNKNOWN, 'not-a-uuid', `${UNKNOWN}/extra`]) {
      const res = await send(webhookUrl(stack.apiUrl, id), stripeDelivery(STRIPE_SECRET, body));
      expect([id, res.status, res.body.error?.code]).toEqual([id, 404, 'not_found']);
    }
    expect((await get(UNKNOWN)).status).toBe(404);
  });

  it('disabled endpoint → 410, and nothing is stored', async () => {
    const res = await send(webhookUrl(stack.apiUrl, ep.disabled!.endpointId), stripeDelivery(STRIPE_SECRET, body));
    expect([res.status, res.body.error?.code]).toEqual([410, 'gone']);
    expect((await get(ep.disabled!.endpointId)).status).toBe(410);
    const [row] = await sql`select count(*)::int as n from public.webhook_events where endpoint_id = ${ep.disabled!.endpointId}`;
    expect(row!.n).toBe(0);
  });

  it('a body over 1 MiB → 413, declared or streamed', async () => {
    const url = webhookUrl(stack.apiUrl, ep.stripe!.endpointId);
    const big = `{"pad":"${'x'.repeat(1024 * 1024)}"}`;
    const declared = await send(url, stripeDelivery(STRIPE_SECRET, big));
    expect([declared.status, declared.body.error?.code]).toEqual([413, 'payload_too_large']);
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(url, { method: 'POST', body: stream, headers: { 'stripe-signature': 't=1,v1=00' }, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    const exact = `{"p":"${'y'.repeat(1024 * 1024 - 8)}"}`;
    expect(Buffer.byteLength(exact)).toBe(1024 * 1024);
    expect((await send(url, stripeDelivery(STRIPE_SECRET, exact))).status).toBe(200); // exactly the limit is accepted
  });

  it('other methods → 405', async () => {
    const res = await fetch(webhookUrl(stack.apiUrl, ep.stripe!.endpointId), { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
  });
});
