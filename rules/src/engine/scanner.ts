/**
 * The run loop: one keyword pass per file, then each rule's regex only in windows around its keywords, then
 * secret group → entropy → placeholder / example / allowlist filters → validator → finding. Document rules
 * run when their keywords occur (or always, when they have none and their path test passes).
 */
import type { DroppedCandidate, Finding, Fix, LifetimeInfo, ScanNotice, Severity, Suppressed } from '../finding.js';
import type { DocumentRule, MatchContext, PatternRule, Rule } from '../rule.js';
import { defaultCwe, defaultOwasp, docsUrlOf } from '../rule.js';
import type { ResolvedConfig } from '../config/types.js';
import { EMPTY_CONFIG } from '../config/types.js';
import { KeywordMatcher } from './keywords.js';
import { commonFilters } from './filters.js';
import type { DocumentContext, Report } from './document.js';
import { parseSuppression, suppressionCovers, SUPPRESSION_MARKER, type Suppression } from './suppress.js';
import { LineIndex } from '../util/text.js';
import { shannonEntropy } from '../util/entropy.js';
import { fingerprintOf, redact, scrubMessage, secretHash } from '../util/redact.js';
import { suggestEnvName } from './names.js';
import { fnv1a } from '../util/hash.js';

export interface FileScan {
  path: string;
  findings: Finding[];
  suppressed: Suppressed[];
  dropped: DroppedCandidate[];
  notices: ScanNotice[];
}

export interface ScanTextOptions {
  /** Keep the candidates filters dropped (for `--explain`). */
  explain?: boolean;
  /** Wall-clock budget for one file; past it the file is reported as partially scanned. */
  timeBudgetMs?: number;
  /** For lifetime math (JWT exp); defaults to the current time. */
  now?: number;
}

/** Regex work per window is bounded: a minified line is cut around the keyword, not scanned whole. */
const LONG_LINE = 4096;
const WINDOW_BEFORE = 600;
const WINDOW_AFTER = 1600;
const DEFAULT_BUDGET_MS = 3000;
/** Prefixes several providers use (Stripe, Checkout.com, Lob …): they do not name one provider's format. */
const SHARED_PREFIX = /^(?:[spr]k_)?(?:live|test|sandbox|prod)_$/;
/** The hits of a document rule whose keywords occur (their positions are never read). */
const PRESENT: number[] = [];

interface CompiledPattern {
  rule: PatternRule;
  index: number;
  re: RegExp;
  group: number | number[] | 'secret';
}

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  secret?: string;
  identity?: string;
  message?: string;
  severity?: Severity;
  lifetime?: LifetimeInfo;
  fixes?: Fix[];
  resource?: string;
  prefix?: string;
  envName?: string;
  literal?: { start: number; end: number; quote: string };
}

// Millisecond budgets need no finer clock, and Node loads its performance module on first use of `performance`.
const now = (): number => Date.now();

/**
 * Somewhere a host keeps compiled keyword tables between runs (the CLI: files beside its bundle). Building
 * the table is most of a short run's start-up; the core itself does no I/O, so the host decides where.
 */
export interface TableStore {
  get(key: string): Uint8Array | undefined;
  set(key: string, bytes: Uint8Array): void;
}

export interface ScannerOptions {
  tables?: TableStore;
}

export class Scanner {
  readonly rules: readonly Rule[];
  private readonly config: ResolvedConfig;
  private readonly matcher: KeywordMatcher;
  /** keyword id -> indices into `rules` */
  private readonly keywordRules: number[][];
  private readonly markerKeyword: number;
  /** Built on a rule's first keyword hit: a short run touches few rules and should not compile them all. */
  private readonly compiled: (CompiledPattern | undefined)[];
  private readonly keywordless: boolean[];
  private readonly documentRule: boolean[];
  private prefixes?: { prefix: string; rule: Rule }[];

