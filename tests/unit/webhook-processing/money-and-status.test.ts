import { describe, expect, it } from 'vitest';
import { decimalToMinor, refundedFils } from '../../../supabase/functions/_shared/webhook-processing/money.ts';
import { nextPaymentStatus, nextShipmentStatus } from '../../../supabase/functions/_shared/webhook-processing/status-order.ts';

describe('decimalToMinor', () => {
  it('converts by the currency’s exponent without floats', () => {
    expect(decimalToMinor('10.50', 'AED')).toBe(1050);
    expect(decimalToMinor('0.1', 'USD')).toBe(10);
    expect(decimalToMinor('1000', 'JPY')).toBe(1000);
    expect(decimalToMinor('1.234', 'KWD')).toBe(1234);
    expect(decimalToMinor('19.990', 'USD')).toBe(1999);
    expect(decimalToMinor(12.5, 'AED')).toBe(1250);
  });
  it('refuses what is not a plain amount', () => {
    for (const bad of ['-1', '1e3', '1.005', 'abc', '', '99999999999999999999']) expect(decimalToMinor(bad, 'USD')).toBeNull();
    expect(decimalToMinor(null, 'USD')).toBeNull();
  });
});

describe('refundedFils', () => {
  it('is the minor amount for AED payments, converted at the payment’s ratio otherwise, capped', () => {
    expect(refundedFils(2500, 10_000, null)).toBe(2500);
    expect(refundedFils(20_000, 10_000, null)).toBe(10_000);
    // 100.00 AED charged as 27.23 USD: refunding 13.62 USD is half (rounded) of 10,000 fils.
    expect(refundedFils(1362, 10_000, 2723)).toBe(5002);
    expect(refundedFils(2723, 10_000, 2723)).toBe(10_000);
  });
});

describe('nextPaymentStatus', () => {
  it('only moves forward', () => {
    expect(nextPaymentStatus('created', 'succeeded')).toBe('succeeded');
    expect(nextPaymentStatus('failed', 'succeeded')).toBe('succeeded');
    expect(nextPaymentStatus('succeeded', 'failed')).toBeNull();
    expect(nextPaymentStatus('succeeded', 'succeeded')).toBeNull();
    expect(nextPaymentStatus('succeeded', 'partially_refunded')).toBe('partially_refunded');
    expect(nextPaymentStatus('refunded', 'partially_refunded')).toBeNull();
    expect(nextPaymentStatus('refunded', 'succeeded')).toBeNull();
  });
});

describe('nextShipmentStatus', () => {
  const t = (iso: string) => new Date(iso);
  it('applies newer scans, skips older ones, and nothing follows delivered', () => {
    expect(nextShipmentStatus('label_created', t('2026-01-01T10:00Z'), 'in_transit', t('2026-01-01T11:00Z'))).toBe('in_transit');
    expect(nextShipmentStatus('in_transit', t('2026-01-01T11:00Z'), 'label_created', t('2026-01-01T10:00Z'))).toBeNull();
    expect(nextShipmentStatus('delivered', null, 'exception', t('2026-01-02T00:00Z'))).toBeNull();
    expect(nextShipmentStatus('exception', t('2026-01-01T11:00Z'), 'in_transit', t('2026-01-01T12:00Z'))).toBe('in_transit');
  });
  it('a scan without a time may not move a parcel backwards', () => {
    expect(nextShipmentStatus('out_for_delivery', null, 'in_transit', null)).toBeNull();
    expect(nextShipmentStatus('in_transit', null, 'delivered', null)).toBe('delivered');
  });
});
