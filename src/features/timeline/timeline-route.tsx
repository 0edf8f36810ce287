import { DocumentTitle } from '@/ui/document-title.tsx';
import { strings } from '@/ui/strings.en.ts';

/** Placeholder until the chart view lands; it says honestly that the view is not built yet. */
export function Component() {
  const s = strings.timeline;
  return (
    <>
      <DocumentTitle title={s.title} />
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
    </>
  );
}
