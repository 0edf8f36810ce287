/**
 * "Since your last visit": what the record holds now that it did not when the reader last marked
 * it seen, each kind linking to where it is listed. Loaded lazily by the overview, so the first
 * route does not carry it; it draws nothing on a first visit or when nothing changed.
 */
import { useRef } from 'react';
import { STATUS_ORDER } from '@/bundle/commitment-status.ts';
import type { BundleIndex } from '@/bundle/indexes.ts';
import { paths } from '@/config/paths.ts';
import { useBundleIndex } from '@/data/bundle-query.ts';
import { AppLink } from '@/ui/app-link.tsx';
import type { BundleChanges } from '@/ui/changes/bundle-digest.ts';
import { useBundleChanges } from '@/ui/changes/use-bundle-changes.ts';
import { strings } from '@/ui/strings.en.ts';
import '@/ui/changes/changes.css';

const s = strings.changes;

type Line = { key: string; text: string; to: string };

/** One line per kind of change, in the order a reader follows a record: meetings first. */
export function changeLines(changes: BundleChanges, index: BundleIndex): Line[] {
  const lines: Line[] = [];
  const { meetings, decisions, newFigures, changedFigures, newCommitments, statusChanges } =
    changes;
  if (meetings.length) {
    lines.push({ key: 'meetings', text: s.newMeetings(meetings.length), to: paths.timeline() });
  }
  if (decisions.length) {
    const only = decisions.length === 1 ? index.itemById.get(decisions[0]!) : undefined;
    lines.push({
      key: 'decisions',
      text: s.newDecisions(decisions.length),
      to: only ? paths.issue(only.issueId, { itemId: only.id }) : paths.issues({ has: 'decision' }),
    });
  }
  if (newFigures.length) {
    lines.push({ key: 'new-figures', text: s.newFigures(newFigures.length), to: paths.savings() });
  }
  if (changedFigures.length) {
    lines.push({
      key: 'changed-figures',
      text: s.changedFigures(changedFigures.length),
      to: paths.savings(),
    });
  }
  if (newCommitments.length) {
    lines.push({
      key: 'new-commitments',
      text: s.newCommitments(newCommitments.length),
      to: paths.commitments(),
    });
  }
  for (const status of STATUS_ORDER) {
    const count = statusChanges.filter((c) => c.status === status).length;
    if (count) {
      lines.push({
        key: `now-${status}`,
        text: s.commitmentsNow(count, status),
        to: paths.commitments({ status }),
      });
    }
  }
  return lines;
}

export default function ChangesSummary() {
  const view = useBundleChanges();
  const index = useBundleIndex().data;
  const section = useRef<HTMLElement>(null);
  if (!view || !index) return null;
  const dismiss = () => {
    // The section and its button go away: leave focus on the page's main content, not nowhere.
    section.current?.closest('main')?.focus();
    view.dismiss();
  };
  return (
    <section ref={section} className="changes-summary" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{s.heading}</h2>
      <ul>
        {changeLines(view.changes, index).map((line) => (
          <li key={line.key}>
            <AppLink to={line.to}>{line.text}</AppLink>
          </li>
        ))}
      </ul>
      <p>{s.hint}</p>
      <button type="button" className="button button-secondary" onClick={dismiss}>
        {s.dismiss}
      </button>
    </section>
  );
}
