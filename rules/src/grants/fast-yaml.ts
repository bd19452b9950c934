/**
 * A fast reader for the plain subset of YAML (and JSON) that grant documents are almost always written in,
 * producing exactly the value tree `fromYaml` builds from the `yaml` package's parse, at a fraction of the
 * cost: the `yaml` package reads about 1 MB/s of RBAC manifests or policy JSON, which made grants the slow
 * part of a scan.
 *
 * It is a shortcut, never a second opinion: anything outside the subset it understands completely (anchors,
 * aliases, tags, block scalars, comments, multi-line plain or quoted scalars, tabs, CR, directives, complex
 * keys, odd indentation, empty values, escapes other than the simple ones…) makes it give up (`undefined`),
 * and the caller parses the document the slow way, so results, errors and notices are those of the `yaml`
 * package. The subset is chosen so that everything accepted is also accepted without errors by `yaml`; the
 * differential test (`fast-yaml.test.ts`) holds both to the same output.
 */
import { CFN_INTRINSIC, type GEntry, type GString, type GValue, type Syntax } from './value.js';
import { overlapsTemplate } from '../parse/yaml.js';

/** Why a parse gave up; thrown (one shared object, no stack) and caught in `fastYaml`. */
const BAIL = { bail: true };

/**
 * The YAML 1.2 core schema's non-string plain scalars, in the `yaml` package's order (null, bool, octal int,
 * int, hex int, nan/inf, exp float, float): a plain scalar that matches one is not a string.
 */
const CORE_NON_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];

/**
 * Characters the subset never reads: control characters (tab, CR…), BOM, NEL, Unicode line breaks, and the
 * Unicode spaces (which YAML reads as content, JavaScript's trim as blanks: not worth being subtle about).
 */
const UNSUPPORTED_CHAR = /[\x00-\x09\x0b-\x1f\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
/** Directives, document markers past the first line, document end markers. */
const UNSUPPORTED_LINE = /\n(?:---|\.\.\.|%)/;

/** Every regex of this module, for the ReDoS test. */
export const FAST_YAML_REGEXES: readonly RegExp[] = [...CORE_NON_STRING, UNSUPPORTED_CHAR, UNSUPPORTED_LINE];

function nonString(plain: string): boolean {
  // Every core non-string starts with one of these characters (or is empty); most words skip the tests.
  const c = plain.charCodeAt(0);
  if (plain.length > 0 && !(c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57))) return false;
  for (const re of CORE_NON_STRING) if (re.test(plain)) return true;
  return false;
}

const SP = 32;
const NL = 10;
const MAX_DEPTH = 60;
/** `yaml` refuses implicit keys longer than 1024 characters; stay well below. */
const MAX_KEY = 1000;

/** `yaml`'s double-quoted escapes that map to one fixed character (the others make the reader give up). */
const DQ_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

interface Scalar {
  /** Value (unescaped) and `[s, e)` of its source, quotes included. */
  value: string;
  s: number;
  e: number;
  quote: '' | '"' | "'";
}

