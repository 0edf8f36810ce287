/**
 * Builds a whole synthetic council as a bundle object in memory: the plan of meetings and issues,
 * the pages written from it, the quantities the importer's own mention finder reads in them,
 * and the annotations that say what some of them mean. Records are put together the way the
 * importer puts them together (ids, spans, order), so the bundle is the one `npm run import`
 * would make from the same pages. Nothing is written here; see write-council.ts.
 */
import {
  SCHEMA_VERSION,
  type Body,
  type Bundle,
  type Issue,
  type Item,
  type Meeting,
  type Mention,
  type SourceDocument,
  type SourceSpan,
} from '../bundle/schema.ts';
import { bodyKindFromName } from '../importer/body-names.ts';
import { toMention } from '../importer/build-bundle.ts';
import { findMentions } from '../importer/mentions.ts';
import { sha256Hex } from '../importer/source-text.ts';
import { paragraphText, slug } from '../importer/text-spans.ts';
import { annotateIssue } from './annotate.ts';
import { composeItem } from './item-content.ts';
import { itemWords } from './item-words.ts';
import {
  layOutAgendaItemPage,
  layOutIssuePage,
  type LaidOutItem,
  type LaidOutPage,
} from './page.ts';
import { drawPeople } from './people.ts';
import { planCouncil, type CouncilPlan } from './plan.ts';
import { Random } from './random.ts';
import { recordAnnotations } from './records-annotated.ts';
import { COUNCIL_TOWNS } from './vocabulary.ts';

export type SynthOptions = {
  years: number;
  seed: string;
  /** Fewer meetings and issues than a real council (tests use a fraction); 1 unless given. */
  scale?: number;
};

/** Sorts after every ISO day, as the importer sorts undated meetings last. */
const UNDATED = '9999';
const NOT_READ = 'No editor has read the outcome of this decision yet.';
const NO_DECISION = 'The decision is not in this record.';

export function buildCouncil(options: SynthOptions): Bundle {
  const rng = new Random(`civic-trail-synth/${options.seed}`);
  const plan = planCouncil(rng, options.years, options.scale ?? 1);
  const pages = writePages(rng, plan);
  return assemble(rng, plan, pages, options);
}

/** Every issue's pages, in file-name order, as the importer reads a folder. */
export function writePages(rng: Random, plan: CouncilPlan): LaidOutPage[] {
  const people = drawPeople(rng);
  const pages: LaidOutPage[] = [];
  for (const issue of plan.issues) {
    const words = new Map<number, ReturnType<typeof itemWords>>();
    const wordsFor = (index: number) => {
      if (!words.has(index)) {
        words.set(index, itemWords(rng.fork('item', issue.id, index), issue.steps[index]!, people));
      }
      return words.get(index)!;
    };
    const annotations = annotateIssue(issue, wordsFor);
    const contents = issue.steps.map((step) => ({
      step,
      content: composeItem(wordsFor(step.index), annotations.get(step.index), issue.theme !== null),
    }));
    pages.push(
      layOutIssuePage(
        `${issue.id}.moderngov-issue.txt`,
        issue.topic.title,
        contents.filter((c) => !c.step.undated),
      ),
    );
    for (const c of contents.filter((x) => x.step.undated)) {
      // "_" sorts after ".", so the issue's own page comes first, as it must to give the issue.
      pages.push(
        layOutAgendaItemPage(
          `${issue.id}_item-${c.step.number}.agenda-item.txt`,
          c.step,
          c.content,
        ),
      );
    }
  }
  return pages.sort((a, b) => compare(a.fileName, b.fileName));
}

export type Placed = {
  page: LaidOutPage;
  document: SourceDocument;
  item: LaidOutItem;
  /** The bundle ids of the item and its meeting. */
  id: string;
  meetingId: string;
};

