import type { MatchContext, PatternRule } from '../../rule.js';
import { decodeBase64Text, encodeBase64, printableShare } from '../../tokens/base64.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { placeholderSecret } from './common.js';

/**
 * Docker client credentials (`~/.docker/config.json`, `.dockercfg`, `DOCKER_AUTH_CONFIG`, a
 * `.dockerconfigjson` pull secret): `"auth"` is base64 of `user:password`, `"identitytoken"` a registry refresh
 * token. JSON embedded in strings is escaped once or more, so the quotes may carry backslashes.
 */

function keyOf(ctx: MatchContext): string {
  return /identitytoken|registrytoken/i.exec(ctx.match[0])?.[0].toLowerCase() ?? 'auth';
}

/** `user:password` inside an auth value, or the reason it is not one. */
export function dockerAuthPair(value: string): { user: string; password: string } | string {
  const decoded = decodeBase64Text(value);
  if (decoded === undefined) return 'auth value is not base64 text';
  if (printableShare(decoded) < 0.95) return 'auth value does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'decoded auth has no user:password separator';
  const password = decoded.slice(colon + 1);
  if (password.length === 0) return 'decoded auth has an empty password';
  return { user: decoded.slice(0, colon), password };
}

function validateDocker(value: string, ctx: MatchContext): true | string {
  if (keyOf(ctx) !== 'auth') {
    if (value.length < 16) return 'too short to be a registry token';
    return placeholderSecret(value) ?? true;
  }
  const pair = dockerAuthPair(value);
  if (typeof pair === 'string') return pair;
  const placeholder = placeholderSecret(pair.password);
  if (placeholder) return `decoded password: ${placeholder}`;
  return true;
}

const basicB64 = (user: string, password: string) => encodeBase64(`${user}:${password}`);

export const dockerConfigAuth: PatternRule = {
  kind: 'pattern',
  id: 'docker-config-auth',
  title: 'Docker registry credentials',
  category: 'secret',
  severity: 'error',
  description: 'A Docker client configuration (config.json, .dockercfg, DOCKER_AUTH_CONFIG or an image pull secret) holds registry credentials: base64 of user:password or an identity token.',
  remediation:
    'Revoke the password or access token at the registry, remove the file from the repository, and log in at run time with a credential helper (docker-credential-*, ecr-login, gcloud) or the CI\'s OIDC-based registry login.',
  lifetime: 'static',
  lifetimeDetail: 'a registry password or access token is valid until revoked',
  replacement: 'credential helpers (ecr-login, gcloud, acr) or OIDC registry login in CI, which mint short-lived tokens',
  keywords: ['"auth"', 'auth\\', 'identitytoken', 'registrytoken'],
  pattern:
    /"(?:auth|identitytoken|registrytoken)\\{0,7}"[ \t]{0,4}:[ \t]{0,4}\\{0,7}"(?<secret>[A-Za-z0-9+/=_.-]{4,16000})/,
  validate: validateDocker,
  lifetimeOf: (_value, ctx) =>
    keyOf(ctx) === 'auth' ? undefined : { lifetime: 'unknown', detail: 'a registry refresh token; its lifetime is set by the registry' },
  describe: (_value, ctx) =>
    keyOf(ctx) === 'auth' ? 'Docker registry credentials (base64 user:password)' : 'Docker registry identity (refresh) token',
  examples: () => ({
    match: [
      `{\n  "auths": {\n    "registry.gitlab.com": {\n      "auth": "${basicB64('deploy-bot', fakeChars(ALNUM, 20, 'gl'))}"\n    }\n  }\n}`,
      `DOCKER_AUTH_CONFIG: '{"auths": {"ghcr.io": {"auth": "${basicB64('ci', fakeChars(ALNUM, 24, 'gh'))}"}}}'`,
      `environment = ["DOCKER_AUTH_CONFIG={\\"auths\\":{\\"registry.corp.net:5000\\":{\\"auth\\":\\"${basicB64('svc', fakeChars(ALNUM, 16, 'corp'))}\\"}}}"]`,
      `{"auths": {"myregistry.azurecr.io": {"auth": "", "identitytoken": "${fakeChars(ALNUM, 64, 'acr')}"}}}`,
    ],
    noMatch: [
      `{"auths": {"registry.example.com:5000": {"auth": "${basicB64('my_username', 'my_password')}"}}}`,
      '{"auths": {"quay.io": {"auth": "******"}}}',
      '{"auths": {"": {"auth": "dXNlcjpwYXNz"}}}',
      '{"credsStore": "desktop", "auths": {"https://index.docker.io/v1/": {}}}',
      '{"plugins": {"auth": "basic"}}',
    ],
  }),
};
