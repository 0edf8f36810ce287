/**
 * What an annotation will say about the words a tag marks. The composer attaches these to the
 * segments it writes; once the page is laid out and its mentions found, each becomes a figure,
 * a structure step or note, a commitment, its evidence, or an item's outcome.
 */
import type { FigureKind, OutcomeValue, PreciseDate } from '../bundle/schema.ts';

export type FigureTag = {
  kind: 'figure';
  id: string;
  figure: FigureKind;
  unit: 'GBP' | 'percent' | 'fte';
  /** What the mention finder must read inside the quote, as a check on the composer. */
  expect: { value?: number; low?: number; high?: number };
  recurrence: 'one-off' | 'annual' | 'full-year' | null;
  period: PreciseDate | null;
  indicative: boolean;
  label: string;
  note: string | null;
};

export type StepTag = {
  kind: 'structure-step';
  structureId: string;
  /** The part of the organisation and the post counted ("Finance Team", "Accountant"). */
  unit: string;
  role: string;
  label: string;
  date: PreciseDate | null;
  fte: number;
  condition: string | null;
  note: string | null;
  basis: 'stated' | 'editor';
};

export type StructureNoteTag = { kind: 'structure-note'; structureId: string; text: string };

export type CommitmentTag = {
  kind: 'commitment';
  id: string;
  text: string;
  owner: string | null;
  due: PreciseDate | null;
};

export type EvidenceTag = {
  kind: 'evidence';
  commitmentId: string;
  text: string;
  /** What the evidence shows became of the promise. */
  status: 'met' | 'withdrawn';
};

export type OutcomeTag = { kind: 'outcome'; value: OutcomeValue };

export type Tag = FigureTag | StepTag | StructureNoteTag | CommitmentTag | EvidenceTag | OutcomeTag;
