/**
 * The extension's adapter logic without an editor: findings from the real core → diagnostics, hovers, edits.
 * Secrets are built at run time; every edit is applied to the text and the result checked (and parsed, for
 * YAML and JSON), and the core is run again on it to see the finding gone.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtinRules, Scanner, type Finding } from '../../rules/src/index.js';
import { parseConfig } from '../../rules/src/config/parse.js';
import { ALNUM, BASE64URL, fake, fakeChars } from '../../rules/src/secrets/testing/fake.js';
import { githubPat } from '../helpers/tokens.js';
import { firstSentence, rangeOf, severityOf, toDiagnostic } from '../../extension/src/diagnostics.js';
import { hoverMarkdown } from '../../extension/src/hover.js';
import { commentSyntax, suppressionInsertion } from '../../extension/src/suppress.js';
import { applyEdits, defaultEnvName, envAppend, envEntries, envLine, gitignoreAppend, planEnvMove, validateEnvName } from '../../extension/src/env.js';
import { restrictForUntrusted, restrictionNotes } from '../../extension/src/trust.js';
import { insideFolder, relativeTo, untitledPath } from '../../extension/src/paths.js';
import { ruleFixActions } from '../../extension/src/fixes.js';

const scanner = new Scanner(builtinRules);
const scan = (text: string, path: string) => scanner.scan(text, path).findings;
const only = (text: string, path: string, ruleId?: string): Finding => {
  const fs = scan(text, path).filter((f) => !ruleId || f.ruleId === ruleId);
  expect(fs, `findings in ${path}`).toHaveLength(1);
  return fs[0]!;
};
/** What a snippet inserts when the user accepts every placeholder's default. */
const expandSnippet = (s: string) => s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');

const PAT = githubPat('ext');
const descriptionOf = (id: string) => builtinRules.find((r) => r.id === id)?.description;

