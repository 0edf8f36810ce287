import { buildIndex, stopsOfIssue, type Stop } from '@/bundle/indexes.ts';
import type { Bundle } from '@/bundle/schema.ts';
import { detailCutter } from '@/bundle/split-bundle.ts';

/** An issue's stops in a whole test bundle, its detail cut out as the app cuts it. */
export function stopsIn(bundle: Bundle, issueId: string): Stop[] {
  return stopsOfIssue(buildIndex(bundle), detailCutter(bundle)(issueId));
}
