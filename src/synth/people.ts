/**
 * The people of the synthetic council: councillors, the Leader, and the officer holding each
 * post. Names are drawn once per council from the seed and given out to posts in a fixed order,
 * so the same Head of Finance reports all through the record, whatever order issues are written.
 */
import type { Random } from './random.ts';
import { SERVICES } from './services.ts';
import { FIRST_NAMES, SURNAMES } from './vocabulary.ts';

export type People = {
  councillors: readonly string[];
  leader: string;
  /** The officer's name for a post ("Head of Finance"). */
  officer: (post: string) => string;
  /** The councillor who holds a portfolio ("Finance and Assets"). */
  portfolioHolder: (portfolio: string) => string;
};

/** Posts that report without being a service's director or head. */
const OTHER_POSTS = [
  'Chief Executive',
  'Monitoring Officer',
  'Chief Finance Officer',
  'Licensing Officer',
  'Planning Officer',
  'Audit Manager',
];

export function drawPeople(rng: Random): People {
  const r = rng.fork('people');
  const names = r.sample(
    FIRST_NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`)),
    120,
  );
  const councillors = names.slice(0, 54).map((n) => `Councillor ${n}`);
  const posts = [
    ...new Set([...SERVICES.flatMap((s) => [s.director, s.head]), ...OTHER_POSTS]),
  ].sort();
  const officers = new Map(posts.map((post, k) => [post, names[54 + k]!]));
  const portfolios = [...new Set(SERVICES.map((s) => s.portfolio))].sort();
  const holders = new Map(portfolios.map((p, k) => [p, councillors[1 + k]!]));
  return {
    councillors,
    leader: councillors[0]!,
    officer: (post) => officers.get(post) ?? names[119]!,
    portfolioHolder: (portfolio) => holders.get(portfolio) ?? councillors[0]!,
  };
}
