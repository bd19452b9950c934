/**
 * Human output: `path:line:col  severity  rule-id  message`, grouped per file, colour only on a TTY, then a
 * summary line. With `verbose`, each finding's remediation, and the list of skipped files.
 */
import type { Finding, Severity } from '@nhilint/rules';
import type { ScanReport } from '../report.js';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export interface TextOptions {
  color: boolean;
  verbose: boolean;
  /** One remediation line under each finding (the commit hook's short form of --verbose). */
  remediation?: boolean;
  explain: boolean;
}

export function formatText(report: ScanReport, opts: TextOptions): string {
  const c = (k: keyof typeof COLORS, s: string) => (opts.color ? COLORS[k] + s + COLORS.reset : s);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) (byFile.get(f.path) ?? byFile.set(f.path, []).get(f.path)!).push(f);
  for (const [path, findings] of byFile) {
    out.push(c('bold', path));
    for (const f of findings) {
      const sev = c(f.severity, f.severity.padEnd(7));
      const origin = f.commit ? c('dim', `  (commit ${f.commit.slice(0, 12)}, ${f.authorDate?.slice(0, 10) ?? ''})`) : '';
      out.push(`${path}:${f.line}:${f.column}  ${sev}  ${f.ruleId}  ${f.message}${f.redacted ? c('dim', `  [${f.redacted}]`) : ''}${origin}`);
      if (opts.remediation && !opts.verbose) out.push(c('dim', `    fix: ${f.remediation}`));
      if (opts.verbose) {
        out.push(c('dim', `    fix: ${f.remediation}`));
        if (f.replacement) out.push(c('dim', `    instead: ${f.replacement}`));
        out.push(c('dim', `    fingerprint ${f.fingerprint}  ${f.docsUrl}`));
      }
    }
    out.push('');
  }
  if (opts.explain && report.dropped.length) {
    out.push(c('bold', 'Candidates dropped by filters (--explain):'));
    for (const d of report.dropped) out.push(`${d.path}:${d.line}:${d.column}  ${d.ruleId}  ${d.reason}  [${d.redacted}]`);
    out.push('');
  }
  if (report.notices.length) {
    out.push(c('bold', 'Partly scanned:'));
    for (const n of report.notices) out.push(`${n.path}${n.line ? `:${n.line}` : ''}  ${n.kind}  ${n.reason}`);
    out.push('');
  }
  if (opts.verbose && report.skipped.length) {
    out.push(c('bold', 'Skipped:'));
    for (const s of report.skipped) out.push(`${s.path}  ${s.reason}`);
    out.push('');
  }
  out.push(summaryLine(report, c));
  return out.join('\n') + '\n';
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

function summaryLine(report: ScanReport, c: (k: keyof typeof COLORS, s: string) => string): string {
  const { findings, stats, skipped, suppressed } = report;
  const n = countBySeverity(findings);
  const files = new Set(findings.map((f) => f.path)).size;
  const head = findings.length
    ? c('bold', `✖ ${findings.length} finding${findings.length === 1 ? '' : 's'} (${n.error} error, ${n.warning} warning, ${n.info} info) in ${files} file${files === 1 ? '' : 's'}`)
    : c('bold', '✔ no findings');
  const mb = (stats.bytes / 1048576).toFixed(1);
  const extra = [
    `${stats.files} files (${mb} MB) scanned in ${(stats.durationMs / 1000).toFixed(2)} s`,
    skipped.length ? `${skipped.length} skipped${''}` : '',
    suppressed.length ? `${suppressed.length} suppressed inline` : '',
    stats.baselined ? `${stats.baselined} in baseline` : '',
  ].filter(Boolean);
  return `${head}; ${extra.join(', ')}`;
}

/** The general move per category; each finding above already carries its rule's own remediation. */
const HOW: Record<string, string> = {
  secret: 'move the value to an environment variable or a secret manager (rotate it if it was ever pushed)',
  'long-lived-token': 'replace the static credential with a short-lived one (OIDC federation, workload identity, a token request) and revoke the old one',
  'wildcard-grant': 'narrow the grant to the actions and resources the identity uses (each finding shows a narrower form)',
};

const WHY: Record<string, string> = {
  secret: 'a secret committed to git stays usable by anyone with a clone, even after a later commit removes it',
  'long-lived-token': 'a long-lived credential in code outlives the reason it was created; short-lived or workload identity does not',
  'wildcard-grant': 'a wildcard grant turns any leak of this identity into a leak of everything it can reach',
};

/** The commit hook's footer: why it blocked, how to fix, how to suppress, how to skip once. */
export function blockedMessage(report: ScanReport, color: boolean): string {
  const c = (k: keyof typeof COLORS, s: string) => (color ? COLORS[k] + s + COLORS.reset : s);
  const categories = [...new Set(report.findings.map((f) => f.category))];
  return [
    c('bold', `nhilint blocked this commit: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in staged files.`),
    ...categories.map((cat) => `  Why: ${WHY[cat] ?? cat}.`),
    ...categories.map((cat) => `  Fix: ${HOW[cat] ?? HOW.secret}, then \`git add\` the file again.`),
    '  False positive? Put `nhilint-ignore <rule-id> -- <reason>` on that line or the line above.',
    '  Skip the check once: `git commit --no-verify` (CI scans the pull request too).',
    '',
  ].join('\n');
}
