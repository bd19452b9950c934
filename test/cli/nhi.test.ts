/**
 * Non-human identity hygiene through the CLI: credential reuse across files (on the main thread and through
 * worker threads), the lifetime and OWASP NHI / CWE mapping in every format and in `nhilint rules`, and
 * `nhilint inventory` in text, JSON and Markdown with CODEOWNERS owners and git blame ages.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tree } from '../helpers/cli.js';
import { gitRepo, GIT_ENV } from '../helpers/git.js';
import { fakeChars, ALNUM } from '../../rules/src/secrets/testing/fake.js';
import { githubAwsKeysWorkflow } from '../../rules/src/tokens/ci-credentials.js';
import { githubPat } from '../helpers/tokens.js';

const apiKey = (salt: string) => `${fakeChars(ALNUM, 36, `reuse${salt}`)}`;

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  severity: string;
  lifetime: string;
  lifetimeDetail?: string;
  message: string;
  fingerprint: string;
  related?: { path: string; line: number; ruleId: string }[];
  owasp: string[];
  cwe: string[];
  valueHash?: string;
}
const scanJson = (args: string[], cwd?: string) => JSON.parse(runCli(['scan', ...args, '-f', 'json'], { cwd }).stdout) as { findings: JsonFinding[] };

describe('credential reuse', () => {
  it('the same value in dev and prod files: one error finding listing every place, stable fingerprint', () => {
    const key = apiKey('a');
    const dir = tree({ 'config/dev/.env': `SEARCH_API_KEY=${key}\n`, 'config/prod/.env': `# prod\nSEARCH_API_KEY=${key}\n`, 'other/.env': `SEARCH_API_KEY=${apiKey('b')}\n` });
    const { findings } = scanJson(['.'], dir);
    const reuse = findings.filter((f) => f.ruleId === 'credential-reuse');
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ path: 'config/dev/.env', line: 1, severity: 'error', owasp: ['NHI9', 'NHI2'] });
    expect(reuse[0]!.related!.map((r) => `${r.path}:${r.line}`)).toEqual(['config/dev/.env:1', 'config/prod/.env:2']);
    expect(reuse[0]!.message).toMatch(/in 2 files, across environments dev and prod: config\/dev\/\.env:1, config\/prod\/\.env:2/);
    expect(reuse[0]!.message).not.toContain(key);
    // the individual findings stay, the hash used to match them does not leave the process
    expect(findings.filter((f) => f.ruleId !== 'credential-reuse')).toHaveLength(3);
    expect(JSON.stringify(findings)).not.toContain('valueHash');
    // moving a copy or adding one keeps the fingerprint
    writeFileSync(join(dir, 'config/prod/.env'), `# prod\n\n\nSEARCH_API_KEY=${key}\n`);
    writeFileSync(join(dir, 'config/stage.env'), `KEY=${key}\n`);
    const again = scanJson(['.'], dir).findings.filter((f) => f.ruleId === 'credential-reuse');
    expect(again[0]!.fingerprint).toBe(reuse[0]!.fingerprint);
    expect(again[0]!.related).toHaveLength(3);
  });

  it('one file holding a value twice is not reuse; a warning when no environments differ', () => {
    const key = apiKey('c');
    const one = tree({ '.env': `A_API_KEY=${key}\nB_API_KEY=${key}\n` });
    expect(scanJson(['.'], one).findings.some((f) => f.ruleId === 'credential-reuse')).toBe(false);
    const two = tree({ 'svc-a/.env': `API_KEY=${key}\n`, 'svc-b/.env': `API_KEY=${key}\n` });
    expect(scanJson(['.'], two).findings.find((f) => f.ruleId === 'credential-reuse')!.severity).toBe('warning');
  });

  it('the value hash travels back from worker threads', () => {
    const key = apiKey('w');
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++) files[`pkg${i}/index.js`] = `export const n = ${i};\n`;
    files['pkg3/.env'] = `API_KEY=${key}\n`;
    files['pkg77/.env'] = `API_KEY=${key}\n`;
    const dir = tree(files);
    const reuse = scanJson(['.', '--threads', '2'], dir).findings.filter((f) => f.ruleId === 'credential-reuse');
    expect(reuse.map((f) => f.related!.map((r) => r.path))).toEqual([['pkg3/.env', 'pkg77/.env']]);
  });

  it('SARIF lists the rule and gives the result related locations; the config can turn it off', () => {
    const key = apiKey('s');
    const dir = tree({ 'a/.env': `API_KEY=${key}\n`, 'b/.env': `API_KEY=${key}\n` });
    const sarif = JSON.parse(runCli(['scan', '.', '-f', 'sarif'], { cwd: dir }).stdout);
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'credential-reuse');
    expect(rule.properties).toMatchObject({ category: 'long-lived-token', owaspNhi: ['NHI9', 'NHI2'], cwe: ['CWE-798', 'CWE-522'] });
    expect(rule.properties.tags).toContain('OWASP-NHI9');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'credential-reuse');
    expect(result.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri)).toEqual(['a/.env', 'b/.env']);
    writeFileSync(join(dir, '.nhilint.yaml'), 'rules:\n  credential-reuse: off\n');
    const r = runCli(['scan', '.', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.some((f) => f.ruleId === 'credential-reuse')).toBe(false);
  });
});

describe('lifetime and OWASP NHI / CWE in every output', () => {
  it('text, JSON and SARIF carry the lifetime of a CI static credential and a token', () => {
    const dir = tree({ '.github/workflows/deploy.yml': githubAwsKeysWorkflow(), 'app/.env': `GITHUB_TOKEN=${githubPat('lt')}\n` });
    const text = runCli(['scan', '.'], { cwd: dir }).stdout;
    expect(text).toMatch(/ci-static-cloud-credentials .*\(lifetime: an IAM user access key never expires until it is deleted\)/);
    expect(text).toMatch(/github-token .*\(lifetime: never expires unless an expiry was set\)/);
    const json = scanJson(['.'], dir).findings;
    expect(json.find((f) => f.ruleId === 'ci-static-cloud-credentials')).toMatchObject({ lifetime: 'static', owasp: ['NHI7', 'NHI2'], cwe: ['CWE-262', 'CWE-522'] });
    const sarif = JSON.parse(runCli(['scan', '.', '-f', 'sarif'], { cwd: dir }).stdout);
    const res = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'ci-static-cloud-credentials');
    expect(res.properties).toMatchObject({ lifetime: 'static', lifetimeDetail: 'an IAM user access key never expires until it is deleted', owaspNhi: ['NHI7', 'NHI2'] });
  });

  it('--fix-dry-run shows the OIDC rewrite line for line (no stray blank lines where key lines go)', () => {
    const dir = tree({ '.github/workflows/deploy.yml': githubAwsKeysWorkflow() });
    const diff = runCli(['scan', '.', '--fix-dry-run'], { cwd: dir }).stdout;
    expect(diff).toContain('-          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n-          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n+          role-to-assume: arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME\n           aws-region: eu-west-1\n');
    expect(diff).toContain('+    permissions:\n+      id-token: write\n+      contents: read\n');
    expect(diff).not.toMatch(/^\+$/m);
  });

  it('`nhilint rules` lists every rule, the new ones and the cross-file one included, with OWASP NHI and CWE', () => {
    const rows = JSON.parse(runCli(['rules', '-f', 'json']).stdout) as { id: string; category: string; owaspNhi: string[]; cwe: string[] }[];
    for (const id of ['ci-static-cloud-credentials', 'terraform-long-lived-key', 'kubeconfig-static-credential', 'credential-reuse', 'kubernetes-service-account-token-secret', 'gcp-service-account-key']) {
      const row = rows.find((r) => r.id === id);
      expect(row, id).toBeDefined();
      expect(row!.category).toBe('long-lived-token');
      expect(row!.owaspNhi.length).toBeGreaterThan(0);
      expect(row!.cwe.every((c) => /^CWE-\d+$/.test(c))).toBe(true);
    }
    expect(rows.every((r) => r.owaspNhi.every((o) => /^NHI(?:[1-9]|10)$/.test(o)) && r.cwe.length > 0)).toBe(true);
    const text = runCli(['rules']).stdout;
    expect(text).toMatch(/credential-reuse\s+long-lived-token\s+warning\s+unknown\s+NHI9,NHI2\s+CWE-798,CWE-522/);
  });
});

describe('nhilint inventory', () => {
  function repoWithHistory() {
    const repo = gitRepo('nhilint-inventory-');
    const key = apiKey('inv');
    repo.write('.github/CODEOWNERS', '# owners\n* @acme/platform\n/deploy/ @acme/sre\n*.tf @acme/infra\n');
    repo.write('deploy/dev/.env', `SEARCH_API_KEY=${key}\n`);
    repo.write('deploy/prod/.env', `SEARCH_API_KEY=${key}\n`);
    repo.write('infra/keys.tf', 'resource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n');
    repo.write('.github/workflows/deploy.yml', githubAwsKeysWorkflow());
    repo.git('add', '.');
    // An old commit: the inventory must say how long the credentials have stood in code.
    const old = { ...GIT_ENV, GIT_AUTHOR_DATE: '2020-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2020-01-01T00:00:00Z' };
    execFileSync('git', ['commit', '-q', '-m', 'old'], { cwd: repo.dir, env: old });
    // and one credential added since, not yet committed
    repo.write('app/.env', `GITHUB_TOKEN=${githubPat('inv')}\n`);
    return { ...repo, key };
  }

  it('JSON: grouped by identity, with lifetime, CODEOWNERS owners and blame age; no value in clear', () => {
    const { dir, key } = repoWithHistory();
    const r = runCli(['inventory', '.', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(key);
    const inv = JSON.parse(r.stdout) as {
      blame: string;
      identities: { identity: string; kind: string; owners: string[]; lifetime: string; credentials: { ruleId: string; path: string; ageDays?: number; since?: string; uncommitted?: boolean; owners: string[]; redacted: string }[] }[];
      summary: { credentials: number; byLifetime: Record<string, number> };
    };
    expect(inv.blame).toBe('used');
    const byId = new Map(inv.identities.map((g) => [g.identity, g]));
    const ci = byId.get('.github/workflows/deploy.yml › job deploy')!;
    expect(ci).toMatchObject({ kind: 'CI pipeline', lifetime: 'static', owners: ['@acme/platform'] });
    expect(ci.credentials[0]!.since).toBe('2020-01-01T00:00:00.000Z');
    expect(ci.credentials[0]!.ageDays).toBeGreaterThan(365 * 5);
    const tf = byId.get('aws_iam_access_key.ci (aws_iam_user.ci.name)')!;
    expect(tf).toMatchObject({ kind: 'IaC resource', owners: ['@acme/infra'] });
    const prod = byId.get('deploy/prod/.env')!;
    expect(prod.owners).toEqual(['@acme/sre']);
    expect(prod.credentials[0]!.redacted).toMatch(/…\(36 chars\)$/);
    const app = byId.get('app/.env')!;
    expect(app.credentials[0]).toMatchObject({ ruleId: 'github-token', owners: ['@acme/platform'] });
    expect(app.credentials[0]!.ageDays).toBeUndefined();
    expect(inv.identities.flatMap((g) => g.credentials).some((c) => c.ruleId === 'credential-reuse')).toBe(true);
    expect(inv.summary.byLifetime.static).toBeGreaterThan(0);
  });

  it('text and Markdown show the same inventory; outside git there is no blame', () => {
    const { dir, key } = repoWithHistory();
    const text = runCli(['inventory', '.'], { cwd: dir }).stdout;
    expect(text).toMatch(/^\.github\/workflows\/deploy\.yml › job deploy {2}\[CI pipeline\] {2}lifetime static {2}owner @acme\/platform$/m);
    expect(text).toMatch(/static {3}ci-static-cloud-credentials {2}\.github\/workflows\/deploy\.yml:11 {2}\d+ days in code/);
    expect(text).toMatch(/ and \d+ grants? across \d+ identities; .*blame: used$/m);
    const md = runCli(['inventory', '.', '--format', 'markdown'], { cwd: dir }).stdout;
    expect(md).toMatch(/^# Non-human identity inventory$/m);
    expect(md).toMatch(/^\| aws_iam_access_key\.ci \(aws_iam_user\.ci\.name\) \| IaC resource \| static \| 1 \| @acme\/infra \|$/m);
    expect(md).toMatch(/^## deploy\/prod\/\.env$/m);
    for (const out of [text, md]) expect(out).not.toContain(key);
    const plain = tree({ '.env': `API_KEY=${key}\n` });
    expect(runCli(['inventory', '.'], { cwd: plain }).stdout).toMatch(/blame: not a git repository/);
    expect(runCli(['inventory', '.', '--no-blame'], { cwd: dir }).stdout).toMatch(/blame: off/);
    expect(runCli(['inventory', '.', '-f', 'xml'], { cwd: dir }).code).toBe(2);
  });
});
