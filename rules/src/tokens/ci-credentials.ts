/**
 * CI pipelines that sign in to a cloud with a static credential kept in the CI system's secret store: an AWS
 * IAM user key, a GCP service-account key file, an Azure service-principal secret. The value itself is not in
 * the file (nothing for a secret rule to find), but the pipeline depends on a credential that never expires,
 * while every one of these clouds accepts the CI's own short-lived OIDC token instead.
 *
 * GitHub Actions steps get a fix (a snippet suggestion: the role ARN or provider is the user's to fill in)
 * that rewrites them to the OIDC form and grants the job `id-token: write`. GitLab CI and CircleCI are
 * reported without a fix: their OIDC form (`id_tokens:` plus an exchange in the script, or an orb's
 * `role_arn`) is not a local rewrite.
 */
import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DocumentContext } from '../engine/document.js';
import type { Fix, LifetimeInfo, TextEdit } from '../finding.js';
import type { DocumentRule } from '../rule.js';
import { keyText, mapEntries, mapGet, parseYaml, scalarText, walk, type ParsedYaml } from '../parse/yaml.js';
import { deleteSpan, entryLines, eolOf, indentBefore, isBlockMap, lineStart, plainValue } from './yaml-edit.js';

type Cloud = 'aws' | 'gcp' | 'azure';
type CiKind = 'github' | 'gitlab' | 'circleci';

const GITHUB_WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const GITLAB_CI = /(?:^|\/|\.)gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/;
const CIRCLECI = /(?:^|\/)\.circleci\/config\.ya?ml$/;

function ciKind(lowerPath: string): CiKind | undefined {
  if (GITHUB_WORKFLOW.test(lowerPath)) return 'github';
  if (GITLAB_CI.test(lowerPath)) return 'gitlab';
  if (CIRCLECI.test(lowerPath)) return 'circleci';
  return undefined;
}

const CLOUD: Record<Cloud, { what: string; lifetime: LifetimeInfo; oidc: string }> = {
  aws: {
    what: 'a static AWS access key',
    lifetime: { lifetime: 'static', detail: 'an IAM user access key never expires until it is deleted' },
    oidc: 'an IAM role assumed with the CI OIDC token (role-to-assume with id-token: write)',
  },
  gcp: {
    what: 'a service-account key file',
    lifetime: { lifetime: 'static', detail: 'a user-managed service-account key never expires unless an expiry policy is set' },
    oidc: 'workload identity federation (workload_identity_provider and service_account)',
  },
  azure: {
    what: 'a service-principal client secret',
    lifetime: { lifetime: 'long', detail: 'a client secret lives up to 2 years' },
    oidc: 'a federated credential on the app registration (client-id, tenant-id, subscription-id with id-token: write)',
  },
};

/** Environment variable names that carry a cloud's static credential to SDKs, CLIs and Terraform providers. */
const ENV_CLOUD: Record<string, Cloud> = {
  AWS_ACCESS_KEY_ID: 'aws',
  AWS_SECRET_ACCESS_KEY: 'aws',
  GOOGLE_CREDENTIALS: 'gcp',
  GOOGLE_CLOUD_KEYFILE_JSON: 'gcp',
  GCLOUD_SERVICE_KEY: 'gcp',
  GCP_SA_KEY: 'gcp',
  GCP_SERVICE_ACCOUNT_KEY: 'gcp',
  ARM_CLIENT_SECRET: 'azure',
  AZURE_CLIENT_SECRET: 'azure',
};
/** Removed together with the key pair: a session token only makes sense next to the keys it belongs to. */
const AWS_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

interface ActionSpec {
  cloud: Cloud;
  uses: RegExp;
  /** Inputs that carry the static credential. */
  inputs: string[];
  /** Inputs removed by the fix (the credential and what only goes with it). */
  remove: string[];
  /** The OIDC inputs written in place of the first removed one (snippet text, one line each). */
  replace?: string[];
  /** When this input is already there, nothing is written in, only the credential removed. */
  present?: string;
}

