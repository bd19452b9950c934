/**
 * Azure RBAC: privileged built-in roles (Owner, Contributor, User Access Administrator) assigned at
 * subscription or management-group scope by `azurerm_role_assignment`, and custom role definitions that
 * allow `*` (`azurerm_role_definition`, ARM `Microsoft.Authorization/roleDefinitions`, with ARM parameter
 * defaults followed one step).
 */
import type { DocumentContext } from '../../engine/document.js';
import type { DocumentRule } from '../../rule.js';
import { hclAttr, hclBlocks, type HclExpr } from '../../parse/hcl.js';
import { reportIssues, replaceString, type GrantIssue } from '../common.js';
import { hclFile, isTerraform, isYamlLike, yamlDocs } from '../files.js';
import { fromHcl, get, getCI, str, strings, type GString } from '../value.js';

export const AZURE_IDS = { assignment: 'azure-privileged-role-assignment', customRole: 'azure-custom-role-wildcard' };

const PRIVILEGED: Record<string, string> = {
  owner: 'take full control, including granting access to others,',
  contributor: 'create, change and delete every resource',
  'user access administrator': 'grant any role, including Owner, to anyone',
};
/** Built-in role definition ids, for assignments that name the role by id. */
const PRIVILEGED_IDS: Record<string, string> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
};

/** Scope text or reference → what it covers, or undefined when narrower than a subscription. */
function broadScope(e: HclExpr | undefined, text: string): string | undefined {
  if (!e) return undefined;
  const src = text.slice(e.start, e.end);
  if (/managementgroups?\//i.test(src) || /azurerm_management_group\b/.test(src)) return 'management group';
  if (e.type === 'string') {
    const v = e.value.trim();
    if (v === '/') return 'tenant root';
    if (/^\/subscriptions\/[^/]+\/?$/i.test(v) && !v.toLowerCase().includes('/resourcegroups')) return 'subscription';
    if (/^\/subscriptions\/\$\{[^}]*\}\/?$/.test(v)) return 'subscription';
    return undefined;
  }
  if (e.type === 'ref' && /^data\.azurerm_subscription\.\w+\.id$/.test(e.path)) return 'subscription';
  return undefined;
}

function terraformIssues(ctx: DocumentContext, out: GrantIssue[]): void {
  if (!ctx.text.includes('azurerm_role_')) return;
  for (const block of hclFile(ctx).body.blocks) {
    if (block.type !== 'resource') continue;
    const [type = '', name = ''] = block.labels;
    const resource = `${type}.${name}`;
    if (type === 'azurerm_role_assignment') {
      const scope = broadScope(hclAttr(block.body, 'scope'), ctx.text);
      if (!scope) continue;
      const byName = fromHcl(hclAttr(block.body, 'role_definition_name'));
      const byId = fromHcl(hclAttr(block.body, 'role_definition_id'));
      let node: GString | undefined;
      let role: string | undefined;
      if (byName?.kind === 'string' && !byName.dynamic && PRIVILEGED[byName.value.trim().toLowerCase()]) {
        node = byName;
        role = byName.value.trim();
      } else if (byId?.kind === 'string' && !byId.dynamic) {
        const guid = byId.value.trim().toLowerCase().split('/').pop() ?? '';
        if (PRIVILEGED_IDS[guid]) {
          node = byId;
          role = PRIVILEGED_IDS[guid];
        }
      }
      if (!node || !role) continue;
      out.push({
        ruleId: AZURE_IDS.assignment,
        start: node.start,
        end: node.end,
        severity: role === 'Contributor' ? 'warning' : undefined,
        message: `${role} at ${scope} scope lets the principal ${PRIVILEGED[role.toLowerCase()]!.replace(/,$/, '')} across the whole ${scope}`,
        identity: `${resource}|${role}|${scope}`,
        resource,
        fixes: [replaceString(node, node === byName ? '${1:Reader}' : `${node.value.slice(0, node.value.lastIndexOf('/') + 1)}\${1:role-definition-guid}`, 'Assign a narrower built-in role, or scope the assignment to a resource group', true)],
      });
    } else if (type === 'azurerm_role_definition') {
      for (const p of hclBlocks(block.body, 'permissions')) {
        const star = strings(fromHcl(hclAttr(p.body, 'actions'))).find((s) => !s.dynamic && s.value.trim() === '*');
        if (!star) continue;
        const scopes = strings(fromHcl(hclAttr(block.body, 'assignable_scopes')));
        out.push(customRoleIssue(star, resource, scopes.map((s) => s.value)));
      }
    }
  }
}

function customRoleIssue(star: GString, resource: string, scopes: string[], via?: string): GrantIssue {
  return {
    ruleId: AZURE_IDS.customRole,
    start: star.start,
    end: star.end,
    message: `Custom role allows actions "*"${via ? ` (${via})` : ''}: every operation on every resource type in its scope, the same as Owner${scopes.length ? '' : ''}`,
    identity: `${resource}|actions:*`,
    resource,
    fixes: [replaceString(star, 'Microsoft.${1:Storage}/${2:storageAccounts}/${3:read}', 'List the operations this role needs', true)],
  };
}

