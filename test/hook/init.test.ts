/** `nhilint init` in real repositories: husky, husky + lint-staged, the pre-commit framework, a plain hook. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

function repo(files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nhilint-init-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

describe('nhilint init', () => {
  it('plain .git/hooks: keeps every line of an existing hook and runs before its final exit 0', () => {
    const dir = repo();
    const hook = join(dir, '.git/hooks/pre-commit');
    const original = '#!/bin/sh\n# team hook\nnpm run lint\nexit 0\n';
    writeFileSync(hook, original, { mode: 0o755 });
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const after = readFileSync(hook, 'utf8');
    expect(after).toBe('#!/bin/sh\n# team hook\nnpm run lint\nnpx --no-install nhilint scan --staged || exit 1\nexit 0\n');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(runCli(['init'], { cwd: dir }).stdout).toMatch(/already wired/);
    expect(readFileSync(hook, 'utf8')).toBe(after);
  });

  it('plain .git/hooks: creates an executable hook when there is none', () => {
    const dir = repo();
    runCli(['init'], { cwd: dir });
    const hook = join(dir, '.git/hooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nnpx --no-install nhilint scan --staged || exit 1\n');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
  });

  it('--dry-run shows the change and writes nothing', () => {
    const dir = repo({ '.husky/pre-commit': 'npm test\n' });
    const r = runCli(['init', '--dry-run'], { cwd: dir });
    expect(r.stdout).toMatch(/would change \.husky\/pre-commit/);
    expect(r.stdout).toMatch(/\+ npx --no-install nhilint scan --staged \|\| exit 1/);
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\n');
  });

  it('husky: appends to .husky/pre-commit', () => {
    const dir = repo({ '.husky/pre-commit': 'npm test\n' });
    runCli(['init'], { cwd: dir });
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('npm test\nnpx --no-install nhilint scan --staged || exit 1\n');
  });

  it('husky + lint-staged: adds nhilint to lint-staged and keeps the existing tasks', () => {
    const pkg = { name: 'app', 'lint-staged': { '*.js': 'eslint --fix', '*': 'prettier --check' } };
    const dir = repo({ '.husky/pre-commit': 'npx lint-staged\n', 'package.json': JSON.stringify(pkg, null, 2) + '\n' });
    runCli(['init'], { cwd: dir });
    const after = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(after['lint-staged']).toEqual({ '*.js': 'eslint --fix', '*': ['prettier --check', 'nhilint scan --staged'] });
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\n');
  });

  it('pre-commit framework: appends a local hook under repos: and keeps the rest', () => {
    const config = 'default_stages: [pre-commit]\nrepos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n    hooks:\n      - id: trailing-whitespace\n';
    const dir = repo({ '.pre-commit-config.yaml': config });
    runCli(['init'], { cwd: dir });
    const after = readFileSync(join(dir, '.pre-commit-config.yaml'), 'utf8');
    expect(after.startsWith(config)).toBe(true);
    expect(after).toMatch(/- repo: local\n {4}hooks:\n {6}- id: nhilint\n/);
    expect(existsSync(join(dir, '.git/hooks/pre-commit'))).toBe(false);
  });
});
