import { useId } from 'react';

/**
 * An id for an SVG pattern or gradient that no other chart on the page can share: React's own
 * id, with the characters a `url(#...)` reference cannot carry taken out.
 */
export function useSvgId(name: string): string {
  return `${name}-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}
