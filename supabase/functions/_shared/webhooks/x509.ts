// Pulls what PayPal verification needs out of a PEM certificate: the SubjectPublicKeyInfo
// (importable by crypto.subtle as 'spki') and the validity window. Chain and name checks
// are not done here: the certificate is trusted because it came over HTTPS from a PayPal
// host (see verifiers/paypal.ts).
import { type Bytes, fromBase64 } from './bytes.ts';
import { children, DerError, expectTlv, TAG, type Tlv } from './der.ts';

export interface Certificate {
  spki: Bytes;
  notBefore: Date;
  notAfter: Date;
}

export function pemToDer(pem: string): Bytes {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  const der = match?.[1] ? fromBase64(match[1].replace(/\s+/g, '')) : null;
  if (!der) throw new DerError('not a PEM certificate');
  return der;
}

function readTime(der: Uint8Array, tlv: Tlv): Date {
  const text = new TextDecoder().decode(der.subarray(tlv.contentStart, tlv.end));
  // UTCTime YYMMDDHHMMSSZ (years 1950-2049, RFC 5280) or GeneralizedTime YYYYMMDDHHMMSSZ.
  const m = tlv.tag === TAG.UTC_TIME
    ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
    : tlv.tag === TAG.GENERALIZED_TIME ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : null;
  if (!m) throw new DerError('unsupported time format');
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const year = tlv.tag === TAG.UTC_TIME ? (y >= 50 ? 1900 + y : 2000 + y) : y;
  return new Date(Date.UTC(year, mo - 1, d, h, mi, s));
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }. */
export function parseCertificate(der: Uint8Array): Certificate {
  const cert = expectTlv(der, 0, TAG.SEQUENCE);
  const tbs = expectTlv(der, cert.contentStart, TAG.SEQUENCE, cert.end);
  const fields = children(der, tbs);
  // An explicit [0] version comes first in v2/v3 certificates; skip it when present.
  const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  // serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, ...
  const validity = rest[3];
  const spki = rest[5];
  if (validity?.tag !== TAG.SEQUENCE || spki?.tag !== TAG.SEQUENCE) throw new DerError('not an X.509 certificate');
  const [notBefore, notAfter] = children(der, validity);
  if (!notBefore || !notAfter) throw new DerError('validity is incomplete');
  return {
    spki: new Uint8Array(der.subarray(spki.start, spki.end)),
    notBefore: readTime(der, notBefore),
    notAfter: readTime(der, notAfter),
  };
}
