/**
 * GCP IAM: basic roles (roles/owner, roles/editor, roles/viewer) and public members (allUsers,
 * allAuthenticatedUsers) in Terraform's `google_*_iam_member|binding|policy` resources and
 * `data "google_iam_policy"` bindings, BigQuery dataset `access` blocks, storage ACLs, and gcloud policy
 * files (`bindings: [{role, members}]` in YAML or JSON).
 */
import type { DocumentContext } from '../../engine/document.js';
import type { DocumentRule } from '../../rule.js';
import { hclAttr, hclBlocks, type HclBlock, type HclExpr } from '../../parse/hcl.js';
import { reportIssues, replaceString, type GrantIssue } from '../common.js';
import { hclFile, isTerraform, isYamlLike, yamlDocs } from '../files.js';
import { fromHcl, get, maps, strings, type GString, type GValue } from '../value.js';

export const GCP_IDS = { basicRole: 'gcp-iam-basic-role', publicMember: 'gcp-iam-public-member' };

const BASIC: Record<string, { severity: 'error' | 'info'; allows: string }> = {
  'roles/owner': { severity: 'error', allows: 'full control, including IAM: it can grant itself and others anything' },
  'roles/editor': { severity: 'error', allows: 'write access to almost every service, including acting as most service accounts' },
  'roles/viewer': { severity: 'info', allows: 'read access to almost every resource and its metadata' },
};
const PUBLIC = new Set(['allusers', 'allauthenticatedusers']);

const SUGGESTED: Record<string, string> = {
  'roles/owner': 'roles/${1:resourcemanager.projectIamAdmin}',
  'roles/editor': 'roles/${1:run.developer}',
  'roles/viewer': 'roles/${1:monitoring.viewer}',
};

interface Binding {
  resource: string;
  /** Where it applies: organization, folder, project, or a resource type. */
  scope: string;
  role?: GString;
  members: GString[];
}

function scopeOf(type: string): string {
  if (type.startsWith('google_organization_')) return 'organization';
  if (type.startsWith('google_folder_')) return 'folder';
  if (type.startsWith('google_project_')) return 'project';
  return type.replace(/^google_/, '').replace(/_iam_(?:member|binding|policy)$/, '');
}

function bindingsOfPolicy(v: GValue | undefined, resource: string, scope: string): Binding[] {
  const list = get(v, 'bindings') ?? get(v, 'binding');
  const items = list?.kind === 'list' ? list.items : list ? [list] : [];
  return items.map((b) => ({ resource, scope, role: strNode(get(b, 'role')), members: strings(get(b, 'members')) }));
}

const strNode = (v: GValue | undefined): GString | undefined => (v?.kind === 'string' && !v.dynamic ? v : undefined);

function terraformBindings(ctx: DocumentContext): { bindings: Binding[]; extraPublic: { node: GString; resource: string; what: string }[] } {
  const bindings: Binding[] = [];
  const extraPublic: { node: GString; resource: string; what: string }[] = [];
  if (!ctx.text.includes('google_')) return { bindings, extraPublic };
  for (const block of hclFile(ctx).body.blocks) {
    const [type = '', name = ''] = block.labels;
    if (!type.startsWith('google_')) continue;
    const resource = `${type}.${name}`;
    if (block.type === 'data' && type === 'google_iam_policy') {
      for (const b of hclBlocks(block.body, 'binding')) {
        bindings.push({ resource, scope: 'policy', role: strNode(fromHcl(hclAttr(b.body, 'role'))), members: strings(fromHcl(hclAttr(b.body, 'members'))) });
      }
      continue;
    }
    if (block.type !== 'resource') continue;
    const scope = scopeOf(type);
    if (/_iam_(?:member|binding)$/.test(type)) {
      const role = strNode(fromHcl(hclAttr(block.body, 'role')));
      const members = [...strings(fromHcl(hclAttr(block.body, 'member'))), ...strings(fromHcl(hclAttr(block.body, 'members')))];
      bindings.push({ resource, scope, role, members });
    } else if (type.endsWith('_iam_policy')) {
      const data = hclAttr(block.body, 'policy_data');
      const doc = policyData(data);
      if (doc) bindings.push(...bindingsOfPolicy(doc, resource, scope));
    }
    publicAccessBlocks(block, resource, extraPublic);
  }
  return { bindings, extraPublic };
}

