import { CREDENTIAL_REUSE_ID, findCredentialReuse, type DroppedCandidate, type FileScan, type Finding, type ResolvedConfig, type ScanNotice, type Suppressed } from '@nhilint/rules';

export const TOOL_NAME = 'nhilint';
export const TOOL_VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/nhilint/nhilint';

export interface Skipped {
  path: string;
  reason: string;
}

/** Everything one scan produced; every output format is a translation of this object. */
export interface ScanReport {
  root: string;
  findings: Finding[];
  suppressed: Suppressed[];
  skipped: Skipped[];
  notices: ScanNotice[];
  dropped: DroppedCandidate[];
  stats: {
    files: number;
    bytes: number;
    durationMs: number;
    baselined: number;
  };
}

export function emptyReport(root: string): ScanReport {
  return { root, findings: [], suppressed: [], skipped: [], notices: [], dropped: [], stats: { files: 0, bytes: 0, durationMs: 0, baselined: 0 } };
}

/** What one file contributes: a skip with its reason, or its findings, suppressions, notices and drops. */
export type FileOutcome =
  | { kind: 'scanned'; path: string; bytes: number; result: FileScan }
  | { kind: 'skipped'; path: string; reason: string };

export function addOutcome(report: ScanReport, o: FileOutcome): void {
  if (o.kind === 'skipped') {
    report.skipped.push({ path: o.path, reason: o.reason });
    return;
  }
  report.stats.files++;
  report.stats.bytes += o.bytes;
  for (const f of o.result.findings) report.findings.push(f);
  for (const s of o.result.suppressed) report.suppressed.push(s);
  for (const n of o.result.notices) report.notices.push(n);
  for (const d of o.result.dropped) report.dropped.push(d);
}

/**
 * Cross-file judgements, once every file is in: the same credential in several files becomes one
 * `credential-reuse` finding at its first place (unless the config turns the rule off).
 */
export function addCrossFileFindings(report: ScanReport, config: ResolvedConfig): void {
  const setting = config.rules[CREDENTIAL_REUSE_ID];
  if (setting?.enabled === false || config.disabledCategories.includes('long-lived-token')) return;
  const reuse = findCredentialReuse(report.findings, setting?.severity);
  if (reuse.length === 0) return;
  report.findings.push(...reuse);
  report.findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || (a.ruleId === CREDENTIAL_REUSE_ID ? 1 : -1)));
}
