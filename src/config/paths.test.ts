import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { itemAnchor, paths, routePatterns, withBundleParam } from './paths.ts';

describe('paths', () => {
  it('builds links that the router matches to the same params', () => {
    expect(matchPath(routePatterns.issue, paths.issue('strategic-commissioning'))?.params).toEqual({
      issueId: 'strategic-commissioning',
    });
    const source = paths.source('page-1', { start: 3, end: 9 });
    expect(source).toBe('/sources/page-1?start=3&end=9');
    expect(matchPath(routePatterns.source, source.split('?')[0]!)?.params).toEqual({
      documentId: 'page-1',
    });
  });

  it('encodes what a path cannot hold, and keeps an item anchor', () => {
    expect(paths.issue('a b#c')).toBe('/issues/a%20b%23c');
    expect(paths.issue('budget', { itemId: 'x-1' })).toBe(`/issues/budget#${itemAnchor('x-1')}`);
  });

  it('keeps a loaded bundle on any path, with its own query and hash', () => {
    expect(withBundleParam('/commitments?status=open#top', '/data/other.json')).toBe(
      '/commitments?status=open&bundle=%2Fdata%2Fother.json#top',
    );
    expect(withBundleParam('/timeline', null)).toBe('/timeline');
  });
});
