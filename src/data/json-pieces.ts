/**
 * Parses a JSON object as its text arrives, a piece at a time, so that the page is never held by
 * one parse of tens of megabytes, and its parse keeps pace with the download.
 *
 * The text is not parsed here: `JSON.parse` does that. This only finds where to cut: at a comma
 * between two elements of one of the object's lists (`"items": [ ... ]`), once a piece is long
 * enough. A cut piece is closed and the next one reopened under the same key, so each is a JSON
 * object of its own, and the pieces' lists are joined in order.
 *
 * For a valid JSON object the result equals `JSON.parse` of the whole text: a cut can only fall
 * where the real grammar has a separator, since a piece cut anywhere else does not parse. Where
 * the text is anything else, or names a key twice (which a piece could not merge as JSON.parse
 * does), `finish` returns undefined and the caller parses the whole text, which also explains
 * what is wrong.
 */

/** About half a megabyte: a few milliseconds of JSON.parse on a phone. */
export const PIECE_CHARS = 2 ** 19;

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export class JsonPieces {
  /** Text since the last cut, in the parts it arrived in. */
  private parts: string[] = [];
  private pendingLength = 0;
  /** The list key the pending text continues, where the last cut fell inside a list. */
  private continues: string | null = null;

  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The next backslash in the text being scanned, or its length where there is none. */
  private backslashAt = -1;
  private closed = false;
  private failed = false;

  /** At the object's own level: between `{` or `,` and the next key. */
  private expectKey = false;
  /** Where the latest key starts and ends, counted from the last cut. */
  private keyStart = 0;
  private keyEnd = 0;
  /** The latest complete key at the object's own level, and that of the list now open there. */
  private key = '';
  private listKey: string | null = null;
  private readonly keys = new Set<string>();

  private readonly result: Record<string, unknown> = {};

  constructor(private readonly pieceChars = PIECE_CHARS) {}

  /** Takes the next stretch of text; parses every piece it completes. */
  push(text: string): void {
    if (this.failed) return;
    try {
      this.scan(text);
    } catch {
      this.fail();
    }
  }

  /** The whole object, or undefined where the text was not one this could piece together. */
  finish(): Record<string, unknown> | undefined {
    if (this.failed || !this.closed) return undefined;
    try {
      this.parsePiece(this.parts.join(''), false);
    } catch {
      return undefined;
    }
    this.parts = [];
    return this.result;
  }

  private fail() {
    this.failed = true;
    this.parts = [];
  }

  private scan(text: string) {
    // Text before `from` is kept (in parts) or parsed; `at` counts from the last cut.
    let from = 0;
    const at = (i: number) => this.pendingLength + i - from;
    let i = 0;
    const n = text.length;
    this.backslashAt = -1;
    while (i < n) {
      if (this.inString) {
        const end = this.endOfString(text, i);
        if (!this.inString && this.depth === 1 && this.expectKey) this.keyEnd = at(end);
        i = end;
        continue;
      }
      const code = text.charCodeAt(i);
      if (this.depth === 0) {
        if (code === OPEN_BRACE && !this.closed) {
          this.depth = 1;
          this.expectKey = true;
        } else if (!isSpace(code)) {
          return this.fail();
        }
        i++;
        continue;
      }
      switch (code) {
        case QUOTE:
          this.inString = true;
          if (this.depth === 1 && this.expectKey) this.keyStart = at(i);
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.depth === 1 && code === OPEN_BRACKET) this.listKey = this.key;
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.depth === 1) this.listKey = null;
          if (this.depth === 0) this.closed = true;
          break;
        case COLON:
          if (this.depth === 1) {
            this.expectKey = false;
            this.key = JSON.parse(
              this.pendingSlice(text, from, this.keyStart, this.keyEnd),
            ) as string;
            if (this.keys.has(this.key)) return this.fail();
            this.keys.add(this.key);
          }
          break;
        case COMMA:
          if (this.depth === 1) this.expectKey = true;
          else if (this.depth === 2 && this.listKey !== null && at(i) >= this.pieceChars) {
            this.parts.push(text.slice(from, i));
            this.parsePiece(this.parts.join(''), true);
            this.parts = [];
            this.pendingLength = 0;
            this.continues = this.listKey;
            from = i + 1;
          }
          break;
      }
      i++;
    }
    if (from < n) {
      this.parts.push(from === 0 ? text : text.slice(from));
      this.pendingLength += n - from;
    }
  }

  /** Text from the last cut, `start` to `end`: from the text in hand where it lies there. */
  private pendingSlice(text: string, from: number, start: number, end: number): string {
    const inText = start - this.pendingLength;
    if (inText >= 0) return text.slice(from + inText, from + end - this.pendingLength);
    return (this.parts.join('') + text.slice(from)).slice(start, end);
  }

  /** Moves past the rest of a string: to just after its closing quote, or to the text's end. */
  private endOfString(text: string, i: number): number {
    if (this.escaped) {
      this.escaped = false;
      i++;
      if (i >= text.length) return text.length;
    }
    const quote = text.indexOf('"', i);
    const end = quote < 0 ? text.length : quote;
    // Searched once per backslash, not once per string: strings are many, escapes few.
    if (this.backslashAt < i) {
      const next = text.indexOf('\\', i);
      this.backslashAt = next < 0 ? text.length : next;
    }
    const backslash = this.backslashAt;
    if (backslash >= end) {
      if (quote < 0) return text.length;
      this.inString = false;
      return quote + 1;
    }
    // An escape comes first: step over it and the character it escapes, then look again.
    if (backslash + 1 >= text.length) {
      this.escaped = true;
      return text.length;
    }
    return backslash + 2;
  }

  private parsePiece(body: string, cutInList: boolean) {
    const opened = this.continues === null ? '' : `{${JSON.stringify(this.continues)}:[`;
    const piece = JSON.parse(opened + body + (cutInList ? ']}' : '')) as Record<string, unknown>;
    for (const key of Object.keys(piece)) {
      const value = piece[key];
      if (key === this.continues) {
        const list = this.result[key] as unknown[];
        for (const element of value as unknown[]) list.push(element);
      } else {
        Object.defineProperty(this.result, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
  }
}
