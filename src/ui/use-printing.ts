import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or shown as print media), so that a list drawn a
 * screenful at a time can draw every row: paper has no scrolling to bring the rest in. The
 * change is flushed at once, because the browser lays the page out for print right after
 * `beforeprint` returns.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof matchMedia === 'function' && matchMedia('print').matches,
  );
  useEffect(() => {
    // Print media emulation (and a print preview in some browsers) changes the media query
    // without the print events; a browser without matchMedia still has the events.
    const media = typeof matchMedia === 'function' ? matchMedia('print') : null;
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(media?.matches ?? false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', after);
    };
  }, []);
  return printing;
}
