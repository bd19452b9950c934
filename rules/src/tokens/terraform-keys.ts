/**
 * Terraform resources that mint a long-lived credential for a non-human identity: a GCP service-account key,
 * an AWS IAM user access key, an Entra ID application or service-principal password. The key lives on in the
 * Terraform state (in clear) and in whatever consumes the output, and never expires or only after years.
 */
import type { DocumentContext } from '../engine/document.js';
import type { LifetimeInfo } from '../finding.js';
import type { DocumentRule } from '../rule.js';
import { hclAttr, hclLiteral, type HclExpr } from '../parse/hcl.js';
import { hclFile, isTerraform } from '../grants/files.js';
import { formatDuration } from './jwt.js';

interface KeyResource {
  what: string;
  /** The attribute naming the identity the key belongs to. */
  owner: string;
  lifetime: LifetimeInfo;
  instead: string;
}

const RESOURCES: Record<string, KeyResource> = {
  google_service_account_key: {
    what: 'a user-managed service-account key',
    owner: 'service_account_id',
    lifetime: { lifetime: 'static', detail: 'user-managed service-account keys never expire unless an expiry policy is set' },
    instead: 'workload identity federation or an attached service account',
  },
  aws_iam_access_key: {
    what: 'an IAM user access key',
    owner: 'user',
    lifetime: { lifetime: 'static', detail: 'never expires until the key is deleted' },
    instead: 'an IAM role (instance profile, task role, IRSA) or OIDC federation',
  },
  azuread_application_password: {
    what: 'an Entra ID application client secret',
    owner: 'application_id',
    lifetime: { lifetime: 'long', detail: 'expires after 2 years unless end_date says otherwise' },
    instead: 'a federated identity credential (azuread_application_federated_identity_credential) or a managed identity',
  },
  azuread_service_principal_password: {
    what: 'an Entra ID service-principal client secret',
    owner: 'service_principal_id',
    lifetime: { lifetime: 'long', detail: 'expires after 2 years unless end_date says otherwise' },
    instead: 'a federated identity credential or a managed identity',
  },
};

const HOUR = 3600;
const RELATIVE = /^(\d{1,7})h$/;

/** Lifetime of an Entra ID password from `end_date_relative` ("8760h") or `end_date` (RFC 3339), when literal. */
function azureLifetime(body: Parameters<typeof hclAttr>[0], base: LifetimeInfo, now: number): LifetimeInfo {
  const rel = hclLiteral(hclAttr(body, 'end_date_relative'));
  const m = rel ? RELATIVE.exec(rel.trim()) : null;
  if (m) {
    const s = Number(m[1]) * HOUR;
    return { lifetime: s > 24 * HOUR ? 'long' : 'short', detail: `expires ${formatDuration(s)} after creation (end_date_relative)` };
  }
  const end = hclLiteral(hclAttr(body, 'end_date'));
  const t = end ? Date.parse(end) : NaN;
  if (Number.isFinite(t)) {
    const left = (t - now) / 1000;
    const expiresAt = new Date(t).toISOString();
    return left <= 0
      ? { lifetime: 'short', detail: `expired on ${expiresAt.slice(0, 10)}`, expiresAt }
      : { lifetime: left > 24 * HOUR ? 'long' : 'short', detail: `valid until ${expiresAt.slice(0, 10)} (end_date)`, expiresAt };
  }
  return base;
}

/** The identity as written: `google_service_account.ci.name`, `"deployer"`, `var.app_id`. */
function ownerText(e: HclExpr | undefined, text: string): string | undefined {
  if (!e) return undefined;
  const lit = hclLiteral(e);
  if (lit !== undefined) return lit;
  if (e.type === 'ref') return e.path;
  const raw = text.slice(e.start, e.end).trim();
  return raw.length <= 120 ? raw : undefined;
}

