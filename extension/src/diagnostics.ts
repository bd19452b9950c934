/**
 * Finding → diagnostic, as plain data (no `vscode` import, so it is unit-tested without an editor). Positions
 * go from the core's 1-based line/column (UTF-16, exclusive end) to the editor's 0-based ones here and nowhere
 * else. Severity passes through one converter that applies the user's overrides.
 */
import type { Finding } from '@nhilint/rules';

export type DiagnosticSeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = DiagnosticSeverityName | 'off';

export interface Range0 {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface DiagnosticData {
  range: Range0;
  message: string;
  severity: DiagnosticSeverityName;
  /** The rule id; `href` is where the editor links it. */
  code: string;
  href: string;
  source: 'nhilint';
}

export const SOURCE = 'nhilint';
const SETTINGS = new Set<SeveritySetting>(['error', 'warning', 'information', 'hint', 'off']);

/** A rule id beats its category; an unknown word in the settings is ignored rather than guessed. */
export function severityOf(f: Pick<Finding, 'ruleId' | 'category' | 'severity'>, overrides: Record<string, string>): SeveritySetting {
  for (const key of [f.ruleId, f.category]) {
    const v = overrides[key]?.toLowerCase();
    if (v === 'info') return 'information';
    if (v && SETTINGS.has(v as SeveritySetting)) return v as SeveritySetting;
  }
  return f.severity === 'info' ? 'information' : f.severity;
}

/** The first sentence of the rule's description: why the finding matters, short enough for the Problems panel. */
export function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^.*?[.;](?=\s|$)/s.exec(text);
  const s = (m ? m[0] : text).trim().replace(/;$/, '.');
  return s.length > 220 ? undefined : s;
}

export function rangeOf(f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): Range0 {
  return {
    start: { line: f.line - 1, character: f.column - 1 },
    end: { line: f.endLine - 1, character: f.endColumn - 1 },
  };
}

/** `undefined` when the user switched the rule off in the editor. */
export function toDiagnostic(f: Finding, overrides: Record<string, string>, description?: string): DiagnosticData | undefined {
  const severity = severityOf(f, overrides);
  if (severity === 'off') return undefined;
  const why = firstSentence(description);
  return {
    range: rangeOf(f),
    // The core's message never holds the value; nothing from the scanned text is added here.
    message: why ? `${f.message}. ${why}` : f.message,
    severity,
    code: f.ruleId,
    href: f.docsUrl,
    source: SOURCE,
  };
}

/** Ties a diagnostic back to its finding: code actions receive copies of diagnostics, not the objects we made. */
export function diagnosticKey(code: string, r: Range0): string {
  return `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
