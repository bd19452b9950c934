/**
 * Output contracts: SARIF 2.1.0 valid against the official schema (the OASIS schema as shipped in
 * @microsoft/jest-sarif), the JSON report's documented shape, and no secret in clear in any output.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli, tree } from '../helpers/cli.js';
import { githubPat, password } from '../helpers/tokens.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

function validateSarif(text: string) {
  // unicodeRegExp off: the official schema's `language` pattern is not valid under the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const ok = validate(JSON.parse(text));
  return { ok, errors: validate.errors };
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 with rule metadata, fingerprints and regions', () => {
    const root = tree({ 'app/config.py': `TOKEN = "${githubPat('sarif')}"\n`, 'weird name #1.env': `GITHUB_TOKEN=${githubPat('s2')}\n`, 'logo.png': 'x' });
    const r = runCli(['scan', root, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const { ok, errors } = validateSarif(r.stdout);
    expect(errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = JSON.parse(r.stdout).runs[0];
    const rules = run.tool.driver.rules as { id: string; helpUri: string; fullDescription: { text: string }; properties: { category: string; tags: string[] } }[];
    const gh = rules.find((x) => x.id === 'github-token')!;
    expect(gh.helpUri).toMatch(/^https:\/\//);
    expect(gh.properties.category).toBe('secret');
    expect(gh.properties.tags).toEqual(expect.arrayContaining(['security', 'secret', 'CWE-798']));
    const res = run.results.find((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === 'app/config.py');
    expect(res.partialFingerprints['nhilint/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 10, endLine: 1, endColumn: 50 });
    expect(run.results.some((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri === 'weird%20name%20%231.env')).toBe(true);
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run.properties.skipped.map((s: { path: string }) => s.path)).toContain('logo.png');
  });

  it('the validator rejects what the schema forbids (so the checks above can fail)', () => {
    const root = tree({ 'a.env': `GITHUB_TOKEN=${githubPat('neg')}\n` });
    const sarif = JSON.parse(runCli(['scan', root, '--format', 'sarif']).stdout);
    sarif.runs[0].results[0].level = 'catastrophic';
    delete sarif.version;
    expect(validateSarif(JSON.stringify(sarif)).ok).toBe(false);
  });

  it('samples/ produce valid SARIF', () => {
    const r = runCli(['scan', 'samples', '--format', 'sarif']);
    expect(validateSarif(r.stdout).errors ?? []).toEqual([]);
  });
});

describe('JSON', () => {
  it('has the documented stable shape', () => {
    const root = tree({ 'a.env': `GITHUB_TOKEN=${githubPat('json')}\n` });
    const report = JSON.parse(runCli(['scan', root, '--format', 'json']).stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'suppressed', 'skipped', 'notices', 'stats']);
    expect(report.version).toBe(1);
    const f = report.findings[0];
    for (const key of ['ruleId', 'category', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'message', 'redacted', 'fingerprint', 'lifetime', 'remediation', 'owasp', 'cwe']) {
      expect(f, key).toHaveProperty(key);
    }
  });
});

describe('GitHub annotations and JUnit', () => {
  it('github: one annotation per finding, with file names escaped as the runner requires', () => {
    const root = tree({ 'odd, name:1%.env': `GITHUB_TOKEN=${githubPat('gh')}\n` });
    const out = runCli(['scan', root, '--format', 'github']).stdout.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^::error file=odd%2C name%3A1%25\.env,line=1,col=14,endLine=1,endColumn=54,title=nhilint github-token::GitHub personal access token/);
  });

  it('junit: well-formed XML with a failing case per rule and file, and special characters escaped', () => {
    const root = tree({ 'a<b>&"c".env': `GITHUB_TOKEN=${githubPat('ju')}\nDB_PASSWORD=${password('ju')}\n` });
    const xml = runCli(['scan', root, '--format', 'junit']).stdout;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="nhilint" tests="2" failures="2"/);
    expect(xml).toContain('classname="a&lt;b&gt;&amp;&quot;c&quot;.env"');
    expect((xml.match(/<testcase /g) ?? []).length).toBe((xml.match(/<\/testcase>/g) ?? []).length);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    const clean = runCli(['scan', tree({ 'a.txt': 'hello\n' }), '--format', 'junit']).stdout;
    expect(clean).toContain('<testcase classname="nhilint" name="no findings"/>');
  });
});

describe('never prints a secret in clear', () => {
  it('in any format, with --verbose and --explain, on stdout, stderr and files', () => {
    const token = githubPat('leak');
    const pw = password('leak');
    const placeholderTooClose = `API_TOKEN=${githubPat('leak').slice(0, 20)}XXXXXXXXXXXXXXXXXXXX`;
    const root = tree({
      'a.env': `GITHUB_TOKEN=${token}\nDB_PASSWORD=${pw}\n${placeholderTooClose}\n`,
      'b.yaml': `db:\n  password: "${pw}"\n`,
    });
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
      for (const extra of [[], ['--verbose'], ['--explain'], ['--verbose', '--explain']]) {
        const r = runCli(['scan', root, '--format', format, ...extra]);
        outputs.push(r.stdout, r.stderr);
      }
    }
    const b = runCli(['baseline', root]);
    outputs.push(b.stdout, b.stderr, readFileSync(`${root}/.nhilint-baseline.json`, 'utf8'));
    const all = outputs.join('\n');
    expect(all.length).toBeGreaterThan(1000);
    expect(all.includes(token)).toBe(false);
    expect(all.includes(pw)).toBe(false);
    // not even a long slice of it
    expect(all.includes(token.slice(4, 16))).toBe(false);
    expect(all.includes(pw.slice(2, 10))).toBe(false);
    expect(all).toMatch(/ghp_…\(40 chars\)/);
  });
});
