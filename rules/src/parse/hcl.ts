/**
 * A position-keeping parser for the HCL2 that Terraform files are written in: blocks, attributes, literals,
 * quoted templates with `${ }` / `%{ }`, heredocs (`<<EOF`, `<<-EOF`), tuples, objects, function calls
 * (`jsonencode({...})`), traversals and, as opaque spans, operators, conditionals and `for` expressions.
 *
 * Hand-written rather than tree-sitter through web-tree-sitter: rules are synchronous and pure, while
 * web-tree-sitter must load a WebAssembly runtime and grammar asynchronously before the first parse, ships
 * two .wasm files into every bundle (CLI, hook, extension), and reports UTF-8 byte offsets where findings need
 * UTF-16 offsets. Grant rules only read literal structure, so the subset above is what they need; everything
 * else is kept as a span. Never throws: a top-level block that does not parse is skipped to its closing brace
 * and reported in `errors`, so one bad block does not hide the rest of the file.
 */

/** Block types that only appear at the top level of a Terraform file. */
const TOP_LEVEL_BLOCKS = new Set(['resource', 'data', 'module', 'variable', 'output', 'locals', 'provider', 'terraform', 'moved', 'import', 'check', 'removed']);

export interface HclError {
  message: string;
  offset: number;
}

interface Span {
  /** `[start, end)` of the whole construct in the text. */
  start: number;
  end: number;
}

export interface HclString extends Span {
  type: 'string';
  /** Decoded text; interpolations are kept as written (`${var.x}`). */
  value: string;
  /** True when the text holds `${ }` or `%{ }`: its value is only known at plan time. */
  templated: boolean;
  /** `[contentStart, contentEnd)`: inside the quotes. */
  contentStart: number;
  contentEnd: number;
}

export interface HclHeredoc extends Span {
  type: 'heredoc';
  value: string;
  templated: boolean;
  /** The body lines, between the opening line and the closing marker. */
  contentStart: number;
  contentEnd: number;
}

export interface HclNumber extends Span { type: 'number'; value: number }
export interface HclBool extends Span { type: 'bool'; value: boolean }
export interface HclNull extends Span { type: 'null' }
export interface HclTuple extends Span { type: 'tuple'; items: HclExpr[] }
export interface HclObjectItem {
  /** The key as text when it is a name or a literal string; undefined for computed keys. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
  value: HclExpr;
}
export interface HclObject extends Span { type: 'object'; items: HclObjectItem[] }
export interface HclCall extends Span { type: 'call'; name: string; args: HclExpr[] }
/** `var.x`, `data.aws_iam_policy_document.p.json`, `aws_s3_bucket.b.arn`: the dotted text as written. */
export interface HclRef extends Span { type: 'ref'; path: string }
/** Anything the rules do not look into (operators, conditionals, `for`, splats, indexes). */
export interface HclOther extends Span { type: 'other' }

export type HclExpr = HclString | HclHeredoc | HclNumber | HclBool | HclNull | HclTuple | HclObject | HclCall | HclRef | HclOther;

export interface HclAttribute extends Span {
  kind: 'attribute';
  name: string;
  nameStart: number;
  value: HclExpr;
}

export interface HclBlock extends Span {
  kind: 'block';
  type: string;
  labels: string[];
  body: HclBody;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclFile {
  body: HclBody;
  errors: HclError[];
}

export const HCL_MAX_DEPTH = 128;

const enum Tok {
  Ident,
  Number,
  String,
  Heredoc,
  Punct,
  Newline,
  Eof,
}

interface Token {
  t: Tok;
  start: number;
  end: number;
  /** Punctuation text, identifier text. */
  text: string;
  str?: HclString | HclHeredoc;
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** A lexical error leaves the tokenizer unable to go on. */
    readonly fatal = false,
  ) {
    super(message);
  }
}

const isIdentStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
const isDigit = (c: number) => c >= 48 && c <= 57;

const THREE = ['...'];
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
const TWO = ['==', '!=', '<=', '>=', '&&', '||', '=>', '::'];

class Lexer {
  pos = 0;
  constructor(readonly src: string) {}

