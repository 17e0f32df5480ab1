// A minimal DER reader: just enough to take the public key and validity dates out of an
// X.509 certificate (PayPal) and to turn a DER ECDSA signature into raw r||s (SendGrid).
// No package for this is installed, and WebCrypto cannot import a certificate directly.
// Every read is bounds-checked and throws DerError, which callers turn into a rejection.

export class DerError extends Error {}

export interface Tlv {
  tag: number;
  /** Offset of the first byte of the whole element (tag byte). */
  start: number;
  /** Offset of the first content byte. */
  contentStart: number;
  /** Offset just past the element. */
  end: number;
}

export const TAG = { INTEGER: 0x02, BIT_STRING: 0x03, SEQUENCE: 0x30, UTC_TIME: 0x17, GENERALIZED_TIME: 0x18 } as const;

export function readTlv(bytes: Uint8Array, start: number, limit = bytes.length): Tlv {
  const tag = bytes[start];
  let lengthByte = bytes[start + 1];
  if (tag === undefined || lengthByte === undefined) throw new DerError('truncated element');
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not supported');
  let at = start + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new DerError('unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[at++];
      if (lengthByte === undefined) throw new DerError('truncated length');
      length = length * 256 + lengthByte;
    }
  }
  const end = at + length;
  if (end > limit) throw new DerError('element overruns its parent');
  return { tag, start, contentStart: at, end };
}

/** Reads an element and insists on its tag. */
export function expectTlv(bytes: Uint8Array, start: number, tag: number, limit?: number): Tlv {
  const tlv = readTlv(bytes, start, limit);
  if (tlv.tag !== tag) throw new DerError(`expected tag 0x${tag.toString(16)}, got 0x${tlv.tag.toString(16)}`);
  return tlv;
}

/** The direct children of a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const child = readTlv(bytes, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

/** DER ECDSA-Sig-Value SEQUENCE { r INTEGER, s INTEGER } → fixed-width r||s for WebCrypto. */
export function ecdsaDerToRaw(der: Uint8Array, size = 32): Uint8Array<ArrayBuffer> {
  const seq = expectTlv(der, 0, TAG.SEQUENCE);
  if (seq.end !== der.length) throw new DerError('trailing bytes after signature');
  const r = expectTlv(der, seq.contentStart, TAG.INTEGER, seq.end);
  const s = expectTlv(der, r.end, TAG.INTEGER, seq.end);
  if (s.end !== seq.end) throw new DerError('unexpected fields in signature');
  const out = new Uint8Array(size * 2);
  [r, s].forEach((int, i) => {
    let value = der.subarray(int.contentStart, int.end);
    // DER adds a 0x00 before a high bit so the INTEGER stays positive; drop such zeros.
    while (value.length > 0 && value[0] === 0) value = value.subarray(1);
    if (value.length > size) throw new DerError('integer too large for the curve');
    out.set(value, size * (i + 1) - value.length);
  });
  return out;
}
