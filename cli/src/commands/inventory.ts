/**
 * `nhilint inventory [paths]`: the repository-wide audit view of non-human credentials and grants. The same
 * scan as `nhilint scan`, regrouped by the identity each finding belongs to (service account, IAM or IaC
 * resource, Kubernetes object, CI job, else the file), with its lifetime, its owner from CODEOWNERS and how long
 * the line has stood in git (one `git blame` per file with findings). Values appear only in redacted form.
 */
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ignore from 'ignore';
import type { Finding, Lifetime } from '@nhilint/rules';
import { UsageError } from '../config.js';
import { writeAtomic } from '../atomic-write.js';
import { TOOL_NAME, TOOL_VERSION } from '../report.js';
import { collectReport, parseScanArgs } from './scan.js';
import { toPosix } from '../sources/walk.js';

export const INVENTORY_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  threads: { type: 'string' },
  'no-default-excludes': { type: 'boolean', default: false },
  'no-blame': { type: 'boolean', default: false },
} as const;

export interface InventoryCredential {
  ruleId: string;
  title: string;
  category: string;
  severity: string;
  lifetime: Lifetime;
  lifetimeDetail?: string;
  expiresAt?: string;
  replacement?: string;
  path: string;
  line: number;
  column: number;
  redacted: string;
  owners: string[];
  /** Author date of the line's commit (ISO), from git blame. */
  since?: string;
  ageDays?: number;
  /** The line is changed in the working tree or not committed at all. */
  uncommitted?: boolean;
  owaspNhi: string[];
  fingerprint: string;
}

export interface InventoryIdentity {
  identity: string;
  kind: string;
  owners: string[];
  /** The longest lifetime among its credentials. */
  lifetime: Lifetime;
  credentials: InventoryCredential[];
}

export interface Inventory {
  root: string;
  generatedAt: string;
  identities: InventoryIdentity[];
  /** `credentials` counts secrets and long-lived tokens; grants (which have no lifetime) are counted apart. */
  summary: { identities: number; credentials: number; grants: number; byLifetime: Record<Lifetime, number>; byCategory: Record<string, number>; owned: number };
  blame: 'used' | 'not a git repository' | 'off';
}

const CI_FILE = /(?:^|\/)(?:\.github\/workflows\/[^/]+|\.gitlab-ci|[^/]+\.gitlab-ci|\.circleci\/config)\.ya?ml$/;
const ORDER: Lifetime[] = ['static', 'long', 'unknown', 'short'];

/** Which identity a finding belongs to, and what kind of identity that is. */
export function identityOf(f: Finding): { identity: string; kind: string } {
  const r = f.resource;
  if (r?.startsWith('serviceAccount:')) return { identity: r.slice('serviceAccount:'.length), kind: 'GCP service account' };
  if (CI_FILE.test(f.path)) return { identity: r?.startsWith('job ') ? `${f.path} › ${r}` : f.path, kind: 'CI pipeline' };
  if (r?.startsWith('kubeconfig user ')) return { identity: r, kind: 'Kubernetes user' };
  if (r && /^[A-Z][A-Za-z]*\//.test(r)) return { identity: r, kind: 'Kubernetes object' };
  if (r && /^(?:aws_|google_|azurerm_|azuread_)/.test(r)) return { identity: r, kind: 'IaC resource' };
  if (r) return { identity: r, kind: 'resource' };
  return { identity: f.path, kind: 'file' };
}

// --- CODEOWNERS ------------------------------------------------------------------------------------------

export interface CodeOwners {
  file: string;
  ownersOf(repoPath: string): string[];
}

/** GitHub's lookup order: `.github/`, the root, `docs/`; the first file found is the only one read. */
export function loadCodeOwners(repoRoot: string): CodeOwners | undefined {
  for (const rel of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
    let text: string;
    try {
      text = readFileSync(join(repoRoot, rel), 'utf8');
    } catch {
      continue;
    }
    return { file: rel, ownersOf: parseCodeOwners(text) };
  }
  return undefined;
}

/** Later rules win, as in GitHub; a pattern with no owners leaves the path unowned. */
export function parseCodeOwners(text: string): (repoPath: string) => string[] {
  const rules: { match: ReturnType<typeof ignore>; owners: string[] }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern, ...owners] = line.split(/\s+/);
    try {
      rules.push({ match: ignore().add(pattern!), owners });
    } catch {
      // an invalid pattern is skipped, as GitHub skips it
    }
  }
  return (repoPath) => {
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.match.ignores(repoPath)) return rules[i]!.owners;
    return [];
  };
}

// --- git blame ---------------------------------------------------------------------------------------------

function findRepoRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; ) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

interface LineAge {
  time?: number;
  uncommitted: boolean;
}

/**
 * Author times of the given lines of one file, from one `git blame --porcelain` limited to those lines. The
 * porcelain's content lines (each starting with a tab) hold the file's text, secrets included: they are skipped
 * unread. A file git does not track gives an empty map.
 */
