import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../../lib/i18n/dictionary';
import { fill } from '../../../lib/i18n/fill';
import { directionOf, isLocale } from '../../../lib/i18n/locales';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('dictionaries', () => {
  const en = new Map(leaves(dictionaryFor('en') as unknown as Tree));
  const ar = new Map(leaves(dictionaryFor('ar') as unknown as Tree));

  it('translate every English message, nothing more', () => {
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of ar) expect(text.trim(), key).not.toBe('');
  });

  it('keep the same placeholders', () => {
    for (const [key, text] of en) expect(placeholders(ar.get(key)!), key).toEqual(placeholders(text));
  });

  it('are Arabic in Arabic (apart from codes and the language switch)', () => {
    const latinOnly = [...ar].filter(([key, text]) => !/[\u0600-\u06FF]/.test(text) && !['common.none', 'common.locale.switchTo'].includes(key));
    expect(latinOnly).toEqual([]);
  });
});

describe('locale helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('Updated {time} by {who}', { time: '10:00' })).toBe('Updated 10:00 by {who}');
  });

  it('knows the languages and their direction', () => {
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
});
