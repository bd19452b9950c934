import type { Examples, Lifetime, LifetimeInfo, MatchContext, PatternRule, Severity } from '../../index.js';
import { crc32 } from '../../util/hash.js';
import { ALNUM, BASE64URL, HEX, fake, fakeChars } from '../testing/fake.js';

/**
 * GitLab's token prefixes (docs.gitlab.com/security/tokens/#token-prefixes). Classic tokens are the prefix and
 * 20 (to 64) URL-safe characters. Routable tokens (GitLab 17.x+, `Authn::TokenField::Generator::RoutableToken`)
 * are `<prefix><base64url payload>.<2-char base36 version>.<2-char base36 payload length><7-char base36 CRC32>`,
 * where the CRC32 covers everything before it (prefix included); an early variant had no version segment. The
 * CRC lets a made-up or truncated routable token be dropped offline.
 */

/** Payload is 16 random bytes + routing info, so at least 27 base64 characters (GitLab caps the whole at ~300). */
const ROUTABLE = String.raw`[\w-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}`;

function crcMatches(token: string): boolean {
  return Number.parseInt(token.slice(-7), 36) === crc32(token.slice(0, -7));
}

/**
 * Routable tokens carry a CRC; classic ones do not. Self-managed instances may put an instance prefix in front
 * (`acme-glpat-…`, GitLab 18.x), which the CRC also covers, so that is tried when the bare token fails.
 */
export function gitlabRoutableValid(token: string, ctx?: MatchContext): true | string {
  if (!token.includes('.')) return true;
  if (crcMatches(token)) return true;
  if (ctx) {
    // The instance prefix's extent is not marked, so try each `-`-ended suffix of the 21 characters before.
    const before = /[\w-]{1,20}-$/.exec(ctx.text.slice(Math.max(0, ctx.secretStart - 21), ctx.secretStart))?.[0] ?? '';
    for (let i = 0; i < before.length; i++) if (crcMatches(before.slice(i) + token)) return true;
  }
  return 'GitLab routable token checksum (CRC32) does not match: not a real token';
}

/** Builds a routable token the way GitLab does, for examples only (run time, never committed). */
export function fakeGitlabRoutable(prefix: string, salt = ''): string {
  const random = fakeChars(ALNUM, 16, `${prefix}routable${salt}`);
  const routing = 'o:1z9k\nu:4c2';
  const raw = `${random}${routing}${String.fromCharCode(routing.length)}`;
  const payload = btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const body = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return body + crc32(body).toString(36).padStart(7, '0');
}

/** A routable token with one checksum character changed: right shape, wrong CRC. */
function brokenRoutable(prefix: string): string {
  const t = fakeGitlabRoutable(prefix, 'broken');
  const last = t.slice(-1) === '0' ? '1' : '0';
  return t.slice(0, -1) + last;
}

interface GitlabSpec {
  id: string;
  title: string;
  prefix: string;
  /** Regex source of the prefix when it has variants; `keywords` must then list every variant. */
  prefixPattern?: string;
  keywords?: string[];
  /** Regex source of the classic body after the prefix. */
  classic: string;
  routable?: boolean;
  severity: Severity;
  description: string;
  remediation: string;
  lifetime: Lifetime;
  lifetimeDetail: string;
  replacement?: string;
  lifetimeOf?: (secret: string) => LifetimeInfo | undefined;
  examples: () => Examples;
}