class Reader {
  pos = 0;
  /** Indent of the line `pos` is on, as the last `nextLine` found it (-1 at the end). */
  lineIndent = 0;
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly templates: readonly [number, number][],
    private readonly syntax: Syntax,
  ) {}

  // -------------------------------------------------------------------------------------------------------
  // Lines

  /** Skips blank (space-only) lines from `pos`, which must be at a line start; returns the indent of the next line, or -1 at the end. */
  nextLine(): number {
    const t = this.text;
    for (;;) {
      let i = this.pos;
      while (t.charCodeAt(i) === SP) i++;
      if (i >= t.length) {
        this.pos = i;
        return (this.lineIndent = -1);
      }
      if (t.charCodeAt(i) === NL) {
        this.pos = i + 1;
        continue;
      }
      const indent = i - this.pos;
      this.pos = i;
      return (this.lineIndent = indent);
    }
  }

  /** After a value: only spaces up to the end of the line; moves to the next line's start. */
  endOfLine(): void {
    const t = this.text;
    let i = this.pos;
    while (t.charCodeAt(i) === SP) i++;
    if (i < t.length && t.charCodeAt(i) !== NL) throw BAIL;
    this.pos = i < t.length ? i + 1 : i;
  }

  /** Column of `pos` (its offset from the line start). */
  column(at: number): number {
    return at - (this.text.lastIndexOf('\n', at - 1) + 1);
  }

  // -------------------------------------------------------------------------------------------------------
  // Document

  document(): GValue | undefined {
    const t = this.text;
    if (t.startsWith('---')) {
      this.pos = 3;
      this.endOfLine();
    }
    const indent = this.nextLine();
    // An empty document is a null scalar after `---` and nothing without it: left to `yaml`.
    if (indent < 0) throw BAIL;
    const c = t.charCodeAt(this.pos);
    let root: GValue;
    if (c === 0x5b || c === 0x7b) {
      // A flow collection at the root (JSON) may span lines.
      root = this.flow(true, 0);
      this.endOfLine();
      this.nextLine();
    } else root = this.block(indent, 0);
    if (this.lineIndent >= 0) throw BAIL;
    return root;
  }

  /** A block collection whose first line starts at `pos`, at column `indent`. */
  block(indent: number, depth: number): GValue {
    if (depth > MAX_DEPTH) throw BAIL;
    const t = this.text;
    if (t.charCodeAt(this.pos) === 0x2d && this.isSeqDash(this.pos)) return this.seq(indent, depth);
    return this.map(indent, depth);
  }

  isSeqDash(at: number): boolean {
    const n = this.text.charCodeAt(at + 1);
    return n === SP || n === NL || at + 1 >= this.text.length;
  }

  /**
   * A block mapping; `pos` is at its first key, at column `indent`. Like `seq` and `block`, returns with `pos`
   * on the first character of the next line that is not its own (`lineIndent` set), or at the end.
   */
  map(indent: number, depth: number): GValue {
    const t = this.text;
    const entries: GEntry[] = [];
    const start = this.pos;
    let end = start;
    for (;;) {
      const key = this.blockKey();
      // blockKey leaves pos on the colon.
      let value: GValue;
      let block = false;
      let valueStart: number;
      this.pos++;
      let i = this.pos;
      while (t.charCodeAt(i) === SP) i++;
      if (i >= t.length || t.charCodeAt(i) === NL) {
        // The value is on the next lines: a more indented collection, or a sequence at the key's column.
        this.pos = i < t.length ? i + 1 : i;
        const next = this.nextLine();
        if (next < 0) throw BAIL;
        if (next > indent) value = this.block(next, depth + 1);
        else if (next === indent && t.charCodeAt(this.pos) === 0x2d && this.isSeqDash(this.pos)) value = this.seq(indent, depth + 1);
        else throw BAIL;
        valueStart = value.kind === 'string' ? value.litStart - this.base : value.start - this.base;
        block = true;
      } else {
        if (i === this.pos) throw BAIL; // `key:x` is not a key
        this.pos = i;
        value = this.value(false, depth + 1, false);
        valueStart = i;
        this.endOfLine();
        this.nextLine();
      }
      end = (value.kind === 'string' ? value.litEnd : value.end) - this.base;
      let replaceStart = value.kind === 'string' ? value.litStart : value.start;
      let replacePrefix = '';
      if (block && this.syntax === 'yaml') {
        const colon = t.indexOf(':', key.e);
        if (colon >= 0 && colon < valueStart) {
          replaceStart = this.base + colon + 1;
          replacePrefix = ' ';
        }
      }
      entries.push({
        key: key.value,
        keyStart: this.base + key.s,
        keyEnd: this.base + key.e,
        value,
        replaceStart,
        replaceEnd: value.kind === 'string' ? value.litEnd : value.end,
        replacePrefix,
      });
      // Nothing may continue the value on a more indented line (a multi-line plain scalar, an error).
      const next = this.lineIndent;
      if (next < indent) break;
      if (next > indent) throw BAIL;
      if (t.charCodeAt(this.pos) === 0x2d && this.isSeqDash(this.pos)) throw BAIL;
    }
    return this.mapValue(entries, start, end);
  }

  mapValue(entries: GEntry[], start: number, end: number): GValue {
    if (entries.length === 1 && CFN_INTRINSIC.test(entries[0]!.key)) return { kind: 'other', start: this.base + start, end: this.base + end, syntax: this.syntax };
    return { kind: 'map', entries, start: this.base + start, end: this.base + end, syntax: this.syntax };
  }

  /** A block sequence; `pos` is at its first `-`, at column `indent`. */
  seq(indent: number, depth: number): GValue {
    const t = this.text;
    const items: GValue[] = [];
    const start = this.pos;
    let end = start;
    for (;;) {
      // pos is on a `-` followed by a space, a newline or the end.
      let i = this.pos + 1;
      while (t.charCodeAt(i) === SP) i++;
      let item: GValue;
      if (i >= t.length || t.charCodeAt(i) === NL) {
        this.pos = i < t.length ? i + 1 : i;
        const next = this.nextLine();
        if (next <= indent) throw BAIL;
        item = this.block(next, depth + 1);
      } else {
        this.pos = i;
        const c = t.charCodeAt(i);
        if (c === 0x2d && this.isSeqDash(i)) throw BAIL; // `- - a`
        if (this.looksLikeKey(i)) item = this.map(i - (t.lastIndexOf('\n', i - 1) + 1), depth + 1);
        else {
          item = this.value(false, depth + 1, false);
          this.endOfLine();
          this.nextLine();
        }
      }
      items.push(item);
      end = (item.kind === 'string' ? item.litEnd : item.end) - this.base;
      const next = this.lineIndent;
      if (next < indent) break;
      if (next > indent) throw BAIL;
      if (!(t.charCodeAt(this.pos) === 0x2d && this.isSeqDash(this.pos))) break;
    }
    return { kind: 'list', items, flow: this.syntax === 'json', start: this.base + start, end: this.base + end, syntax: this.syntax };
  }

  /** Whether the line from `at` is `key: …` or `key:` (a plain or quoted key of the subset). */
  looksLikeKey(at: number): boolean {
    const save = this.pos;
    this.pos = at;
    try {
      this.blockKey();
      return true;
    } catch (e) {
      if (e !== BAIL) throw e;
      return false;
    } finally {
      this.pos = save;
    }
  }

  /** A block mapping key at `pos`; leaves `pos` on its colon (followed by a space, a newline or the end). */
  blockKey(): Scalar {
    const t = this.text;
    const s = this.pos;
    const c = t.charCodeAt(s);
    let key: Scalar;
    if (c === 0x22 || c === 0x27) {
      key = this.quoted(s);
      if (t.charCodeAt(key.e) !== 0x3a) throw BAIL;
    } else {
      if (!plainStart(t, s)) throw BAIL;
      let i = s;
      for (;;) {
        const ch = t.charCodeAt(i);
        if (i >= t.length || ch === NL) throw BAIL; // not a key
        if (ch === 0x3a) {
          const n = t.charCodeAt(i + 1);
          if (n === SP || n === NL || i + 1 >= t.length) break;
        } else if (ch === 0x23 || ch === 0x5b || ch === 0x5d || ch === 0x7b || ch === 0x7d || ch === 0x2c) throw BAIL;
        i++;
      }
      if (t.charCodeAt(i - 1) === SP) throw BAIL;
      const value = t.slice(s, i);
      if (nonString(value) || value === '<<') throw BAIL;
      key = { value, s, e: i, quote: '' };
    }
    if (key.e - key.s > MAX_KEY) throw BAIL;
    this.pos = key.e;
    return key;
  }

  /**
   * A value that starts here: a flow collection (on one line unless `multiline`), a quoted scalar or a plain one.
   * A plain scalar in block context ends at the line's end; inside a flow collection (`inFlow`) it also ends at
   * `,` `]` `}` and may hold no `:` or other indicator.
   */
  value(multiline: boolean, depth: number, inFlow: boolean): GValue {
    const t = this.text;
    const c = t.charCodeAt(this.pos);
    if (c === 0x5b || c === 0x7b) return this.flow(multiline, depth);
    if (c === 0x22 || c === 0x27) {
      const q = this.quoted(this.pos);
      this.pos = q.e;
      return this.stringValue(q);
    }
    if (!plainStart(t, this.pos)) throw BAIL;
    const s = this.pos;
    let i = s;
    let e = s;
    for (; i < t.length; i++) {
      const ch = t.charCodeAt(i);
      if (ch === NL) break;
      if (inFlow) {
        if (ch === 0x2c || ch === 0x5d || ch === 0x7d) break;
        if (ch === 0x23 || ch === 0x3a || ch === 0x5b || ch === 0x7b || ch === 0x22 || ch === 0x27) throw BAIL;
      } else {
        if (ch === 0x23) throw BAIL;
        if (ch === 0x3a) {
          const n = t.charCodeAt(i + 1);
          if (n === SP || n === NL || i + 1 >= t.length) throw BAIL;
        }
      }
      if (ch !== SP) e = i + 1;
    }
    if (inFlow && e === s) throw BAIL;
    this.pos = e;
    return this.plainValue(t.slice(s, e), s, e);
  }

  plainValue(value: string, s: number, e: number): GValue {
    if (nonString(value)) return { kind: 'other', start: this.base + s, end: this.base + e, syntax: this.syntax };
    return this.stringValue({ value, s, e, quote: '' });
  }

  stringValue(q: Scalar): GString {
    const b = this.base;
    const inner = q.quote ? 1 : 0;
    return {
      kind: 'string',
      value: q.value,
      dynamic: overlapsTemplate(this.templates, q.s, q.e),
      start: b + q.s + inner,
      end: b + q.e - inner,
      litStart: b + q.s,
      litEnd: b + q.e,
      quote: q.quote,
      syntax: this.syntax,
    };
  }

  /** A quoted scalar on one line starting at `s`. */
  quoted(s: number): Scalar {
    const t = this.text;
    const quote = t[s] as '"' | "'";
    let value = '';
    let from = s + 1;
    for (let i = s + 1; ; i++) {
      if (i >= t.length) throw BAIL;
      const ch = t.charCodeAt(i);
      if (ch === NL) throw BAIL;
      if (quote === "'") {
        if (ch === 0x27) {
          if (t.charCodeAt(i + 1) === 0x27) {
            value += t.slice(from, i + 1);
            from = i + 2;
            i++;
            continue;
          }
          value += t.slice(from, i);
          return { value, s, e: i + 1, quote };
        }
      } else if (ch === 0x22) {
        value += t.slice(from, i);
        return { value, s, e: i + 1, quote };
      } else if (ch === 0x5c) {
        const esc = DQ_ESCAPES[t[i + 1]!];
        if (esc === undefined) throw BAIL;
        value += t.slice(from, i) + esc;
        i++;
        from = i + 1;
      }
    }
  }

  /** Spaces, and newlines when `multiline`, from `pos`. */
  skip(multiline: boolean): void {
    const t = this.text;
    let i = this.pos;
    for (;;) {
      const ch = t.charCodeAt(i);
      if (ch === SP) i++;
      else if (ch === NL) {
        if (!multiline) throw BAIL;
        i++;
      } else break;
    }
    this.pos = i;
  }

  /** A flow sequence or mapping at `pos`. */
  flow(multiline: boolean, depth: number): GValue {
    if (depth > MAX_DEPTH) throw BAIL;
    const t = this.text;
    const start = this.pos;
    const seq = t.charCodeAt(start) === 0x5b;
    const close = seq ? 0x5d : 0x7d;
    this.pos++;
    this.skip(multiline);
    const items: GValue[] = [];
    const entries: GEntry[] = [];
    if (t.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (seq) items.push(this.value(multiline, depth + 1, true));
        else {
          const c = t.charCodeAt(this.pos);
          // JSON-style keys only: quoted, on the line of their colon.
          if (c !== 0x22 && c !== 0x27) throw BAIL;
          const key = this.quoted(this.pos);
          if (key.e - key.s > MAX_KEY) throw BAIL;
          this.pos = key.e;
          this.skip(false);
          if (t.charCodeAt(this.pos) !== 0x3a) throw BAIL;
          this.pos++;
          this.skip(false);
          const value = this.value(multiline, depth + 1, true);
          entries.push({
            key: key.value,
            keyStart: this.base + key.s,
            keyEnd: this.base + key.e,
            value,
            replaceStart: value.kind === 'string' ? value.litStart : value.start,
            replaceEnd: value.kind === 'string' ? value.litEnd : value.end,
            replacePrefix: '',
          });
        }
        this.skip(multiline);
        const ch = t.charCodeAt(this.pos);
        if (ch === close) break;
        if (ch !== 0x2c) throw BAIL;
        this.pos++;
        this.skip(multiline);
        // A trailing comma, or an empty entry.
        const after = t.charCodeAt(this.pos);
        if (after === close || after === 0x2c) throw BAIL;
      }
    }
    this.pos++;
    const end = this.pos;
    if (seq) return { kind: 'list', items, flow: true, start: this.base + start, end: this.base + end, syntax: this.syntax };
    return this.mapValue(entries, start, end);
  }
}

