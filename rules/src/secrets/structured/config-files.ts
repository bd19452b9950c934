import type { MatchContext, PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { baseName, isLocalHost, localDefaultSecret, placeholderSecret } from './common.js';

/**
 * Passwords in the credential files of classic tools: `.netrc` (curl, git, ftp, pip; also written by
 * Dockerfiles with `echo "machine … password …" > ~/.netrc`) and `.pypirc` (twine uploads).
 */

function validateNetrc(value: string, ctx: MatchContext): true | string {
  const placeholder = placeholderSecret(value);
  if (placeholder) return placeholder;
  const host = ctx.match.groups?.host ?? '';
  if (isLocalHost(host)) {
    const weak = localDefaultSecret(value, ctx.match.groups?.login);
    if (weak) return `${weak} on a local host`;
  }
  return true;
}

export const netrcPassword: PatternRule = {
  kind: 'pattern',
  id: 'netrc-password',
  title: '.netrc password',
  category: 'secret',
  severity: 'error',
  description: 'A netrc entry (`machine HOST login USER password SECRET`) stores a password or token that curl, git, ftp and pip send to that host automatically.',
  remediation:
    'Rotate the password or token, remove the entry from the repository (and from image layers that wrote it), and pass credentials at run time: a build secret mount (`RUN --mount=type=secret`), a git credential helper, or a CI secret.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the password or token is changed',
  replacement: 'build-time secret mounts and credential helpers that fetch short-lived tokens',
  keywords: ['machine'],
  linesAround: 3,
  pattern:
    /\bmachine[ \t]{1,8}(?<host>[^\s"'`]{1,253})(?:\s{1,20}login[ \t]{1,8}(?<login>[^\s"'`]{1,256}))?(?:\s{1,20}(?:account|port)[ \t]{1,8}[^\s"'`]{1,256}){0,2}\s{1,20}password[ \t]{1,8}(?<secret>[^\s"'`]{1,512})/,
  validate: validateNetrc,
  examples: () => ({
    match: [
      { text: `machine api.github.com\n  login ci-bot\n  password ${fakeChars(ALNUM, 40, 'netrc')}\n`, path: '.netrc' },
      `RUN echo "machine gitlab.corp.net login deploy password ${fakeChars(ALNUM, 20, 'docker')}" > /root/.netrc`,
    ],
    noMatch: [
      'machine github.com login $GH_USER password $GH_TOKEN',
      'machine example.com login user password <password>',
      'The machine learning model uses a password hashing function.',
    ],
  }),
};

function validatePypirc(value: string, ctx: MatchContext): true | string {
  if (baseName(ctx.path.toLowerCase()) !== '.pypirc') return 'not a .pypirc file';
  return placeholderSecret(value) ?? true;
}

export const pypircPassword: PatternRule = {
  kind: 'pattern',
  id: 'pypirc-password',
  title: '.pypirc password',
  category: 'secret',
  severity: 'error',
  description: 'A .pypirc file stores a package index password or API token that lets anyone upload releases as its owner.',
  remediation:
    'Revoke the token on the package index, delete the file from the repository, and publish from CI with PyPI trusted publishing (OIDC) or a scoped token from the CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'PyPI API tokens and passwords do not expire',
  replacement: 'PyPI trusted publishing (OIDC) from CI',
  keywords: ['password'],
  appliesTo: (path) => baseName(path) === '.pypirc',
  pattern: /^[ \t]{0,8}password[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[^\s"'`]{1,512})/m,
  validate: validatePypirc,
  examples: () => ({
    match: [
      { text: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.corp.net/simple\nusername = release-bot\npassword = ${fakeChars(ALNUM, 24, 'pypirc')}\n`, path: '.pypirc' },
      { text: `[testpypi]\nusername: release\npassword: ${fakeChars(ALNUM, 18, 'pypirc2')}\n`, path: 'home/.pypirc' },
    ],
    noMatch: [
      { text: '[pypi]\nusername = __token__\npassword = <your-token>\n', path: '.pypirc' },
      { text: `password = ${fakeChars(ALNUM, 24, 'ini')}\n`, path: 'setup.cfg' },
    ],
  }),
};
