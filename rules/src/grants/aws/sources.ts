/**
 * Where IAM policies live, format by format: raw policy JSON, CloudFormation / SAM (YAML with `!Ref`-style
 * tags, and JSON), Serverless (`iamRoleStatements`, `provider.iam.role.statements`), Terraform (`jsonencode`,
 * heredocs, `data "aws_iam_policy_document"`), and CDK (`new iam.PolicyStatement({...})`). Each source is
 * turned into `Statement`s with the IaC address of its resource; `policy.ts` judges them.
 */
import type { Node } from 'yaml';
import { parseAllDocuments } from 'yaml';
import type { DocumentContext } from '../../engine/document.js';
import { hclAttr, hclBlocks, hclLiteral, type HclBlock, type HclBody, type HclExpr } from '../../parse/hcl.js';
import { readJsLiteral } from '../../parse/js-literal.js';
import { fromHcl, fromYaml, get, getCI, maps, str, strings, type GEntry, type GString, type GValue } from '../value.js';
import { hclFile, isJsLike, isTerraform, isYamlLike, lowerText, yamlDocs, type DocumentRead } from '../files.js';
import { fastYaml } from '../fast-yaml.js';
import { conditionsFromJson, statementFromJson, statementsOfDocument, type PolicyKind, type Principal, type Statement } from './policy.js';

export interface ManagedPolicyUse {
  node: GString;
  name: string;
  resource?: string;
}

export interface AwsFindings {
  statements: Statement[];
  managed: ManagedPolicyUse[];
}

/** AWS managed policies that hand out everything (or everything in IAM, which is the same in a few steps). */
export const ADMIN_MANAGED = ['AdministratorAccess', 'IAMFullAccess'];

