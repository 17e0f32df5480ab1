import { describe, expect, it } from 'vitest';
import { classifyDbError, withTimeout } from '../../../supabase/functions/_shared/webhook-processing/db-errors.ts';
import { publicWebhookUrl } from '../../../supabase/functions/_shared/webhook-processing/public-url.ts';
import { BodyTooLarge, readRawBody } from '../../../supabase/functions/_shared/webhook-processing/raw-body.ts';
import { redactHeaders } from '../../../supabase/functions/_shared/webhook-processing/redact-headers.ts';

const ID = '6f1c2a52-3e0c-4a39-9d7b-0d3f7d2f9a10';

describe('redactHeaders', () => {
  it('drops every credential-bearing header, including the endpoint’s own secret header', () => {
    const headers = new Headers({
      'content-type': 'application/json', 'user-agent': 'Stripe/1.0', 'stripe-signature': 't=1,v1=ab',
      authorization: 'Bearer x', cookie: 'a=b', 'x-hub-signature-256': 'sha256=00', 'x-twilio-signature': 'abc',
      'x-li-signature': 'ff', 'tiktok-signature': 't=1,s=2', 'x-api-key': 'k', apikey: 'k', 'x-scheduler-secret': 's',
      'x-ngenius-auth': 'secret-value', 'paypal-transmission-sig': 'sig', 'x-forwarded-for': '10.0.0.1',
    });
    expect(redactHeaders(headers, ['X-Ngenius-Auth', null])).toEqual({
      'content-type': 'application/json', 'user-agent': 'Stripe/1.0', 'x-forwarded-for': '10.0.0.1',
    });
  });

  it('shortens very long values', () => {
    const out = redactHeaders(new Headers({ 'x-long': 'a'.repeat(5000) }));
    expect(out['x-long']!.length).toBe(1025);
  });
});

describe('publicWebhookUrl', () => {
  const requestUrl = new URL(`http://127.0.0.1:54329/webhook-handler/${ID}?a=1&token=t`);
  const none = new Headers();
  it('prefers the endpoint’s configured URL, adding the request query unless it has its own', () => {
    expect(publicWebhookUrl({ endpointId: ID, requestUrl, headers: none, configuredUrl: 'https://hooks.example.com/x' }))
      .toBe('https://hooks.example.com/x?a=1&token=t');
    expect(publicWebhookUrl({ endpointId: ID, requestUrl, headers: none, configuredUrl: 'https://hooks.example.com/x?b=2' }))
      .toBe('https://hooks.example.com/x?b=2');
  });
  it('then the configured base, then x-forwarded-*, then the request origin', () => {
    expect(publicWebhookUrl({ endpointId: ID, requestUrl, headers: none, configuredUrl: null, baseUrl: 'https://ref.supabase.co/' }))
      .toBe(`https://ref.supabase.co/functions/v1/webhook-handler/${ID}?a=1&token=t`);
    const forwarded = new Headers({ 'x-forwarded-host': 'hub.example.ae', 'x-forwarded-proto': 'https' });
    expect(publicWebhookUrl({ endpointId: ID, requestUrl, headers: forwarded, configuredUrl: null }))
      .toBe(`https://hub.example.ae/functions/v1/webhook-handler/${ID}?a=1&token=t`);
    expect(publicWebhookUrl({ endpointId: ID, requestUrl: new URL(`http://127.0.0.1:1/webhook-handler/${ID}`), headers: none, configuredUrl: null }))
      .toBe(`http://127.0.0.1:1/functions/v1/webhook-handler/${ID}`);
  });
});

describe('readRawBody', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x/', { method: 'POST', body, headers });
  it('returns the exact bytes', async () => {
    const bytes = new Uint8Array([0xe4, 0x00, 0xff, 0x7b]);
    expect(await readRawBody(post(bytes), 10)).toEqual(bytes);
  });
  it('refuses a declared or an actual body over the limit', async () => {
    await expect(readRawBody(post('x', { 'content-length': '11' }), 10)).rejects.toBeInstanceOf(BodyTooLarge);
    await expect(readRawBody(post('x'.repeat(11)), 10)).rejects.toBeInstanceOf(BodyTooLarge);
    expect((await readRawBody(post('x'.repeat(10)), 10)).length).toBe(10);
  });
});

describe('classifyDbError', () => {
  const pg = (code: string) => Object.assign(new Error('x'), { name: 'PostgresError', code });
  it('sends the provider away to retry when the database is down or shutting down', () => {
    for (const e of [pg('08006'), pg('57P01'), pg('53300'), pg('40001'), { code: 'ECONNREFUSED' }, { code: 'CONNECTION_CLOSED' }, { code: 'DB_TIMEOUT' }]) {
      expect(classifyDbError(e)).toBe('unavailable');
    }
  });
  it('calls unstorable data bad input, and anything else ours', () => {
    expect(classifyDbError(pg('22P05'))).toBe('bad_input');
    expect(classifyDbError(pg('42883'))).toBe('internal');
    expect(classifyDbError(new TypeError('bug'))).toBe('internal');
    expect(classifyDbError(null)).toBe('internal');
  });
  it('withTimeout rejects as DB_TIMEOUT', async () => {
    const never = new Promise(() => {});
    await expect(withTimeout(never, 10)).rejects.toMatchObject({ code: 'DB_TIMEOUT' });
    await expect(withTimeout(Promise.resolve(1), 10)).resolves.toBe(1);
  });
});

describe('readRawBody with a declared length', () => {
  it('reads it whole, and still refuses a body that exceeds the limit despite its header', async () => {
    const req = (body: string, length: string) => new Request('http://x/', { method: 'POST', body, headers: { 'content-length': length } });
    expect(new TextDecoder().decode(await readRawBody(req('hello', '5'), 10))).toBe('hello');
    await expect(readRawBody(req('x'.repeat(20), '5'), 10)).rejects.toBeInstanceOf(BodyTooLarge);
  });
});
