/**
 * The packaged extension in a real VS Code workbench (code-server) driven in Debian's Chromium by playwright-core.
 * It installs the .vsix, opens sample files whose secrets are built at run time, reads the Problems panel,
 * applies every kind of quick fix through the keyboard and checks the files on disk (and `.env`, `.gitignore`,
 * the baseline), then the rules' own fixes for a Kubernetes RBAC wildcard, an AWS IAM `Action "*"` (tab stops
 * typed) and a workflow's static AWS keys (the OIDC rewrite). Screenshots go to test-results/e2e/.
 *
 * Needs `test/e2e/install-editor.sh` (code-server and chromium; playwright-core is a dev dependency). Without them the suite is skipped
 * with the reason printed; E2E_REQUIRED=1 (CI) turns that into a failure. EDITOR_E2E_DIR says where they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import net from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ALNUM, fake, fakeChars } from '../../rules/src/secrets/testing/fake.js';
import { githubPat } from '../helpers/tokens.js';
import { githubAwsKeysWorkflow } from '../../rules/src/tokens/ci-credentials.js';
import { REPO } from '../helpers/cli.js';

const EDITOR_DIR = process.env.EDITOR_E2E_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'nhilint-editor-e2e');
const CODE_SERVER = join(EDITOR_DIR, 'cs/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(REPO, 'test-results/e2e');

const missing: string[] = [];
if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER})`);
if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
const required = process.env.E2E_REQUIRED === '1';
if (missing.length) {
  console.log(`${required ? 'FAIL' : 'SKIP'} editor e2e: not installed: ${missing.join(', ')}. Install with: EDITOR_E2E_DIR=${EDITOR_DIR} test/e2e/install-editor.sh`);
}

// Secrets for the workspace, built now (never committed in a form a scanner would flag).
const PAT = githubPat('e2e');
const PAT_UNTITLED = githubPat('e2e-untitled');
const PAT_SHELL = githubPat('e2e-shell');
const VERCEL = fake('vcp_', ALNUM, 56, 'e2e');
const VAULT = `hvs.${fakeChars(ALNUM, 24, 'e2e')}`;
const JSON_PAT = githubPat('e2e-json');
const ALL_SECRETS = [PAT, PAT_UNTITLED, PAT_SHELL, VERCEL, VAULT, JSON_PAT];

const FILES: Record<string, string> = {
  '.gitignore': 'node_modules/\n',
  'src/app.js': `// Talks to the GitHub API.\nconst apiBase = 'https://api.github.com';\nconst githubToken = "${PAT}";\nmodule.exports = { apiBase, githubToken };\n`,
  '.github/workflows/deploy.yml': `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx vercel deploy --prod\n        env:\n          VERCEL_TOKEN: ${VERCEL}\n`,
  'config/settings.py': `DEBUG = False\nvault_token = "${VAULT}"\n`,
  'config/service.json': `{\n  "name": "svc",\n  "auth": { "token": "${JSON_PAT}" }\n}\n`,
  'scripts/release.sh': `#!/bin/sh\nexport GH_TOKEN="${PAT_SHELL}"\n`,
};

// Grant and CI files for the rule-fix test, written into the workspace only when that test starts (the first test
// ends with "nhilint: 0" in the status bar). The wildcard is joined in at run time: the commit hook reads this file.
const STAR = '*';
const GRANT_FILES: Record<string, string> = {
  'deploy/rbac.yaml': ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata:', '  name: deployer', 'rules:', '  - apiGroups: ["apps"]', '    resources: ["deployments"]', `    verbs: ["${STAR}"]`, ''].join('\n'),
  'iam/deploy-policy.json': ['{', '  "Version": "2012-10-17",', '  "Statement": [', '    {', '      "Effect": "Allow",', `      "Action": "${STAR}",`, `      "Resource": "${STAR}"`, '    }', '  ]', '}', ''].join('\n'),
  // The workflow of issue 7 (configure-aws-credentials with static key inputs). deploy.yml is the Vercel one above.
  '.github/workflows/deploy-aws.yml': githubAwsKeysWorkflow(),
};

/** 1-based line and column of a value in a file, as the Problems panel prints them. */
function positionOf(text: string, value: string): { line: number; col: number } {
  const i = text.indexOf(value);
  const before = text.slice(0, i);
  return { line: before.split('\n').length, col: i - before.lastIndexOf('\n') };
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

async function until<T>(what: string, fn: () => T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}


interface Editor {
  page: Page;
  udd: string;
  serverLog: string;
  close(): Promise<void>;
}

let packaged: string | undefined;
/** The .vsix, built once per run by the project's own packaging script. */
function packageOnce(timings: Record<string, number>): string {
  if (packaged) return packaged;
  const out = join(mkdtempSync(join(tmpdir(), 'nhilint-vsix-')), 'nhilint.vsix');
  const t = Date.now();
  execFileSync(process.execPath, [join(REPO, 'extension/scripts/build.mjs'), '--package'], { env: { ...process.env, VSIX: out }, stdio: 'pipe' });
  timings.packageMs = Date.now() - t;
  return (packaged = out);
}

/**
 * Fresh user data and extension dirs, the .vsix installed, code-server on 127.0.0.1, Chromium on the workbench.
 * `trusted: false` opens the folder in Restricted Mode (trust on, no prompt) instead of switching trust off.
 */
async function launchEditor(tmp: string, ws: string, trusted: boolean, timings: Record<string, number>): Promise<Editor> {
  const udd = join(tmp, 'user-data');
  const extDir = join(tmp, 'extensions');
  const vsix = packageOnce(timings);
  mkdirSync(join(udd, 'User'), { recursive: true });
  writeFileSync(
    join(udd, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': !trusted,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'never',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'update.mode': 'none',
      'telemetry.telemetryLevel': 'off',
      'files.autoSave': 'off',
      'typescript.disableAutomaticTypeAcquisition': true,
      'chat.commandCenter.enabled': false,
      'workbench.colorTheme': 'Default Light Modern',
      'editor.hover.delay': 150,
      // No suggest widget: it would take the Tab and Enter meant for snippet tab stops.
      'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
      'editor.suggestOnTriggerCharacters': false,
      'editor.wordBasedSuggestions': 'off',
      'window.commandCenter': false,
    }),
  );
  let t = Date.now();
  execFileSync(CODE_SERVER, ['--install-extension', vsix, '--extensions-dir', extDir, '--user-data-dir', udd], { stdio: 'pipe' });
  timings.installMs = Date.now() - t;
  const port = await freePort();
  t = Date.now();
  const server = spawn(
    CODE_SERVER,
    [
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', udd, '--extensions-dir', extDir,
      '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
      // Trace level, so that the no-secret-in-logs check reads everything the extension could log.
      '--log', 'trace',
      ...(trusted ? ['--disable-workspace-trust'] : []),
      ws,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCODE_PROXY_URI: '' } },
  );
  const serverLog = join(tmp, 'code-server.log');
  const logStream = createWriteStream(serverLog);
  server.stdout!.pipe(logStream);
  server.stderr!.pipe(logStream);
  const stopServer = async () => {
    if (server.exitCode !== null) return;
    server.kill('SIGTERM'); // the wrapper passes it on to the real server, its child
    await new Promise((r) => server.once('exit', r));
  };
  let browser: Browser | undefined;
  try {
    const end = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > end) throw new Error('code-server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    timings.serverStartMs = Date.now() - t;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    t = Date.now();
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'src' }).first().waitFor({ timeout: 60_000 });
    timings.workbenchMs = Date.now() - t;
    const b = browser;
    return {
      page,
      udd,
      serverLog,
      async close() {
        await b.close().catch(() => undefined);
        await stopServer();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await stopServer();
    throw e;
  }
}

