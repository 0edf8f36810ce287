import { http, HttpResponse } from 'msw';
import type { Bundle } from '../../src/bundle/schema.ts';
import { splitBundle, splitFiles } from '../../src/bundle/split-bundle.ts';

/**
 * Serves a bundle in its split form under `/test-bundles/NAME/`, as `npm run bundle -- --split`
 * writes it, and counts the requests for each file so tests can tell what was fetched when.
 * Open it with `?bundle=/test-bundles/NAME/index.json`.
 */
export function serveSplitBundle(name: string, bundle: Bundle) {
  const requests = new Map<string, number>();
  const files = new Map(splitFiles(splitBundle(bundle)).map((f) => [f.path, f.value]));
  const handler = http.get(`*/test-bundles/${name}/*`, ({ request }) => {
    const path = new URL(request.url).pathname.replace(`/test-bundles/${name}/`, '');
    requests.set(path, (requests.get(path) ?? 0) + 1);
    return files.has(path)
      ? HttpResponse.json(files.get(path))
      : new HttpResponse(null, { status: 404 });
  });
  return {
    handler,
    address: `/test-bundles/${name}/index.json`,
    /** How many times each file was asked for, by its path in the folder. */
    requests,
    /** Stop serving one file, as a half-uploaded folder would. */
    drop: (path: string) => files.delete(path),
  };
}
