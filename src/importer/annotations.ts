/**
 * An editor's annotation file: what the figures, posts and promises on one page *mean*, each
 * given by quoting the page verbatim. The importer finds every quote in the page (it must be
 * unique, or say `occurrence: N`), takes the item from where the quote falls, and checks each
 * figure's amount against the amounts it found itself inside that quote. Anything that does not
 * line up is an error at the line and column where the annotation wrote it: a meaning that cannot
 * be traced to the record is not published. The file's shape (which fields, of which kinds) is
 * the zod schema in annotation-schema.ts; what depends on the page is checked here.
 *
 * Format (YAML):
 *
 *   page: NAME.moderngov-issue.txt     # the page in the same folder this file annotates
 *   reviewed: 2026-11-26T09:00:00Z     # when an editor last checked it; the bundle's generatedAt
 *   asOf: 2010-12-13                   # optional; else the latest meeting date
 *   council: { name, basis, note }     # optional
 *   bodies: [{ name, kind }]           # optional; a body kind its name does not tell
 *   outcomes: [{ item, value, basis, quote?, occurrence?, note? }]
 *   figures: [{ id, kind, value | low + high, unit, recurrence?, period?, indicative?, label,
 *               note?, quote, occurrence?, basis, qualifiers?: [{ quote, occurrence? }] }]
 *   structure: [{ id, unit, role, steps: [{ label, fte, date?, condition?, note?, quote,
 *                 occurrence?, basis }], notes?: [{ text, quote, occurrence?, basis }] }]
 *   commitments: [{ id, text, owner, due?, status?, quote, occurrence?, basis,
 *                   furtherQuotes?: [{ quote, occurrence? }],
 *                   evidence?: [{ text, quote, occurrence? }] }]
 *   remarks: [{ kind, by?, text, quote, occurrence?, basis }]
 *
 * A figure's `qualifiers` each quote words holding exactly one amount the importer found, other
 * than the figure's own: what the figure is reckoned from ("10-15%" of budgets). A commitment's
 * text may give a number only where its quote, or one of its `furtherQuotes`, gives it too.
 * A remark (kind invitation, concern or question) is what a scrutiny committee would look for
 * beside a decision; `by` is who said it, as the record names them. Remarks, like figures and
 * commitments, belong to the item their quote falls in.
 *
 * Dates may be written as the record writes them ("April 2011", "2011/12") or as ISO ("2011-04",
 * "2010-10-28").
 */
import type {
  BodyKind,
  Commitment,
  Council,
  Figure,
  Mention,
  Outcome,
  PreciseDate,
  Remark,
  SourceSpan,
  Structure,
  StructureStep,
} from '../bundle/schema.ts';
import {
  annotationFile,
  entryName,
  type AnnotationFile,
  type QuoteFields,
} from './annotation-schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkShape, readYaml, type YamlPath, type YamlSource } from './read-yaml.ts';
import { slug, type Span } from './text-spans.ts';

/** What the join needs to know about the page an annotation file names. */
export type AnnotatedPage = {
  /** As shown in messages. */
  file: string;
  fileName: string;
  documentId: string;
  text: string;
  items: ReadonlyArray<{ id: string; span: Span }>;
  mentions: readonly Mention[];
};

export type Annotations = {
  reviewed: string;
  asOf: string | null;
  council: Council | null;
  /** Body kinds by body name, each with where it was written. */
  bodyKinds: Map<string, { kind: BodyKind; file: string; line: number }>;
  outcomes: Map<string, Outcome>;
  figures: Figure[];
  structure: Structure[];
  commitments: Commitment[];
  /** By item id, in the file's order. */
  remarks: Map<string, Remark[]>;
};

type Entry<K extends 'outcomes' | 'figures' | 'structure' | 'commitments' | 'remarks'> =
  NonNullable<AnnotationFile[K]>[number];

