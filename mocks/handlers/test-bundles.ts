import { http, HttpResponse } from 'msw';

/** Where tests serve extra bundles from, on the page's own origin: `?bundle=/test-bundles/x.json`. */
export const TEST_BUNDLE_ROUTE = '*/test-bundles/:name';

export function testBundlePath(name: string): string {
  return `/test-bundles/${name}.json`;
}

/** Serves `body` (raw text, or an object as JSON) at testBundlePath(name). */
export function serveTestBundle(name: string, body: string | object) {
  return http.get(TEST_BUNDLE_ROUTE, ({ params }) => {
    if (params.name !== `${name}.json`) return undefined;
    return typeof body === 'string'
      ? new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      : HttpResponse.json(body);
  });
}
