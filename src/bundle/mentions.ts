/**
 * Quantities the importer found in the record's own words ("mentions") that no editor has yet
 * said the meaning of. They are listed one by one: the record does not say whether two mentions
 * are the same money, so nothing here adds them up.
 */
import { compareDays, placeOfItem, type BundleIndex, type ItemPlace } from './indexes.ts';
import type { Mention } from './schema.ts';

export type MentionKind = Mention['kind'];
export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;

/** The sentence a mention sits in, as offsets into its document's text. */
export type SentenceSpan = {
  start: number;
  end: number;
  /** True where a very long sentence was cut short around the mention. */
  cutBefore: boolean;
  cutAfter: boolean;
};

export type MentionRow<K extends MentionKind = MentionKind> = {
  mention: MentionOf<K>;
  /** Where it was said; null where the mention belongs to no item the record has. */
  place: ItemPlace | null;
  /**
   * The sentence around the mention, split so the mention itself can be marked. `markup` is
   * true where the document is web-service XML, whose words are escaped HTML.
   */
  sentence: {
    before: string;
    quote: string;
    after: string;
    cutBefore: boolean;
    cutAfter: boolean;
    markup: boolean;
  };
};

const ENDS = '.!?';
/** Characters of a sentence kept on each side of the mention before it is cut short. */
const MAX_SIDE = 160;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * The sentence around `start`..`end`: back to the previous line break or sentence end ('.', '!'
 * or '?' followed by a space), on to the next. "£1.580 million" keeps its point, because a point
 * ends a sentence only before a space. Very long sentences are cut at a word near MAX_SIDE.
 */
export function sentenceAround(text: string, start: number, end: number): SentenceSpan {
  let from = start;
  while (from > 0) {
    const c = text[from - 1]!;
    if (c === '\n' || (ENDS.includes(c) && isSpace(text[from]))) break;
    from -= 1;
  }
  let to = end;
  while (to < text.length) {
    const c = text[to]!;
    if (c === '\n') break;
    if (ENDS.includes(c) && isSpace(text[to + 1])) {
      to += 1;
      break;
    }
    to += 1;
  }
  while (from < start && isSpace(text[from])) from += 1;
  while (to > end && isSpace(text[to - 1])) to -= 1;

  let cutBefore = false;
  let cutAfter = false;
  if (start - from > MAX_SIDE) {
    const space = text.indexOf(' ', start - MAX_SIDE);
    from = space >= 0 && space < start ? space + 1 : start - MAX_SIDE;
    cutBefore = true;
  }
  if (to - end > MAX_SIDE) {
    const space = text.lastIndexOf(' ', end + MAX_SIDE);
    to = space > end ? space : end + MAX_SIDE;
    cutAfter = true;
  }
  return { start: from, end: to, cutBefore, cutAfter };
}

/** Mentions an editor has already tied to a figure, as its amount or what qualifies it. */
function reviewedMentionIds(index: BundleIndex): Set<string> {
  return new Set(index.bundle.figures.flatMap((f) => [...f.mentionIds, ...(f.qualifiedBy ?? [])]));
}

/**
 * Mentions of one kind that no figure takes up, oldest meeting first (those with no date, or at
 * no item, last), then in the order the record prints them.
 */
export function unreviewedMentions<K extends MentionKind>(
  index: BundleIndex,
  kind: K,
): MentionRow<K>[] {
  const reviewed = reviewedMentionIds(index);
  const rows = index.bundle.mentions
    .filter((m): m is MentionOf<K> => m.kind === kind && !reviewed.has(m.id))
    .map((mention) => {
      const place = mention.itemId === null ? null : placeOfItem(index, mention.itemId);
      const document = index.documentById.get(mention.documentId);
      const text = document?.text ?? mention.quote;
      const inText = text.slice(mention.start, mention.end) === mention.quote;
      const around = inText
        ? sentenceAround(text, mention.start, mention.end)
        : { start: 0, end: 0, cutBefore: false, cutAfter: false };
      return {
        mention,
        place,
        sentence: {
          before: inText ? text.slice(around.start, mention.start) : '',
          quote: mention.quote,
          after: inText ? text.slice(mention.end, around.end) : '',
          cutBefore: around.cutBefore,
          cutAfter: around.cutAfter,
          markup: document?.kind.endsWith('-xml') ?? false,
        },
      };
    });
  return rows.sort(
    (a, b) =>
      compareDays(a.place?.date ?? null, b.place?.date ?? null) ||
      Number(a.place === null) - Number(b.place === null) ||
      a.mention.documentId.localeCompare(b.mention.documentId) ||
      a.mention.start - b.mention.start,
  );
}
