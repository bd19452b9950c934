// Generates a realistic mixed tree for `npm run bench`: application source in several languages, config,
// IaC (Terraform, Kubernetes), lockfiles full of integrity hashes, minified bundles, and planted secrets built
// here at run time (seeded, so every run scans the same bytes). Nothing generated is committed.
import { mkdirSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

let seed = 0x9e3779b9;
const rnd = () => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const chars = (n, a = ALNUM) => Array.from({ length: n }, () => a[Math.floor(rnd() * a.length)]).join('');
const WORDS = 'user order account invoice payment customer session cache queue worker client server request response handler config service repository model view controller event message item product cart price total count index value result error status'.split(' ');
const ident = () => pick(WORDS) + pick(WORDS).replace(/^./, (c) => c.toUpperCase());

function crc32(s) {
  let c, crc = 0xffffffff;
  for (const b of Buffer.from(s)) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(v, w) { let o = ''; while (v > 0) { o = B62[v % 62] + o; v = Math.floor(v / 62); } return o.padStart(w, '0'); }
const ghToken = () => { const b = chars(30); return 'ghp_' + b + base62(crc32(b), 6); };

const planted = [
  () => `GITHUB_TOKEN = "${ghToken()}"`,
  () => `DB_PASSWORD = "${chars(14)}#9"`,
  () => `aws_access_key_id = "AKIA${chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}"`,
  () => `const stripeKey = "sk_live_${chars(24)}";`,
  () => `api_key: ${chars(32)}`,
];

// Function bodies are mostly business logic; about one function in eight touches a credential (read from the
// environment, as real code should), which is roughly how often secret words appear in application code.
const credentialLine = {
  js: () => pick([`  const token = await getToken(${pick(WORDS)});`, '  const apiKey = process.env.API_KEY;', `  headers.Authorization = \`Bearer \${session.token}\`;`]),
  py: () => pick(['    password = os.environ.get("DB_PASSWORD")', '    secret_key = settings.SECRET_KEY', '    token = client.get_token()']),
  go: () => pick(['\ttoken := os.Getenv("API_TOKEN")', '\tkey := cfg.APIKey']),
  java: () => pick(['    String apiKey = System.getenv("API_KEY");', '    String token = tokenProvider.current();']),
};
const sometimes = (lang) => (rnd() < 0.125 ? [credentialLine[lang]()] : []);
const js = () => {
  const out = [`import { ${ident()} } from './${pick(WORDS)}.js';`, ''];
  for (let i = 0; i < 40; i++) {
    const f = ident();
    out.push(`export async function ${f}(${pick(WORDS)}, options = {}) {`, ...sometimes('js'), `  const ${pick(WORDS)}List = await repository.find({ ${pick(WORDS)}Id: ${pick(WORDS)}.id });`,
      `  if (!${pick(WORDS)}) throw new Error('missing ${pick(WORDS)}');`, `  const total = ${pick(WORDS)}List.reduce((sum, x) => sum + x.${pick(WORDS)}, 0);`,
      `  return fetch(\`/api/${pick(WORDS)}/\${${pick(WORDS)}.id}\`, { method: 'POST', body: JSON.stringify({ total }) });`, '}', '');
  }
  return out.join('\n');
};
const py = () => {
  const out = ['import os', 'import logging', '', 'log = logging.getLogger(__name__)', ''];
  for (let i = 0; i < 40; i++) {
    out.push(`def ${pick(WORDS)}_${pick(WORDS)}(${pick(WORDS)}, ${pick(WORDS)}=None):`, ...sometimes('py'), `    items = [x for x in ${pick(WORDS)}.items if x.${pick(WORDS)} > 0]`,
      `    result = ${pick(WORDS)}.get("${pick(WORDS)}", {})`, `    log.info("processed %s", ${pick(WORDS)})`, `    return result`, '');
  }
  return out.join('\n');
};
const go = () => {
  const out = ['package main', '', 'import (', '\t"fmt"', '\t"os"', ')', ''];
  for (let i = 0; i < 40; i++) out.push(`func ${ident()}(${pick(WORDS)} string) error {`, ...sometimes('go'), `\tif ${pick(WORDS)} == "" {`, `\t\treturn fmt.Errorf("no ${pick(WORDS)} for %s", ${pick(WORDS)})`, '\t}', '\treturn nil', '}', '');
  return out.join('\n');
};
const java = () => {
  const out = ['package com.example.app;', '', 'public class Service {'];
  for (let i = 0; i < 40; i++) out.push(`  public String ${ident()}(String ${pick(WORDS)}) {`, ...sometimes('java'), `    return client.get("/v1/${pick(WORDS)}/" + ${pick(WORDS)});`, '  }', '');
  out.push('}');
  return out.join('\n');
};
const yamlCfg = () => {
  const out = ['server:', '  port: 8080', 'database:', '  host: db.internal', '  password: ${DB_PASSWORD}', 'features:'];
  for (let i = 0; i < 150; i++) out.push(`  ${pick(WORDS)}_${pick(WORDS)}_${i}: ${pick(['true', 'false', '10', '"on"', pick(WORDS)])}`);
  return out.join('\n');
};
const tf = () => {
  const out = [];
  for (let i = 0; i < 30; i++) out.push(`resource "aws_s3_bucket" "${pick(WORDS)}_${i}" {`, `  bucket = "acme-${pick(WORDS)}-${i}"`, '  tags = {', `    Team = "${pick(WORDS)}"`, '  }', '}', '',
    `resource "aws_iam_role_policy" "${pick(WORDS)}_${i}" {`, `  role = aws_iam_role.${pick(WORDS)}.id`, '  policy = jsonencode({', '    Statement = [{', '      Effect   = "Allow"', '      Action   = ["s3:GetObject"]', `      Resource = "arn:aws:s3:::acme-${pick(WORDS)}/*"`, '    }]', '  })', '}', '');
  return out.join('\n');
};
const k8s = () => {
  const out = [];
  for (let i = 0; i < 20; i++) out.push('---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${pick(WORDS)}-${i}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: ${pick(WORDS)}`, `          image: registry.example.com/${pick(WORDS)}:1.${i}`, '          env:', '            - name: DB_PASSWORD', '              valueFrom:', '                secretKeyRef:', '                  name: db', '                  key: password');
  return out.join('\n');
};
const lock = () => {
  const pk = { name: 'app', lockfileVersion: 3, packages: {} };
  for (let i = 0; i < 300; i++) {
    const n = `${pick(WORDS)}-${pick(WORDS)}-${i}`;
    pk.packages[`node_modules/${n}`] = { version: `1.${i % 20}.${i % 7}`, resolved: `https://registry.npmjs.org/${n}/-/${n}-1.0.0.tgz`, integrity: 'sha512-' + createHash('sha512').update(n + rnd()).digest('base64') };
  }
  return JSON.stringify(pk, null, 2);
};
const minified = () => {
  let s = '';
  while (s.length < 600_000) s += `function ${chars(2, 'abcdefgh')}(${chars(1, 'xyz')}){return ${chars(1, 'xyz')}.map(function(e){return e.${pick(WORDS)}})};var ${chars(3, 'abcdef')}="${chars(20)}";`;
  return s;
};

const KINDS = [
  ['src/%d/%s.js', js, 12], ['src/%d/%s.ts', js, 10], ['app/%d/%s.py', py, 12], ['svc/%d/%s.go', go, 8], ['java/%d/%s.java', java, 8],
  ['config/%d/%s.yaml', yamlCfg, 8], ['infra/%d/%s.tf', tf, 6], ['k8s/%d/%s.yaml', k8s, 6], ['lock/%d/package-lock.json', lock, 2], ['dist/%d/%s.min.js', minified, 0.4],
];

export function generate(dir, targetBytes) {
  const stamp = join(dir, '.generated');
  if (existsSync(stamp) && Number(readFileSync(stamp, 'utf8')) === targetBytes) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const total = KINDS.reduce((a, k) => a + k[2], 0);
  let bytes = 0, n = 0, plantedCount = 0;
  while (bytes < targetBytes) {
    let r = rnd() * total;
    const kind = KINDS.find((k) => (r -= k[2]) < 0) ?? KINDS[0];
    const rel = kind[0].replace('%d', String(n % 200)).replace('%s', `${pick(WORDS)}_${n}`);
    let text = kind[1]();
    if (n % 50 === 0) {
      const lines = text.split('\n');
      lines.splice(Math.floor(lines.length / 2), 0, pick(planted)());
      text = lines.join('\n');
      plantedCount++;
    }
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  writeFileSync(join(dir, '.secretlintrc.json'), JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  writeFileSync(stamp, String(targetBytes));
  return { files: n, bytes, planted: plantedCount };
}
