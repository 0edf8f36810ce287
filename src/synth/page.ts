/**
 * Lays items out as ModernGov prints them, recording where every part lands: the "Issue -
 * meetings" page of an issue (newest meeting first), and for a meeting the record cannot date,
 * an "Agenda item" page saved without its meeting line. The spans follow the importer's rules
 * (a part's span is its words without the white space around them; a resolution starts after
 * its number; cut minutes stop before the "view the full minutes text" link), so a quote is
 * always `text.slice(start, end)` and the importer reads the same parts from the same page.
 */
import { ukDate } from './calendar.ts';
import type { Paragraph } from './compose.ts';
import type { ItemContent } from './item-content.ts';
import type { PlannedStep } from './plan.ts';
import type { Tag } from './tags.ts';

export type Span = { start: number; end: number };

export type LaidOutItem = {
  step: PlannedStep;
  content: ItemContent;
  /** The whole block, meeting line (or page title line) to its last word. */
  span: Span;
  /** The meeting line; for an undated item, the title line that stands in for it. */
  headerSpan: Span;
  /** Where the page names the body in prose (undated items only). */
  bodySpan: Span | null;
  agenda: Span | null;
  decision: { span: Span; resolutions: Array<{ number: string; span: Span }> } | null;
  minutes: { span: Span; truncated: boolean } | null;
  tags: Array<{ tag: Tag; span: Span }>;
};

export type LaidOutPage = {
  fileName: string;
  title: string;
  kind: 'moderngov-issue-meetings' | 'moderngov-agenda-item';
  text: string;
  items: LaidOutItem[];
};

/** Appends text and says where it went. */
class PageText {
  private readonly parts: string[] = [];
  length = 0;

  add(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length };
  }

  toString(): string {
    return this.parts.join('');
  }
}

type Collected = Array<{ tag: Tag; span: Span }>;

function writeParagraph(page: PageText, paragraph: Paragraph, tags: Collected): Span {
  const start = page.length;
  for (const segment of paragraph) {
    const at = page.add(segment.text);
    for (const tag of segment.tags ?? []) tags.push({ tag, span: at });
  }
  return { start, end: page.length };
}

function writeDecision(
  page: PageText,
  item: ItemContent,
  tags: Collected,
): LaidOutItem['decision'] {
  const decision = item.decision!;
  if (decision.single) {
    const span = writeParagraph(page, decision.single, tags);
    if (decision.reasons) span.end = page.add(`\n\n${decision.reasons}`).end;
    return { span, resolutions: [] };
  }
  const start = page.add(decision.opening).start;
  const resolutions: Array<{ number: string; span: Span }> = [];
  decision.numbered.forEach((p, k) => {
    page.add(`\n\n${k + 1}. `);
    resolutions.push({ number: String(k + 1), span: writeParagraph(page, p, tags) });
  });
  return { span: { start, end: page.length }, resolutions };
}

/** Minutes and, where they end in it, the decision; the "view the full minutes" cut if any. */
function writeMinutes(
  page: PageText,
  item: ItemContent,
  tags: Collected,
): { minutes: Span; truncated: boolean; decision: LaidOutItem['decision'] } {
  const paragraphs = item.minutes!;
  const start = page.length;
  let end = start;
  let truncated = false;
  paragraphs.forEach((p, k) => {
    if (k > 0) page.add('\n\n');
    const last = k === paragraphs.length - 1;
    if (last && item.cutAfterWords !== null) {
      // The page keeps the first words of the paragraph, then its link to the rest.
      const words = p
        .map((s) => s.text)
        .join('')
        .split(' ');
      page.add(words.slice(0, item.cutAfterWords).join(' '));
      end = page.length;
      page.add(` \u00a0...\u00a0 view the full minutes text for item ${item.number}`);
      truncated = true;
      return;
    }
    end = writeParagraph(page, p, tags).end;
  });
  let decision: LaidOutItem['decision'] = null;
  if (item.decision?.inMinutes) {
    page.add('\n\n');
    decision = writeDecision(page, item, tags);
    end = page.length;
  }
  return { minutes: { start, end }, truncated, decision };
}

