/**
 * The text composer's core: templates with {slots}, filled from the item's own facts first and
 * then from the shared word lists, recursively, so that a few hundred fragments combine into
 * minutes that rarely repeat. A sentence is a list of segments; a segment with a tag marks words
 * an annotation will quote, so their exact span is known once the page is written out, without
 * searching the page for them.
 */
import type { Random } from './random.ts';
import type { Tag } from './tags.ts';

export type Segment = { text: string; tags?: readonly Tag[] };
/** One paragraph: printed on one line, as saved ModernGov pages print them. */
export type Paragraph = Segment[];

/** A slot's words: fixed, a choice, or made fresh each time (amounts, dates). */
export type SlotValue = string | readonly string[] | (() => string);
export type Slots = Readonly<Record<string, SlotValue>>;

const SLOT = /\{(\w+)\}/g;

export function fill(
  rng: Random,
  template: string,
  slots: Slots,
  grammar: Slots,
  depth = 0,
): string {
  if (depth > 8) throw new Error(`slots nest too deep in "${template}"`);
  return template.replace(SLOT, (_, name: string) => {
    const value = slots[name] ?? grammar[name];
    if (value === undefined) throw new Error(`no words for {${name}} in "${template}"`);
    const chosen =
      typeof value === 'string' ? value : typeof value === 'function' ? value() : rng.pick(value);
    return chosen.includes('{') ? fill(rng, chosen, slots, grammar, depth + 1) : chosen;
  });
}

/** The sentence with its first letter in capitals, as a sentence that opens with a slot needs. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