export function awsPolicies(ctx: DocumentContext): AwsFindings {
  return ctx.cache('grants/aws', () => {
    const out: AwsFindings = { statements: [], managed: [] };
    const path = ctx.path.toLowerCase();
    if (isTerraform(path)) fromTerraform(ctx, out);
    else if (isYamlLike(path)) fromYamlDocs(ctx, out);
    else if (isJsLike(path)) fromCdk(ctx, out);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// YAML / JSON

const CFN_KIND: Record<string, PolicyKind> = {
  'AWS::IAM::Policy': 'identity',
  'AWS::IAM::ManagedPolicy': 'identity',
  'AWS::IAM::User': 'identity',
  'AWS::IAM::Group': 'identity',
  'AWS::IAM::Role': 'identity',
  'AWS::SSO::PermissionSet': 'identity',
  'AWS::Serverless::Function': 'identity',
  'AWS::Serverless::StateMachine': 'identity',
};

function fromYamlDocs(ctx: DocumentContext, out: AwsFindings): void {
  const text = lowerText(ctx) ?? ctx.text.toLowerCase();
  if (!text.includes('statement') && !ADMIN_MANAGED.some((n) => text.includes(n.toLowerCase()))) return;
  for (const doc of yamlDocs(ctx, (t) => t.includes('statement') || t.includes('administratoraccess') || t.includes('iamfullaccess'))) {
    const root = doc.root;
    const seen = new Set<GValue>();
    const add = (list: Statement[]) => {
      for (const s of list) out.statements.push(s);
    };
    const resources = get(root, 'Resources') ?? get(get(root, 'resources'), 'Resources');
    if (resources?.kind === 'map') {
      for (const r of resources.entries) {
        const type = str(get(r.value, 'Type')) ?? '';
        const name = `${type || 'Resource'}.${r.key}`;
        const props = get(r.value, 'Properties');
        // A policy document written as a JSON string (a YAML block scalar, or an escaped JSON string).
        if (props?.kind === 'map') {
          for (const p of props.entries) {
            if (p.value.kind !== 'string' || p.value.dynamic || !/Polic/.test(p.key) || !p.value.value.includes('{')) continue;
            const doc = embeddedJson(ctx, p.value.start, p.value.end, p.value.syntax === 'json');
            if (doc) add(statementsOfDocument(doc, name, p.key === 'AssumeRolePolicyDocument' ? 'trust' : CFN_KIND[type] ? 'identity' : 'resource'));
          }
        }
        for (const { map, path } of maps(props)) {
          if (!getCI(map, 'Statement') || seen.has(map)) continue;
          seen.add(map);
          const kind: PolicyKind =
            path.includes('AssumeRolePolicyDocument') ? 'trust'
            : CFN_KIND[type] ? 'identity'
            : type.startsWith('AWS::') ? 'resource'
            : 'infer';
          add(statementsOfDocument(map, name, kind));
        }
        // SAM function `Policies:` may list bare statements.
        if (type.startsWith('AWS::Serverless::')) {
          const pol = get(props, 'Policies');
          if (pol?.kind === 'list') {
            pol.items.forEach((item, i) => {
              if (item.kind === 'map' && getCI(item, 'Effect') && !seen.has(item)) {
                seen.add(item);
                out.statements.push(statementFromJson(item, name, `policies#${i}`, 'identity'));
              }
            });
          }
        }
      }
    }
    // Serverless framework: provider.iamRoleStatements (v1/v2) and provider.iam.role.statements (v3).
    const provider = get(root, 'provider');
    for (const [list, label] of [
      [get(provider, 'iamRoleStatements'), 'provider.iamRoleStatements'],
      [get(get(get(provider, 'iam'), 'role'), 'statements'), 'provider.iam.role.statements'],
    ] as const) {
      if (list?.kind !== 'list') continue;
      list.items.forEach((item, i) => {
        if (item.kind !== 'map' || seen.has(item)) return;
        seen.add(item);
        out.statements.push(statementFromJson(item, `serverless:${label}`, `#${i}`, 'identity'));
      });
    }
    // Serverless per-function roles (serverless-iam-roles-per-function).
    const functions = get(root, 'functions');
    if (functions?.kind === 'map') {
      for (const f of functions.entries) {
        const list = get(f.value, 'iamRoleStatements');
        if (list?.kind !== 'list') continue;
        list.items.forEach((item, i) => {
          if (item.kind !== 'map' || seen.has(item)) return;
          seen.add(item);
          out.statements.push(statementFromJson(item, `serverless:functions.${f.key}`, `#${i}`, 'identity'));
        });
      }
    }
    // Anything else holding a policy document: a raw policy file, an IAM policy inside another tool's config.
    for (const { map, path } of maps(root)) {
      if (seen.has(map)) continue;
      const st = getCI(map, 'Statement');
      if (!st || !looksLikeStatements(st)) continue;
      seen.add(map);
      const kind: PolicyKind = path.some((p) => /assumerole/i.test(p)) ? 'trust' : 'infer';
      add(statementsOfDocument(map, policyName(ctx, path), kind));
    }
    collectManaged(root, out, (path) => cfnResourceName(root, path));
  }
}

/** Statement lists hold maps with an Effect or an Action: a `statement:` key in some other YAML does not. */
function looksLikeStatements(v: GValue): boolean {
  const items = v.kind === 'list' ? v.items : [v];
  return items.some((i) => i.kind === 'map' && (getCI(i, 'Effect') !== undefined || getCI(i, 'Action') !== undefined || getCI(i, 'NotAction') !== undefined));
}

function policyName(ctx: DocumentContext, path: string[]): string {
  const file = ctx.path.slice(ctx.path.lastIndexOf('/') + 1);
  return path.length ? `${file}:${path.join('.')}` : file;
}

function cfnResourceName(root: GValue, path: string[]): string | undefined {
  if (path[0] !== 'Resources' || !path[1]) return undefined;
  const type = str(get(get(get(root, 'Resources'), path[1]), 'Type'));
  return `${type ?? 'Resource'}.${path[1]}`;
}

const MANAGED_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::aws:policy\/(?:[\w+=,.@-]{1,128}\/)?(AdministratorAccess|IAMFullAccess)$/;

/** Managed-policy ARNs written anywhere in the document (ManagedPolicyArns, policy_arn, managed_policy_arns). */
function collectManaged(root: GValue, out: AwsFindings, name: (path: string[]) => string | undefined): void {
  const visit = (v: GValue, path: string[], depth: number) => {
    if (depth > 64) return;
    if (v.kind === 'string') {
      const m = v.dynamic ? null : MANAGED_ARN.exec(v.value.trim());
      if (m) out.managed.push({ node: v, name: m[1]!, resource: name(path) });
    } else if (v.kind === 'list') for (const i of v.items) visit(i, path, depth + 1);
    else if (v.kind === 'map') for (const e of v.entries) visit(e.value, [...path, e.key], depth + 1);
  };
  visit(root, [], 0);
}

// ---------------------------------------------------------------------------------------------------------
// Terraform

/** Attributes of AWS resources that hold a policy document. */
const POLICY_ATTRS = new Set(['policy', 'assume_role_policy', 'access_policy', 'access_policies', 'policy_document', 'inline_policy', 'key_policy', 'resource_policy', 'source_json', 'override_json']);

function fromTerraform(ctx: DocumentContext, out: AwsFindings): void {
  const text = ctx.text;
  if (!text.includes('aws_') && !text.includes('Statement') && !text.includes('statement')) return;
  const file = hclFile(ctx);
  const hasManaged = ADMIN_MANAGED.some((n) => text.includes(n));
  for (const block of file.body.blocks) {
    const [type = '', name = ''] = block.labels;
    if (block.type === 'data' && type === 'aws_iam_policy_document') {
      out.statements.push(...policyDocumentData(block, `${type}.${name}`));
      continue;
    }
    if (block.type === 'data' && type === 'aws_iam_policy') {
      const n = hclAttr(block.body, 'name');
      const lit = hclLiteral(n);
      if (n && n.type === 'string' && lit && ADMIN_MANAGED.includes(lit)) out.managed.push({ node: fromHcl(n) as GString, name: lit, resource: `${type}.${name}` });
    }
    if (block.type !== 'resource' && block.type !== 'data' && block.type !== 'module') continue;
    const address = block.type === 'module' ? `module.${type}` : `${type}.${name}`;
    const kindOf = (attr: string): PolicyKind =>
      attr === 'assume_role_policy' ? 'trust'
      : type.startsWith('aws_iam_') || type.startsWith('aws_ssoadmin_') ? 'identity'
      : type.startsWith('aws_') ? 'resource'
      : 'infer';
    forEachPolicyAttr(block.body, (attr, expr) => {
      const doc = policyValue(ctx, expr);
      if (doc) out.statements.push(...statementsOfDocument(doc, address, kindOf(attr)));
    }, 0);
    if (hasManaged) collectManaged(bodyValues(block.body), out, () => address);
  }
}

function forEachPolicyAttr(body: HclBody, f: (attr: string, expr: HclExpr) => void, depth: number): void {
  if (depth > 8) return;
  for (const a of body.attributes) if (POLICY_ATTRS.has(a.name)) f(a.name, a.value);
  // aws_iam_role { inline_policy { policy = ... } } and similar nested blocks.
  for (const b of body.blocks) forEachPolicyAttr(b.body, f, depth + 1);
}

/** The body's attributes (and nested blocks' attributes) as one value tree, for literal searches. */
function bodyValues(body: HclBody, depth = 0): GValue {
  const entries: GEntry[] = [];
  for (const a of body.attributes) {
    const v = fromHcl(a.value);
    if (v) entries.push({ key: a.name, keyStart: a.nameStart, keyEnd: a.nameStart + a.name.length, value: v, replaceStart: a.value.start, replaceEnd: a.value.end, replacePrefix: '' });
  }
  if (depth < 8) for (const b of body.blocks) entries.push({ key: b.type, keyStart: b.start, keyEnd: b.start + b.type.length, value: bodyValues(b.body, depth + 1), replaceStart: b.start, replaceEnd: b.end, replacePrefix: '' });
  return { kind: 'map', entries, start: 0, end: 0, syntax: 'hcl' };
}

/** The policy document an attribute holds: `jsonencode({...})`, a heredoc or a JSON string. */
function policyValue(ctx: DocumentContext, e: HclExpr): GValue | undefined {
  if (e.type === 'call' && e.name === 'jsonencode' && e.args[0]) return fromHcl(e.args[0]);
  if (e.type === 'heredoc' || e.type === 'string') {
    if (!e.value.includes('{')) return undefined;
    return embeddedJson(ctx, e.contentStart, e.contentEnd, e.type === 'string');
  }
  return undefined;
}

/**
 * JSON written inside a heredoc or a quoted HCL string. Interpolations are blanked to same-length filler (a
 * quoted `"${var.x}"` stays a string; a bare `${jsonencode(var.list)}` becomes one), so positions hold and
 * the JSON parses; values that held an interpolation are marked dynamic.
 */
function embeddedJson(ctx: DocumentContext, start: number, end: number, escaped: boolean): GValue | undefined {
  let body = ctx.text.slice(start, end);
  if (escaped) {
    // A JSON policy in a quoted HCL string escapes its quotes (\"): same-length form keeps offsets.
    body = body.replace(/\\["ntr]/g, (m) => (m === '\\"' ? ' "' : '  '));
  }
  const templates: [number, number][] = [];
  let blanked = '';
  let i = 0;
  // Next `${` and `%{` at or after `i`, each searched again only once passed: searching both from every
  // interpolation scanned to the end of the body for the one that is absent, per interpolation.
  let dollar = -2;
  let percent = -2;
  while (i < body.length) {
    if (dollar !== -1 && dollar < i) dollar = body.indexOf('${', i);
    if (percent !== -1 && percent < i) percent = body.indexOf('%{', i);
    const at = dollar < 0 ? percent : percent < 0 ? dollar : Math.min(dollar, percent);
    if (at < 0) {
      blanked += body.slice(i);
      break;
    }
    blanked += body.slice(i, at);
    const close = matchBrace(body, at + 2);
    if (close < 0) return undefined;
    const len = close + 1 - at;
    const inString = insideJsonString(body, at);
    blanked += inString ? '_'.repeat(len) : len >= 2 ? `"${'_'.repeat(len - 2)}"` : '0';
    templates.push([at, close + 1]);
    i = close + 1;
  }
  const r = readEmbeddedJson(blanked, start, templates);
  if (r.notice) ctx.notice('parse-error', r.notice.message, r.notice.offset);
  return r.root;
}

/**
 * Blanked policy JSON (at `start` in the file) as a value tree, or the notice its parse error gives: through
 * the fast reader when it is plain (`fast-yaml.ts`), else (and always with `slow`, the differential test's
 * reference) through the `yaml` package.
 */
export function readEmbeddedJson(blanked: string, start: number, templates: [number, number][], slow = false): DocumentRead {
  if (!slow) {
    const fast = fastYaml(blanked, start, templates, 'json');
    if (fast) return fast.root ? { root: fast.root } : {};
  }
  try {
    const docs = parseAllDocuments(blanked, { logLevel: 'silent', prettyErrors: false, uniqueKeys: false });
    const doc = Array.isArray(docs) ? docs[0] : undefined;
    if (!doc) return {};
    if (doc.errors.length > 0) {
      return { notice: { message: `policy JSON does not parse (${doc.errors[0]!.message.split('\n')[0]!.slice(0, 160)}); it was not checked for grants`, offset: start + doc.errors[0]!.pos[0] } };
    }
    const root = fromYaml(doc.contents as Node | null, { text: blanked, base: start, templates, syntax: 'json' });
    return root ? { root } : {};
  } catch {
    return {};
  }
}

function matchBrace(s: string, i: number): number {
  let depth = 1;
  for (; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Whether offset `at` is inside a JSON string on its line (odd number of unescaped quotes before it). */
function insideJsonString(s: string, at: number): boolean {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  let n = 0;
  for (let i = lineStart; i < at; i++) if (s[i] === '"' && s[i - 1] !== '\\') n++;
  return n % 2 === 1;
}

/** `data "aws_iam_policy_document"`: statement blocks (or a `statement = [{...}]` attribute). */
function policyDocumentData(block: HclBlock, address: string): Statement[] {
  const out: Statement[] = [];
  hclBlocks(block.body, 'statement').forEach((st, i) => out.push(tfStatement(st.body, address, i)));
  const attr = hclAttr(block.body, 'statement');
  const list = fromHcl(attr);
  if (list?.kind === 'list') {
    list.items.forEach((item, i) => {
      if (item.kind === 'map') out.push(tfStatementFromValue(item, address, i));
    });
  }
  return out;
}

function tfStatement(body: HclBody, address: string, index: number): Statement {
  return tfStatementFromValue(bodyValues(body), address, index);
}

/** A statement written with the policy-document data source's snake_case names. */
function tfStatementFromValue(v: GValue, address: string, index: number): Statement {
  const entries = v.kind === 'map' ? v.entries : [];
  const e = (k: string) => entries.find((x) => x.key === k);
  const principalsOf = (key: string): Principal[] | undefined => {
    const ps = entries.filter((x) => x.key === key);
    if (ps.length === 0) return undefined;
    const list: Principal[] = [];
    for (const p of ps) {
      const blocks = p.value.kind === 'list' ? p.value.items : [p.value];
      for (const b of blocks) list.push({ type: str(get(b, 'type')) ?? 'AWS', values: strings(get(b, 'identifiers')) });
    }
    return list;
  };
  const conditions = entries
    .filter((x) => x.key === 'condition')
    .flatMap((c) => (c.value.kind === 'list' ? c.value.items : [c.value]))
    .map((c) => {
      const values = strings(get(c, 'values'));
      const variable = get(c, 'variable');
      return { operator: str(get(c, 'test')) ?? '', key: str(variable) ?? '', values, dynamic: values.length === 0 || values.some((x) => x.dynamic) || variable?.kind !== 'string' };
    });
  const sid = str(get(v, 'sid'));
  return {
    resource: address,
    label: sid ? `sid:${sid}` : `#${index}`,
    kind: 'infer',
    effect: get(v, 'effect'),
    action: e('actions'),
    notAction: e('not_actions'),
    resources: e('resources'),
    notResources: e('not_resources'),
    principals: principalsOf('principals'),
    notPrincipals: principalsOf('not_principals'),
    conditions,
    start: v.start,
    end: v.end,
  };
}

// ---------------------------------------------------------------------------------------------------------
// CDK (TypeScript / JavaScript)

const CDK_STATEMENT = 'PolicyStatement(';
const CDK_FROM_JSON = 'PolicyDocument.fromJson(';
const CDK_MANAGED = 'fromAwsManagedPolicyName(';

function fromCdk(ctx: DocumentContext, out: AwsFindings): void {
  const text = ctx.text;
  if (!text.includes('aws-cdk') && !text.includes('aws-iam') && !text.includes('PolicyStatement')) return;
  let n = 0;
  for (let at = text.indexOf(CDK_STATEMENT); at >= 0; at = text.indexOf(CDK_STATEMENT, at + 1)) {
    const props = readJsLiteral(text, at + CDK_STATEMENT.length);
    if (props?.kind !== 'map') continue;
    const s = cdkStatement(props, `cdk:PolicyStatement#${n++}`);
    if (s) out.statements.push(s);
  }
  for (let at = text.indexOf(CDK_FROM_JSON); at >= 0; at = text.indexOf(CDK_FROM_JSON, at + 1)) {
    const doc = readJsLiteral(text, at + CDK_FROM_JSON.length);
    if (doc) out.statements.push(...statementsOfDocument(doc, `cdk:PolicyDocument#${n++}`, 'infer'));
  }
  for (let at = text.indexOf(CDK_MANAGED); at >= 0; at = text.indexOf(CDK_MANAGED, at + 1)) {
    const arg = readJsLiteral(text, at + CDK_MANAGED.length);
    if (arg?.kind === 'string' && !arg.dynamic && ADMIN_MANAGED.includes(arg.value)) out.managed.push({ node: arg, name: arg.value, resource: 'cdk:ManagedPolicy' });
  }
}

function cdkStatement(props: GValue, resource: string): Statement | undefined {
  const effect = get(props, 'effect');
  if (effect?.kind === 'string' && /DENY\b/.test(effect.value)) return undefined;
  const principals = strings(get(props, 'principals'))
    .filter((p) => /\b(?:AnyPrincipal|StarPrincipal)\s*\(/.test(p.value) || /\bArnPrincipal\s*\(\s*['"`]\*['"`]\s*\)/.test(p.value))
    .map((p): Principal => ({ type: '*', values: [{ ...p, value: '*', dynamic: false }] }));
  const anyPrincipal = get(props, 'principals');
  const entry = (k: string) => (props.kind === 'map' ? props.entries.find((x) => x.key === k) : undefined);
  return {
    resource,
    label: str(get(props, 'sid')) ? `sid:${str(get(props, 'sid'))}` : '#0',
    kind: anyPrincipal ? 'resource' : 'identity',
    effect: undefined,
    action: entry('actions'),
    notAction: entry('notActions'),
    resources: entry('resources'),
    notResources: entry('notResources'),
    principals,
    conditions: conditionsFromJson(get(props, 'conditions')),
    start: props.start,
    end: props.end,
  };
}

/** Every regex of this module, for the ReDoS test. */
export const SOURCE_REGEXES: readonly RegExp[] = [MANAGED_ARN, /DENY\b/, /\b(?:AnyPrincipal|StarPrincipal)\s*\(/, /\bArnPrincipal\s*\(\s*['"`]\*['"`]\s*\)/, /assumerole/i, /\\["ntr]/g, /Polic/];
