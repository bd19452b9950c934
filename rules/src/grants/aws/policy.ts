/**
 * The IAM policy model and its judgement. Every source (policy JSON, CloudFormation, Terraform `jsonencode`,
 * heredocs and `aws_iam_policy_document`, Serverless, CDK) is read into `Statement`s; `judgeStatement` then
 * decides, the same way for all of them, what each statement allows and which rule it breaks.
 */
import type { Fix } from '../../finding.js';
import { clip, flowList, nameList, replaceString, replaceValue, snippetText, type GrantIssue } from '../common.js';
import { globMatch } from '../match.js';
import { entryCI, getCI, str, strings, type GEntry, type GString, type GValue } from '../value.js';
import { escalationsOf, isKnownService, isNonResourceAction, serviceOf } from './actions.js';

/**
 * identity: attached to a user, group or role (what it may do). resource: on a bucket, queue, key… (who may use
 * it). trust: a role's assume-role policy (who may become the role). infer: not known from the source; decided
 * per statement (a Principal means a resource or trust policy).
 */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'infer';

export interface Principal {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for the bare `Principal: "*"`. */
  type: string;
  values: GString[];
  /** The entry holding the value, for fixes that rewrite the whole principal. */
  entry?: GEntry;
}

export interface ConditionTest {
  operator: string;
  key: string;
  values: GString[];
  /** A value not known until deploy time (a reference): taken as restricting. */
  dynamic: boolean;
}

