import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../supabase/functions/_shared/webhook-processing/normalize.ts';
import { telrCheck } from '../../../supabase/functions/_shared/webhooks/verifiers/telr.ts';

const event = (provider: string, eventType: string | null, payload: unknown) =>
  normalizeEvent({ id: 'e1', provider, eventType, payload });

describe('Stripe', () => {
  const intent = (type: string, object: Record<string, unknown>) => event('stripe', type, { id: 'evt_1', type, data: { object } });
  it('moves the PaymentIntent’s payment on succeeded / payment_failed / canceled', () => {
    expect(intent('payment_intent.succeeded', { id: 'pi_1' })).toEqual([{ kind: 'payment', providerPaymentIds: ['pi_1'], status: 'succeeded' }]);
    expect(intent('payment_intent.payment_failed', { id: 'pi_1', last_payment_error: { message: 'Your card was declined.' } }))
      .toEqual([{ kind: 'payment', providerPaymentIds: ['pi_1'], status: 'failed', failureReason: 'Your card was declined.' }]);
    expect(intent('payment_intent.canceled', { id: 'pi_1' })[0]).toMatchObject({ status: 'canceled' });
  });
  it('charge.refunded carries the cumulative amount and whether it is full', () => {
    expect(intent('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', amount_refunded: 2500, refunded: false }))
      .toEqual([{ kind: 'refund', providerPaymentIds: ['pi_1', 'ch_1'], full: false, totalRefundedMinor: 2500 }]);
    expect(intent('charge.refunded', { id: 'ch_1', amount_refunded: 10000, refunded: true })[0]).toMatchObject({ full: true });
  });
  it('anything else is recorded with a note, and a missing id never throws', () => {
    expect(intent('customer.created', { id: 'cus_1' })).toEqual([{ kind: 'ignore', note: 'no action for stripe customer.created' }]);
    expect(event('stripe', 'payment_intent.succeeded', 'not an object')[0]).toMatchObject({ kind: 'ignore' });
  });
});

describe('PayPal', () => {
  const resource = { id: 'CAP-1', supplementary_data: { related_ids: { order_id: 'ORDER-1' } } };
  it('captures move the payment, matched by order id then capture id', () => {
    expect(event('paypal', 'PAYMENT.CAPTURE.COMPLETED', { id: 'WH-1', resource }))
      .toEqual([{ kind: 'payment', providerPaymentIds: ['ORDER-1', 'CAP-1'], status: 'succeeded' }]);
    expect(event('paypal', 'PAYMENT.CAPTURE.DENIED', { resource })[0]).toMatchObject({ status: 'failed', failureReason: 'capture denied' });
  });
  it('refunds carry the refund’s amount (decimal → minor units) and the total when PayPal gives it', () => {
    const refund = {
      id: 'REF-1', amount: { value: '10.50', currency_code: 'USD' },
      seller_payable_breakdown: { total_refunded_amount: { value: '20.00', currency_code: 'USD' } },
      links: [{ rel: 'up', href: 'https://api-m.paypal.com/v2/payments/captures/CAP-9' }],
    };
    expect(event('paypal', 'PAYMENT.CAPTURE.REFUNDED', { resource: refund })).toEqual([{
      kind: 'refund', providerPaymentIds: ['CAP-9'], full: false, totalRefundedMinor: 2000, amountMinor: 1050, providerRefundId: 'REF-1',
    }]);
  });
  it('CHECKOUT.ORDER.* is an order event', () => {
    expect(event('paypal', 'CHECKOUT.ORDER.APPROVED', { resource: { id: 'ORDER-7' } }))
      .toEqual([{ kind: 'notification', notificationKind: 'order_event', title: 'Order event: CHECKOUT.ORDER.APPROVED', body: 'Order ORDER-7' }]);
  });
});

describe('Telr transaction advice', () => {
  const advice = (fields: Record<string, string>) => event('telr', fields.tran_type ?? null, fields);
  it('maps type and status', () => {
    expect(advice({ tran_type: 'sale', tran_status: 'A', tran_cartid: 'cart-1', tran_ref: '0300' }))
      .toEqual([{ kind: 'payment', providerPaymentIds: ['cart-1', '0300'], status: 'succeeded' }]);
    expect(advice({ tran_type: 'sale', tran_status: 'D', tran_cartid: 'cart-1', tran_authmessage: 'Declined' })[0])
      .toMatchObject({ status: 'failed', failureReason: 'Declined' });
    expect(advice({ tran_type: 'auth', tran_status: 'H', tran_cartid: 'c' })[0]).toMatchObject({ status: 'processing' });
    expect(advice({ tran_type: 'void', tran_status: 'A', tran_cartid: 'c' })[0]).toMatchObject({ status: 'canceled' });
  });
  it('a refund advice refunds its amount against the original transaction', () => {
    expect(advice({ tran_type: 'refund', tran_status: 'A', tran_ref: 'R-2', tran_prevref: '0300', tran_cartid: 'cart-1', tran_amount: '12.5', tran_currency: 'AED' }))
      .toEqual([{ kind: 'refund', providerPaymentIds: ['cart-1', '0300'], full: false, amountMinor: 1250, providerRefundId: 'R-2' }]);
  });
  it('works on the payload the Telr verifier stores (form fields as an object)', async () => {
    const form = new URLSearchParams({ tran_type: 'capture', tran_status: 'A', tran_ref: 'T1', tran_cartid: 'cart-9' });
    form.set('tran_check', await telrCheck('s', form));
    expect(event('telr', 'capture', Object.fromEntries(form))[0]).toMatchObject({ kind: 'payment', status: 'succeeded' });
  });
});

describe('N-Genius', () => {
  const ng = (eventName: string) => event('network_international', eventName, { eventName, order: { reference: 'ord-1' } });
  it('maps event names by meaning', () => {
    expect(ng('CAPTURED')).toEqual([{ kind: 'payment', providerPaymentIds: ['ord-1'], status: 'succeeded' }]);
    expect(ng('PURCHASED')[0]).toMatchObject({ status: 'succeeded' });
    expect(ng('AUTHORISED')[0]).toMatchObject({ status: 'processing' });
    expect(ng('AWAIT_3DS')[0]).toMatchObject({ status: 'requires_action' });
    expect(ng('PURCHASE_DECLINED')[0]).toMatchObject({ status: 'failed' });
    expect(ng('REFUNDED')).toEqual([{ kind: 'refund', providerPaymentIds: ['ord-1'], full: true }]);
    expect(ng('PARTIALLY_REFUNDED')[0]).toMatchObject({ kind: 'refund', full: false });
    expect(ng('REFUND_FAILED')[0]).toMatchObject({ kind: 'ignore' });
  });
});
