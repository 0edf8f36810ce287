/** The site's main navigation: the header's links, in the app and in the page's static frame. */
import { paths } from '../config/paths.ts';
import { strings } from '../ui/strings.en.ts';

export const siteNav = [
  { to: paths.home(), label: strings.app.nav.home, end: true },
  { to: paths.issues(), label: strings.app.nav.issues, end: false },
  { to: paths.search(), label: strings.app.nav.search, end: false },
  { to: paths.timeline(), label: strings.app.nav.timeline, end: false },
  { to: paths.savings(), label: strings.app.nav.savings, end: false },
  { to: paths.structure(), label: strings.app.nav.structure, end: false },
  { to: paths.commitments(), label: strings.app.nav.commitments, end: false },
];
