import { describe, expect, it } from 'vitest';
import { twilioParamString, twilioUrlVariants } from '../../../supabase/functions/_shared/webhooks/verifiers/twilio.ts';
import { verifyWebhook, type VerifyOptions } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// PUBLIC vectors from twilio-php tests/Twilio/Unit/RequestValidatorTest.php and twilio-csharp
// test/Twilio.Test/Security/RequestValidatorTest.cs (the "V5" set PROVIDERS.md §15 refers to,
// which is missing from WEBHOOK-VECTORS.md). Auth token "12345".
const TOKEN = '12345';
const URL_ = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = 'CallSid=CA1234567890ABCDE&From=%2B14158675309&Digits=1234&To=%2B18005551212&Caller=%2B14158675309';
const JSON_BODY = '{"property": "value", "boolean": true}';
const BODY_HASH = '0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

function twilio(signature: string | null, url: string, body = PARAMS, options: VerifyOptions = {}, secret = TOKEN) {
  const headers: Record<string, string> = body === JSON_BODY ? { 'content-type': 'application/json' } : { ...FORM };
  if (signature !== null) headers['X-Twilio-Signature'] = signature;
  return verifyWebhook('twilio_hmac_sha1', makeInput({ url, body, headers, secret }), options);
}

describe('twilio_hmac_sha1: SDK vectors', () => {
  it.each([
    ['the documented example', URL_, 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
    ['https with port 1234 removed', 'https://mycompany.com:1234/myapp.php?foo=1&bar=2', 'RSOYDt4T1cUTdK1PDd93/VVr8B8='],
    ['http with port 1234 kept', 'http://mycompany.com:1234/myapp.php?foo=1&bar=2', 'Zmvh+3yNM1Phv2jhDCwEM3q5ebU='],
    ['https with :443 added', URL_, 'kvajT1Ptam85bY51eRf/AJRuM3w='],
    ['http with :80 added', 'http://mycompany.com/myapp.php?foo=1&bar=2', '0ZXoZLH/DfblKGATFgpif+LLRf4='],
    ['https custom port kept', 'https://mycompany.com:1234/myapp.php?foo=1&bar=2', 'CYn1h0gLBdNxDGkKJg6hYohgeD8='],
    ['user:pass@ preserved', 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2', 'CukzLTc1tT5dXEDIHm/tKBanW10='],
    ['user@ preserved', 'https://user@mycompany.com/myapp.php?foo=1&bar=2', '2YRLlVAflCqxaNicjMpJcSTgzSs='],
    ['user:pass@ with :443 added', 'https://user:pass@mycompany.com/myapp.php?foo=1&bar=2', 'ZQFR1PTIZXF2MXB8ZnKCvnnA+rI='],
  ])('accepts %s', async (_name, url, signature) => {
    expectAccepted(await twilio(signature, url));
  });

  it.each([
    ['mixed-case host', 'https://MyCompany.com/myapp.php?foo=1&bar=2', 'g9IN/x4Cft2g517EjYvEvM/W7LU='],
    ['mixed-case host with port', 'https://MyCompany.com:1234/myapp.php?foo=1&bar=2', 'PCqOZm8cnu/L6+u5i5fuEd+Iac4='],
    ['mixed-case host, http :80 added', 'http://MyCompany.com/myapp.php?foo=1&bar=2', 'XY7AlKOKL6im4yWyX84gldUrtis='],
    ['credentials preserved', 'http://username:password@MyCompany.com/myapp.php?foo=1&bar=2', 'PJ08CxXr7KLPjEQCTc8LkUSMwSM='],
    ['upper-case scheme', 'HTTP://username:password@MyCompany.com/myapp.php?foo=1&bar=2', 'hy/l8pca+LFms4cvRdv8uiP6NGc='],
    ['mixed-case credentials', 'http://Username:Password@MyCompany.com/myapp.php?foo=1&bar=2', 'SkTSKyDJH9kUlhItI0slbgZ1UsI='],
  ])('accepts %s when given the URL exactly as configured (signedUrl)', async (_name, url, signature) => {
    // A URL object lowercases scheme and host, so case-sensitive vectors need the configured string.
    expectAccepted(await twilio(signature, url.toLowerCase(), PARAMS, { signedUrl: url }));
    expectRejected(await twilio('RSOYDt4T1cUTdK1PDd93/VVr8B8=', url.toLowerCase(), PARAMS, { signedUrl: url }), 401, TOKEN);
  });

  it('repeated parameter names: values de-duplicated and sorted', async () => {
    const body = 'Sid=CA123&SidAccount=AC123&Digits=5678&Digits=1234&Digits=1234';
    expect(twilioParamString(new URLSearchParams(body))).toBe('Digits1234Digits5678SidCA123SidAccountAC123');
    expectAccepted(await twilio('IK+Dwps556ElfBT0I3Rgjkr1wJU=', URL_, body));
  });

  it('JSON bodies: the signature covers the URL with bodySHA256, and the body must match it', async () => {
    const ok = expectAccepted(await twilio('a9nBmqA0ju/hNViExpshrM61xv4=', `${URL_}&bodySHA256=${BODY_HASH}`, JSON_BODY));
    expect(ok.payload).toEqual({ property: 'value', boolean: true });
    expectAccepted(await twilio('y77kIzt2vzLz71DgmJGsen2scGs=', `https://mycompany.com/myapp.php?bodySHA256=${BODY_HASH}`, JSON_BODY));
    expectRejected(await twilio('a9nBmqA0ju/hNViExpshrM61xv4=', `${URL_}&bodySHA256=${BODY_HASH}`, JSON_BODY.replace('true', 'false')), 401, TOKEN, /bodySHA256/);
    // Without bodySHA256 a JSON body is read as form data and the form signature fails.
    expectRejected(await twilio('RSOYDt4T1cUTdK1PDd93/VVr8B8=', URL_, JSON_BODY), 401, TOKEN, /signature/);
  });
});

describe('twilio_hmac_sha1: rejections and ids', () => {
  it('rejects tampering, a wrong token, an extra query parameter, missing and malformed headers', async () => {
    const sig = 'RSOYDt4T1cUTdK1PDd93/VVr8B8=';
    expectRejected(await twilio(sig, URL_, PARAMS.replace('Digits=1234', 'Digits=9999')), 401, TOKEN, /signature/);
    expectRejected(await twilio(sig, URL_, PARAMS, {}, '54321'), 401, '54321', /signature/);
    expectRejected(await twilio(sig, `${URL_}&extra=1`), 401, TOKEN, /signature/);
    expectRejected(await twilio(null, URL_), 401, TOKEN, /missing/);
    for (const bad of ['FAIL', 'NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=', '***', '']) {
      expectRejected(await twilio(bad, URL_), bad === '' ? 401 : 400, TOKEN);
    }
  });

  it('url variants keep case and userinfo, drop or add ports', () => {
    expect(twilioUrlVariants('HTTP://u:p@Host.com/x?y=1')).toEqual(['HTTP://u:p@Host.com/x?y=1', 'HTTP://u:p@Host.com:80/x?y=1']);
    expect(twilioUrlVariants('https://h.com:8443/x')).toEqual(['https://h.com:8443/x', 'https://h.com/x']);
  });

  it('status callbacks dedupe on MessageSid + MessageStatus', async () => {
    const { createHmac } = await import('node:crypto');
    const body = 'MessageSid=SM123&MessageStatus=delivered&To=%2B971500000000';
    const sig = createHmac('sha1', TOKEN).update(`${URL_}MessageSidSM123MessageStatusdeliveredTo+971500000000`).digest('base64');
    expect(expectAccepted(await twilio(sig, URL_, body))).toMatchObject({ eventId: 'SM123:delivered', eventType: 'delivered' });
  });
});
