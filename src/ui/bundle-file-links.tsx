import { paths } from '@/config/paths.ts';
import { useBundleSource } from '@/data/bundle-source.ts';
import { strings } from './strings.en.ts';

/**
 * Where the whole record can be had: the bundle this page loaded (the active source's own
 * address, so one opened with `?bundle=` links to itself) and the schema it keeps to, both as
 * full addresses, since they are files to fetch rather than views that keep `?bundle=`. A file
 * opened on this device has no address to give, and the footer says so.
 */
export function BundleFileLinks() {
  const { source } = useBundleSource();
  return (
    <p className="footer-links">
      {source.kind === 'url' && <a href={source.href}>{strings.app.footerBundle}</a>}
      {source.kind === 'file' && strings.app.footerFromFile(source.name)}
      <a href={new URL(paths.bundleSchema(), location.href).href}>{strings.app.footerSchema}</a>
    </p>
  );
}
