import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useBundleSource } from '@/data/bundle-source.ts';
import { strings } from './strings.en.ts';

const s = strings.copyLink;

/** `at` is the router's location key when it was tried, to tell when the page has moved on. */
type Attempt = { href: string; at: string; copied: boolean };

/** The layout draws one per page, so a fixed id is unique. */
const FIELD_ID = 'copy-link-field';

/**
 * Copies the page's address, which holds the whole view (filters, order, search words, #hash,
 * ?bundle=), so whoever opens it sees what the sender saw. What happened is said in a polite live
 * region; where the browser refuses the clipboard, the link is put in a read-only field, selected,
 * for the reader to copy by hand.
 */
export function CopyLink() {
  const { key: here } = useLocation();
  const fromFile = useBundleSource().source.kind === 'file';
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // A message about an earlier address would be wrong once a filter or the page has changed:
  // every navigation, a replaced entry too, has a new key.
  const current = attempt?.at === here ? attempt : null;

  useEffect(() => {
    // Focused and selected, so one key press copies it.
    if (current && !current.copied) {
      field.current?.focus();
      field.current?.select();
    }
  }, [current]);

  const copy = async () => {
    const href = window.location.href;
    const done = (copied: boolean) => setAttempt({ href, at: here, copied });
    try {
      // A browser with no clipboard at all throws here too, and is answered as a refusal.
      await navigator.clipboard.writeText(href);
      done(true);
    } catch {
      done(false);
    }
  };

  const message = !current
    ? ''
    : current.copied
      ? fromFile
        ? s.copiedWithoutFile
        : s.copied
      : s.refused;
  return (
    <div className="copy-link">
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {s.button}
      </button>
      {/* Always in the page, so screen readers are listening before the message arrives. */}
      <p role="status">{message}</p>
      {current && !current.copied && (
        <div className="field">
          <label htmlFor={FIELD_ID}>{s.fieldLabel}</label>
          <input id={FIELD_ID} ref={field} type="text" readOnly value={current.href} />
        </div>
      )}
    </div>
  );
}
