import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from '../../../supabase/functions/_shared/webhooks/bytes.ts';
import {
  hmac, hmacVerify, timingSafeEqualBase64, timingSafeEqualBytes, timingSafeEqualHex, timingSafeEqualText,
} from '../../../supabase/functions/_shared/webhooks/constant-time.ts';
import { bytes } from './support.ts';

describe('constant-time comparisons', () => {
  it('bytes: equal only when same length and content', () => {
    expect(timingSafeEqualBytes(bytes('abc'), bytes('abc'))).toBe(true);
    expect(timingSafeEqualBytes(bytes('abc'), bytes('abd'))).toBe(false);
    expect(timingSafeEqualBytes(bytes('abc'), bytes('abc\u0000'))).toBe(false);
    expect(timingSafeEqualBytes(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it('hex and base64: compare decoded bytes; malformed never matches', () => {
    expect(timingSafeEqualHex('00ff', '00FF')).toBe(true);
    expect(timingSafeEqualHex('00ff', '00fe')).toBe(false);
    expect(timingSafeEqualHex('zz', 'zz')).toBe(false);
    expect(timingSafeEqualBase64('AQI=', 'AQI')).toBe(true);
    expect(timingSafeEqualBase64('AQI=', 'AQM=')).toBe(false);
    expect(timingSafeEqualBase64('*', '*')).toBe(false);
  });

  it('text: for secrets of any length', async () => {
    expect(await timingSafeEqualText('token', 'token')).toBe(true);
    expect(await timingSafeEqualText('token', 'token2')).toBe(false);
    expect(await timingSafeEqualText('', 'x')).toBe(false);
  });

  it('codecs round-trip and are strict', () => {
    const b = new Uint8Array([0, 1, 254, 255]);
    expect(fromHex(toHex(b))).toEqual(b);
    expect(fromBase64(toBase64(b))).toEqual(b);
    expect(fromHex('abc')).toBeNull();
    expect(fromBase64('a b')).toBeNull();
  });
});

// V2 and V3 (PUBLIC, standard-webhooks): no provider here uses the spec, but they pin the
// HMAC/base64 building blocks, and Ed25519 support of the runtime, against published values.
describe('standard-webhooks vectors (building blocks)', () => {
  const signed = bytes('msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}');

  it('V2: v1 HMAC-SHA256 with the base64-decoded whsec_ key', async () => {
    const key = fromBase64('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')!;
    const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, signed));
    expect(`v1,${toBase64(mac)}`).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    expect(await crypto.subtle.verify('HMAC', cryptoKey, fromBase64('g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=')!, signed)).toBe(true);
  });

  it('V3: v1a Ed25519 signature verifies with the derived public key', async () => {
    const key = await crypto.subtle.importKey('raw', fromBase64('ZlN4eg7dSSqi0moX9hQUk3orrOouK3QVQSlJa248c/g=')!, { name: 'Ed25519' }, false, ['verify']);
    const sig = fromBase64('tQ9V2XOqn7jL/DQenEFpqIugdBVtiMmER5mhSkXBNwM0mkATuDe6KYYUuxqtaiHeYGb7KaaBRdM5WqyeFiL8Ag==')!;
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, signed)).toBe(true);
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, bytes('tampered'))).toBe(false);
  });

  it('hmac/hmacVerify agree with each other and reject a wrong-length MAC', async () => {
    const mac = await hmac('SHA-256', 'k', bytes('m'));
    expect(await hmacVerify('SHA-256', 'k', bytes('m'), mac)).toBe(true);
    expect(await hmacVerify('SHA-256', 'k', bytes('m'), mac.slice(0, 31))).toBe(false);
  });
});
