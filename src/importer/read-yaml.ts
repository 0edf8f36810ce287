/**
 * Reads a YAML file and checks it against a zod schema, keeping the YAML document so that each
 * thing wrong is reported at the line and column where it was written: an editor jumps straight
 * to it instead of hunting through the file. Every problem the schema finds is reported in one
 * run.
 */
import type * as z from 'zod/mini';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostics } from './diagnostics.ts';

export type YamlPath = ReadonlyArray<string | number>;
export type Position = { line: number; column: number };

/** A parsed YAML file that can say where each of its values was written. */
export type YamlSource = {
  /** The file as plain data, not yet checked against any schema. */
  value: unknown;
  /**
   * Where the value at `path` was written. A field that is not written at all is placed at the
   * map that lacks it, since that is where it would go.
   */
  at: (path: YamlPath) => Position;
  /** Where a field's key was written in the map at `path`: for a field that has no place. */
  atKey: (path: YamlPath, key: string) => Position;
  report: (at: Position, message: string) => void;
  /** Reports an error at the value at `path`. */
  error: (path: YamlPath, message: string) => void;
};

/** Parses the file; syntax errors, and a top level that is not a map, are reported here. */
export function readYaml(
  source: string,
  file: string,
  diag: Diagnostics,
  notAMap: string,
): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const report = (at: Position, message: string) => diag.error(file, at.line, message, at.column);
  for (const e of doc.errors) report(position(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length) return undefined;
  if (!isMap(doc.contents)) {
    report(position(0), notAMap);
    return undefined;
  }
  return {
    value: doc.toJS(),
    at: (path) => position(offsetOf(doc, path)),
    atKey: (path, key) => position(keyOffset(doc, path, key)),
    report,
    error: (path, message) => report(position(offsetOf(doc, path)), message),
  };
}

/**
 * Checks the file against a schema, reporting every problem at its own value, each said of the
 * entry it is in: `nameOf` names the entry at a path ("figure 2", "structure 1 step 3").
 */
export function checkShape<S extends z.ZodMiniType>(
  yaml: YamlSource,
  schema: S,
  nameOf: (path: YamlPath) => string,
): z.output<S> | undefined {
  const parsed = schema.safeParse(yaml.value, { error: plainWords });
  if (parsed.success) return parsed.data;
  const found: { at: Position; message: string }[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      // One message per field, each at its own key, so every misspelling is found where it is.
      for (const key of issue.keys) {
        found.push({
          at: yaml.atKey(path, key),
          message: say(nameOf(path), `unknown field "${key}" (${issue.message})`),
        });
      }
      continue;
    }
    const last = path.at(-1);
    found.push({
      at: yaml.at(path),
      message:
        typeof last === 'string'
          ? say(nameOf(path.slice(0, -1)), `"${last}" ${issue.message}`)
          : say(nameOf(path), issue.message),
    });
  }
  // In the order of the file, as an editor reads it, not in the order the schema checks it.
  found.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const f of found) yaml.report(f.at, f.message);
  return undefined;
}

function say(name: string, message: string): string {
  return name ? `${name}: ${message}` : message;
}

/** The start of the value at `path`, or of the nearest map or list above it that is written. */
function offsetOf(doc: Document, path: YamlPath): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
    const start = node?.range?.[0];
    if (start !== undefined) return start;
  }
  return 0;
}

function keyOffset(doc: Document, path: YamlPath, key: string): number {
  const map = doc.getIn(path, true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (start !== undefined) return start;
  }
  return offsetOf(doc, path);
}

/**
 * Zod's messages in plain words, each said of the field it concerns ("label" is required).
 * Messages a schema gives itself take precedence over these.
 */
function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  const got = shown(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'is required';
      switch (issue.expected) {
        case 'string':
          return `must be text, got ${got}`;
        case 'number':
          return `must be a number, got ${got}`;
        case 'int':
          return `must be a whole number, got ${got}`;
        case 'boolean':
          return `must be true or false, got ${got}`;
        case 'array':
          return `must be a list, got ${got}`;
        case 'object':
          return `must be a map of fields, got ${got}`;
        default:
          return `is not valid here, got ${got}`;
      }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, got ${got}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}, got ${got}`;
    case 'unrecognized_keys': {
      const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def
        ?.shape;
      return `expected one of: ${Object.keys(shape ?? {}).join(', ')}`;
    }
    default:
      return undefined;
  }
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a map of fields';
  return String(value);
}
