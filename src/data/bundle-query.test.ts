import { http, HttpResponse } from 'msw';
import { brokenBundles } from '~mocks/fixtures/bundles.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { server } from '~mocks/node.ts';
import { BundleLoadError, fetchBundle, shouldRetryBundle } from './bundle-query.ts';

async function failure(): Promise<BundleLoadError> {
  const error = await fetchBundle().then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleLoadError)) throw new Error('expected a BundleLoadError');
  return error;
}

describe('fetchBundle', () => {
  it('returns a validated bundle', async () => {
    const bundle = await fetchBundle();
    expect(bundle.issues.map((i) => i.id)).toEqual(['harbour-wall', 'parks-cafe']);
  });

  it('tells an HTTP failure apart', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse(null, { status: 404 })));
    expect(await failure()).toMatchObject({ kind: 'http', status: 404 });
  });

  it('tells a network failure apart', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => HttpResponse.error()));
    expect(await failure()).toMatchObject({ kind: 'network' });
  });

  it('tells invalid JSON apart', async () => {
    server.use(serveBundle(brokenBundles.notJson));
    expect(await failure()).toMatchObject({ kind: 'json' });
  });

  it('carries every validation problem with its path', async () => {
    server.use(serveBundle(brokenBundles.missingField));
    const error = await failure();
    expect(error.kind).toBe('invalid');
    expect(error.problems).toEqual([{ path: 'issues[1].title', message: expect.any(String) }]);
  });
});

describe('shouldRetryBundle', () => {
  it('retries server and network hiccups a couple of times, never a bad file', () => {
    expect(shouldRetryBundle(0, new BundleLoadError('http', 'x', { status: 503 }))).toBe(true);
    expect(shouldRetryBundle(2, new BundleLoadError('http', 'x', { status: 503 }))).toBe(false);
    expect(shouldRetryBundle(0, new BundleLoadError('network', 'x'))).toBe(true);
    expect(shouldRetryBundle(0, new BundleLoadError('http', 'x', { status: 404 }))).toBe(false);
    expect(shouldRetryBundle(0, new BundleLoadError('invalid', 'x'))).toBe(false);
    expect(shouldRetryBundle(0, new Error('x'))).toBe(false);
  });
});
