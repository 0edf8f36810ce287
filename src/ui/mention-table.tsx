import { AppLink } from './app-link.tsx';
import type { ReactNode } from 'react';
import type { ItemPlace } from '@/bundle/indexes.ts';
import {
  mentionSentence,
  type MentionKind,
  type MentionRow,
  type MentionSentenceParts,
} from '@/bundle/mentions.ts';
import { placeFields, sourceFields, type CsvField } from './csv-fields.ts';
import { DownloadableTable } from './downloadable-table.tsx';
import { mentionPlace } from './place.ts';
import { SourceLink } from './source-link.tsx';
import { strings } from './strings.en.ts';

const m = strings.mentions;

/** "Not reviewed", in words, on every row: colour or position never carries it alone. */
export function NotReviewedMark() {
  return <span className="badge badge-not-reviewed">{m.notReviewed}</span>;
}

/**
 * The words a reader of the council's page saw, from web-service XML whose text is HTML escaped
 * inside it: the browser's own parser decodes it twice (XML, then the HTML within), in an inert
 * document, and only its text is kept. Nothing is ever inserted into the page as HTML.
 */
function seenText(raw: string): string {
  const text = (html: string) =>
    new DOMParser().parseFromString(html, 'text/html').body.textContent;
  // The parser drops the white space at the ends, which joins the mention to its words.
  const [lead, trail] = [/^\s*/.exec(raw)![0], /\s*$/.exec(raw)![0]];
  return `${lead ? ' ' : ''}${text(text(raw)).trim()}${trail ? ' ' : ''}`;
}

/** The sentence as plain text, as a reader sees it on the page: for the CSV download. */
function sentenceText(sentence: MentionSentenceParts): string {
  const show = sentence.markup ? seenText : (words: string) => words;
  return [
    sentence.cutBefore ? m.cut : '',
    show(sentence.before),
    show(sentence.quote),
    show(sentence.after),
    sentence.cutAfter ? m.cut : '',
  ].join('');
}

/** The sentence a mention sits in, the mention itself marked, cut ends shown as such. */
export function MentionSentence({ sentence }: { sentence: MentionSentenceParts }) {
  const show = sentence.markup ? seenText : (words: string) => words;
  return (
    <q className="mention-sentence">
      {sentence.cutBefore && m.cut}
      {show(sentence.before)}
      <strong>{show(sentence.quote)}</strong>
      {show(sentence.after)}
      {sentence.cutAfter && m.cut}
    </q>
  );
}

/**
 * Mentions one to a row: the quantity (linking to its words in the source), its sentence, where
 * it was said and a "not reviewed" mark. Paths are passed in: shared UI does not import the app.
 */
export function MentionTable<K extends MentionKind>({
  caption,
  quantityHeader,
  rows,
  quantity,
  quantityCsv,
  sourcePath,
  placePath,
}: {
  caption: string;
  quantityHeader: string;
  rows: readonly MentionRow<K>[];
  quantity: (row: MentionRow<K>) => ReactNode;
  /** The quantity as the download writes it: plain numbers, ISO dates. */
  quantityCsv: readonly CsvField<MentionRow<K>>[];
  sourcePath: (row: MentionRow<K>) => string;
  placePath: (place: ItemPlace) => string;
}) {
  return (
    <DownloadableTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.mention.id}
      columns={[
        {
          key: 'quantity',
          header: quantityHeader,
          rowHeader: true,
          csv: [...quantityCsv, ...sourceFields<MentionRow<K>>((r) => r.mention)],
          cell: (r) => (
            <SourceLink to={sourcePath(r)}>
              <span className="amount">{quantity(r)}</span>
            </SourceLink>
          ),
        },
        {
          key: 'sentence',
          header: m.colSentence,
          csv: (r) => sentenceText(mentionSentence(r)),
          // Cut out here, per drawn row, not for every mention in the bundle.
          cell: (r) => <MentionSentence sentence={mentionSentence(r)} />,
        },
        {
          key: 'said-at',
          header: m.colSaidAt,
          csv: placeFields<MentionRow<K>>(m.colSaidAt, (r) => r.place),
          cell: (r) =>
            r.place ? (
              <AppLink to={placePath(r.place)}>{mentionPlace(r.place)}</AppLink>
            ) : (
              mentionPlace(null)
            ),
        },
        {
          key: 'review',
          header: m.colReview,
          cell: () => <NotReviewedMark />,
          csv: () => m.notReviewed,
        },
      ]}
    />
  );
}
