import type { CommitmentStatus } from '@/bundle/commitment-status.ts';
import type { Basis, OutcomeValue } from '@/bundle/schema.ts';
import { strings } from './strings.en.ts';

/** Badges carry their meaning in words; colour only repeats it. */
export function OutcomeBadge({ outcome, decided }: { outcome: OutcomeValue; decided: boolean }) {
  return (
    <span className={`badge badge-outcome-${outcome}`}>
      <span className="visually-hidden">{strings.outcome.label}: </span>
      {strings.outcome.word(outcome, decided)}
    </span>
  );
}

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  return (
    <span className={`badge badge-status-${status}`}>
      <span className="visually-hidden">{strings.status.label}: </span>
      {strings.status.word(status)}
    </span>
  );
}

export function DissolvedBadge() {
  return <span className="badge badge-dissolved">{strings.common.dissolved}</span>;
}

export function IndicativeBadge() {
  return <span className="badge badge-indicative">{strings.common.indicative}</span>;
}

/** Says plainly when a fact is an editor's reading rather than the record's own words. */
export function BasisNote({ basis }: { basis: Basis }) {
  if (basis === 'stated') return null;
  return (
    <span className="basis-note">
      {basis === 'editor' ? strings.common.editorBasis : strings.common.inferredBasis}
    </span>
  );
}