describe('diagnostics', () => {
  const text = `// config\nconst githubToken = "${PAT}";\n`;
  const f = only(text, 'src/app.ts');

  it('underlines exactly the value, 0-based', () => {
    const r = rangeOf(f);
    const line = text.split('\n')[1]!;
    expect(r).toEqual({ start: { line: 1, character: line.indexOf(PAT) }, end: { line: 1, character: line.indexOf(PAT) + PAT.length } });
  });

  it('carries the rule id, its docs link, source and why it matters, never the value', () => {
    const d = toDiagnostic(f, {}, descriptionOf(f.ruleId))!;
    expect(d.code).toBe(f.ruleId);
    expect(d.href).toBe(f.docsUrl);
    expect(d.href).toMatch(/^https:\/\//);
    expect(d.source).toBe('nhilint');
    expect(d.severity).toBe('error');
    expect(d.message.startsWith(f.message)).toBe(true);
    expect(d.message).toContain('lifetime');
    expect(d.message.length).toBeGreaterThan(f.message.length + 10);
    expect(d.message).not.toContain(PAT);
    expect(d.message).not.toContain(PAT.slice(4, 16));
  });

  it('applies severity overrides: rule id over category, off hides, unknown words ignored', () => {
    expect(severityOf(f, { secret: 'hint' })).toBe('hint');
    expect(severityOf(f, { secret: 'hint', [f.ruleId]: 'info' })).toBe('information');
    expect(severityOf(f, { [f.ruleId]: 'loud' })).toBe('error');
    expect(toDiagnostic(f, { [f.ruleId]: 'off' })).toBeUndefined();
    expect(toDiagnostic(f, { secret: 'warning' })!.severity).toBe('warning');
  });

  it('keeps the first sentence of a description only', () => {
    expect(firstSentence('Leaks the key. Rotate it.')).toBe('Leaks the key.');
    expect(firstSentence('A key; its pair sits next to it.')).toBe('A key.');
  });
});

describe('hover', () => {
  const text = `token = "${PAT}"\n`;
  const f = only(text, 'tool.py');
  const md = hoverMarkdown(f, commentSyntax('python', 'tool.py'));

  it('gives remediation, lifetime, OWASP and CWE ids and the suppression comment', () => {
    expect(md).toContain('**Fix:**');
    expect(md).toContain('**Lifetime:**');
    expect(md).toMatch(/OWASP NHI\d/);
    expect(md).toMatch(/CWE-\d+/);
    expect(md).toContain(`# nhilint-ignore ${f.ruleId} -- <reason>`);
    expect(md).toContain(f.docsUrl);
    expect(md).not.toContain(PAT);
  });

  it('points to the baseline where the format has no comments', () => {
    const j = only(`{"token": "${PAT}"}`, 'settings.json');
    const h = hoverMarkdown(j, commentSyntax('json', 'settings.json'));
    expect(h).toContain('baseline');
    expect(h).not.toContain('nhilint-ignore');
  });
});

describe('no secret in any message or hover, over every sample finding', () => {
  it('holds for the samples tree', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const root = join(__dirname, '../../samples');
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(root);
    let checked = 0;
    for (const abs of files) {
      const text = readFileSync(abs, 'utf8');
      const path = relative(root, abs);
      for (const f of scan(text, path)) {
        // Only findings whose span is the value itself (not a resource or a `type:` line) have a value to leak.
        if (f.secretLength < 8 || f.end - f.start !== f.secretLength) continue;
        const value = text.slice(f.start, f.end);
        const surfaces = [toDiagnostic(f, {}, descriptionOf(f.ruleId))?.message ?? '', hoverMarkdown(f, commentSyntax('', path))];
        for (const s of surfaces) expect(s, `${path} ${f.ruleId}`).not.toContain(value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});

describe('move to an environment variable', () => {
  const move = (text: string, path: string, languageId: string, name?: string) => {
    const f = only(text, path);
    const plan = planEnvMove(text, f, languageId, path, name ?? defaultEnvName(f));
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.plan.value).toBe(PAT);
    const after = applyEdits(text, plan.plan.edits);
    expect(after).not.toContain(PAT);
    return { after, plan: plan.plan, f };
  };

  it('JS/TS: process.env, named after the variable', () => {
    const { after, plan } = move(`const githubToken = "${PAT}";\n`, 'src/app.ts', 'typescript');
    expect(after).toBe('const githubToken = process.env.GITHUB_TOKEN;\n');
    expect(plan.envKey).toBe('GITHUB_TOKEN');
  });

  it('Python: os.environ[...] and an `import os` after the docstring and __future__ imports', () => {
    const src = `"""Tool."""\nfrom __future__ import annotations\nimport sys\n\napi_token = '${PAT}'\n`;
    const { after } = move(src, 'tool.py', 'python');
    expect(after).toBe(`"""Tool."""\nfrom __future__ import annotations\nimport os\nimport sys\n\napi_token = os.environ["API_TOKEN"]\n`);
    // an existing import is not repeated
    expect(move(`import os, sys\nTOKEN = "${PAT}"\n`, 'a.py', 'python').after).toBe(`import os, sys\nTOKEN = os.environ["TOKEN"]\n`);
  });

  it('Go: os.Getenv and "os" in the import block', () => {
    const { after } = move(`package main\n\nimport (\n\t"fmt"\n)\n\nvar apiToken = "${PAT}"\n`, 'main.go', 'go');
    expect(after).toBe(`package main\n\nimport (\n\t"os"\n\t"fmt"\n)\n\nvar apiToken = os.Getenv("API_TOKEN")\n`);
    expect(move(`package main\n\nvar apiToken = "${PAT}"\n`, 'main.go', 'go').after).toBe(`package main\n\nimport "os"\n\nvar apiToken = os.Getenv("API_TOKEN")\n`);
  });

  it('Java and Ruby', () => {
    expect(move(`class A { String githubToken = "${PAT}"; }\n`, 'A.java', 'java').after).toBe('class A { String githubToken = System.getenv("GITHUB_TOKEN"); }\n');
    expect(move(`github_token = '${PAT}'\n`, 'app.rb', 'ruby').after).toBe('github_token = ENV["GITHUB_TOKEN"]\n');
  });

  it('shell: ${NAME}, double-quoted so it expands', () => {
    expect(move(`export GH_TOKEN='${PAT}'\n`, 'deploy.sh', 'shellscript').after).toBe('export GH_TOKEN="${GH_TOKEN}"\n');
  });

  it('Docker Compose / YAML: ${NAME}, still parseable, with the name the user picked', () => {
    const src = `services:\n  app:\n    environment:\n      GITHUB_TOKEN: "${PAT}"\n`;
    const { after } = move(src, 'docker-compose.yml', 'dockercompose', 'GH_PAT');
    expect(after).toBe('services:\n  app:\n    environment:\n      GITHUB_TOKEN: "${GH_PAT}"\n');
    expect(parseYaml(after).services.app.environment.GITHUB_TOKEN).toBe('${GH_PAT}');
    const plain = move(`token: ${PAT}\n`, 'config.yaml', 'yaml').after;
    expect(parseYaml(plain)).toEqual({ token: '${TOKEN}' });
  });

  it('JSON: the string keeps its quotes and the file parses', () => {
    const { after } = move(`{\n  "auth": {"githubToken": "${PAT}"}\n}\n`, 'settings.json', 'json');
    expect(JSON.parse(after)).toEqual({ auth: { githubToken: '${GITHUB_TOKEN}' } });
  });

  it('Terraform: var.name, a sensitive variable block, TF_VAR_ in .env', () => {
    const src = `provider "github" {\n  token = "${PAT}"\n}`;
    const { after, plan } = move(src, 'main.tf', 'plaintext');
    expect(after).toBe('provider "github" {\n  token = var.token\n}\n\nvariable "token" {\n  type      = string\n  sensitive = true\n}\n');
    expect(plan.envKey).toBe('TF_VAR_token');
    // A second move to the same name does not declare the variable twice.
    const again = `${after}locals {\n  t = "${PAT}"\n}\n`;
    const f2 = scan(again, 'main.tf')[0]!;
    const p2 = planEnvMove(again, f2, 'terraform', 'main.tf', 'TOKEN');
    expect(p2.ok && applyEdits(again, p2.plan.edits).match(/variable "token"/g)).toHaveLength(1);
  });

  it('refuses what it cannot do exactly', () => {
    const cases: [string, string, string][] = [
      [`x = r"${PAT}"\n`, 'a.py', 'python'], // a string prefix
      [`const u = "https://x:${PAT}@github.com";\n`, 'a.js', 'javascript'], // part of a larger string
      [`GITHUB_TOKEN=${PAT}\n`, '.env', 'dotenv'], // already where values go
      [`token: ${PAT}\n`, 'notes.txt', 'plaintext'], // no lookup known
    ];
    for (const [text, path, lang] of cases) {
      const f = scan(text, path)[0]!;
      expect(planEnvMove(text, f, lang, path, 'NAME').ok, `${path}`).toBe(false);
    }
    expect(validateEnvName('9X')).toBeDefined();
    expect(validateEnvName('A-B')).toBeDefined();
    expect(validateEnvName('GH_TOKEN')).toBeUndefined();
  });
});

describe('.env and .gitignore', () => {
  it('appends, never rewrites, and reads back every value exactly', () => {
    const values = [PAT, 'with space # and hash', `it's "quoted"`, 'multi\nline', 'a$b\\c'];
    let env: string | undefined = '# local settings\nEXISTING=1';
    values.forEach((v, i) => {
      const r = envAppend(env, `K${i}`, v);
      expect(r.kind).toBe('append');
      if (r.kind !== 'append') return;
      const before = env ?? '';
      env = before + r.text;
      expect(env.startsWith(before)).toBe(true);
    });
    const read = envEntries(env!);
    values.forEach((v, i) => expect(read.get(`K${i}`)).toBe(v));
    expect(read.get('EXISTING')).toBe('1');
    expect(env).toContain('\nEXISTING=1\nK0=');
  });

  it('says when the key is there with the same or another value', () => {
    expect(envAppend(`A=${PAT}\n`, 'A', PAT).kind).toBe('present');
    expect(envAppend('A=other\n', 'A', PAT).kind).toBe('conflict');
    expect(envAppend(undefined, 'A', PAT)).toEqual({ kind: 'append', text: `A=${PAT}\n` });
    expect(envLine('A', 'x y')).toBe("A='x y'");
  });

  it('adds the env file to .gitignore on its own line', () => {
    expect(gitignoreAppend('node_modules/', '.env')).toBe('\n.env\n');
    expect(gitignoreAppend(undefined, '.env')).toBe('.env\n');
  });
});

describe('suppress with a reason', () => {
  const cases: [string, string, string, string][] = [
    ['app.ts', 'typescript', `function f() {\n  const githubToken = "${PAT}";\n}\n`, '  // nhilint-ignore github-token -- reason\n'],
    ['tool.py', 'python', `token = "${PAT}"\n`, '# nhilint-ignore github-token -- reason\n'],
    ['ci.yaml', 'yaml', `jobs:\n  a:\n    env:\n      GH_TOKEN: ${PAT}\n`, '      # nhilint-ignore github-token -- reason\n'],
    ['index.html', 'html', `<meta content="${PAT}">\n`, '<!-- nhilint-ignore github-token -- reason -->\n'],
    ['q.sql', 'sql', `select '${PAT}';\n`, '-- nhilint-ignore github-token -- reason\n'],
  ];
  it.each(cases)('%s: comment above, reason as the tab stop, and the core honours it', (path, lang, text, expected) => {
    const f = only(text, path, 'github-token');
    const syntax = commentSyntax(lang, path)!;
    const ins = suppressionInsertion(text, f.start, f.ruleId, syntax);
    expect(ins.text).toBe(expected);
    expect(ins.snippet).toContain('${1:reason}');
    expect(expandSnippet(ins.snippet)).toBe(ins.text);
    const after = applyEdits(text, [{ start: ins.offset, end: ins.offset, newText: ins.text.replace('reason', 'test fixture') }]);
    const result = scanner.scan(after, path);
    expect(result.findings.filter((x) => x.ruleId === 'github-token')).toEqual([]);
    expect(result.suppressed.map((s) => s.reason)).toEqual(['test fixture']);
    if (lang === 'yaml') expect(parseYaml(after).jobs.a.env.GH_TOKEN).toBe(PAT);
  });

  it('offers none for JSON, which has no comments; keeps CRLF files CRLF', () => {
    expect(commentSyntax('json', 'a.json')).toBeNull();
    expect(commentSyntax('', 'package.json')).toBeNull();
    expect(commentSyntax('jsonc', 'settings.json')).not.toBeNull();
    const text = `a = 1\r\ntoken = "${PAT}"\r\n`;
    const f = only(text, 'x.py');
    expect(suppressionInsertion(text, f.start, f.ruleId, commentSyntax('python', 'x.py')!).text.endsWith('reason\r\n')).toBe(true);
  });
});

describe("the rule's own fixes, generically", () => {
  const vercel = fake('vcp_', ALNUM, 56, 'ext');
  const vault = `hvs.${fakeChars(ALNUM, 24, 'ext')}`;

  it('vercel-token in a GitHub workflow: a snippet suggestion to read a repository secret', () => {
    const text = `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx vercel deploy --prod\n        env:\n          VERCEL_TOKEN: ${vercel}\n`;
    const path = '.github/workflows/deploy.yml';
    const f = only(text, path, 'vercel-token');
    const actions = ruleFixActions(f);
    expect(actions).toHaveLength(1);
    const a = actions[0]!;
    expect(a.preferred).toBe(false);
    expect(a.title).toContain('${{ secrets.VERCEL_TOKEN }}');
    expect(a.edits[0]!.snippet).toBe(true);
    expect(a.edits[0]!.newText).toContain('${1:VERCEL_TOKEN}');
    const after = applyEdits(text, a.edits.map((e) => ({ ...e, newText: expandSnippet(e.newText) })));
    expect(parseYaml(after).jobs.deploy.steps[0].env.VERCEL_TOKEN).toBe('${{ secrets.VERCEL_TOKEN }}');
    expect(scan(after, path)).toEqual([]);
  });

  it('hashicorp-vault-token in .gitlab-ci.yml: a CI/CD variable, tab stop on the name', () => {
    const text = `deploy:\n  script:\n    - vault kv get secret/app\n  variables:\n    VAULT_TOKEN: "${vault}"\n`;
    const f = only(text, '.gitlab-ci.yml', 'hashicorp-vault-token');
    const [a] = ruleFixActions(f);
    expect(a!.edits[0]!.newText).toBe('\\$${1:VAULT_TOKEN}');
    const after = applyEdits(text, a!.edits.map((e) => ({ ...e, newText: expandSnippet(e.newText) })));
    expect(parseYaml(after).deploy.variables.VAULT_TOKEN).toBe('$VAULT_TOKEN');
  });

  it('no fix outside CI files; a machine-applicable fix is preferred, a suggestion never', () => {
    expect(only(`VAULT_TOKEN=${vault}\n`, 'run.sh').fixes).toEqual([]);
    const synthetic = {
      fixes: [
        { title: 'narrow', kind: 'fix' as const, edits: [{ start: 1, end: 2, newText: '"get"' }] },
        { title: 'ask', kind: 'suggestion' as const, snippet: true, edits: [{ start: 3, end: 4, newText: '${1:x}' }] },
      ],
    };
    expect(ruleFixActions(synthetic).map((a) => [a.title, a.preferred, a.edits[0]!.snippet])).toEqual([
      ['narrow', true, false],
      ['ask', false, true],
    ]);
    expect(ruleFixActions(synthetic, true)[0]!.preferred).toBe(false);
  });

  it('values in the vault rule examples stay findable (the fix hook does not change detection)', () => {
    expect(scan(`VAULT_TOKEN=hvs.CAESI${fakeChars(BASE64URL, 86, 'ssct')}`, 'x.env').some((f) => f.ruleId === 'hashicorp-vault-token')).toBe(true);
  });
});

describe('untrusted workspaces', () => {
  const yaml = [
    'rules:',
    '  github-token:',
    '    enabled: false',
    '  stripe-live-secret-key:',
    '    severity: info',
    '  generic-secret-assignment:',
    '    severity: error',
    'categories:',
    '  wildcard-grant: off',
    'allow: ["^ghp_"]',
    'ignore: ["src/**"]',
  ].join('\n');

  it('a repository config cannot switch rules off, lower severity, allow values or ignore paths', () => {
    const { config, errors } = parseConfig(yaml, { knownRuleIds: builtinRules.map((r) => r.id) });
    expect(errors).toEqual([]);
    // Trusted: the config hides the token.
    expect(new Scanner(builtinRules, config).scan(`t = "${PAT}"`, 'src/a.py').findings).toEqual([]);
    const restricted = restrictForUntrusted(config, (id) => builtinRules.find((r) => r.id === id)?.severity);
    expect(new Scanner(builtinRules, restricted).scan(`t = "${PAT}"`, 'src/a.py').findings.map((f) => f.ruleId)).toEqual(['github-token']);
    expect(restricted.ignorePaths).toEqual([]);
    expect(restricted.disabledCategories).toEqual([]);
    expect(restricted.rules['stripe-live-secret-key']).toBeUndefined();
    const notes = restrictionNotes(config, restricted).join('\n');
    expect(notes).toContain('github-token');
    expect(notes).toContain('wildcard-grant');
    expect(notes).not.toContain('^ghp_');
  });
});

describe('paths', () => {
  it('names untitled buffers by language so path-based rules apply', () => {
    expect(untitledPath('Untitled-1', 'terraform')).toBe('Untitled-1.tf');
    expect(untitledPath('Untitled-2', 'dotenv')).toBe('Untitled-2/.env');
    expect(untitledPath('Untitled-3', 'unknown')).toBe('Untitled-3');
    expect(relativeTo('/w/repo', '/w/repo/src/a.ts')).toBe('src/a.ts');
    expect(relativeTo('/w/repo', '/w/repo2/a.ts')).toBeUndefined();
  });

  it('keeps file settings inside the workspace folder and out of .git', () => {
    expect(insideFolder('./config/.env', '.env')).toBe('config/.env');
    for (const bad of ['/etc/passwd', '../x', 'a/../../x', '.git/hooks/pre-commit', 'C:/x', '', 42]) expect(insideFolder(bad, '.env')).toBe('.env');
  });
});
