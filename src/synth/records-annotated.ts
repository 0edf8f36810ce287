/**
 * Turns the tagged words of the pages into the records an editor's annotation file would give:
 * figures (checked against the mentions the importer's finder read inside their quotes, as the
 * importer checks an annotation), structure series, commitments with their evidence, and the
 * outcomes of the annotated issues' items.
 */
import type {
  Commitment,
  Figure,
  Mention,
  Outcome,
  SourceDocument,
  SourceSpan,
  Structure,
} from '../bundle/schema.ts';
import { slug } from '../importer/text-spans.ts';
import type { Placed } from './build-council.ts';
import type { EvidenceTag, FigureTag } from './tags.ts';

type At = (document: SourceDocument, span: { start: number; end: number }) => SourceSpan;

export type AnnotatedRecords = {
  figures: Figure[];
  structure: Structure[];
  commitments: Commitment[];
  outcomes: Map<string, Outcome>;
};

const MENTION_KIND = { GBP: 'money', percent: 'percent', fte: 'count' } as const;

export function recordAnnotations(
  placed: readonly Placed[],
  mentionsByItem: ReadonlyMap<string, readonly Mention[]>,
  at: At,
): AnnotatedRecords {
  const figures: Figure[] = [];
  const structures = new Map<string, Structure>();
  const commitments: Commitment[] = [];
  const evidence: Array<{ tag: EvidenceTag; source: SourceSpan }> = [];
  const notes: Array<{ structureId: string; text: string; source: SourceSpan }> = [];
  const outcomes = new Map<string, Outcome>();

  for (const p of placed) {
    const themed = p.item.step.issue.theme !== null;
    for (const { tag, span } of p.item.tags) {
      const source = at(p.document, span);
      switch (tag.kind) {
        case 'figure':
          figures.push(toFigure(tag, p.id, source, mentionsByItem.get(p.id) ?? []));
          break;
        case 'structure-step': {
          const structure = structures.get(tag.structureId) ?? {
            id: tag.structureId,
            unit: tag.unit,
            role: tag.role,
            steps: [],
            notes: [],
          };
          structures.set(tag.structureId, structure);
          structure.steps.push({
            id: `${tag.structureId}-${slug(tag.label)}`,
            label: tag.label,
            date: tag.date,
            fte: tag.fte,
            condition: tag.condition,
            note: tag.note,
            itemId: p.id,
            source,
            basis: tag.basis,
          });
          break;
        }
        case 'structure-note':
          notes.push({ structureId: tag.structureId, text: tag.text, source });
          break;
        case 'commitment':
          commitments.push({
            id: tag.id,
            text: tag.text,
            owner: tag.owner,
            due: tag.due,
            madeAt: p.id,
            status: 'open',
            evidence: [],
            source,
            basis: 'stated',
          });
          break;
        case 'evidence':
          evidence.push({ tag, source });
          break;
        case 'outcome':
          if (themed) outcomes.set(p.id, { value: tag.value, basis: 'stated', source, note: null });
          break;
      }
    }
    if (themed && !outcomes.has(p.id)) {
      // The editor read the item and says why no outcome is recorded.
      outcomes.set(p.id, {
        value: 'unknown',
        basis: 'editor',
        source: null,
        note: p.item.decision
          ? 'The decision records no approval, endorsement or noting to point to.'
          : 'The decision is not in this record: the page gives only the minutes.',
      });
    }
  }
  for (const n of notes) {
    const structure = structures.get(n.structureId);
    if (!structure) throw new Error(`a note on "${n.structureId}", which has no steps`);
    structure.notes.push({ text: n.text, source: n.source, basis: 'stated' });
  }
  // Evidence comes from a later meeting, printed above the promise on a newest-first page.
  for (const { tag, source } of evidence) {
    const promise = commitments.find((c) => c.id === tag.commitmentId);
    if (!promise) throw new Error(`evidence for "${tag.commitmentId}", which no item promised`);
    promise.evidence.push({ text: tag.text, source });
    promise.status = tag.status;
  }
  return { figures, structure: [...structures.values()], commitments, outcomes };
}

function toFigure(
  tag: FigureTag,
  itemId: string,
  source: SourceSpan,
  mentions: readonly Mention[],
): Figure {
  const inside = mentions.filter(
    (m) => m.documentId === source.documentId && m.start >= source.start && m.end <= source.end,
  );
  const amount = inside.find((m) => m.kind === MENTION_KIND[tag.unit]);
  const read =
    amount && amount.kind !== 'date'
      ? {
          value: amount.value,
          low: 'low' in amount ? amount.low : undefined,
          high: 'high' in amount ? amount.high : undefined,
        }
      : null;
  const same =
    read !== null &&
    read.value === tag.expect.value &&
    read.low === tag.expect.low &&
    read.high === tag.expect.high;
  if (!amount || !same) {
    // A composer bug: the words do not say what the annotation claims they say.
    throw new Error(
      `figure ${tag.id}: "${source.quote}" should read as ${JSON.stringify(tag.expect)}, the mention finder read ${JSON.stringify(read)}`,
    );
  }
  const period = tag.period ? inside.filter((m) => m.kind === 'date') : [];
  return {
    id: tag.id,
    kind: tag.figure,
    ...(tag.expect.value !== undefined
      ? { value: tag.expect.value }
      : { low: tag.expect.low!, high: tag.expect.high! }),
    unit: tag.unit,
    recurrence: tag.recurrence,
    period: tag.period,
    indicative: tag.indicative,
    label: tag.label,
    note: tag.note,
    itemId,
    mentionIds: [amount.id, ...period.map((m) => m.id)],
    source,
    basis: 'stated',
  };
}
