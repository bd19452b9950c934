/**
 * Credential reuse (OWASP NHI9): the same secret value in two or more files, worst when the files belong to
 * different environments (a `dev` and a `prod` config sharing one key). It is a cross-file judgement, so it is
 * not a rule the scanner runs per file: a host (the CLI) collects every file's findings, then calls
 * `findCredentialReuse` once. Findings are matched on `valueHash`, the hash of the value alone, because the
 * fingerprint includes the path by design.
 */
import type { Finding, Lifetime, RelatedLocation, Severity } from '../finding.js';
import type { RuleMeta } from '../rule.js';
import { defaultCwe, defaultOwasp, docsUrlOf } from '../rule.js';
import { sha256Hex } from '../util/hash.js';

export const CREDENTIAL_REUSE_ID = 'credential-reuse';

export const credentialReuse: RuleMeta = {
  id: CREDENTIAL_REUSE_ID,
  title: 'The same credential in several files',
  category: 'long-lived-token',
  severity: 'warning',
  description:
    'One secret value is committed in two or more files, often shared by several services or environments. One leak then opens all of them, rotation has to find every copy, and no one can tell which workload used it.',
  remediation:
    'Give each workload and each environment its own identity and credential (ideally short-lived: workload identity, OIDC), rotate the shared one, and keep the new ones in a secret manager rather than in files.',
  lifetime: 'unknown',
  lifetimeDetail: 'the longest lifetime among the copies',
  replacement: 'one workload identity per service and environment (OIDC, IAM roles, Kubernetes service accounts)',
  owasp: ['NHI9', 'NHI2'],
  cwe: ['CWE-798', 'CWE-522'],
  tags: ['cross-file'],
  keywords: [],
  examples: { match: [], noMatch: [] },
};

/** Rules a host evaluates across files; listed with the per-file rules in `nhilint rules` and SARIF. */
export const crossFileRules: readonly RuleMeta[] = [credentialReuse];

const ENVIRONMENTS: Record<string, string> = {
  dev: 'dev', development: 'dev', local: 'local', test: 'test', testing: 'test', qa: 'qa', uat: 'uat',
  stage: 'staging', staging: 'staging', stg: 'staging', preprod: 'preprod', prod: 'prod', production: 'prod', prd: 'prod',
};
const WORD = /[a-z]+/g;

/** Environment names a path mentions (`config/prod/app.env`, `.env.staging`, `values-dev.yaml`). */
export function environmentsOf(path: string): string[] {
  const out = new Set<string>();
  for (const w of path.toLowerCase().match(WORD) ?? []) {
    const env = ENVIRONMENTS[w];
    if (env) out.add(env);
  }
  return [...out];
}

export const REUSE_REGEXES: readonly RegExp[] = [WORD];

const LONGEST: Lifetime[] = ['static', 'long', 'unknown', 'short'];
const MAX_LISTED = 8;

/**
 * One `credential-reuse` finding per value found in two or more files, placed at its first occurrence and
 * listing every place in `related` and in the message. Its fingerprint depends on the value only, so it stays
 * the same when a copy moves or another copy appears.
 */
export function findCredentialReuse(findings: readonly Finding[], severityOverride?: Severity): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.valueHash || f.category === 'wildcard-grant' || f.ruleId === CREDENTIAL_REUSE_ID) continue;
    (groups.get(f.valueHash) ?? groups.set(f.valueHash, []).get(f.valueHash)!).push(f);
  }
  const out: Finding[] = [];
  for (const [hash, copies] of groups) {
    const paths = [...new Set(copies.map((c) => c.path))];
    if (paths.length < 2) continue;
    const sorted = [...copies].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
    const first = sorted[0]!;
    const envs = [...new Set(paths.flatMap(environmentsOf))];
    const crossEnv = envs.length >= 2;
    const places = sorted.map((c) => `${c.path}:${c.line}`);
    const listed = places.length > MAX_LISTED ? `${places.slice(0, MAX_LISTED).join(', ')} and ${places.length - MAX_LISTED} more` : places.join(', ');
    const lifetime = LONGEST.find((l) => copies.some((c) => c.lifetime === l)) ?? 'unknown';
    const holder = copies.find((c) => c.lifetime === lifetime)!;
    const kinds = [...new Set(copies.map((c) => c.title))].slice(0, 3).join(', ');
    const related: RelatedLocation[] = sorted.map((c) => ({ path: c.path, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn, ruleId: c.ruleId }));
    const reuse: Finding = {
      ruleId: CREDENTIAL_REUSE_ID,
      title: credentialReuse.title,
      category: credentialReuse.category,
      severity: severityOverride ?? (crossEnv ? 'error' : credentialReuse.severity),
      message:
        `The same credential (${kinds}) is in ${paths.length} files${crossEnv ? `, across environments ${envs.join(' and ')}` : ''}: ${listed}` +
        ` (lifetime: ${holder.lifetimeDetail ?? lifetime})`,
      remediation: credentialReuse.remediation,
      docsUrl: docsUrlOf(credentialReuse),
      path: first.path,
      start: first.start,
      end: first.end,
      line: first.line,
      column: first.column,
      endLine: first.endLine,
      endColumn: first.endColumn,
      lifetime,
      fingerprint: sha256Hex(`${CREDENTIAL_REUSE_ID}\u0000${hash}`).slice(0, 32),
      redacted: first.redacted,
      secretLength: first.secretLength,
      owasp: defaultOwasp(credentialReuse),
      cwe: defaultCwe(credentialReuse),
      tags: [credentialReuse.category, 'cross-file', ...(crossEnv ? ['cross-environment'] : [])],
      fixes: [],
      valueHash: hash,
      related,
    };
    if (holder.lifetimeDetail) reuse.lifetimeDetail = holder.lifetimeDetail;
    if (holder.expiresAt) reuse.expiresAt = holder.expiresAt;
    if (first.replacement) reuse.replacement = first.replacement;
    const resources = [...new Set(copies.map((c) => c.resource).filter(Boolean))];
    if (resources.length === 1) reuse.resource = resources[0];
    out.push(reuse);
  }
  return out;
}
