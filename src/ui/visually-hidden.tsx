import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. to tell apart links that look alike. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
