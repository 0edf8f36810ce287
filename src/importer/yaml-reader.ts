/**
 * A thin typed reader over a YAML document that remembers where every value was written, so that
 * a wrong field in an annotation file is reported at its own line, not "somewhere in the file".
 * Problems are recorded in Diagnostics and the getter returns undefined, so one run reports every
 * mistake in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Diagnostics } from './diagnostics.ts';

type Context = { file: string; lineCounter: LineCounter; diag: Diagnostics };

export class YamlObject {
  private readonly entries = new Map<string, { keyOffset: number; value: Node | null }>();

  constructor(
    private readonly ctx: Context,
    map: YAMLMap,
    /** How a message names this object: "figure 2". */
    readonly what: string,
    allowedKeys: readonly string[],
  ) {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyOffset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
      if (!allowedKeys.includes(key)) {
        this.error(
          keyOffset,
          `${what}: unknown field "${key}" (expected one of: ${allowedKeys.join(', ')})`,
        );
        continue;
      }
      this.entries.set(key, { keyOffset, value: (pair.value as Node | null) ?? null });
    }
    this.start = map.range?.[0] ?? 0;
  }

  private readonly start: number;

  get file(): string {
    return this.ctx.file;
  }

  /** The line of a field's value, or of this object where the field is absent. */
  line(key?: string): number {
    const entry = key === undefined ? undefined : this.entries.get(key);
    const offset = entry ? (entry.value?.range?.[0] ?? entry.keyOffset) : this.start;
    return this.ctx.lineCounter.linePos(offset).line;
  }

  /** Written in the file at all, even as null. */
  present(key: string): boolean {
    return this.entries.has(key);
  }

  /** Written with a value other than null. */
  has(key: string): boolean {
    return this.entries.has(key) && !isNullScalar(this.entries.get(key)!.value);
  }

  /** At a field's line (key), a source offset, or this object's own line (undefined). */
  error(at: string | number | undefined, message: string): void {
    const line = typeof at === 'number' ? this.ctx.lineCounter.linePos(at).line : this.line(at);
    this.ctx.diag.error(this.ctx.file, line, message);
  }

  private scalar(key: string, required: boolean): unknown {
    const entry = this.entries.get(key);
    if (!entry || isNullScalar(entry.value)) {
      if (required) this.error(key, `${this.what}: "${key}" is required`);
      return undefined;
    }
    if (!isScalar(entry.value)) {
      this.error(key, `${this.what}: "${key}" must be a single value, not a list or map`);
      return undefined;
    }
    return entry.value.value;
  }

  string(key: string, required = false): string | undefined {
    const v = this.scalar(key, required);
    if (v === undefined) return undefined;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string' || !v.trim()) {
      this.error(key, `${this.what}: "${key}" must be text`);
      return undefined;
    }
    return v;
  }

  number(key: string, required = false): number | undefined {
    const v = this.scalar(key, required);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      this.error(
        key,
        `${this.what}: "${key}" must be a number of at least 0, got ${JSON.stringify(v)}`,
      );
      return undefined;
    }
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.scalar(key, false);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.error(key, `${this.what}: "${key}" must be true or false`);
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(key: string, values: readonly T[], required = false): T | undefined {
    const v = this.string(key, required);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v)) {
      this.error(key, `${this.what}: "${key}" must be one of ${values.join(', ')}, got "${v}"`);
      return undefined;
    }
    return v as T;
  }

  object(key: string, what: string, allowedKeys: readonly string[]): YamlObject | undefined {
    const entry = this.entries.get(key);
    if (!entry || isNullScalar(entry.value)) return undefined;
    if (!isMap(entry.value)) {
      this.error(key, `${this.what}: "${key}" must be a map of fields`);
      return undefined;
    }
    return new YamlObject(this.ctx, entry.value, what, allowedKeys);
  }

  list(key: string, what: string, allowedKeys: readonly string[]): YamlObject[] {
    const entry = this.entries.get(key);
    if (!entry || isNullScalar(entry.value)) return [];
    if (!isSeq(entry.value)) {
      this.error(key, `${this.what}: "${key}" must be a list`);
      return [];
    }
    return entry.value.items.flatMap((node, i) => {
      if (!isMap(node)) {
        this.error(
          (node as Node | null)?.range?.[0] ?? 0,
          `${what} ${i + 1} must be a map of fields`,
        );
        return [];
      }
      return [new YamlObject(this.ctx, node, `${what} ${i + 1}`, allowedKeys)];
    });
  }
}

function isNullScalar(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** Parses a YAML file whose top level is a map; syntax errors are reported with their line. */
export function readYamlObject(
  source: string,
  file: string,
  diag: Diagnostics,
  allowedKeys: readonly string[],
): YamlObject | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    diag.error(file, lineCounter.linePos(e.pos[0]).line, `YAML: ${e.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return undefined;
  if (!isMap(doc.contents)) {
    diag.error(file, 1, 'an annotation file is a YAML map with "page:" and "reviewed:" at the top');
    return undefined;
  }
  return new YamlObject({ file, lineCounter, diag }, doc.contents, 'annotation', allowedKeys);
}
