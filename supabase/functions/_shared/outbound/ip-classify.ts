import { parseIPv4, parseIPv6 } from './ip-address.ts';

/** Why an address is (not) a fit for an outbound call; only 'public' may be called. */
export type AddressClass =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link_local'
  | 'cgnat'
  | 'unique_local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'documentation'
  | 'reserved'
  | 'invalid';

type Range = readonly [prefix: readonly number[], bits: number, cls: AddressClass];

// IANA IPv4 special-purpose registry, reduced to what matters for SSRF. First match wins.
const V4: readonly Range[] = [
  [[0, 0, 0, 0], 32, 'unspecified'],
  [[0], 8, 'reserved'], // "this network"
  [[10], 8, 'private'],
  [[100, 64], 10, 'cgnat'],
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'link_local'], // incl. cloud metadata 169.254.169.254
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'reserved'],
  [[192, 0, 2], 24, 'documentation'],
  [[192, 88, 99], 24, 'reserved'], // 6to4 relay anycast
  [[192, 168], 16, 'private'],
  [[198, 18], 15, 'reserved'], // benchmarking
  [[198, 51, 100], 24, 'documentation'],
  [[203, 0, 113], 24, 'documentation'],
  [[224], 4, 'multicast'],
  [[255, 255, 255, 255], 32, 'broadcast'],
  [[240], 4, 'reserved'],
];

// IPv6 ranges that do not embed an IPv4 address (those are unwrapped first).
const V6: readonly Range[] = [
  [[], 128, 'unspecified'], // filled with zeros by matches()
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'reserved'], // discard-only
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01], 23, 'reserved'], // IETF protocol assignments incl. Teredo
  [[0xfc], 7, 'unique_local'],
  [[0xfe, 0x80], 10, 'link_local'],
  [[0xfe, 0xc0], 10, 'private'], // deprecated site-local
  [[0xff], 8, 'multicast'],
];

function matches(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const want = prefix[i / 8] ?? 0;
    const have = bytes[i / 8] ?? 0;
    const mask = bits - i >= 8 ? 0xff : (0xff << (8 - (bits - i))) & 0xff;
    if ((want & mask) !== (have & mask)) return false;
  }
  return true;
}

function classifyV4(bytes: readonly number[]): AddressClass {
  for (const [prefix, bits, cls] of V4) if (matches(bytes, prefix, bits)) return cls;
  return 'public';
}

const startsWith = (bytes: readonly number[], prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function classifyV6(bytes: readonly number[]): AddressClass {
  const zeros10 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  // IPv4-mapped ::ffff:a.b.c.d and NAT64 64:ff9b::a.b.c.d reach the embedded IPv4 host.
  if (startsWith(bytes, [...zeros10, 0xff, 0xff])) return classifyV4(bytes.slice(12));
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0])) return classifyV4(bytes.slice(12));
  // 6to4 2002:a.b.c.d::/48 tunnels to the embedded IPv4 address.
  if (startsWith(bytes, [0x20, 0x02])) return classifyV4(bytes.slice(2, 6));
  for (const [prefix, bits, cls] of V6) if (matches(bytes, prefix, bits)) return cls;
  // Deprecated IPv4-compatible ::a.b.c.d, local-use NAT64 64:ff9b:1::/48 and everything
  // outside global unicast 2000::/3 has no business being a provider's address.
  if (startsWith(bytes, [...zeros10, 0, 0])) return 'reserved';
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, 0, 1])) return 'reserved';
  if (((bytes[0] ?? 0) & 0xe0) !== 0x20) return 'reserved';
  return 'public';
}

/** Classifies an IPv4 or IPv6 literal (brackets and zone ids accepted). */
export function classifyAddress(address: string): AddressClass {
  const v4 = parseIPv4(address);
  if (v4) return classifyV4(v4);
  const v6 = parseIPv6(address);
  if (v6) return classifyV6(v6);
  return 'invalid';
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

export function isIpLiteral(host: string): boolean {
  return parseIPv4(host) !== null || parseIPv6(host) !== null;
}
