import { describe, expect, it } from 'vitest';
import { mailchimpHandshake, verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// N-Genius, DHL Push and Mailchimp do not sign: no vectors exist (WEBHOOK-VECTORS.md).
const SECRET = 's3cr3t-value-0123456789';
const JSON_BODY = '{"eventName":"CAPTURED","order":{"reference":"abc"}}';

const header = (headers: Record<string, string>, headerName?: string, body = JSON_BODY) =>
  verifyWebhook('static_header_secret', makeInput({ body, secret: SECRET, headers: { 'content-type': 'application/json', ...headers } }), { headerName });

const token = (query: string, body = '', tokenParam?: string) =>
  verifyWebhook('url_token', makeInput({
    url: `https://hub.example.com/functions/v1/webhook-intake/ep_1${query}`, body, secret: SECRET,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }), { tokenParam });

describe('static_header_secret (N-Genius, DHL Push)', () => {
  it('accepts the configured header with the exact value (header name case-insensitive)', async () => {
    const ok = expectAccepted(await header({ 'x-ni-secret': SECRET }, 'X-NI-Secret'));
    expect(ok).toMatchObject({ eventType: 'CAPTURED', payload: JSON.parse(JSON_BODY) });
    expect(ok.eventId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a wrong, longer, shorter or missing value and an unconfigured header name', async () => {
    for (const v of ['wrong', `${SECRET}x`, SECRET.slice(0, -1), SECRET.toUpperCase()]) {
      expectRejected(await header({ 'x-ni-secret': v }, 'X-NI-Secret'), 401, SECRET, /does not match/);
    }
    expectRejected(await header({}, 'X-NI-Secret'), 401, SECRET, /missing X-NI-Secret/);
    expectRejected(await header({ 'x-ni-secret': SECRET }), 401, SECRET, /not configured/);
  });

  it('refuses a body that is not JSON after the secret matched', async () => {
    expectRejected(await header({ 'x-ni-secret': SECRET }, 'X-NI-Secret', '{oops'), 400, SECRET);
  });
});

describe('url_token (Mailchimp)', () => {
  const form = 'type=subscribe&fired_at=2009-03-26+21%3A35%3A57&data%5Bid%5D=8a25ff1d98&data%5Bemail%5D=api%40mailchimp.com';

  it('accepts ?token= and dedupes on type + fired_at + data[id]', async () => {
    const ok = expectAccepted(await token(`?token=${SECRET}`, form));
    expect(ok).toMatchObject({ eventId: 'subscribe:2009-03-26 21:35:57:8a25ff1d98', eventType: 'subscribe' });
    expect(ok.payload).toMatchObject({ 'data[email]': 'api@mailchimp.com' });
    expectAccepted(await token(`?k=${SECRET}`, form, 'k'));
  });

  it('rejects a wrong or missing token', async () => {
    expectRejected(await token(`?token=${SECRET}x`, form), 401, SECRET, /does not match/);
    expectRejected(await token('?token=', form), 401, SECRET, /does not match/);
    expectRejected(await token('', form), 401, SECRET, /missing token/);
  });

  it('the GET on save gets a 200', () => {
    expect(mailchimpHandshake()).toEqual({ status: 200, body: 'ok', contentType: 'text/plain' });
  });
});
