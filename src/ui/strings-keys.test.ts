// @vitest-environment node
/**
 * Every key in strings.en.ts is used by the app, and no sentence is written twice. Duplicate
 * keys need no test here: TypeScript already rejects an object literal that repeats a key
 * (TS1117), and the typecheck runs in `npm test`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStringsUsage, type StringsUsage } from '@/test/strings-usage.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Groups of keys the app reads without naming each key, so no check can tell which of them are
 * used: looked up with a plain `string`, or handed whole to other code. Each needs a reason. A
 * lookup whose key has a union type ('meeting' | 'due' | 'phase') names exactly those keys and
 * needs no entry.
 */
const READ_WHOLE: Readonly<Record<string, string>> = {};

/**
 * Labels of up to this many words (a column, a filter, a heading) may repeat: "Date" or "Status"
 * in two views can need different words in a translation. Longer text is a sentence, and two
 * copies of one sentence are how one gets reworded and the other forgotten.
 */
const LONGEST_LABEL_WORDS = 3;

describe('the strings file', () => {
  let usage: StringsUsage;
  beforeAll(() => {
    usage = readStringsUsage(ROOT, join(ROOT, 'src/ui/strings.en.ts'));
  }, 120_000);

  const inGroupReadWhole = (path: string) =>
    Object.keys(READ_WHOLE).some((group) => path.startsWith(`${group}.`));

  it('has no key that the app never uses', () => {
    const unused = usage.keys
      .map((key) => key.path)
      .filter((path) => !usage.used.has(path) && !inGroupReadWhole(path));
    expect(unused).toEqual([]);
  });

  it('lists, with a reason, exactly the groups the app reads whole', () => {
    const unlisted = [...usage.readWhole]
      .filter(([group]) => !(group in READ_WHOLE))
      .map(([group, where]) => `${group} (${where})`);
    const noLongerReadWhole = Object.keys(READ_WHOLE).filter(
      (group) => !usage.readWhole.has(group),
    );
    expect({ unlisted, noLongerReadWhole }).toEqual({ unlisted: [], noLongerReadWhole: [] });
  });

  it('writes no sentence under two keys', () => {
    const byText = new Map<string, string[]>();
    for (const { path, text } of usage.keys) {
      if (text.split(' ').length > LONGEST_LABEL_WORDS) {
        byText.set(text, [...(byText.get(text) ?? []), path]);
      }
    }
    const repeated = [...byText.values()]
      .filter((paths) => paths.length > 1)
      .map((paths) => paths.join(' = '));
    expect(repeated).toEqual([]);
  });
});