function gitlabRule(spec: GitlabSpec): PatternRule {
  const esc = spec.prefixPattern ?? spec.prefix.replace(/[.]/g, '\\.');
  const body = spec.routable ? `${spec.classic}|${ROUTABLE}` : spec.classic;
  return {
    kind: 'pattern',
    id: spec.id,
    title: spec.title,
    category: 'secret',
    severity: spec.severity,
    description: spec.description,
    remediation: spec.remediation,
    lifetime: spec.lifetime,
    lifetimeDetail: spec.lifetimeDetail,
    replacement: spec.replacement,
    keywords: spec.keywords ?? [spec.prefix.toLowerCase()],
    // The guard keeps the scan linear (a run of token characters is entered once, not at every offset); an
    // instance prefix (`acme-glpat-…`, covered by the CRC in `validate`) may sit between it and the token.
    // Segments exclude `-` so that they never overlap the separator.
    pattern: new RegExp(String.raw`(?<![\w-])(?:[A-Za-z0-9_]{1,20}-){0,2}(${esc}(?:${body}))(?![\w-])`),
    // Random URL-safe bodies score well above 3 bits/char; hand-typed fillers (`glpat-xxxxx…`) do not.
    entropy: 3.0,
    validate: spec.routable ? gitlabRoutableValid : undefined,
    lifetimeOf: spec.lifetimeOf,
    describe: spec.routable ? (t) => (t.includes('.') ? 'routable token, checksum verified' : undefined) : undefined,
    prefix: spec.prefix,
    examples: spec.examples,
  };
}

const ROTATE_PAT =
  'Revoke the token (User settings > Access tokens, or the project/group Access tokens page), then read a replacement from a CI/CD variable or secret manager.';

export const gitlabPersonalAccessToken = gitlabRule({
  id: 'gitlab-personal-access-token',
  title: 'GitLab personal, project or group access token',
  prefix: 'glpat-',
  classic: String.raw`[\w-]{20}`,
  routable: true,
  severity: 'error',
  description:
    'A GitLab personal, impersonation, project or group access token (glpat-); with api or write_repository scope it can read and change code, pipelines and settings.',
  remediation: `${ROTATE_PAT} In pipelines use CI_JOB_TOKEN or OIDC id_tokens instead of a stored token.`,
  lifetime: 'long',
  lifetimeDetail: 'expires on the date set at creation, at most 1 year by default',
  replacement: 'CI_JOB_TOKEN for the running pipeline, or GitLab OIDC id_tokens for cloud and Vault access',
  examples: () => ({
    match: [
      `GITLAB_TOKEN=${fake('glpat-', BASE64URL, 20)}`,
      `gitlab:\n  private_token: "${fakeGitlabRoutable('glpat-')}"`,
      `curl --header "PRIVATE-TOKEN: ${fake('glpat-', ALNUM, 20, 'curl')}" https://gitlab.example.com/api/v4/projects`,
      `const gl = new Gitlab({ token: '${fakeGitlabRoutable('glpat-', 'js')}' });`,
      // instance prefix (GitLab 18.x self-managed): the CRC covers it too
      `GITLAB_TOKEN=${fakeGitlabRoutable('acme-corp-glpat-')}`,
    ],
    noMatch: [
      'GITLAB_TOKEN=glpat-XXXXXXXXXXX-XXXXXXXX',
      `token = "${brokenRoutable('glpat-')}"`,
      `GITLAB_TOKEN=${fake('glpat_', ALNUM, 20)}`,
      'private_token: ${GITLAB_TOKEN}',
    ],
  }),
});

export const gitlabDeployToken = gitlabRule({
  id: 'gitlab-deploy-token',
  title: 'GitLab deploy token',
  prefix: 'gldt-',
  classic: String.raw`[\w-]{20}`,
  routable: true,
  severity: 'error',
  description: 'A GitLab deploy token (gldt-), which can clone, and with write scopes push packages and container images to, a project or group.',
  remediation:
    'Revoke it under Settings > Repository > Deploy tokens, then store the replacement in a CI/CD variable or secret manager; inside pipelines prefer CI_JOB_TOKEN.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry date was set',
  replacement: 'CI_JOB_TOKEN for registry and package access from pipelines',
  examples: () => ({
    match: [
      `docker login -u gitlab+deploy-token-42 -p ${fake('gldt-', BASE64URL, 20)} registry.gitlab.com`,
      `DEPLOY_TOKEN: "${fake('gldt-', ALNUM, 20, 'yaml')}"`,
    ],
    noMatch: ['DEPLOY_TOKEN=gldt-seems_too000Sshorty', `DEPLOY_TOKEN=${fake('gldt-', ALNUM, 12)}`],
  }),
});