const ACTIONS: ActionSpec[] = [
  {
    cloud: 'aws',
    uses: /^aws-actions\/configure-aws-credentials@/i,
    inputs: ['aws-access-key-id', 'aws-secret-access-key'],
    remove: ['aws-access-key-id', 'aws-secret-access-key', 'aws-session-token'],
    replace: ['role-to-assume: ${1:arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME}'],
    present: 'role-to-assume',
  },
  {
    cloud: 'gcp',
    uses: /^google-github-actions\/auth@/i,
    inputs: ['credentials_json'],
    remove: ['credentials_json'],
    replace: [
      'workload_identity_provider: ${1:projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/providers/PROVIDER_ID}',
      'service_account: ${2:SERVICE_ACCOUNT@PROJECT_ID.iam.gserviceaccount.com}',
    ],
    present: 'workload_identity_provider',
  },
  // setup-gcloud before v1 took the key itself; the OIDC form needs a separate auth step, so no fix.
  { cloud: 'gcp', uses: /^google-github-actions\/setup-gcloud@/i, inputs: ['service_account_key'], remove: [] },
  {
    cloud: 'azure',
    uses: /^azure\/login@/i,
    inputs: ['creds'],
    remove: ['creds'],
    replace: [
      'client-id: \\${{ secrets.${1:AZURE_CLIENT_ID} }}',
      'tenant-id: \\${{ secrets.${2:AZURE_TENANT_ID} }}',
      'subscription-id: \\${{ secrets.${3:AZURE_SUBSCRIPTION_ID} }}',
    ],
    present: 'client-id',
  },
];

/** Sign-ins in scripts that use a key file or a client secret (the federated forms are left alone). */
const GCLOUD_KEY_LOGIN = /\bgcloud[ \t]+auth[ \t]+activate-service-account\b[^\n]{0,300}?--key-file/;
const AZ_LOGIN = /\baz[ \t]+login\b[^\n]{0,600}/;
const AZ_SECRET_FLAG = /(?:^|[ \t])(?:-p|--password|--client-secret)(?:[ \t=]|$)/;
const AWS_CONFIGURE_KEY = /\baws[ \t]+configure[ \t]+set[ \t]+aws_secret_access_key\b/;
const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command']);

/** Every regex this rule runs on scanned text, for the ReDoS test. */
export const CI_CREDENTIAL_REGEXES: readonly RegExp[] = [GITHUB_WORKFLOW, GITLAB_CI, CIRCLECI, GCLOUD_KEY_LOGIN, AZ_LOGIN, AZ_SECRET_FLAG, AWS_CONFIGURE_KEY];

const ID = 'ci-static-cloud-credentials';

interface Ctx {
  doc: DocumentContext;
  kind: CiKind;
  text: string;
  eol: string;
}

