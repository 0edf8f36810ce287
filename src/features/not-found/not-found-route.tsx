import { paths } from '@/config/paths.ts';
import { NotFound } from '@/ui/states.tsx';

export function Component() {
  return <NotFound backTo={paths.home()} />;
}
