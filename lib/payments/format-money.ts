import { formatAed } from '@/supabase/functions/_shared/money/format.ts';
import { minorToDecimalString } from '@/supabase/functions/_shared/payments/currency-conversion.ts';

// The edge functions' own money code, so the dashboard shows exactly what they charged:
// integer fils in, "AED 1,234.50" out, never through a float.
export { formatAed };

/** A converted charge, e.g. "USD 5.44" (PayPal cannot take AED). */
export function formatMinor(minor: number, currency: string): string {
  return `${currency} ${minorToDecimalString(minor, currency)}`;
}
