/**
 * Kubernetes RBAC: Role / ClusterRole rules and RoleBinding / ClusterRoleBinding subjects, read from YAML
 * manifests (multi-document, `kind: List`, Helm templates with `{{ }}` blanked) and from Terraform's
 * `kubernetes_role`, `kubernetes_cluster_role`, `kubernetes_(cluster_)role_binding` (and `_v1`) resources.
 * Dangerous permissions are data (`SENSITIVE`) checked by one matcher; every finding points at the value
 * that grants it.
 */
import type { DocumentContext } from '../../engine/document.js';
import { hclBlocks, type HclBody } from '../../parse/hcl.js';
import { clip, flowList, nameList, replaceString, replaceValue, type GrantIssue } from '../common.js';
import { hclFile, isTerraform, yamlDocs } from '../files.js';
import { globMatch } from '../match.js';
import { entry, fromHcl, get, str, strings, type GEntry, type GString, type GValue } from '../value.js';

export const K8S_IDS = {
  wildcard: 'k8s-rbac-wildcard',
  escalation: 'k8s-rbac-privilege-escalation',
  sensitive: 'k8s-rbac-secrets-or-exec',
  binding: 'k8s-rbac-admin-binding',
};

interface RbacRule {
  apiGroups?: GEntry;
  resources?: GEntry;
  verbs?: GEntry;
  nonResourceURLs?: GEntry;
  index: number;
}

interface RoleObject {
  /** `ClusterRole/name`, `Role/namespace/name`, `kubernetes_cluster_role.x`. */
  resource: string;
  kind: 'Role' | 'ClusterRole';
  rules: RbacRule[];
}

interface BindingObject {
  resource: string;
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  roleKind?: string;
  roleName?: GString;
  subjects: { kind?: string; name?: GString }[];
}

/**
 * Writing role bindings alone is not here: the API server only lets a subject bind roles whose permissions it
 * already holds, unless it also has `bind` (listed).
 */
/** A permission that lets the holder escalate or reach credentials, as data. */
interface Sensitive {
  rule: 'escalation' | 'sensitive';
  groups: string[];
  resources: string[];
  verbs: string[];
  allows: string;
}

const WRITE = ['create', 'update', 'patch'];
const READ = ['get', 'list', 'watch'];

