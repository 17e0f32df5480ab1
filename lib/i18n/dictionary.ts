import { ar } from './ar';
import { en } from './en';
import type { Locale } from './locales';

// Every message is a string; the English shape is the contract the Arabic must match.
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dictionary = Widen<typeof en>;

const DICTIONARIES: Record<Locale, Dictionary> = { en, ar };

export function dictionaryFor(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
