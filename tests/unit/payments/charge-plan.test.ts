import { describe, expect, it } from 'vitest';
import { planCharge, type PaymentFacts } from '../../../supabase/functions/_shared/payments/charge-plan.ts';
import { createPaymentBody } from '../../../supabase/functions/_shared/payments/payment-request.schema.ts';

const stripe: PaymentFacts = { provider_name: 'Stripe', supports_aed: true, min_amount_fils: 200, supported_currencies: ['AED'], supports_refunds: true };
const paypal: PaymentFacts = { provider_name: 'PayPal', supports_aed: false, min_amount_fils: null, supported_currencies: ['USD', 'EUR'], supports_refunds: true };

describe('planning a charge before anything is recorded', () => {
  it('charges AED fils as they are where the provider takes AED, above its minimum', () => {
    expect(planCharge(stripe, {}, 200)).toEqual({ currency: 'AED', amountMinor: 200, conversion: null });
    expect(() => planCharge(stripe, {}, 199)).toThrow("Stripe's minimum charge in AED is AED 2.00; AED 1.99 is below it.");
  });

  it('refuses AED on PayPal with what to do, unless a conversion is configured', () => {
    expect(() => planCharge(paypal, {}, 1000)).toThrow(/^PayPal does not support AED\./);
    expect(planCharge(paypal, { conversion: { currency: 'USD', rate: '0.2723' } }, 1999))
      .toEqual({ currency: 'USD', amountMinor: 544, conversion: { rate: '0.2723' } });
  });

  it('says exactly what is wrong with a configured conversion', () => {
    const bad = (conversion: unknown) => () => planCharge(paypal, { conversion }, 1000);
    expect(bad({ currency: 'GBP', rate: '0.2' })).toThrow('The connection converts to GBP, which PayPal does not support.');
    expect(bad({ currency: 'USD', rate: 0.27 })).toThrow(/settings\.conversion is invalid: rate must be a decimal string/);
    expect(bad({ currency: 'USD', rate: 'abc' })).toThrow(/Cannot convert with the connection's rate: The rate "abc"/);
  });
});

describe('the create-payment body', () => {
  const base = { connection_id: '5edab6d7-5946-43f4-b8c7-06b29c272bdd', currency: 'aed', order_reference: 'ORD-1', idempotency_key: 'key-12345' };
  it('turns decimal AED into exact fils and normalises the currency', () => {
    for (const [amount, fils] of [['0.07', 7], ['19.99', 1999], ['1234.50', 123450]] as const) {
      expect(createPaymentBody.parse({ ...base, amount })).toMatchObject({ amount: fils, currency: 'AED' });
    }
  });
  it('refuses 1.005, numbers and other currencies', () => {
    expect(createPaymentBody.safeParse({ ...base, amount: '1.005' }).error?.issues[0]?.message).toMatch(/more than two decimals/);
    expect(createPaymentBody.safeParse({ ...base, amount: 12.5 }).success).toBe(false);
    expect(createPaymentBody.safeParse({ ...base, amount: '1.00', currency: 'USD' }).success).toBe(false);
  });
});
