import { strings } from '@/ui/strings.en.ts';
import './changes.css';

/** Marks a listed thing that is new or different since the reader last marked the record seen. */
export function NewBadge({ id, changed }: { id: string; changed: ReadonlySet<string> }) {
  if (!changed.has(id)) return null;
  return <span className="badge badge-new">{strings.changes.newBadge}</span>;
}