  constructor(rules: readonly Rule[], config: ResolvedConfig = EMPTY_CONFIG, options: ScannerOptions = {}) {
    this.config = config;
    const all = [...rules, ...config.customRules];
    this.rules = all.filter(
      (r) => config.rules[r.id]?.enabled !== false && !config.disabledCategories.includes(r.category),
    );
    const keywords: string[] = [];
    const ids = new Map<string, number>();
    const keywordRules: number[][] = [];
    const keywordless: boolean[] = [];
    const idOf = (kw: string): number => {
      const k = kw.toLowerCase();
      let id = ids.get(k);
      if (id === undefined) {
        id = keywords.length;
        ids.set(k, id);
        keywords.push(k);
        keywordRules.push([]);
      }
      return id;
    };
    this.rules.forEach((rule, i) => {
      keywordless[i] = rule.keywords.length === 0;
      for (const kw of minimalKeywords(rule.keywords)) keywordRules[idOf(kw)]!.push(i);
    });
    this.markerKeyword = idOf(SUPPRESSION_MARKER);
    this.matcher = keywordMatcher(keywords, options.tables);
    this.keywordRules = keywordRules;
    this.keywordless = keywordless;
    this.documentRule = this.rules.map((r) => r.kind === 'document');
    this.compiled = new Array(this.rules.length);
  }

  /**
   * @internal The provider rule whose distinctive token prefix (`glpat-`, `xoxb-`, `sk-ant-`; four characters or
   * more) `value` starts with. Built on first use: most short runs never need it.
   */
  providerPrefixOf(value: string): { prefix: string; rule: Rule } | undefined {
    this.prefixes ??= this.rules
      .filter((r): r is PatternRule => r.kind === 'pattern' && !r.tags?.includes('fallback') && (r.prefix?.length ?? 0) >= 4 && !SHARED_PREFIX.test(r.prefix!))
      .map((rule) => ({ prefix: rule.prefix!, rule }));
    return this.prefixes.find((p) => value.startsWith(p.prefix));
  }

  /** @internal The pattern rule at `index`, compiled for the engine (undefined for document rules). */
  pattern(index: number): CompiledPattern | undefined {
    const cached = this.compiled[index];
    if (cached) return cached;
    const rule = this.rules[index]!;
    if (rule.kind !== 'pattern') return undefined;
    const flags = new Set(rule.pattern.flags.replace(/[gyd]/g, ''));
    flags.add('g');
    flags.add('d');
    const re = new RegExp(rule.pattern.source, [...flags].join(''));
    const named = /\(\?<secret>/.test(rule.pattern.source);
    const groups = countCapturingGroups(rule.pattern.source);
    const group = named ? 'secret' : (rule.secretGroup ?? (groups > 0 ? 1 : 0));
    return (this.compiled[index] = { rule, index, re, group });
  }

  scan(rawText: string, path: string, options: ScanTextOptions = {}): FileScan {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const run = new FileRun(this, text, path, options);
    return run.execute();
  }

  /** @internal */ get internals() {
    return {
      config: this.config,
      matcher: this.matcher,
      keywordRules: this.keywordRules,
      markerKeyword: this.markerKeyword,
      keywordless: this.keywordless,
      documentRule: this.documentRule,
    };
  }
}

class FileRun {
  private readonly candidates: Candidate[] = [];
  private readonly dropped: DroppedCandidate[] = [];
  private readonly notices: ScanNotice[] = [];
  private readonly lines: LineIndex;
  private readonly deadline: number;
  private overBudget = false;
  private readonly cacheMap = new Map<string, unknown>();
  private readonly lowerPath: string;

  constructor(
    private readonly scanner: Scanner,
    private readonly text: string,
    private readonly path: string,
    private readonly options: ScanTextOptions,
  ) {
    this.lines = new LineIndex(text);
    this.deadline = now() + (options.timeBudgetMs ?? DEFAULT_BUDGET_MS);
    this.lowerPath = path.toLowerCase();
  }

  execute(): FileScan {
    const { matcher, keywordRules, markerKeyword, keywordless, documentRule } = this.scanner.internals;
    const rules = this.scanner.rules;
    const hitsByRule: (number[] | undefined)[] = new Array(rules.length);
    const markers: number[] = [];
    // A document rule only needs to know that one of its keywords occurs, not where: it gets one shared
    // marker instead of an array of every hit (IaC keywords like `statement` hit thousands of times a file).
    matcher.scan(this.text, (kw, end) => {
      if (kw === markerKeyword) markers.push(end);
      const rs = keywordRules[kw]!;
      for (let i = 0; i < rs.length; i++) {
        const r = rs[i]!;
        if (documentRule[r]) hitsByRule[r] = PRESENT;
        else (hitsByRule[r] ??= []).push(end);
      }
    });
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      // The budget is the pattern rules' (regex work over the text); a file that exhausts it still gets its
      // structural checks (Kubernetes Secrets, grants, CI files), whose parsers are bounded on their own.
      if (this.overBudget && rule.kind === 'pattern') continue;
      const hits = hitsByRule[i];
      if (!hits && !keywordless[i]) continue;
      if (rule.appliesTo && !rule.appliesTo(this.lowerPath)) continue;
      try {
        if (rule.kind === 'pattern') this.runPattern(this.scanner.pattern(i)!, hits ?? [], this.text, undefined);
        else this.runDocument(rule);
      } catch (err) {
        this.notices.push({
          path: this.path,
          kind: 'partial',
          reason: `rule ${rule.id} failed: ${err instanceof Error ? scrubMessage(err.message.slice(0, 200)) : 'error'}`,
        });
      }
    }
    return this.finish(markers);
  }