export const gitlabRunnerToken = gitlabRule({
  id: 'gitlab-runner-token',
  title: 'GitLab runner authentication token',
  prefix: 'glrt-',
  // glrtr-: a runner authentication token obtained through a (legacy) registration token.
  prefixPattern: 'glrtr?-',
  keywords: ['glrt-', 'glrtr-'],
  classic: String.raw`[\w-]{20}`,
  routable: true,
  severity: 'error',
  description:
    'A GitLab runner authentication token (glrt-); whoever holds it can attach a runner that receives jobs, their CI/CD variables and job tokens.',
  remediation:
    'Reset the runner token in Settings > CI/CD > Runners (or delete the runner), and pass the new one to gitlab-runner through a secret store or the runner host\'s protected config, not the repository.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless the instance sets a runner token expiration interval',
  examples: () => ({
    match: [
      `[[runners]]\n  url = "https://gitlab.com"\n  token = "${fake('glrt-', BASE64URL, 20)}"`,
      `gitlab-runner register --token ${fakeGitlabRoutable('glrt-t1_')}`,
      `runner_token: ${fake('glrtr-', BASE64URL, 20)}`,
    ],
    noMatch: ['token = "glrt-tx_xxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxx"', `token = "${brokenRoutable('glrt-t2_')}"`],
  }),
});

export const gitlabRunnerRegistrationToken: PatternRule = {
  kind: 'pattern',
  id: 'gitlab-runner-registration-token',
  title: 'GitLab runner registration token',
  category: 'secret',
  severity: 'error',
  description:
    'A legacy GitLab runner registration token (GR1348941 prefix), which lets anyone register runners that receive the project\'s or group\'s jobs and secrets.',
  remediation:
    'Reset the registration token (Settings > CI/CD > Runners), then move to runner authentication tokens created in the UI or API; GitLab deprecated registration tokens in 16.0.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  keywords: ['gr1348941'],
  pattern: /(?<![\w-])(GR1348941[\w-]{20})(?![\w-])/,
  entropy: 3.0,
  prefix: 'GR1348941',
  examples: () => ({
    match: [
      `gitlab-runner register --registration-token ${fake('GR1348941', BASE64URL, 20)} --url https://gitlab.com`,
      `REGISTRATION_TOKEN: "${fake('GR1348941', ALNUM, 20, 'yaml')}"`,
    ],
    noMatch: ['REGISTRATION_TOKEN=GR134894112312312312312312312', 'REGISTRATION_TOKEN=GR1348941XXXXXXXXXXXXXXXXXXXX'],
  }),
};

export const gitlabPipelineTriggerToken = gitlabRule({
  id: 'gitlab-pipeline-trigger-token',
  title: 'GitLab pipeline trigger token',
  prefix: 'glptt-',
  classic: '[0-9a-f]{40}',
  severity: 'error',
  description:
    'A GitLab pipeline trigger token (glptt-), which starts pipelines with the permissions of the user who created it and can pass them variables.',
  remediation:
    'Revoke it under Settings > CI/CD > Pipeline trigger tokens and keep the new one in the calling system\'s secret store; between GitLab projects use CI_JOB_TOKEN with the trigger keyword.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'multi-project pipelines (trigger:) with CI_JOB_TOKEN',
  examples: () => ({
    match: [
      `curl -X POST -F token=${fake('glptt-', HEX, 40)} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`,
      `TRIGGER_TOKEN = "${fake('glptt-', HEX, 40, 'py')}"`,
    ],
    noMatch: ['TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `TRIGGER_TOKEN=${fake('glptt-', HEX, 32)}`],
  }),
});

function jwtExpiry(jwt: string): LifetimeInfo | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const b64 = parts[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))) as { exp?: unknown };
    if (typeof claims.exp !== 'number') return undefined;
    return { lifetime: 'short', detail: 'valid only while the job runs', expiresAt: new Date(claims.exp * 1000).toISOString() };
  } catch {
    return undefined;
  }
}

