// @vitest-environment node
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeFilesAtomically, type WriteIo } from './write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'civic-trail-write-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const OLD = { bundle: '{"old": "bundle"}\n', schema: '{"old": "schema"}\n' };
const NEW = { bundle: `{"new": "${'b'.repeat(10_000)}"}\n`, schema: '{"new": "schema"}\n' };

function setUp() {
  const bundle = join(dir, 'bundle.json');
  const schema = join(dir, 'bundle.schema.json');
  fs.writeFileSync(bundle, OLD.bundle);
  fs.writeFileSync(schema, OLD.schema);
  const files = [
    { path: bundle, content: NEW.bundle },
    { path: schema, content: NEW.schema },
  ];
  return { bundle, schema, files };
}

/** Real file operations, except that the nth write stops half-way, as a crash or full disk would. */
function interruptedAt(n: number): WriteIo {
  let writes = 0;
  return {
    ...fs,
    writeFileSync: ((path: string, content: string) => {
      writes += 1;
      if (writes === n) {
        fs.writeFileSync(path, content.slice(0, content.length / 2));
        throw new Error('interrupted');
      }
      fs.writeFileSync(path, content);
    }) as WriteIo['writeFileSync'],
  };
}

it.each([1, 2])('leaves both old files byte-for-byte when write %i stops half-way', (n) => {
  const { bundle, schema, files } = setUp();
  expect(() => writeFilesAtomically(files, interruptedAt(n))).toThrow('interrupted');
  expect(fs.readFileSync(bundle, 'utf8')).toBe(OLD.bundle);
  expect(fs.readFileSync(schema, 'utf8')).toBe(OLD.schema);
  expect(fs.readdirSync(dir).sort()).toEqual(['bundle.json', 'bundle.schema.json']);
});

it('replaces both files when nothing goes wrong, leaving no temp file', () => {
  const { bundle, schema, files } = setUp();
  writeFilesAtomically(files);
  expect(fs.readFileSync(bundle, 'utf8')).toBe(NEW.bundle);
  expect(fs.readFileSync(schema, 'utf8')).toBe(NEW.schema);
  expect(fs.readdirSync(dir).sort()).toEqual(['bundle.json', 'bundle.schema.json']);
});