  private budgetTicks = 0;

  /** Reading the clock costs more than a small window's regex, so it is read every 16th call. */
  private checkBudget(): boolean {
    if (this.overBudget) return false;
    if ((++this.budgetTicks & 15) === 0 && now() > this.deadline) {
      this.overBudget = true;
      this.notices.push({
        path: this.path,
        kind: 'partial',
        reason: `time budget of ${this.options.timeBudgetMs ?? DEFAULT_BUDGET_MS} ms per file exceeded by the pattern rules; the rest of the file was not scanned for token patterns (structural checks still ran)`,
      });
      return false;
    }
    return true;
  }

  /** Windows around keyword hits, merged; regex runs only inside them. */
  private runPattern(c: CompiledPattern, hits: number[], text: string, mapTo: { start: number; end: number; via: string } | undefined): void {
    const rule = c.rule;
    const around = rule.linesAround ?? 0;
    const seen = new Set<number>();
    const windows: [number, number][] = [];
    if (hits.length === 0) windows.push([0, text.length]);
    else {
      // Hits come in text order, so a cursor walks the line table instead of searching it per hit.
      const starts = (text === this.text ? this.lines : new LineIndex(text)).lineStarts();
      const lastLine = starts.length - 1;
      let cur = 0;
      for (const hit of hits) {
        const last = windows[windows.length - 1];
        // A hit well inside the current window adds nothing; on a long line dense with hits (a run of `a`s after a
        // keyword made of `a`s) the window is only extended once it is half used, not recomputed per hit.
        if (last && hit <= last[1] && (hit - last[0] < LONG_LINE || last[1] - hit >= WINDOW_AFTER / 2)) continue;
        while (cur < lastLine && starts[cur + 1]! <= hit - 1) cur++;
        const first = Math.max(0, cur - around);
        const end = Math.min(lastLine, cur + around);
        let ws = starts[first]!;
        let we = end < lastLine ? starts[end + 1]! - 1 : text.length;
        if (rule.reachBefore !== undefined && around === 0 && hit - ws > rule.reachBefore) {
          ws = delimiterBefore(text, hit - rule.reachBefore, ws);
          if (last && hit <= last[1] && ws <= last[1]) continue;
        }
        if (we - ws > LONG_LINE) {
          ws = Math.max(ws, boundedStart(text, hit - 1));
          we = Math.min(we, boundedEnd(text, hit));
        }
        if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
        else windows.push([ws, we]);
      }
    }
    for (const [ws, we] of windows) {
      if (!this.checkBudget()) return;
      const sub = ws === 0 && we === text.length ? text : text.slice(ws, we);
      c.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = c.re.exec(sub))) {
        if (m[0].length === 0) {
          c.re.lastIndex++;
          continue;
        }
        const indices = m.indices!;
        const span =
          c.group === 'secret' ? indices.groups!.secret
          : typeof c.group === 'number' ? indices[c.group]
          : c.group.map((g) => indices[g]).find(Boolean);
        if (!span) continue;
        const start = ws + span[0];
        const end = ws + span[1];
        if (seen.has(start)) continue;
        seen.add(start);
        this.considerMatch(c, m, start, end, text, mapTo);
      }
    }
  }

  private considerMatch(
    c: CompiledPattern,
    m: RegExpExecArray,
    start: number,
    end: number,
    text: string,
    mapTo: { start: number; end: number; via: string } | undefined,
  ): void {
    const rule = c.rule;
    const secret = text.slice(start, end);
    const reportStart = mapTo ? mapTo.start : start;
    const drop = (reason: string) => this.drop(rule.id, reportStart, secret, reason);
    const prefixLength = rule.prefix && secret.startsWith(rule.prefix) ? rule.prefix.length : 0;
    if (!rule.skipCommonFilters) {
      const reason = commonFilters(secret, prefixLength);
      if (reason) return drop(reason);
    }
    if (rule.entropy !== undefined) {
      const e = shannonEntropy(secret);
      if (e < rule.entropy) return drop(`entropy ${e.toFixed(2)} below ${rule.entropy}`);
    }
    const ctx: MatchContext = { path: this.path, text, match: m, secretStart: start, now: this.options.now ?? Date.now() };
    if (rule.validate) {
      const verdict = rule.validate(secret, ctx);
      if (verdict !== true) return drop(verdict);
    }
    const allowed = this.allowedBy(rule.id, secret, m[0]);
    if (allowed) return drop(allowed);
    const lifetime = rule.lifetimeOf?.(secret, ctx);
    const described = rule.describe?.(secret, ctx);
    const literal = mapTo ? undefined : literalAround(text, start, end);
    this.candidates.push({
      rule,
      start: reportStart,
      end: mapTo ? mapTo.end : end,
      secret,
      lifetime,
      severity: rule.severityOf?.(secret, ctx),
      message: described ? (mapTo ? `${described} (in ${mapTo.via})` : described) : mapTo ? `${rule.title} (in ${mapTo.via})` : undefined,
      fixes: mapTo ? undefined : rule.fixes?.({ ...ctx, secretEnd: end }),
      resource: rule.resourceOf?.(secret, ctx),
      prefix: rule.prefix,
      literal,
      envName: mapTo ? undefined : suggestEnvName(text, literal?.start ?? start, rule.id),
    });
  }

  private allowedBy(ruleId: string, secret: string, whole: string): string | undefined {
    const { config } = this.scanner.internals;
    for (const re of [...(config.rules[ruleId]?.allow ?? []), ...config.allow]) {
      re.lastIndex = 0;
      if (re.test(secret) || re.test(whole)) return `allowed by config pattern ${re.source}`;
    }
    return undefined;
  }

  private drop(ruleId: string, offset: number, value: string, reason: string): void {
    if (!this.options.explain) return;
    const pos = this.lines.position(offset);
    this.dropped.push({ ruleId, path: this.path, line: pos.line, column: pos.column, redacted: redact(value), reason });
  }

  private runDocument(rule: DocumentRule): void {
    const run = this;
    const slash = this.lowerPath.lastIndexOf('/');
    const basename = this.lowerPath.slice(slash + 1);
    const dot = basename.lastIndexOf('.');
    const ctx: DocumentContext = {
      path: this.path,
      text: this.text,
      basename,
      extension: dot > 0 ? basename.slice(dot) : '',
      report(r: Report) {
        if (r.secret !== undefined && r.filter) {
          const reason = commonFilters(r.secret, r.prefix?.length ?? 0);
          if (reason) return run.drop(rule.id, r.start, r.secret, reason);
        }
        if (r.secret !== undefined) {
          const allowed = run.allowedBy(rule.id, r.secret, r.secret);
          if (allowed) return run.drop(rule.id, r.start, r.secret, allowed);
        }
        const literal = r.secret !== undefined ? literalAround(run.text, r.start, r.end) : undefined;
        run.candidates.push({
          rule,
          start: r.start,
          end: r.end,
          secret: r.secret,
          identity: r.identity,
          message: r.message,
          severity: r.severity,
          lifetime: r.lifetime,
          fixes: r.fixes,
          resource: r.resource,
          prefix: r.prefix,
          literal,
          envName: r.secret !== undefined ? (r.envName ?? suggestEnvName(run.text, literal?.start ?? r.start, rule.id)) : undefined,
        });
      },
      drop(start, value, reason) {
        run.drop(rule.id, start, value, reason);
      },
      notice(kind, reason, offset) {
        run.notices.push({ path: run.path, kind, reason: scrubMessage(reason), line: offset === undefined ? undefined : run.lines.position(offset).line });
      },
      scanDecoded(decoded, mapTo, via) {
        const before = run.candidates.length;
        const lower = decoded.toLowerCase();
        run.scanner.rules.forEach((other, index) => {
          if (other.kind !== 'pattern' || other.id === rule.id) return;
          if (!other.keywords.some((k) => lower.includes(k))) return;
          run.runPattern(run.scanner.pattern(index)!, [], decoded, { ...mapTo, via });
        });
        return run.candidates.length - before;
      },
      cache<T>(key: string, compute: () => T): T {
        if (!run.cacheMap.has(key)) run.cacheMap.set(key, compute());
        return run.cacheMap.get(key) as T;
      },
    };
    rule.check(ctx);
  }

  /**
   * A value that carries a provider's token prefix is judged by that provider's published format: when the
   * provider rule did not report it (wrong length or alphabet, failed checksum), it is a truncated, mangled or
   * made-up token, and a fallback rule must not report it after all. That is what keeps the checksum's precision.
   */
  private deferred(c: Candidate): boolean {
    const provider = c.secret === undefined ? undefined : this.scanner.providerPrefixOf(c.secret);
    if (!provider) return false;
    this.drop(c.rule.id, c.start, c.secret!, `carries the ${provider.rule.title} prefix "${provider.prefix}" but not its format (${provider.rule.id} checks it)`);
    return true;
  }

  private finish(markers: number[]): FileScan {
    const { config } = this.scanner.internals;
    // A specific rule's finding wins over a fallback rule's finding on the same span (generic vs provider).
    // Between two fallback rules on overlapping spans (.env rule and generic assignment), the earlier rule wins.
    const specific = this.candidates.filter((c) => !c.rule.tags?.includes('fallback'));
    const order = this.scanner.rules;
    const fallbacks = this.candidates
      .filter((c) => c.rule.tags?.includes('fallback') && !specific.some((s) => s.start < c.end && c.start < s.end) && !this.deferred(c))
      .sort((a, b) => order.indexOf(a.rule) - order.indexOf(b.rule));
    const keptFallbacks: Candidate[] = [];
    for (const c of fallbacks) if (!keptFallbacks.some((k) => k.start < c.end && c.start < k.end)) keptFallbacks.push(c);
    const kept = [...specific, ...keptFallbacks];
    // Several rules on the exact same span: keep the first (rules are ordered most specific first, so a
    // service-account key file's `private_key` is reported once, as the long-lived key it is). The sort is
    // stable, so the first of a run of equal spans is the first kept; no key string per candidate.
    kept.sort((a, b) => a.start - b.start || a.end - b.end);
    const unique: Candidate[] = [];
    for (const c of kept) {
      const last = unique[unique.length - 1];
      if (!last || last.start !== c.start || last.end !== c.end) unique.push(c);
    }
    const suppressions = new Map<number, Suppression>();
    for (const m of markers) {
      const line0 = this.lines.lineOf(m - 1);
      const s = parseSuppression(this.text, m, line0);
      if (s) suppressions.set(line0, s);
    }
    const findings: Finding[] = [];
    const suppressed: Suppressed[] = [];
    for (const c of unique) {
      const f = this.toFinding(c, config.rules[c.rule.id]?.severity);
      const line0 = f.line - 1;
      const here = suppressions.size > 0 ? suppressions.get(line0) : undefined;
      const above = suppressions.size > 0 ? suppressions.get(line0 - 1) : undefined;
      const s = here && suppressionCovers(here, c.rule.id) ? here : above && suppressionCovers(above, c.rule.id) ? above : undefined;
      if (s && s.reason) {
        suppressed.push({ ruleId: f.ruleId, path: f.path, line: f.line, reason: s.reason, fingerprint: f.fingerprint });
        continue;
      }
      if (s && !s.reason) {
        f.message += ' (an nhilint-ignore comment is here but gives no reason after "--", so it does not suppress)';
      }
      findings.push(f);
    }
    return { path: this.path, findings, suppressed, dropped: this.dropped, notices: this.notices };
  }

  private toFinding(c: Candidate, severityOverride: Severity | undefined): Finding {
    const rule = c.rule;
    const s = this.lines.position(c.start);
    const e = this.lines.position(c.end);
    const lifetime = c.lifetime ?? { lifetime: rule.lifetime, detail: rule.lifetimeDetail };
    const valueHash = c.secret !== undefined ? secretHash(c.secret) : secretHash(c.identity ?? `${c.start}`);
    const lifetimeWords = lifetime.detail ?? lifetimeLabel(lifetime.lifetime);
    const head = c.message ?? rule.title;
    const message = rule.category === 'wildcard-grant' ? head : `${head} (lifetime: ${lifetimeWords})`;
    const finding: Finding = {
      ruleId: rule.id,
      title: rule.title,
      category: rule.category,
      severity: severityOverride ?? c.severity ?? rule.severity,
      message,
      remediation: rule.remediation,
      docsUrl: docsUrlOf(rule),
      path: this.path,
      start: c.start,
      end: c.end,
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      lifetime: lifetime.lifetime,
      fingerprint: fingerprintOf(rule.id, this.path, valueHash),
      redacted: c.secret !== undefined ? redact(c.secret, c.prefix) : '',
      secretLength: c.secret?.length ?? 0,
      owasp: defaultOwasp(rule),
      cwe: defaultCwe(rule),
      tags: [rule.category, ...(rule.tags ?? []).filter((t) => t !== 'fallback')],
      fixes: c.fixes ?? [],
    };
    if (lifetime.detail) finding.lifetimeDetail = lifetime.detail;
    if (lifetime.expiresAt) finding.expiresAt = lifetime.expiresAt;
    if (rule.replacement) finding.replacement = rule.replacement;
    if (c.literal) finding.literal = c.literal;
    if (c.envName) finding.suggestedEnvName = c.envName;
    if (c.resource) finding.resource = c.resource;
    if (c.secret !== undefined) finding.valueHash = valueHash;
    return finding;
  }
}

