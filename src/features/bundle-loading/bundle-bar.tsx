import { AppLink } from '@/ui/app-link.tsx';
import { Link } from 'react-router';
import { paths } from '@/config/paths.ts';
import { useLoadedBundle } from '@/data/bundle-query.ts';
import {
  DEFAULT_BUNDLE_STATE,
  isDefaultSource,
  useBundleSource,
  type BundleSource,
} from '@/data/bundle-source.ts';
import { formatDay } from '@/bundle/calendar.ts';
import { strings } from '@/ui/strings.en.ts';
import './bundle-loading.css';

function displayName(source: BundleSource): string {
  if (source.kind === 'file') return strings.bundle.fileName(source.name);
  if (isDefaultSource(source)) return strings.bundle.defaultName(source.name);
  return source.name;
}

/**
 * Which bundle the reader is looking at, on every page: its name, schema version and the date
 * the record speaks up to, with a way to open another and a way back to the default.
 */
export function BundleBar() {
  const s = strings.bundle;
  const { source } = useBundleSource();
  const query = useLoadedBundle();
  const loaded = query.data;
  return (
    <section className="bundle-bar" aria-label={s.barLabel}>
      <div className="page bundle-bar-inner">
        <p className="bundle-bar-status">
          <span className="bundle-bar-label">{s.label}:</span>{' '}
          <strong className="bundle-bar-name">{displayName(source)}</strong>
          {query.isPending && <span> {s.loading}</span>}
          {query.isError && <span> {s.failed}</span>}
          {loaded && (
            <>
              <span className="bundle-bar-sep" aria-hidden="true">
                {' · '}
              </span>
              <span>{s.schemaVersion(loaded.report.schemaVersion)}</span>
              <span className="bundle-bar-sep" aria-hidden="true">
                {' · '}
              </span>
              <span>{s.asOf(formatDay(loaded.index.bundle.asOf))}</span>
            </>
          )}
        </p>
        <p className="bundle-bar-actions">
          <AppLink to={paths.openBundle()}>{strings.openBundle.title}</AppLink>
          {!isDefaultSource(source) && (
            <Link to={paths.home()} state={DEFAULT_BUNDLE_STATE}>
              {s.useDefault}
            </Link>
          )}
        </p>
      </div>
    </section>
  );
}
