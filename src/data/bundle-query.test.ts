import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { brokenBundles } from '~mocks/fixtures/bundles.ts';
import { partlyInvalidBundleText } from '~mocks/fixtures/partly-invalid-bundle.ts';
import { truncatedBundleText } from '~mocks/fixtures/truncated-bundle.ts';
import { wrongVersionBundleText } from '~mocks/fixtures/wrong-version-bundle.ts';
import { BUNDLE_ROUTE, serveBundle } from '~mocks/handlers/bundle.ts';
import { serveTestBundle, testBundlePath } from '~mocks/handlers/test-bundles.ts';
import { server } from '~mocks/node.ts';
import { SCHEMA_VERSION } from '@/bundle/schema-version.ts';
import {
  BundleLoadError,
  bundleQueryOptions,
  dropReplacedBundles,
  fetchBundle,
  shouldRetryBundle,
} from './bundle-query.ts';
import {
  defaultBundleSource,
  fileBundleSource,
  setOpenedFile,
  sourceOfAddress,
  sourceFromSearch,
  sourceKey,
  type BundleSource,
} from './bundle-source.ts';

async function failure(source: BundleSource = defaultBundleSource()): Promise<BundleLoadError> {
  const error = await fetchBundle(source).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleLoadError)) throw new Error('expected a BundleLoadError');
  return error;
}

describe('fetchBundle', () => {
  it('returns the indexed bundle and a report with nothing set aside', async () => {
    const { index, report } = await fetchBundle(defaultBundleSource());
    expect(index.issues.map((i) => i.id)).toEqual(['harbour-wall', 'parks-cafe']);
    expect(report.setAside).toEqual([]);
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('tells an HTTP failure apart', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => new HttpResponse(null, { status: 404 })));
    expect(await failure()).toMatchObject({ kind: 'http', status: 404 });
  });

  it('tells a network failure apart', async () => {
    server.use(http.get(BUNDLE_ROUTE, () => HttpResponse.error()));
    expect(await failure()).toMatchObject({ kind: 'network' });
  });

  it('tells text that is not JSON from a truncated bundle, with the parser’s words', async () => {
    server.use(serveBundle('<!doctype html><title>Not here</title>'));
    expect(await failure()).toMatchObject({ kind: 'json', detail: expect.stringContaining('<') });
    server.use(serveBundle(truncatedBundleText()));
    expect(await failure()).toMatchObject({ kind: 'truncated', detail: expect.any(String) });
    server.use(serveBundle(brokenBundles.notJson));
    expect(await failure()).toMatchObject({ kind: 'truncated' });
  });

  it('tells an empty body, a list and an unreadable version apart', async () => {
    server.use(serveBundle('  \n'));
    expect(await failure()).toMatchObject({ kind: 'empty' });
    server.use(serveBundle([]));
    expect(await failure()).toMatchObject({
      kind: 'not-a-bundle',
      problems: [{ message: 'expected an object, got a list' }],
    });
    server.use(serveBundle(wrongVersionBundleText()));
    expect(await failure()).toMatchObject({
      kind: 'version',
      problems: [{ path: 'schemaVersion', message: expect.stringContaining('number 0') }],
    });
  });

  it('keeps the valid records of a partly invalid bundle and reports the rest', async () => {
    server.use(serveBundle(partlyInvalidBundleText()));
    const { index, report } = await fetchBundle(defaultBundleSource());
    expect(index.issues.map((i) => i.id)).toEqual(['harbour-wall']);
    expect(report.setAside.map((r) => `${r.kind}[${r.index}]`)).toEqual([
      'issues[1]',
      'items[2]',
      'items[3]',
      'figures[2]',
      'commitments[3]',
    ]);
  });

  it('loads a same-origin ?bundle= address and refuses another origin without fetching', async () => {
    server.use(serveTestBundle('other', partlyInvalidBundleText()));
    const other = sourceFromSearch(`?bundle=${testBundlePath('other')}`, []);
    expect((await fetchBundle(other)).report.setAside).toHaveLength(5);
    // No handler answers evil.example: a request would fail the test (onUnhandledRequest).
    const refused = sourceFromSearch('?bundle=https://evil.example/b.json', []);
    expect(await failure(refused)).toMatchObject({ kind: 'refused' });
  });

  it('reads a file in the browser', async () => {
    const file = new File([brokenBundles.newerVersion], 'mine.json', { type: 'application/json' });
    const { report } = await fetchBundle(fileBundleSource(file));
    expect(report.notices).toContainEqual({ kind: 'newer-version', version: 3 });
  });
});