  next(): Token {
    const s = this.src;
    // Indentation is most of the characters of a Terraform file: skipped with a local cursor.
    let pos = this.pos;
    for (;;) {
      const c = s.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 13) pos++;
      else if (c === 35 || (c === 47 && s.charCodeAt(pos + 1) === 47)) {
        // A line comment ends at the newline, which stays a token: it ends an attribute.
        const nl = s.indexOf('\n', pos);
        pos = nl < 0 ? s.length : nl;
      } else if (c === 47 && s.charCodeAt(pos + 1) === 42) {
        const close = s.indexOf('*/', pos + 2);
        if (close < 0) {
          this.pos = pos;
          throw new ParseError('unterminated /* comment', pos, true);
        }
        const nl = s.lastIndexOf('\n', close);
        const start = pos;
        pos = close + 2;
        if (nl > start) {
          this.pos = pos;
          return { t: Tok.Newline, start: nl, end: nl + 1, text: '\n' };
        }
      } else break;
    }
    this.pos = pos;
    const start = pos;
    if (start >= s.length) return { t: Tok.Eof, start, end: start, text: '' };
    const c = s.charCodeAt(start);
    if (c === 10) {
      this.pos++;
      return { t: Tok.Newline, start, end: start + 1, text: '\n' };
    }
    if (isIdentStart(c)) {
      let i = start + 1;
      // isIdentPart, written out: this loop runs for most characters of a file, often before it is optimised.
      for (let d = s.charCodeAt(i); (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95 || d === 45 || d > 127; d = s.charCodeAt(++i));
      this.pos = i;
      return { t: Tok.Ident, start, end: i, text: s.slice(start, i) };
    }
    if (isDigit(c)) {
      let i = start;
      while (i < s.length && (isDigit(s.charCodeAt(i)) || s[i] === '.' || s[i] === 'e' || s[i] === 'E' || ((s[i] === '+' || s[i] === '-') && (s[i - 1] === 'e' || s[i - 1] === 'E')))) {
        // `1.` followed by a name is an index traversal in legacy syntax; numbers never end in a dot.
        if (s[i] === '.' && !isDigit(s.charCodeAt(i + 1))) break;
        i++;
      }
      this.pos = i;
      return { t: Tok.Number, start, end: i, text: s.slice(start, i) };
    }
    if (c === 34) return this.quoted();
    if (c === 60 && s.charCodeAt(start + 1) === 60 && (s[start + 2] === '-' || isIdentStart(s.charCodeAt(start + 2)))) {
      const h = this.heredoc();
      if (h) return h;
    }
    // Most punctuation is one character; only these can start a longer operator (a table instead of trying
    // every operator with startsWith: this is the tokenizer's hottest path).
    if (c === 46 || c === 61 || c === 33 || c === 60 || c === 62 || c === 38 || c === 124 || c === 58) {
      for (const p of THREE) if (s.startsWith(p, start)) return this.punct(p);
      for (const p of TWO) if (s.startsWith(p, start)) return this.punct(p);
    }
    return this.punct(s[start]!);
  }

  private punct(p: string): Token {
    const start = this.pos;
    this.pos += p.length;
    return { t: Tok.Punct, start, end: this.pos, text: p };
  }

  /** A quoted template; `${ }` may nest braces and further quoted strings. */
  private quoted(): Token {
    const s = this.src;
    const start = this.pos;
    let i = start + 1;
    let value = '';
    // Runs of plain characters are added as one slice (per-character concatenation was most of the cost).
    let from = i;
    let templated = false;
    for (;;) {
      if (i >= s.length) throw new ParseError('unterminated string', start, true);
      const c = s.charCodeAt(i);
      if (c === 34) break;
      if (c === 10) throw new ParseError('newline in a quoted string', i, true);
      if (c === 92) {
        value += s.slice(from, i);
        const e = s[i + 1];
        if (e === 'u' || e === 'U') {
          const len = e === 'u' ? 4 : 8;
          const cp = Number.parseInt(s.slice(i + 2, i + 2 + len), 16);
          value += Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
          i += 2 + len;
        } else {
          value += e !== undefined && e in ESCAPES ? ESCAPES[e]! : (e ?? '');
          i += 2;
        }
        from = i;
        continue;
      }
      if ((c === 36 || c === 37) && s.charCodeAt(i + 1) === 123) {
        if (s.charCodeAt(i - 1) === c && s.charCodeAt(i - 2) !== c) {
          // `$${` is an escaped literal `${`: the first character was already added.
          value += s.slice(from, i) + '{';
          i += 2;
          from = i;
          continue;
        }
        const end = skipInterpolation(s, i + 2);
        if (end < 0) throw new ParseError('unterminated interpolation', i, true);
        templated = true;
        value += s.slice(from, end);
        i = end;
        from = i;
        continue;
      }
      i++;
    }
    value += s.slice(from, i);
    this.pos = i + 1;
    const str: HclString = { type: 'string', value, templated, start, end: i + 1, contentStart: start + 1, contentEnd: i };
    return { t: Tok.String, start, end: i + 1, text: '"', str };
  }