/** ARM templates: roleDefinitions whose actions are "*" directly or through a parameter's default value. */
function armIssues(ctx: DocumentContext, out: GrantIssue[]): void {
  if (!ctx.text.includes('Microsoft.Authorization/roleDefinitions')) return;
  for (const doc of yamlDocs(ctx, (t) => t.includes('microsoft.authorization/roledefinitions'))) {
    const resources = get(doc.root, 'resources');
    if (resources?.kind !== 'list') continue;
    for (const r of resources.items) {
      if ((str(get(r, 'type')) ?? '').toLowerCase() !== 'microsoft.authorization/roledefinitions') continue;
      const name = `Microsoft.Authorization/roleDefinitions.${str(get(r, 'name')) ?? '?'}`;
      const perms = get(get(r, 'properties'), 'permissions');
      for (const p of perms?.kind === 'list' ? perms.items : []) {
        const actions = getCI(p, 'actions');
        let list = strings(actions);
        let via: string | undefined;
        const param = actions?.kind === 'string' ? /^\[parameters\('([\w-]{1,80})'\)\]$/.exec(actions.value.trim()) : null;
        if (param) {
          list = strings(get(get(get(doc.root, 'parameters'), param[1]!), 'defaultValue'));
          via = `default of parameter '${param[1]}'`;
        }
        const star = list.find((s) => !s.dynamic && s.value.trim() === '*');
        if (star) out.push(customRoleIssue(star, name, [], via));
      }
    }
  }
}

function azureIssues(ctx: DocumentContext): GrantIssue[] {
  return ctx.cache('grants/azure', () => {
    const out: GrantIssue[] = [];
    if (isTerraform(ctx.path.toLowerCase())) terraformIssues(ctx, out);
    else armIssues(ctx, out);
    return out;
  });
}

const base = {
  kind: 'document' as const,
  category: 'wildcard-grant' as const,
  lifetime: 'unknown' as const,
  tags: ['azure', 'rbac'],
  appliesTo: (path: string) => isTerraform(path) || isYamlLike(path),
};

export const azurePrivilegedRoleAssignment: DocumentRule = {
  ...base,
  id: AZURE_IDS.assignment,
  title: 'Azure Owner, Contributor or User Access Administrator at subscription scope',
  severity: 'error',
  description: 'Owner, Contributor and User Access Administrator assigned at a subscription or management group reach every resource in it; Owner and User Access Administrator can also grant access to others.',
  remediation: 'Assign a narrower built-in role (or a custom role) scoped to the resource group or resource the principal works on; use Privileged Identity Management for just-in-time Owner access.',
  keywords: ['azurerm_role_assignment'],
  check: (ctx) => reportIssues(ctx, AZURE_IDS.assignment, azureIssues(ctx)),
  examples: () => ({
    match: [{ text: 'resource "azurerm_role_assignment" "ci" {\n  scope                = data.azurerm_subscription.primary.id\n  role_definition_name = "Owner"\n  principal_id         = azurerm_user_assigned_identity.ci.principal_id\n}\n', path: 'rbac.tf' }],
    noMatch: [{ text: 'resource "azurerm_role_assignment" "ci" {\n  scope                = azurerm_resource_group.app.id\n  role_definition_name = "Contributor"\n  principal_id         = azurerm_user_assigned_identity.ci.principal_id\n}\n', path: 'rbac.tf' }],
  }),
};

export const azureCustomRoleWildcard: DocumentRule = {
  ...base,
  id: AZURE_IDS.customRole,
  title: 'Azure custom role allows every action',
  severity: 'error',
  description: 'A custom role definition with `actions: ["*"]` grants every operation on every resource type in its assignable scopes: an Owner in all but name, including writing role assignments.',
  remediation: 'List the resource-provider operations the role needs (Microsoft.Storage/storageAccounts/read…); start from a built-in role close to the job.',
  keywords: ['azurerm_role_definition', 'microsoft.authorization/roledefinitions'],
  check: (ctx) => reportIssues(ctx, AZURE_IDS.customRole, azureIssues(ctx)),
  examples: () => ({
    match: [
      { text: 'resource "azurerm_role_definition" "ops" {\n  name  = "ops"\n  scope = data.azurerm_subscription.primary.id\n  permissions {\n    actions     = ["*"]\n    not_actions = []\n  }\n}\n', path: 'roles.tf' },
      { text: '{"resources":[{"type":"Microsoft.Authorization/roleDefinitions","name":"ops","properties":{"permissions":[{"actions":["*"]}]}}]}', path: 'azuredeploy.json' },
    ],
    noMatch: [{ text: 'resource "azurerm_role_definition" "ops" {\n  name  = "ops"\n  scope = data.azurerm_subscription.primary.id\n  permissions {\n    actions = ["Microsoft.Compute/virtualMachines/start/action"]\n  }\n}\n', path: 'roles.tf' }],
  }),
};

export const azureGrantRules: readonly DocumentRule[] = [azurePrivilegedRoleAssignment, azureCustomRoleWildcard];

/** Every regex of this module, for the ReDoS test. */
export const AZURE_REGEXES: readonly RegExp[] = [
  /managementgroups?\//i,
  /azurerm_management_group\b/,
  /^\/subscriptions\/[^/]+\/?$/i,
  /^\/subscriptions\/\$\{[^}]*\}\/?$/,
  /^data\.azurerm_subscription\.\w+\.id$/,
  /^\[parameters\('([\w-]{1,80})'\)\]$/,
];