/**
 * Capturing groups in a regex source, counted by reading it (compiling 290 regexes just to count their groups
 * cost a hook run several milliseconds): `(` that is not escaped, not in a class and not `(?:`/`(?=`/`(?<=`…;
 * named groups `(?<name>` count.
 */
export function countCapturingGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) n++;
  }
  return n;
}

/**
 * A keyword that contains another keyword of the same rule adds no information (`password` when `pass` is
 * there) but costs a hit per occurrence, so only the shortest are kept.
 */
export function minimalKeywords(keywords: readonly string[]): string[] {
  if (keywords.length === 1) return [keywords[0]!.toLowerCase()];
  const unique = [...new Set(keywords.map((k) => k.toLowerCase()))];
  return unique.filter((k) => !unique.some((other) => other.length < k.length && k.includes(other)));
}

function keywordMatcher(keywords: string[], store: TableStore | undefined): KeywordMatcher {
  if (!store) return new KeywordMatcher(keywords);
  // The key only picks a file; `fromBytes` checks the stored keyword list itself, so a cheap hash will do.
  const key = `${fnv1a(keywords.join('\n')).toString(16)}-${keywords.length}`;
  const stored = store.get(key);
  const restored = stored && KeywordMatcher.fromBytes(keywords, stored);
  if (restored) return restored;
  const built = new KeywordMatcher(keywords);
  store.set(key, built.toBytes());
  return built;
}

