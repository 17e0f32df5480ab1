import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import {
  createWebhookEndpoint, metaDelivery, send, stripeDelivery, stripeEvent, twilioDelivery, webhookUrl, type EndpointFixture,
} from '../unit/webhook-processing/webhook-fixtures.ts';

const stack = inject('stack');
const sql = superuserSql();
const STRIPE_SECRET = 'whsec_hub_test_signing_secret_1';
const META_SECRET = 'meta-app-secret-value-1';
const TWILIO_TOKEN = 'twilio-auth-token-value-1';
const NG = { webhook_header_key: 'X-NGenius-Auth', webhook_header_value: 'ngenius-header-secret-1' };
let A: Tenant;
const ep: Record<string, EndpointFixture> = {};

const stored = async (e: EndpointFixture) =>
  (await sql`select count(*)::int as n from public.webhook_events where endpoint_id = ${e.endpointId}`)[0]!.n as number;
const rejected = async (e: EndpointFixture) =>
  Number((await sql`select rejected_count from public.webhook_endpoints where id = ${e.endpointId}`)[0]!.rejected_count);

beforeAll(async () => {
  A = await createTenant(sql, 'webhook-intake');
  const make = (slug: string, credentials: Record<string, string> = {}, token?: string) =>
    createWebhookEndpoint(sql, { orgId: A.orgId, slug, credentials, token, credentialsKey: stack.credentialsKey });
  ep.stripe = await make('stripe', { webhook_signing_secret: STRIPE_SECRET });
  ep.meta = await make('facebook', { app_secret: META_SECRET });
  ep.twilio = await make('twilio', { auth_token: TWILIO_TOKEN });
  ep.mailchimp = await make('mailchimp', {}, 'mailchimp-url-token-1');
  ep.aramex = await make('aramex', {}, 'aramex-url-token-1');
  ep.ngenius = await make('network_international', NG);
});
afterAll(() => sql.end());

