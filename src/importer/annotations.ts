/**
 * An editor's annotation file: what the figures, posts and promises on one page *mean*, each
 * given by quoting the page verbatim. The importer finds every quote in the page (it must be
 * unique, or say `occurrence: N`), takes the item from where the quote falls, and checks each
 * figure's amount against the amounts it found itself inside that quote. Anything that does not
 * line up is an error at the annotation's own line: a meaning that cannot be traced to the record
 * is not published.
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
 *               note?, quote, occurrence?, basis }]
 *   structure: [{ id, unit, role, steps: [{ label, fte, date?, condition?, note?, quote,
 *                 occurrence?, basis }], notes?: [{ text, quote, occurrence?, basis }] }]
 *   commitments: [{ id, text, owner, due?, status?, quote, occurrence?, basis,
 *                   evidence?: [{ text, quote, occurrence? }] }]
 *
 * Dates may be written as the record writes them ("April 2011", "2011/12") or as ISO ("2011-04",
 * "2010-10-28").
 */
import {
  basis as basisSchema,
  bodyKind,
  figureKind,
  outcomeValue,
  recurrence as recurrenceSchema,
  type Basis,
  type BodyKind,
  type Commitment,
  type Council,
  type Figure,
  type Mention,
  type Outcome,
  type PreciseDate,
  type SourceSpan,
  type Structure,
  type StructureStep,
} from '../bundle/schema.ts';
import type { Diagnostics } from './diagnostics.ts';
import { findMentions } from './mentions.ts';
import { parseUkDate } from '../bundle/calendar.ts';
import { slug, type Span } from './text-spans.ts';
import { readYamlObject, type YamlObject } from './yaml-reader.ts';

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
};

const TOP_KEYS = [
  'page',
  'reviewed',
  'asOf',
  'council',
  'bodies',
  'outcomes',
  'figures',
  'structure',
  'commitments',
];
const QUOTE_KEYS = ['quote', 'occurrence'];
const BASES = basisSchema.options;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

export function readAnnotations(
  source: string,
  file: string,
  page: AnnotatedPage,
  diag: Diagnostics,
): Annotations | undefined {
  const root = readYamlObject(source, file, diag, TOP_KEYS);
  if (!root) return undefined;
  const join = new Join(page);

  const pageName = root.string('page', true);
  if (pageName !== undefined && pageName !== page.fileName) {
    root.error('page', `this file annotates "${pageName}", not "${page.fileName}"`);
  }
  const reviewed = root.string('reviewed', true) ?? '';
  if (reviewed && (!ISO_INSTANT.test(reviewed) || Number.isNaN(Date.parse(reviewed)))) {
    root.error(
      'reviewed',
      `"reviewed" must be an ISO time in UTC such as 2026-11-26T09:00:00Z, got "${reviewed}"`,
    );
  }
  let asOf: string | null = null;
  if (root.has('asOf')) {
    const d = join.date(root, 'asOf');
    if (d && d.precision !== 'day') root.error('asOf', '"asOf" must be a day (YYYY-MM-DD)');
    else if (d) asOf = d.date;
  }

  const councilNode = root.object('council', 'council', ['name', 'basis', 'note']);
  const council: Council | null = councilNode
    ? {
        name: councilNode.string('name', true) ?? '',
        basis: councilNode.oneOf('basis', BASES, true) ?? 'editor',
        note: councilNode.string('note') ?? null,
      }
    : null;

  const bodyKinds: Annotations['bodyKinds'] = new Map();
  for (const b of root.list('bodies', 'body', ['name', 'kind'])) {
    const name = b.string('name', true);
    const kind = b.oneOf('kind', bodyKind.options, true);
    if (name && kind) bodyKinds.set(name, { kind, file, line: b.line('kind') });
  }

  const outcomes = new Map<string, Outcome>();
  for (const o of root.list('outcomes', 'outcome', [
    'item',
    'value',
    'basis',
    'note',
    ...QUOTE_KEYS,
  ])) {
    const value = o.oneOf('value', outcomeValue.options, true);
    const basis = o.oneOf('basis', BASES, true);
    const note = o.string('note') ?? null;
    const source = o.has('quote') ? join.quote(o) : null;
    let itemId = o.string('item');
    if (source) {
      const quoted = join.itemAt(o, source);
      if (itemId !== undefined && quoted !== undefined && quoted !== itemId) {
        o.error('item', `${o.what}: the quote is in item "${quoted}", not "${itemId}"`);
      }
      itemId ??= quoted;
    }
    if (itemId === undefined) {
      if (!o.has('quote'))
        o.error(undefined, `${o.what}: give the "item" id, or a "quote" from the item`);
      continue;
    }
    if (!page.items.some((i) => i.id === itemId)) {
      o.error(
        'item',
        `${o.what}: no item "${itemId}" in ${page.fileName} (items: ${page.items.map((i) => i.id).join(', ')})`,
      );
      continue;
    }
    if (value === 'unknown' && !note)
      o.error(undefined, `${o.what}: an unknown outcome needs a "note" saying why`);
    if (outcomes.has(itemId))
      o.error(undefined, `${o.what}: item "${itemId}" already has an outcome`);
    if (value && basis) outcomes.set(itemId, { value, basis, source: source ?? null, note });
  }

  const figures = root
    .list('figures', 'figure', [
      'id',
      'kind',
      'value',
      'low',
      'high',
      'unit',
      'recurrence',
      'period',
      'indicative',
      'label',
      'note',
      'basis',
      ...QUOTE_KEYS,
    ])
    .flatMap((f) => join.figure(f));

  const structure = root
    .list('structure', 'structure', ['id', 'unit', 'role', 'steps', 'notes'])
    .flatMap((s) => join.structure(s));

  const commitments = root
    .list('commitments', 'commitment', [
      'id',
      'text',
      'owner',
      'due',
      'status',
      'evidence',
      'basis',
      ...QUOTE_KEYS,
    ])
    .flatMap((c) => join.commitment(c));

  return { reviewed, asOf, council, bodyKinds, outcomes, figures, structure, commitments };
}