export function readAnnotations(
  source: string,
  file: string,
  page: AnnotatedPage,
  diag: Diagnostics,
): Annotations | undefined {
  const yaml = readYaml(
    source,
    file,
    diag,
    'an annotation file is a YAML map with "page:" and "reviewed:" at the top',
  );
  if (!yaml) return undefined;
  // Checked before the shape: a file beside the wrong page says so whatever else is wrong in it.
  const named = (yaml.value as { page?: unknown }).page;
  if (typeof named === 'string' && named !== page.fileName) {
    yaml.error(['page'], `this file annotates "${named}", not "${page.fileName}"`);
  }
  const data = checkShape(yaml, annotationFile, entryName);
  if (!data || named !== page.fileName) return undefined;
  const join = new Join(page, yaml);

  const bodyKinds: Annotations['bodyKinds'] = new Map();
  (data.bodies ?? []).forEach((b, k) => {
    bodyKinds.set(b.name, { kind: b.kind, file, line: yaml.at(['bodies', k, 'kind']).line });
  });

  const outcomes = new Map<string, Outcome>();
  (data.outcomes ?? []).forEach((o, k) => join.outcome(o, ['outcomes', k], outcomes));

  const remarks = new Map<string, Remark[]>();
  (data.remarks ?? []).forEach((r, k) => {
    const placed = join.remark(r, ['remarks', k]);
    if (placed) remarks.set(placed.itemId, [...(remarks.get(placed.itemId) ?? []), placed.remark]);
  });

  return {
    reviewed: data.reviewed,
    asOf: data.asOf?.date ?? null,
    council: data.council
      ? { name: data.council.name, basis: data.council.basis, note: data.council.note ?? null }
      : null,
    bodyKinds,
    outcomes,
    figures: (data.figures ?? []).flatMap((f, k) => join.figure(f, ['figures', k])),
    structure: (data.structure ?? []).flatMap((s, k) => join.structure(s, ['structure', k])),
    commitments: (data.commitments ?? []).flatMap((c, k) => join.commitment(c, ['commitments', k])),
    remarks,
  };
}

/** Ties each entry to the page: its quote's place, its item, and the amounts inside its quote. */
class Join {
  constructor(
    private readonly page: AnnotatedPage,
    private readonly yaml: YamlSource,
  ) {}

  /** Reports at a field of the entry at `path`, or at the entry itself. */
  private error(path: YamlPath, field: string | undefined, message: string) {
    this.yaml.error(
      field === undefined ? path : [...path, field],
      `${entryName(path)}: ${message}`,
    );
  }

  /** Finds the entry's quote verbatim in the page. */
  quote(entry: QuoteFields, path: YamlPath): SourceSpan | undefined {
    const { quote, occurrence } = entry;
    const found: number[] = [];
    for (
      let at = this.page.text.indexOf(quote);
      at !== -1;
      at = this.page.text.indexOf(quote, at + 1)
    ) {
      found.push(at);
    }
    const shown = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
    if (found.length === 0) {
      this.error(path, 'quote', `quote not found in ${this.page.fileName}: "${shown}"`);
      return undefined;
    }
    let index = 0;
    if (occurrence != null) {
      if (occurrence > found.length) {
        this.error(
          path,
          'occurrence',
          `occurrence ${occurrence} asked for, but the quote appears ${found.length} time(s) in ${this.page.fileName}`,
        );
        return undefined;
      }
      index = occurrence - 1;
    } else if (found.length > 1) {
      this.error(
        path,
        'quote',
        `quote appears ${found.length} times in ${this.page.fileName}; add "occurrence: N" to say which: "${shown}"`,
      );
      return undefined;
    }
    const start = found[index]!;
    return { documentId: this.page.documentId, start, end: start + quote.length, quote };
  }

  private itemAt(span: SourceSpan, path: YamlPath): string | undefined {
    const item = this.page.items.find((i) => i.span.start <= span.start && span.end <= i.span.end);
    if (!item) this.error(path, 'quote', `the quote is not inside any meeting's item`);
    return item?.id;
  }

