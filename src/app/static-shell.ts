/**
 * The page's frame as plain HTML, written into index.html when the app is built (vite.config.ts):
 * the site header and the loading notice, as LayoutFallback draws them before any link is the
 * current page. A phone shows it as soon as the HTML and CSS arrive, instead of a blank page until
 * the app's script has downloaded and run; React then draws the same frame in its place.
 * static-shell.test.tsx holds the two to the same markup.
 */
import { siteNav } from './site-nav.ts';
import { strings } from '../ui/strings.en.ts';

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const link = (href: string, label: string) =>
  `<a class="" href="${escapeHtml(href)}" data-discover="true">${escapeHtml(label)}</a>`;

export function staticShell(): string {
  const [home] = siteNav;
  return [
    `<a class="skip-link" href="#main">${escapeHtml(strings.app.skipLink)}</a>`,
    '<header class="site-header"><div class="page header-inner">',
    `<p class="site-name">${link(home!.to, strings.app.name)}</p>`,
    `<nav aria-label="${escapeHtml(strings.app.navLabel)}"><ul class="nav-list">`,
    ...siteNav.map((n) => `<li>${link(n.to, n.label)}</li>`),
    '</ul></nav></div></header>',
    '<main id="main" class="page" tabindex="-1"><div class="state state-loading">',
    '<span class="spinner" aria-hidden="true"></span>',
    `<div><p role="status" class="state-loading-text">${escapeHtml(strings.common.loading)}</p></div>`,
    '</div></main>',
  ].join('');
}