/** The value as written in the file (templates like `${{ secrets.X }}` included). */
function written(ctx: Ctx, node: Node | null | undefined): string | undefined {
  if (!node || !isScalar(node) || !node.range) return undefined;
  return ctx.text.slice(node.range[0], node.range[1]).trim().replace(/^(["'])(.*)\1$/s, '$2');
}

/**
 * Where a credential value comes from, or undefined when it is not a standing credential: empty, or the
 * output of an earlier step or job (what an OIDC exchange step hands on).
 */
function staticSource(ctx: Ctx, node: Node | null | undefined): string | undefined {
  let v = written(ctx, node);
  // GitLab `variables: {NAME: {value: ..., description: ...}}`
  if (v === undefined && node && isMap(node)) v = written(ctx, mapGet(node, 'value'));
  if (!v) return undefined;
  if (/\b(?:steps|needs|jobs)\.[\w-]{1,100}\.outputs\b/.test(v)) return undefined;
  if (/\bsecrets\./.test(v)) return 'from a CI secret';
  if (/\bvars\./.test(v)) return 'from a CI variable';
  if (/^\$\{?[A-Za-z_]\w{0,100}\}?$/.test(v)) return 'from a CI/CD variable';
  // CircleCI orb parameters name the environment variable that holds the key.
  if (ctx.kind === 'circleci' && /^[A-Z_][A-Z0-9_]{0,100}$/.test(v)) return 'from a project or context variable';
  if (v.includes('${{') || v.startsWith('$')) return 'from an expression';
  return 'written in the file';
}

function report(ctx: Ctx, node: Node, cloud: Cloud, identity: string, resource: string, message: string, fixes?: Fix[]): void {
  const [start, end] = [node.range![0], node.range![1]];
  ctx.doc.report({ start, end, identity, resource, message, lifetime: CLOUD[cloud].lifetime, fixes: fixes && fixes.length ? fixes : undefined });
}

// --- GitHub Actions ---------------------------------------------------------------------------------------

function checkGithub(ctx: Ctx, root: Node): void {
  const wfEnv = mapGet(root, 'env');
  envFindings(ctx, wfEnv, 'workflow env', 'workflow (every job)', undefined);
  for (const { key: jobId, value: job } of mapEntries(mapGet(root, 'jobs'))) {
    if (!job || !isMap(job)) continue;
    const resource = `job ${jobId}`;
    const steps = mapGet(job, 'steps');
    const seq = steps && isSeq(steps) ? (steps as YAMLSeq<Node>) : undefined;
    envFindings(ctx, mapGet(job, 'env'), `job "${jobId}" env`, resource, seq?.items[0] ? { root, job, before: seq.items[0] } : undefined);
    if (!seq) continue;
    seq.items.forEach((step, i) => {
      if (!step || !isMap(step)) return;
      const label = scalarText(mapGet(step, 'name')) ?? scalarText(mapGet(step, 'uses')) ?? `#${i + 1}`;
      actionFinding(ctx, root, job, step, `step "${label.slice(0, 80)}"`, resource);
      envFindings(ctx, mapGet(step, 'env'), `step "${label.slice(0, 80)}" env`, resource, { root, job, before: step });
    });
  }
}

function actionFinding(ctx: Ctx, root: Node, job: Node, step: Node, label: string, resource: string): void {
  const uses = scalarText(mapGet(step, 'uses')) ?? '';
  const spec = ACTIONS.find((a) => a.uses.test(uses));
  const withNode = mapGet(step, 'with');
  if (!spec || !withNode) return;
  const creds = mapEntries(withNode).filter((e) => spec.inputs.includes(e.key) && staticSource(ctx, e.value));
  if (creds.length === 0) return;
  const first = creds[0]!;
  const source = staticSource(ctx, first.value)!;
  const names = creds.map((c) => c.key).join(', ');
  const fix = actionFix(ctx, root, job, withNode, spec);
  report(
    ctx,
    first.keyNode,
    spec.cloud,
    `${resource}#${uses.split('@')[0]}#${names}`,
    resource,
    `GitHub Actions ${label} signs in with ${CLOUD[spec.cloud].what} (${names} ${source}); use ${CLOUD[spec.cloud].oidc}`,
    fix ? [fix] : undefined,
  );
}

function actionFix(ctx: Ctx, root: Node, job: Node, withNode: Node, spec: ActionSpec): Fix | undefined {
  if (!spec.replace || !isBlockMap(withNode)) return undefined;
  const entries = mapEntries(withNode);
  const removed = entries.filter((e) => spec.remove.includes(e.key));
  const edits: TextEdit[] = [];
  const keep = spec.present !== undefined && entries.some((e) => e.key === spec.present);
  for (const [i, e] of removed.entries()) {
    const span = entryLines(ctx.text, e.keyNode, e.value);
    const indent = indentBefore(ctx.text, e.keyNode.range![0]);
    if (!span || indent === undefined) return undefined;
    const newText = i === 0 && !keep ? spec.replace.map((l) => indent + l + ctx.eol).join('') : '';
    edits.push({ start: span[0], end: span[1], newText });
  }
  const perms = idTokenEdits(ctx, root, job);
  if (!perms) return undefined;
  return {
    title: `Sign in with OIDC instead of ${CLOUD[spec.cloud].what} (fill in the ${spec.cloud === 'aws' ? 'role ARN' : spec.cloud === 'gcp' ? 'workload identity provider and service account' : 'app registration ids'})`,
    kind: 'suggestion',
    snippet: true,
    edits: mergeEdits([...edits, ...perms]),
  };
}

/**
 * Edits that give the job `id-token: write`: in the job's `permissions` when it has some, else in the
 * workflow's, else a new job-level block (which also narrows the job's GITHUB_TOKEN to `contents: read`, the
 * least a checkout needs). Undefined when the permissions are written in a way the fix does not rewrite.
 */
function idTokenEdits(ctx: Ctx, root: Node, job: Node): TextEdit[] | undefined {
  const target = mapGet(job, 'permissions') ?? mapGet(root, 'permissions');
  if (target) {
    const scalar = plainValue(target);
    if (scalar !== undefined) return scalar === 'write-all' ? [] : undefined;
    if (!isMap(target)) return undefined;
    const current = mapGet(target, 'id-token');
    if (current) return plainValue(current) === 'write' ? [] : current.range ? [{ start: current.range[0], end: current.range[1], newText: 'write' }] : undefined;
    const items = (target as YAMLMap).items;
    if (!isBlockMap(target)) {
      const open = target.range![0];
      return ctx.text[open] === '{' ? [{ start: open + 1, end: open + 1, newText: items.length ? ' id-token: write,' : ' id-token: write ' }] : undefined;
    }
    const firstKey = (items[0]?.key as Node | undefined)?.range?.[0];
    if (firstKey === undefined) return undefined;
    const indent = indentBefore(ctx.text, firstKey);
    if (indent === undefined) return undefined;
    const at = lineStart(ctx.text, firstKey);
    return [{ start: at, end: at, newText: `${indent}id-token: write${ctx.eol}` }];
  }
  const firstKey = ((job as YAMLMap).items[0]?.key as Node | undefined)?.range?.[0];
  if (firstKey === undefined || !isBlockMap(job)) return undefined;
  const indent = indentBefore(ctx.text, firstKey);
  if (indent === undefined) return undefined;
  const at = lineStart(ctx.text, firstKey);
  return [{ start: at, end: at, newText: `${indent}permissions:${ctx.eol}${indent}  id-token: write${ctx.eol}${indent}  contents: read${ctx.eol}` }];
}

/** Touching edits become one, so that no surface sees an insertion at the start of a deletion as overlapping. */
function mergeEdits(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) {
      if (e.start < last.end) return edits; // overlapping edits are a bug in the caller; leave them for the engine to refuse
      out[out.length - 1] = { start: last.start, end: e.end, newText: last.newText + e.newText };
    } else out.push({ ...e });
  }
  return out;
}

/**
 * `env:` entries that hand a static cloud credential to every command of the workflow, job or step. For AWS
 * keys in a job's or step's env, the fix removes them and puts a configure-aws-credentials step (OIDC) in
 * front of the first step (job env) or of the step itself (step env).
 */
function envFindings(ctx: Ctx, env: Node | undefined, label: string, resource: string, place: { root: Node; job: Node; before: Node } | undefined): void {
  if (!env || !isMap(env)) return;
  const entries = mapEntries(env);
  const creds = entries.filter((e) => ENV_CLOUD[e.key] && staticSource(ctx, e.value));
  if (creds.length === 0) return;
  for (const cloud of ['aws', 'gcp', 'azure'] as const) {
    const mine = creds.filter((e) => ENV_CLOUD[e.key] === cloud);
    if (mine.length === 0) continue;
    const names = mine.map((e) => e.key).join(', ');
    const fix = cloud === 'aws' && place ? awsEnvFix(ctx, env, entries, place) : undefined;
    report(
      ctx,
      mine[0]!.keyNode,
      cloud,
      `${label}#${names}`,
      resource,
      `${cap(CLOUD[cloud].what)} is passed in ${label} (${names} ${staticSource(ctx, mine[0]!.value)}); use ${CLOUD[cloud].oidc}`,
      fix ? [fix] : undefined,
    );
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function awsEnvFix(ctx: Ctx, env: Node, entries: ReturnType<typeof mapEntries>, place: { root: Node; job: Node; before: Node }): Fix | undefined {
  if (!isBlockMap(env)) return undefined;
  const removed = entries.filter((e) => AWS_ENV.includes(e.key));
  const edits: TextEdit[] = [];
  if (removed.length === entries.length) {
    // Nothing else is left in the env map: remove `env:` itself, since an empty env is not valid in a workflow.
    const envKey = findKeyNode(place, env);
    const span = envKey && entryLines(ctx.text, envKey, env);
    if (!span) return undefined;
    edits.push(deleteSpan(span));
  } else {
    for (const e of removed) {
      const span = entryLines(ctx.text, e.keyNode, e.value);
      if (!span) return undefined;
      edits.push(deleteSpan(span));
    }
  }
  const itemStart = place.before.range?.[0];
  if (itemStart === undefined) return undefined;
  const ls = lineStart(ctx.text, itemStart);
  const dash = /^( *)- +$/.exec(ctx.text.slice(ls, itemStart));
  if (!dash) return undefined;
  const ind = dash[1]!;
  const e = ctx.eol;
  edits.push({
    start: ls,
    end: ls,
    newText:
      `${ind}- name: Configure AWS credentials (OIDC)${e}${ind}  uses: aws-actions/configure-aws-credentials@v4${e}${ind}  with:${e}` +
      `${ind}    role-to-assume: \${1:arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME}${e}${ind}    aws-region: \${2:us-east-1}${e}`,
  });
  const perms = idTokenEdits(ctx, place.root, place.job);
  if (!perms) return undefined;
  return { title: 'Assume an IAM role with OIDC instead of static AWS keys (fill in the role ARN and region)', kind: 'suggestion', snippet: true, edits: mergeEdits([...edits, ...perms]) };
}

/** The key node whose value is `value`, in the job or in the step that holds it. */
function findKeyNode(place: { job: Node; before: Node }, value: Node): Node | undefined {
  for (const holder of [place.job, place.before]) {
    if (!isMap(holder)) continue;
    for (const pair of (holder as YAMLMap).items) if (pair.value === value) return pair.key as Node;
  }
  return undefined;
}

// --- GitLab CI and CircleCI, and scripts in every CI --------------------------------------------------------

const GITLAB_RESERVED = new Set(['stages', 'variables', 'default', 'include', 'workflow', 'image', 'services', 'cache', 'before_script', 'after_script', 'spec']);

function jobOf(kind: CiKind, path: readonly (string | number)[]): string | undefined {
  if (kind === 'gitlab') {
    const top = path[0];
    return typeof top === 'string' && !GITLAB_RESERVED.has(top) && !top.startsWith('.') ? top : undefined;
  }
  return path[0] === 'jobs' && typeof path[1] === 'string' ? path[1] : undefined;
}

function resourceOf(kind: CiKind, path: readonly (string | number)[]): string {
  const job = jobOf(kind, path);
  if (job) return `job ${job}`;
  if (kind === 'gitlab' && typeof path[0] === 'string' && path[0].startsWith('.')) return `template ${path[0]}`;
  return kind === 'github' ? 'workflow (every job)' : 'pipeline (every job)';
}

function checkOthers(ctx: Ctx, root: Node): void {
  for (const visit of walk(root, 24)) {
    if (!visit.key) continue;
    const key = keyText(visit.key);
    if (key === undefined) continue;
    const parent = visit.path[visit.path.length - 2];
    const resource = resourceOf(ctx.kind, visit.path);
    if (SCRIPT_KEYS.has(key)) scriptFindings(ctx, visit.node, resource);
    if (ctx.kind === 'github') continue;
    if (key === (ctx.kind === 'gitlab' ? 'variables' : 'environment')) {
      const where = ctx.kind === 'gitlab' ? 'the GitLab CI variables' : 'the CircleCI environment';
      envFindings(ctx, visit.node, `${where} of ${resource}`, resource, undefined);
    }
    // CircleCI aws-cli orb: `aws-cli/setup` with key parameters instead of `role_arn`; one finding per step.
    if (ctx.kind === 'circleci' && (key === 'aws_access_key_id' || key === 'aws_secret_access_key') && parent !== 'environment') {
      const holder = parentMap(root, visit.path);
      if (holder && mapGet(holder, 'role_arn')) continue;
      if (key === 'aws_secret_access_key' && holder && staticSource(ctx, mapGet(holder, 'aws_access_key_id'))) continue;
      const src = staticSource(ctx, visit.node);
      if (src) report(ctx, visit.key, 'aws', `${resource}#${visit.path.join('.')}`, resource, `CircleCI step in ${resource} configures ${CLOUD.aws.what} (${key} ${src}); use the aws-cli orb's role_arn with CircleCI OIDC`);
    }
  }
}

function parentMap(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: Node | undefined = root;
  for (const seg of path.slice(0, -1)) {
    if (!node) return undefined;
    node = typeof seg === 'number' ? (isSeq(node) ? ((node as YAMLSeq<Node>).items[seg] ?? undefined) : undefined) : mapGet(node, seg);
  }
  return node;
}

function scriptFindings(ctx: Ctx, node: Node, resource: string): void {
  const scalars: Node[] = isSeq(node) ? ((node as YAMLSeq<Node>).items.filter((n) => n && isScalar(n)) as Node[]) : isScalar(node) ? [node] : [];
  for (const s of scalars) {
    if (!s.range) continue;
    const raw = ctx.text.slice(s.range[0], s.range[1]);
    const hits: { at: number; len: number; cloud: Cloud; what: string }[] = [];
    const g = GCLOUD_KEY_LOGIN.exec(raw);
    if (g) hits.push({ at: g.index, len: g[0].length, cloud: 'gcp', what: 'gcloud signs in with a service-account key file' });
    const a = AZ_LOGIN.exec(raw);
    if (a && a[0].includes('--service-principal') && AZ_SECRET_FLAG.test(a[0]) && !a[0].includes('--federated-token')) hits.push({ at: a.index, len: a[0].length, cloud: 'azure', what: 'az login uses a service-principal secret' });
    const k = AWS_CONFIGURE_KEY.exec(raw);
    if (k) hits.push({ at: k.index, len: k[0].length, cloud: 'aws', what: 'aws configure stores a static secret access key' });
    for (const h of hits) {
      const start = s.range[0] + h.at;
      ctx.doc.report({
        start,
        end: start + h.len,
        identity: `${resource}#script#${h.cloud}#${raw.slice(h.at, h.at + h.len)}`,
        resource,
        message: `CI script in ${resource}: ${h.what}; use ${CLOUD[h.cloud].oidc}`,
        lifetime: CLOUD[h.cloud].lifetime,
      });
    }
  }
}

function parsed(ctx: DocumentContext): ParsedYaml {
  // CI files are plain YAML: `${{ }}` must stay as written (the shared parse blanks `{{ }}` for Helm).
  return ctx.cache('parse/yaml-raw', () => parseYaml(ctx.text, { tolerateTemplates: false, maxDocuments: 20 }));
}

function check(doc: DocumentContext): void {
  const kind = ciKind(doc.path.toLowerCase());
  if (!kind) return;
  const p = parsed(doc);
  if (p.fatal) return doc.notice('parse-error', `YAML could not be read: ${p.fatal.message}`, p.fatal.offset);
  const ctx: Ctx = { doc, kind, text: doc.text, eol: eolOf(doc.text) };
  for (const d of p.documents) {
    const root = d.doc.contents as Node | null;
    if (d.errors.length) {
      doc.notice('parse-error', `a CI file does not parse (${d.errors[0]!.message}); it was not checked for static cloud credentials`, d.errors[0]!.offset);
      continue;
    }
    if (!root || !isMap(root)) continue;
    if (kind === 'github') checkGithub(ctx, root);
    checkOthers(ctx, root);
  }
}

// --- examples, built at run time (a workflow literal in this file would be one the commit hook reads) ------

const ref = (name: string) => '${{ secrets.' + name + ' }}';

export function githubAwsKeysWorkflow(): string {
  return [
    'name: deploy',
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - name: Configure AWS',
    '        uses: aws-actions/configure-aws-credentials@v4',
    '        with:',
    `          aws-access-key-id: ${ref('AWS_ACCESS_KEY_ID')}`,
    `          aws-secret-access-key: ${ref('AWS_SECRET_ACCESS_KEY')}`,
    '          aws-region: eu-west-1',
    '      - run: aws s3 sync dist s3://acme-site',
    '',
  ].join('\n');
}

export function githubOidcWorkflow(): string {
  return [
    'name: deploy',
    'on: push',
    'permissions:',
    '  id-token: write',
    '  contents: read',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: aws-actions/configure-aws-credentials@v4',
    '        with:',
    '          role-to-assume: arn:aws:iam::123456789012:role/deploy',
    '          aws-region: eu-west-1',
    '      - uses: google-github-actions/auth@v2',
    '        with:',
    '          workload_identity_provider: projects/123/locations/global/workloadIdentityPools/ci/providers/github',
    '          service_account: deployer@acme.iam.gserviceaccount.com',
    '      - uses: azure/login@v2',
    '        with:',
    `          client-id: ${ref('AZURE_CLIENT_ID')}`,
    `          tenant-id: ${ref('AZURE_TENANT_ID')}`,
    `          subscription-id: ${ref('AZURE_SUBSCRIPTION_ID')}`,
    '',
  ].join('\n');
}

export const ciStaticCloudCredentials: DocumentRule = {
  kind: 'document',
  id: ID,
  title: 'CI pipeline signs in to a cloud with a static credential',
  category: 'long-lived-token',
  severity: 'warning',
  description:
    'A CI job authenticates to AWS, Google Cloud or Azure with a long-lived credential kept in the CI secret store (an IAM user key, a service-account key file, a client secret). Anyone who can read or exfiltrate it from a run can use it from anywhere until someone rotates it.',
  remediation:
    'Federate the CI with the cloud over OIDC: on GitHub Actions grant `permissions: id-token: write` and use `role-to-assume` (AWS), `workload_identity_provider` + `service_account` (Google) or `client-id`/`tenant-id`/`subscription-id` with a federated credential (Azure); on GitLab use `id_tokens:`; on CircleCI the OIDC token of the context. Then delete the static key.',
  lifetime: 'static',
  lifetimeDetail: 'the stored key never expires (Azure client secrets: up to 2 years)',
  replacement: 'OIDC federation from the CI: AWS IAM roles (role-to-assume), GCP workload identity federation, Azure federated credentials',
  owasp: ['NHI7', 'NHI2'],
  cwe: ['CWE-262', 'CWE-522'],
  tags: ['ci', 'oidc'],
  // The names every static sign-in spells (lower-cased, as the keyword pass sees them).
  keywords: ['aws-access-key-id', 'aws_access_key_id', 'aws-secret-access-key', 'aws_secret_access_key', 'credentials_json', 'azure/login', 'service_account_key', 'activate-service-account', 'client_secret', 'client-secret', 'google_credentials', 'gcloud_service_key', 'gcp_sa_key', 'google_cloud_keyfile_json', 'az login'],
  appliesTo: (path) => ciKind(path) !== undefined,
  check,
  examples: () => ({
    match: [
      { text: githubAwsKeysWorkflow(), path: '.github/workflows/deploy.yml' },
      {
        text: `on: push\njobs:\n  tf:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${ref('AWS_KEY')}\n      AWS_SECRET_ACCESS_KEY: ${ref('AWS_SECRET')}\n    steps:\n      - run: terraform apply\n`,
        path: '.github/workflows/tf.yaml',
      },
      { text: `on: push\njobs:\n  gcp:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: google-github-actions/auth@v2\n        with:\n          credentials_json: ${ref('GCP_SA_KEY')}\n`, path: '.github/workflows/gcp.yml' },
      { text: `on: push\njobs:\n  az:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: ${ref('AZURE_CREDENTIALS')}\n`, path: '.github/workflows/azure.yml' },
      { text: 'deploy:\n  stage: deploy\n  variables:\n    AWS_ACCESS_KEY_ID: $PROD_AWS_KEY_ID\n    AWS_SECRET_ACCESS_KEY: $PROD_AWS_SECRET\n  script:\n    - aws s3 sync dist s3://acme\n', path: '.gitlab-ci.yml' },
      { text: 'deploy:\n  script:\n    - echo "$GCLOUD_SERVICE_KEY" > key.json\n    - gcloud auth activate-service-account --key-file key.json\n', path: '.gitlab-ci.yml' },
      { text: 'version: 2.1\norbs:\n  aws-cli: circleci/aws-cli@4.1\njobs:\n  deploy:\n    docker: [{image: cimg/base:current}]\n    steps:\n      - aws-cli/setup:\n          aws_access_key_id: AWS_ACCESS_KEY_ID\n          aws_secret_access_key: AWS_SECRET_ACCESS_KEY\n', path: '.circleci/config.yml' },
    ],
    noMatch: [
      { text: githubOidcWorkflow(), path: '.github/workflows/deploy.yml' },
      // the same keys outside a CI file (a README, an ordinary config) are the secret rules' business
      { text: githubAwsKeysWorkflow(), path: 'docs/example.yml' },
      // credentials handed on from an OIDC exchange step
      { text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${{ steps.creds.outputs.aws-access-key-id }}\n    steps:\n      - run: aws sts get-caller-identity\n', path: '.github/workflows/chain.yml' },
      { text: 'deploy:\n  id_tokens:\n    GITLAB_OIDC_TOKEN:\n      aud: https://gitlab.com\n  script:\n    - az login --service-principal -u "$AZURE_CLIENT_ID" --tenant "$AZURE_TENANT_ID" --federated-token "$GITLAB_OIDC_TOKEN"\n', path: '.gitlab-ci.yml' },
      { text: 'version: 2.1\njobs:\n  deploy:\n    steps:\n      - aws-cli/setup:\n          role_arn: arn:aws:iam::123456789012:role/circleci\n', path: '.circleci/config.yml' },
    ],
  }),
};
