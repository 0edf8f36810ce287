import type { ReactNode } from 'react';
import { safeExternalUrl } from './safe-external-url.ts';

/**
 * A link to a document elsewhere, for URLs that come from a bundle. Anything but http(s) is
 * shown as plain text; the new page gets no handle on this one and no referrer.
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