  private heredoc(): Token | undefined {
    const s = this.src;
    const start = this.pos;
    let i = start + 2;
    const indent = s[i] === '-';
    if (indent) i++;
    const m0 = i;
    while (i < s.length && isIdentPart(s.charCodeAt(i))) i++;
    const marker = s.slice(m0, i);
    if (!marker) return undefined;
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\r') i++;
    if (s[i] !== '\n') return undefined;
    const contentStart = i + 1;
    let line = contentStart;
    // Next occurrence of the marker at or after `line`: a line that does not hold it cannot close the heredoc,
    // and is passed without copying it (a cursor, so that a long heredoc is still read once).
    let markerAt = -1;
    while (line <= s.length) {
      let nl = s.indexOf('\n', line);
      if (nl < 0) nl = s.length;
      if (markerAt !== -2 && markerAt < line) {
        const at = s.indexOf(marker, line);
        markerAt = at < 0 ? -2 : at;
      }
      if (markerAt < 0 || markerAt + marker.length > nl) {
        if (nl >= s.length) break;
        line = nl + 1;
        continue;
      }
      const text = s.slice(line, nl).replace(/\r$/, '');
      if (text.trim() === marker) {
        const body = s.slice(contentStart, line);
        const endOfMarker = line + text.indexOf(marker) + marker.length;
        this.pos = endOfMarker;
        const str: HclHeredoc = {
          type: 'heredoc',
          value: indent ? dedent(body) : body,
          templated: body.includes('${') || body.includes('%{'),
          start,
          end: endOfMarker,
          contentStart,
          contentEnd: line,
        };
        return { t: Tok.Heredoc, start, end: endOfMarker, text: '<<', str };
      }
      if (nl >= s.length) break;
      line = nl + 1;
    }
    throw new ParseError(`heredoc <<${marker} is not closed`, start, true);
  }
}

/** End (exclusive) of an interpolation whose body starts at `i`, or -1. Nested strings and braces count. */
function skipInterpolation(s: string, i: number): number {
  let depth = 1;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '\n' && depth > 8) return -1;
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return -1;
}

function dedent(body: string): string {
  const lines = body.split('\n');
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, leadingBlanks(l));
  return Number.isFinite(min) ? lines.map((l) => l.slice(Math.min(min, leadingBlanks(l)))).join('\n') : body;
}

/** Length of the run of spaces and tabs that starts `l`. */
function leadingBlanks(l: string): number {
  let i = 0;
  for (let c = l.charCodeAt(0); c === 32 || c === 9; c = l.charCodeAt(++i));
  return i;
}

