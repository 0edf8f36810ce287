/**
 * Plurals and lists in en-GB, for the app's strings and the importer's messages alike. Intl
 * holds the language's rules, so no sentence decides "1 meeting" or a final "and" by hand, and a
 * translation swaps the locale here rather than rewriting every sentence.
 */
const LOCALE = 'en-GB';

const pluralRules = new Intl.PluralRules(LOCALE);
const andFormat = new Intl.ListFormat(LOCALE, { type: 'conjunction' });
const orFormat = new Intl.ListFormat(LOCALE, { type: 'disjunction' });
const plainFormat = new Intl.ListFormat(LOCALE, { type: 'unit' });

/**
 * The forms of a phrase by plural category. English has only `one` and `other`; the rest are
 * optional so that a language with more can name them, and fall back to `other`.
 */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { one: T; other: T };

/** `plural(n, { one: 'it is', other: 'they are' })`: the form the count calls for. */
export function plural<T>(n: number, forms: PluralForms<T>): T {
  return forms[pluralRules.select(n)] ?? forms.other;
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return andFormat.format(items);
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  return orFormat.format(items);
}

/** "PDF, 44 KB": facts side by side, where "and" would read as if they were one list. */
export function plainList(items: readonly string[]): string {
  return plainFormat.format(items);
}

/**
 * The separators that would join `count` items into an "and" list, one before each item (the
 * first is empty), for lists of elements that cannot be joined as strings, such as links.
 */
export function andListSeparators(count: number): string[] {
  const placeholders = Array.from({ length: count }, (_, i) => String(i));
  const separators: string[] = [];
  let pending = '';
  for (const part of andFormat.formatToParts(placeholders)) {
    if (part.type === 'literal') pending += part.value;
    else {
      separators.push(pending);
      pending = '';
    }
  }
  return separators;
}
