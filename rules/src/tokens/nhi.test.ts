/**
 * Long-lived-token rules beyond their inline examples: CI static cloud credentials (with the OIDC fix applied
 * and the result re-parsed), Terraform key resources, kubeconfig users, and the lifetime classes. Workflow
 * texts are built here rather than kept as fixtures, so the repository's own commit hook has nothing to read.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { Scanner } from '../engine/scanner.js';
import type { Finding, Fix } from '../finding.js';
import { builtinRules } from '../registry.js';
import { encodeBase64 } from './base64.js';
import { githubAwsKeysWorkflow, githubOidcWorkflow } from './ci-credentials.js';
import { fakeJwt } from '../secrets/structured/jwt.js';
import { ALNUM, BASE64, BASE64URL, fake, fakeChars, fakeCrcToken, UPPER_DIGITS } from '../secrets/testing/fake.js';

const NOW = Date.UTC(2026, 0, 15);
const scanner = new Scanner(builtinRules);
const scan = (text: string, path: string) => scanner.scan(text, path, { explain: true, now: NOW });
const hits = (text: string, path: string, id: string) => scan(text, path).findings.filter((f) => f.ruleId === id);
const at = (text: string, f: Finding) => text.slice(f.start, f.end);

/** Snippet text to its default: `${1:x}` → `x`, `\$` → `$`. */
function snippetDefaults(s: string): string {
  return s.replace(/\\\$/g, '\u0000').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\u0000/g, '$');
}
function apply(text: string, fix: Fix): string {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + (fix.snippet ? snippetDefaults(e.newText) : e.newText) + out.slice(e.end);
  return out;
}
const parses = (text: string) => parseAllDocuments(text).every((d) => d.errors.length === 0);
const ref = (name: string) => '${{ secrets.' + name + ' }}';
const CI_ID = 'ci-static-cloud-credentials';
type Workflow = { permissions?: Record<string, string>; jobs: Record<string, { permissions?: Record<string, string>; env?: Record<string, string>; steps: Record<string, unknown>[] }> };

