/**
 * Reading a page into the text the bundle stores. Line endings are normalised to "\n" and nothing
 * else changes, so every offset the importer records points into exactly the text a reader sees.
 */
import { createHash } from 'node:crypto';
import type { Diagnostics } from './diagnostics.ts';

export type Line = {
  /** 1-based, as an editor shows it. */
  number: number;
  /** Offset of the line's first character in the normalised text. */
  start: number;
  /** Offset just past the line's last character (before its "\n"). */
  end: number;
  text: string;
};

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ number, start, end, text: text.slice(start, end) });
    if (newline === -1) return lines;
    start = newline + 1;
    number += 1;
  }
}

/**
 * Saved web pages pad "empty" paragraphs with non-breaking spaces; those lines separate
 * paragraphs just like empty ones. (JavaScript's \s already includes U+00A0 and U+FEFF.)
 */
export function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** The 1-based line on which an offset of the text falls. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Decodes a page's bytes as UTF-8 text, refusing what is not text: the importer would otherwise
 * turn a stray PDF or image into a page of garbage "quotes".
 */
export function decodePage(bytes: Uint8Array, file: string, diag: Diagnostics): string {
  if (bytes.length === 0) diag.fail(file, 1, 'the file is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    diag.fail(file, lineOfByte(bytes, nul), 'this is a binary file, not a saved text or HTML page');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    diag.fail(file, lineOfByte(bytes, firstInvalidUtf8(bytes)), 'the file is not UTF-8 text');
  }
  if (isBlank(text)) diag.fail(file, 1, 'the file holds only whitespace');
  return text;
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (bytes[i] === 10) line += 1;
  return line;
}

/** Where decoding failed, for the line number; a plain scan of UTF-8 lead and continuation bytes. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >> 5 === 6 ? 2 : lead >> 4 === 14 ? 3 : lead >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
