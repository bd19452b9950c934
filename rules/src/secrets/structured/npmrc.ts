import type { MatchContext, PatternRule } from '../../rule.js';
import { ALNUM, BASE64, HEX, fakeChars } from '../testing/fake.js';
import { baseName, lineStartNear, placeholderSecret } from './common.js';

/**
 * Registry credentials in npm and Yarn configuration: `//registry/:_authToken=`, `_auth=` (base64 of
 * user:password), `_password=` (base64 password), and Yarn Berry's `npmAuthToken` / `npmAuthIdent`. The
 * registry-scoped form (`//host/:_authToken`) is unambiguous anywhere (READMEs, Dockerfiles, CI scripts); the
 * bare keys count only in `.npmrc` / `.yarnrc` files, where they mean the default registry.
 */

const NPM_FILES = new Set(['.npmrc', 'npmrc', '.yarnrc', '.yarnrc.yml', '.yarnrc.yaml']);

function keyOf(ctx: MatchContext): string {
  const whole = ctx.match[0];
  const m = /_(authToken|auth|password)|npmAuth(Token|Ident)/i.exec(whole);
  return (m?.[1] ?? `npmAuth${m?.[2] ?? ''}`).toLowerCase();
}

/** `//registry.example/path/:` right before the key: the credential is bound to that registry. */
function scopeBefore(ctx: MatchContext): boolean {
  const at = ctx.secretStart - (ctx.match[0].length - (ctx.match.groups?.secret?.length ?? 0));
  const before = ctx.text.slice(lineStartNear(ctx.text, at, 400), at);
  return /(?:^|[\s"'=])\/\/[^\s=]{1,300}\/:$/.test(before);
}

function validateNpm(value: string, ctx: MatchContext): true | string {
  const scoped = scopeBefore(ctx);
  const key = keyOf(ctx);
  if (!scoped && !key.startsWith('npmauth') && !NPM_FILES.has(baseName(ctx.path.toLowerCase()))) {
    return 'bare _auth key outside an .npmrc / .yarnrc file';
  }
  const placeholder = placeholderSecret(value);
  if (placeholder) return placeholder;
  if (value.length < 8) return 'too short to be a registry token';
  return true;
}

export const npmrcAuthToken: PatternRule = {
  kind: 'pattern',
  id: 'npmrc-auth-token',
  title: 'npm registry credential in configuration',
  category: 'secret',
  severity: 'error',
  description: 'An npm or Yarn configuration holds a registry token or password (_authToken, _auth, _password, npmAuthToken), which lets anyone publish or read packages as its owner.',
  remediation:
    'Revoke the token on the registry, keep only `//registry/:_authToken=${NPM_TOKEN}` in the file and provide NPM_TOKEN from the CI secret store; publish from CI with npm trusted publishing (OIDC) instead of a stored token.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked (granular tokens until the expiry date set for them)',
  replacement: 'npm trusted publishing (OIDC) from CI, or a token injected per job as ${NPM_TOKEN}',
  keywords: ['_auth', '_password', 'npmauthtoken', 'npmauthident'],
  pattern:
    /(?:_(?:authToken|auth|password)["']?(?:[ \t]{0,4}=[ \t]{0,4}|[ \t]{1,4})|npmAuth(?:Token|Ident)["']?[ \t]{0,4}:[ \t]{0,4})["']?(?<secret>[^\s"'`;,]{1,2048})/,
  validate: validateNpm,
  describe: (_value, ctx) => {
    const key = keyOf(ctx);
    if (key === 'auth' || key === 'npmauthident') return 'npm registry user and password in configuration';
    if (key === 'password') return 'npm registry password in configuration';
    return 'npm registry auth token in configuration';
  },
  examples: () => ({
    match: [
      { text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${fakeChars(HEX, 8, 'a')}-${fakeChars(HEX, 4, 'b')}-${fakeChars(HEX, 4, 'c')}-${fakeChars(HEX, 4, 'd')}-${fakeChars(HEX, 12, 'e')}\n`, path: '.npmrc' },
      { text: `npmRegistries:\n  "https://npm.pkg.github.com":\n    npmAlwaysAuth: true\n    npmAuthToken: "${fakeChars(ALNUM, 40, 'yarn')}"\n`, path: '.yarnrc.yml' },
      { text: `always-auth=true\n_auth=${fakeChars(BASE64, 28, 'auth')}=\n`, path: 'frontend/.npmrc' },
      `RUN echo "//npm.corp.example.net/repository/npm/:_password=${fakeChars(BASE64, 24, 'pw')}" >> ~/.npmrc`,
    ],
    noMatch: [
      { text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', path: '.npmrc' },
      { text: 'npmAuthToken: "${NPM_AUTH_TOKEN}"\n', path: '.yarnrc.yml' },
      { text: `self._auth = "${fakeChars(ALNUM, 24, 'py')}"`, path: 'client.py' },
      { text: '//registry.npmjs.org/:_authToken=<your-token>\n', path: 'README.md' },
    ],
  }),
};
