import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateUrlToken, hashUrlToken } from '../../../lib/webhooks/url-token';
import { usesUrlToken, webhookUrl } from '../../../lib/webhooks/webhook-url';

describe('webhook URL tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = new Set(Array.from({ length: 50 }, generateUrlToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });

  it('hash to the SHA-256 the intake compares (of the token text)', async () => {
    const token = generateUrlToken();
    expect((await hashUrlToken(token)).equals(createHash('sha256').update(token).digest())).toBe(true);
  });
});

describe('webhook URLs', () => {
  const id = '11111111-2222-3333-4444-555555555555';

  it('point at the intake function, with the token only when given', () => {
    expect(webhookUrl('https://ref.supabase.co/', id)).toBe(`https://ref.supabase.co/functions/v1/webhook-handler/${id}`);
    expect(webhookUrl('http://127.0.0.1:54321', id, 'a-b_c')).toBe(`http://127.0.0.1:54321/functions/v1/webhook-handler/${id}?token=a-b_c`);
  });

  it('use a token exactly for the providers that cannot sign', () => {
    expect(usesUrlToken('none')).toBe(true);
    expect(usesUrlToken('url_token')).toBe(true);
    expect(usesUrlToken('stripe_v1')).toBe(false);
    expect(usesUrlToken('static_header_secret')).toBe(false);
  });
});
