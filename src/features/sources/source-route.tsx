import { DocumentTitle } from '@/ui/document-title.tsx';
import { LoadingState } from '@/ui/states.tsx';

/** Registered so the shell compiles; the full view follows in the next commit. */
export function Component() {
  return (
    <>
      <DocumentTitle title="" />
      <LoadingState />
    </>
  );
}
