import { useState, type DragEvent } from 'react';
import { useBundleSource } from '@/data/bundle-source.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { strings } from '@/ui/strings.en.ts';
import './bundle-loading.css';

/**
 * Opens a bundle from this device. The drop zone wraps the file input, so the keyboard and
 * screen readers use the input itself; dropping is a shortcut for pointer users.
 */
export function Component() {
  const s = strings.openBundle;
  const { openFile } = useBundleSource();
  const [dragging, setDragging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (files.length > 1) {
      setProblem(s.oneFile);
      return;
    }
    setProblem(null);
    openFile(file);
  };
  const over = (event: DragEvent) => {
    // Without this the browser would open the dropped file itself, leaving the app.
    event.preventDefault();
    setDragging(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    open(event.dataTransfer.files);
  };

  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <p id="bundle-file-privacy" className="privacy-note">
        {s.privacy}
      </p>
      <div
        className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
        onDragEnter={over}
        onDragOver={over}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor="bundle-file" className="drop-zone-label">
          {s.inputLabel}
        </label>
        <input
          id="bundle-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="bundle-file-hint bundle-file-privacy"
          onChange={(event) => open(event.currentTarget.files)}
        />
        <p id="bundle-file-hint" className="drop-zone-hint">
          {dragging ? s.dropActive : s.dropHint}
        </p>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </>
  );
}
