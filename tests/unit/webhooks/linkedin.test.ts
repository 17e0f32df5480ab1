import { describe, expect, it } from 'vitest';
import { linkedinHandshake, verifyWebhook, type VerifyOptions } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V8b (DERIVED; which signed string LinkedIn really uses is UNCONFIRMED).
const SECRET = 'test_client_secret';
const BODY = '{"type":"ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS","notificationId":12345}';
const PREFIXED = 'a550b0e0c95dbf4cef1eb32b2cffa03eb7056915eb15dc6ed9c6dd7e349754a1'; // HMAC("hmacsha256=" + body)
const BARE = '590d7f16b92bee9a7e15b24c305cb0d63ec66da7a43ecb7636760ca35b3041e2'; // HMAC(body)

const linkedin = (header: string | null, options: VerifyOptions = {}, body = BODY, secret = SECRET) =>
  verifyWebhook('linkedin_hmac_sha256', makeInput({ body, secret, headers: header === null ? {} : { 'X-LI-Signature': header } }), options);

describe('linkedin_hmac_sha256', () => {
  it('by default accepts both documented readings, with or without a hmacsha256= header prefix', async () => {
    for (const header of [PREFIXED, BARE, `hmacsha256=${PREFIXED}`, `hmacsha256=${BARE}`]) {
      const ok = expectAccepted(await linkedin(header));
      expect(ok).toMatchObject({ eventId: '12345', eventType: 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS' });
    }
  });

  it('can be pinned to one reading once a real delivery settles it', async () => {
    expectAccepted(await linkedin(PREFIXED, { linkedinSignedString: 'prefixed' }));
    expectRejected(await linkedin(BARE, { linkedinSignedString: 'prefixed' }), 401, SECRET, /signature/);
    expectAccepted(await linkedin(BARE, { linkedinSignedString: 'bare' }));
    expectRejected(await linkedin(PREFIXED, { linkedinSignedString: 'bare' }), 401, SECRET, /signature/);
  });

  it('rejects tampering, a wrong secret, missing and malformed headers', async () => {
    expectRejected(await linkedin(PREFIXED, {}, BODY.replace('12345', '12346')), 401, SECRET, /signature/);
    expectRejected(await linkedin(PREFIXED, {}, BODY, 'other_secret'), 401, SECRET, /signature/);
    expectRejected(await linkedin(null), 401, SECRET, /missing/);
    for (const bad of ['hmacsha256=', PREFIXED.slice(2), `sha256=${PREFIXED}`, 'x'.repeat(64)]) {
      expectRejected(await linkedin(bad), 400, SECRET, /malformed/);
    }
  });
});

describe('linkedinHandshake', () => {
  it('answers the V8b challenge with hex HMAC-SHA256(clientSecret, challengeCode)', async () => {
    const url = new URL('https://hub.example.com/functions/v1/webhook-intake/ep_1?challengeCode=890e4665-4dfe-4ab1-b689-ed553bceeed0');
    const res = await linkedinHandshake(url, SECRET);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({
      challengeCode: '890e4665-4dfe-4ab1-b689-ed553bceeed0',
      challengeResponse: '2f02d4233a0396d6b4632fc7be62fd3ab68183421f688efcda0c1fcb2615273e',
    });
  });

  it('answers 400 without a challengeCode', async () => {
    const res = await linkedinHandshake(new URL('https://hub.example.com/x'), SECRET);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain(SECRET);
  });
});