  /** "Stated" means the record says it: a stated date must be one the quote itself gives. */
  private expectStatedDate(path: YamlPath, field: string, date: PreciseDate, source: SourceSpan) {
    const said = this.page.mentions.some(
      (m) =>
        m.kind === 'date' &&
        source.start <= m.start &&
        m.end <= source.end &&
        m.value.date === date.date &&
        m.value.precision === date.precision,
    );
    if (!said) {
      this.error(
        path,
        field,
        `the basis is "stated" but the quote does not give the date ${date.date}; quote the words that do, or make the basis "editor"`,
      );
    }
  }

  outcome(o: Entry<'outcomes'>, path: YamlPath, outcomes: Map<string, Outcome>) {
    const source =
      o.quote != null ? this.quote({ quote: o.quote, occurrence: o.occurrence }, path) : null;
    if (source === undefined) return;
    let itemId = o.item ?? undefined;
    if (source) {
      const quoted = this.itemAt(source, path);
      if (quoted === undefined) return;
      if (itemId !== undefined && quoted !== itemId) {
        this.error(path, 'item', `the quote is in item "${quoted}", not "${itemId}"`);
        return;
      }
      itemId = quoted;
    }
    if (itemId === undefined) return;
    if (!this.page.items.some((i) => i.id === itemId)) {
      this.error(
        path,
        'item',
        `no item "${itemId}" in ${this.page.fileName} (items: ${this.page.items.map((i) => i.id).join(', ')})`,
      );
      return;
    }
    if (outcomes.has(itemId)) {
      this.error(path, undefined, `item "${itemId}" already has an outcome`);
      return;
    }
    outcomes.set(itemId, { value: o.value, basis: o.basis, source, note: o.note ?? null });
  }

  figure(f: Entry<'figures'>, path: YamlPath): Figure[] {
    const source = this.quote(f, path);
    const itemId = source && this.itemAt(source, path);
    if (!source || !itemId) return [];

    const single = f.value != null;
    const mentionKind = f.unit === 'GBP' ? 'money' : f.unit === 'percent' ? 'percent' : 'count';
    const inside = this.page.mentions.filter((m) => source.start <= m.start && m.end <= source.end);
    const amounts = inside.filter((m) => m.kind === mentionKind);
    const matches = amounts.filter((m) =>
      single
        ? 'value' in m && m.value === f.value
        : 'low' in m && m.low === f.low && m.high === f.high,
    );
    if (matches.length === 0) {
      const wanted = single ? String(f.value) : `${f.low}-${f.high}`;
      const seen = amounts.map((m) => `"${m.quote}" = ${describeAmount(m)}`).join(', ');
      this.error(
        path,
        single ? 'value' : 'low',
        `${wanted} ${f.unit} is not an amount found in its quote (${seen ? `found ${seen}` : `no ${mentionKind} amounts found there`})`,
      );
      return [];
    }
    const period = f.period ?? null;
    const periodMentions = period
      ? inside.filter(
          (m) =>
            m.kind === 'date' &&
            m.value.date === period.date &&
            m.value.precision === period.precision,
        )
      : [];
    const own = new Set([...matches, ...periodMentions].map((m) => m.id));
    const qualifiedBy = (f.qualifiers ?? []).map((q, k) =>
      this.qualifier(q, [...path, 'qualifiers', k], own),
    );
    if (qualifiedBy.includes(undefined)) return [];
    return [
      {
        id: f.id,
        kind: f.kind,
        ...(single ? { value: f.value! } : { low: f.low!, high: f.high! }),
        unit: f.unit,
        recurrence: f.recurrence ?? null,
        period,
        indicative: f.indicative ?? false,
        label: f.label,
        note: f.note ?? null,
        itemId,
        mentionIds: [...own],
        ...(qualifiedBy.length ? { qualifiedBy: qualifiedBy as string[] } : {}),
        source,
        basis: f.basis,
      },
    ];
  }

