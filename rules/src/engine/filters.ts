/**
 * False-positive control shared by every pattern rule. Each filter returns the reason it dropped a value (for
 * `--explain`) or undefined. Provider rules get the format-level filters (documented examples, placeholders,
 * runs of one character); the generic rule adds the assignment-level ones (references, words, hashes).
 */

/** Values providers publish in their documentation; they are everywhere in READMEs and tests. */
const DOCUMENTED_EXAMPLES = [
  /EXAMPLE/, // AWS: AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  /^sk_test_4eC39HqLyjWDarjtT1zdp7dc$/, // Stripe's docs key
  /^xox[a-z]-(?:0+-)+/, // Slack docs tokens made of zeros
];

/** Template and variable syntaxes: the value is a reference to be filled in, not a secret. */
const PLACEHOLDER_SHAPES: RegExp[] = [
  /^<[^<>]{1,80}>$/, // <YOUR_KEY>
  /^\[[A-Za-z_ -]{1,80}\]$/, // [your key]
  /^\$\{[^}]{1,120}\}$/, // ${VAR}, ${{ secrets.X }}
  /\$\{\{\s*[\w.-]+(?:\s*\|[^}]*)?\s*\}\}/, // GitHub Actions ${{ secrets.X }} anywhere in the value
  /\{\{-?\s*[\w.$ |"'()-]{1,120}-?\}\}/, // {{ .Values.x }}, {{ secret }}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\$\([A-Za-z_][\w.-]*\)$/, // $(VAR)
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^#\{[^}]{1,80}\}$/, // #{var}
  /^@[A-Za-z_][\w.]*@$/, // @var@
  /^%\([a-z_]+\)s$/, // %(name)s
  /^\{[A-Za-z_][\w.-]*\}$/, // {var}
];

/** Words that mark a value as made up. Matched case-insensitively inside the value. */
const PLACEHOLDER_WORDS =
  /(?:your[_-]?[a-z]{0,12}[_-]?(?:key|token|secret|pass(?:word)?)|placeholder|changeme|change[_-]me|replace[_-]?me|insert[_-]?(?:your|key|token)|redacted|dummy|fake|xxxx|\*\*\*\*|####|example|sample[_-]?(?:key|token|secret)|not[_-]?a[_-]?(?:real[_-]?)?(?:key|secret|token)|my[_-]?(?:api[_-]?)?(?:key|token|secret))/i;

export function documentedExample(value: string): string | undefined {
  for (const re of DOCUMENTED_EXAMPLES) if (re.test(value)) return 'documented example value';
  return undefined;
}

export function placeholderShape(value: string): string | undefined {
  for (const re of PLACEHOLDER_SHAPES) if (re.test(value)) return 'placeholder or template variable';
  return undefined;
}

export function placeholderWord(value: string): string | undefined {
  return PLACEHOLDER_WORDS.test(value) ? 'placeholder word (example, your_key, changeme, ...)' : undefined;
}

/** `AKIAXXXXXXXXXXXXXXXX`, `sk_live_000000…`: the variable part is mostly one repeated character. */
export function repeatedFiller(value: string, prefixLength = 0): string | undefined {
  const body = value.slice(prefixLength);
  if (body.length < 6) return undefined;
  const counts = new Map<string, number>();
  let max = 0;
  for (const ch of body) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > max) max = n;
  }
  if (max / body.length > 0.6) return 'mostly one repeated character';
  if (longestStep(body) >= 8 || /(?:qwertyuiop|asdfghjkl|zxcvbnm)/i.test(body)) return 'keyboard or counting sequence';
  if (interleavedSequence(body)) return 'made-up pattern (a1b2c3d4…, AaBbCc…)';
  return undefined;
}

/**
 * `honeycombManagementKey`, `NoLineTerminatorHere`, `InterpolationInJSX`: words joined in camelCase are a name in
 * code, not key material. Split at capitals (an acronym counts as one word): identifiers are made of real
 * words, averaging four letters or more with at most one of two letters; random mixed-case keys (Hugging Face
 * tokens are letters only) split into one- and two-letter pieces.
 */
const CAMEL_WORD = /[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+/g;

export function camelCaseWords(value: string): string | undefined {
  if (value.length > 200 || !/^[A-Za-z]+$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value.slice(1))) return undefined;
  const words = value.match(CAMEL_WORD) ?? [];
  if (words.join('') !== value || words.length < 2) return undefined;
  const short = words.filter((w) => w.length <= 2).length;
  const mean = value.length / words.length;
  return mean >= 4 && short <= 1 ? 'camelCase words: an identifier, not a key' : undefined;
}

/** Checks every pattern rule applies unless it opts out. */
export function commonFilters(value: string, prefixLength: number): string | undefined {
  return documentedExample(value) ?? placeholderShape(value) ?? repeatedFiller(value, prefixLength) ?? camelCaseWords(value.slice(prefixLength));
}

/** Longest run of characters whose codes go up (or down) by one: `abcdefgh`, `12345678`. */
function longestStep(text: string): number {
  let best = 1, up = 1, down = 1;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up > best) best = up;
    if (down > best) best = down;
  }
  return best;
}

/**
 * Hand-typed fakes interleave counting sequences: `a1B2c3D4e5F6`, `Aa1Bb2Cc3`. Their letters, case-folded,
 * climb the alphabet one step (or repeat) at a time; random keys never do for long.
 */
function interleavedSequence(text: string): boolean {
  const letters = text.toLowerCase().replace(/[^a-z]/g, '');
  let run = 1, distinct = 1, best = 1;
  for (let i = 1; i < letters.length; i++) {
    const d = letters.charCodeAt(i) - letters.charCodeAt(i - 1);
    if (d === 0 || d === 1) {
      run++;
      if (d === 1) distinct++;
    } else {
      run = 1;
      distinct = 1;
    }
    if (distinct > best) best = distinct;
  }
  return best >= 7;
}
