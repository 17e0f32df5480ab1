import { z } from 'zod';
import { formatAed } from '../money/format.ts';
import { HttpError } from '../http/errors.ts';
import { ConversionError, convertFils, parseRate } from './currency-conversion.ts';

/** The payment_providers facts that decide whether and how a provider can take an amount. */
export interface PaymentFacts {
  provider_name: string;
  supports_aed: boolean;
  min_amount_fils: number | null;
  supported_currencies: string[];
  supports_refunds: boolean;
}

/** What is actually sent to the provider: AED fils, or an explicitly converted amount. */
export type ChargePlan =
  | { currency: 'AED'; amountMinor: number; conversion: null }
  | { currency: string; amountMinor: number; conversion: { rate: string } };

// settings.conversion on the connection: {"currency": "USD", "rate": "0.2723"} — the rate
// as text, so it is never a float, meaning units of that currency per 1 AED.
const conversionSetting = z.strictObject({
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO currency code such as USD'),
  rate: z.string({ error: 'must be a decimal string such as "0.2723"' }),
});

/**
 * Decides, before anything is recorded, how `fils` will be charged on this provider:
 * refuses AED where the provider has none (unless the organization configured a
 * conversion) and amounts under the provider's minimum, each with a message that says
 * what to do.
 */
export function planCharge(facts: PaymentFacts, settings: Record<string, unknown>, fils: number): ChargePlan {
  if (facts.supports_aed) {
    if (facts.min_amount_fils !== null && fils < facts.min_amount_fils) {
      throw new HttpError(
        'provider_refused',
        `${facts.provider_name}'s minimum charge in AED is ${formatAed(facts.min_amount_fils)}; ${formatAed(fils)} is below it.`,
      );
    }
    return { currency: 'AED', amountMinor: fils, conversion: null };
  }
  if (settings.conversion === undefined) {
    throw new HttpError(
      'provider_refused',
      `${facts.provider_name} does not support AED. To take this payment through ${facts.provider_name}, set a conversion ` +
        `currency and rate on the connection (settings.conversion, e.g. {"currency":"USD","rate":"0.2723"}); ` +
        `otherwise use a provider that takes AED (Stripe, Network International, Telr).`,
    );
  }
  const parsed = conversionSetting.safeParse(settings.conversion);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError('conflict', `The connection's settings.conversion is invalid: ${issue?.path.join('.') || 'value'} ${issue?.message}.`);
  }
  const { currency, rate } = parsed.data;
  if (!facts.supported_currencies.includes(currency)) {
    throw new HttpError('conflict', `The connection converts to ${currency}, which ${facts.provider_name} does not support.`);
  }
  const parsedRate = asHttpError('conflict', () => parseRate(rate));
  const amountMinor = asHttpError('provider_refused', () => convertFils(fils, parsedRate, currency));
  return { currency, amountMinor, conversion: { rate: parsedRate.text } };
}

/** A bad configured rate is the connection's problem (409); an amount too small to convert is this payment's (422). */
function asHttpError<T>(code: 'conflict' | 'provider_refused', run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ConversionError) throw new HttpError(code, `Cannot convert with the connection's rate: ${err.message}`);
    throw err;
  }
}
