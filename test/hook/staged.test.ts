/**
 * `nhilint scan --staged` against real git repositories made in temporary directories: it reads the index,
 * not the working tree.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, runCli } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';
import { gitRepo } from '../helpers/git.js';

const repo = () => gitRepo();

interface Report { findings: { path: string; line: number; ruleId: string }[]; skipped: { path: string; reason: string }[] }
const staged = (dir: string, ...extra: string[]) => runCli(['scan', '--staged', '--format', 'json', ...extra], { cwd: dir });
const findings = (dir: string, ...extra: string[]) => (JSON.parse(staged(dir, ...extra).stdout) as Report).findings;

describe('scan --staged', () => {
  it('finds a secret that is staged but already deleted from the working file', () => {
    const r = repo();
    r.write('app.env', `GITHUB_TOKEN=${githubPat('st1')}\n`);
    r.git('add', 'app.env');
    r.write('app.env', 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    const res = staged(r.dir);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['app.env']);
  });

  it('does not block on a secret that is only in the working tree', () => {
    const r = repo();
    r.write('app.env', 'LOG_LEVEL=info\n');
    r.git('add', 'app.env');
    r.write('app.env', `LOG_LEVEL=info\nGITHUB_TOKEN=${githubPat('st2')}\n`);
    expect(staged(r.dir).code).toBe(0);
  });

  it('reports line numbers of the staged version after partial staging (git apply --cached)', () => {
    const r = repo();
    r.write('config.py', 'A = 1\nB = 2\n');
    r.git('add', '.');
    r.git('commit', '-qm', 'init');
    // stage only a hunk that adds the secret at line 2; the working tree has more lines above it
    const patch = `diff --git a/config.py b/config.py\n--- a/config.py\n+++ b/config.py\n@@ -1,2 +1,3 @@\n A = 1\n+TOKEN = "${githubPat('st3')}"\n B = 2\n`;
    r.write('hunk.patch', patch);
    r.git('apply', '--cached', 'hunk.patch');
    rmSync(join(r.dir, 'hunk.patch'));
    r.write('config.py', `# a\n# b\n# c\nA = 1\nTOKEN = "${githubPat('st3')}"\nB = 2\n`);
    const fs = findings(r.dir);
    expect(fs.map((f) => [f.path, f.line])).toEqual([['config.py', 2]]);
  });

  it('handles renames, deletions, binary files, unicode and spaced names, and a repository with no commits', () => {
    const r = repo();
    r.write('old name.env', `T=${githubPat('st4')}\n`);
    r.write('gone.env', `T=${githubPat('st5')}\n`);
    r.write('données/clé.env', `T=${githubPat('st6')}\n`);
    r.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    r.git('add', '.');
    expect(findings(r.dir).map((f) => f.path).sort()).toEqual(['données/clé.env', 'gone.env', 'old name.env']);
    r.git('commit', '-qm', 'init');
    renameSync(join(r.dir, 'old name.env'), join(r.dir, 'new name.env'));
    r.git('add', '-A');
    r.git('rm', '-q', 'gone.env');
    const after = JSON.parse(staged(r.dir).stdout) as Report;
    expect(after.findings.map((f) => f.path)).toEqual(['new name.env']);
  });

  it('limits the scan to the files lint-staged passes, still reading their staged blobs', () => {
    const r = repo();
    r.write('a.env', `T=${githubPat('st7')}\n`);
    r.write('b.env', `T=${githubPat('st8')}\n`);
    r.git('add', '.');
    r.write('a.env', 'T=${T}\n');
    expect(findings(r.dir, join(r.dir, 'a.env')).map((f) => f.path)).toEqual(['a.env']);
  });

  it('passes with an inline suppression that gives a reason, and with a baseline', () => {
    const r = repo();
    r.write('a.py', `# nhilint-ignore github-token -- revoked fixture used by the parser tests\nT = "${githubPat('st9')}"\n`);
    r.git('add', '.');
    expect(staged(r.dir).code).toBe(0);
    const r2 = repo();
    r2.write('b.env', `T=${githubPat('st10')}\n`);
    r2.git('add', '.');
    expect(runCli(['baseline', '.'], { cwd: r2.dir }).code).toBe(0);
    expect(staged(r2.dir, '--baseline', '.nhilint-baseline.json').code).toBe(0);
  });

  it('fails closed: a broken config or no repository blocks with the reason (exit 2)', () => {
    const r = repo();
    r.write('.nhilint.yaml', 'rules: [\n');
    r.write('a.txt', 'hello\n');
    r.git('add', '.');
    const broken = staged(r.dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/invalid config/);
    const notRepo = mkdtempSync(join(tmpdir(), 'nhilint-norepo-'));
    const res = runCli(['scan', '--staged'], { cwd: notRepo });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/git/);
  });

  it('gives the same answer with and without the launcher starting git early, also from a subfolder with diff.relative', () => {
    const r = repo();
    r.write('README.md', 'hello\n');
    r.git('add', '.');
    r.git('commit', '-qm', 'init');
    r.git('config', 'diff.relative', 'true');
    r.write('deploy/app.env', `GITHUB_TOKEN=${githubPat('early')}\n`);
    r.write('src/main.py', 'print(1)\n');
    r.git('add', '.');
    const sub = join(r.dir, 'src');
    const viaLauncher = runCli(['scan', '--staged', '--format', 'json'], { cwd: sub });
    // The bundle run directly has no launcher, so it starts git itself.
    const direct = spawnSync(process.execPath, [join(REPO, 'cli/dist/nhilint.cjs'), 'scan', '--staged', '--format', 'json'], { cwd: sub, encoding: 'utf8' });
    expect(viaLauncher.code).toBe(1);
    expect(direct.status).toBe(1);
    const paths = (out: string) => (JSON.parse(out) as Report).findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`);
    expect(paths(viaLauncher.stdout)).toEqual(['deploy/app.env:1:github-token']);
    expect(paths(direct.stdout)).toEqual(paths(viaLauncher.stdout));
  });

  it('exits at once on a usage error although git was started early', () => {
    const r = repo();
    r.write('a.txt', 'hello\n');
    r.git('add', '.');
    const res = runCli(['scan', '--staged', '--no-such-flag'], { cwd: r.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/no-such-flag/);
  });

  it('says why it blocked, how to fix, how to suppress and how to skip', () => {
    const r = repo();
    r.write('a.env', `T=${githubPat('st11')}\n`);
    r.git('add', '.');
    const res = runCli(['scan', '--staged'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/fix: Revoke the token/);
    expect(res.stderr).toMatch(/nhilint blocked this commit: 1 finding/);
    expect(res.stderr).toMatch(/nhilint-ignore <rule-id> -- <reason>/);
    expect(res.stderr).toMatch(/git commit --no-verify/);
    expect(res.stdout + res.stderr).not.toContain(githubPat('st11'));
    expect(res.stderr).toMatch(/Fix: move the value to an environment variable/);
  });

  it('gives the fix for the kind of finding: a wildcard grant is narrowed, not moved to an environment variable', () => {
    const r = repo();
    r.write('rbac.yaml', 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: app\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["*"]\n');
    r.git('add', '.');
    const res = runCli(['scan', '--staged'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Why: a wildcard grant/);
    expect(res.stderr).toMatch(/Fix: narrow the grant/);
    expect(res.stderr).not.toMatch(/environment variable/);
  });
});
