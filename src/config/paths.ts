/**
 * Every path in the app, in one typed module below the features: the router's patterns and the
 * builders of links to them, the builders made from the patterns with the router's own
 * `generatePath`, so the two cannot drift apart. Components never write a path as a string.
 */
import { generatePath } from 'react-router';

export type SourceSpanParams = { start: number; end: number };

/** Route patterns for the router, which the builders below are made from. */
export const routePatterns = {
  home: '/',
  issues: '/issues',
  search: '/search',
  issue: '/issues/:issueId',
  timeline: '/timeline',
  savings: '/savings',
  structure: '/structure',
  commitments: '/commitments',
  source: '/sources/:documentId',
  openBundle: '/open',
  notFound: '*',
} as const;

export const paths: {
  home: () => string;
  /** Every issue, narrowed by the given filters (empty ones are left out). */
  issues: (filters?: Record<string, string | null | undefined>) => string;
  issue: (issueId: string, opts?: { itemId?: string }) => string;
  /** Search, with the words already typed. */
  search: (q?: string) => string;
  timeline: () => string;
  savings: () => string;
  /** The savings view's list of amounts the record mentions that no editor has reviewed. */
  mentionedAmounts: (filters?: { issue?: string }) => string;
  structure: () => string;
  commitments: (filters?: { status?: string; owner?: string }) => string;
  source: (documentId: string, span?: SourceSpanParams) => string;
  sourceOf: (span: { documentId: string; start: number; end: number }) => string;
  openBundle: () => string;
  /** The JSON Schema every bundle keeps to, published beside the bundle. */
  bundleSchema: () => string;
} = {
  home: () => routePatterns.home,
  issues: (filters = {}) => withQuery(routePatterns.issues, filters),
  search: (q) => withQuery(routePatterns.search, { q }),
  issue: (issueId: string, opts: { itemId?: string } = {}) =>
    `${generatePath(routePatterns.issue, { issueId })}${opts.itemId ? `#${itemAnchor(opts.itemId)}` : ''}`,
  timeline: () => routePatterns.timeline,
  savings: () => routePatterns.savings,
  mentionedAmounts: (filters = {}) =>
    `${withQuery(routePatterns.savings, filters)}#${sectionIds.mentionedAmounts}`,
  structure: () => routePatterns.structure,
  commitments: (filters: { status?: string; owner?: string } = {}) =>
    withQuery(routePatterns.commitments, filters),
  source: (documentId: string, span?: SourceSpanParams) =>
    `${generatePath(routePatterns.source, { documentId })}${span ? `?start=${span.start}&end=${span.end}` : ''}`,
  /** The source of any figure, resolution, step or commitment: its quoted span highlighted. */
  sourceOf: (span: { documentId: string; start: number; end: number }) =>
    paths.source(span.documentId, { start: span.start, end: span.end }),
  openBundle: () => routePatterns.openBundle,
  bundleSchema: () => '/data/bundle.schema.json',
} as const;

/** A path with the filters that have a value as its query, in the order given. */
function withQuery(path: string, filters: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, value);
  const query = q.toString();
  return query ? `${path}?${query}` : path;
}

/** Element ids of sections other views link into. */
export const sectionIds = {
  mentionedAmounts: 'mentioned-amounts',
  mentionedCounts: 'mentioned-counts',
  mentionedDates: 'mentioned-dates',
} as const;

/** The element id of an item's stop on the issue trail, for deep links from other views. */
export function itemAnchor(itemId: string): string {
  return `item-${itemId}`;
}

/**
 * A path with the active bundle's `?bundle=` added (or none for the default bundle), keeping
 * the path's own query and hash, so a link opened in a new tab loads the same bundle.
 */
export function withBundleParam(path: string, bundleParam: string | null): string {
  if (bundleParam === null) return path;
  const url = new URL(path, 'http://paths.invalid');
  url.searchParams.set('bundle', bundleParam);
  return `${url.pathname}${url.search}${url.hash}`;
}
