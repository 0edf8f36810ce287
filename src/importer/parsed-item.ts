/**
 * What every page form is read into for one agenda item or decision, before pages are merged.
 * Every part keeps its span of the stored text, so anything shown later can be traced to the
 * words it came from, and the read report can tell which lines each part holds.
 */
import type { ItemDocument } from '../bundle/schema.ts';
import type { Span } from './text-spans.ts';

export type ParsedResolution = { number: string; text: string; span: Span };
export type ParsedDecision = { text: string; resolutions: ParsedResolution[]; span: Span };
export type ParsedMinutes = {
  text: string;
  truncated: boolean;
  span: Span;
  /** The "... view the full minutes text" link that cut them short. */
  markerSpan?: Span;
};
/** A document as listed, with the words it was read from (null where it came from markup). */
export type ParsedDocument = ItemDocument & { span: Span | null };
/** A stretch of a page kept as text of its own: agenda text. */
export type ParsedText = { text: string; span: Span };
/** A labelled line the bundle has no field for ("Lead member: ..."), kept as printed. */
export type ParsedFact = { label: string; text: string; span: Span };
/** Where quantities may be looked for; `markup` where the span is escaped HTML inside XML. */
export type ProseSpan = Span & { markup?: boolean };

export type ParsedItem = {
  /** The "Meeting: ..." line (or, where the page has none, the line the date was read from). */
  headerLine: number;
  /** The meeting line, or the words an inferred date was read from. */
  headerSpan: Span;
  /** ISO day; null where the page names the meeting but not when it was. */
  date: string | null;
  /** Present where the page gives the meeting only in prose. */
  dateBasis?: 'inferred';
  /** Null where the page does not say which body met; merging may learn it from another page. */
  bodyName: string | null;
  /** Where the body was read from prose or a document's committee, with those words. */
  bodyBasis?: 'inferred';
  bodySpan?: Span;
  bodyDissolved: boolean;
  /** A decision taken by one member or an officer, at no meeting. */
  outsideMeeting?: boolean;
  /** The council site's own id for the meeting, where the page gives it. */
  siteMeetingId?: string;
  number: string | null;
  title: string;
  reportOf: string | null;
  reportOfSpan?: Span;
  documents: ParsedDocument[];
  additionalDocumentsUnlisted: boolean;
  decision: ParsedDecision | null;
  minutes: ParsedMinutes | null;
  agendaText: ParsedText | null;
  facts: ParsedFact[];
  /** Section labels read as such ("Decision:", "Minutes:", "Additional documents:"). */
  labels: Span[];
  /** The whole block, header to last word. */
  span: Span;
  /** Where quantities may be looked for: every stretch of the item's own words. */
  prose: ProseSpan[];
  /** The item line (or, without one, the item's block): the source of its title. */
  titleSpan: Span;
  /** The issue this item belongs to, where a page holds items of several issues. */
  issueTitle?: string;
  /** The minute's own number, where the page gives one that differs from the item number. */
  minutesNumber?: string;
  details?: ParsedDecisionDetails;
};

export type ParsedDecisionDetails = {
  maker: string | null;
  status: string | null;
  keyDecision: boolean | null;
  published: string | null;
  decidedOn: string | null;
  decidedAtMeeting: string | null;
  effectiveFrom: string | null;
  span: Span;
  /** The labelled lines the details were read from. */
  fieldSpans: Span[];
};
