import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** The element id a hash names; a malformed escape ("#%E0%A4%A") is read as written, not thrown. */
function anchorOf(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Scrolls to the element the address's #hash names once the view has drawn it: a deep link
 * into a page the router renders after the bundle loads.
 */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(anchorOf(hash));
    if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView();
  }, [ready, hash]);
}
