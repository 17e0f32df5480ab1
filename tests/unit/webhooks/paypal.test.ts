import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { isPaypalCertUrl } from '../../../supabase/functions/_shared/webhooks/verifiers/paypal-cert.ts';
import { verifyWebhook, type VerifyOptions } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { PAYPAL_BODY, PAYPAL_CERT_PEM, PAYPAL_HEADERS, PAYPAL_WEBHOOK_ID } from './paypal-v4.fixture.ts';
import { bytes, expectAccepted, expectRejected, makeInput } from './support.ts';

const SENT = Date.parse('2015-05-18T15:45:13Z');
// The V4 certificate expired in 2017: the vector is checked with validity dates off.
const TEST_PATH: VerifyOptions = { checkValidity: false };

function paypal(
  over: { headers?: Record<string, string>; body?: string; webhookId?: string; pem?: string; now?: number } = {},
  options = TEST_PATH,
) {
  const fetchCert = vi.fn(async () => over.pem ?? PAYPAL_CERT_PEM);
  const input = makeInput({
    body: over.body ?? PAYPAL_BODY,
    headers: { ...PAYPAL_HEADERS, ...over.headers },
    secret: '',
    webhookId: over.webhookId ?? PAYPAL_WEBHOOK_ID,
    now: over.now ?? SENT + 1000,
    fetchCert,
  });
  return { fetchCert, result: verifyWebhook('paypal_rsa_sha256', input, options) };
}

describe('paypal_rsa_sha256', () => {
  it('the V4 body is the published bytes', () => {
    expect(bytes(PAYPAL_BODY).length).toBe(1288);
    expect(createHash('sha256').update(PAYPAL_BODY).digest('hex')).toBe('e03d21c766537533f5a87183bf5f671bd42c54649127efdde25ecbd42e0ff9f7');
  });

  it('verifies the public V4 delivery with the certificate from PAYPAL-CERT-URL', async () => {
    const { fetchCert, result } = paypal();
    const ok = expectAccepted(await result);
    expect(ok).toMatchObject({ eventId: 'WH-0G2756385H040842W-5Y612302CV158622M', eventType: 'PAYMENT.SALE.COMPLETED' });
    expect(fetchCert).toHaveBeenCalledWith(PAYPAL_HEADERS['PAYPAL-CERT-URL']);
  });

  it('production path checks validity dates: the expired V4 cert is refused', async () => {
    expectRejected(await paypal({ now: Date.UTC(2026, 0, 1) }, {}).result, 401, PAYPAL_WEBHOOK_ID, /expired/);
    expectRejected(await paypal({ now: Date.UTC(2015, 2, 17) }, {}).result, 401, PAYPAL_WEBHOOK_ID, /not yet valid/);
    // Inside the cert's window (2015-03-18 → 2017-03-22) the same check passes.
    expectAccepted(await paypal({}, { checkValidity: true }).result);
  });

  it('fails with another webhook id or any body change (the CRC changes)', async () => {
    expectRejected(await paypal({ webhookId: '4JH86294D6297924H' }).result, 401, '4JH86294D6297924H', /signature/);
    expectRejected(await paypal({ body: PAYPAL_BODY.replace('20.00', '21.00') }).result, 401, PAYPAL_WEBHOOK_ID, /signature/);
    expectRejected(await paypal({ headers: { 'PAYPAL-TRANSMISSION-TIME': '2015-05-18T15:45:14Z' } }).result, 401, PAYPAL_WEBHOOK_ID);
  });

  it('never fetches a certificate from a non-PayPal or non-https URL', async () => {
    for (const url of [
      'http://api.sandbox.paypal.com/v1/notifications/certs/x',
      'https://evil.example.com/cert.pem',
      'https://api.paypal.com.evil.example/cert',
      'https://paypal.com@evil.example/cert',
      'https://user@api.paypal.com/cert',
      'https://api.paypal.com:8443/cert',
      'https://evilpaypal.com/cert',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const { fetchCert, result } = paypal({ headers: { 'PAYPAL-CERT-URL': url } });
      expectRejected(await result, 401, PAYPAL_WEBHOOK_ID, /PayPal host/);
      expect(fetchCert).not.toHaveBeenCalled();
    }
    expect(['https://api.paypal.com/v1/notifications/certs/C', 'https://api-m.sandbox.paypal.com/c'].every(isPaypalCertUrl)).toBe(true);
  });

  it('rejects missing headers, a weaker algorithm and a malformed signature', async () => {
    for (const name of Object.keys(PAYPAL_HEADERS)) {
      const input = makeInput({ headers: { ...PAYPAL_HEADERS, [name]: '' }, body: PAYPAL_BODY, webhookId: PAYPAL_WEBHOOK_ID });
      expectRejected(await verifyWebhook('paypal_rsa_sha256', input, TEST_PATH), 401, PAYPAL_WEBHOOK_ID, /missing/);
    }
    expectRejected(await paypal({ headers: { 'PAYPAL-AUTH-ALGO': 'SHA1withRSA' } }).result, 400, PAYPAL_WEBHOOK_ID);
    expectRejected(await paypal({ headers: { 'PAYPAL-TRANSMISSION-SIG': '***' } }).result, 400, PAYPAL_WEBHOOK_ID);
    expectRejected(await paypal({ headers: { 'PAYPAL-TRANSMISSION-ID': 'a|b' } }).result, 400, PAYPAL_WEBHOOK_ID);
    expectRejected(await paypal({ webhookId: '' }).result, 401, PAYPAL_WEBHOOK_ID, /webhook id/);
  });

  it('rejects when the certificate cannot be fetched or parsed', async () => {
    expectRejected(await paypal({ pem: 'garbage' }).result, 401, PAYPAL_WEBHOOK_ID, /certificate/);
    const broken = PAYPAL_CERT_PEM.replace('MIIHqDCCBpCgAwIBAgIQ', 'MIIHqDCCBpCgAwIBAgIR');
    expectRejected(await paypal({ pem: broken }).result, 401, PAYPAL_WEBHOOK_ID, /certificate/);
    const input = makeInput({
      body: PAYPAL_BODY, headers: PAYPAL_HEADERS, webhookId: PAYPAL_WEBHOOK_ID,
      fetchCert: () => Promise.reject(new Error('network down')),
    });
    expectRejected(await verifyWebhook('paypal_rsa_sha256', input, TEST_PATH), 401, PAYPAL_WEBHOOK_ID, /fetch/);
  });

  it('applies an optional window to the signed transmission time', async () => {
    expectAccepted(await paypal({}, { ...TEST_PATH, toleranceSeconds: 300 }).result);
    const late = makeInput({
      body: PAYPAL_BODY, headers: PAYPAL_HEADERS, webhookId: PAYPAL_WEBHOOK_ID, now: SENT + 301_000,
      fetchCert: async () => PAYPAL_CERT_PEM,
    });
    expectRejected(await verifyWebhook('paypal_rsa_sha256', late, { ...TEST_PATH, toleranceSeconds: 300 }), 401, PAYPAL_WEBHOOK_ID, /tolerance/);
  });
});
