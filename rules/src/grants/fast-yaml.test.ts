/**
 * The fast YAML / JSON reader against the `yaml` package (the reference, `slow`): for every input, generated
 * or real, the value tree and the notice must be the same, whichever path read it. Most generated inputs fall
 * outside the fast reader's subset on purpose (comments, anchors, tabs, bad indentation, mutations): those
 * check that it gives up rather than guess.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDocument, mutate, seeded, yamlDocument } from '../../../test/helpers/yaml-gen.js';
import { blankTemplates } from '../parse/yaml.js';
import { readEmbeddedJson } from './aws/sources.js';
import { fastYaml } from './fast-yaml.js';
import { readYamlDocument } from './files.js';

const root = join(__dirname, '../../..');

function same(text: string, syntax: 'yaml' | 'json', base = 17): void {
  expect(readYamlDocument(text, base, syntax)).toEqual(readYamlDocument(text, base, syntax, true));
}

function files(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ya?ml|json)$/.test(f)) out.push(p);
  }
  return out;
}

/** `---`-separated documents, split as `yamlDocs` splits them. */
function documents(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n---'); i >= 0; i = text.indexOf('\n---', i + 1)) {
    const after = text.charCodeAt(i + 4);
    if (Number.isNaN(after) || after === 10 || after === 13 || after === 32 || after === 9) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const RBAC = [
  'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n',
  '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\n  namespace: shop\nrules:\n- apiGroups:\n  - ""\n  resources:\n  - secrets\n  - pods/exec\n  verbs: [get, list, "watch", \'create\']\n',
  'kind: ClusterRoleBinding\nmetadata:\n  name: ci\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n  - kind: Group\n    name: system:authenticated\n',
  'kind: Role\nmetadata:\n  name: {{ .Values.name }}\nrules:\n  - apiGroups: [""]\n    resources: ["{{ .Values.resource }}"]\n    verbs: ["*"]\n',
  'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: "s3:*"\n            Resource: { "Fn::Sub": "arn" }\n            Condition: {}\n',
  '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ["iam:*", 1, true, null], "Resource": "*"}]\n}\n',
];

describe('fast YAML reader', () => {
  it('reads the plain RBAC, CloudFormation and JSON documents itself', () => {
    for (const doc of RBAC) {
      const { text, templates } = blankTemplates(doc);
      expect(fastYaml(text, 0, templates, 'yaml'), doc).toBeDefined();
      same(doc, 'yaml');
      same(doc, 'json', 0);
    }
  });

  it('gives up on what it does not read completely', () => {
    for (const doc of ['a: &x 1\nb: *x\n', 'a: !Ref x\n', 'a: |\n  text\n', 'a: 1 # note\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a:\n  b\n', 'a:\n', '- - a\n', '? a\n: b\n', '%YAML 1.2\n---\na: 1\n', 'a: "x\\u0041"\n', '---\n', 'a: b: c\n', 'a: [x, y,]\n', 'a: "multi\n  line"\n']) {
      const { text, templates } = blankTemplates(doc);
      expect(fastYaml(text, 0, templates, 'yaml'), doc).toBeUndefined();
      same(doc, 'yaml');
    }
  });

  it('agrees with the yaml package on generated and mutated documents', () => {
    let fast = 0;
    for (let i = 0; i < 2500; i++) {
      const r = seeded(i);
      const doc = yamlDocument(r);
      same(doc, 'yaml');
      if (fastYaml(blankTemplates(doc).text, 0, [], 'yaml')) fast++;
    }
    for (let i = 0; i < 1000; i++) {
      const r = seeded(1_000_000 + i);
      const doc = jsonDocument(r);
      same(doc, 'json');
      expect(readEmbeddedJson(doc, 5, [])).toEqual(readEmbeddedJson(doc, 5, [], true));
    }
    // Not vacuous: a good share of the generated documents is inside the subset.
    expect(fast).toBeGreaterThan(250);
  });

  it('agrees with the yaml package on every document of the samples and fixtures, and their mutations', () => {
    const all = [...files(join(root, 'samples')), ...files(join(root, 'test')).filter((f) => !f.includes('node_modules'))];
    expect(all.length).toBeGreaterThan(10);
    let n = 0;
    for (const f of all) {
      const text = readFileSync(f, 'utf8');
      if (text.length > 1_000_000) continue;
      for (const doc of documents(text)) {
        same(doc, f.endsWith('.json') ? 'json' : 'yaml');
        const r = seeded(n++);
        same(mutate(r, doc), f.endsWith('.json') ? 'json' : 'yaml');
      }
    }
  });
});
