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
    writeSync: ((fd: number, content: string) => {
      writes += 1;
      if (writes === n) {
        fs.writeSync(fd, content.slice(0, content.length / 2));
        throw new Error('interrupted');
      }
      return fs.writeSync(fd, content);
    }) as WriteIo['writeSync'],
  };
}

/** Real file operations, except that moving the nth new file into place fails. */
function renameFailsAt(n: number): WriteIo {
  let placing = 0;
  return {
    ...fs,
    renameSync: ((from: string, to: string) => {
      if (from.endsWith('.tmp') && (placing += 1) === n) throw new Error('rename failed');
      fs.renameSync(from, to);
    }) as WriteIo['renameSync'],
  };
}

it.each([1, 2])('leaves both old files byte-for-byte when write %i stops half-way', (n) => {
  const { bundle, schema, files } = setUp();
  expect(() => writeFilesAtomically(files, interruptedAt(n))).toThrow('interrupted');
  expect(fs.readFileSync(bundle, 'utf8')).toBe(OLD.bundle);
  expect(fs.readFileSync(schema, 'utf8')).toBe(OLD.schema);
  expect(fs.readdirSync(dir).sort()).toEqual(['bundle.json', 'bundle.schema.json']);
});

it.each([1, 2])(
  'never leaves the bundle of one run beside the schema of another when move %i fails',
  (n) => {
    const { bundle, schema, files } = setUp();
    expect(() => writeFilesAtomically(files, renameFailsAt(n))).toThrow('rename failed');
    expect(fs.readFileSync(bundle, 'utf8')).toBe(OLD.bundle);
    expect(fs.readFileSync(schema, 'utf8')).toBe(OLD.schema);
    expect(fs.readdirSync(dir).sort()).toEqual(['bundle.json', 'bundle.schema.json']);
  },
);

it('flushes each new file to disk before moving it into place', () => {
  const { files } = setUp();
  const events: string[] = [];
  writeFilesAtomically(files, {
    ...fs,
    fsyncSync: ((fd: number) => {
      events.push('fsync');
      fs.fsyncSync(fd);
    }) as WriteIo['fsyncSync'],
    renameSync: ((from: string, to: string) => {
      if (from.endsWith('.tmp')) events.push('place');
      fs.renameSync(from, to);
    }) as WriteIo['renameSync'],
  });
  expect(events).toEqual(['fsync', 'fsync', 'place', 'place']);
});

it('replaces both files when nothing goes wrong, leaving no temp file', () => {
  const { bundle, schema, files } = setUp();
  writeFilesAtomically(files);
  expect(fs.readFileSync(bundle, 'utf8')).toBe(NEW.bundle);
  expect(fs.readFileSync(schema, 'utf8')).toBe(NEW.schema);
  expect(fs.readdirSync(dir).sort()).toEqual(['bundle.json', 'bundle.schema.json']);
});
