import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, type VerifyOptions } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V8c (DERIVED): TikTok's authorization.removed doc example signed with an invented secret.
const SECRET = 'test_client_secret';
const BODY = '{"client_key":"bwo2m45353a6k85","event":"authorization.removed","create_time":1615338610,"user_openid":"act.example12345Example12345Example","content":"{\\"reason\\": 1 }"}';
const T = 1633174587;
const HEADER = `t=${T},s=39c29244091b6bb0d67eca735a97218805842b7c8cea52dde8296f6c0c36ae09`;

const tiktok = (header: string | null, o: { body?: string; secret?: string; now?: number } = {}, options: VerifyOptions = {}) =>
  verifyWebhook('tiktok_hmac_sha256', makeInput({
    body: o.body ?? BODY, secret: o.secret ?? SECRET, now: o.now ?? T * 1000,
    headers: header === null ? {} : { 'TikTok-Signature': header },
  }), options);

describe('tiktok_hmac_sha256', () => {
  it('accepts the V8c vector; no event id, so the body hash is the id', async () => {
    const ok = expectAccepted(await tiktok(HEADER));
    expect(ok.eventType).toBe('authorization.removed');
    expect(ok.eventId).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.payload).toMatchObject({ content: '{"reason": 1 }' });
  });

  it('agrees with an independent HMAC (node:crypto) over "{t}.{body}"', async () => {
    const s = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(`t=${T},s=${s}`).toBe(HEADER);
  });

  it('enforces a 300 s window both ways (configurable)', async () => {
    expectAccepted(await tiktok(HEADER, { now: (T + 300) * 1000 }));
    expectRejected(await tiktok(HEADER, { now: (T + 301) * 1000 }), 401, SECRET, /older/);
    expectRejected(await tiktok(HEADER, { now: (T - 301) * 1000 }), 401, SECRET, /future/);
    expectAccepted(await tiktok(HEADER, { now: (T + 3600) * 1000 }, { toleranceSeconds: 7200 }));
  });

  it('rejects tampering, a wrong secret, missing and malformed headers', async () => {
    expectRejected(await tiktok(HEADER, { body: BODY.replace('1615338610', '1615338611') }), 401, SECRET, /signature/);
    expectRejected(await tiktok(HEADER, { secret: 'other' }), 401, SECRET, /signature/);
    // The timestamp is signed: moving it breaks the signature.
    expectRejected(await tiktok(HEADER.replace(`t=${T}`, `t=${T + 1}`), { now: T * 1000 }), 401, SECRET, /signature/);
    expectRejected(await tiktok(null), 401, SECRET, /missing/);
    for (const bad of ['s=abc', `t=${T}`, `t=x,s=${'a'.repeat(64)}`, `t=${T},s=zz`, `t=${T},s=${'a'.repeat(62)}`, `${HEADER},s=${'b'.repeat(64)}`]) {
      expectRejected(await tiktok(bad), 400, SECRET, /malformed/);
    }
  });
});