function check(ctx: DocumentContext): void {
  if (!Object.keys(RESOURCES).some((t) => ctx.text.includes(t))) return;
  const now = Date.now();
  for (const block of hclFile(ctx).body.blocks) {
    if (block.type !== 'resource') continue;
    const [type = '', name = ''] = block.labels;
    const spec = RESOURCES[type];
    if (!spec) continue;
    // Underline the type label in the block header: the resource as a whole is the problem.
    const at = ctx.text.indexOf(type, block.start);
    if (at < 0 || at > block.end) continue;
    const owner = ownerText(hclAttr(block.body, spec.owner), ctx.text);
    const address = `${type}.${name}`;
    const lifetime = type.startsWith('azuread_') ? azureLifetime(block.body, spec.lifetime, now) : spec.lifetime;
    ctx.report({
      start: at,
      end: at + type.length,
      identity: address,
      resource: owner ? `${address} (${owner})` : address,
      message: `Terraform ${address} mints ${spec.what}${owner ? ` for ${owner}` : ''}; it is stored in the state in clear. Use ${spec.instead}`,
      lifetime,
    });
  }
}

export const terraformLongLivedKey: DocumentRule = {
  kind: 'document',
  id: 'terraform-long-lived-key',
  title: 'Terraform mints a long-lived key for a non-human identity',
  category: 'long-lived-token',
  severity: 'warning',
  description:
    'google_service_account_key, aws_iam_access_key, azuread_application_password and azuread_service_principal_password create static or multi-year credentials; Terraform keeps them in its state in clear, and whatever consumes the output holds a key that outlives the reason it was made.',
  remediation:
    'Remove the resource and give the workload a federated or attached identity: GCP workload identity federation or an attached service account, an AWS IAM role (or OIDC for CI), an Entra ID federated identity credential or managed identity. If a key is unavoidable, set the shortest expiry and rotate it with time_rotating.',
  lifetime: 'static',
  lifetimeDetail: 'GCP and AWS keys never expire; Entra ID passwords default to 2 years',
  replacement: 'workload identity federation, IAM roles, Entra ID federated credentials or managed identities',
  owasp: ['NHI7'],
  cwe: ['CWE-262', 'CWE-312'],
  tags: ['terraform'],
  keywords: Object.keys(RESOURCES),
  appliesTo: isTerraform,
  check,
  examples: () => ({
    match: [
      { text: 'resource "google_service_account" "ci" {\n  account_id = "ci-deployer"\n}\n\nresource "google_service_account_key" "ci" {\n  service_account_id = google_service_account.ci.name\n}\n', path: 'gcp/ci.tf' },
      { text: 'resource "aws_iam_user" "deployer" {\n  name = "deployer"\n}\n\nresource "aws_iam_access_key" "deployer" {\n  user = aws_iam_user.deployer.name\n}\n', path: 'iam.tf' },
      { text: 'resource "azuread_application_password" "ci" {\n  application_id = azuread_application.ci.id\n  end_date       = "2099-01-01T00:00:00Z"\n}\n', path: 'azure/app.tf' },
      { text: 'resource "azuread_service_principal_password" "sp" {\n  service_principal_id = azuread_service_principal.sp.id\n}\n', path: 'azure/sp.tf' },
    ],
    noMatch: [
      { text: 'resource "google_iam_workload_identity_pool" "ci" {\n  workload_identity_pool_id = "ci"\n}\n', path: 'gcp/wif.tf' },
      { text: 'resource "azuread_application_federated_identity_credential" "gh" {\n  application_id = azuread_application.ci.id\n  issuer         = "https://token.actions.githubusercontent.com"\n}\n', path: 'azure/fic.tf' },
      // a data source reads an existing key's metadata; it mints nothing
      { text: 'data "google_service_account_key" "k" {\n  name = "projects/p/serviceAccounts/a/keys/k"\n}\n', path: 'gcp/data.tf' },
      { text: '# aws_iam_access_key is not used here\n', path: 'README.md' },
    ],
  }),
};