const SENSITIVE: readonly Sensitive[] = [
  { rule: 'escalation', groups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['escalate'], allows: 'grant permissions it does not hold itself (escalate)' },
  { rule: 'escalation', groups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['bind'], allows: 'bind any role, including cluster-admin, to any subject (bind)' },
  { rule: 'escalation', groups: ['', 'authentication.k8s.io'], resources: ['users', 'groups', 'serviceaccounts', 'userextras/*', 'uids'], verbs: ['impersonate'], allows: 'act as other users, groups or service accounts (impersonate)' },
  { rule: 'escalation', groups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'], verbs: [...WRITE, 'delete'], allows: 'intercept or rewrite every object sent to the API server (admission webhooks)' },
  { rule: 'escalation', groups: [''], resources: ['serviceaccounts/token'], verbs: ['create'], allows: 'mint tokens for any service account in scope' },
  { rule: 'escalation', groups: [''], resources: ['nodes/proxy'], verbs: ['get', 'create'], allows: "reach every kubelet's API, and through it exec into any pod on the node" },
  { rule: 'sensitive', groups: [''], resources: ['secrets'], verbs: READ, allows: 'read Secrets (credentials of every workload in scope)' },
  { rule: 'sensitive', groups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create', 'get'], allows: 'run commands inside running pods (pods/exec), and so use their service accounts' },
];

/** Verbs that make sense for a rule; a rule of only `""` verbs grants nothing. */
const hasVerbs = (verbs: GString[]) => verbs.some((v) => v.dynamic || v.value.trim() !== '');

// ---------------------------------------------------------------------------------------------------------
// Reading

function fromYamlObjects(ctx: DocumentContext): { roles: RoleObject[]; bindings: BindingObject[] } {
  const roles: RoleObject[] = [];
  const bindings: BindingObject[] = [];
  if (!/kind["']?\s*:\s*["']?(?:Cluster)?Role|kind["']?\s*:\s*["']?\w*List/.test(ctx.text)) return { roles, bindings };
  for (const doc of yamlDocs(ctx, mayGrantMuch)) {
    const objects: GValue[] = [];
    const kind = str(get(doc.root, 'kind')) ?? '';
    if (kind.endsWith('List')) {
      const items = get(doc.root, 'items');
      if (items?.kind === 'list') objects.push(...items.items);
    } else objects.push(doc.root);
    for (const o of objects) {
      const k = str(get(o, 'kind')) ?? '';
      const meta = get(o, 'metadata');
      const name = str(get(meta, 'name')) ?? '(templated)';
      const ns = str(get(meta, 'namespace'));
      const resource = `${k}/${ns && k.startsWith('Role') ? `${ns}/` : ''}${name}`;
      if (k === 'Role' || k === 'ClusterRole') {
        const rules = get(o, 'rules');
        roles.push({
          resource,
          kind: k,
          rules: (rules?.kind === 'list' ? rules.items : []).map((r, index) => ({
            apiGroups: entry(r, 'apiGroups'),
            resources: entry(r, 'resources'),
            verbs: entry(r, 'verbs'),
            nonResourceURLs: entry(r, 'nonResourceURLs'),
            index,
          })),
        });
      } else if (k === 'RoleBinding' || k === 'ClusterRoleBinding') {
        const ref = get(o, 'roleRef');
        const subjects = get(o, 'subjects');
        bindings.push({
          resource,
          kind: k,
          roleKind: str(get(ref, 'kind')),
          roleName: stringNode(get(ref, 'name')),
          subjects: (subjects?.kind === 'list' ? subjects.items : []).map((s) => ({ kind: str(get(s, 'kind')), name: stringNode(get(s, 'name')) })),
        });
      }
    }
  }
  return { roles, bindings };
}

/**
 * Whether a document's text (lower-cased) could hold a finding: an RBAC kind plus a wildcard or one of the
 * words every finding needs. A stream of read-only Roles and Deployments then parses nothing at all.
 */
const DANGER_WORDS = ['escalate', 'impersonate', 'secrets', 'pods/exec', 'pods/attach', 'admin', 'system:', 'webhookconfigurations', 'nodes/proxy', 'serviceaccounts/token', 'signers', 'certificatesigningrequests'];
const BIND_VERB = /\bbind\b/;
function mayGrantMuch(t: string): boolean {
  if (!t.includes('role') && !t.includes('list')) return false;
  return t.includes('*') || BIND_VERB.test(t) || DANGER_WORDS.some((w) => t.includes(w));
}

const stringNode = (v: GValue | undefined): GString | undefined => (v?.kind === 'string' && !v.dynamic ? v : undefined);

function fromTerraform(ctx: DocumentContext): { roles: RoleObject[]; bindings: BindingObject[] } {
  const roles: RoleObject[] = [];
  const bindings: BindingObject[] = [];
  if (!ctx.text.includes('kubernetes_')) return { roles, bindings };
  for (const block of hclFile(ctx).body.blocks) {
    if (block.type !== 'resource') continue;
    const [type = '', name = ''] = block.labels;
    const base = type.replace(/_v1$/, '');
    const resource = `${type}.${name}`;
    if (base === 'kubernetes_role' || base === 'kubernetes_cluster_role') {
      roles.push({
        resource,
        kind: base === 'kubernetes_role' ? 'Role' : 'ClusterRole',
        rules: hclBlocks(block.body, 'rule').map((r, index) => ({
          apiGroups: attrEntry(r.body, 'api_groups'),
          resources: attrEntry(r.body, 'resources'),
          verbs: attrEntry(r.body, 'verbs'),
          nonResourceURLs: attrEntry(r.body, 'non_resource_urls'),
          index,
        })),
      });
    } else if (base === 'kubernetes_role_binding' || base === 'kubernetes_cluster_role_binding') {
      const ref = hclBlocks(block.body, 'role_ref')[0];
      bindings.push({
        resource,
        kind: base === 'kubernetes_role_binding' ? 'RoleBinding' : 'ClusterRoleBinding',
        roleKind: ref ? str(attrEntry(ref.body, 'kind')?.value) : undefined,
        roleName: ref ? stringNode(attrEntry(ref.body, 'name')?.value) : undefined,
        subjects: hclBlocks(block.body, 'subject').map((s) => ({ kind: str(attrEntry(s.body, 'kind')?.value), name: stringNode(attrEntry(s.body, 'name')?.value) })),
      });
    }
  }
  return { roles, bindings };
}

function attrEntry(body: HclBody, name: string): GEntry | undefined {
  const a = body.attributes.find((x) => x.name === name);
  if (!a) return undefined;
  const value = fromHcl(a.value)!;
  return { key: name, keyStart: a.nameStart, keyEnd: a.nameStart + name.length, value, replaceStart: a.value.start, replaceEnd: a.value.end, replacePrefix: '' };
}

// ---------------------------------------------------------------------------------------------------------
// Judgement

const matches = (patterns: GString[], wanted: readonly string[]) =>
  patterns.some((p) => !p.dynamic && wanted.some((w) => p.value.trim() === '*' || globMatch(p.value.trim(), w)));

function judgeRole(role: RoleObject): GrantIssue[] {
  const out: GrantIssue[] = [];
  const scope = role.kind === 'ClusterRole' ? 'in every namespace' : 'in its namespace';
  let approveSigners = false;
  let updateApproval: GString | undefined;
  for (const r of role.rules) {
    const groups = strings(r.apiGroups?.value);
    const resources = strings(r.resources?.value);
    const verbs = strings(r.verbs?.value);
    if (!hasVerbs(verbs)) continue;
    const id = (what: string) => `${role.resource}|rule#${r.index}|${what}`;
    const star = (list: GString[]) => list.find((v) => !v.dynamic && v.value.trim() === '*');
    const verbStar = star(verbs);
    const resStar = star(resources);
    const groupStar = star(groups);
    const resourceWords = resources.filter((x) => !x.dynamic).map((x) => x.value);
    if (verbStar && r.verbs) {
      out.push({
        ruleId: K8S_IDS.wildcard,
        start: verbStar.start,
        end: verbStar.end,
        message: `verbs "*" allows every verb, including delete, escalate, bind and impersonate, on ${resStar ? 'every resource' : nameList(resourceWords.length ? resourceWords : ['the listed resources'])} ${scope}`,
        identity: id('verbs:*'),
        resource: role.resource,
        fixes: [verbsFix(r.verbs)],
      });
    }
    if (resStar && r.resources) {
      out.push({
        ruleId: K8S_IDS.wildcard,
        start: resStar.start,
        end: resStar.end,
        message: `resources "*" reaches every resource${groupStar ? ' of every API group' : ''}, Secrets included, ${scope}`,
        identity: id('resources:*'),
        resource: role.resource,
        fixes: [placeholderFix(r.resources, resStar, '${1:configmaps}', 'Name the resources this role needs')],
      });
    }
    if (groupStar && r.apiGroups && !resStar) {
      out.push({
        ruleId: K8S_IDS.wildcard,
        start: groupStar.start,
        end: groupStar.end,
        severity: verbStar ? undefined : 'warning',
        message: `apiGroups "*" matches ${nameList(resourceWords.length ? resourceWords : ['the listed resources'])} in every API group, including custom resources added later`,
        identity: id('apiGroups:*'),
        resource: role.resource,
        fixes: [placeholderFix(r.apiGroups, groupStar, '${1:apps}', 'Name the API groups this role needs')],
      });
    }
    const nonResStar = star(strings(r.nonResourceURLs?.value));
    if (nonResStar) {
      out.push({
        ruleId: K8S_IDS.wildcard,
        start: nonResStar.start,
        end: nonResStar.end,
        severity: 'warning',
        message: 'nonResourceURLs "*" allows every non-resource API path (/metrics, /debug, /logs…)',
        identity: id('nonResourceURLs:*'),
        resource: role.resource,
        fixes: [],
      });
    }
    // CSR approval needs both: approve on a signer, and update on certificatesigningrequests/approval.
    if (matches(groups, ['certificates.k8s.io'])) {
      if (matches(resources, ['signers']) && matches(verbs, ['approve'])) approveSigners = true;
      if (matches(verbs, ['update', 'patch'])) updateApproval ??= resources.find((x) => !x.dynamic && (x.value.trim() === '*' || globMatch(x.value.trim(), 'certificatesigningrequests/approval')));
    }
    for (const s of SENSITIVE) {
      if (!matches(groups, s.groups) && !(groups.length === 0 && s.groups.includes(''))) continue;
      if (!matches(verbs, s.verbs)) continue;
      // Reported at the resource that names it; a rule of wildcards was already reported as such.
      const at = resources.find((x) => !x.dynamic && x.value.trim() !== '*' && s.resources.some((w) => globMatch(x.value.trim(), w)));
      if (!at) continue;
      const verbWords = verbs.filter((v) => !v.dynamic && (v.value === '*' || s.verbs.includes(v.value))).map((v) => v.value);
      out.push({
        ruleId: s.rule === 'escalation' ? K8S_IDS.escalation : K8S_IDS.sensitive,
        start: at.start,
        end: at.end,
        message: `${nameList(verbWords)} on ${at.value.trim()} lets the holder ${s.allows} ${scope}`,
        identity: id(`${at.value.trim()}:${verbWords.join(',')}`),
        resource: role.resource,
        fixes: r.verbs ? [dropVerbsFix(r.verbs, s.verbs)] : [],
      });
    }
  }
  if (approveSigners && updateApproval) {
    out.push({
      ruleId: K8S_IDS.escalation,
      start: updateApproval.start,
      end: updateApproval.end,
      message: `approve on signers plus update on certificatesigningrequests/approval lets the holder approve its own client certificates, as any user or group ${scope}`,
      identity: `${role.resource}|csr-approval`,
      resource: role.resource,
      fixes: [],
    });
  }
  return out;
}

const ADMIN_ROLES = new Set(['cluster-admin', 'admin']);
const BROAD_GROUPS = new Set(['system:authenticated', 'system:unauthenticated', 'system:serviceaccounts', 'system:anonymous']);

function judgeBinding(b: BindingObject): GrantIssue[] {
  const out: GrantIssue[] = [];
  const role = b.roleName;
  if (role && ADMIN_ROLES.has(role.value.trim()) && (b.roleKind ?? 'ClusterRole') === 'ClusterRole') {
    const cluster = b.kind === 'ClusterRoleBinding';
    const subjects = b.subjects.map((s) => s.name?.value).filter((x): x is string => Boolean(x));
    out.push({
      ruleId: K8S_IDS.binding,
      start: role.start,
      end: role.end,
      severity: !cluster && role.value.trim() === 'admin' ? 'warning' : undefined,
      message: `${b.kind} gives ${subjects.length ? nameList(subjects.map((s) => clip(s, 40))) : 'its subjects'} the "${role.value.trim()}" role ${cluster ? 'in every namespace: full control of the cluster' : 'in this namespace: full control of it, including its Secrets and role bindings'}`,
      identity: `${b.resource}|roleRef:${role.value.trim()}`,
      resource: b.resource,
      fixes: [replaceString(role, '${1:app-deployer}', 'Bind a namespaced Role with only the permissions needed', true)],
    });
  }
  for (const s of b.subjects) {
    const name = s.name?.value.trim();
    if (!s.name || !name) continue;
    const broad = BROAD_GROUPS.has(name) || (name === 'system:anonymous' && s.kind === 'User');
    if (!broad) continue;
    out.push({
      ruleId: K8S_IDS.binding,
      start: s.name.start,
      end: s.name.end,
      message: `${b.kind} grants "${role?.value.trim() ?? 'its role'}" to ${name}: ${name.includes('unauthenticated') || name.includes('anonymous') ? 'anyone who can reach the API server, without credentials' : name === 'system:serviceaccounts' ? 'every service account in the cluster' : 'every authenticated identity, including every service account'}`,
      identity: `${b.resource}|subject:${name}`,
      resource: b.resource,
      fixes: [replaceString(s.name, '${1:app-service-account}', 'Bind the specific service account or group that needs the role', true)],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Fixes

function verbsFix(e: GEntry): ReturnType<typeof replaceValue> {
  return replaceValue(e, flowList(e.value, ['get', 'list', 'watch']), 'Narrow verbs to read-only (get, list, watch)', false);
}

/** Remove the dangerous verbs from a flow list, or narrow to read-only where that is all that is left. */
function dropVerbsFix(e: GEntry, dangerous: readonly string[]) {
  const kept = strings(e.value).map((v) => v.value).filter((v) => v !== '*' && !dangerous.includes(v));
  const next = kept.length ? kept : ['get', 'list', 'watch'].filter((v) => !dangerous.includes(v));
  return replaceValue(e, flowList(e.value, next.length ? next : ['${1:get}']), `Drop ${nameList(dangerous)} from verbs`, next.length === 0);
}

function placeholderFix(e: GEntry, star: GString, placeholder: string, title: string) {
  return e.value.kind === 'list' && !e.value.flow ? replaceString(star, placeholder, title, true) : replaceString(star, placeholder, title, true);
}

export function rbacIssues(ctx: DocumentContext): GrantIssue[] {
  return ctx.cache('grants/k8s', () => {
    const { roles, bindings } = isTerraform(ctx.path.toLowerCase()) ? fromTerraform(ctx) : fromYamlObjects(ctx);
    return [...roles.flatMap(judgeRole), ...bindings.flatMap(judgeBinding)];
  });
}

/** Every regex of this module, for the ReDoS test. */
export const RBAC_REGEXES: readonly RegExp[] = [BIND_VERB, /kind["']?\s*:\s*["']?(?:Cluster)?Role|kind["']?\s*:\s*["']?\w*List/, /_v1$/];
