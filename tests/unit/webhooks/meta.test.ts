import { describe, expect, it } from 'vitest';
import { toHex } from '../../../supabase/functions/_shared/webhooks/bytes.ts';
import { hmac } from '../../../supabase/functions/_shared/webhooks/constant-time.ts';
import { metaHandshake, verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { bytes, expectAccepted, expectRejected, makeInput } from './support.ts';

// V8a (DERIVED).
const SECRET = 'test_app_secret';
const BODY = '{"object":"page","entry":[{"id":"1234567890","time":1700000000,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"111_222","post_id":"1234567890_333","message":"Is the kandura ready?"}}]}]}';
const SIG = 'sha256=0b3234bbb3331312ebb918da5f15c867c52fd41478dcff7183b4aa739b0deba5';
const ESCAPED = String.raw`{"message":"\u00e4\u00f6\u00e5"}`;

const meta = (header: string | null, body: string = BODY, secret = SECRET) =>
  verifyWebhook('hmac_sha256_hex_prefixed', makeInput({
    body, secret, headers: header === null ? {} : { 'X-Hub-Signature-256': header },
  }));

describe('hmac_sha256_hex_prefixed (Meta)', () => {
  it('V7: HMAC-SHA256("secret", "test"); the signature holds, only the non-JSON body is refused', async () => {
    const v7 = '0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914';
    expect(toHex(await hmac('SHA-256', 'secret', bytes('test')))).toBe(v7);
    expectRejected(await meta(`sha256=${v7}`, 'test', 'secret'), 400, 'secret', /not valid JSON/);
    expectRejected(await meta(`sha256=${v7}`, 'test', 'Secret'), 401, 'Secret', /signature/);
  });

  it('V8a: accepts the page feed delivery and composes an event id', async () => {
    expect(bytes(BODY).length).toBe(218);
    const ok = expectAccepted(await meta(SIG));
    expect(ok.eventId).toBe('1234567890:1700000000:feed:111_222:add');
    expect(ok.eventType).toBe('page.feed');
    expect(expectAccepted(await meta(SIG.toUpperCase().replace('SHA256=', 'sha256='))).eventId).toBe(ok.eventId);
  });

  it('V8a: verifies the escaped-unicode body as sent, not a re-serialised one', async () => {
    expect(bytes(ESCAPED).length).toBe(32);
    const sig = 'sha256=28b7a33df19c81b024a2dbb7549d62ad257bc0977ede332448f9f5554cc8f734';
    expect(expectAccepted(await meta(sig, ESCAPED)).payload).toEqual({ message: 'äöå' });
    expectRejected(await meta(sig, '{"message":"äöå"}'), 401, SECRET, /signature/);
    expectAccepted(await meta('sha256=eabe082ee790d6eb457fc6cabf8229f9bd0ae5334f70a2fa0df81565a11fecf9', '{"message":"äöå"}'));
  });

  it('V8a: the legacy SHA-1 value is reproducible but never accepted on its own', async () => {
    expect(toHex(await hmac('SHA-1', SECRET, bytes(BODY)))).toBe('16eff1652afe5016a7a85198424e3db217dc1410');
    const input = makeInput({ body: BODY, secret: SECRET, headers: { 'X-Hub-Signature': 'sha1=16eff1652afe5016a7a85198424e3db217dc1410' } });
    expectRejected(await verifyWebhook('hmac_sha256_hex_prefixed', input), 401, SECRET, /missing/);
  });

  it('rejects tampering, a wrong secret, missing and malformed headers', async () => {
    expectRejected(await meta(SIG, BODY.replace('ready', 'done!')), 401, SECRET, /signature/);
    expectRejected(await meta(SIG, BODY, 'other_secret'), 401, SECRET, /signature/);
    expectRejected(await meta(null), 401, SECRET, /missing/);
    for (const bad of ['0b3234bb', 'sha1=16eff1652afe5016a7a85198424e3db217dc1410', 'sha256=', `sha256=${'z'.repeat(64)}`, `${SIG}00`]) {
      expectRejected(await meta(bad), 400, SECRET, /malformed/);
    }
  });

  it('dedupes WhatsApp messages/statuses by id, batches by body hash', async () => {
    const wa = (value: unknown) => JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: 'WABA', changes: [{ field: 'messages', value }] }] });
    const sign = async (body: string) => `sha256=${toHex(await hmac('SHA-256', SECRET, bytes(body)))}`;
    const msg = wa({ messages: [{ id: 'wamid.A' }] });
    expect(expectAccepted(await meta(await sign(msg), msg))).toMatchObject({ eventId: 'WABA::messages:wamid.A:', eventType: 'whatsapp_business_account.messages' });
    const status = wa({ statuses: [{ id: 'wamid.A', status: 'read' }] });
    expect(expectAccepted(await meta(await sign(status), status)).eventId).toBe('WABA::messages:wamid.A:read:');
    const batch = wa({ messages: [{ id: 'wamid.A' }, { id: 'wamid.B' }] });
    expect(expectAccepted(await meta(await sign(batch), batch)).eventId).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('metaHandshake', () => {
  const url = (q: string) => new URL(`https://hub.example.com/functions/v1/webhook-intake/ep_1?${q}`);
  it('echoes the V8a challenge only for subscribe + the right token', async () => {
    expect(await metaHandshake(url('hub.mode=subscribe&hub.verify_token=my-token&hub.challenge=1158201444'), 'my-token'))
      .toEqual({ status: 200, body: '1158201444', contentType: 'text/plain' });
  });
  it('answers 403 to a wrong or missing token or mode, 400 to an unsafe challenge', async () => {
    const deny = { status: 403, body: 'forbidden', contentType: 'text/plain' };
    expect(await metaHandshake(url('hub.mode=subscribe&hub.verify_token=my-tokeN&hub.challenge=1'), 'my-token')).toEqual(deny);
    expect(await metaHandshake(url('hub.mode=subscribe&hub.challenge=1'), 'my-token')).toEqual(deny);
    expect(await metaHandshake(url('hub.mode=unsubscribe&hub.verify_token=my-token&hub.challenge=1'), 'my-token')).toEqual(deny);
    expect(await metaHandshake(url('hub.mode=subscribe&hub.verify_token=&hub.challenge=1'), '')).toEqual(deny);
    expect((await metaHandshake(url('hub.mode=subscribe&hub.verify_token=my-token&hub.challenge=<script>'), 'my-token')).status).toBe(400);
    expect((await metaHandshake(url('hub.mode=subscribe&hub.verify_token=my-token'), 'my-token')).status).toBe(400);
  });
});