const fakeJwtPart = (obj: object) => btoa(JSON.stringify(obj)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export const gitlabCiJobToken = gitlabRule({
  id: 'gitlab-ci-job-token',
  title: 'GitLab CI/CD job token',
  prefix: 'glcbt-',
  // A hex partition id and `_` before 20 characters (16.9+), or a JWT (17.x+).
  classic: String.raw`[0-9a-fA-F]{1,5}_[\w-]{20}|eyJ[\w-]{10,600}\.eyJ[\w-]{10,2000}\.[\w-]{16,800}`,
  severity: 'warning',
  description: 'A GitLab CI/CD job token (glcbt-, the value of CI_JOB_TOKEN), copied out of a job log or script.',
  remediation:
    'Do not persist CI_JOB_TOKEN: reference the predefined variable at run time. A copied value dies with its job, but check the job log or artifact it came from for other secrets.',
  lifetime: 'short',
  lifetimeDetail: 'valid only while the job runs',
  lifetimeOf: (t) => (t.startsWith('glcbt-eyJ') ? jwtExpiry(t.slice(6)) : undefined),
  examples: () => ({
    match: [
      `curl --header "JOB-TOKEN: ${fake('glcbt-64_', BASE64URL, 20)}" https://gitlab.example.com/api/v4/job`,
      `CI_JOB_TOKEN=glcbt-${fakeJwtPart({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${fakeJwtPart({ iss: 'gitlab.example.com', sub: '42', exp: 1767225600, jti: fakeChars(HEX, 16, 'jti') })}.${fakeChars(BASE64URL, 86, 'sig')}`,
    ],
    noMatch: ['CI_JOB_TOKEN=glcbt-0000000000000000000000000', 'echo "glcbt-<token>"'],
  }),
});

export const gitlabScimToken = gitlabRule({
  id: 'gitlab-scim-token',
  title: 'GitLab SCIM token',
  prefix: 'glsoat-',
  classic: String.raw`[\w-]{20}`,
  severity: 'error',
  description: 'A GitLab SCIM token (glsoat-), which can create, change and deprovision users in a group or instance.',
  remediation: 'Reset the SCIM token in the group\'s SAML SSO settings and keep the new one only in the identity provider\'s configuration.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  examples: () => ({
    match: [`SCIM_TOKEN=${fake('glsoat-', BASE64URL, 20)}`, `"scim_token": "${fake('glsoat-', ALNUM, 20, 'json')}"`],
    noMatch: ['SCIM_TOKEN=glsoat-XXXXXXXXXXXXXXXXXXXX', `SCIM_TOKEN=${fake('glsoat-', ALNUM, 10)}`],
  }),
});

export const gitlabOauthAppSecret = gitlabRule({
  id: 'gitlab-oauth-app-secret',
  title: 'GitLab OAuth application secret',
  prefix: 'gloas-',
  classic: String.raw`[\w-]{64}`,
  severity: 'error',
  description: 'A GitLab OAuth application secret (gloas-), with which anyone can impersonate the application in OAuth flows.',
  remediation:
    'Renew the secret on the application\'s page (User, Group or Admin > Applications) and load it from a secret manager in the application that uses it.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until renewed',
  examples: () => ({
    match: [
      `gitlab:\n  client_id: ${fakeChars(HEX, 64, 'cid')}\n  client_secret: ${fake('gloas-', HEX, 64)}`,
      `GITLAB_OAUTH_SECRET=${fake('gloas-', BASE64URL, 64, 'env')}`,
    ],
    noMatch: [`client_secret: ${fake('gloas-', HEX, 32)}`, 'client_secret: gloas-<secret>'],
  }),
});