export function blameLines(repoRoot: string, repoPath: string, lines: number[]): Promise<Map<number, LineAge>> {
  const ranges = [...new Set(lines)].sort((a, b) => a - b).flatMap((n) => ['-L', `${n},${n}`]);
  return new Promise((done) => {
    const child = spawn('git', ['blame', '--porcelain', ...ranges, '--', repoPath], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', () => done(new Map()));
    child.on('close', (code) => done(code === 0 ? parsePorcelain(Buffer.concat(chunks).toString('utf8')) : new Map()));
  });
}

export function parsePorcelain(out: string): Map<number, LineAge> {
  const times = new Map<string, number>();
  const result = new Map<number, LineAge>();
  let sha = '';
  let finalLine = 0;
  const pending: [string, number][] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('\t')) continue;
    const head = /^([0-9a-f]{40}) \d+ (\d+)/.exec(line);
    if (head) {
      sha = head[1]!;
      finalLine = Number(head[2]);
      pending.push([sha, finalLine]);
      continue;
    }
    if (line.startsWith('author-time ')) times.set(sha, Number(line.slice(12)));
  }
  for (const [s, n] of pending) {
    const uncommitted = /^0+$/.test(s);
    result.set(n, { time: uncommitted ? undefined : times.get(s), uncommitted });
  }
  return result;
}

/** Runs `task` over `items`, at most `limit` at a time (the machine running a hook is not ours alone). */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!);
  }));
}

// --- building and printing ---------------------------------------------------------------------------------

