import { describe, expect, it } from 'vitest';
import { functionErrorMessage } from '../../../lib/functions/function-error-message';
import { dictionaryFor } from '../../../lib/i18n/dictionary';

const declined = { code: 'provider_refused', message: 'Stripe refused the payment: Your card was declined.' };

describe('a function\'s refusal in the dashboard\'s language', () => {
  it('English shows the function\'s own sentence', () => {
    expect(functionErrorMessage(declined, 'en')).toBe(declined.message);
    expect(functionErrorMessage({ message: 'Odd.' }, 'en')).toBe('Odd.');
  });

  it('Arabic leads with the sentence for its code and keeps the function\'s words after it', () => {
    expect(functionErrorMessage(declined, 'ar')).toBe(`رفض المزوّد الطلب (${declined.message})`);
    expect(functionErrorMessage({ code: 'something_new', message: 'Odd.' }, 'ar')).toBe('حدث خطأ من جهتنا (Odd.)');
  });

  it('Arabic has a sentence for every code the functions answer', async () => {
    const codes = ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'method_not_allowed', 'conflict', 'gone', 'payload_too_large',
      'provider_refused', 'rate_limited', 'internal', 'provider_failed', 'unavailable', 'provider_timeout'];
    for (const code of codes) expect(dictionaryFor('ar').common.functionErrors[code], code).toMatch(/\p{Script=Arabic}/u);
  });
});
