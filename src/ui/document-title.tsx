import { strings } from './strings.en.ts';

/** React 19 hoists <title> into the head, so each route names its own page. */
export function DocumentTitle({ title }: { title: string }) {
  const full = title ? `${title} | ${strings.app.titleSuffix}` : strings.app.titleSuffix;
  return <title>{full}</title>;
}
