import { describe, expect, it } from 'vitest';
import { WEBHOOK_SCHEMES } from '../../../supabase/functions/_shared/providers/provider.schema.ts';
import { verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectRejected, makeInput } from './support.ts';

const SECRET = 'dispatch-secret-value';

describe('verifyWebhook dispatch', () => {
  it("refuses 'none': an endpoint must have some secret", async () => {
    expectRejected(await verifyWebhook('none', makeInput({ secret: SECRET, body: '{}' })), 401, SECRET, /no verification scheme/);
  });

  it('refuses unknown schemes and empty secrets', async () => {
    expectRejected(await verifyWebhook('md5' as never, makeInput({ secret: SECRET })), 401, SECRET, /unknown/);
    expectRejected(await verifyWebhook('toString' as never, makeInput({ secret: SECRET })), 401, SECRET, /unknown/);
    for (const scheme of WEBHOOK_SCHEMES.filter((s) => s !== 'none' && s !== 'paypal_rsa_sha256')) {
      expectRejected(await verifyWebhook(scheme, makeInput({ secret: '' })), 401, SECRET, /no signing secret/);
    }
  });

  it('never throws and never accepts hostile input, for every scheme', async () => {
    const junkHeaders: Record<string, string> = {
      'Stripe-Signature': 't=1,v1=,v1=%%', 'X-Hub-Signature-256': 'sha256=\u00ff', 'X-LI-Signature': 'hmacsha256=\u00e9',
      'TikTok-Signature': 't=99999999999999999999,s=', 'fdx-signature': '====', 'X-Twilio-Signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      'X-Twilio-Email-Event-Webhook-Signature': 'MAA=', 'X-Twilio-Email-Event-Webhook-Timestamp': '1',
      'PAYPAL-TRANSMISSION-ID': 'x', 'PAYPAL-TRANSMISSION-TIME': 'y', 'PAYPAL-TRANSMISSION-SIG': 'AAAA',
      'PAYPAL-CERT-URL': 'https://api.paypal.com/c', 'PAYPAL-AUTH-ALGO': 'SHA256withRSA',
      'content-type': 'application/x-www-form-urlencoded',
    };
    const bodies = [new Uint8Array([0xff, 0xfe, 0x00]), new Uint8Array(0), new TextEncoder().encode('tran_check=' + 'a'.repeat(40))];
    for (const scheme of WEBHOOK_SCHEMES) {
      for (const body of bodies) {
        const input = makeInput({
          body, secret: SECRET, headers: junkHeaders, webhookId: 'WH', url: 'https://h.example/x?token=nope&bodySHA256=zz',
          fetchCert: async () => 'not a cert',
        });
        const result = await verifyWebhook(scheme, input, { headerName: 'X-Secret' });
        expectRejected(result, result.ok ? 401 : result.status, SECRET);
        // Handled by the verifier itself, not by the dispatcher's last-resort catch.
        expect(result.ok ? '' : result.reason).not.toBe('delivery could not be verified');
      }
    }
  });
});
