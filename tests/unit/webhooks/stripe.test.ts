import Stripe from 'stripe';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V8f (DERIVED): whsec_ string used as the raw UTF-8 key.
const SECRET = 'whsec_test_secret';
const BODY = '{"id":"evt_test","object":"event","type":"payment_intent.succeeded"}';
const T = 1700000000;
const V8F = `t=${T},v1=f457ee3d89f52f9f02936e1cd1173dd5dfa132cdc78ec55ea964a53098c5a1c0`;
const at = (seconds: number) => seconds * 1000;

const stripe = (header: string | null, opts: { body?: string; secret?: string; now?: number } = {}) =>
  verifyWebhook('stripe_v1', makeInput({
    body: opts.body ?? BODY,
    headers: header === null ? {} : { 'Stripe-Signature': header },
    secret: opts.secret ?? SECRET,
    now: opts.now ?? at(T),
  }));

const sdkHeader = (payload: string, timestamp: number, secret = SECRET) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

describe('stripe_v1', () => {
  it('accepts the V8f vector and returns the event id and type', async () => {
    const ok = expectAccepted(await stripe(V8F));
    expect(ok).toMatchObject({ eventId: 'evt_test', eventType: 'payment_intent.succeeded' });
    expect(ok.payload).toEqual(JSON.parse(BODY));
  });

  it('accepts payloads signed by the SDK (sync and async header helpers)', async () => {
    const body = JSON.stringify({ id: 'evt_sdk_1', object: 'event', type: 'charge.refunded', data: { object: {} } });
    expectAccepted(await stripe(sdkHeader(body, T + 10), { body, now: at(T + 20) }));
    const asyncHeader = await Stripe.webhooks.generateTestHeaderStringAsync({ payload: body, secret: SECRET, timestamp: T });
    expect(expectAccepted(await stripe(asyncHeader, { body })).eventId).toBe('evt_sdk_1');
  });

  it('accepts when any v1 matches (rolled secret) and ignores v0', async () => {
    const good = V8F.split('v1=')[1];
    expectAccepted(await stripe(`t=${T},v1=${'0'.repeat(64)},v1=${good},v0=${'1'.repeat(64)}`));
    // A v0 holding the right MAC must not count: only v1 is ever checked.
    expectRejected(await stripe(`t=${T},v0=${good}`), 400, SECRET, /malformed/);
  });

  it('rejects a tampered body and a wrong secret', async () => {
    expectRejected(await stripe(V8F, { body: BODY.replace('succeeded', 'failed') }), 401, SECRET, /signature/);
    expectRejected(await stripe(V8F, { secret: 'whsec_other' }), 401, SECRET, /signature/);
  });

  it('rejects stale and far-future timestamps, accepts within 300 s', async () => {
    expectAccepted(await stripe(V8F, { now: at(T + 300) }));
    expectRejected(await stripe(V8F, { now: at(T + 301) }), 401, SECRET, /older/);
    expectAccepted(await stripe(V8F, { now: at(T - 300) }));
    expectRejected(await stripe(V8F, { now: at(T - 301) }), 401, SECRET, /future/);
  });

  it('rejects missing and malformed headers without throwing', async () => {
    expectRejected(await stripe(null), 401, SECRET, /missing Stripe-Signature/);
    for (const bad of ['garbage', 't=abc,v1=00', `v1=${'a'.repeat(64)}`, `t=${T}`, 't=,v1=', ',,,===']) {
      expectRejected(await stripe(bad), 400, SECRET, /malformed/);
    }
    expectRejected(await stripe(`t=${T},v1=zz-not-hex`), 401, SECRET);
  });

  it('rejects secrets with whitespace even when the MAC matches', async () => {
    const secret = `${SECRET}\n`;
    const header = `t=${T},v1=${createHmac('sha256', secret).update(`${T}.${BODY}`).digest('hex')}`;
    expectRejected(await stripe(header, { secret }), 401, secret, /whitespace/);
  });

  it('refuses a validly signed body that is not JSON, and v2 thin events', async () => {
    const body = 'not json';
    expectRejected(await stripe(sdkHeader(body, T), { body }), 400, SECRET, /event/);
    const thin = JSON.stringify({ id: 'evt_thin', object: 'v2.core.event', type: 'x' });
    expectRejected(await stripe(sdkHeader(thin, T), { body: thin }), 400, SECRET);
  });

  it('falls back to the body hash when the event has no id', async () => {
    const body = '{"object":"event","type":"x"}';
    expect(expectAccepted(await stripe(sdkHeader(body, T), { body })).eventId).toMatch(/^[0-9a-f]{64}$/);
  });
});
