import { AppLink } from '@/ui/app-link.tsx';
import { Link } from 'react-router';
import { paths } from '@/config/paths.ts';
import { READABLE_EARLIER_VERSIONS, SCHEMA_VERSION } from '@/bundle/schema-version.ts';
import { ALLOWED_BUNDLE_ORIGINS } from '@/data/bundle-origins.ts';
import { BundleLoadError, isTransient } from '@/data/bundle-query.ts';
import {
  DEFAULT_BUNDLE_STATE,
  isDefaultSource,
  useBundleSource,
  type BundleSource,
} from '@/data/bundle-source.ts';
import { DocumentTitle } from '@/ui/document-title.tsx';
import { strings } from '@/ui/strings.en.ts';
import './bundle-loading.css';

const MAX_PROBLEMS = 20;

function plainWords(error: unknown, source: BundleSource): string {
  const s = strings.bundleError;
  if (!(error instanceof BundleLoadError)) {
    return error instanceof Error
      ? strings.errors.routeError(error.message)
      : strings.errors.unknownError;
  }
  switch (error.kind) {
    case 'network':
      return s.network;
    case 'http':
      return s.http(error.status ?? 0);
    case 'refused':
      return s.refused(source.kind === 'refused' ? source.origin : null, ALLOWED_BUNDLE_ORIGINS);
    case 'empty':
      return s.empty;
    case 'truncated':
      return s.truncated;
    case 'json':
      return s.json;
    case 'not-a-bundle':
      return s.notABundle;
    case 'version':
      return s.version([...READABLE_EARLIER_VERSIONS, SCHEMA_VERSION]);
    case 'invalid':
      return s.invalid;
    case 'split-file':
      return s.splitFile;
    case 'detail':
      return s.detail;
  }
}

function sourceDescription(source: BundleSource): string {
  return source.kind === 'url' ? source.href : source.kind === 'file' ? source.name : source.param;
}

/**
 * The whole page when a bundle cannot be read at all: what happened in plain words, the
 * technical detail behind a disclosure, and a way back. Nothing from the bundle is trusted here
 * beyond being shown as text.
 */
export function BundleErrorPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const s = strings.bundleError;
  const { source } = useBundleSource();
  const problems = error instanceof BundleLoadError ? error.problems : [];
  const detail =
    error instanceof BundleLoadError ? error.detail : error instanceof Error ? error.message : null;
  const first = problems[0];
  return (
    <section className="state state-error bundle-error" aria-labelledby="bundle-error-heading">
      <DocumentTitle title={s.title} />
      <h1 id="bundle-error-heading">{s.title}</h1>
      <p>{s.tried(source.name)}</p>
      <p role="alert">{plainWords(error, source)}</p>
      <details className="bundle-error-details">
        <summary>{s.technical}</summary>
        <dl>
          <dt>{s.source}</dt>
          <dd>
            <code>{sourceDescription(source)}</code>
          </dd>
          {detail && (
            <>
              <dt>{s.parserSaid}</dt>
              <dd>
                <code>{detail}</code>
              </dd>
            </>
          )}
          {first && (
            <>
              <dt>{s.firstProblem}</dt>
              <dd>
                <code>{first.path}</code>: {first.message}
              </dd>
            </>
          )}
        </dl>
        {problems.length > 1 && (
          <ul className="problems">
            {problems.slice(0, MAX_PROBLEMS).map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
            {problems.length > MAX_PROBLEMS && (
              <li>{strings.errors.moreProblems(problems.length - MAX_PROBLEMS)}</li>
            )}
          </ul>
        )}
      </details>
      <p className="actions bundle-error-actions">
        {isTransient(error) && (
          <button type="button" className="button" onClick={onRetry}>
            {s.retry}
          </button>
        )}
        {!isDefaultSource(source) && (
          <Link to={paths.home()} state={DEFAULT_BUNDLE_STATE}>
            {strings.bundle.useDefault}
          </Link>
        )}
        <AppLink to={paths.openBundle()}>{strings.openBundle.title}</AppLink>
      </p>
    </section>
  );
}
