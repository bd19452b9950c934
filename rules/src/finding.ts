/**
 * The one finding model every surface consumes. Adapters (CLI formats, hook, editor) only translate it;
 * they never detect, filter or redact again. The raw secret never leaves the rule that found it: a
 * finding carries a redacted form, a length and a fingerprint instead.
 */

export type Category = 'secret' | 'long-lived-token' | 'wildcard-grant';
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/**
 * How long a credential stays valid once leaked. `static` never expires on its own; `long` lives months or
 * more; `short` hours or less; `unknown` when the format does not say.
 */
export type Lifetime = 'static' | 'long' | 'short' | 'unknown';

export interface LifetimeInfo {
  lifetime: Lifetime;
  /** Human words: "1 hour", "never expires", "up to 1 year". */
  detail?: string;
  /** ISO date, when the value itself says (a JWT `exp`, a SAS `se=`). */
  expiresAt?: string;
}

/** A replacement of `[start, end)` in the scanned text. `snippet` text may hold `${1:placeholder}` tab stops. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  /**
   * `fix`: safe to apply without reading (keeps behaviour). `suggestion`: changes behaviour or needs a value
   * completed by a person (placeholders), so surfaces must never apply it unasked.
   */
  kind: 'fix' | 'suggestion';
  edits: TextEdit[];
  /** True when `newText` uses snippet syntax (`${1:role-arn}`) for values the user must complete. */
  snippet?: boolean;
}

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, UTF-16 code units (what SARIF and editors count)
}

export interface Finding {
  ruleId: string;
  title: string;
  category: Category;
  severity: Severity;
  /** Never contains the secret value. */
  message: string;
  remediation: string;
  docsUrl: string;
  path: string;
  /** `[start, end)` offsets of the offending value in the scanned text (after any BOM). */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive, like SARIF's endColumn. */
  endColumn: number;
  lifetime: Lifetime;
  lifetimeDetail?: string;
  expiresAt?: string;
  replacement?: string;
  /** Stable across line moves: rule + path + hash of the value (or of the grant), never a line number. */
  fingerprint: string;
  /** e.g. `ghp_…(40 chars)`: a short prefix, never more than 4 characters of the value. */
  redacted: string;
  secretLength: number;
  owasp: string[];
  cwe: string[];
  tags: string[];
  fixes: Fix[];
  /**
   * Where the value sits as a literal (with its quotes, if any) and a name an environment variable could take.
   * Editors use it to move the value out of the file; it never holds the value itself.
   */
  literal?: { start: number; end: number; quote: string };
  suggestedEnvName?: string;
  /** The IaC resource or identity the finding belongs to, e.g. `aws_iam_policy.admin`. */
  resource?: string;
  /** History scans: the commit that introduced the value, and its author date (ISO 8601). */
  commit?: string;
  authorDate?: string;
  /**
   * Hash of the value alone (no rule, no path), for finding the same credential in several files (credential
   * reuse). Internal: the CLI's reports leave it out, as they do `literal`.
   */
  valueHash?: string;
  /** Other places the finding concerns (credential reuse lists every copy). */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
}

/** A candidate a filter dropped: shown by `--explain`, never containing the value. */
export interface DroppedCandidate {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  redacted: string;
  reason: string;
}

/** A part of a file the core did not finish, and why (budget hit, a YAML document that does not parse). */
export interface ScanNotice {
  path: string;
  kind: 'partial' | 'parse-error';
  reason: string;
  line?: number;
}

export interface Suppressed {
  ruleId: string;
  path: string;
  line: number;
  reason: string;
  fingerprint: string;
}
