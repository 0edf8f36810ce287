import type { ReactNode } from 'react';
import { safeExternalUrl } from './safe-external-url.ts';

/**
 * A link to a document elsewhere, for URLs that come from a bundle. Anything but an absolute
 * https address is shown as plain text. It opens in a new tab so a bundle opened from a file
 * (kept only in this page) is not lost; the new page gets no handle on this one and no referrer.
 * Callers say "new tab" in the visible words.
 */
export function ExternalLink({ href, children }: { href: unknown; children: ReactNode }) {
  const safe = safeExternalUrl(href);
  if (!safe) return <>{children}</>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
