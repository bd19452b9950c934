import type { Severity } from '../finding.js';
import type { PatternRule } from '../rule.js';

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  /** A value (or its whole match) matching one of these is not reported: known test fixtures, public ids. */
  allow?: RegExp[];
}

/** The `.nhilint.yaml` after validation. Surfaces pass it to the scanner unchanged. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** Globs (gitignore-like, relative to the scan root) of paths that are never scanned. */
  ignorePaths: string[];
  /** Values allowed for every rule. */
  allow: RegExp[];
  customRules: PatternRule[];
  /** Rules whose category is listed here are switched off (e.g. `wildcard-grant` in an app-only repo). */
  disabledCategories: string[];
}

export const EMPTY_CONFIG: ResolvedConfig = {
  rules: {},
  ignorePaths: [],
  allow: [],
  customRules: [],
  disabledCategories: [],
};