function policyData(e: HclExpr | undefined): GValue | undefined {
  if (e?.type === 'call' && e.name === 'jsonencode') return fromHcl(e.args[0]);
  return undefined;
}

/** BigQuery `access { special_group / iam_member }`, storage ACL `entity` and `role_entity`. */
function publicAccessBlocks(block: HclBlock, resource: string, out: { node: GString; resource: string; what: string }[]): void {
  const check = (e: HclExpr | undefined, what: string) => {
    for (const s of strings(fromHcl(e))) {
      const v = s.value.trim().toLowerCase();
      const member = v.includes(':') ? v.slice(v.lastIndexOf(':') + 1) : v;
      if (!s.dynamic && PUBLIC.has(member)) out.push({ node: s, resource, what });
    }
  };
  for (const a of hclBlocks(block.body, 'access')) {
    check(hclAttr(a.body, 'special_group'), 'dataset access');
    check(hclAttr(a.body, 'iam_member'), 'dataset access');
  }
  check(hclAttr(block.body, 'entity'), 'ACL entry');
  check(hclAttr(block.body, 'role_entity'), 'ACL entry');
}

/** gcloud `get-iam-policy` output and the YAML / JSON files `set-iam-policy` reads. */
function yamlBindings(ctx: DocumentContext): Binding[] {
  if (!ctx.text.includes('bindings') || !ctx.text.includes('members')) return [];
  const out: Binding[] = [];
  for (const doc of yamlDocs(ctx, (t) => t.includes('bindings'))) {
    for (const { map, path } of maps(doc.root)) {
      const list = get(map, 'bindings');
      if (list?.kind !== 'list' || !list.items.some((b) => get(b, 'role') && get(b, 'members'))) continue;
      out.push(...bindingsOfPolicy(map, path.length ? path.join('.') : ctx.basename, 'policy'));
    }
  }
  return out;
}

function gcpIssues(ctx: DocumentContext): GrantIssue[] {
  return ctx.cache('grants/gcp', () => {
    const tf = isTerraform(ctx.path.toLowerCase());
    const { bindings, extraPublic } = tf ? terraformBindings(ctx) : { bindings: yamlBindings(ctx), extraPublic: [] };
    const out: GrantIssue[] = [];
    for (const b of bindings) {
      const role = b.role?.value.trim();
      const basic = role ? BASIC[role] : undefined;
      // Basic roles matter where they span a project, folder or organisation (or a policy of unknown scope);
      // roles/viewer on one Cloud Function or bucket reads that one resource.
      if (b.role && role && basic && ['organization', 'folder', 'project', 'policy'].includes(b.scope)) {
        out.push({
          ruleId: GCP_IDS.basicRole,
          start: b.role.start,
          end: b.role.end,
          severity: basic.severity === 'error' ? undefined : 'info',
          message: `Basic role ${role} ${b.scope === 'policy' ? '' : `at ${b.scope} level `}grants ${basic.allows}`,
          identity: `${b.resource}|role:${role}`,
          resource: b.resource,
          fixes: [replaceString(b.role, SUGGESTED[role]!, 'Grant a predefined role with only the permissions needed', true)],
        });
      }
      for (const m of b.members) {
        if (m.dynamic || !PUBLIC.has(m.value.trim().toLowerCase())) continue;
        out.push({
          ruleId: GCP_IDS.publicMember,
          start: m.start,
          end: m.end,
          message: `${m.value.trim()} gets ${role ?? 'this role'}${m.value.trim() === 'allUsers' ? ': anyone on the internet, without signing in' : ': anyone with any Google account'}`,
          identity: `${b.resource}|member:${m.value.trim()}|${role ?? ''}`,
          resource: b.resource,
          fixes: [replaceString(m, '${1:group:team@example.com}', 'Grant the group or service account that needs access', true)],
        });
      }
    }
    for (const p of extraPublic) {
      out.push({
        ruleId: GCP_IDS.publicMember,
        start: p.node.start,
        end: p.node.end,
        message: `${p.what} for ${p.node.value.trim()} makes the data readable by ${p.node.value.toLowerCase().includes('allusers') ? 'anyone on the internet' : 'anyone with a Google account'}`,
        identity: `${p.resource}|${p.what}:${p.node.value.trim()}`,
        resource: p.resource,
        fixes: [replaceString(p.node, '${1:projectReaders}', 'Grant access to a project role or a named group instead', true)],
      });
    }
    return out;
  });
}

