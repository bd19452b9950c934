/**
 * A rule is data plus a small function. Metadata (what, why, what instead, docs) is kept apart from the
 * detector, and every rule carries its own examples that must and must not match; one generic test runs them.
 */
import type { Category, Fix, Lifetime, LifetimeInfo, Severity } from './finding.js';
import type { DocumentContext } from './engine/document.js';

/** An example is a file's text, optionally with the path it would have (some rules look at file names). */
export type Example = string | { text: string; path?: string };

export interface Examples {
  match: Example[];
  noMatch: Example[];
}

export function examplesOf(rule: Pick<RuleMeta, 'examples'>): Examples {
  return typeof rule.examples === 'function' ? rule.examples() : rule.examples;
}

export interface RuleMeta {
  /** kebab-case, stable: it is the suppression key, the SARIF rule id and part of every fingerprint. */
  id: string;
  title: string;
  category: Category;
  severity: Severity;
  /** One or two sentences: what was found and why it matters. */
  description: string;
  /** What to do instead: rotate, move to a secret store, use a short-lived or workload identity. */
  remediation: string;
  /** Overrides the default docs page (README section for the rule). */
  docs?: string;
  /** Default lifetime for everything the rule finds; `lifetimeOf` may refine it per value. */
  lifetime: Lifetime;
  lifetimeDetail?: string;
  /** The short-lived or workload-bound alternative, e.g. "GitHub App installation tokens or OIDC". */
  replacement?: string;
  /** OWASP Non-Human Identity Top 10 ids, e.g. NHI2 (secret leakage), NHI7 (long-lived secrets). */
  owasp?: string[];
  cwe?: string[];
  tags?: string[];
  /**
   * Lower-case literals; the rule runs only near places where one occurs. Pick strings that every match
   * contains (a token prefix) so that the one keyword pass over the file does the filtering. Empty: the rule
   * decides from the path alone (`appliesTo`).
   */
  keywords: string[];
  /**
   * Usually a function, so that the example values (fake tokens built at run time) are only made when a test
   * asks, not on every start of the CLI.
   */
  examples: Examples | (() => Examples);
  /** Only files whose path passes run this rule (file names like `.npmrc`, `*.tf`). */
  appliesTo?: (path: string) => boolean;
}

/** Context a pattern rule's hooks see for one regex match. */
export interface MatchContext {
  path: string;
  text: string;
  /** The regex match and the offset of the secret group in `text`. */
  match: RegExpExecArray;
  secretStart: number;
  /** The clock for lifetime math (milliseconds since the epoch); fixed in tests. */
  now: number;
}

export interface PatternRule extends RuleMeta {
  kind: 'pattern';
  /** Written without flags that change meaning for the engine; the engine adds `g` (and keeps `i`, `s`, `m`). */
  pattern: RegExp;
  /**
   * Capture group holding the secret (named `secret` wins); default: 1 if the pattern has a group, else 0. A
   * list means "the first of these groups that took part in the match" (a quoted or an unquoted value).
   */
  secretGroup?: number | number[];
  /** Minimum Shannon entropy (bits/char) of the secret. */
  entropy?: number;
  /**
   * How far a match may reach from the line holding the keyword: 0 = that line only (default). Multi-line
   * formats (PEM blocks, wrapped connection strings) say how many lines.
   */
  linesAround?: number;
  /**
   * A match starts at most this many characters before the end of its keyword (a name that contains the
   * keyword). The window then opens there, at the nearest delimiter, instead of at the line start: on long
   * lines the regex does not walk everything in front of the name.
   */
  reachBefore?: number;
  /** Offline check of the value (checksum, decodable structure). Returns a reason string when it fails. */
  validate?: (secret: string, ctx: MatchContext) => true | string;
  /** Per-value severity (a test-mode key is a warning where a live key of the same rule is an error). */
  severityOf?: (secret: string, ctx: MatchContext) => Severity | undefined;
  /** Per-value lifetime (JWT `exp`, SAS `se=`, token type by prefix). */
  lifetimeOf?: (secret: string, ctx: MatchContext) => LifetimeInfo | undefined;
  /** Skip the shared placeholder / example / reference filters (for formats whose structure already proves it). */
  skipCommonFilters?: boolean;
  /**
   * The message head for one value, replacing the title (e.g. "GitHub App installation token", or a JWT's
   * issuer and expiry). Never include the secret.
   */
  describe?: (secret: string, ctx: MatchContext) => string | undefined;
  /** Fixes this rule can offer for a match (text edits on the scanned text). */
  fixes?: (ctx: MatchContext & { secretEnd: number }) => Fix[];
  /** The identity the value belongs to, when the text names it (a key file's `client_email`); never the secret. */
  resourceOf?: (secret: string, ctx: MatchContext) => string | undefined;
  /** Known public prefix shown in redacted output (`ghp_`). */
  prefix?: string;
}

/**
 * A document rule reads a file as a whole (often through a position-keeping parse) and reports through the
 * context. Used for structure-dependent findings: Kubernetes Secrets, IAM policies, CI workflows.
 */
export interface DocumentRule extends RuleMeta {
  kind: 'document';
  check: (doc: DocumentContext) => void;
}

export type Rule = PatternRule | DocumentRule;

export const DEFAULT_DOCS_BASE = 'https://github.com/nhilint/nhilint/blob/main/docs/rules.md';

export function docsUrlOf(rule: RuleMeta): string {
  return rule.docs ?? `${DEFAULT_DOCS_BASE}#${rule.id}`;
}

export function defaultOwasp(rule: RuleMeta): string[] {
  if (rule.owasp) return rule.owasp;
  if (rule.category === 'wildcard-grant') return ['NHI5'];
  if (rule.category === 'long-lived-token') return ['NHI7', 'NHI2'];
  return rule.lifetime === 'static' || rule.lifetime === 'long' ? ['NHI2', 'NHI7'] : ['NHI2'];
}

export function defaultCwe(rule: RuleMeta): string[] {
  if (rule.cwe) return rule.cwe;
  if (rule.category === 'wildcard-grant') return ['CWE-250', 'CWE-732'];
  return ['CWE-798'];
}
