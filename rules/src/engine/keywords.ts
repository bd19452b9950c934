/**
 * One pass over a file finds every rule's keywords at once (an Aho-Corasick automaton compiled to a dense
 * table), case-insensitively, so that a rule's regex only runs near its keywords and no rule makes its own
 * pass over the whole file. Keywords are ASCII; every non-ASCII character maps to one "other" symbol.
 */

/**
 * Characters are mapped to a compact alphabet of the symbols keywords use (case-folded); symbol 0 stands for
 * every other character. A smaller table is quicker to build at start-up (a hook pays for it on every commit)
 * and friendlier to the cache while scanning.
 */

export interface KeywordHit {
  keyword: number;
  /** Offset just past the keyword's last character. */
  end: number;
}

export class KeywordMatcher {
  /**
   * Row offset + symbol -> next entry, where an entry is (next state's row offset) << 1 | (a keyword ends
   * there). The hot loop then needs one load, one shift and one bit test per character.
   */
  private readonly table: Uint32Array;
  private readonly outputs: number[][]; // state -> keyword ids ending here (incl. via failure links)
  private readonly symbols = new Uint8Array(65536);
  private readonly width: number;
  readonly keywords: readonly string[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    let width = 1;
    for (const kw of keywords) {
      for (const ch of kw.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword must be ASCII: ${JSON.stringify(kw)}`);
        if (this.symbols[c] === 0) {
          this.symbols[c] = width;
          if (c >= 97 && c <= 122) this.symbols[c - 32] = width;
          width++;
        }
      }
    }
    this.width = width;
    const ALPHABET = width;
    // The trie goes straight into a flat table (-1: no edge), so that building the automaton at start-up costs
    // a few milliseconds: the commit hook builds it on every run.
    let capacity = 1;
    for (const kw of keywords) capacity += kw.length;
    const goto = new Int32Array(capacity * ALPHABET).fill(-1);
    const out: number[][] = [[]];
    let states = 1;
    keywords.forEach((kw, id) => {
      let s = 0;
      for (const ch of kw.toLowerCase()) {
        const c = this.symbols[ch.charCodeAt(0)]!;
        let next = goto[s * ALPHABET + c]!;
        if (next === -1) {
          next = states++;
          out.push([]);
          goto[s * ALPHABET + c] = next;
        }
        s = next;
      }
      out[s]!.push(id);
    });
    const table = new Int32Array(states * ALPHABET);
    const fail = new Int32Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let c = 0; c < ALPHABET; c++) {
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
      const row = s * ALPHABET;
      const failRow = fail[s]! * ALPHABET;
      for (let c = 0; c < ALPHABET; c++) {
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
      entries[i] = ((next * ALPHABET) << 1) | (out[next]!.length ? 1 : 0);
    }
    this.table = entries;
    this.outputs = out;
  }

  /** Calls `onHit` for every keyword occurrence. */
  scan(text: string, onHit: (keyword: number, end: number) => void): void {
    const table = this.table;
    const symbols = this.symbols;
    const width = this.width;
    let e = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      e = table[(e >>> 1) + symbols[text.charCodeAt(i)]!]!;
      if ((e & 1) !== 0) {
        const o = this.outputs[(e >>> 1) / width]!;
        for (let k = 0; k < o.length; k++) onHit(o[k]!, i + 1);
      }
    }
  }
}
