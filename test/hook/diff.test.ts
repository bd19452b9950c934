/** `scan --diff BASE`: only findings on lines added since BASE (pull-request mode), in a real repository. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';
import { unquoteGitPath } from '../../cli/src/sources/diff.js';
import { gitRepo } from '../helpers/git.js';

const repo = () => gitRepo('nhilint-diff-');

describe('scan --diff BASE', () => {
  it('reports a secret the change adds, not one that was already there', () => {
    const r = repo();
    r.write('old.env', `OLD_TOKEN=${githubPat('d1')}\n`);
    r.write('app.py', 'A = 1\n');
    r.git('add', '.');
    r.git('commit', '-qm', 'base');
    const base = r.git('rev-parse', 'HEAD').trim();
    r.write('app.py', `A = 1\nTOKEN = "${githubPat('d2')}"\n`);
    r.write('new file é.env', `NEW_TOKEN=${githubPat('d3')}\n`);
    r.write('old.env', `OLD_TOKEN=${githubPat('d1')}\nLOG_LEVEL=info\n`);
    r.git('add', '.');
    r.git('commit', '-qm', 'change');
    const res = runCli(['scan', '--diff', base, '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(1);
    const found = (JSON.parse(res.stdout).findings as { path: string; line: number }[]).map((f) => `${f.path}:${f.line}`).sort();
    expect(found).toEqual(['app.py:2', 'new file é.env:1']);
  });

  it('is clean when the change adds no secret, and a bad revision is exit 2', () => {
    const r = repo();
    r.write('old.env', `OLD_TOKEN=${githubPat('d4')}\n`);
    r.git('add', '.');
    r.git('commit', '-qm', 'base');
    r.write('README.md', '# hello\n');
    expect(runCli(['scan', '--diff', 'HEAD'], { cwd: r.dir }).code).toBe(0);
    const bad = runCli(['scan', '--diff', 'no-such-rev'], { cwd: r.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/git diff no-such-rev failed/);
  });

  it('unquotes the names git quotes', () => {
    expect(unquoteGitPath('"b/a\\tb\\303\\251.env"')).toBe('b/a\tbé.env');
    expect(unquoteGitPath('b/plain.env')).toBe('b/plain.env');
  });
});
