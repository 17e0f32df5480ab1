import { describe, expect, it } from 'vitest';
import { callerAddress, FORWARDED_IP_HEADER, signForwardedIp, verifiedForwardedIp } from '../../../supabase/functions/_shared/http/forwarded-ip.ts';

const SECRET = 'a-forwarded-ip-secret-of-32-chars-or-more';
const TOKEN = 'eyJ.user-token.sig';
const NOW = Date.UTC(2026, 11, 7, 10, 0, 0);
const call = (value: string | null, token = TOKEN, extra: Record<string, string> = {}) => new Headers({
  authorization: `Bearer ${token}`, 'x-forwarded-for': '10.0.0.9', ...(value === null ? {} : { [FORWARDED_IP_HEADER]: value }), ...extra,
});

describe('forwarded browser address (dashboard → functions)', () => {
  it('is taken when signed for this call\'s token within a minute', async () => {
    const value = await signForwardedIp(SECRET, '203.0.113.7', TOKEN, NOW);
    expect(await verifiedForwardedIp(call(value), SECRET, NOW + 59_000)).toBe('203.0.113.7');
    expect(await callerAddress(call(await signForwardedIp(SECRET, '2001:db8::7', TOKEN)), SECRET)).toBe('2001:db8::7');
  });

  it('is refused when made up, moved, stale, tampered with or unsigned; the caller\'s own address is used then', async () => {
    const value = await signForwardedIp(SECRET, '203.0.113.7', TOKEN, NOW);
    const refused = [
      call(value, 'another-users-token'),                                   // moved to another user's call
      call(value.replace('203.0.113.7', '203.0.113.8')),                     // another address
      call(await signForwardedIp('another-secret-of-32-chars-or-more!!', '203.0.113.7', TOKEN, NOW)),
      call('203.0.113.7'),                                                  // unsigned
      call(`${value};more`),
      call('not an address;1;' + '0'.repeat(64)),
    ];
    for (const headers of refused) expect(await verifiedForwardedIp(headers, SECRET, NOW)).toBeNull();
    expect(await verifiedForwardedIp(call(value), SECRET, NOW + 61_000)).toBeNull(); // stale
    expect(await verifiedForwardedIp(call(value), undefined, NOW)).toBeNull();     // functions without the secret
    expect(await callerAddress(call('203.0.113.7'), SECRET)).toBe('10.0.0.9');      // the last X-Forwarded-For hop
  });
});
