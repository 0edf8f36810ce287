import { paths } from '@/config/paths.ts';
import { useBundleSource } from '@/data/bundle-source.ts';
import { strings } from './strings.en.ts';

/**
 * Where the whole record can be had: the bundle this page loaded (the active source's own
 * address, so a bundle opened with `?bundle=` links to itself) and the schema it keeps to. A
 * file opened on this device has no address to give, and the footer says so.
 */
export function BundleFileLinks() {
  const { source } = useBundleSource();
  return (
    <ul className="footer-links">
      {source.kind === 'url' && (
        <li>
          <a href={source.href}>{strings.app.footerBundle}</a>
        </li>
      )}
      {source.kind === 'file' && <li>{strings.app.footerFromFile(source.name)}</li>}
      <li>
        {/* A full address, as the bundle's is: a file to fetch, not a view that keeps ?bundle=. */}
        <a href={new URL(paths.bundleSchema(), location.href).href}>{strings.app.footerSchema}</a>
      </li>
    </ul>
  );
}
