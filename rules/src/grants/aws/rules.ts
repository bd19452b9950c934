/**
 * The AWS IAM grant rules. One analysis per file (`sources.ts` reads the policies, `policy.ts` judges each
 * statement) feeds all of them; each rule reports its own share.
 */
import type { DocumentContext } from '../../engine/document.js';
import type { DocumentRule } from '../../rule.js';
import { reportIssues, replaceString, type GrantIssue } from '../common.js';
import { isJsLike, isTerraform, isYamlLike } from '../files.js';
import { judgeStatement, type Dropped, type JudgeOptions } from './policy.js';
import { awsPolicies } from './sources.js';

const IDS: JudgeOptions['ids'] = {
  wildcardAction: 'aws-iam-wildcard-action',
  notAction: 'aws-iam-not-action',
  publicPrincipal: 'aws-iam-public-principal',
  wildcardResource: 'aws-iam-wildcard-resource',
  escalation: 'aws-iam-privilege-escalation',
};

function issuesOf(ctx: DocumentContext): GrantIssue[] {
  return ctx.cache('grants/aws/issues', () => {
    const { statements, managed } = awsPolicies(ctx);
    const out: GrantIssue[] = [];
    const drops: Dropped[] = [];
    for (const s of statements) out.push(...judgeStatement(s, { ids: IDS }, drops));
    for (const d of drops) ctx.drop(d.start, d.value, d.reason);
    for (const m of managed) {
      out.push({
        ruleId: 'aws-iam-admin-managed-policy',
        start: m.node.start,
        end: m.node.end,
        message:
          m.name === 'AdministratorAccess'
            ? 'The AWS managed policy AdministratorAccess grants every action on every resource'
            : 'The AWS managed policy IAMFullAccess grants full control of IAM, enough to make any principal administrator',
        identity: `${m.resource ?? ''}|managed:${m.name}`,
        resource: m.resource,
        fixes: [replaceString(m.node, m.node.value.replace(m.name, '${1:ReadOnlyAccess}'), 'Attach a narrower policy (a customer-managed policy or a job-function policy)', true)],
      });
    }
    return out;
  });
}

const appliesTo = (path: string) => isYamlLike(path) || isTerraform(path) || isJsLike(path);
const STATEMENT_KEYWORDS = ['statement'];
const REMEDIATION_SCOPE =
  'Grant only the actions the workload calls, on the ARNs it uses; generate a starting point from CloudTrail with IAM Access Analyzer policy generation.';

const base = {
  kind: 'document' as const,
  category: 'wildcard-grant' as const,
  lifetime: 'unknown' as const,
  tags: ['aws', 'iam'],
  appliesTo,
};

const tfPolicy = (statement: string) =>
  `resource "aws_iam_policy" "app" {\n  name   = "app"\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`;

export const awsIamWildcardAction: DocumentRule = {
  ...base,
  id: IDS.wildcardAction,
  title: 'IAM policy allows every action',
  severity: 'error',
  description: 'An Allow statement grants `Action: "*"`, or every action of a service (`s3:*`, `iam:*`) on every resource: whoever holds the policy, or steals its credentials, can do anything there.',
  remediation: REMEDIATION_SCOPE,
  keywords: STATEMENT_KEYWORDS,
  check: (ctx) => reportIssues(ctx, IDS.wildcardAction, issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: tfPolicy('{ Effect = "Allow", Action = "*", Resource = "*" }'), path: 'iam.tf' },
      { text: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"*"}]}', path: 'policy.json' },
      { text: 'Resources:\n  Admin:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      Roles: [!Ref DeployRole]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: "*"\n            Resource: "*"\n', path: 'template.yaml' },
      // nhilint-ignore aws-iam-wildcard-action -- this rule's own example: CDK code inside a string, not a grant
      { text: "import * as iam from 'aws-cdk-lib/aws-iam';\nrole.addToPolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));\n", path: 'lib/stack.ts' },
    ],
    noMatch: [
      { text: tfPolicy('{ Effect = "Deny", Action = "*", Resource = "*" }'), path: 'iam.tf' },
      { text: '{"Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":"arn:aws:s3:::logs-bucket/*"}]}', path: 'policy.json' },
      { text: 'Resources:\n  Bucket:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: "s3:*"\n            Resource: !Sub "arn:aws:s3:::${Bucket}/*"\n', path: 'template.yaml' },
      { text: 'actions: ["*"]\nstatement: allow everything\n', path: 'notes.yaml' },
    ],
  }),
};

export const awsIamNotAction: DocumentRule = {
  ...base,
  id: IDS.notAction,
  title: 'IAM Allow with NotAction or NotResource',
  severity: 'error',
  description: 'An Allow statement with `NotAction` grants every action except a few (including every action AWS adds later); with `NotResource`, every resource except a few.',
  remediation: 'Use Allow with an explicit `Action` list on explicit resources; keep `NotAction` for Deny statements (for example a guardrail that denies everything outside a region).',
  keywords: ['notaction', 'notresource', 'not_actions', 'not_resources'],
  check: (ctx) => reportIssues(ctx, IDS.notAction, issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: '{"Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}', path: 'power-user.json' },
      { text: 'data "aws_iam_policy_document" "p" {\n  statement {\n    not_actions = ["iam:*"]\n    resources   = ["*"]\n  }\n}\n', path: 'main.tf' },
    ],
    noMatch: [
      { text: '{"Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}', path: 'guardrail.json' },
    ],
  }),
};

