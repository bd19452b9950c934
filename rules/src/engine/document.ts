import type { Fix, LifetimeInfo, Severity } from '../finding.js';

/** What a rule hands the engine for one problem; the engine adds metadata, positions, redaction, fingerprint. */
export interface Report {
  start: number;
  end: number;
  /**
   * The secret, when the finding is a value (hashed for the fingerprint, redacted for display, then dropped).
   * Grant findings pass `identity` instead: a stable description of the grant (resource + statement).
   */
  secret?: string;
  identity?: string;
  /** Overrides the rule's title as the message head; must not contain the secret. */
  message?: string;
  severity?: Severity;
  lifetime?: LifetimeInfo;
  fixes?: Fix[];
  resource?: string;
  prefix?: string;
  envName?: string;
  /** Ask the engine to also apply the shared placeholder filters to `secret`. */
  filter?: boolean;
}

export interface DocumentContext {
  readonly path: string;
  readonly text: string;
  /** Lower-cased file name (`config.json`) and extension (`.json`), precomputed for path tests. */
  readonly basename: string;
  readonly extension: string;
  report(report: Report): void;
  /** Record a candidate that a filter dropped (shown by `--explain`). */
  drop(start: number, value: string, reason: string): void;
  /** Record that part of the file could not be read (a YAML document that does not parse). */
  notice(kind: 'partial' | 'parse-error', reason: string, offset?: number): void;
  /**
   * Run this file's text, or a decoded piece of it, through the pattern rules, reporting matches at `mapTo`
   * (used for base64 `data:` in Kubernetes Secrets: the decoded value is scanned, the encoded one is flagged).
   */
  scanDecoded(decoded: string, mapTo: { start: number; end: number }, via: string): number;
  /** Parsed forms, computed once per file and shared by every rule that asks. */
  cache<T>(key: string, compute: () => T): T;
}