  /** The one mention a qualifier's quote holds that is not the figure's own amount or period. */
  private qualifier(q: QuoteFields, path: YamlPath, own: ReadonlySet<string>): string | undefined {
    const span = this.quote(q, path);
    if (!span) return undefined;
    const held = this.page.mentions.filter(
      (m) => span.start <= m.start && m.end <= span.end && !own.has(m.id),
    );
    if (held.length === 1) return held[0]!.id;
    this.error(
      path,
      'quote',
      held.length === 0
        ? "the quote holds no quantity the importer found, other than the figure's own; quote the words around the one that qualifies it"
        : `the quote holds ${held.length} quantities the importer found (${held.map((m) => `"${m.quote}"`).join(', ')}); quote the words around only the one that qualifies the figure`,
    );
    return undefined;
  }

  structure(s: Entry<'structure'>, path: YamlPath): Structure[] {
    const steps: StructureStep[] = [];
    (s.steps ?? []).forEach((step, k) => {
      const at = [...path, 'steps', k];
      const source = this.quote(step, at);
      const itemId = source && this.itemAt(source, at);
      if (!source || !itemId) return;
      if (step.date && step.basis === 'stated')
        this.expectStatedDate(at, 'date', step.date, source);
      const stepId = `${s.id}-${slug(step.label)}`;
      if (steps.some((x) => x.id === stepId)) {
        this.error(at, 'label', `a step "${step.label}" is already listed`);
        return;
      }
      steps.push({
        id: stepId,
        label: step.label,
        date: step.date ?? null,
        fte: step.fte,
        condition: step.condition ?? null,
        note: step.note ?? null,
        itemId,
        source,
        basis: step.basis,
      });
    });
    const notes = (s.notes ?? []).flatMap((n, k) => {
      const source = this.quote(n, [...path, 'notes', k]);
      return source ? [{ text: n.text, source, basis: n.basis }] : [];
    });
    return [{ id: s.id, unit: s.unit, role: s.role, steps, notes }];
  }

  commitment(c: Entry<'commitments'>, path: YamlPath): Commitment[] {
    const source = this.quote(c, path);
    const madeAt = source && this.itemAt(source, path);
    const further = (c.furtherQuotes ?? []).map((q, k) =>
      this.quote(q, [...path, 'furtherQuotes', k]),
    );
    const evidence = (c.evidence ?? []).flatMap((e, k) => {
      const esource = this.quote(e, [...path, 'evidence', k]);
      return esource ? [{ text: e.text, source: esource }] : [];
    });
    if (!source || !madeAt || further.includes(undefined)) return [];
    const furtherSources = further as SourceSpan[];
    if (c.due && c.basis === 'stated') this.expectStatedDate(path, 'due', c.due, source);
    const quoted = new Set(
      [source, ...furtherSources].flatMap((q) => [...numbersIn(q.quote).keys()]),
    );
    const unquoted = [...numbersIn(c.text)].flatMap(([key, written]) =>
      quoted.has(key) ? [] : [written],
    );
    if (unquoted.length) {
      this.error(
        path,
        'text',
        `the text gives ${unquoted.join(', ')}, which none of its quotes does; quote the words that do (under "furtherQuotes"), or leave the number out`,
      );
      return [];
    }
    return [
      {
        id: c.id,
        text: c.text,
        owner: c.owner,
        due: c.due ?? null,
        madeAt,
        status: c.status ?? 'open',
        evidence,
        source,
        ...(furtherSources.length ? { furtherSources } : {}),
        basis: c.basis,
      },
    ];
  }

  remark(r: Entry<'remarks'>, path: YamlPath): { itemId: string; remark: Remark } | undefined {
    const source = this.quote(r, path);
    const itemId = source && this.itemAt(source, path);
    if (!source || !itemId) return undefined;
    return {
      itemId,
      remark: { kind: r.kind, by: r.by ?? null, text: r.text, source, basis: r.basis },
    };
  }
}

/** The numbers some words give, as written, each keyed so that "£80,000" matches "80000". */
function numbersIn(words: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [written] of words.matchAll(/\d+(?:[.,]\d+)*/g)) {
    found.set(written.replace(/,(?=\d{3}(?!\d))/g, ''), written);
  }
  return found;
}

function describeAmount(m: Mention): string {
  if ('low' in m && m.low !== undefined) return `${m.low}-${m.high}`;
  return 'value' in m && typeof m.value === 'number' ? String(m.value) : '?';
}
