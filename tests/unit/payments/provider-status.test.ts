import { describe, expect, it } from 'vitest';
import {
  ngeniusStatus, nextPaymentStatus, paypalCaptureStatus, paypalOrderStatus, stripeStatus, telrStatus,
} from '../../../supabase/functions/_shared/payments/provider-status.ts';
import { cleanProviderMessage, refused, timedOut, unavailable } from '../../../supabase/functions/_shared/payments/provider-call-error.ts';

describe('provider statuses → payment statuses', () => {
  it('maps each provider\'s words, and leaves unknown ones alone', () => {
    expect(stripeStatus('requires_payment_method')).toBe('requires_action');
    expect(stripeStatus('succeeded')).toBe('succeeded');
    expect(paypalOrderStatus('CREATED')).toBe('requires_action');
    expect(paypalOrderStatus('APPROVED')).toBe('processing');
    expect(paypalCaptureStatus('DECLINED')).toBe('failed');
    expect(ngeniusStatus('PURCHASED')).toBe('succeeded');
    expect(ngeniusStatus('AWAIT_3DS')).toBe('requires_action');
    expect(telrStatus('3')).toBe('succeeded');
    expect(telrStatus('-3')).toBe('failed');
    expect(stripeStatus('toString')).toBeNull();
    expect(telrStatus(null)).toBeNull();
  });

  it('only moves a payment forward, so a status check never undoes a refund', () => {
    expect(nextPaymentStatus('requires_action', 'succeeded')).toBe('succeeded');
    expect(nextPaymentStatus('partially_refunded', 'succeeded')).toBeNull();
    expect(nextPaymentStatus('succeeded', 'requires_action')).toBeNull();
  });
});

describe('provider call failures', () => {
  it('carry the status and a one-line provider message', () => {
    expect([refused('Stripe', 'Your card\nwas declined.').status, refused('Stripe', 'Your card\nwas declined.').message])
      .toEqual([422, 'Stripe refused: Your card was declined.']);
    expect(refused('Telr', null, 400).message).toBe('Telr refused: HTTP 400');
    expect(unavailable('PayPal', 'HTTP 503').status).toBe(502);
    expect(timedOut('Telr', 15_000)).toMatchObject({ status: 504, message: expect.stringMatching(/within 15 s/) });
    expect(cleanProviderMessage('x'.repeat(600))).toHaveLength(500);
  });
});