describe('webhook intake: verified, stored, then 200', () => {
  it('stores a Stripe event signed by the Stripe SDK once; a retry is a 200 duplicate', async () => {
    const body = stripeEvent('evt_intake_1', 'payment_intent.succeeded', { id: 'pi_intake_1', object: 'payment_intent' });
    const url = webhookUrl(stack.apiUrl, ep.stripe!.endpointId);
    expect(await send(url, stripeDelivery(STRIPE_SECRET, body))).toEqual({ status: 200, body: { received: true, duplicate: false } });
    expect(await send(url, stripeDelivery(STRIPE_SECRET, body))).toEqual({ status: 200, body: { received: true, duplicate: true } });
    const rows = await sql`select provider_event_id, event_type, payload, headers, status from public.webhook_events where endpoint_id = ${ep.stripe!.endpointId}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider_event_id: 'evt_intake_1', event_type: 'payment_intent.succeeded', status: 'received' });
    expect(rows[0]!.payload).toEqual(JSON.parse(body));
    expect(rows[0]!.headers['content-type']).toBe('application/json');
    expect(Object.keys(rows[0]!.headers).filter((h) => /signature|authorization/i.test(h))).toEqual([]);
  });

  it('rejects tampered body, wrong secret, stale timestamp, missing and malformed header: nothing stored, each counted', async () => {
    const url = webhookUrl(stack.apiUrl, ep.stripe!.endpointId);
    const before = { stored: await stored(ep.stripe!), rejected: await rejected(ep.stripe!) };
    const body = stripeEvent('evt_bad_1', 'payment_intent.succeeded', { id: 'pi_bad' });
    const signed = stripeDelivery(STRIPE_SECRET, body);
    const cases = [
      [{ ...signed, body: body.replace('pi_bad', 'pi_evil') }, 401, /signature does not match/],
      [stripeDelivery('whsec_someone_else', body), 401, /signature does not match/],
      [stripeDelivery(STRIPE_SECRET, body, Math.floor(Date.now() / 1000) - 600), 401, /older than the tolerance/],
      [{ body, headers: { 'content-type': 'application/json' } }, 401, /missing Stripe-Signature/],
      [{ body, headers: { 'stripe-signature': 'nonsense' } }, 400, /malformed/],
    ] as const;
    for (const [delivery, status, reason] of cases) {
      const res = await send(url, delivery);
      expect([res.status, res.body.error?.code]).toEqual([status, status === 401 ? 'unauthorized' : 'bad_request']);
      expect(res.body.error?.message).toMatch(reason);
      expect(res.body.error?.message).not.toContain(STRIPE_SECRET);
    }
    expect(await stored(ep.stripe!)).toBe(before.stored);
    expect(await rejected(ep.stripe!)).toBe(before.rejected + cases.length);
  });

  it('Meta: X-Hub-Signature-256 over the raw bytes (escaped unicode kept as sent)', async () => {
    const url = webhookUrl(stack.apiUrl, ep.meta!.endpointId);
    const body = '{"object":"page","entry":[{"id":"101","time":1767225600,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"c_1","message":"\\u00e4 ok"}}]}]}';
    expect((await send(url, metaDelivery(META_SECRET, body))).status).toBe(200);
    expect((await send(url, metaDelivery('wrong-app-secret', body))).status).toBe(401);
    const [row] = await sql`select provider_event_id, event_type from public.webhook_events where endpoint_id = ${ep.meta!.endpointId}`;
    expect(row).toEqual({ provider_event_id: '101:1767225600:feed:c_1:add', event_type: 'page.feed' });
  });

  it('Twilio: HMAC-SHA1 over the public URL (rebuilt behind the gateway) and sorted params', async () => {
    const url = webhookUrl(stack.apiUrl, ep.twilio!.endpointId, '?src=sms');
    const params = { MessageSid: 'SM00000000000000000000000000000001', MessageStatus: 'delivered', To: '+971500000000' };
    expect((await send(url, twilioDelivery(TWILIO_TOKEN, url, params))).status).toBe(200);
    const forged = twilioDelivery(TWILIO_TOKEN, url, params);
    expect((await send(url, { ...forged, body: forged.body.replace('delivered', 'failed') })).status).toBe(401);
    expect((await send(url.replace('src=sms', 'src=other'), twilioDelivery(TWILIO_TOKEN, url, params))).status).toBe(401);
    const [row] = await sql`select provider_event_id, event_type from public.webhook_events where endpoint_id = ${ep.twilio!.endpointId}`;
    expect(row).toEqual({ provider_event_id: 'SM00000000000000000000000000000001:delivered', event_type: 'delivered' });
  });

  it('providers that cannot sign: the endpoint’s URL token (Mailchimp form post, Aramex JSON)', async () => {
    const mc = { body: 'type=subscribe&fired_at=2026-01-01+10%3A00%3A00&data%5Bid%5D=8a25ff1d98', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    const mcUrl = (q: string) => webhookUrl(stack.apiUrl, ep.mailchimp!.endpointId, q);
    expect((await send(mcUrl('?token=mailchimp-url-token-1'), mc)).status).toBe(200);
    expect((await send(mcUrl('?token=mailchimp-url-token-2'), mc)).status).toBe(401);
    expect((await send(mcUrl(''), mc)).status).toBe(401);
    const aramex = { body: '{"WaybillNumber":"4270","UpdateCode":"SH005","UpdateDescription":"Delivered"}', headers: { 'content-type': 'application/json' } };
    expect((await send(webhookUrl(stack.apiUrl, ep.aramex!.endpointId, '?token=aramex-url-token-1'), aramex)).status).toBe(200);
    expect((await send(webhookUrl(stack.apiUrl, ep.aramex!.endpointId, '?token=mailchimp-url-token-1'), aramex)).status).toBe(401);
    expect([await stored(ep.mailchimp!), await stored(ep.aramex!)]).toEqual([1, 1]);
    expect([await rejected(ep.mailchimp!), await rejected(ep.aramex!)]).toEqual([2, 1]);
  });

  it('N-Genius: the header and value chosen in its portal; the header is not stored', async () => {
    const url = webhookUrl(stack.apiUrl, ep.ngenius!.endpointId);
    const body = '{"eventId":"ev-1","eventName":"CAPTURED","order":{"reference":"ord-1"}}';
    const headers = { 'content-type': 'application/json', 'x-ngenius-auth': NG.webhook_header_value };
    expect((await send(url, { body, headers })).status).toBe(200);
    expect((await send(url, { body, headers: { ...headers, 'x-ngenius-auth': 'guess' } })).status).toBe(401);
    expect((await send(url, { body, headers: { 'content-type': 'application/json' } })).status).toBe(401);
    const [row] = await sql`select event_type, headers from public.webhook_events where endpoint_id = ${ep.ngenius!.endpointId}`;
    expect(row!.event_type).toBe('CAPTURED');
    expect(JSON.stringify(row!.headers)).not.toContain(NG.webhook_header_value);
  });
});