describe('bundleQueryOptions', () => {
  it('puts the source in the query key, one key per source', () => {
    const keys = [
      defaultBundleSource(),
      sourceFromSearch('?bundle=/data/bundle.json', []),
      sourceFromSearch('?bundle=/data/other.json', []),
      fileBundleSource(new File(['{}'], 'a.json')),
      fileBundleSource(new File(['{}'], 'a.json')),
    ].map((s) => JSON.stringify(bundleQueryOptions(s).queryKey));
    // The default bundle named explicitly is the same bundle; two openings of a file are not.
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(4);
  });

  it('keeps only the published bundle for good; a file or another address is collected as usual', () => {
    expect(bundleQueryOptions(defaultBundleSource()).gcTime).toBe(Infinity);
    expect(bundleQueryOptions(fileBundleSource(new File(['{}'], 'a.json'))).gcTime).toBeUndefined();
    expect(bundleQueryOptions(sourceFromSearch('?bundle=/data/other.json', [])).gcTime).toBe(
      undefined,
    );
  });
});

describe('sourceOfAddress', () => {
  afterEach(() => setOpenedFile(null));

  it('reads ?bundle= first, then the open file, then the published bundle', () => {
    expect(sourceKey(sourceOfAddress(''))).toBe(sourceKey(defaultBundleSource()));
    const file = fileBundleSource(new File(['{}'], 'a.json'));
    setOpenedFile(file);
    expect(sourceOfAddress('?q=1')).toBe(file);
    expect(sourceKey(sourceOfAddress('?bundle=/data/other.json'))).toBe(
      sourceKey(sourceFromSearch('?bundle=/data/other.json')),
    );
  });
});

describe('shouldRetryBundle', () => {
  it('retries server and network hiccups a couple of times, never a bad file', () => {
    expect(shouldRetryBundle(0, new BundleLoadError('http', 'x', { status: 503 }))).toBe(true);
    expect(shouldRetryBundle(2, new BundleLoadError('http', 'x', { status: 503 }))).toBe(false);
    expect(shouldRetryBundle(0, new BundleLoadError('network', 'x'))).toBe(true);
    expect(shouldRetryBundle(0, new BundleLoadError('http', 'x', { status: 404 }))).toBe(false);
    expect(shouldRetryBundle(0, new BundleLoadError('invalid', 'x'))).toBe(false);
    expect(shouldRetryBundle(0, new BundleLoadError('refused', 'x'))).toBe(false);
    expect(shouldRetryBundle(0, new Error('x'))).toBe(false);
  });
});

describe('dropReplacedBundles', () => {
  it('lets go of a bundle the reader left, keeping the one in view and the published one', () => {
    const client = new QueryClient();
    const published = defaultBundleSource();
    const first = fileBundleSource(new File(['{}'], 'a.json'));
    const second = fileBundleSource(new File(['{}'], 'b.json'));
    for (const source of [published, first, second])
      client.setQueryData(bundleQueryOptions(source).queryKey, null as never);
    dropReplacedBundles(client, second);
    const left = client
      .getQueryCache()
      .findAll({ queryKey: ['bundle'] })
      .map((q) => q.queryKey[1]);
    expect(left.sort()).toEqual([sourceKey(published), sourceKey(second)].sort());
  });
});
