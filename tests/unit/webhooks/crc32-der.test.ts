import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../supabase/functions/_shared/webhooks/crc32.ts';
import { DerError, ecdsaDerToRaw, readTlv } from '../../../supabase/functions/_shared/webhooks/der.ts';
import { parseCertificate, pemToDer } from '../../../supabase/functions/_shared/webhooks/x509.ts';
import { PAYPAL_BODY, PAYPAL_CERT_PEM } from './paypal-v4.fixture.ts';
import { bytes } from './support.ts';

describe('crc32', () => {
  it('matches the standard check value and the V4 body', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes(''))).toBe(0);
    // V4: zlib.crc32 of the raw body, written unsigned.
    expect(crc32(bytes(PAYPAL_BODY))).toBe(2771810304);
  });
});

describe('x509 / der', () => {
  it('reads the V4 certificate: DER hash, SPKI and validity dates', () => {
    const der = pemToDer(PAYPAL_CERT_PEM);
    expect(createHash('sha256').update(der).digest('hex')).toBe('f50fc46377dd7708d2280f67e90fd0d0c0de1a2ee0404b943bb2c59298d4a6eb');
    const cert = parseCertificate(der);
    expect(cert.notBefore.toISOString()).toBe('2015-03-18T00:00:00.000Z');
    expect(cert.notAfter.toISOString()).toBe('2017-03-22T12:00:00.000Z');
    // SPKI of a 2048-bit RSA key: SEQUENCE { rsaEncryption, BIT STRING }.
    expect(cert.spki.length).toBe(294);
    expect(Array.from(cert.spki.slice(0, 4))).toEqual([0x30, 0x82, 0x01, 0x22]);
  });

  it('throws DerError on truncated or non-certificate input', () => {
    expect(() => pemToDer('no pem here')).toThrow(DerError);
    expect(() => readTlv(new Uint8Array([0x30]), 0)).toThrow(DerError);
    expect(() => readTlv(new Uint8Array([0x30, 0x05, 0x00]), 0)).toThrow(DerError);
    expect(() => readTlv(new Uint8Array([0x30, 0x85, 1, 1, 1, 1, 1]), 0)).toThrow(DerError);
    expect(() => parseCertificate(new Uint8Array([0x30, 0x03, 0x30, 0x01, 0x00]))).toThrow(DerError);
  });

  it('converts DER ECDSA signatures to raw r||s that WebCrypto verifies', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = await crypto.subtle.importKey('spki', new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    for (let i = 0; i < 20; i++) {
      const message = bytes(`message ${i}`);
      const raw = ecdsaDerToRaw(sign('sha256', message, privateKey));
      expect(raw.length).toBe(64);
      expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, message)).toBe(true);
    }
    expect(() => ecdsaDerToRaw(new Uint8Array([0x30, 0x02, 0x02, 0x00]))).toThrow(DerError);
    expect(() => ecdsaDerToRaw(new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01, 0x00]))).toThrow(DerError);
    const tooBig = new Uint8Array([0x30, 0x26, 0x02, 0x21, ...new Array(33).fill(0x7f), 0x02, 0x01, 0x01]);
    expect(() => ecdsaDerToRaw(tooBig)).toThrow(DerError);
  });
});