const OPEN: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const BINARY = new Set(['==', '!=', '<', '>', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%']);

class Parser {
  private readonly lex: Lexer;
  private la: Token | undefined;
  /** Inside `( )`, `[ ]` and object braces newlines do not end anything. */
  private nlSkip = 0;
  private depth = 0;
  readonly errors: HclError[] = [];

  constructor(readonly src: string) {
    this.lex = new Lexer(src);
  }

  private peekRaw(): Token {
    return (this.la ??= this.lex.next());
  }

  private peek(): Token {
    if (this.nlSkip > 0) while (this.peekRaw().t === Tok.Newline) this.la = undefined;
    return this.peekRaw();
  }

  private take(): Token {
    const t = this.peek();
    this.la = undefined;
    return t;
  }

  private isPunct(t: Token, p: string): boolean {
    return t.t === Tok.Punct && t.text === p;
  }

  private expect(p: string): Token {
    const t = this.take();
    if (!this.isPunct(t, p)) throw new ParseError(`expected "${p}" but found ${describe(t)}`, t.start);
    return t;
  }

  private skipNewlines(): void {
    while (this.peekRaw().t === Tok.Newline) this.la = undefined;
  }

  parseFile(): HclFile {
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipNewlines();
      const t = this.peekRaw();
      if (t.t === Tok.Eof) break;
      const saved = { nlSkip: this.nlSkip, depth: this.depth };
      try {
        this.bodyItem(body);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.errors.push({ message: e.message, offset: e.offset });
        if (e.fatal) break;
        this.nlSkip = saved.nlSkip;
        this.depth = saved.depth;
        if (!this.recover(t.start, e.offset)) break;
      }
    }
    return { body, errors: this.errors };
  }

  /**
   * After an error in a top-level item: skip to the close of the first brace it opened (or the end of its line
   * when it opened none), counting brackets from the item's own start.
   */
  private recover(itemStart: number, errorAt: number): boolean {
    this.la = undefined;
    this.lex.pos = itemStart;
    let depth = 0;
    let opened = false;
    let lineStart = false;
    try {
      for (;;) {
        const t = this.lex.next();
        if (t.t === Tok.Eof) return false;
        // An unbalanced block would swallow the rest of the file; a top-level keyword at the start of a line
        // after the error is where the next block begins (Terraform keeps top-level blocks at column 0).
        if (lineStart && t.t === Tok.Ident && t.start >= errorAt && t.start > itemStart && TOP_LEVEL_BLOCKS.has(t.text)) {
          this.lex.pos = t.start;
          return true;
        }
        lineStart = t.t === Tok.Newline && this.lex.pos === t.end && this.lex.src.charCodeAt(t.end) !== 32 && this.lex.src.charCodeAt(t.end) !== 9;
        if (t.t === Tok.Newline && depth === 0 && !opened && t.start > itemStart) return true;
        if (t.t !== Tok.Punct) continue;
        if (t.text in OPEN) {
          depth++;
          opened = true;
        } else if (t.text === '}' || t.text === ']' || t.text === ')') {
          depth--;
          if (depth <= 0) return true;
        }
      }
    } catch (e) {
      if (e instanceof ParseError) this.errors.push({ message: e.message, offset: e.offset });
      return false;
    }
  }

  private bodyItem(body: HclBody): void {
    const name = this.take();
    if (name.t !== Tok.Ident) throw new ParseError(`expected an attribute or block name but found ${describe(name)}`, name.start);
    const next = this.peekRaw();
    if (this.isPunct(next, '=') || this.isPunct(next, ':')) {
      this.take();
      // withNlSkip(0, …) without its closure: one per attribute.
      const value = this.expr();
      body.attributes.push({ kind: 'attribute', name: name.text, nameStart: name.start, value, start: name.start, end: value.end });
      this.endOfItem();
      return;
    }
    const labels: string[] = [];
    for (;;) {
      const t = this.peekRaw();
      if (t.t === Tok.String) labels.push(t.str!.value);
      else if (t.t === Tok.Ident) labels.push(t.text);
      else break;
      this.take();
    }
    this.expect('{');
    const inner = this.blockBody();
    const close = this.expect('}');
    body.blocks.push({ kind: 'block', type: name.text, labels, body: inner, start: name.start, end: close.end });
    this.endOfItem();
  }

  private endOfItem(): void {
    const t = this.peekRaw();
    if (t.t === Tok.Newline) this.la = undefined;
    else if (t.t !== Tok.Eof && !this.isPunct(t, '}')) throw new ParseError(`expected a newline but found ${describe(t)}`, t.start);
  }

  private blockBody(): HclBody {
    if (++this.depth > HCL_MAX_DEPTH) throw new ParseError(`nesting deeper than ${HCL_MAX_DEPTH}`, this.peekRaw().start, true);
    const saved = this.nlSkip;
    this.nlSkip = 0;
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipNewlines();
      const t = this.peekRaw();
      if (this.isPunct(t, '}') || t.t === Tok.Eof) break;
      this.bodyItem(body);
    }
    this.nlSkip = saved;
    this.depth--;
    return body;
  }

  private withNlSkip<T>(delta: number, f: () => T): T {
    const saved = this.nlSkip;
    this.nlSkip = delta === 0 ? saved : saved + delta;
    try {
      return f();
    } finally {
      this.nlSkip = saved;
    }
  }

  /** Full expression: operators and conditionals make the result opaque, keeping its span. */
  private expr(): HclExpr {
    if (++this.depth > HCL_MAX_DEPTH) throw new ParseError(`nesting deeper than ${HCL_MAX_DEPTH}`, this.peek().start, true);
    try {
      let left = this.unary();
      for (;;) {
        const t = this.peek();
        if (t.t === Tok.Punct && BINARY.has(t.text)) {
          this.take();
          const right = this.unary();
          left = { type: 'other', start: left.start, end: right.end };
        } else if (this.isPunct(t, '?')) {
          this.take();
          this.expr();
          this.expect(':');
          const no = this.expr();
          left = { type: 'other', start: left.start, end: no.end };
        } else return left;
      }
    } finally {
      this.depth--;
    }
  }

  private unary(): HclExpr {
    const t = this.peek();
    if (this.isPunct(t, '!') || this.isPunct(t, '-')) {
      this.take();
      const e = this.unary();
      return { type: 'other', start: t.start, end: e.end };
    }
    return this.postfix(this.primary());
  }

  private postfix(e: HclExpr): HclExpr {
    for (;;) {
      const t = this.peekRaw();
      if (this.isPunct(t, '.')) {
        this.take();
        const n = this.take();
        if (n.t === Tok.Ident || n.t === Tok.Number) {
          e = e.type === 'ref' ? { type: 'ref', path: `${e.path}.${n.text}`, start: e.start, end: n.end } : { type: 'other', start: e.start, end: n.end };
        } else if (this.isPunct(n, '*')) e = { type: 'other', start: e.start, end: n.end };
        else throw new ParseError(`expected an attribute name after "." but found ${describe(n)}`, n.start);
      } else if (this.isPunct(t, '[')) {
        this.take();
        const end = this.withNlSkip(1, () => {
          const s = this.peek();
          if (this.isPunct(s, '*')) this.take();
          else this.expr();
          return this.expect(']').end;
        });
        e = { type: 'other', start: e.start, end };
      } else return e;
    }
  }

  private primary(): HclExpr {
    const t = this.take();
    switch (t.t) {
      case Tok.String:
      case Tok.Heredoc:
        return t.str!;
      case Tok.Number:
        return { type: 'number', value: Number(t.text), start: t.start, end: t.end };
      case Tok.Ident: {
        if (t.text === 'true' || t.text === 'false') return { type: 'bool', value: t.text === 'true', start: t.start, end: t.end };
        if (t.text === 'null') return { type: 'null', start: t.start, end: t.end };
        const n = this.peekRaw();
        if (this.isPunct(n, '(')) return this.call(t);
        if (this.isPunct(n, '::')) {
          // provider::name::fn(...) calls (Terraform 1.8)
          let name = t.text;
          while (this.isPunct(this.peekRaw(), '::')) {
            this.take();
            name += `::${this.take().text}`;
          }
          return this.call({ ...t, text: name });
        }
        return { type: 'ref', path: t.text, start: t.start, end: t.end };
      }
      case Tok.Punct:
        if (t.text === '[') return this.tuple(t);
        if (t.text === '{') return this.object(t);
        if (t.text === '(') {
          return this.withNlSkip(1, () => {
            const inner = this.expr();
            const close = this.expect(')');
            return { ...inner, start: t.start, end: close.end } as HclExpr;
          });
        }
        break;
      default:
        break;
    }
    throw new ParseError(`unexpected ${describe(t)}`, t.start);
  }

  private call(name: Token): HclExpr {
    this.take();
    return this.withNlSkip(1, () => {
      const args: HclExpr[] = [];
      for (;;) {
        const t = this.peek();
        if (this.isPunct(t, ')')) break;
        args.push(this.expr());
        const sep = this.peek();
        if (this.isPunct(sep, ',')) this.take();
        else if (this.isPunct(sep, '...')) this.take();
        else if (!this.isPunct(sep, ')')) throw new ParseError(`expected "," or ")" but found ${describe(sep)}`, sep.start);
      }
      const close = this.expect(')');
      return { type: 'call', name: name.text, args, start: name.start, end: close.end };
    });
  }

  private tuple(open: Token): HclExpr {
    return this.withNlSkip(1, () => {
      const first = this.peek();
      if (first.t === Tok.Ident && first.text === 'for') return this.skipFor(open, ']');
      const items: HclExpr[] = [];
      for (;;) {
        const t = this.peek();
        if (this.isPunct(t, ']')) break;
        items.push(this.expr());
        const sep = this.peek();
        if (this.isPunct(sep, ',')) this.take();
        else if (!this.isPunct(sep, ']')) throw new ParseError(`expected "," or "]" but found ${describe(sep)}`, sep.start);
      }
      const close = this.expect(']');
      return { type: 'tuple', items, start: open.start, end: close.end };
    });
  }

  private object(open: Token): HclExpr {
    return this.withNlSkip(1, () => {
      const first = this.peek();
      if (first.t === Tok.Ident && first.text === 'for') return this.skipFor(open, '}');
      const items: HclObjectItem[] = [];
      for (;;) {
        const t = this.peek();
        if (this.isPunct(t, '}')) break;
        const keyExpr = this.expr();
        const key =
          keyExpr.type === 'ref' && !keyExpr.path.includes('.') ? keyExpr.path
          : keyExpr.type === 'string' && !keyExpr.templated ? keyExpr.value
          : undefined;
        const sep = this.peek();
        let value: HclExpr;
        if (this.isPunct(sep, '=') || this.isPunct(sep, ':')) {
          this.take();
          value = this.expr();
        } else if (this.isPunct(sep, '{') && key !== undefined) {
          // `principals { ... }` inside an object: not HCL, but written in the wild and read by Terraform's
          // older parsers; taking it as `principals = { ... }` keeps the rest of the file readable.
          this.take();
          value = this.object(sep);
        } else throw new ParseError(`expected "=" or ":" after an object key but found ${describe(sep)}`, sep.start);
        items.push({ key, keyStart: keyExpr.start, keyEnd: keyExpr.end, value });
        const after = this.peekRaw();
        if (this.isPunct(after, ',')) this.take();
      }
      const close = this.expect('}');
      return { type: 'object', items, start: open.start, end: close.end };
    });
  }

  /** `[for x in y : z]` and `{for k, v in m : k => v}`: kept as an opaque span. */
  private skipFor(open: Token, close: string): HclExpr {
    let depth = 1;
    for (;;) {
      const t = this.take();
      if (t.t === Tok.Eof) throw new ParseError('unterminated for expression', open.start);
      if (t.t !== Tok.Punct) continue;
      if (t.text in OPEN) depth++;
      else if (t.text === '}' || t.text === ']' || t.text === ')') {
        if (--depth === 0) {
          if (t.text !== close) throw new ParseError(`expected "${close}" but found "${t.text}"`, t.start);
          return { type: 'other', start: open.start, end: t.end };
        }
      }
    }
  }
}

