/**
 * `scan --fix-dry-run`: the grant rules' fixes as a unified diff, with nothing written; applying the diff's
 * edits leaves each file parseable (the per-rule tests check every fix; this checks the CLI path end to end).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tree } from '../helpers/cli.js';
import { fileFixDiff, snippetDefaults } from '../../cli/src/format/diff.js';

const role = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n  namespace: shop\nrules:\n  - apiGroups: [""]\n    resources: ["pods"]\n    verbs:\n      - "*"\n';
const policy = '{\n  "Statement": [\n    {"Effect": "Allow", "Action": "*", "Resource": "*"}\n  ]\n}\n';

describe('scan --fix-dry-run', () => {
  it('prints a unified diff per file and changes nothing', () => {
    const dir = tree({ 'k8s/role.yaml': role, 'iam/policy.json': policy });
    const r = runCli(['scan', '--fix-dry-run', '--threads', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/k8s/role.yaml\n+++ b/k8s/role.yaml\n');
    expect(r.stdout).toContain('-    verbs:\n-      - "*"\n+    verbs: ["get", "list", "watch"]\n');
    expect(r.stdout).toContain('--- a/iam/policy.json');
    expect(r.stdout).toMatch(/\+ {4}\{"Effect": "Allow", "Action": \["s3:GetObject", "s3:PutObject"\], "Resource": "\*"\}/);
    expect(r.stdout).toMatch(/# 2 of 2 findings carry a fix, in 2 files; nothing was written/);
    expect(readFileSync(join(dir, 'k8s/role.yaml'), 'utf8')).toBe(role);
    expect(readFileSync(join(dir, 'iam/policy.json'), 'utf8')).toBe(policy);
  });
});

describe('diff helpers', () => {
  it('shows snippet placeholders with their default text and keeps literal braces', () => {
    expect(snippetDefaults('{"AWS": "arn:aws:iam::${1:account-id}:root"}')).toBe('{"AWS": "arn:aws:iam::account-id:root"}');
    expect(snippetDefaults('a${1}b\\$c\\}')).toBe('ab$c}');
  });

  it('drops an edit that overlaps one already taken, and numbers hunks by the lines they touch', () => {
    const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const at = (line: number) => text.indexOf(`line ${line}\n`);
    const finding = (start: number, end: number, newText: string) =>
      ({ fixes: [{ title: 't', kind: 'suggestion', edits: [{ start, end, newText }] }] }) as never;
    const d = fileFixDiff('f.txt', text, [finding(at(2), at(2) + 6, 'LINE 2'), finding(at(2) + 1, at(2) + 3, 'x'), finding(at(18), at(18) + 7, 'LINE 18')]);
    expect(d).toContain('@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n');
    expect(d).toContain('@@ -15,7 +15,7 @@');
    expect(d).not.toContain('xne 2');
  });
});
