import { dictionaryFor } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';

/**
 * A function's refusal as the dashboard shows it. Functions answer in English, so English
 * shows the function's own sentence; another language shows its sentence for the error's
 * code, with the function's words (often the provider's, e.g. "Your card was declined.")
 * kept after it in brackets.
 */
export function functionErrorMessage(error: { message: string; code?: string }, locale: Locale): string {
  if (locale === 'en') return error.message;
  const leads = dictionaryFor(locale).common.functionErrors;
  return `${leads[error.code ?? ''] ?? leads.internal} (${error.message})`;
}
