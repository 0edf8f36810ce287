import { useId } from 'react';
import { paths } from '@/config/paths.ts';
import type { Remark } from '@/bundle/schema.ts';
import { BasisNote } from '@/ui/badges.tsx';
import { SourceLink, SourceQuote } from '@/ui/source-link.tsx';
import { strings } from '@/ui/strings.en.ts';

const s = strings.issue;

/**
 * What a scrutiny committee would look for at this stop (an invitation to take part, a concern, a
 * question), each leading to the words it was read from like every other claim on the trail.
 */
export function StopRemarks({ remarks }: { remarks: readonly Remark[] }) {
  const headingId = useId();
  if (remarks.length === 0) return null;
  return (
    <>
      <h3 id={headingId}>{s.remarksHeading}</h3>
      <ul className="plain" aria-labelledby={headingId}>
        {remarks.map((r) => (
          <li key={`${r.source.documentId}-${r.source.start}`}>
            <span className="remark-kind">{s.remarkKind(r.kind)}:</span>{' '}
            <SourceLink to={paths.sourceOf(r.source)}>{r.text}</SourceLink>
            {r.by && <span className="meta"> ({s.remarkBy(r.by)})</span>}
            <BasisNote basis={r.basis} />
            <SourceQuote source={r.source} to={paths.sourceOf(r.source)} />
          </li>
        ))}
      </ul>
    </>
  );
}
