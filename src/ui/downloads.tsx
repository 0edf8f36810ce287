import { useState } from 'react';
import { downloadText } from '@/export/download.ts';
import { strings } from './strings.en.ts';

/** One file a view offers: made only when the reader asks, from the record already loaded. */
export type DownloadAction = {
  label: string;
  fileName: string;
  mime: string;
  make: () => string | Promise<string>;
};

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; fileName: string } | { kind: 'failed' };

function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
    case 'busy':
      return '';
    case 'saved':
      return strings.downloads.saved(status.fileName);
    case 'failed':
      return strings.downloads.failed;
  }
}

/**
 * A row of download buttons for one table or view, named for what it downloads, with a live
 * region that says when the file is saved (a download makes no other sign a screen reader hears).
 * `note` says what a file leaves out, such as meetings with no date.
 */
export function Downloads({
  label,
  actions,
  note,
}: {
  label: string;
  actions: readonly DownloadAction[];
  note?: string | null;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (action: DownloadAction) => {
    setStatus({ kind: 'busy' });
    try {
      downloadText(action.fileName, action.mime, await action.make());
      setStatus({ kind: 'saved', fileName: action.fileName });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  return (
    <div className="downloads" role="group" aria-label={strings.downloads.groupLabel(label)}>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="button button-secondary"
          disabled={status.kind === 'busy'}
          onClick={() => void run(action)}
        >
          {action.label}
        </button>
      ))}
      {note && <p className="meta">{note}</p>}
      {/* A polite live region rather than role="status": a view's own status line, such as
          "Showing 3 of 5", stays the one status of the page. */}
      <p aria-live="polite" className="meta">
        {statusText(status)}
      </p>
    </div>
  );
}