function writeItemBody(
  page: PageText,
  item: ItemContent,
  tags: Collected,
  withLabels: 'issue-page' | 'agenda-item',
) {
  let agenda: Span | null = null;
  if (item.reportOf) page.add(`${item.reportOf}\n\n`);
  if (item.agenda) {
    agenda = writeParagraph(page, item.agenda, tags);
    page.add('\n\n');
  }
  if (item.additional) {
    page.add('Additional documents:\n\n');
    for (const d of item.additional) page.add(`${d.title} pdf icon PDF ${d.sizeKb} KB\n\n`);
  }
  let decision: LaidOutItem['decision'] = null;
  let minutes: LaidOutItem['minutes'] = null;
  const writeLabelledDecision = () => {
    if (item.decision && !item.decision.inMinutes) {
      page.add('Decision:\n\n');
      decision = writeDecision(page, item, tags);
      page.add('\n\n');
    }
  };
  // An issue page prints the decision before the minutes; a saved agenda item page the minutes
  // first, so the words that name the body are the first the importer reads.
  if (withLabels === 'issue-page') writeLabelledDecision();
  if (item.minutes) {
    page.add('Minutes:\n\n');
    const written = writeMinutes(page, item, tags);
    minutes = { span: written.minutes, truncated: written.truncated };
    decision = written.decision ?? decision;
    page.add('\n\n');
  }
  if (withLabels === 'agenda-item') writeLabelledDecision();
  return { agenda, decision, minutes };
}

export function layOutIssuePage(
  fileName: string,
  title: string,
  items: ReadonlyArray<{ step: PlannedStep; content: ItemContent }>,
): LaidOutPage {
  const page = new PageText();
  page.add(`Issue - meetings\n\n${title}\n\n`);
  const laid: LaidOutItem[] = [];
  // Newest meeting first, as the page lists them.
  const ordered = [...items].sort((a, b) => b.step.day - a.step.day);
  ordered.forEach(({ step, content }, k) => {
    if (k > 0) page.add('\n');
    const tags: Collected = [];
    const dissolved = step.body.dissolved ? ' - dissolved' : '';
    const headerSpan = page.add(
      `Meeting: ${ukDate(step.date)} - ${step.body.name}${dissolved} (Item ${content.number})`,
    );
    page.add('\n\n');
    page.add(`${content.number} ${content.title} pdf icon PDF ${content.reportSizeKb} KB\n\n`);
    const parts = writeItemBody(page, content, tags, 'issue-page');
    laid.push({
      step,
      content,
      span: { start: headerSpan.start, end: lastWordEnd(page) },
      headerSpan,
      bodySpan: null,
      ...parts,
      tags,
    });
  });
  return {
    fileName,
    title: `Issue - meetings: ${title}`,
    kind: 'moderngov-issue-meetings',
    text: page.toString(),
    items: laid,
  };
}

export function layOutAgendaItemPage(
  fileName: string,
  step: PlannedStep,
  content: ItemContent,
): LaidOutPage {
  const page = new PageText();
  page.add('Agenda item\n\n');
  const headerSpan = page.add(`Agenda item - ${content.number}. ${content.title}`);
  page.add(`\n\nItem ${content.number}\n\n`);
  const tags: Collected = [];
  const parts = writeItemBody(page, content, tags, 'agenda-item');
  page.add(`Supporting documents:\n\n`);
  page.add(`${content.title} pdf icon PDF ${content.reportSizeKb} KB\n`);
  // The opening words of the minutes name the body: "The Planning Committee considered ...".
  const opening = `The ${step.body.name} `;
  const at = parts.minutes!.span.start;
  const text = page.toString();
  if (text.slice(at, at + opening.length) !== opening) {
    throw new Error(`an undated item's minutes must open by naming its body (${fileName})`);
  }
  return {
    fileName,
    title: `Agenda item: ${content.title}`,
    kind: 'moderngov-agenda-item',
    text,
    items: [
      {
        step,
        content,
        span: { start: headerSpan.start, end: text.trimEnd().length },
        headerSpan,
        bodySpan: { start: at + 4, end: at + opening.length - 1 },
        ...parts,
        tags,
      },
    ],
  };
}

/** The end of the last character that is not white space: where a trimmed span ends. */
function lastWordEnd(page: PageText): number {
  return page.toString().trimEnd().length;
}
