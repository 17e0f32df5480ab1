import { describe, expect, it } from 'vitest';
import { classifyAddress, isIpLiteral, isPublicAddress } from '../../../supabase/functions/_shared/outbound/ip-classify.ts';
import { parseIPv4, parseIPv6 } from '../../../supabase/functions/_shared/outbound/ip-address.ts';

const TABLE: [string, string][] = [
  // IPv4
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'reserved'],
  ['10.0.0.5', 'private'],
  ['10.255.255.255', 'private'],
  ['100.63.255.255', 'public'],
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.255', 'cgnat'],
  ['100.128.0.0', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.0.9', 'loopback'],
  ['169.254.169.254', 'link_local'],
  ['169.254.0.1', 'link_local'],
  ['172.15.255.255', 'public'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.0', 'public'],
  ['192.0.0.8', 'reserved'],
  ['192.0.2.10', 'documentation'],
  ['192.88.99.1', 'reserved'],
  ['192.167.255.255', 'public'],
  ['192.168.1.1', 'private'],
  ['192.169.0.0', 'public'],
  ['198.18.0.1', 'reserved'],
  ['198.19.255.255', 'reserved'],
  ['198.20.0.0', 'public'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.9', 'documentation'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  ['8.8.8.8', 'public'],
  ['151.101.1.69', 'public'],
  // IPv6
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['[::ffff:7f00:1]', 'loopback'],
  ['::ffff:10.0.0.5', 'private'],
  ['::ffff:169.254.169.254', 'link_local'],
  ['::ffff:a9fe:a9fe', 'link_local'],
  ['::ffff:8.8.8.8', 'public'],
  ['::127.0.0.1', 'reserved'], // deprecated IPv4-compatible
  ['64:ff9b::127.0.0.1', 'loopback'], // NAT64 to a loopback
  ['64:ff9b::8.8.8.8', 'public'],
  ['64:ff9b:1::1', 'reserved'],
  ['2002:7f00:1::', 'loopback'], // 6to4 of 127.0.0.1
  ['2002:0808:0808::1', 'public'],
  ['100::1', 'reserved'],
  ['2001:db8::1', 'documentation'],
  ['2001::1', 'reserved'], // Teredo
  ['fc00::1', 'unique_local'],
  ['fd12:3456:789a::1', 'unique_local'],
  ['fe80::1', 'link_local'],
  ['fe80::1%eth0', 'link_local'],
  ['febf::1', 'link_local'],
  ['fec0::1', 'private'],
  ['ff02::1', 'multicast'],
  ['::2', 'reserved'],
  ['4000::1', 'reserved'],
  ['2606:4700:4700::1111', 'public'],
  ['2a03:2880:f10c:83:face:b00c:0:25de', 'public'],
  // Not addresses
  ['localhost', 'invalid'],
  ['127.1', 'invalid'],
  ['0127.0.0.1', 'invalid'],
  ['256.1.1.1', 'invalid'],
  ['1.2.3.4.5', 'invalid'],
  ['::ffff:1.2.3', 'invalid'],
  ['1:2:3:4:5:6:7:8:9', 'invalid'],
  ['1::2::3', 'invalid'],
  ['12345::1', 'invalid'],
  ['', 'invalid'],
];

describe('classifyAddress', () => {
  it.each(TABLE)('%s → %s', (address, cls) => {
    expect(classifyAddress(address)).toBe(cls);
  });

  it('calls only public addresses public', () => {
    for (const [address, cls] of TABLE) expect(isPublicAddress(address)).toBe(cls === 'public');
  });
});

describe('address parsing', () => {
  it('expands IPv6 forms to 16 bytes', () => {
    expect(parseIPv6('::')).toEqual(new Array(16).fill(0));
    expect(parseIPv6('1::')).toEqual([0, 1, ...new Array(14).fill(0)]);
    expect(parseIPv6('::ffff:1.2.3.4')?.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 1, 2, 3, 4]);
    expect(parseIPv6('1:2:3:4:5:6:7::')).toHaveLength(16);
    expect(parseIPv6('1:2:3:4:5:6:7:8::')).toBeNull();
    expect(parseIPv6(':1::')).toBeNull();
  });

  it('accepts only strict dotted quads', () => {
    expect(parseIPv4('1.2.3.4')).toEqual([1, 2, 3, 4]);
    expect(parseIPv4('01.2.3.4')).toBeNull();
    expect(parseIPv4('0x7f.0.0.1')).toBeNull();
  });

  it('tells literals from host names', () => {
    expect(isIpLiteral('10.0.0.1')).toBe(true);
    expect(isIpLiteral('[fe80::1]')).toBe(true);
    expect(isIpLiteral('api.stripe.com')).toBe(false);
  });
});
