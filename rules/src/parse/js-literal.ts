/**
 * Reads one JavaScript / TypeScript literal expression with positions: objects, arrays, strings, numbers, and
 * (as opaque, dynamic strings keeping their source text) identifiers, member chains, calls and `new X(...)`.
 * Enough to read the props of a CDK `new iam.PolicyStatement({...})` or a `PolicyDocument.fromJson({...})`
 * without a TypeScript parser in the bundle. Never throws; returns undefined when the text is not a literal.
 */
import type { GEntry, GValue } from '../grants/value.js';

export const JS_MAX_DEPTH = 64;

class Reader {
  constructor(
    readonly src: string,
    public pos: number,
  ) {}

  ws(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '/' && s[this.pos + 1] === '/') {
        const nl = s.indexOf('\n', this.pos);
        this.pos = nl < 0 ? s.length : nl;
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const e = s.indexOf('*/', this.pos + 2);
        this.pos = e < 0 ? s.length : e + 2;
      } else return;
    }
  }

  value(depth: number): GValue | undefined {
    if (depth > JS_MAX_DEPTH) return undefined;
    this.ws();
    const s = this.src;
    const start = this.pos;
    const c = s[start];
    if (c === undefined) return undefined;
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'" || c === '`') return this.string();
    if (/[A-Za-z_$]/.test(c)) return this.reference(depth);
    if (/[0-9-]/.test(c)) {
      let i = start + 1;
      while (i < s.length && /[0-9.eE_xXa-fA-F]/.test(s[i]!)) i++;
      this.pos = i;
      return { kind: 'other', start, end: i, syntax: 'js' };
    }
    return undefined;
  }

  private string(): GValue | undefined {
    const s = this.src;
    const start = this.pos;
    const q = s[start]!;
    let i = start + 1;
    let value = '';
    let dynamic = false;
    while (i < s.length && s[i] !== q) {
      if (s[i] === '\\') {
        const e = s[i + 1] ?? '';
        value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        i += 2;
        continue;
      }
      if (q !== '`' && s[i] === '\n') return undefined;
      if (q === '`' && s[i] === '$' && s[i + 1] === '{') dynamic = true;
      value += s[i];
      i++;
    }
    if (i >= s.length) return undefined;
    this.pos = i + 1;
    return { kind: 'string', value, dynamic, start: start + 1, end: i, litStart: start, litEnd: i + 1, quote: q, syntax: 'js' };
  }

  /** `a.b.c`, `new a.B(...)`, `f(...)`: kept as source text. */
  private reference(depth: number): GValue | undefined {
    const s = this.src;
    const start = this.pos;
    const word = () => {
      const m = /^[A-Za-z_$][\w$]{0,200}/.exec(s.slice(this.pos, this.pos + 201));
      if (!m) return '';
      this.pos += m[0].length;
      return m[0];
    };
    let w = word();
    if (w === 'new') {
      this.ws();
      w = word();
    }
    for (;;) {
      const c = s[this.pos];
      if (c === '.' || (c === '?' && s[this.pos + 1] === '.')) {
        this.pos += c === '.' ? 1 : 2;
        if (!word()) return undefined;
      } else if (c === '(') {
        if (!this.skipBalanced('(', ')', depth)) return undefined;
      } else if (c === '!' && s[this.pos + 1] !== '=') this.pos++;
      else break;
    }
    const text = s.slice(start, this.pos);
    return { kind: 'string', value: text, dynamic: true, start, end: this.pos, litStart: start, litEnd: this.pos, quote: '', syntax: 'js' };
  }

  private skipBalanced(open: string, close: string, depth: number): boolean {
    let d = 0;
    const s = this.src;
    for (let i = this.pos; i < s.length; i++) {
      const c = s[i];
      if (c === '"' || c === "'" || c === '`') {
        this.pos = i;
        if (!this.string()) return false;
        i = this.pos - 1;
        continue;
      }
      if (c === open) d++;
      else if (c === close && --d === 0) {
        this.pos = i + 1;
        return true;
      }
      if (d > JS_MAX_DEPTH + depth) return false;
    }
    return false;
  }

  /** Skips a TypeScript `as X` / `satisfies X` after a value. */
  private typeSuffix(): void {
    this.ws();
    const s = this.src;
    for (const kw of ['as ', 'satisfies ']) {
      if (s.startsWith(kw, this.pos)) {
        this.pos += kw.length;
        this.ws();
        while (this.pos < s.length && /[\w$.<>[\]]/.test(s[this.pos]!)) this.pos++;
        this.ws();
      }
    }
  }

  private array(depth: number): GValue | undefined {
    const start = this.pos++;
    const items: GValue[] = [];
    for (;;) {
      this.ws();
      const c = this.src[this.pos];
      if (c === ']') break;
      if (c === undefined) return undefined;
      if (this.src.startsWith('...', this.pos)) {
        this.pos += 3;
        if (!this.value(depth + 1)) return undefined;
      } else {
        const v = this.value(depth + 1);
        if (!v) return undefined;
        items.push(v);
      }
      this.typeSuffix();
      if (this.src[this.pos] === ',') this.pos++;
      else if (this.src[this.pos] !== ']') return undefined;
    }
    this.pos++;
    return { kind: 'list', items, flow: true, start, end: this.pos, syntax: 'js' };
  }

  private object(depth: number): GValue | undefined {
    const start = this.pos++;
    const entries: GEntry[] = [];
    for (;;) {
      this.ws();
      const s = this.src;
      const c = s[this.pos];
      if (c === '}') break;
      if (c === undefined) return undefined;
      if (s.startsWith('...', this.pos)) {
        this.pos += 3;
        if (!this.value(depth + 1)) return undefined;
      } else {
        const keyStart = this.pos;
        let key: string | undefined;
        if (c === '"' || c === "'") {
          const k = this.string();
          if (!k || k.kind !== 'string') return undefined;
          key = k.value;
        } else if (c === '[') {
          if (!this.skipBalanced('[', ']', depth)) return undefined;
        } else {
          const m = /^[A-Za-z_$][\w$]{0,200}/.exec(s.slice(this.pos, this.pos + 201));
          if (!m) return undefined;
          key = m[0];
          this.pos += m[0].length;
        }
        const keyEnd = this.pos;
        this.ws();
        if (s[this.pos] === ':') {
          this.pos++;
          this.ws();
          const vStart = this.pos;
          const v = this.value(depth + 1);
          if (!v) return undefined;
          this.typeSuffix();
          if (key !== undefined) entries.push({ key, keyStart, keyEnd, value: v, replaceStart: v.kind === 'string' ? v.litStart : vStart, replaceEnd: v.kind === 'string' ? v.litEnd : v.end, replacePrefix: '' });
        } else if (key === undefined) return undefined;
        // `{ actions }` shorthand: a variable, not judged.
      }
      this.ws();
      if (this.src[this.pos] === ',') this.pos++;
      else if (this.src[this.pos] !== '}') return undefined;
    }
    this.pos++;
    return { kind: 'map', entries, start, end: this.pos, syntax: 'js' };
  }
}

/** The literal that starts at `offset` (after whitespace), or undefined. */
export function readJsLiteral(text: string, offset: number): GValue | undefined {
  try {
    return new Reader(text, offset).value(0);
  } catch {
    return undefined;
  }
}

/** Every regex of this module, for the ReDoS test. */
export const JS_LITERAL_REGEXES: readonly RegExp[] = [/^[A-Za-z_$][\w$]{0,200}/, /[A-Za-z_$]/, /[0-9-]/, /[0-9.eE_xXa-fA-F]/, /[\w$.<>[\]]/];
