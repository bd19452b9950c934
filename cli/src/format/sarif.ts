/**
 * SARIF 2.1.0. Lists every rule in `tool.driver.rules` (not only those that fired) with its real description,
 * help URI, category and tags; gives each result `partialFingerprints` (stable across line moves, so code
 * scanning tracks an alert through refactors); writes URIs relative to `%SRCROOT%` declared in
 * `originalUriBaseIds`. The secret itself appears nowhere: only the redacted form.
 */
import { pathToFileURL } from 'node:url';
import { defaultCwe, defaultOwasp, docsUrlOf, type Finding, type RuleMeta, type Severity } from '@nhilint/rules';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION, type ScanReport } from '../report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning reads `security-severity` (0-10) to rank security alerts. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', info: '2.0' };

export function formatSarif(report: ScanReport, rules: readonly RuleMeta[]): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const rootUri = pathToFileURL(report.root.endsWith('/') ? report.root : report.root + '/').href;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: rootUri } },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: [
              ...report.skipped.map((s) => ({
                level: 'note',
                message: { text: `skipped: ${s.reason}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(s.path), uriBaseId: 'SRCROOT' } } }],
              })),
              ...report.notices.map((n) => ({
                level: 'warning',
                message: { text: `${n.kind}: ${n.reason}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(n.path), uriBaseId: 'SRCROOT' } } }],
              })),
            ],
          },
        ],
        results: report.findings.map((f) => result(f, index.get(f.ruleId))),
        columnKind: 'utf16CodeUnits',
        properties: {
          skipped: report.skipped,
          notices: report.notices,
          suppressed: report.suppressed.length,
          stats: report.stats,
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function ruleDescriptor(rule: RuleMeta) {
  const owasp = defaultOwasp(rule);
  const cwe = defaultCwe(rule);
  const tags = ['security', rule.category, ...cwe, ...owasp.map((o) => `OWASP-${o}`), ...(rule.tags ?? []).filter((t) => t !== 'fallback')];
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri: docsUrlOf(rule),
    help: {
      text: `${rule.description}\n\nFix: ${rule.remediation}${rule.replacement ? `\n\nInstead: ${rule.replacement}` : ''}`,
      markdown: `${rule.description}\n\n**Fix:** ${rule.remediation}${rule.replacement ? `\n\n**Instead:** ${rule.replacement}` : ''}\n\n[Rule documentation](${docsUrlOf(rule)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      category: rule.category,
      tags,
      precision: rule.tags?.includes('fallback') ? 'medium' : 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
      lifetime: rule.lifetime,
      ...(rule.lifetimeDetail ? { lifetimeDetail: rule.lifetimeDetail } : {}),
      owaspNhi: owasp,
      cwe,
    },
  };
}

function result(f: Finding, ruleIndex: number | undefined) {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[f.severity],
    message: { text: `${f.message}. ${f.remediation}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodePath(f.path), uriBaseId: 'SRCROOT' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: `copy found by ${r.ruleId}` },
            physicalLocation: {
              artifactLocation: { uri: encodePath(r.path), uriBaseId: 'SRCROOT' },
              region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
            },
          })),
        }
      : {}),
    partialFingerprints: { 'nhilint/v1': f.fingerprint },
    properties: {
      category: f.category,
      lifetime: f.lifetime,
      ...(f.lifetimeDetail ? { lifetimeDetail: f.lifetimeDetail } : {}),
      ...(f.expiresAt ? { expiresAt: f.expiresAt } : {}),
      ...(f.replacement ? { replacement: f.replacement } : {}),
      redacted: f.redacted,
      secretLength: f.secretLength,
      owaspNhi: f.owasp,
      cwe: f.cwe,
      tags: f.tags,
      ...(f.resource ? { resource: f.resource } : {}),
      ...(f.commit ? { commit: f.commit, authorDate: f.authorDate } : {}),
    },
  };
}

/** Relative URI reference: each path segment percent-encoded (spaces, `#`, `%`, newlines stay valid). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase());
}
