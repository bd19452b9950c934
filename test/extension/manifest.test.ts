/** The extension manifest is complete, and its settings are the ones the code reads and the README documents. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';

const ext = join(REPO, 'extension');
const pkg = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const settings = Object.entries(pkg.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>);

describe('extension manifest', () => {
  it('has what a marketplace listing needs', () => {
    for (const key of ['displayName', 'description', 'publisher', 'license', 'icon', 'version']) expect(pkg[key], key).toBeTruthy();
    expect(pkg.repository.url).toMatch(/^https:\/\//);
    expect(pkg.categories).toContain('Linters');
    expect(pkg.keywords.length).toBeGreaterThanOrEqual(5);
    const icon = readFileSync(join(ext, pkg.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(128); // width: the marketplace wants at least 128 px
    expect(readFileSync(join(ext, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('activates after start-up, not on every event, and runs in untrusted workspaces with limits', () => {
    expect(pkg.activationEvents).toEqual(['onStartupFinished']);
    expect(pkg.main).toBe('./dist/extension.js');
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of ['nhilint.enable', 'nhilint.severity', 'nhilint.baselineFile', 'nhilint.envFile']) expect(restricted).toContain(key);
    // vsce refuses @types/vscode newer than the engine it declares.
    const types = JSON.parse(readFileSync(join(REPO, 'node_modules/@types/vscode/package.json'), 'utf8')).version;
    expect(pkg.engines.vscode).toBe(`^${types.split('.').slice(0, 2).join('.')}.0`);
  });

  it('declares commands with titles and the category, and every command is registered in code', () => {
    const code = ['extension.ts', 'actions.ts'].map((f) => readFileSync(join(ext, 'src', f), 'utf8')).join('\n');
    for (const c of pkg.contributes.commands) {
      expect(c.title).toBeTruthy();
      expect(c.category).toBe('nhilint');
      expect(code).toContain(`'${c.command}'`);
    }
    expect(pkg.contributes.commands.map((c: { title: string }) => c.title)).toContain('Scan Workspace');
  });

  it('describes every setting, reads each in settings.ts and lists each in both READMEs', () => {
    const code = readFileSync(join(ext, 'src/settings.ts'), 'utf8');
    const readmes = [readFileSync(join(REPO, 'README.md'), 'utf8'), readFileSync(join(ext, 'README.md'), 'utf8')];
    expect(settings.length).toBeGreaterThanOrEqual(6);
    for (const [key, spec] of settings) {
      expect((spec.description ?? spec.markdownDescription ?? '').length, key).toBeGreaterThan(20);
      expect(code, key).toContain(`'${key.replace('nhilint.', '')}'`);
      for (const r of readmes) expect(r, key).toContain(`| \`${key}\` |`);
    }
  });
});