/** A plain scalar may start here: not an indicator, and `-` only before a word character. */
function plainStart(t: string, at: number): boolean {
  const c = t.charCodeAt(at);
  if (c === 0x2d) {
    const n = t.charCodeAt(at + 1);
    return (n >= 48 && n <= 57) || (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 0x2e || n === 0x5f;
  }
  // - ? : , [ ] { } # & * ! | > ' " % @ ` and space
  return !(c === 0x3f || c === 0x3a || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x23 || c === 0x26 || c === 0x2a || c === 0x21 || c === 0x7c || c === 0x3e || c === 0x27 || c === 0x22 || c === 0x25 || c === 0x40 || c === 0x60 || c === SP || c === NL || Number.isNaN(c));
}

/**
 * The value tree of a one-document YAML / JSON text (`{ root }`, `root` undefined for an empty document), as
 * `fromYaml(parse(text).contents, { text, base, templates, syntax })` gives it; or undefined when the text is
 * outside the subset and must be parsed by the `yaml` package.
 */
export function fastYaml(text: string, base: number, templates: readonly [number, number][], syntax: 'yaml' | 'json'): { root: GValue | undefined } | undefined {
  if (UNSUPPORTED_CHAR.test(text) || UNSUPPORTED_LINE.test(text) || text.startsWith('%') || text.startsWith('...')) return undefined;
  try {
    return { root: new Reader(text, base, templates, syntax).document() };
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}
