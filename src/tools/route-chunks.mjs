// Which built files each route of the app loads, read from Vite's build manifest
// (dist/.vite/manifest.json) and from the router's own source: a route's lazy import names its
// module, and the manifest says which chunks and styles that module pulls in statically.

/**
 * The app's routes and the modules they load lazily, in the router's order:
 * [{ route: '/', module: 'src/features/overview/overview-route.tsx' }, ...]. Read from the source
 * text (this script runs in plain Node, which cannot import the TypeScript router).
 */
export function routeModules(routerSource, pathsSource) {
  const patternsBlock = /export const routePatterns = \{([\s\S]*?)\}/.exec(pathsSource);
  if (!patternsBlock) throw new Error('no routePatterns in src/config/paths.ts');
  const patterns = new Map(
    [...patternsBlock[1].matchAll(/(\w+):\s*'([^']*)'/g)].map((m) => [m[1], m[2]]),
  );
  const routes = [];
  // Each child route object: `index: true` or `path: routePatterns.name`, then its lazy import.
  const child =
    /(index:\s*true|path:\s*routePatterns\.(\w+))\s*,\s*lazy:\s*lazyRoute\(\(\)\s*=>\s*import\('([^']+)'\)/g;
  for (const m of routerSource.matchAll(child)) {
    const route = m[2] ? patterns.get(m[2]) : '/';
    if (route === undefined) throw new Error(`no route pattern named ${m[2]}`);
    routes.push({ route, module: m[3].replace(/^@\//, 'src/') });
  }
  if (!routes.length) throw new Error('no lazy routes found in src/app/router.tsx');
  return routes;
}

/** The manifest key of the entry chunk (the one index.html loads). */
export function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!key) throw new Error('the build manifest has no entry');
  return key;
}

/**
 * Every file (script and style) a chunk needs before it runs: its own file and styles, and
 * those of everything it imports statically, transitively. Dynamic imports are not followed:
 * they load later, on demand.
 */
export function staticClosure(manifest, key) {
  const files = new Set();
  const seen = new Set();
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    const chunk = manifest[k];
    if (!chunk) throw new Error(`the build manifest has no chunk "${k}"`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}