function describe(t: Token): string {
  switch (t.t) {
    case Tok.Eof:
      return 'the end of the file';
    case Tok.Newline:
      return 'a newline';
    case Tok.String:
      return 'a string';
    case Tok.Heredoc:
      return 'a heredoc';
    default:
      return `"${t.text.slice(0, 20)}"`;
  }
}

/** Parses a Terraform / HCL2 file. Never throws; problems come back in `errors`. */
export function parseHcl(text: string): HclFile {
  const parser = new Parser(text);
  try {
    return parser.parseFile();
  } catch (e) {
    // Only a stack overflow on pathological input gets here; what was read before it is lost.
    return { body: { attributes: [], blocks: [] }, errors: [...parser.errors, { message: e instanceof Error ? e.message.slice(0, 200) : 'parse failed', offset: 0 }] };
  }
}

/** The attribute `name` of a body, or undefined. */
export function hclAttr(body: HclBody, name: string): HclExpr | undefined {
  for (const a of body.attributes) if (a.name === name) return a.value;
  return undefined;
}

/** The blocks of a given type in a body. */
export function hclBlocks(body: HclBody, type: string): HclBlock[] {
  return body.blocks.filter((b) => b.type === type);
}

/** Literal string value of an expression (not templated), or undefined. */
export function hclLiteral(e: HclExpr | undefined): string | undefined {
  return e && (e.type === 'string' || e.type === 'heredoc') && !e.templated ? e.value : undefined;
}

/** Field of an object expression by key. */
export function hclObjectGet(e: HclExpr | undefined, key: string): HclExpr | undefined {
  if (!e || e.type !== 'object') return undefined;
  for (const item of e.items) if (item.key === key) return item.value;
  return undefined;
}