export const awsIamPublicPrincipal: DocumentRule = {
  ...base,
  id: IDS.publicPrincipal,
  title: 'Resource or trust policy open to any AWS principal',
  severity: 'error',
  description: 'An Allow statement with `Principal: "*"` (or `{"AWS": "*"}`) lets anyone, in any AWS account or none, use the bucket, queue, topic or key, or assume the role. A condition that pins the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID) lowers the severity to info.',
  remediation: 'Name the accounts, roles or services that need access; when a service must be the principal, pin the caller with aws:SourceArn / aws:SourceAccount, or limit to your organisation with aws:PrincipalOrgID.',
  keywords: ['principal'],
  check: (ctx) => reportIssues(ctx, IDS.publicPrincipal, issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: 'resource "aws_sqs_queue_policy" "q" {\n  queue_url = aws_sqs_queue.q.id\n  policy = <<EOF\n{\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": "*",\n    "Action": "sqs:SendMessage",\n    "Resource": "${aws_sqs_queue.q.arn}"\n  }]\n}\nEOF\n}\n', path: 'queue.tf' },
      { text: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: "*"\n            Action: sts:AssumeRole\n', path: 'role.yaml' },
    ],
    noMatch: [
      { text: '{"Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}', path: 'trust.json' },
      { text: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}', path: 'bucket-policy.json' },
    ],
  }),
};

export const awsIamWildcardResource: DocumentRule = {
  ...base,
  id: IDS.wildcardResource,
  title: 'IAM policy applies resource-scoped actions to every resource',
  severity: 'warning',
  description: '`Resource: "*"` with actions that can be limited to specific ARNs (s3:GetObject, dynamodb:PutItem, kms:Decrypt…) reaches every such resource in the account. Actions that only accept "*" (ec2:Describe*, sts:GetCallerIdentity) are not reported.',
  remediation: REMEDIATION_SCOPE,
  keywords: STATEMENT_KEYWORDS,
  check: (ctx) => reportIssues(ctx, IDS.wildcardResource, issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: '{"Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*"}]}', path: 'policy.json' },
      { text: 'provider:\n  name: aws\n  iamRoleStatements:\n    - Effect: Allow\n      Action:\n        - dynamodb:PutItem\n      Resource: "*"\n', path: 'serverless.yml' },
    ],
    noMatch: [
      { text: '{"Statement":[{"Effect":"Allow","Action":["ec2:Describe*","sts:GetCallerIdentity"],"Resource":"*"}]}', path: 'policy.json' },
      { text: '{"Statement":[{"Effect":"Allow","Action":["kms:Decrypt"],"Resource":"*","Condition":{"StringEquals":{"kms:ViaService":"s3.eu-west-1.amazonaws.com"}}}]}', path: 'policy.json' },
    ],
  }),
};

export const awsIamPrivilegeEscalation: DocumentRule = {
  ...base,
  id: IDS.escalation,
  title: 'IAM policy allows privilege escalation',
  severity: 'error',
  description: 'Actions such as iam:PassRole, iam:CreatePolicyVersion, iam:Attach*Policy, iam:Put*Policy or sts:AssumeRole on every resource let the holder grant itself more than it was given, up to administrator.',
  remediation: 'Limit these actions to the specific role or policy ARNs they are for (for iam:PassRole, also condition on iam:PassedToService); use permissions boundaries for roles that create roles.',
  keywords: STATEMENT_KEYWORDS,
  check: (ctx) => reportIssues(ctx, IDS.escalation, issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: '{"Statement":[{"Effect":"Allow","Action":["iam:PassRole"],"Resource":"*"}]}', path: 'policy.json' },
      { text: 'data "aws_iam_policy_document" "ci" {\n  statement {\n    actions   = ["iam:Attach*Policy", "iam:CreatePolicyVersion"]\n    resources = ["*"]\n  }\n}\n', path: 'ci.tf' },
    ],
    noMatch: [
      { text: '{"Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app-task"}]}', path: 'policy.json' },
    ],
  }),
};

export const awsIamAdminManagedPolicy: DocumentRule = {
  ...base,
  id: 'aws-iam-admin-managed-policy',
  title: 'AdministratorAccess or IAMFullAccess attached',
  severity: 'error',
  description: 'The AWS managed policies AdministratorAccess and IAMFullAccess hand out every permission (IAMFullAccess in one step more); attached to a role, user or group they make it an administrator.',
  remediation: 'Attach a customer-managed policy with the actions the workload needs, or an AWS job-function policy; keep administrator access for break-glass roles behind MFA.',
  keywords: ['administratoraccess', 'iamfullaccess'],
  check: (ctx) => reportIssues(ctx, 'aws-iam-admin-managed-policy', issuesOf(ctx)),
  examples: () => ({
    match: [
      { text: 'resource "aws_iam_role_policy_attachment" "ci" {\n  role       = aws_iam_role.ci.name\n  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"\n}\n', path: 'ci.tf' },
      { text: 'Resources:\n  Deployer:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/IAMFullAccess\n', path: 'template.yml' },
    ],
    noMatch: [
      { text: 'resource "aws_iam_role_policy_attachment" "ro" {\n  role       = aws_iam_role.ci.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n# not AdministratorAccess\n', path: 'ci.tf' },
    ],
  }),
};

export const awsGrantRules: readonly DocumentRule[] = [
  awsIamWildcardAction,
  awsIamNotAction,
  awsIamPublicPrincipal,
  awsIamPrivilegeEscalation,
  awsIamWildcardResource,
  awsIamAdminManagedPolicy,
];