export async function buildInventory(root: string, findings: Finding[], opts: { blame: boolean; now?: number }): Promise<Inventory> {
  const now = opts.now ?? Date.now();
  const repo = findRepoRoot(root);
  const owners = loadCodeOwners(repo ?? root);
  const repoPath = (p: string) => toPosix(relative(repo ?? root, resolve(root, p)));
  const ages = new Map<string, Map<number, LineAge>>();
  if (opts.blame && repo) {
    const byFile = new Map<string, number[]>();
    for (const f of findings) (byFile.get(f.path) ?? byFile.set(f.path, []).get(f.path)!).push(f.line);
    await eachLimited([...byFile], 2, async ([path, lines]) => {
      ages.set(path, await blameLines(repo, repoPath(path), lines));
    });
  }
  const groups = new Map<string, InventoryIdentity>();
  for (const f of findings) {
    const { identity, kind } = identityOf(f);
    const age = ages.get(f.path)?.get(f.line);
    const credential: InventoryCredential = {
      ruleId: f.ruleId,
      title: f.title,
      category: f.category,
      severity: f.severity,
      lifetime: f.lifetime,
      path: f.path,
      line: f.line,
      column: f.column,
      redacted: f.redacted,
      owners: owners?.ownersOf(repoPath(f.path)) ?? [],
      owaspNhi: f.owasp,
      fingerprint: f.fingerprint,
    };
    if (f.lifetimeDetail) credential.lifetimeDetail = f.lifetimeDetail;
    if (f.expiresAt) credential.expiresAt = f.expiresAt;
    if (f.replacement) credential.replacement = f.replacement;
    if (age?.uncommitted) credential.uncommitted = true;
    if (age?.time !== undefined) {
      credential.since = new Date(age.time * 1000).toISOString();
      credential.ageDays = Math.max(0, Math.floor((now - age.time * 1000) / 86_400_000));
    }
    const key = `${kind}\u0000${identity}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { identity, kind, owners: [], lifetime: 'short', credentials: [] }));
    g.credentials.push(credential);
  }
  const identities = [...groups.values()];
  for (const g of identities) {
    g.owners = [...new Set(g.credentials.flatMap((c) => c.owners))];
    g.lifetime = ORDER.find((l) => g.credentials.some((c) => c.category !== 'wildcard-grant' && c.lifetime === l)) ?? 'unknown';
  }
  // Worst first: what never expires, then by how many credentials hang on the identity.
  identities.sort((a, b) => ORDER.indexOf(a.lifetime) - ORDER.indexOf(b.lifetime) || b.credentials.length - a.credentials.length || (a.identity < b.identity ? -1 : 1));
  const byLifetime: Record<Lifetime, number> = { static: 0, long: 0, short: 0, unknown: 0 };
  const byCategory: Record<string, number> = {};
  for (const f of findings) {
    if (f.category !== 'wildcard-grant') byLifetime[f.lifetime]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  }
  const grants = byCategory['wildcard-grant'] ?? 0;
  return {
    root,
    generatedAt: new Date(now).toISOString(),
    identities,
    summary: {
      identities: identities.length,
      credentials: findings.length - grants,
      grants,
      byLifetime,
      byCategory,
      owned: identities.filter((g) => g.owners.length > 0).length,
    },
    blame: !opts.blame ? 'off' : repo ? 'used' : 'not a git repository',
  };
}

function ageText(c: InventoryCredential): string {
  if (c.uncommitted) return 'not committed';
  if (c.ageDays === undefined) return '';
  return c.ageDays === 0 ? 'since today' : `${c.ageDays} day${c.ageDays === 1 ? '' : 's'} in code`;
}

/** Grants have no lifetime of their own: they last as long as the identity they are attached to. */
const lifetimeOf = (c: InventoryCredential) => (c.category === 'wildcard-grant' ? 'grant' : c.lifetime);
const lifetimeText = (c: InventoryCredential) => (c.lifetimeDetail ? `${lifetimeOf(c)} (${c.lifetimeDetail})` : lifetimeOf(c));

export function inventoryText(inv: Inventory): string {
  const out: string[] = [];
  for (const g of inv.identities) {
    const grantsOnly = g.credentials.every((c) => c.category === 'wildcard-grant');
    out.push(`${g.identity}  [${g.kind}]  ${grantsOnly ? 'grants' : `lifetime ${g.lifetime}`}${g.owners.length ? `  owner ${g.owners.join(' ')}` : ''}`);
    for (const c of g.credentials) {
      const age = ageText(c);
      out.push(`  ${lifetimeOf(c).padEnd(7)}  ${c.ruleId}  ${c.path}:${c.line}${age ? `  ${age}` : ''}${c.redacted ? `  [${c.redacted}]` : ''}`);
      if (c.lifetimeDetail) out.push(`           lifetime: ${c.lifetimeDetail}`);
    }
    out.push('');
  }
  out.push(summaryLine(inv));
  return out.join('\n') + '\n';
}

function summaryLine(inv: Inventory): string {
  const s = inv.summary;
  const l = s.byLifetime;
  return `${s.credentials} credential${s.credentials === 1 ? '' : 's'} (${l.static} static, ${l.long} long, ${l.short} short, ${l.unknown} unknown lifetime) and ${s.grants} grant${s.grants === 1 ? '' : 's'} across ${s.identities} identit${s.identities === 1 ? 'y' : 'ies'}; ${s.owned} with an owner in CODEOWNERS; blame: ${inv.blame}`;
}

/** Markdown cells: pipes and newlines would break the table; backticks keep values literal. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function inventoryMarkdown(inv: Inventory): string {
  const out: string[] = ['# Non-human identity inventory', '', `Generated by ${TOOL_NAME} ${TOOL_VERSION} on ${inv.generatedAt.slice(0, 10)}. ${summaryLine(inv)}.`, ''];
  out.push('| Identity | Kind | Lifetime | Credentials | Owner |', '|---|---|---|---|---|');
  for (const g of inv.identities) out.push(`| ${cell(g.identity)} | ${g.kind} | ${g.credentials.every((c) => c.category === 'wildcard-grant') ? 'grants' : g.lifetime} | ${g.credentials.length} | ${cell(g.owners.join(' ') || '—')} |`);
  for (const g of inv.identities) {
    out.push('', `## ${cell(g.identity)}`, '', `${g.kind}${g.owners.length ? `, owned by ${cell(g.owners.join(' '))}` : ''}.`, '');
    out.push('| Rule | Lifetime | Where | In code | Value | Instead |', '|---|---|---|---|---|---|');
    for (const c of g.credentials) {
      out.push(`| \`${c.ruleId}\` | ${cell(lifetimeText(c))} | \`${cell(`${c.path}:${c.line}`)}\` | ${ageText(c) || '—'} | ${c.redacted ? `\`${cell(c.redacted)}\`` : '—'} | ${cell(c.replacement ?? '—')} |`);
    }
  }
  return out.join('\n') + '\n';
}

export function inventoryJson(inv: Inventory): string {
  return JSON.stringify({ version: 1, tool: { name: TOOL_NAME, version: TOOL_VERSION }, ...inv }, null, 2) + '\n';
}

export async function inventoryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: INVENTORY_OPTIONS, allowPositionals: true, strict: true });
  const format = values.format;
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError(`inventory --format takes text, json or markdown (got "${format}")`);
  const scanArgs = [
    ...positionals,
    ...(values.config ? ['--config', values.config] : []),
    ...(values['max-file-size'] ? ['--max-file-size', values['max-file-size']] : []),
    ...(values.threads ? ['--threads', values.threads] : []),
    ...(values['no-default-excludes'] ? ['--no-default-excludes'] : []),
  ];
  const scan = parseScanArgs(scanArgs);
  const { report } = await collectReport(scan.values, scan.positionals);
  const inv = await buildInventory(report.root, report.findings, { blame: !values['no-blame'] });
  const text = format === 'json' ? inventoryJson(inv) : format === 'markdown' ? inventoryMarkdown(inv) : inventoryText(inv);
  if (values.output) writeAtomic(resolve(values.output), text);
  else process.stdout.write(text);
  return 0;
}
