import { describe, expect, it } from 'vitest';
import { describeVerdict } from '../../../lib/health/health-verdict';
import { common as ar } from '../../../lib/i18n/ar/common';
import { common as en } from '../../../lib/i18n/en/common';

describe('describeVerdict', () => {
  it('renders each class the monitor stores in the reader\'s language from its figures', () => {
    const healthy = { error_class: null, http_status: 200, latency_ms: 42, message: 'HTTP 200 in 42 ms.' };
    expect(describeVerdict(healthy, en.verdicts)).toBe('HTTP 200 in 42 ms');
    expect(describeVerdict(healthy, ar.verdicts)).toBe('HTTP 200 خلال 42 ملّي ثانية');
    expect(describeVerdict({ error_class: 'auth', http_status: 401, latency_ms: 80, message: 'x' }, en.verdicts))
      .toBe('The provider refused the credentials (HTTP 401): check them');
    expect(describeVerdict({ error_class: 'timeout', http_status: null, latency_ms: 10_004, message: 'x' }, ar.verdicts)).toBe('لا رد خلال 10 ثانية');
  });

  it('keeps the stored message for a class it does not know, or a check without figures', () => {
    expect(describeVerdict({ error_class: 'something_new', http_status: null, latency_ms: null, message: 'As stored.' }, en.verdicts)).toBe('As stored.');
    expect(describeVerdict({ error_class: null, http_status: null, latency_ms: null, message: null }, en.verdicts)).toBe('');
  });

  it('has a translation for every class, in both languages', () => {
    expect(Object.keys(ar.verdicts).sort()).toEqual(Object.keys(en.verdicts).sort());
  });
});
