/**
 * husky + lint-staged end to end, as a developer meets it: a real `git commit` in a temporary repository is
 * blocked by nhilint, then goes through once the secret is replaced by an environment reference. The hook is
 * this repository's own `.husky/pre-commit`.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';

describe('husky + lint-staged', () => {
  it('blocks a commit that stages a secret and lets the fixed commit through', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhilint-husky-'));
    const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', HUSKY: '' };
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env });
    git('init', '-q', '-b', 'main');
    // This repository's own installs stand in for the user's node_modules (nhilint, husky, lint-staged).
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, 'lint-staged': { '*': 'nhilint scan --staged' } }, null, 2));
    writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
    mkdirSync(join(dir, '.husky'));
    writeFileSync(join(dir, '.husky/pre-commit'), readFileSync(join(REPO, '.husky/pre-commit'), 'utf8'));
    execFileSync(join(REPO, 'node_modules/.bin/husky'), { cwd: dir, env });
    expect(git('config', 'core.hooksPath').stdout.trim()).toBe('.husky/_');

    writeFileSync(join(dir, 'deploy.env'), `GITHUB_TOKEN=${githubPat('husky')}\n`);
    git('add', '.');
    const blocked = git('commit', '-m', 'add deploy config');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toMatch(/nhilint blocked this commit: 1 finding/);
    expect(git('rev-parse', '--verify', '--quiet', 'HEAD').status).not.toBe(0); // nothing was committed

    writeFileSync(join(dir, 'deploy.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    git('add', 'deploy.env');
    const ok = git('commit', '-m', 'add deploy config');
    expect(ok.stderr).not.toMatch(/blocked/);
    expect(ok.status).toBe(0);
    expect(git('log', '--oneline').stdout).toMatch(/add deploy config/);

    // A blocked commit must not cost the unstaged half of a partially staged file.
    writeFileSync(join(dir, 'deploy.env'), `GITHUB_TOKEN=${githubPat('husky')}\n`);
    git('add', 'deploy.env');
    writeFileSync(join(dir, 'deploy.env'), `GITHUB_TOKEN=${githubPat('husky')}\n# work in progress, not staged\n`);
    const again = git('commit', '-m', 'put the token back');
    expect(again.status).not.toBe(0);
    expect(readFileSync(join(dir, 'deploy.env'), 'utf8')).toContain('# work in progress, not staged');
    git('checkout', 'HEAD', '--', 'deploy.env');

    // Partial staging: the commit holds exactly what was scanned (the index), and the unstaged edits (here a
    // secret) stay in the working tree, uncommitted.
    writeFileSync(join(dir, 'app.env'), 'REGION=eu-west-1\n');
    git('add', 'app.env');
    writeFileSync(join(dir, 'app.env'), `REGION=eu-west-1\nGITHUB_TOKEN=${githubPat('unstaged')}\n`);
    const partial = git('commit', '-m', 'add app config');
    expect(partial.status).toBe(0);
    expect(git('show', 'HEAD:app.env').stdout).toBe('REGION=eu-west-1\n');
    expect(readFileSync(join(dir, 'app.env'), 'utf8')).toContain('GITHUB_TOKEN=');
    expect(git('diff', '--name-only').stdout.trim()).toBe('app.env');
  });
});