class Join {
  constructor(private readonly page: AnnotatedPage) {}

  /** Finds the field's quote verbatim in the page. */
  quote(node: YamlObject): SourceSpan | undefined {
    const quote = node.string('quote', true);
    if (quote === undefined) return undefined;
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
      node.error('quote', `quote not found in ${this.page.fileName}: "${shown}"`);
      return undefined;
    }
    let index = 0;
    if (node.has('occurrence')) {
      const n = node.number('occurrence');
      if (n === undefined) return undefined;
      if (!Number.isInteger(n) || n < 1 || n > found.length) {
        node.error(
          'occurrence',
          `${node.what}: occurrence ${n} asked for, but the quote appears ${found.length} time(s) in ${this.page.fileName}`,
        );
        return undefined;
      }
      index = n - 1;
    } else if (found.length > 1) {
      node.error(
        'quote',
        `quote appears ${found.length} times in ${this.page.fileName}; add "occurrence: N" to say which: "${shown}"`,
      );
      return undefined;
    }
    const start = found[index]!;
    return { documentId: this.page.documentId, start, end: start + quote.length, quote };
  }

  itemAt(node: YamlObject, span: SourceSpan): string | undefined {
    const item = this.page.items.find((i) => i.span.start <= span.start && span.end <= i.span.end);
    if (!item) node.error('quote', `${node.what}: the quote is not inside any meeting's item`);
    return item?.id;
  }

  private id(node: YamlObject): string | undefined {
    const id = node.string('id', true);
    if (id !== undefined && !SLUG.test(id)) {
      node.error('id', `${node.what}: id "${id}" must be lower-case letters, digits and hyphens`);
      return undefined;
    }
    return id;
  }

  date(node: YamlObject, key: string): PreciseDate | undefined {
    const raw = node.string(key, true);
    if (raw === undefined) return undefined;
    const d = parsePreciseDate(raw.trim());
    if (!d)
      node.error(
        key,
        `${node.what}: cannot read "${raw}" as a date (try "April 2011", "2011-04", "2010-10-28" or "2011/12")`,
      );
    return d;
  }

  /** "Stated" means the record says it: a stated date must be one the quote itself gives. */
  private expectStatedDate(node: YamlObject, key: string, date: PreciseDate, source: SourceSpan) {
    const said = this.page.mentions.some(
      (m) =>
        m.kind === 'date' &&
        source.start <= m.start &&
        m.end <= source.end &&
        m.value.date === date.date &&
        m.value.precision === date.precision,
    );
    if (!said) {
      node.error(
        key,
        `${node.what}: the basis is "stated" but the quote does not give the date ${date.date}; quote the words that do, or make the basis "editor"`,
      );
    }
  }

  figure(f: YamlObject): Figure[] {
    const id = this.id(f);
    const kind = f.oneOf('kind', figureKind.options, true);
    const unit = f.oneOf('unit', ['GBP', 'percent', 'fte'] as const, true);
    const value = f.number('value');
    const low = f.number('low');
    const high = f.number('high');
    const recurrence = f.has('recurrence')
      ? f.oneOf('recurrence', recurrenceSchema.options)
      : undefined;
    const period = f.has('period') ? this.date(f, 'period') : undefined;
    const label = f.string('label', true);
    const basis = f.oneOf('basis', BASES, true);
    const source = this.quote(f);
    const itemId = source ? this.itemAt(f, source) : undefined;

    const single = value !== undefined;
    const range = low !== undefined && high !== undefined;
    if (single === range || (!range && (low !== undefined || high !== undefined))) {
      f.error(undefined, `${f.what}: give either "value", or both "low" and "high"`);
      return [];
    }
    if (!id || !kind || !unit || !label || !basis || !source || !itemId) return [];

    const mentionKind = unit === 'GBP' ? 'money' : unit === 'percent' ? 'percent' : 'count';
    const inside = this.page.mentions.filter((m) => source.start <= m.start && m.end <= source.end);
    const amounts = inside.filter((m) => m.kind === mentionKind);
    const matches = amounts.filter((m) =>
      single ? 'value' in m && m.value === value : 'low' in m && m.low === low && m.high === high,
    );
    if (matches.length === 0) {
      const wanted = single ? String(value) : `${low}-${high}`;
      const seen = amounts.map((m) => `"${m.quote}" = ${describeAmount(m)}`).join(', ');
      f.error(
        single ? 'value' : 'low',
        `${f.what}: ${wanted} ${unit} is not an amount found in its quote (${seen ? `found ${seen}` : `no ${mentionKind} amounts found there`})`,
      );
      return [];
    }
    const periodMentions = period
      ? inside.filter(
          (m) =>
            m.kind === 'date' &&
            m.value.date === period.date &&
            m.value.precision === period.precision,
        )
      : [];
    return [
      {
        id,
        kind,
        ...(single ? { value } : { low, high }),
        unit,
        recurrence: recurrence ?? null,
        period: period ?? null,
        indicative: f.boolean('indicative') ?? false,
        label,
        note: f.string('note') ?? null,
        itemId,
        mentionIds: [...matches, ...periodMentions].map((m) => m.id),
        source,
        basis,
      },
    ];
  }

  structure(s: YamlObject): Structure[] {
    const id = this.id(s);
    const unit = s.string('unit', true);
    const role = s.string('role', true);
    const steps: StructureStep[] = [];
    for (const step of s.list('steps', `${s.what} step`, [
      'label',
      'fte',
      'date',
      'condition',
      'note',
      'basis',
      ...QUOTE_KEYS,
    ])) {
      const label = step.string('label', true);
      const fte = step.number('fte', true);
      const date = step.has('date') ? this.date(step, 'date') : undefined;
      const basis = step.oneOf('basis', BASES, true);
      const source = this.quote(step);
      const itemId = source ? this.itemAt(step, source) : undefined;
      if (!id || !label || fte === undefined || !basis || !source || !itemId) continue;
      if (date && basis === 'stated') this.expectStatedDate(step, 'date', date, source);
      const stepId = `${id}-${slug(label)}`;
      if (steps.some((x) => x.id === stepId))
        step.error('label', `${step.what}: a step "${label}" is already listed`);
      steps.push({
        id: stepId,
        label,
        date: date ?? null,
        fte,
        condition: step.string('condition') ?? null,
        note: step.string('note') ?? null,
        itemId,
        source,
        basis,
      });
    }
    const notes = s
      .list('notes', `${s.what} note`, ['text', 'basis', ...QUOTE_KEYS])
      .flatMap((n) => {
        const text = n.string('text', true);
        const basis = n.oneOf('basis', BASES, true);
        const source = this.quote(n);
        return text && basis && source ? [{ text, source, basis }] : [];
      });
    if (!id || !unit || !role) return [];
    return [{ id, unit, role, steps, notes }];
  }

  commitment(c: YamlObject): Commitment[] {
    const id = this.id(c);
    const text = c.string('text', true);
    // An owner must be written out, even as null, so that "nobody named" is a choice, not an omission.
    if (!c.present('owner')) {
      c.error(undefined, `${c.what}: write "owner:", as null where the record names nobody`);
    }
    const owner = c.string('owner') ?? null;
    const due = c.has('due') ? this.date(c, 'due') : undefined;
    const status = c.oneOf('status', ['open', 'met', 'withdrawn'] as const) ?? 'open';
    const basis: Basis | undefined = c.oneOf('basis', BASES, true);
    const source = this.quote(c);
    const madeAt = source ? this.itemAt(c, source) : undefined;
    const evidence = c
      .list('evidence', `${c.what} evidence`, ['text', ...QUOTE_KEYS])
      .flatMap((e) => {
        const etext = e.string('text', true);
        const esource = this.quote(e);
        return etext && esource ? [{ text: etext, source: esource }] : [];
      });
    if (!id || !text || !basis || !source || !madeAt) return [];
    if (due && basis === 'stated') this.expectStatedDate(c, 'due', due, source);
    return [{ id, text, owner, due: due ?? null, madeAt, status, evidence, source, basis }];
  }
}

function describeAmount(m: Mention): string {
  if ('low' in m && m.low !== undefined) return `${m.low}-${m.high}`;
  return 'value' in m && typeof m.value === 'number' ? String(m.value) : '?';
}

/** A date as an editor may write it: ISO at any precision, a UK date, or the record's own words. */
export function parsePreciseDate(raw: string): PreciseDate | undefined {
  if (/^\d{4}$/.test(raw)) return { date: raw, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(raw)) {
    const month = Number(raw.slice(5));
    return month >= 1 && month <= 12 ? { date: raw, precision: 'month' } : undefined;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const uk = iso ? parseUkDate(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseUkDate(raw);
  if ('iso' in uk) return { date: uk.iso, precision: 'day' };
  if (iso || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(raw)) return undefined;
  const found = findMentions(raw, { start: 0, end: raw.length });
  const only = found[0];
  if (found.length === 1 && only && only.kind === 'date' && only.quote === raw) return only.value;
  return undefined;
}