describe('CI static cloud credentials: GitHub Actions', () => {
  it('configure-aws-credentials with access keys: one finding on the first key, with an OIDC fix that parses', () => {
    const text = githubAwsKeysWorkflow();
    const [f, ...rest] = hits(text, '.github/workflows/deploy.yml', CI_ID);
    expect(rest).toEqual([]);
    expect(at(text, f!)).toBe('aws-access-key-id');
    expect(f!.category).toBe('long-lived-token');
    expect(f!.lifetime).toBe('static');
    expect(f!.message).toMatch(/aws-access-key-id, aws-secret-access-key from a CI secret/);
    expect(f!.message).toMatch(/lifetime: an IAM user access key never expires/);
    expect(f!.resource).toBe('job deploy');
    expect(f!.owasp).toContain('NHI7');
    const fix = f!.fixes[0]!;
    expect(fix.kind).toBe('suggestion');
    expect(fix.snippet).toBe(true);
    expect(fix.edits.some((e) => e.newText.includes('role-to-assume: ${1:arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME}'))).toBe(true);
    const fixed = apply(text, fix);
    expect(parses(fixed)).toBe(true);
    const wf = parse(fixed) as Workflow;
    expect(wf.jobs.deploy!.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(wf.jobs.deploy!.steps[1]).toEqual({
      name: 'Configure AWS',
      uses: 'aws-actions/configure-aws-credentials@v4',
      with: { 'role-to-assume': 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME', 'aws-region': 'eu-west-1' },
    });
    // the fixed workflow is the OIDC form: nothing left to report
    expect(hits(fixed, '.github/workflows/deploy.yml', CI_ID)).toEqual([]);
  });

  it('adds id-token: write to existing workflow permissions instead of a job block', () => {
    const text = githubAwsKeysWorkflow().replace('on: push\n', 'on: push\npermissions:\n  contents: read\n');
    const [f] = hits(text, '.github/workflows/deploy.yml', CI_ID);
    const wf = parse(apply(text, f!.fixes[0]!)) as Workflow;
    expect(wf.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(wf.jobs.deploy!.permissions).toBeUndefined();
  });

  it('works with CRLF line ends', () => {
    const text = githubAwsKeysWorkflow().replace(/\n/g, '\r\n');
    const [f] = hits(text, '.github/workflows/deploy.yml', CI_ID);
    const fixed = apply(text, f!.fixes[0]!);
    expect(parses(fixed)).toBe(true);
    expect(fixed).not.toMatch(/[^\r]\n/);
  });

  it('google-github-actions/auth credentials_json → workload identity federation', () => {
    const text = `on: push\njobs:\n  gcp:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: google-github-actions/auth@v2\n        with:\n          credentials_json: ${ref('GCP_SA_KEY')}\n      - run: gcloud run deploy\n`;
    const [f] = hits(text, '.github/workflows/gcp.yml', CI_ID);
    expect(at(text, f!)).toBe('credentials_json');
    const wf = parse(apply(text, f!.fixes[0]!)) as Workflow;
    expect(wf.jobs.gcp!.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(wf.jobs.gcp!.steps[0]!.with).toEqual({
      workload_identity_provider: 'projects/PROJECT_NUMBER/locations/global/workloadIdentityPools/POOL_ID/providers/PROVIDER_ID',
      service_account: 'SERVICE_ACCOUNT@PROJECT_ID.iam.gserviceaccount.com',
    });
  });

  it('azure/login creds → federated client-id / tenant-id / subscription-id', () => {
    const text = `on: push\npermissions: write-all\njobs:\n  az:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/login@v2\n        with:\n          creds: ${ref('AZURE_CREDENTIALS')}\n`;
    const [f] = hits(text, '.github/workflows/az.yml', CI_ID);
    expect(f!.lifetime).toBe('long');
    const fixed = apply(text, f!.fixes[0]!);
    const wf = parse(fixed) as Workflow;
    expect(wf.jobs.az!.steps[0]!.with).toEqual({
      'client-id': ref('AZURE_CLIENT_ID'),
      'tenant-id': ref('AZURE_TENANT_ID'),
      'subscription-id': ref('AZURE_SUBSCRIPTION_ID'),
    });
    // write-all already includes id-token: write
    expect(wf.permissions).toBe('write-all');
  });

  it('job env with AWS keys: the fix removes them and puts an OIDC step first', () => {
    const text = `on: push\njobs:\n  tf:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${ref('K')}\n      AWS_SECRET_ACCESS_KEY: ${ref('S')}\n      TF_IN_AUTOMATION: "1"\n    steps:\n      - uses: actions/checkout@v4\n      - run: terraform apply\n`;
    const [f] = hits(text, '.github/workflows/tf.yml', CI_ID);
    expect(at(text, f!)).toBe('AWS_ACCESS_KEY_ID');
    const wf = parse(apply(text, f!.fixes[0]!)) as Workflow;
    expect(wf.jobs.tf!.env).toEqual({ TF_IN_AUTOMATION: '1' });
    expect(wf.jobs.tf!.steps[0]).toMatchObject({ uses: 'aws-actions/configure-aws-credentials@v4', with: { 'role-to-assume': 'arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME', 'aws-region': 'us-east-1' } });
    expect(wf.jobs.tf!.steps).toHaveLength(3);
    expect(wf.jobs.tf!.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
  });

  it('an env made only of AWS keys is removed whole (an empty env would not be valid)', () => {
    const text = `on: push\njobs:\n  tf:\n    env:\n      AWS_ACCESS_KEY_ID: ${ref('K')}\n      AWS_SECRET_ACCESS_KEY: ${ref('S')}\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform apply\n`;
    const [f] = hits(text, '.github/workflows/tf.yml', CI_ID);
    const fixed = apply(text, f!.fixes[0]!);
    const wf = parse(fixed) as Workflow;
    expect(wf.jobs.tf!.env).toBeUndefined();
    expect(wf.jobs.tf!.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(wf.jobs.tf!.steps).toHaveLength(2);
  });

  it('workflow-level env is reported without a fix; GCP and Azure env names too', () => {
    const text = `on: push\nenv:\n  GOOGLE_CREDENTIALS: ${ref('GCP')}\n  ARM_CLIENT_SECRET: ${ref('ARM')}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform plan\n`;
    const found = hits(text, '.github/workflows/plan.yml', CI_ID);
    expect(found.map((f) => at(text, f))).toEqual(['GOOGLE_CREDENTIALS', 'ARM_CLIENT_SECRET']);
    expect(found.every((f) => f.fixes.length === 0)).toBe(true);
    expect(found.map((f) => f.lifetime)).toEqual(['static', 'long']);
  });

  it('OIDC workflows, chained step outputs and non-CI paths are clean', () => {
    expect(hits(githubOidcWorkflow(), '.github/workflows/deploy.yml', CI_ID)).toEqual([]);
    expect(hits(githubAwsKeysWorkflow(), 'examples/deploy.yml', CI_ID)).toEqual([]);
    const chained = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: \${{ steps.sts.outputs.key }}\n          aws-secret-access-key: \${{ steps.sts.outputs.secret }}\n          aws-region: eu-west-1\n`;
    expect(hits(chained, '.github/workflows/a.yml', CI_ID)).toEqual([]);
  });

  it('the same step keeps its fingerprint when lines move', () => {
    const text = githubAwsKeysWorkflow();
    const moved = text.replace('on: push\n', 'on:\n  push:\n    branches: [main]\n');
    expect(hits(moved, '.github/workflows/deploy.yml', CI_ID)[0]!.fingerprint).toBe(hits(text, '.github/workflows/deploy.yml', CI_ID)[0]!.fingerprint);
  });
});

describe('CI static cloud credentials: GitLab CI and CircleCI', () => {
  it('GitLab variables and key-file / client-secret sign-ins in scripts', () => {
    const text = 'variables:\n  AWS_SECRET_ACCESS_KEY: $AWS_SECRET\ndeploy:\n  script:\n    - gcloud auth activate-service-account --key-file "$KEY_FILE"\n    - az login --service-principal -u "$ID" -p "$AZURE_SECRET" --tenant "$TENANT"\n';
    const found = hits(text, '.gitlab-ci.yml', CI_ID);
    expect(found.map((f) => [f.resource, at(text, f).split(' ')[0]])).toEqual([
      ['pipeline (every job)', 'AWS_SECRET_ACCESS_KEY'],
      ['job deploy', 'gcloud'],
      ['job deploy', 'az'],
    ]);
  });

  it('GitLab id_tokens with a federated az login is clean', () => {
    const text = 'deploy:\n  id_tokens:\n    AZ_TOKEN:\n      aud: api://AzureADTokenExchange\n  script:\n    - az login --service-principal -u "$AZURE_CLIENT_ID" --tenant "$AZURE_TENANT_ID" --federated-token "$AZ_TOKEN"\n';
    expect(hits(text, '.gitlab-ci.yml', CI_ID)).toEqual([]);
  });

  it('CircleCI environment and aws-cli orb key parameters; role_arn is clean', () => {
    const text = 'version: 2.1\njobs:\n  deploy:\n    environment:\n      AWS_ACCESS_KEY_ID: AKIA_FROM_CONTEXT\n    steps:\n      - aws-cli/setup:\n          aws_access_key_id: AWS_KEY\n';
    const found = hits(text, '.circleci/config.yml', CI_ID);
    expect(found.map((f) => at(text, f))).toEqual(['AWS_ACCESS_KEY_ID', 'aws_access_key_id']);
    expect(hits('version: 2.1\njobs:\n  deploy:\n    steps:\n      - aws-cli/setup:\n          role_arn: arn:aws:iam::1:role/ci\n', '.circleci/config.yml', CI_ID)).toEqual([]);
  });
});

describe('Terraform resources that mint long-lived keys', () => {
  const ID = 'terraform-long-lived-key';
  it('names the resource and the identity, underlines the type label', () => {
    const text = 'resource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n';
    const [f] = hits(text, 'iam.tf', ID);
    expect(at(text, f!)).toBe('aws_iam_access_key');
    expect(f!.resource).toBe('aws_iam_access_key.ci (aws_iam_user.ci.name)');
    expect(f!.lifetime).toBe('static');
    expect(f!.message).toMatch(/state in clear/);
  });

  it('Entra ID passwords: lifetime from end_date_relative or end_date', () => {
    const rel = 'resource "azuread_application_password" "p" {\n  application_id    = "x"\n  end_date_relative = "17520h"\n}\n';
    expect(hits(rel, 'a.tf', ID)[0]!.lifetimeDetail).toBe('expires 2 years after creation (end_date_relative)');
    const short = rel.replace('17520h', '12h');
    expect(hits(short, 'a.tf', ID)[0]!.lifetime).toBe('short');
    const dated = 'resource "azuread_service_principal_password" "p" {\n  service_principal_id = "x"\n  end_date = "2099-01-01T00:00:00Z"\n}\n';
    expect(hits(dated, 'a.tf', ID)[0]).toMatchObject({ lifetime: 'long', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('the service-account key resource and a federated alternative', () => {
    expect(hits('resource "google_service_account_key" "k" {\n  service_account_id = "projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com"\n}\n', 'k.tf', ID)[0]!.resource).toBe(
      'google_service_account_key.k (projects/p/serviceAccounts/ci@p.iam.gserviceaccount.com)',
    );
    expect(hits('resource "google_iam_workload_identity_pool_provider" "gh" {\n  workload_identity_pool_provider_id = "github"\n}\n', 'k.tf', ID)).toEqual([]);
  });
});

describe('kubeconfig users', () => {
  const ID = 'kubeconfig-static-credential';
  const cfg = (user: string) => `apiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n${user}`;

  it('a static token is reported once (not also as a generic secret), as static', () => {
    const token = fakeChars(ALNUM, 48, 'kc');
    const text = cfg(`    token: ${token}\n`);
    const all = scan(text, 'kubeconfig').findings;
    expect(all.map((f) => f.ruleId)).toEqual([ID]);
    expect(all[0]).toMatchObject({ lifetime: 'static', resource: 'kubeconfig user deployer' });
    expect(at(text, all[0]!)).toBe(token);
    expect(all[0]!.message).not.toContain(token);
  });

  it('a non-expiring service-account JWT is long-lived here; one that expires within a day is only the JWT rule\'s', () => {
    const longJwt = fakeJwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' }, 'RS256', 'kc');
    const [f] = hits(cfg(`    token: ${longJwt}\n`), 'prod.kubeconfig', ID);
    expect(f!.lifetime).toBe('static');
    expect(f!.lifetimeDetail).toMatch(/Kubernetes service-account token.*no exp claim/);
    const iat = NOW / 1000;
    const shortJwt = fakeJwt({ iss: 'https://kubernetes.default.svc', sub: 'system:serviceaccount:ci:deployer', iat, exp: iat + 3600 }, 'RS256', 'kc2');
    const found = scan(cfg(`    token: ${shortJwt}\n`), 'prod.kubeconfig').findings;
    expect(found.map((x) => [x.ruleId, x.lifetime])).toEqual([['jwt', 'short']]);
  });

  it('client-key-data is long-lived; exec plugins and projected tokens are clean', () => {
    const key = encodeBase64(`-----BEGIN EC PRIVATE KEY-----\n${fakeChars(BASE64, 64, 'ec')}\n-----END EC PRIVATE KEY-----\n`);
    const [f] = hits(cfg(`    client-key-data: ${key}\n`), '.kube/config', ID);
    expect(f!.lifetime).toBe('long');
    expect(hits(cfg('    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: kubelogin\n'), '.kube/config', ID)).toEqual([]);
    const projected =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  serviceAccountName: app\n  containers:\n    - name: app\n      image: app\n      volumeMounts:\n        - name: token\n          mountPath: /var/run/secrets/tokens\n  volumes:\n    - name: token\n      projected:\n        sources:\n          - serviceAccountToken:\n              path: token\n              expirationSeconds: 3600\n              audience: vault\n';
    expect(scan(projected, 'k8s/pod.yaml').findings).toEqual([]);
  });
});

describe('lifetime classes on secret findings', () => {
  const one = (text: string, path = 'config.env') => scan(text, path).findings[0]!;
  it('static: AKIA user keys, classic GitHub PATs, Slack bot tokens', () => {
    expect(one(`AWS_ACCESS_KEY_ID=${fake('AKIA', UPPER_DIGITS, 16, 'lt')}`)).toMatchObject({ ruleId: 'aws-access-key-id', lifetime: 'static' });
    expect(one(`TOKEN=${fakeCrcToken('ghp_', 'lt')}`)).toMatchObject({ lifetime: 'static', lifetimeDetail: 'never expires unless an expiry was set' });
  });

  it('short: ASIA keys are temporary STS credentials, not long-lived (but still reported)', () => {
    const f = one(`AWS_ACCESS_KEY_ID=${fake('ASIA', UPPER_DIGITS, 16, 'lt')}`);
    expect(f).toMatchObject({ ruleId: 'aws-access-key-id', category: 'secret', lifetime: 'short' });
    expect(f.message).toMatch(/temporary \(STS\).*lifetime: temporary STS credentials/);
    expect(f.owasp).toEqual(['NHI2', 'NHI7']);
    expect(one(`TOKEN=${fakeCrcToken('ghs_', 'lt')}`)).toMatchObject({ lifetime: 'short', lifetimeDetail: 'expires after 1 hour' });
  });

  it('long: fine-grained PATs and JWTs valid for more than a day, in human units', () => {
    const iat = NOW / 1000;
    const f = one(`Authorization: Bearer ${fakeJwt({ iss: 'https://auth.acme.dev/', sub: 'svc', email: 'ops@acme.dev', iat, exp: iat + 90 * 86400 }, 'HS256', 'lt')}`);
    expect(f).toMatchObject({ ruleId: 'jwt', lifetime: 'long', lifetimeDetail: 'valid for 90 days' });
    // only iss, aud, iat and exp ever reach the message
    expect(f.message).toContain('issued by https://auth.acme.dev/');
    expect(f.message).not.toMatch(/svc|ops@acme/);
    const pat = `github_pat_${fakeChars(ALNUM, 22, 'i')}_${fakeChars(ALNUM, 59, 's')}`;
    expect(one(`GH_TOKEN=${pat}`)).toMatchObject({ lifetime: 'long' });
    // Vault batch tokens are TTL-bound like service tokens, just not renewable
    expect(one(`VAULT_TOKEN=hvb.AAAAAQ${fakeChars(BASE64URL, 150, 'lt')}`)).toMatchObject({ ruleId: 'hashicorp-vault-token', lifetime: 'long' });
  });

  it('unknown: a SAS token without se= and a generic password', () => {
    const f = one(`PASSWORD="${fakeChars(ALNUM, 18, 'pw')}#1"`, 'app.py');
    expect(f.lifetime).toBe('unknown');
  });
});
