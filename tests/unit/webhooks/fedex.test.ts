import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V8d (DERIVED).
const SECRET = 'test_security_token';
const BODY = '{"trackingNumber":"794644823917","scanEvent":"DL"}';
const SIG = 'TVXn1ua9BGdyxqA3WbFwc//FY3UlhCKZxBMRKCYaR98=';

const fedex = (header: string | null, body = BODY, secret = SECRET) =>
  verifyWebhook('fedex_hmac_sha256_base64', makeInput({ body, secret, headers: header === null ? {} : { 'fdx-signature': header } }));

describe('fedex_hmac_sha256_base64', () => {
  it('accepts the V8d vector (base64 HMAC-SHA256 of the raw body)', async () => {
    expect(createHmac('sha256', SECRET).update(BODY).digest('base64')).toBe(SIG);
    const ok = expectAccepted(await fedex(SIG));
    expect(ok.payload).toEqual({ trackingNumber: '794644823917', scanEvent: 'DL' });
    expect(ok.eventId).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.eventType).toBeNull();
  });

  it('rejects a hex signature, tampering, a wrong secret, missing and malformed headers', async () => {
    const hex = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expectRejected(await fedex(hex), 400, SECRET, /malformed/);
    expectRejected(await fedex(SIG, BODY.replace('DL', 'IT')), 401, SECRET, /signature/);
    expectRejected(await fedex(SIG, BODY, 'other_token'), 401, SECRET, /signature/);
    expectRejected(await fedex(null), 401, SECRET, /missing/);
    for (const bad of ['!!!', 'TVXn1ua9', `${SIG}AAAA`]) expectRejected(await fedex(bad), 400, SECRET, /malformed/);
  });
});
