/**
 * Reads one issue's detail file of a split bundle: fetched when the issue is opened, checked by
 * the same record rules as a whole bundle (each quote against its document's text), and refused
 * with a reason where it cannot be used. Detail files are small, so this runs on the main thread.
 */
import type { BundleIndex } from '@/bundle/indexes.ts';
import type { IssueDetail } from '@/bundle/schema.ts';
import { BundleLoadError } from './bundle-load-error.ts';

function words(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

export async function fetchIssueDetail(
  href: string,
  issueId: string,
  index: BundleIndex,
  signal?: AbortSignal,
): Promise<IssueDetail> {
  const refuse = (detail: string, options: { status?: number; cause?: unknown } = {}) =>
    new BundleLoadError('detail', `The detail of issue "${issueId}" cannot be read`, {
      ...options,
      detail: `${href}: ${detail}`,
    });
  // The validator is loaded only once an issue of a split bundle is opened, beside the fetch.
  const validator = import('@/bundle/load-bundle.ts');
  let text: string;
  try {
    const response = await fetch(href, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw refuse(`${response.status} ${response.statusText}`.trim(), {
        status: response.status,
      });
    }
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted || cause instanceof BundleLoadError) throw cause;
    throw refuse(words(cause), { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw refuse(words(cause), { cause });
  }
  const { loadIssueDetail } = await validator;
  const result = loadIssueDetail(json, { issueId, meetingIds: index.meetingById.keys() });
  if (!result.ok) {
    throw new BundleLoadError('detail', `The detail of issue "${issueId}" is not usable`, {
      detail: href,
      problems: result.problems,
    });
  }
  return result.detail;
}
