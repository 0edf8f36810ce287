/**
 * Saves each visit's digest and, when the record has moved on since the last visit, says what
 * date it now speaks to. Loaded lazily by the layout, inside its status region, on every page.
 */
import { useEffect, useState } from 'react';
import { formatDay } from '@/bundle/calendar.ts';
import { strings } from '@/ui/strings.en.ts';
import { recordVisit, updatedAsOf } from './seen-store.ts';
import { useSeenBundle } from './use-bundle-changes.ts';
import './changes.css';

export default function RecordUpdatedNotice() {
  const { key, bundle } = useSeenBundle();
  const [hidden, setHidden] = useState<string | null>(null);
  useEffect(() => {
    if (key && bundle) recordVisit(key, bundle);
  }, [key, bundle]);
  if (!key || !bundle) return null;
  const asOf = updatedAsOf(key, bundle.asOf);
  if (!asOf || hidden === `${key}\n${asOf}`) return null;
  return (
    <div className="page">
      <div className="record-updated">
        <p>{strings.changes.recordUpdated(formatDay(asOf))}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setHidden(`${key}\n${asOf}`)}
        >
          {strings.changes.hideNotice}
        </button>
      </div>
    </div>
  );
}
