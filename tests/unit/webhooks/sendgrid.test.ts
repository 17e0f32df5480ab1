import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, type VerifyOptions } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V6 (PUBLIC): sendgrid-nodejs packages/eventwebhook/src/eventwebhook.spec.js.
const KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==';
const OTHER_KEY = 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqTxd43gyp8IOEto2LdIfjRQrIbsd4SXZkLW6jDutdhXSJCWHw8REntlo7aNDthvj+y7GjUuFDb/R1NGe1OPzpA==';
const SIG = 'MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=';
const SIG_ONE_CHAR = 'MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH3j/0=';
const TS = '1588788367';
const BODY = '{"category":"example_payload","event":"test_event","message_id":"message_id"}';

function sendgrid(o: { sig?: string | null; ts?: string | null; body?: string; key?: string; now?: number } = {}, options: VerifyOptions = {}) {
  const headers: Record<string, string> = {};
  const sig = o.sig === undefined ? SIG : o.sig;
  const ts = o.ts === undefined ? TS : o.ts;
  if (sig !== null) headers['X-Twilio-Email-Event-Webhook-Signature'] = sig;
  if (ts !== null) headers['X-Twilio-Email-Event-Webhook-Timestamp'] = ts;
  return verifyWebhook('sendgrid_ecdsa_p256', makeInput({ body: o.body ?? BODY, headers, secret: o.key ?? KEY, now: o.now }), options);
}

describe('sendgrid_ecdsa_p256', () => {
  it('V6: the published signature verifies (no tolerance by default: it is from 2020)', async () => {
    const ok = expectAccepted(await sendgrid());
    expect(ok.eventType).toBe('test_event');
    expect(ok.eventId).toMatch(/^[0-9a-f]{64}$/); // the V6 event has no sg_event_id
  });

  it('V6 negatives: other key, body "payload", one changed character, timestamp "timestamp"', async () => {
    expectRejected(await sendgrid({ key: OTHER_KEY }), 401, OTHER_KEY, /signature/);
    expectRejected(await sendgrid({ body: 'payload' }), 401, KEY, /signature/);
    expectRejected(await sendgrid({ sig: SIG_ONE_CHAR }), 401, KEY, /signature/);
    expectRejected(await sendgrid({ ts: 'timestamp' }), 400, KEY, /malformed/);
  });

  it('tolerance is opt-in and checks both directions', async () => {
    const t = Number(TS) * 1000;
    expectAccepted(await sendgrid({ now: t + 300_000 }, { toleranceSeconds: 300 }));
    expectRejected(await sendgrid({ now: t + 301_000 }, { toleranceSeconds: 300 }), 401, KEY, /older/);
    expectRejected(await sendgrid({ now: t - 301_000 }, { toleranceSeconds: 300 }), 401, KEY, /future/);
  });

  it('rejects missing headers, malformed signatures and an unusable key without throwing', async () => {
    expectRejected(await sendgrid({ sig: null }), 401, KEY, /missing/);
    expectRejected(await sendgrid({ ts: null }), 401, KEY, /missing/);
    for (const sig of ['***', 'AAAA', Buffer.from([0x30, 0x02, 0x02, 0x00]).toString('base64')]) {
      expectRejected(await sendgrid({ sig }), 400, KEY, /malformed/);
    }
    expectRejected(await sendgrid({ key: 'not-a-key' }), 401, 'not-a-key', /verification key/);
  });

  it('ids: one event → its sg_event_id, a batch → a hash of its ids', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const signed = (body: string) => ({ body, key, sig: sign('sha256', Buffer.from(TS + body), privateKey).toString('base64') });
    const one = '[{"sg_event_id":"ev-1","event":"delivered"}]';
    expect(expectAccepted(await sendgrid(signed(one)))).toMatchObject({ eventId: 'ev-1', eventType: 'delivered' });
    const batch = '[{"sg_event_id":"ev-1","event":"delivered"},{"sg_event_id":"ev-2","event":"open"}]';
    expect(expectAccepted(await sendgrid(signed(batch))).eventId).toMatch(/^batch:[0-9a-f]{64}$/);
  });
});
