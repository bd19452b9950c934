import type { PatternRule } from '../../index.js';
import { keyedSecret } from './keyed.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

const REPLACEMENT = 'CircleCI OIDC tokens ($CIRCLE_OIDC_TOKEN_V2) for cloud access, contexts with restricted security groups';

/** Personal (CCIPAT_) and project (CCIPRJ_) API tokens, 2023+: prefix, 22 base62, `_`, 40 lowercase hex. */
export const circleciToken: PatternRule = {
  kind: 'pattern',
  id: 'circleci-api-token',
  title: 'CircleCI API token',
  category: 'secret',
  severity: 'error',
  description:
    'A CircleCI personal (CCIPAT_) or project (CCIPRJ_) API token; a personal token acts as its user on every project they can reach, including reading and setting environment variables.',
  remediation:
    'Delete the token in CircleCI (User settings > Personal API tokens, or Project settings > API permissions) and keep the replacement in a secret manager; for cloud access from jobs use CircleCI OIDC tokens.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: REPLACEMENT,
  keywords: ['ccipat_', 'cciprj_'],
  pattern: /\b(CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})\b/,
  entropy: 3.5,
  describe: (t) => (t.startsWith('CCIPRJ_') ? 'project API token' : 'personal API token'),
  prefix: 'CCIPAT_',
  examples: () => ({
    match: [
      `CIRCLECI_TOKEN=CCIPAT_${fakeChars(ALNUM, 22, 'a')}_${fakeChars(HEX, 40, 'b')}`,
      `curl -H "Circle-Token: CCIPRJ_${fakeChars(ALNUM, 22, 'c')}_${fakeChars(HEX, 40, 'd')}" https://circleci.com/api/v2/me`,
    ],
    noMatch: ['CIRCLECI_TOKEN=CCIPAT_short', `CIRCLECI_TOKEN=CCIPAT_${fakeChars(ALNUM, 22, 'e')}_${fakeChars(HEX, 30, 'f')}`],
  }),
};

/**
 * API tokens from before 2023 are 40 hex characters with no prefix; the rule needs `circle` and a key-ish word
 * in the assignment, and a hex entropy floor.
 */
export const circleciLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'circleci-legacy-token',
  title: 'CircleCI API token (unprefixed format)',
  category: 'secret',
  severity: 'error',
  description: 'A 40-hex-character value assigned to a CircleCI token setting: the personal and project API token format used before the CCIPAT_ prefix.',
  remediation: circleciToken.remediation,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: REPLACEMENT,
  keywords: ['circle'],
  ...keyedSecret({ names: 'circle', keys: 'token|secret|api[_-]?key|auth|key', value: '[0-9a-f]{40}', after: /[0-9a-z]/i }),
  // Random 40-hex values score about 3.7; counters and fillers fall below 3.
  entropy: 3.0,
  examples: () => ({
    match: [`CIRCLECI_API_TOKEN=${fakeChars(HEX, 40, 'env')}`, `  circleci_project_secret: '${fakeChars(HEX, 40, 'yaml')}'`],
    noMatch: [`other_project = '${fakeChars(HEX, 40, 'other')}'`, 'CIRCLE_TOKEN=0000000000000000000000000000000000000000', `CIRCLE_SHA1=${fakeChars(HEX, 40, 'sha')}`],
  }),
};
