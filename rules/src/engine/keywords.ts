/**
 * One pass over a file finds every rule's keywords at once (an Aho-Corasick automaton compiled to a dense
 * table), case-insensitively, so that a rule's regex only runs near its keywords and no rule makes its own
 * pass over the whole file. Keywords are ASCII; every non-ASCII character maps to one "other" symbol.
 *
 * Building the table for every rule's keywords is the largest start-up cost of a short run (a commit hook
 * scanning five files). The table is plain numbers, so a host that can keep files (the CLI) stores it with
 * `toBytes()` and restores it with `fromBytes()` instead of rebuilding it.
 */

/**
 * Characters are mapped to a compact alphabet of the symbols keywords use (case-folded); symbol 0 stands for
 * every other character. A smaller table is quicker to build and friendlier to the cache while scanning.
 */
const ASCII = 128;
/** Bumped whenever the layout written by `toBytes()` changes, so an old stored table is never misread. */
const FORMAT = 0x6e68_6b01;

interface Tables {
  symbols: Uint8Array; // ASCII code -> symbol
  width: number;
  /**
   * Row offset + symbol -> next entry, where an entry is (next state's row offset) << 1 | (a keyword ends
   * there). The hot loop then needs one load, one shift and one bit test per character.
   */
  table: Uint32Array;
  /** Keyword ids ending at state s (failure links included): outIds[outStart[s] .. outStart[s + 1]). */
  outStart: Uint32Array;
  outIds: Uint32Array;
}

export class KeywordMatcher {
  readonly keywords: readonly string[];
  private readonly symbols: Uint8Array;
  private readonly width: number;
  private readonly table: Uint32Array;
  private readonly outStart: Uint32Array;
  private readonly outIds: Uint32Array;

  constructor(keywords: readonly string[], tables: Tables = build(keywords)) {
    this.keywords = keywords;
    // Indexed by any UTF-16 unit, so the hot loop needs no range check: non-ASCII stays symbol 0.
    this.symbols = new Uint8Array(65536);
    this.symbols.set(tables.symbols);
    this.width = tables.width;
    this.table = tables.table;
    this.outStart = tables.outStart;
    this.outIds = tables.outIds;
  }

  /** Calls `onHit` for every keyword occurrence. */
  scan(text: string, onHit: (keyword: number, end: number) => void): void {
    const { table, symbols, width, outStart, outIds } = this;
    let e = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      e = table[(e >>> 1) + symbols[text.charCodeAt(i)]!]!;
      if ((e & 1) !== 0) {
        const s = (e >>> 1) / width;
        for (let k = outStart[s]!, end = outStart[s + 1]!; k < end; k++) onHit(outIds[k]!, i + 1);
      }
    }
  }

  /** The compiled automaton, with the keywords it was built for, as bytes for `fromBytes`. */
  toBytes(): Uint8Array {
    const parts = [this.table, this.outStart, this.outIds, keywordWords(this.keywords)];
    const header = Uint32Array.of(FORMAT, this.width, ...parts.map((p) => p.length));
    const out = new Uint32Array(header.length + ASCII + parts.reduce((n, p) => n + p.length, 0));
    out.set(header);
    let at = header.length;
    out.set(this.symbols.subarray(0, ASCII), at);
    at += ASCII;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return new Uint8Array(out.buffer);
  }

  /**
   * Restores a matcher stored by `toBytes()`; undefined unless the bytes are a table this version wrote for
   * exactly these keywords (the caller then builds one), so a stale or foreign file can only cost time.
   */
  static fromBytes(keywords: readonly string[], bytes: Uint8Array): KeywordMatcher | undefined {
    if (bytes.byteLength % 4 !== 0 || bytes.byteLength < 24) return undefined;
    // Copy into an aligned buffer: a Buffer read from disk may start at any offset of a shared pool.
    const words = new Uint32Array(bytes.slice().buffer);
    const [format, width, tableLength, startLength, idsLength, keywordsLength] = words;
    if (format !== FORMAT || words.length !== 6 + ASCII + tableLength! + startLength! + idsLength! + keywordsLength!) return undefined;
    const expected = keywordWords(keywords);
    const stored = words.subarray(words.length - keywordsLength!);
    if (stored.length !== expected.length || stored.some((w, i) => w !== expected[i])) return undefined;
    let at = 6;
    const symbols = Uint8Array.from(words.subarray(at, (at += ASCII)));
    const table = words.subarray(at, (at += tableLength!));
    const outStart = words.subarray(at, (at += startLength!));
    const outIds = words.subarray(at, (at += idsLength!));
    if (outStart.length === 0 || outStart[outStart.length - 1] !== outIds.length || table.length % width! !== 0) return undefined;
    for (const id of outIds) if (id >= keywords.length) return undefined;
    return new KeywordMatcher(keywords, { symbols, width: width!, table, outStart, outIds });
  }
}

/** The keyword list as 32-bit words (ASCII, NUL-separated, zero-padded), stored with a table to check it. */
function keywordWords(keywords: readonly string[]): Uint32Array {
  const text = keywords.join('\0');
  const bytes = new Uint8Array(Math.ceil(text.length / 4) * 4);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0x7f;
  return new Uint32Array(bytes.buffer);
}

function build(keywords: readonly string[]): Tables {
  const symbols = new Uint8Array(ASCII);
  let width = 1;
  for (const kw of keywords) {
    for (const ch of kw.toLowerCase()) {
      const c = ch.charCodeAt(0);
      if (c >= ASCII) throw new Error(`keyword must be ASCII: ${JSON.stringify(kw)}`);
      if (symbols[c] === 0) {
        symbols[c] = width;
        if (c >= 97 && c <= 122) symbols[c - 32] = width;
        width++;
      }
    }
  }
  // The trie goes straight into a flat table (-1: no edge).
  let capacity = 1;
  for (const kw of keywords) capacity += kw.length;
  const goto = new Int32Array(capacity * width).fill(-1);
  const out: number[][] = [[]];
  let states = 1;
  keywords.forEach((kw, id) => {
    let s = 0;
    for (const ch of kw.toLowerCase()) {
      const c = symbols[ch.charCodeAt(0)]!;
      let next = goto[s * width + c]!;
      if (next === -1) {
        next = states++;
        out.push([]);
        goto[s * width + c] = next;
      }
      s = next;
    }
    out[s]!.push(id);
  });
  const table = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let c = 0; c < width; c++) {
    const next = goto[c]!;
    if (next !== -1) {
      table[c] = next;
      queue[tail++] = next;
    }
  }
  for (let qi = 0; qi < tail; qi++) {
    const s = queue[qi]!;
    const inherited = out[fail[s]!]!;
    if (inherited.length) out[s] = [...out[s]!, ...inherited];
    const row = s * width;
    const failRow = fail[s]! * width;
    for (let c = 0; c < width; c++) {
      const next = goto[row + c]!;
      if (next !== -1) {
        fail[next] = table[failRow + c]!;
        table[row + c] = next;
        queue[tail++] = next;
      } else {
        table[row + c] = table[failRow + c]!;
      }
    }
  }
  const entries = new Uint32Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const next = table[i]!;
    entries[i] = ((next * width) << 1) | (out[next]!.length ? 1 : 0);
  }
  const outStart = new Uint32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + out[s]!.length;
  const outIds = Uint32Array.from(out.flat());
  return { symbols, width, table: entries, outStart, outIds };
}
