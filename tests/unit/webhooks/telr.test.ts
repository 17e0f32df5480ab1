import { describe, expect, it } from 'vitest';
import { TELR_CHECK_FIELDS, telrCheck } from '../../../supabase/functions/_shared/webhooks/verifiers/telr.ts';
import { verifyWebhook } from '../../../supabase/functions/_shared/webhooks/verify.ts';
import { expectAccepted, expectRejected, makeInput } from './support.ts';

// V8e (DERIVED; the field order itself is UNCONFIRMED by Telr).
const SECRET = 'mysecret';
const VALUES = ['1234', 'sale', 'ecom', '1', '040035754014', '040035754014', '040035754014', 'AED', '10.50', '12324', 'My purchase', 'A', '078251', 'Authorised'];
const CHECK = '8a28e6f68adfe94b0799d7caf82e6741d3eb74a1';
const advice = () => new URLSearchParams(TELR_CHECK_FIELDS.map((name, i) => [name, VALUES[i]!]));

const telr = (form: URLSearchParams, secret = SECRET) =>
  verifyWebhook('telr_sha1_check', makeInput({
    body: form.toString(), secret, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }));

describe('telr_sha1_check', () => {
  it('V8e: SHA-1 of secret:fields matches, and the advice verifies (percent-decoded)', async () => {
    expect(await telrCheck(SECRET, advice())).toBe(CHECK);
    const form = advice();
    form.set('tran_check', CHECK);
    form.set('card_last4', '1111'); // fields outside the list are not signed
    expect(form.toString()).toContain('tran_desc=My+purchase');
    const ok = expectAccepted(await telr(form));
    expect(ok).toMatchObject({ eventId: '040035754014', eventType: 'sale' });
    expect(ok.payload).toMatchObject({ tran_desc: 'My purchase', tran_amount: '10.50' });
    form.set('tran_check', CHECK.toUpperCase());
    expectAccepted(await telr(form));
  });

  it('missing fields count as empty strings', async () => {
    const form = new URLSearchParams({ tran_ref: 'R1', tran_status: 'A' });
    form.set('tran_check', await telrCheck(SECRET, form));
    expect(expectAccepted(await telr(form)).eventId).toBe('R1');
  });

  it('rejects tampered fields, a wrong secret, a missing or malformed tran_check', async () => {
    const form = advice();
    form.set('tran_check', CHECK);
    form.set('tran_amount', '1000.50');
    expectRejected(await telr(form), 401, SECRET, /signature/);
    const good = advice();
    good.set('tran_check', CHECK);
    expectRejected(await telr(good, 'othersecret'), 401, SECRET, /signature/);
    expectRejected(await telr(advice()), 401, SECRET, /missing tran_check/);
    for (const bad of ['zz', CHECK.slice(1), `${CHECK}00`]) {
      good.set('tran_check', bad);
      expectRejected(await telr(good), 400, SECRET, /malformed/);
    }
  });
});