export function lifetimeLabel(l: string): string {
  switch (l) {
    case 'static':
      return 'static, never expires';
    case 'long':
      return 'long-lived, months or more';
    case 'short':
      return 'short-lived, hours or less';
    default:
      return 'unknown';
  }
}

/** Window start on a long (minified) line: WINDOW_BEFORE back from the keyword, moved to a delimiter. */
function boundedStart(text: string, pos: number): number {
  const from = Math.max(0, pos - WINDOW_BEFORE);
  if (from === 0) return 0;
  for (let i = from; i < pos; i++) if (isDelimiter(text.charCodeAt(i))) return i + 1;
  return from;
}

function boundedEnd(text: string, pos: number): number {
  const to = Math.min(text.length, pos + WINDOW_AFTER);
  if (to === text.length) return to;
  for (let i = to; i > pos; i--) if (isDelimiter(text.charCodeAt(i))) return i;
  return to;
}

/** The last delimiter at or before `pos` (never before `floor`, at most 80 characters back), plus one. */
function delimiterBefore(text: string, pos: number, floor: number): number {
  const limit = Math.max(floor, pos - 80);
  for (let i = pos; i > limit; i--) {
    const c = text.charCodeAt(i - 1);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46 || c === 45)) return i;
  }
  return limit;
}

function isDelimiter(c: number): boolean {
  // space, tab, quotes, comma, semicolon, brackets: places a token cannot span
  return c === 32 || c === 9 || c === 34 || c === 39 || c === 96 || c === 44 || c === 59 || c === 123 || c === 125 || c === 91 || c === 93;
}

/** The value with its surrounding quotes, when it is a quoted literal. */
function literalAround(text: string, start: number, end: number): { start: number; end: number; quote: string } | undefined {
  const q = text[start - 1];
  if (q && (q === '"' || q === "'" || q === '`') && text[end] === q) return { start: start - 1, end: end + 1, quote: q };
  return { start, end, quote: '' };
}