export const gitlabAgentToken = gitlabRule({
  id: 'gitlab-agent-token',
  title: 'GitLab agent for Kubernetes token',
  prefix: 'glagent-',
  classic: String.raw`[\w-]{50}`,
  severity: 'error',
  description:
    'A GitLab agent for Kubernetes token (glagent-), which connects a cluster agent to GitLab and lets it pull manifests and serve CI/CD tunnel access.',
  remediation:
    'Revoke the token under Operate > Kubernetes clusters > the agent > Access tokens, and install the new one as a Kubernetes Secret through your secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  examples: () => ({
    match: [
      `helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=${fake('glagent-', BASE64URL, 50)}`,
      `  token: "${fake('glagent-', ALNUM, 50, 'yaml')}"`,
    ],
    noMatch: [`token: ${fake('glagent-', ALNUM, 20)}`, 'token: glagent-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  }),
});

export const gitlabFeedToken = gitlabRule({
  id: 'gitlab-feed-token',
  title: 'GitLab feed token',
  prefix: 'glft-',
  classic: String.raw`[\w-]{20}`,
  severity: 'warning',
  description: 'A GitLab feed token (glft-), which reads the owner\'s RSS/Atom activity and calendar feeds, including private projects\' issue titles.',
  remediation: 'Reset the feed token in User settings > Access tokens and keep feed URLs out of committed files.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  examples: () => ({
    match: [`FEED_URL=https://gitlab.com/dashboard/issues.atom?feed_token=${fake('glft-', BASE64URL, 20)}`, `feed_token: ${fake('glft-', ALNUM, 20)}`],
    noMatch: ['feed_token: glft-XXXXXXXXXXXXXXXXXXXX', `feed_token: ${fake('glft-', ALNUM, 11)}`],
  }),
});

export const gitlabIncomingMailToken = gitlabRule({
  id: 'gitlab-incoming-mail-token',
  title: 'GitLab incoming mail token',
  prefix: 'glimt-',
  classic: String.raw`[\w-]{25}`,
  severity: 'warning',
  description: 'A GitLab incoming mail token (glimt-), which lets mail sent to a project address create issues or merge requests as its owner.',
  remediation: 'Reset the incoming email token in User settings > Access tokens and do not commit project email addresses that embed it.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  examples: () => ({
    match: [`ISSUE_EMAIL=${fake('glimt-', BASE64URL, 25)}`, `"incoming_email_token": "${fake('glimt-', ALNUM, 25, 'json')}"`],
    noMatch: ['ISSUE_EMAIL=glimt-my-tokens_are-correctAB', `ISSUE_EMAIL=${fake('glimt-', ALNUM, 30)}`],
  }),
});

export const gitlabFeatureFlagClientToken = gitlabRule({
  id: 'gitlab-feature-flag-client-token',
  title: 'GitLab feature flag client token',
  prefix: 'glffct-',
  classic: String.raw`[\w-]{20}`,
  severity: 'warning',
  description: 'A GitLab feature flags client token (glffct-), which reads a project\'s feature flag definitions and user lists through the Unleash API.',
  remediation: 'Reset the instance ID token under Deploy > Feature flags > Configure and load it from the environment in the application.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  examples: () => ({
    match: [`UNLEASH_INSTANCE_ID=${fake('glffct-', BASE64URL, 20)}`, `instanceId: '${fake('glffct-', ALNUM, 20, 'js')}',`],
    noMatch: ['UNLEASH_INSTANCE_ID=glffct-XXXXXXXXXXXXXXXXXXXX', `UNLEASH_INSTANCE_ID=${fake('glffct-', ALNUM, 16)}`],
  }),
});

export const gitlabRules: PatternRule[] = [
  gitlabPersonalAccessToken,
  gitlabDeployToken,
  gitlabRunnerToken,
  gitlabRunnerRegistrationToken,
  gitlabPipelineTriggerToken,
  gitlabCiJobToken,
  gitlabScimToken,
  gitlabOauthAppSecret,
  gitlabAgentToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabFeatureFlagClientToken,
];
