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

/** The sentence around a mention, split so the mention itself can be marked. */
export type MentionSentenceParts = {
  before: string;
  quote: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
  /** True where the document is web-service XML, whose words are escaped HTML. */
  markup: boolean;
};

export type MentionRow<K extends MentionKind = MentionKind> = {
  mention: MentionOf<K>;
  /** Where it was said; null where the mention belongs to no item the record has. */
  place: ItemPlace | null;
  /**
   * The text the mention was found in (shared with the bundle, not copied), or null where the
   * record lacks the document. Its sentence is cut out only when a row is drawn
   * (`mentionSentence`): a long council has tens of thousands of mentions and shows a screenful.
   */
  document: { text: string; markup: boolean } | null;
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
export function reviewedMentionIds(index: BundleIndex): Set<string> {
  return new Set(index.bundle.figures.flatMap((f) => [...f.mentionIds, ...(f.qualifiedBy ?? [])]));
}

type UnreviewedCounts = { total: number; byItem: Map<string, number> };

// Counted once per loaded record and kind: a trail asks again each time an issue is opened.
const countsOf = new WeakMap<BundleIndex, Map<MentionKind, UnreviewedCounts>>();

function unreviewedCounts(index: BundleIndex, kind: MentionKind): UnreviewedCounts {
  let kinds = countsOf.get(index);
  if (!kinds) countsOf.set(index, (kinds = new Map()));
  let counts = kinds.get(kind);
  if (!counts) {
    const reviewed = reviewedMentionIds(index);
    counts = { total: 0, byItem: new Map() };
    for (const m of index.bundle.mentions) {
      if (m.kind !== kind || reviewed.has(m.id)) continue;
      counts.total += 1;
      if (m.itemId !== null) counts.byItem.set(m.itemId, (counts.byItem.get(m.itemId) ?? 0) + 1);
    }
    kinds.set(kind, counts);
  }
  return counts;
}

/**
 * How many mentions of one kind no figure takes up, only those at the given items where they are
 * given. Counted without placing or sorting them: the overview and a trail need the number alone.
 */
export function countUnreviewedMentions(
  index: BundleIndex,
  kind: MentionKind,
  atItems?: Iterable<string>,
): number {
  const counts = unreviewedCounts(index, kind);
  if (!atItems) return counts.total;
  let count = 0;
  for (const id of new Set(atItems)) count += counts.byItem.get(id) ?? 0;
  return count;
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
  const rows: MentionRow<K>[] = [];
  // Many mentions share an item: one place object each, not one per mention.
  const places = new Map<string, ItemPlace | null>();
  const placeOf = (itemId: string) => {
    if (!places.has(itemId)) places.set(itemId, placeOfItem(index, itemId));
    return places.get(itemId)!;
  };
  for (const m of index.bundle.mentions) {
    if (m.kind !== kind || reviewed.has(m.id)) continue;
    const document = index.documentById.get(m.documentId);
    rows.push({
      mention: m as MentionOf<K>,
      place: m.itemId === null ? null : placeOf(m.itemId),
      // A split bundle's index holds no texts: such a row shows its quote alone.
      document:
        document?.text !== undefined
          ? { text: document.text, markup: document.kind.endsWith('-xml') }
          : null,
    });
  }
  // Plain comparison of ids, not localeCompare: ids are ASCII and this sorts every mention.
  return rows.sort(
    (a, b) =>
      compareDays(a.place?.date ?? null, b.place?.date ?? null) ||
      Number(a.place === null) - Number(b.place === null) ||
      (a.mention.documentId < b.mention.documentId
        ? -1
        : a.mention.documentId > b.mention.documentId
          ? 1
          : 0) ||
      a.mention.start - b.mention.start,
  );
}

/**
 * The sentence a row's mention sits in. Where the document is missing or its words at the
 * mention's offsets are not the quote, only the quote is shown rather than a wrong sentence.
 */
export function mentionSentence<K extends MentionKind>(row: MentionRow<K>): MentionSentenceParts {
  const { mention, document } = row;
  const text = document?.text ?? '';
  const markup = document?.markup ?? false;
  if (text.slice(mention.start, mention.end) !== mention.quote) {
    return {
      before: '',
      quote: mention.quote,
      after: '',
      cutBefore: false,
      cutAfter: false,
      markup,
    };
  }
  const around = sentenceAround(text, mention.start, mention.end);
  return {
    before: text.slice(around.start, mention.start),
    quote: mention.quote,
    after: text.slice(mention.end, around.end),
    cutBefore: around.cutBefore,
    cutAfter: around.cutAfter,
    markup,
  };
}
