/**
 * Grant rules beyond their inline examples: every judgement case of the issue, per format, with the exact
 * value each finding underlines, stable identities, and fixes that leave the file parseable.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { Scanner } from '../engine/scanner.js';
import type { Finding, Fix } from '../finding.js';
import { parseHcl } from '../parse/hcl.js';
import { grantRules } from './index.js';
import { globMatch, globsOverlap } from './match.js';
import { isNonResourceAction } from './aws/actions.js';

const scanner = new Scanner(grantRules);
const scan = (text: string, path: string) => scanner.scan(text, path, { explain: true });
const hits = (text: string, path: string, id?: string) => scan(text, path).findings.filter((f) => !id || f.ruleId === id);
const at = (text: string, f: Finding) => text.slice(f.start, f.end);

/** Applies a fix's edits (back to front) and strips snippet syntax to the placeholders' default text. */
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return fix.snippet ? out.replace(/\$\{\d+:([^}]*)\}/g, '$1') : out;
}
const yamlParses = (text: string) => parseAllDocuments(text).every((d) => d.errors.length === 0);
const jsonParses = (text: string) => {
  JSON.parse(text);
  return true;
};
const hclParses = (text: string) => parseHcl(text).errors.length === 0;

const policyJson = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);

describe('AWS IAM judgement', () => {
  it('Effect Deny with "*" is not a finding', () => {
    expect(hits(policyJson({ Effect: 'Deny', Action: '*', Resource: '*' }), 'p.json')).toEqual([]);
  });

  it('Action "*" on Resource "*" is reported on the action value, as full admin', () => {
    const text = policyJson({ Effect: 'Allow', Action: '*', Resource: '*' });
    const [f, ...rest] = hits(text, 'p.json');
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('aws-iam-wildcard-action');
    expect(at(text, f!)).toBe('*');
    expect(text.slice(f!.start - 11, f!.start)).toBe('"Action": "');
    expect(f!.message).toMatch(/full administrator/);
    expect(f!.severity).toBe('error');
  });

  it('Action "*" on named resources is still reported, as a warning naming them', () => {
    const text = policyJson({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::reports/*' });
    const found = hits(text, 'p.json');
    expect(found.map((f) => [f.ruleId, f.severity, at(text, f)])).toEqual([['aws-iam-wildcard-action', 'warning', '*']]);
    expect(found[0]!.message).toContain('arn:aws:s3:::reports/*');
  });

  it('service:* on Resource "*" is reported, service:* on one bucket is not', () => {
    expect(hits(policyJson({ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }), 'p.json', 'aws-iam-wildcard-action')).toHaveLength(1);
    expect(hits(policyJson({ Effect: 'Allow', Action: ['s3:*'], Resource: 'arn:aws:s3:::logs/*' }), 'p.json')).toEqual([]);
  });

  it('iam:* is reported on any resource: on one user it still attaches any policy to it', () => {
    const f = hits(policyJson({ Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:user/${aws:username}' }), 'p.json');
    expect(f.map((x) => x.ruleId)).toEqual(['aws-iam-wildcard-action']);
  });

  it('Allow with NotAction or NotResource is a finding; Deny with NotAction is not', () => {
    expect(hits(policyJson({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), 'p.json', 'aws-iam-not-action')).toHaveLength(1);
    expect(hits(policyJson({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }), 'p.json', 'aws-iam-not-action')).toHaveLength(1);
    expect(hits(policyJson({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }), 'p.json')).toEqual([]);
  });

  it('Principal "*" without a condition is an error; with a weak condition a warning; pinned by aws:SourceArn it is only explained', () => {
    const open = policyJson({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' });
    const [f] = hits(open, 'bucket.json', 'aws-iam-public-principal');
    expect(f!.severity).toBe('error');
    expect(at(open, f!)).toBe('*');
    const weak = policyJson({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:user/x' } } });
    expect(hits(weak, 'bucket.json', 'aws-iam-public-principal')[0]!.severity).toBe('warning');
    const pinned = policyJson({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com', AWS: '*' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:eu-west-1:111122223333:q', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:t' } } });
    const r = scan(pinned, 'queue.json');
    expect(r.findings).toEqual([]);
    expect(r.dropped.map((d) => d.reason)).toContainEqual(expect.stringMatching(/pinned by a condition on aws:SourceArn/));
    const wildValue = policyJson({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*' } } });
    expect(hits(wildValue, 'bucket.json', 'aws-iam-public-principal')).toHaveLength(1);
  });

  it('a role in "any account" is a public principal', () => {
    expect(hits(policyJson({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:role/reader' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:::q' }), 'q.json', 'aws-iam-public-principal')).toHaveLength(1);
  });

  it('Resource "*" on actions without resource-level permissions is not a finding; on restrictable ones it is', () => {
    expect(hits(policyJson({ Effect: 'Allow', Action: ['ec2:Describe*', 'sts:GetCallerIdentity', 's3:ListAllMyBuckets'], Resource: '*' }), 'p.json')).toEqual([]);
    const text = policyJson({ Effect: 'Allow', Action: ['ec2:DescribeInstances', 'dynamodb:PutItem'], Resource: '*' });
    const [f, ...rest] = hits(text, 'p.json');
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('aws-iam-wildcard-resource');
    expect(f!.message).toContain('dynamodb:PutItem');
    expect(f!.message).not.toContain('ec2:DescribeInstances');
    expect(at(text, f!)).toBe('*');
  });

  it('a restricting condition lifts Resource "*" for restrictable actions', () => {
    expect(hits(policyJson({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } }), 'p.json')).toEqual([]);
  });

  it('names privilege-escalation actions on "*"', () => {
    const text = policyJson({ Effect: 'Allow', Action: ['iam:PassRole', 'iam:Attach*Policy', 'sts:AssumeRole', 's3:GetObject'], Resource: '*' });
    const f = hits(text, 'p.json', 'aws-iam-privilege-escalation');
    expect(f.map((x) => at(text, x))).toEqual(['iam:PassRole', 'iam:Attach*Policy', 'sts:AssumeRole']);
    expect(f[1]!.message).toMatch(/iam:AttachUserPolicy/);
    // s3:GetObject on "*" is still reported, by the resource rule, once.
    expect(hits(text, 'p.json', 'aws-iam-wildcard-resource').map((x) => x.message)).toEqual([expect.stringContaining('s3:GetObject')]);
    expect(hits(policyJson({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/task' }), 'p.json')).toEqual([]);
  });

  it('AdministratorAccess attached is reported on the ARN', () => {
    const text = 'resource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.r.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n';
    const [f] = hits(text, 'main.tf');
    expect(f!.ruleId).toBe('aws-iam-admin-managed-policy');
    expect(at(text, f!)).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(f!.resource).toBe('aws_iam_role_policy_attachment.a');
  });
});

describe('AWS policy sources', () => {
  const statement = '{ Effect = "Allow", Action = "*", Resource = "*" }';

  it('Terraform jsonencode, heredoc (<<EOF and <<-EOF) and aws_iam_policy_document', () => {
    const tf = [
      `resource "aws_iam_policy" "admin" {\n  policy = jsonencode({\n    Statement = [${statement}]\n  })\n}\n`,
      'resource "aws_iam_role_policy" "inline" {\n  role   = aws_iam_role.r.id\n  policy = <<EOF\n{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}\nEOF\n}\n',
      'resource "aws_iam_role_policy" "indented" {\n  policy = <<-POLICY\n    {\n      "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "${var.arn}"}]\n    }\n    POLICY\n}\n',
      'data "aws_iam_policy_document" "doc" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n',
    ].join('\n');
    const f = hits(tf, 'iam.tf');
    // The heredoc whose resource is a variable still grants every action on it: a warning, not an error.
    expect(f.map((x) => [x.resource, x.severity])).toEqual([
      ['aws_iam_policy.admin', 'error'],
      ['aws_iam_role_policy.inline', 'error'],
      ['aws_iam_role_policy.indented', 'warning'],
      ['aws_iam_policy_document.doc', 'error'],
    ]);
    for (const x of f) expect(at(tf, x)).toBe('*');
  });

  it('aws_iam_role assume_role_policy with Principal "*" is a trust finding', () => {
    const text = 'resource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({\n    Statement = [{\n      Effect = "Allow"\n      Principal = { AWS = "*" }\n      Action = "sts:AssumeRole"\n    }]\n  })\n}\n';
    const [f] = hits(text, 'role.tf');
    expect(f!.message).toMatch(/assume this role/);
  });

  it('CloudFormation YAML with !Ref / !Sub / !GetAtt / !Join tags and JSON', () => {
    const yaml = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Policy:',
      '    Type: AWS::IAM::Policy',
      '    Properties:',
      '      Roles: [!Ref Role]',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Action: "s3:*"',
      '            Resource: "*"',
      '          - Effect: Allow',
      '            Action: ["s3:GetObject"]',
      '            Resource: !Sub "arn:aws:s3:::${Bucket}/*"',
      '          - Effect: Allow',
      '            Action: "*"',
      '            Resource: !Join ["", ["arn:aws:s3:::", !Ref Bucket]]',
      '  Queue:',
      '    Type: AWS::SQS::QueuePolicy',
      '    Properties:',
      '      PolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: "*"',
      '            Action: sqs:SendMessage',
      '            Resource: !GetAtt Q.Arn',
      '',
    ].join('\n');
    const f = hits(yaml, 'template.yaml');
    expect(f.map((x) => [x.ruleId, x.resource, x.severity, x.line])).toEqual([
      ['aws-iam-wildcard-action', 'AWS::IAM::Policy.Policy', 'error', 10],
      ['aws-iam-wildcard-action', 'AWS::IAM::Policy.Policy', 'warning', 16],
      ['aws-iam-public-principal', 'AWS::SQS::QueuePolicy.Queue', 'error', 24],
    ]);
    const json = JSON.stringify({ Resources: { R: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } } } } }, null, 2);
    expect(hits(json, 'template.json').map((x) => x.resource)).toEqual(['AWS::IAM::ManagedPolicy.R']);
  });

  it('Serverless iamRoleStatements and provider.iam.role.statements', () => {
    const v1 = 'service: api\nprovider:\n  name: aws\n  iamRoleStatements:\n    - Effect: Allow\n      Action: "dynamodb:*"\n      Resource: "*"\n';
    const v3 = 'service: api\nprovider:\n  name: aws\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: ["*"]\n          Resource: ["*"]\n';
    expect(hits(v1, 'serverless.yml').map((x) => x.resource)).toEqual(['serverless:provider.iamRoleStatements']);
    expect(hits(v3, 'serverless.yml').map((x) => x.resource)).toEqual(['serverless:provider.iam.role.statements']);
  });

  it('CDK PolicyStatement in TypeScript, but not with Effect.DENY', () => {
    // nhilint-ignore aws-iam-public-principal -- test input: CDK code inside a string, not a grant
    const ts = "import * as iam from 'aws-cdk-lib/aws-iam';\nrole.addToPolicy(new iam.PolicyStatement({\n  actions: ['*'],\n  resources: ['*'],\n}));\nbucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }));\nnew iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['*'], resources: ['*'] });\n";
    const f = hits(ts, 'lib/stack.ts');
    expect(f.map((x) => x.ruleId)).toEqual(['aws-iam-wildcard-action', 'aws-iam-public-principal']);
    expect(at(ts, f[1]!)).toBe('new iam.AnyPrincipal()');
  });

  it('the identity does not change when lines move', () => {
    const text = policyJson({ Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' });
    const [a] = hits(text, 'p.json');
    const [b] = hits(`\n\n\n${text}`, 'p.json');
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.line).not.toBe(b!.line);
  });

  it('a policy that does not parse is a notice, and the rest of the file is still read', () => {
    const text = 'resource "aws_iam_policy" "bad" {\n  policy = <<EOF\n{"Statement": [ {"Effect": "Allow",, } ]\nEOF\n}\nresource "aws_iam_policy" "good" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n}\n';
    const r = scan(text, 'main.tf');
    expect(r.findings.map((f) => f.resource)).toEqual(['aws_iam_policy.good']);
    expect(r.notices.map((n) => n.kind)).toContain('parse-error');
  });

  it('an HCL block that does not parse is skipped with the parser message; later blocks are read', () => {
    const text = 'resource "aws_iam_policy" "bad" {\n  policy = = "x"\n}\n\nresource "aws_iam_policy" "good" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n}\n';
    const r = scan(text, 'main.tf');
    expect(r.findings.map((f) => f.resource)).toEqual(['aws_iam_policy.good']);
    expect(r.notices[0]!.reason).toMatch(/HCL: unexpected/);
    expect(r.notices[0]!.line).toBe(2);
  });
});

describe('Kubernetes RBAC', () => {
  const role = (rules: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops\nrules:\n${rules}`;

  it('underlines each "*" in flow and block sequences', () => {
    const text = role('- apiGroups: ["*"]\n  resources:\n  - "*"\n  verbs: ["*"]\n');
    const f = hits(text, 'role.yaml', 'k8s-rbac-wildcard');
    expect(f.map((x) => [x.line, at(text, x)])).toEqual([
      [8, '*'],
      [9, '*'],
    ]);
  });

  it('apiGroups "*" alone is a warning; a rule whose verbs are all "" grants nothing', () => {
    expect(hits(role('- apiGroups: ["*"]\n  resources: ["pods"]\n  verbs: ["get"]\n'), 'r.yaml').map((f) => f.severity)).toEqual(['warning']);
    expect(hits(role('- apiGroups: [""]\n  resources: ["*"]\n  verbs: [""]\n'), 'r.yaml')).toEqual([]);
  });

  it('escalate, bind, impersonate; secrets read and pods/exec', () => {
    const text = role('- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  verbs: ["bind", "escalate"]\n- apiGroups: [""]\n  resources: ["users", "secrets", "pods/exec"]\n  verbs: ["impersonate", "get", "create"]\n');
    const f = hits(text, 'r.yaml');
    const ids = new Set(f.map((x) => `${x.ruleId}:${at(text, x)}`));
    expect(ids).toEqual(new Set(['k8s-rbac-privilege-escalation:clusterroles', 'k8s-rbac-privilege-escalation:users', 'k8s-rbac-secrets-or-exec:secrets', 'k8s-rbac-secrets-or-exec:pods/exec']));
  });

  it('CSR approval needs both approve on signers and update on the approval subresource', () => {
    const half = role('- apiGroups: ["certificates.k8s.io"]\n  resources: ["signers"]\n  verbs: ["approve"]\n');
    expect(hits(half, 'r.yaml')).toEqual([]);
    const both = half + '- apiGroups: ["certificates.k8s.io"]\n  resources: ["certificatesigningrequests/approval"]\n  verbs: ["update"]\n';
    expect(hits(both, 'r.yaml', 'k8s-rbac-privilege-escalation')).toHaveLength(1);
  });

  it('bindings to cluster-admin and to system:authenticated; a Helm template still scans', () => {
    const text = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: {{ include "app.fullname" . }}\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n{{- range .Values.groups }}\n  - kind: Group\n    name: system:authenticated\n{{- end }}\n';
    const f = hits(text, 'chart/templates/crb.yaml');
    expect(f.map((x) => at(text, x))).toEqual(['cluster-admin', 'system:authenticated']);
  });

  it('a broken document between good ones is a notice; the others are read', () => {
    const good = role('- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["*"]\n');
    const r = scan(`${good}---\nkind: Role\nrules: [{verbs: ["*"]\n---\n${good}`, 'multi.yaml');
    expect(r.findings).toHaveLength(2);
    expect(r.notices.some((n) => n.kind === 'parse-error')).toBe(true);
  });

  it('Terraform kubernetes_role rule blocks', () => {
    const text = 'resource "kubernetes_role_v1" "r" {\n  metadata {\n    name = "r"\n  }\n  rule {\n    api_groups = [""]\n    resources  = ["pods"]\n    verbs      = ["*"]\n  }\n}\n';
    const [f] = hits(text, 'k8s.tf');
    expect(f!.resource).toBe('kubernetes_role_v1.r');
    expect(f!.line).toBe(8);
  });

  it('alias bombs cost nothing', () => {
    const bomb = 'a: &a ["*","*","*","*","*","*","*","*","*"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nkind: ClusterRole\nrules:\n- verbs: *d\n  resources: *d\n';
    const t0 = Date.now();
    expect(() => scan(bomb, 'bomb.yaml')).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('GCP and Azure', () => {
  it('basic roles at project, folder and organisation level; not on one resource', () => {
    const text = 'resource "google_project_iam_binding" "p" {\n  project = "x"\n  role    = "roles/owner"\n  members = ["user:a@example.com"]\n}\nresource "google_cloudfunctions_function_iam_member" "f" {\n  cloud_function = "f"\n  role   = "roles/viewer"\n  member = "user:a@example.com"\n}\n';
    const f = hits(text, 'iam.tf');
    expect(f.map((x) => [x.ruleId, at(text, x)])).toEqual([['gcp-iam-basic-role', 'roles/owner']]);
  });

  it('allUsers in members, jsonencode policy_data and data google_iam_policy', () => {
    const text = 'resource "google_kms_crypto_key_iam_policy" "k" {\n  policy_data = jsonencode({ bindings = [{ role = "roles/cloudkms.cryptoKeyDecrypter", members = ["allAuthenticatedUsers"] }] })\n}\ndata "google_iam_policy" "d" {\n  binding {\n    role    = "roles/storage.objectViewer"\n    members = ["allUsers"]\n  }\n}\n';
    expect(hits(text, 'iam.tf').map((x) => at(text, x))).toEqual(['allAuthenticatedUsers', 'allUsers']);
  });

  it('Azure Owner at subscription scope; Contributor on a resource group is fine', () => {
    const text = 'resource "azurerm_role_assignment" "a" {\n  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000"\n  role_definition_name = "Owner"\n  principal_id         = "p"\n}\nresource "azurerm_role_assignment" "b" {\n  scope                = azurerm_resource_group.rg.id\n  role_definition_name = "Contributor"\n  principal_id         = "p"\n}\n';
    const f = hits(text, 'rbac.tf');
    expect(f.map((x) => [x.resource, at(text, x)])).toEqual([['azurerm_role_assignment.a', 'Owner']]);
  });

  it('ARM role definition whose actions come from a parameter default of "*"', () => {
    const text = JSON.stringify({ parameters: { actions: { type: 'array', defaultValue: ['*'] } }, resources: [{ type: 'Microsoft.Authorization/roleDefinitions', name: 'r', properties: { permissions: [{ actions: "[parameters('actions')]" }] } }] }, null, 2);
    const [f] = hits(text, 'azuredeploy.json');
    expect(f!.message).toMatch(/default of parameter 'actions'/);
  });
});

describe('fixes leave the file parseable', () => {
  const cases: [string, string, (t: string) => boolean][] = [
    ['p.json', policyJson({ Effect: 'Allow', Action: '*', Resource: '*' }), jsonParses],
    ['p.json', policyJson({ Effect: 'Allow', Action: ['s3:GetObject', 'kms:Decrypt'], Resource: '*' }), jsonParses],
    ['p.json', policyJson({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' }), jsonParses],
    ['p.json', policyJson({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::x/*' }), jsonParses],
    ['b.json', policyJson({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::x/*' }), jsonParses],
    ['t.yaml', 'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action:\n              - "*"\n            Resource: "*"\n', yamlParses],
    ['t.yaml', 'Resources:\n  P:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: "*"\n            Resource: "*"\n', yamlParses],
    ['b.yaml', 'Resources:\n  B:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::x/*\n', yamlParses],
    ['r.yaml', 'kind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups: [""]\n  resources: ["secrets", "pods"]\n  verbs:\n  - "*"\n', yamlParses],
    ['r.yaml', 'kind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: [""]\n    resources: ["*"]\n    verbs: ["get", "*"]\n', yamlParses],
    ['crb.yaml', 'kind: ClusterRoleBinding\nmetadata:\n  name: x\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: Group\n  name: system:authenticated\n', yamlParses],
    ['main.tf', 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]\n  })\n}\n', hclParses],
    ['main.tf', 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:*", "iam:PassRole"]\n    resources = ["*"]\n  }\n}\n', hclParses],
    ['main.tf', 'resource "kubernetes_cluster_role" "r" {\n  rule {\n    api_groups = ["*"]\n    resources  = ["pods"]\n    verbs      = ["*"]\n  }\n}\n', hclParses],
    ['main.tf', 'resource "google_project_iam_member" "m" {\n  role   = "roles/editor"\n  member = "allUsers"\n}\n', hclParses],
    ['main.tf', 'resource "azurerm_role_definition" "d" {\n  permissions {\n    actions = ["*"]\n  }\n}\n', hclParses],
  ];
  it.each(cases)('%s #%#', (path, text, parses) => {
    const found = hits(text, path);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.fixes.length, `${f.ruleId} has a fix`).toBeGreaterThan(0);
      for (const fix of f.fixes) {
        const next = apply(text, fix);
        expect(next).not.toBe(text);
        expect(parses(next), `${f.ruleId}: ${fix.title}\n${next}`).toBe(true);
      }
    }
  });

  it('narrowing verbs removes the finding', () => {
    const text = 'kind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs:\n  - "*"\n';
    const [f] = hits(text, 'r.yaml');
    const next = apply(text, f!.fixes[0]!);
    expect(next).toContain('verbs: ["get", "list", "watch"]');
    expect(hits(next, 'r.yaml')).toEqual([]);
  });
});

describe('wildcard matcher', () => {
  it('matches IAM-style globs and decides overlap of two globs', () => {
    expect(globMatch('iam:Attach*Policy', 'iam:attachrolepolicy')).toBe(true);
    expect(globMatch('iam:Attach*Policy', 'iam:attachrole')).toBe(false);
    expect(globMatch('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(globsOverlap('iam:Attach*', 'iam:*Policy')).toBe(true);
    expect(globsOverlap('s3:*', 'iam:PassRole')).toBe(false);
    expect(isNonResourceAction('ec2:DescribeInstances')).toBe(true);
    expect(isNonResourceAction('s3:ListBucket')).toBe(false);
  });

  it('stays fast on adversarial patterns', () => {
    const t0 = Date.now();
    globsOverlap('*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000));
    globMatch('*a*a*a*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000));
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