const base = {
  kind: 'document' as const,
  category: 'wildcard-grant' as const,
  lifetime: 'unknown' as const,
  tags: ['gcp', 'iam'],
  appliesTo: (path: string) => isTerraform(path) || isYamlLike(path),
};

export const gcpIamBasicRole: DocumentRule = {
  ...base,
  id: GCP_IDS.basicRole,
  title: 'GCP basic role (owner, editor, viewer) granted',
  severity: 'error',
  description: 'roles/owner and roles/editor grant thousands of permissions across every service (owner includes IAM itself); roles/viewer reads nearly everything. Google recommends predefined or custom roles instead.',
  remediation: 'Grant predefined roles for the services the member uses (roles/storage.objectViewer, roles/run.developer…); use IAM Recommender to find the permissions actually used.',
  keywords: ['roles/owner', 'roles/editor', 'roles/viewer'],
  check: (ctx) => reportIssues(ctx, GCP_IDS.basicRole, gcpIssues(ctx)),
  examples: () => ({
    match: [
      { text: 'resource "google_project_iam_member" "ci" {\n  project = "shop-prod"\n  role    = "roles/owner"\n  member  = "serviceAccount:ci@shop-prod.iam.gserviceaccount.com"\n}\n', path: 'iam.tf' },
      { text: 'bindings:\n- members:\n  - user:ops@example.com\n  role: roles/editor\netag: BwX\n', path: 'policy.yaml' },
    ],
    noMatch: [{ text: 'resource "google_project_iam_member" "ci" {\n  project = "shop-prod"\n  role    = "roles/run.developer"\n  member  = "serviceAccount:ci@shop-prod.iam.gserviceaccount.com"\n}\n# not roles/owner\n', path: 'iam.tf' }],
  }),
};

export const gcpIamPublicMember: DocumentRule = {
  ...base,
  id: GCP_IDS.publicMember,
  title: 'GCP resource granted to allUsers or allAuthenticatedUsers',
  severity: 'error',
  description: 'allUsers is anyone on the internet; allAuthenticatedUsers is anyone with any Google account, not only your organisation. Either makes the bucket, function, key or dataset public.',
  remediation: 'Grant the group, domain or service account that needs access; serve public content through a CDN or signed URLs instead of public IAM.',
  keywords: ['allusers', 'allauthenticatedusers'],
  check: (ctx) => reportIssues(ctx, GCP_IDS.publicMember, gcpIssues(ctx)),
  examples: () => ({
    match: [
      { text: 'resource "google_storage_bucket_iam_member" "public" {\n  bucket = google_storage_bucket.site.name\n  role   = "roles/storage.objectViewer"\n  member = "allUsers"\n}\n', path: 'bucket.tf' },
      { text: '{"bindings":[{"role":"roles/cloudfunctions.invoker","members":["allAuthenticatedUsers"]}]}', path: 'policy.json' },
    ],
    noMatch: [{ text: 'resource "google_storage_bucket_iam_member" "team" {\n  bucket = google_storage_bucket.site.name\n  role   = "roles/storage.objectViewer"\n  member = "group:web@example.com"\n}\n# allUsers removed\n', path: 'bucket.tf' }],
  }),
};

export const gcpGrantRules: readonly DocumentRule[] = [gcpIamBasicRole, gcpIamPublicMember];

/** Every regex of this module, for the ReDoS test. */
export const GCP_REGEXES: readonly RegExp[] = [/^google_/, /_iam_(?:member|binding|policy)$/, /_iam_(?:member|binding)$/];