function assemble(
  rng: Random,
  plan: CouncilPlan,
  pages: LaidOutPage[],
  options: SynthOptions,
): Bundle {
  const documentIds = new Set<string>();
  const documents: SourceDocument[] = pages.map((page) => ({
    id: uniqueId(slug(page.fileName.split('.')[0]!) || 'page', documentIds),
    title: page.title,
    kind: page.kind,
    fileName: page.fileName,
    sha256: sha256Hex(page.text),
    text: page.text,
  }));
  const at = (document: SourceDocument, span: { start: number; end: number }): SourceSpan => ({
    documentId: document.id,
    start: span.start,
    end: span.end,
    quote: document.text.slice(span.start, span.end),
  });

  // Meetings as the importer meets them: the first page (in file-name order) that names one
  // gives its source; a meeting no page dates is one meeting per page and body.
  const meetings = new Map<string, Meeting>();
  const bodiesMet = new Set<string>();
  const placed: Placed[] = [];
  pages.forEach((page, p) => {
    const document = documents[p]!;
    for (const item of page.items) {
      const { step } = item;
      bodiesMet.add(step.body.id);
      let meetingId: string;
      if (!step.undated) {
        meetingId = `${step.date}-${step.body.id}`;
        if (!meetings.has(meetingId)) {
          meetings.set(meetingId, {
            id: meetingId,
            bodyId: step.body.id,
            date: step.date,
            source: at(document, item.headerSpan),
          });
        }
      } else {
        meetingId = `${step.body.id}-date-unknown`;
        for (let n = 2; meetings.has(meetingId); n += 1)
          meetingId = `${step.body.id}-date-unknown-${n}`;
        meetings.set(meetingId, {
          id: meetingId,
          bodyId: step.body.id,
          date: null,
          source: at(document, item.headerSpan),
          bodyBasis: 'inferred',
          bodySource: at(document, item.bodySpan!),
        });
      }
      placed.push({
        page,
        document,
        item,
        id: `${meetingId}-item-${item.content.number}`,
        meetingId,
      });
    }
  });

  const issueByPlan = new Map(plan.issues.map((i) => [i.id, i]));
  const issues: Issue[] = [];
  const seenIssues = new Set<string>();
  pages.forEach((page, p) => {
    const issueId = page.items[0]!.step.issue.id;
    if (seenIssues.has(issueId)) return;
    seenIssues.add(issueId);
    issues.push({
      id: issueId,
      title: issueByPlan.get(issueId)!.topic.title,
      subtitle: null,
      documentId: documents[p]!.id,
    });
  });

  const items: Item[] = placed.map((p) => toItem(p, at));

  // Mentions in page order, item by item, stretch by stretch, as the importer numbers them.
  const counters = new Map<string, number>();
  const mentions: Mention[] = [];
  const mentionsByItem = new Map<string, Mention[]>();
  for (const p of placed) {
    const found = proseOf(p.item).flatMap((span) => findMentions(p.document.text, span));
    const list = found.map((m) => {
      const key = `${p.id}-${m.kind}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      return toMention(m, `${key}-${n}`, p.document.id, p.id);
    });
    mentions.push(...list);
    mentionsByItem.set(p.id, list);
  }

  const annotated = recordAnnotations(placed, mentionsByItem, at);
  for (const item of items) {
    const outcome = annotated.outcomes.get(item.id);
    if (outcome) item.outcome = outcome;
  }

  const meetingList = [...meetings.values()].sort(
    (a, b) => compare(a.date ?? UNDATED, b.date ?? UNDATED) || compare(a.id, b.id),
  );
  const meetingDate = new Map(meetingList.map((m) => [m.id, m.date]));
  items.sort(
    (a, b) =>
      compare(meetingDate.get(a.meetingId!) ?? UNDATED, meetingDate.get(b.meetingId!) ?? UNDATED) ||
      compare(a.id, b.id),
  );
  const asOf = meetingList.filter((m) => m.date !== null).at(-1)!.date!;
  const bodies: Body[] = plan.bodies
    .filter((b) => bodiesMet.has(b.id))
    .map((b) => ({
      id: b.id,
      name: b.name,
      kind: bodyKindFromName(b.name),
      status: b.dissolved ? ('dissolved' as const) : ('active' as const),
    }))
    .sort((a, b) => compare(a.id, b.id));
  const town = rng.fork('council').pick(COUNCIL_TOWNS);

  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: `${asOf}T00:00:00Z`,
    asOf,
    council: {
      name: `${town} Borough Council`,
      basis: 'editor',
      note: `A synthetic council made by npm run synth (seed ${options.seed}, ${options.years} ${options.years === 1 ? 'year' : 'years'}${options.scale !== undefined && options.scale !== 1 ? `, scale ${options.scale}` : ''}). No such council exists: every name, sum and sentence in this record is invented.`,
    },
    documents,
    bodies,
    meetings: meetingList,
    issues,
    items,
    mentions,
    figures: annotated.figures,
    structure: annotated.structure,
    commitments: annotated.commitments,
  };
}

/** The stretches of an item's own words the importer searches: agenda, decision, minutes. */
function proseOf(item: LaidOutItem): Array<{ start: number; end: number }> {
  const inMinutes = item.content.decision?.inMinutes ?? false;
  return [
    ...(item.agenda ? [item.agenda] : []),
    ...(item.decision && !inMinutes ? [item.decision.span] : []),
    ...(item.minutes ? [item.minutes.span] : []),
  ];
}

function toItem(
  p: Placed,
  at: (d: SourceDocument, s: { start: number; end: number }) => SourceSpan,
): Item {
  const { item, document, meetingId } = p;
  const content = item.content;
  // The display copy of a quote, made as the importer makes it.
  const quote = (s: { start: number; end: number }) => paragraphText(document.text, s);
  const documents: Item['documents'] = [
    { title: content.title, format: 'PDF', sizeKb: content.reportSizeKb, role: 'report' },
    ...(content.additional ?? []).map((d) => ({
      title: d.title,
      format: 'PDF',
      sizeKb: d.sizeKb,
      role: 'additional' as const,
    })),
  ];
  const decision = item.decision
    ? {
        text: quote(item.decision.span),
        resolutions: item.decision.resolutions.map((r) => ({
          number: r.number,
          text: quote(r.span),
          source: at(document, r.span),
        })),
        source: at(document, item.decision.span),
      }
    : null;
  return {
    id: p.id,
    issueId: item.step.issue.id,
    meetingId,
    number: content.number,
    title: content.title,
    reportOf: reportOfLine(content.reportOf),
    documents,
    additionalDocumentsUnlisted: content.additional !== null && content.additional.length === 0,
    decision,
    outcome: {
      value: 'unknown',
      basis: 'inferred',
      source: null,
      note: decision ? NOT_READ : NO_DECISION,
    },
    minutes: item.minutes
      ? {
          text: quote(item.minutes.span),
          truncated: item.minutes.truncated,
          source: at(document, item.minutes.span),
        }
      : null,
    ...(item.agenda
      ? { agendaText: { text: quote(item.agenda), source: at(document, item.agenda) } }
      : {}),
    source: at(document, item.span),
  };
}

/** "Report of the Head of Finance" is reported by "the Head of Finance"; a name line as printed. */
function reportOfLine(line: string | null): string | null {
  if (line === null) return null;
  const m = /^Report of\s+(.+?)[\s.]*$/i.exec(line);
  return m ? m[1]! : line;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