export interface Statement {
  /** IaC address of the resource holding the policy (`aws_iam_policy.admin`, `AWS::IAM::Role.Deployer`). */
  resource: string;
  /** Sid, or the statement's index: part of the fingerprint, never a line number. */
  label: string;
  kind: PolicyKind;
  /** Undefined: no Effect written (Terraform's policy document defaults it to Allow). */
  effect: GValue | undefined;
  action?: GEntry;
  notAction?: GEntry;
  resources?: GEntry;
  notResources?: GEntry;
  principals?: Principal[];
  notPrincipals?: Principal[];
  conditions: ConditionTest[];
  /** Where the statement sits, for a finding that has no better value to point at. */
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------------------
// Reading statements from a JSON-shaped value (policy JSON, CloudFormation, jsonencode, CDK fromJson)

export function statementFromJson(map: GValue, resource: string, label: string, kind: PolicyKind): Statement {
  const sid = str(getCI(map, 'Sid'));
  return {
    resource,
    label: sid ? `sid:${sid}` : label,
    kind,
    effect: getCI(map, 'Effect'),
    action: entryCI(map, 'Action'),
    notAction: entryCI(map, 'NotAction'),
    resources: entryCI(map, 'Resource'),
    notResources: entryCI(map, 'NotResource'),
    principals: principalsFromJson(entryCI(map, 'Principal')),
    notPrincipals: principalsFromJson(entryCI(map, 'NotPrincipal')),
    conditions: conditionsFromJson(getCI(map, 'Condition')),
    start: map.start,
    end: map.end,
  };
}

function principalsFromJson(e: GEntry | undefined): Principal[] | undefined {
  if (!e) return undefined;
  const v = e.value;
  if (v.kind === 'string') return [{ type: '*', values: [v], entry: e }];
  if (v.kind === 'map') return v.entries.map((p) => ({ type: p.key, values: strings(p.value), entry: p }));
  if (v.kind === 'list') return [{ type: 'AWS', values: strings(v), entry: e }];
  return [];
}

export function conditionsFromJson(v: GValue | undefined): ConditionTest[] {
  if (!v || v.kind !== 'map') return [];
  const out: ConditionTest[] = [];
  for (const op of v.entries) {
    if (op.value.kind !== 'map') {
      out.push({ operator: op.key, key: '', values: [], dynamic: true });
      continue;
    }
    for (const k of op.value.entries) {
      const values = strings(k.value);
      out.push({ operator: op.key, key: k.key, values, dynamic: values.length === 0 || values.some((x) => x.dynamic) });
    }
  }
  return out;
}

/** The statements of a policy document value: `{Statement: [...]}`, `{Statement: {...}}`, or a bare statement list. */
export function statementsOfDocument(doc: GValue | undefined, resource: string, kind: PolicyKind): Statement[] {
  if (!doc) return [];
  const st = doc.kind === 'map' ? getCI(doc, 'Statement') : doc;
  if (!st) return [];
  const list = st.kind === 'list' ? st.items : st.kind === 'map' ? [st] : [];
  const out: Statement[] = [];
  list.forEach((s, i) => {
    if (s.kind === 'map') out.push(statementFromJson(s, resource, `#${i}`, kind));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Judgement

/** Condition keys that pin down who the caller is or where the call comes from. */
const CALLER_KEYS = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalservicename',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:vpceaccount',
  'aws:vpceorgid',
  'aws:vpceorgpaths',
  'aws:sourceip',
  'aws:userid',
  'aws:username',
  'aws:calledvia',
  'kms:calleraccount',
  'kms:viaservice',
  'sns:endpoint',
  'lambda:functionarn',
];

/** Condition keys that do not narrow which resources or callers a statement reaches. */
const NON_RESTRICTING_KEYS = ['aws:securetransport', 'aws:multifactorauthpresent', 'aws:multifactorauthage', 'aws:currenttime', 'aws:epochtime', 'aws:requestedregion', 'aws:viaawsservice', 'aws:tokenissuetime'];

function negated(operator: string): boolean {
  const op = operator.toLowerCase();
  return op.includes('not') || op === 'null';
}

/** A value that names something concrete (`arn:aws:iam::*` and `*` name nothing). */
function concrete(v: GString): boolean {
  if (v.dynamic) return true;
  const s = v.value;
  const parts = s.startsWith('arn:') ? s.split(':').slice(3) : [s];
  return parts.some((p) => p.replace(/[*?]/g, '') !== '' && p !== '/');
}

function restricting(c: ConditionTest): boolean {
  return !negated(c.operator) && (c.dynamic || c.values.some(concrete));
}

/** The caller-pinning condition keys of a statement (for Principal "*"). */
export function callerConditions(s: Statement): string[] {
  return s.conditions.filter((c) => restricting(c) && CALLER_KEYS.includes(c.key.toLowerCase())).map((c) => c.key);
}

/** True when a condition narrows which resources an identity statement reaches. */
function resourceRestricted(s: Statement): boolean {
  return s.conditions.some((c) => restricting(c) && c.key !== '' && !NON_RESTRICTING_KEYS.includes(c.key.toLowerCase()));
}

function isAllow(s: Statement): boolean {
  if (!s.effect) return true;
  const e = str(s.effect);
  // A computed Effect (a variable, `!If`) is not judged: it may well be Deny.
  return e !== undefined && e.toLowerCase() === 'allow';
}

/** `*`, `arn:aws:*:*:*:*`-style or an ARN whose resource part is all wildcard. */
function allResources(v: GString): boolean {
  if (v.dynamic) return false;
  const s = v.value.trim();
  if (s === '*') return true;
  if (!s.startsWith('arn:')) return false;
  const parts = s.split(':');
  // arn:partition:service:region:account:resource — every field after the partition is a wildcard or empty.
  return parts.length >= 6 && parts.slice(2).every((p) => p === '' || p === '*');
}

/** A resource that covers every role, user, group or policy of IAM (escalation targets). */
function broadIamTarget(v: GString): boolean {
  if (allResources(v)) return true;
  if (v.dynamic) return false;
  const s = v.value.trim();
  return s.startsWith('arn:') && IAM_ALL_OF_TYPE.test(s.split(':').slice(5).join(':')) || s.endsWith(':*:role/*');
}


/** `s3:*`: every action of one service. */
const SERVICE_WILDCARD = /^[a-z0-9-]{1,64}:\*$/i;
/** The resource part of an ARN that covers every role, user, group or policy. */
const IAM_ALL_OF_TYPE = /^(?:role|user|group|policy)\/\*$/;
/** Action names that read rather than change (a Resource "*" on reads alone is a warning, not an error). */
const READ_ACTION = /^[a-z0-9-]{1,64}:(?:get|list|describe|batchget|query|scan|search|select|view|read)/i;
/** Every regex of this module, for the ReDoS test. */
export const POLICY_REGEXES: readonly RegExp[] = [SERVICE_WILDCARD, IAM_ALL_OF_TYPE, READ_ACTION];

export interface JudgeOptions {
  /** Rule ids, so that one table of judgements serves the rules file. */
  ids: {
    wildcardAction: string;
    notAction: string;
    publicPrincipal: string;
    wildcardResource: string;
    escalation: string;
  };
}

export interface Dropped {
  start: number;
  value: string;
  reason: string;
}

/** `*`, or an ARN in any account (`arn:aws:iam::*:role/x`): a principal anyone can be. */
function publicPrincipal(v: GString): boolean {
  if (v.dynamic) return false;
  const s = v.value.trim();
  if (s === '*') return true;
  const parts = s.split(':');
  return s.startsWith('arn:') && parts.length >= 6 && parts[4] === '*';
}

export function judgeStatement(s: Statement, o: JudgeOptions, drops: Dropped[] = []): GrantIssue[] {
  if (!isAllow(s)) return [];
  const out: GrantIssue[] = [];
  const id = (what: string) => `${s.resource}|${s.label}|${what}`;
  const hasPrincipal = Boolean(s.principals?.length || s.notPrincipals?.length);
  const kind: PolicyKind = s.kind === 'infer' ? (hasPrincipal ? 'resource' : 'identity') : s.kind;
  const actions = strings(s.action?.value);
  const resources = strings(s.resources?.value);
  const actionNames = actions.filter((a) => !a.dynamic).map((a) => a.value);

  // Principal "*" (or a role in "any account"): anyone, unless a condition pins the caller.
  if (kind !== 'identity') {
    for (const p of s.principals ?? []) {
      if (p.type !== '*' && p.type.toUpperCase() !== 'AWS') continue;
      for (const v of p.values) {
        if (!publicPrincipal(v)) continue;
        const pins = callerConditions(s);
        const what = kind === 'trust' ? 'assume this role' : `call ${actionNames.length ? nameList(actionNames) : 'the listed actions'}`;
        const who = v.value.trim() === '*' ? 'Principal "*"' : `Principal "${clip(v.value, 60)}" (any AWS account)`;
        if (pins.length > 0) {
          // A caller pinned by aws:SourceArn / SourceAccount / PrincipalOrgID is AWS's own recommended form for
          // service access (CloudTrail, SNS, S3 notifications): reported only under --explain.
          drops.push({ start: v.start, value: v.value, reason: `${who} is pinned by a condition on ${nameList(pins)}` });
          continue;
        }
        const conditioned = s.conditions.length > 0;
        out.push({
          ruleId: o.ids.publicPrincipal,
          start: v.start,
          end: v.end,
          severity: conditioned ? 'warning' : undefined,
          message: conditioned
            ? `${who} lets any AWS account ${what}; its condition does not pin the caller (no aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID with a concrete value)`
            : `${who} lets anyone in any AWS account ${what}${kind === 'trust' ? '' : ' on this resource'}`,
          identity: id(`principal:${v.value.trim()}`),
          resource: s.resource,
          fixes: [principalFix(p, v)],
        });
      }
    }
    for (const p of s.notPrincipals ?? []) {
      const v = p.values[0];
      if (!v) continue;
      out.push({
        ruleId: o.ids.publicPrincipal,
        start: v.start,
        end: v.end,
        message: 'Allow with NotPrincipal grants every principal in every AWS account except the ones listed',
        identity: id('notprincipal'),
        resource: s.resource,
      });
    }
  }

  // NotAction / NotResource in an Allow: everything except a list, which grows as AWS adds services.
  for (const [entry, word] of [[s.notAction, 'NotAction'], [s.notResources, 'NotResource']] as const) {
    if (!entry) continue;
    const first = strings(entry.value)[0];
    out.push({
      ruleId: o.ids.notAction,
      start: first ? first.start : entry.keyStart,
      end: first ? first.end : entry.keyEnd,
      message:
        word === 'NotAction'
          ? `Allow with NotAction allows every AWS action except ${first ? `"${clip(first.value, 40)}"` : 'the ones listed'}, including every action AWS adds later`
          : `Allow with NotResource allows the actions on every resource except ${first ? `"${clip(first.value, 40)}"` : 'the ones listed'}`,
      identity: id(word),
      resource: s.resource,
      fixes: word === 'NotAction' ? [notActionFix(entry)] : [notResourceFix(entry, [...new Set(actions.map((a) => serviceOf(a.value)).filter(Boolean))])],
    });
  }

  if (kind !== 'identity') return out;

  const onAll = resources.some(allResources) || (!s.resources && !s.notResources);
  const resourceStar = resources.find(allResources);
  const restrictedByCondition = resourceRestricted(s);

  // Every action, or every action of a service, on every resource.
  // `Action "*"` counts on any resource (a warning when the resource is named): on one bucket it still includes
  // deleting every object and rewriting their ACLs. `iam:*` counts on any resource: on even one user or role it
  // includes attaching AdministratorAccess to it.
  const full = actions.filter((a) => !a.dynamic && (a.value.trim() === '*' || ((onAll || serviceOf(a.value) === 'iam') && SERVICE_WILDCARD.test(a.value.trim()))));
  for (const a of full) {
    const svc = serviceOf(a.value);
    const everything = a.value.trim() === '*';
    out.push({
      ruleId: o.ids.wildcardAction,
      start: a.start,
      end: a.end,
      severity: !onAll ? 'warning' : undefined,
      message: everything
        ? onAll
          ? 'Action "*" on Resource "*" grants every AWS action on every resource: full administrator access'
          : `Action "*" grants every AWS action on ${clip(resources[0]?.value ?? 'the listed resources', 60)}`
        : svc === 'iam'
          ? `Action "iam:*" on ${onAll ? 'every resource' : clip(resources[0]?.value ?? 'the listed resources', 60)} grants full control of IAM there, including attaching any policy: enough to make itself administrator`
          : `Action "${clip(a.value, 40)}" on every resource grants every ${svc} action on every ${svc} resource in the account`,
      identity: id(`action:${a.value.toLowerCase()}`),
      resource: s.resource,
      fixes: s.action ? [actionFix(s.action, a, svc)] : [],
    });
  }
  if (full.length > 0) return out;

  // Privilege escalation actions on every target.
  const broad = resources.filter(broadIamTarget);
  const escalated = new Set<string>();
  if (broad.length > 0 || !s.resources) {
    for (const a of actions) {
      if (a.dynamic || a.value.trim() === '*') continue;
      const hits = escalationsOf(a.value.trim());
      if (hits.length === 0) continue;
      escalated.add(a.value);
      const names = hits.map((h) => h.action);
      out.push({
        ruleId: o.ids.escalation,
        start: a.start,
        end: a.end,
        severity: restrictedByCondition ? 'warning' : undefined,
        message: `${clip(a.value, 40)} on ${broad[0] ? `"${clip(broad[0].value, 40)}"` : 'every resource'} allows privilege escalation: it can ${hits[0]!.allows}${names.length > 1 || names[0]!.toLowerCase() !== a.value.trim().toLowerCase() ? ` (matches ${nameList(names)})` : ''}`,
        identity: id(`escalation:${a.value.toLowerCase()}`),
        resource: s.resource,
        fixes: broad[0] && s.resources ? [resourceFix(s.resources, broad[0], ['iam'])] : [],
      });
    }
  }

  // Resource "*" for actions that could name a resource.
  if (resourceStar && !restrictedByCondition) {
    const restrictable = actions.filter((a) => !a.dynamic && !escalated.has(a.value) && isKnownService(serviceOf(a.value)) && !isNonResourceAction(a.value.trim()));
    if (restrictable.length > 0) {
      const names = restrictable.map((a) => a.value.trim());
      const writes = names.filter((n) => !READ_ACTION.test(n));
      out.push({
        ruleId: o.ids.wildcardResource,
        start: resourceStar.start,
        end: resourceStar.end,
        severity: writes.length === 0 ? 'warning' : 'error',
        message: `Resource "*" lets ${nameList(names)} reach every matching resource in the account; ${names.length > 1 ? 'these actions' : 'this action'} can be limited to specific ARNs`,
        identity: id(`resource:*:${names.map((n) => n.toLowerCase()).sort().join(',')}`),
        resource: s.resource,
        fixes: s.resources ? [resourceFix(s.resources, resourceStar, [...new Set(names.map(serviceOf))])] : [],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Fixes

const ARN_TEMPLATE: Record<string, string> = {
  s3: 'arn:aws:s3:::${1:bucket-name}/*',
  dynamodb: 'arn:aws:dynamodb:${1:region}:${2:account-id}:table/${3:table-name}',
  sqs: 'arn:aws:sqs:${1:region}:${2:account-id}:${3:queue-name}',
  sns: 'arn:aws:sns:${1:region}:${2:account-id}:${3:topic-name}',
  lambda: 'arn:aws:lambda:${1:region}:${2:account-id}:function:${3:function-name}',
  kms: 'arn:aws:kms:${1:region}:${2:account-id}:key/${3:key-id}',
  secretsmanager: 'arn:aws:secretsmanager:${1:region}:${2:account-id}:secret:${3:secret-name}-*',
  ssm: 'arn:aws:ssm:${1:region}:${2:account-id}:parameter/${3:parameter-path}',
  logs: 'arn:aws:logs:${1:region}:${2:account-id}:log-group:${3:log-group-name}:*',
  iam: 'arn:aws:iam::${1:account-id}:role/${2:role-name}',
  ecr: 'arn:aws:ecr:${1:region}:${2:account-id}:repository/${3:repository-name}',
};

function arnTemplate(services: string[]): string {
  const svc = services.length === 1 ? services[0]! : '';
  return ARN_TEMPLATE[svc] ?? `arn:aws:${svc || '${1:service}'}:${svc ? '${1:region}:${2:account-id}:${3:resource}' : '${2:region}:${3:account-id}:${4:resource}'}`;
}

/** Replace `"*"` in Resource with an ARN to complete. */
function resourceFix(entry: GEntry, star: GString, services: string[]): Fix {
  const title = 'Limit Resource to the ARNs this policy is for';
  if (entry.value.kind === 'string' || entry.value.kind === 'list') return replaceString(star, arnTemplate(services), title, true);
  return replaceValue(entry, flowList(entry.value, [arnTemplate(services)]), title, true);
}

const EXAMPLE_ACTIONS: Record<string, string[]> = {
  s3: ['s3:GetObject', 's3:PutObject'],
  dynamodb: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
  sqs: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'],
  sns: ['sns:Publish'],
  lambda: ['lambda:InvokeFunction'],
  kms: ['kms:Decrypt', 'kms:GenerateDataKey'],
  iam: ['iam:GetRole', 'iam:ListRolePolicies'],
  ec2: ['ec2:StartInstances', 'ec2:StopInstances'],
  logs: ['logs:CreateLogStream', 'logs:PutLogEvents'],
};

/** Replace a wildcard action with placeholders for the actions the workload really calls. */
function actionFix(entry: GEntry, action: GString, svc: string): Fix {
  const examples = EXAMPLE_ACTIONS[svc] ?? EXAMPLE_ACTIONS.s3!;
  const items = examples.map((a, i) => `\${${i + 1}:${snippetText(a)}}`);
  const title = 'Replace the wildcard with the actions this workload calls';
  if (entry.value.kind === 'list' && entry.value.flow) {
    const q = (s: string) => (action.syntax === 'js' && action.quote === "'" ? `'${s}'` : `"${s}"`);
    return { title, kind: 'suggestion', snippet: true, edits: [{ start: action.litStart, end: action.litEnd, newText: items.map(q).join(', ') }] };
  }
  if (entry.value.kind === 'string') return replaceValue(entry, flowList(entry.value, items), title, true);
  return replaceString(action, items[0]!, title, true);
}

/** `NotAction` → `Action`, `not_actions` → `actions`: the listed actions become the only ones allowed. */
function notActionFix(entry: GEntry): Fix {
  return { title: 'Allow only the listed actions (Action instead of NotAction)', kind: 'suggestion', edits: [keyRename(entry)] };
}

/** `NotResource` → `Resource` with an ARN to complete: the statement then reaches only what it names. */
function notResourceFix(entry: GEntry, services: string[]): Fix {
  const edits = [keyRename(entry)];
  const arn = arnTemplate(services);
  const first = strings(entry.value)[0];
  if (entry.value.kind === 'string' && first) edits.push({ start: first.litStart, end: first.litEnd, newText: quotedLike(first, arn) });
  else edits.push({ start: entry.replaceStart, end: entry.replaceEnd, newText: entry.replacePrefix + flowList(entry.value, [arn]) });
  return { title: 'Name the resources this statement is for (Resource instead of NotResource)', kind: 'suggestion', snippet: true, edits };
}

function keyRename(entry: GEntry): { start: number; end: number; newText: string } {
  // The key may be written quoted; only the word changes.
  const quotedKey = entry.keyEnd - entry.keyStart > entry.key.length;
  const start = quotedKey ? entry.keyStart + 1 : entry.keyStart;
  return { start, end: start + entry.key.length, newText: entry.key.replace(/^not_?/i, '') };
}

/** Name the account (or service) that may use the resource instead of everyone. */
function principalFix(p: Principal, star: GString): Fix {
  const title = 'Name the AWS account or role that needs access instead of "*"';
  if (p.type === '*' && p.entry) {
    const near = p.entry.value;
    const text = `{${quotedLike(near, 'AWS')}: ${quotedLike(near, 'arn:aws:iam::${1:account-id}:root')}}`;
    return replaceValue(p.entry, text, title, true);
  }
  return replaceString(star, 'arn:aws:iam::${1:account-id}:root', title, true);
}

function quotedLike(near: GValue, s: string): string {
  return near.syntax === 'js' && near.kind === 'string' && near.quote === "'" ? `'${s}'` : `"${s}"`;
}

export const __test = { allResources, concrete, restricting, globMatch };

