/**
 * A small seeded random source, so that the same seed always gives the same council. It is
 * mulberry32 (a well-known 32-bit generator: fast, and good enough for made-up minutes), seeded
 * from a string hash so that any seed, number or word, works. Nothing here reads the clock or
 * Math.random.
 *
 * `fork` derives an independent stream for one part of the council ("issue 412"), so that adding
 * a sentence to one issue's minutes does not reshuffle every issue after it.
 */

/** FNV-1a over the string's UTF-16 code units: a stable 32-bit hash, the same on every machine. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  private state: number;
  private readonly seedText: string;

  constructor(seed: string) {
    this.seedText = seed;
    this.state = hashString(seed);
  }

  /** A new stream for one named part; its numbers do not depend on how far this one has run. */
  fork(...labels: Array<string | number>): Random {
    return new Random(`${this.seedText}/${labels.join('/')}`);
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** One of the keys, each as likely as its weight. */
  weighted<T>(options: ReadonlyArray<readonly [T, number]>): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** `count` different entries of the list, in a random order. */
  sample<T>(list: readonly T[], count: number): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }
}