function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
}

describe.skipIf(missing.length > 0 && !required)('VS Code extension in a real editor', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nhilint-e2e-'));
  const ws = join(tmp, 'workspace');
  const udd = join(tmp, 'user-data');
  let editorHandle: Editor | undefined;
  let page: Page;
  const timings: Record<string, number> = {};
  const t0 = Date.now();
  let shotN = 0;
  const shot = async (name: string) => {
    await page.screenshot({ path: join(SHOTS, `${String(++shotN).padStart(2, '0')}-${name}.png`) });
  };
  const log = (...a: unknown[]) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

  beforeAll(async () => {
    if (missing.length) throw new Error(`editor e2e required (E2E_REQUIRED=1) but not installed: ${missing.join(', ')}`);
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    writeTree(ws, FILES);
    editorHandle = await launchEditor(tmp, ws, true, timings);
    page = editorHandle.page;
    log('workbench up', timings);
  }, 180_000);

  afterAll(async () => {
    if (page && !page.isClosed()) await page.screenshot({ path: join(SHOTS, 'last.png') }).catch(() => undefined);
    await editorHandle?.close();
    timings.totalMs = Date.now() - t0;
    log('timings', JSON.stringify(timings));
    if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  const editor = () => page.locator('.editor-instance .monaco-editor').first();
  const quickInput = () => page.locator('.quick-input-widget .quick-input-box input');
  const read = (rel: string) => readFileSync(join(ws, rel), 'utf8');

  async function open(rel: string, expectText: string): Promise<void> {
    await page.keyboard.press('Control+P');
    await quickInput().waitFor({ state: 'visible' });
    await quickInput().fill(rel);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: rel.split('/').pop()! }).first().waitFor();
    await page.keyboard.press('Enter');
    await editor().locator('.view-lines', { hasText: expectText }).waitFor();
  }

  async function goTo(line: number, col: number): Promise<void> {
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+G');
    await quickInput().waitFor({ state: 'visible' });
    await quickInput().fill(`:${line}:${col}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens the quick-fix menu on the cursor and picks the entry whose title contains `title`. */
  async function quickFix(title: string, shotName: string, readmeClip?: { x: number; y: number; width: number; height: number }): Promise<void> {
    // The lightbulb shows once every code-action provider answered; Ctrl+. before that may find nothing.
    await page
      // In the gutter, or inline (a `.lightBulbWidget`) when the line's indentation leaves room for it. Inline, the
      // icon is `codicon-lightbulb-autofix` with a preferred fix and `codicon-light-bulb` (hyphenated) without one.
      .locator('.editor-instance [class*="codicon-gutter-lightbulb"], .editor-instance .lightBulbWidget[class*="codicon-light"] >> visible=true')
      .first()
      .waitFor({ timeout: 30_000 });
    const item = page.locator('.action-widget .monaco-list-row', { hasText: title });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.');
      try {
        await item.first().waitFor({ timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
        await page.keyboard.press('Escape');
      }
    }
    await shot(shotName);
    // The README's picture (docs/extension-quick-fix.png is a copy of it).
    if (readmeClip) await page.screenshot({ path: join(SHOTS, 'readme-quick-fix.png'), clip: readmeClip });
    // Mouse clicks on the menu are swallowed by a pointer block: walk the focus with the keyboard.
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < 12 && !((await focused.getAttribute('aria-label').catch(() => '')) ?? '').includes(title); i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focused.getAttribute('aria-label')).toContain(title);
    await page.keyboard.press('Enter');
  }

  async function problemRows(): Promise<string[]> {
    const rows = page.locator('.markers-panel .monaco-list-row');
    return (await rows.allInnerTexts()).map((t: string) => t.replace(/\s+/g, ' ').trim());
  }

  async function save(rel: string, check: (text: string) => boolean): Promise<string> {
    await page.keyboard.press('Control+S');
    return until(`${rel} saved`, () => {
      const text = read(rel);
      return check(text) && text;
    });
  }

  it('shows diagnostics with messages and positions, hovers, and applies every quick fix', async () => {
    // ---- diagnostics in the editor and the Problems panel ----
    let t = Date.now();
    await open('src/app.js', 'githubToken');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    timings.firstDiagnosticMs = Date.now() - t;
    await shot('squiggle');
    const app = FILES['src/app.js']!;
    const pos = positionOf(app, PAT);
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'GitHub' }).first();
    await row.waitFor();
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    log('Problems row:', rowText);
    expect(rowText).toMatch(/GitHub personal access token/i);
    expect(rowText).toContain('lifetime');
    expect(rowText).toContain('github-token');
    expect(rowText).toContain('nhilint');
    expect(rowText).toContain(`[Ln ${pos.line}, Col ${pos.col}]`);
    expect(rowText).not.toContain(PAT);
    const aria = await row.getAttribute('aria-label');
    expect(aria).toMatch(/^Error: /);
    await shot('problems-panel');

    // The squiggle covers the value, not the line: its width is the token's, give or take a character.
    const squiggle = await editor().locator('.squiggly-error').first().boundingBox();
    const charWidth = await editor().locator('.view-lines').evaluate((el) => {
      const span = el.querySelector('.view-line span span');
      return span ? span.getBoundingClientRect().width / Math.max(1, span.textContent!.length) : 0;
    });
    expect(Math.abs(squiggle!.width / charWidth - PAT.length)).toBeLessThan(2);

    // ---- hover ----
    await page.mouse.move(squiggle!.x + squiggle!.width / 2, squiggle!.y + squiggle!.height / 2 - 4);
    const hover = page.locator('.monaco-hover', { hasText: /Classification:/ }).first();
    await hover.waitFor({ timeout: 15_000 });
    const hoverText = await hover.innerText();
    expect(hoverText).toContain('Fix:');
    expect(hoverText).toMatch(/OWASP NHI\d/);
    expect(hoverText).toContain('CWE-798');
    expect(hoverText).toContain('// nhilint-ignore github-token -- <reason>');
    expect(hoverText).not.toContain(PAT);
    await shot('hover');
    await page.keyboard.press('Escape');

    // ---- quick fix 1: move to an environment variable (+ .env, + .gitignore), one undo reverts it ----
    t = Date.now();
    await goTo(pos.line, pos.col + 3);
    await quickFix('Move the secret to .env', 'quick-fix-menu', { x: 342, y: 62, width: 1058, height: 640 });
    await quickInput().waitFor({ state: 'visible' });
    expect(await quickInput().inputValue()).toBe('GITHUB_TOKEN');
    await shot('env-name-input');
    await page.keyboard.press('Enter');
    await editor().locator('.view-lines', { hasText: 'process.env.GITHUB_TOKEN' }).waitFor();
    const envText = await until('.env written', () => existsSync(join(ws, '.env')) && read('.env'));
    expect(envText).toBe(`GITHUB_TOKEN=${PAT}\n`);
    expect(read('.gitignore')).toBe('node_modules/\n.env\n');
    await shot('after-env-move');
    await page.keyboard.press('Control+Z');
    await editor().locator('.view-lines', { hasText: PAT.slice(0, 12) }).waitFor();
    expect(await editor().locator('.view-lines').innerText()).not.toContain('process.env');
    await page.keyboard.press('Control+Shift+Z');
    await editor().locator('.view-lines', { hasText: 'process.env.GITHUB_TOKEN' }).waitFor();
    const appAfter = await save('src/app.js', (s) => s.includes('process.env'));
    expect(appAfter).toBe(app.replace(`"${PAT}"`, 'process.env.GITHUB_TOKEN'));
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'github-token' }).first().waitFor({ state: 'detached' });
    timings.envMoveMs = Date.now() - t;

    // ---- quick fix 2: the rule's own fix (vercel-token in a workflow), a snippet with the name as tab stop ----
    t = Date.now();
    const wf = FILES['.github/workflows/deploy.yml']!;
    await open('.github/workflows/deploy.yml', 'VERCEL_TOKEN');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    const vpos = positionOf(wf, VERCEL);
    await goTo(vpos.line, vpos.col + 5);
    await quickFix('GitHub Actions secret', 'rule-fix-menu');
    await editor().locator('.view-lines', { hasText: 'secrets.VERCEL_TOKEN' }).waitFor();
    await shot('rule-fix-snippet');
    await page.keyboard.press('Escape');
    const wfAfter = await save('.github/workflows/deploy.yml', (s) => s.includes('secrets.VERCEL_TOKEN'));
    expect(wfAfter).toBe(wf.replace(VERCEL, '${{ secrets.VERCEL_TOKEN }}'));
    expect(parseYaml(wfAfter).jobs.deploy.steps[0].env.VERCEL_TOKEN).toBe('${{ secrets.VERCEL_TOKEN }}');
    timings.ruleFixMs = Date.now() - t;

    // ---- quick fix 3: suppress with a reason, the cursor on the reason ----
    t = Date.now();
    const py = FILES['config/settings.py']!;
    await open('config/settings.py', 'vault_token');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    const ppos = positionOf(py, VAULT);
    await goTo(ppos.line, ppos.col + 2);
    await quickFix('Suppress hashicorp-vault-token', 'suppress-menu');
    await editor().locator('.view-lines', { hasText: 'nhilint-ignore hashicorp-vault-token' }).waitFor();
    // The placeholder `reason` is selected: typing replaces it.
    await page.keyboard.type('rotated; a local dev fixture');
    await page.keyboard.press('Escape');
    const pyAfter = await save('config/settings.py', (s) => s.includes('nhilint-ignore'));
    expect(pyAfter).toBe(`DEBUG = False\n# nhilint-ignore hashicorp-vault-token -- rotated; a local dev fixture\nvault_token = "${VAULT}"\n`);
    await editor().locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
    await shot('suppressed');
    timings.suppressMs = Date.now() - t;

    // ---- quick fix 4: add to the baseline (JSON has no comments), the JSON stays as it was ----
    t = Date.now();
    const json = FILES['config/service.json']!;
    await open('config/service.json', '"auth"');
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    const jpos = positionOf(json, JSON_PAT);
    await goTo(jpos.line, jpos.col + 2);
    await quickFix('Add this finding to the baseline', 'baseline-menu');
    const baseline = await until('baseline written', () => existsSync(join(ws, '.nhilint-baseline.json')) && JSON.parse(read('.nhilint-baseline.json')));
    expect(baseline.findings).toHaveLength(1);
    expect(baseline.findings[0]).toMatchObject({ ruleId: 'github-token', path: 'config/service.json' });
    await editor().locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: 15_000 });
    expect(JSON.parse(read('config/service.json'))).toEqual(JSON.parse(json));
    timings.baselineMs = Date.now() - t;

    // ---- an untitled, never-saved buffer is scanned too ----
    await page.keyboard.press('Control+N');
    await editor().locator('.view-lines').waitFor();
    // Typed key by key (a first line without the value: VS Code names an untitled tab after its first line).
    await page.keyboard.type(`# scratch\ntoken = "${PAT_UNTITLED}"\n`, { delay: 5 });
    await editor().locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await shot('untitled');

    // ---- Scan Workspace: a file never opened shows up; the status bar counts ----
    t = Date.now();
    await page.keyboard.press('F1');
    await quickInput().waitFor({ state: 'visible' });
    await quickInput().fill('>nhilint: Scan Workspace');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Scan Workspace' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'release.sh' }).first().waitFor({ timeout: 30_000 });
    timings.workspaceScanMs = Date.now() - t;
    const rows = await problemRows();
    log('Problems after workspace scan:', rows);
    const shRow = rows.find((r) => r.includes('github-token') && r.includes(`[Ln 2, Col ${positionOf(FILES['scripts/release.sh']!, PAT_SHELL).col}]`));
    expect(shRow).toBeDefined();
    // Fixed, suppressed and baselined findings stay away; the workflow's is fixed on disk.
    expect(rows.some((r) => r.includes('vercel-token'))).toBe(false);
    expect(rows.some((r) => r.includes('hashicorp-vault-token'))).toBe(false);
    const status = page.locator('.statusbar-item', { hasText: 'nhilint:' }).first();
    await status.waitFor();
    const statusText = (await status.innerText()).trim();
    expect(statusText).toMatch(/nhilint: [1-9]/);
    await shot('workspace-scan');
    for (const r of rows) for (const s of ALL_SECRETS) expect(r).not.toContain(s);
    // The status bar item opens the Problems panel.
    await page.keyboard.press('Control+J');
    await page.locator('.markers-panel').waitFor({ state: 'hidden' });
    await status.click();
    await page.locator('.markers-panel').waitFor({ state: 'visible' });

    // ---- config changes apply without a reload: switching secrets off clears their findings everywhere ----
    // (Switching off only github-token would hand the value to the generic assignment rule.)
    t = Date.now();
    writeFileSync(join(ws, '.nhilint.yaml'), 'categories:\n  secret: off\n');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'release.sh' }).first().waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: 'nhilint: 0' }).first().waitFor({ timeout: 15_000 });
    timings.configChangeMs = Date.now() - t;
    await shot('config-change');
  }, 240_000);

  it("applies the rules' own fixes to grants and CI credentials: Kubernetes RBAC, AWS IAM, GitHub OIDC", async () => {
    writeTree(ws, GRANT_FILES);
    const markerRow = (ruleId: string) => page.locator('.markers-panel .monaco-list-row', { hasText: ruleId }).first();
    /** Opens the file, waits for the squiggle and the finding's Problems row (at `at`), puts the cursor on it and applies `title`. */
    async function applyRuleFix(rel: string, opts: { expect: string; squiggle: string; ruleId: string; at: { line: number; col: number }; title: string; shot: string }) {
      await open(rel, opts.expect);
      await editor().locator(opts.squiggle).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Control+Shift+M');
      const row = markerRow(opts.ruleId);
      await row.waitFor();
      const rowText = (await row.innerText()).replace(/\s+/g, ' ');
      log('Problems row:', rowText);
      expect(rowText).toContain(`[Ln ${opts.at.line}, Col ${opts.at.col}]`);
      await goTo(opts.at.line, opts.at.col);
      await quickFix(opts.title, opts.shot);
    }
    /** The finding left the editor and the Problems panel (still open) once the fixed text was rescanned. */
    async function findingGone(ruleId: string, squiggle: string) {
      await editor().locator(squiggle).first().waitFor({ state: 'detached', timeout: 15_000 });
      expect(await page.locator('.markers-panel').isVisible()).toBe(true);
      await markerRow(ruleId).waitFor({ state: 'detached', timeout: 15_000 });
    }

    // ---- Kubernetes RBAC: verbs ["*"] narrowed to read-only (a plain suggestion, no tab stops) ----
    let t = Date.now();
    const rbac = GRANT_FILES['deploy/rbac.yaml']!;
    const verbs = `["${STAR}"]`;
    const kpos = positionOf(rbac, verbs);
    await applyRuleFix('deploy/rbac.yaml', {
      expect: 'ClusterRole',
      squiggle: '.squiggly-error',
      ruleId: 'k8s-rbac-wildcard',
      at: { line: kpos.line, col: kpos.col + 2 },
      title: 'Narrow verbs to read-only (get, list, watch)',
      shot: 'k8s-fix-menu',
    });
    await editor().locator('.view-lines', { hasText: '"get", "list", "watch"' }).waitFor();
    const rbacAfter = await save('deploy/rbac.yaml', (s) => s.includes('"watch"'));
    expect(rbacAfter).toBe(rbac.replace(verbs, '["get", "list", "watch"]'));
    const role = parseYaml(rbacAfter);
    expect(role.kind).toBe('ClusterRole');
    expect(role.rules).toEqual([{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch'] }]);
    await findingGone('k8s-rbac-wildcard', '.squiggly-error');
    await shot('k8s-fixed');
    timings.k8sFixMs = Date.now() - t;

    // ---- AWS IAM: Action "*" on Resource "*" → a list of actions, two tab stops completed by typing ----
    t = Date.now();
    const policy = GRANT_FILES['iam/deploy-policy.json']!;
    const action = `"Action": "${STAR}"`;
    const apos = positionOf(policy, action);
    const astar = { line: apos.line, col: apos.col + action.length - 2 };
    await applyRuleFix('iam/deploy-policy.json', {
      expect: 'Statement',
      squiggle: '.squiggly-error',
      ruleId: 'aws-iam-wildcard-action',
      at: astar,
      title: 'Replace the wildcard with the actions this workload calls',
      shot: 'iam-fix-menu',
    });
    // The first tab stop (s3:GetObject) is selected: typing replaces it, Tab moves to the second.
    await editor().locator('.view-lines', { hasText: 's3:PutObject' }).waitFor();
    await page.keyboard.type('sqs:SendMessage');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sqs:ReceiveMessage');
    await page.keyboard.press('Escape');
    await editor().locator('.view-lines', { hasText: 'sqs:ReceiveMessage' }).waitFor();
    const policyAfter = await save('iam/deploy-policy.json', (s) => s.includes('sqs:ReceiveMessage'));
    expect(policyAfter).toBe(policy.replace(action, '"Action": ["sqs:SendMessage", "sqs:ReceiveMessage"]'));
    expect(JSON.parse(policyAfter).Statement[0]).toEqual({ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: STAR });
    await markerRow('aws-iam-wildcard-action').waitFor({ state: 'detached', timeout: 15_000 });
    // What is left is the next step, which the rule names: the named actions still reach every resource.
    const rpos = positionOf(policyAfter, `"Resource": "${STAR}"`);
    const rest = await markerRow('aws-iam-wildcard-resource').innerText();
    expect(rest.replace(/\s+/g, ' ')).toContain(`[Ln ${rpos.line}, Col ${rpos.col + 13}]`);
    await shot('iam-fixed');
    timings.iamFixMs = Date.now() - t;

    // ---- CI (issue 7): static AWS key inputs → OIDC, one snippet with two edits (job permissions, with: inputs) ----
    t = Date.now();
    const wfRel = '.github/workflows/deploy-aws.yml';
    const awsWf = GRANT_FILES[wfRel]!;
    const roleArn = 'arn:aws:iam::' + '1'.repeat(12) + ':role/deploy';
    await applyRuleFix(wfRel, {
      expect: 'configure-aws-credentials',
      squiggle: '.squiggly-warning',
      ruleId: 'ci-static-cloud-credentials',
      at: positionOf(awsWf, 'aws-access-key-id'),
      title: 'Sign in with OIDC instead of a static AWS access key (fill in the role ARN)',
      shot: 'ci-oidc-menu',
    });
    await editor().locator('.view-lines', { hasText: 'id-token: write' }).waitFor();
    await shot('ci-oidc-snippet');
    // The role ARN placeholder is selected: typing replaces it.
    await page.keyboard.type(roleArn);
    await page.keyboard.press('Escape');
    const wfAfter = await save(wfRel, (s) => s.includes(roleArn));
    expect(wfAfter).toBe(
      awsWf
        .replace('    runs-on:', '    permissions:\n      id-token: write\n      contents: read\n    runs-on:')
        .replace(/ {10}aws-access-key-id: .*\n {10}aws-secret-access-key: .*\n/, `          role-to-assume: ${roleArn}\n`),
    );
    expect(wfAfter).not.toMatch(/aws-access-key-id|aws-secret-access-key/);
    const wf = parseYaml(wfAfter);
    expect(wf.jobs.deploy.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(wf.jobs.deploy.steps[1]).toEqual({ name: 'Configure AWS', uses: 'aws-actions/configure-aws-credentials@v4', with: { 'role-to-assume': roleArn, 'aws-region': 'eu-west-1' } });
    expect(wf.jobs.deploy.steps).toHaveLength(3);
    await findingGone('ci-static-cloud-credentials', '.squiggly-warning');
    await shot('ci-oidc-fixed');
    timings.ciOidcFixMs = Date.now() - t;
  }, 120_000);

  it('writes no secret to any log (output channel, extension host, server)', () => {
    // Other extensions' own channels are theirs to answer for (the built-in TypeScript server logs file text at trace).
    const logs = [...filesUnder(join(udd, 'logs')), join(tmp, 'code-server.log')].filter((f) => !/\/exthost\d*\/vscode\./.test(f));
    const ours = logs.filter((f) => /(?:^|\/)nhilint\.log$/.test(f));
    expect(ours.length, `nhilint output channel log among ${logs.length} log files`).toBeGreaterThan(0);
    const content = readFileSync(ours[0]!, 'utf8');
    expect(content).toContain('configured');
    for (const f of logs) {
      const text = readFileSync(f, 'utf8');
      for (const s of ALL_SECRETS) expect(text.includes(s), `${f} contains a planted secret`).toBe(false);
    }
  });
});

describe.skipIf(missing.length > 0 && !required)('VS Code extension in an untrusted workspace (Restricted Mode)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nhilint-e2e-untrusted-'));
  const ws = join(tmp, 'workspace');
  const timings: Record<string, number> = {};
  let editorHandle: Editor | undefined;

  beforeAll(async () => {
    if (missing.length) throw new Error(`editor e2e required (E2E_REQUIRED=1) but not installed: ${missing.join(', ')}`);
    writeTree(ws, {
      // What a hostile repository would ship to hide its own planted token.
      '.nhilint.yaml': 'categories:\n  secret: off\nrules:\n  github-token: off\nallow: ["^ghp_"]\nignore: ["src/**"]\n',
      '.vscode/settings.json': JSON.stringify({ 'nhilint.enable': false, 'nhilint.severity': { secret: 'off' } }),
      'src/app.js': FILES['src/app.js']!,
    });
    editorHandle = await launchEditor(tmp, ws, false, timings);
  }, 180_000);

  afterAll(async () => {
    if (editorHandle && !editorHandle.page.isClosed()) await editorHandle.page.screenshot({ path: join(SHOTS, 'untrusted-last.png') }).catch(() => undefined);
    await editorHandle?.close();
    console.log('[e2e untrusted] timings', JSON.stringify(timings));
    if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true });
  }, 30_000);

  it('runs, and neither the repository config nor workspace settings can switch it off', async () => {
    const page = editorHandle!.page;
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+P');
    const qi = page.locator('.quick-input-widget .quick-input-box input');
    await qi.waitFor({ state: 'visible' });
    await qi.fill('src/app.js');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'app.js' }).first().waitFor();
    await page.keyboard.press('Enter');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'github-token' }).first();
    await row.waitFor();
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(`[Ln 3, Col ${positionOf(FILES['src/app.js']!, PAT).col}]`);
    await page.screenshot({ path: join(SHOTS, 'untrusted-squiggle.png') });
    const ours = filesUnder(join(editorHandle!.udd, 'logs')).find((f) => /(?:^|\/)nhilint\.log$/.test(f));
    const text = await until('the output channel notes', () => {
      const t = ours && readFileSync(ours, 'utf8');
      return t && t.includes('categories kept on') ? t : undefined;
    });
    expect(text).toContain('workspace untrusted');
    expect(text).toContain('kept on despite the config (untrusted workspace): github-token');
    expect(text).not.toContain('^ghp_');
    expect(text).not.toContain(PAT);
  }, 120_000);
});
