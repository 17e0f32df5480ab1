import { describe, expect, it } from 'vitest';
import { clientIp } from '../../../supabase/functions/_shared/http/client-ip.ts';
import { bodyForLog, LOG_BODY_BYTES, pathForLog } from '../../../supabase/functions/_shared/proxy/log-entry.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const SECRET = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';

describe('log entries', () => {
  it('take the client IP from what the platform set (CF-Connecting-IP, else the last X-Forwarded-For hop), only when it is an address', () => {
    // The first hops are the client's own words; the last one is what the nearest proxy saw.
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('10.0.0.1');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9', 'cf-connecting-ip': '198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9', 'cf-connecting-ip': 'forged' }))).toBe('203.0.113.9');
    expect(clientIp(new Headers({ 'x-forwarded-for': 'fe80::1%eth0' }))).toBeNull();
    expect(clientIp(new Headers({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp(new Headers({ 'x-forwarded-for': '2001:db8::1' }))).toBe('2001:db8::1');
    expect(clientIp(new Headers({ 'x-forwarded-for': 'unknown' }))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
  });

  it('keep the path and harmless query, never a secret parameter or value', () => {
    expect(pathForLog(`/v1/charges?limit=3&api_key=x&q=${SECRET}`, [SECRET])).toBe('/v1/charges?limit=3');
    expect(pathForLog(`/v1/keys/${SECRET}/x`, [SECRET])).toBe('/v1/keys/[redacted]/x');
  });

  it('store textual bodies redacted and capped, binary ones described', () => {
    expect(bodyForLog(enc(`{"password":"hunter22","card":"${SECRET}","amount":100}`), 'application/json', [SECRET]))
      .toBe('{"password":"[redacted]","card":"[redacted]","amount":100}');
    expect(bodyForLog(enc('ivp_authkey=abcd1234&ivp_amount=10'), 'application/x-www-form-urlencoded', []))
      .toBe('ivp_authkey=[redacted]&ivp_amount=10');
    expect(bodyForLog(new Uint8Array(2000), 'application/pdf', [])).toBe('[2000 bytes of application/pdf]');
    expect(bodyForLog(null, 'application/json', [])).toBeNull();
    const long = bodyForLog(enc('x'.repeat(20_000)), 'text/plain', [])!;
    expect(long.startsWith('x'.repeat(LOG_BODY_BYTES))).toBe(true);
    expect(long).toMatch(/truncated/);
  });

  it('redact a secret that straddles the stored cap', () => {
    const text = `${'a'.repeat(LOG_BODY_BYTES - 10)}${SECRET}`;
    expect(bodyForLog(enc(text), 'text/plain', [SECRET])).not.toContain(SECRET.slice(0, 10));
  });
});
