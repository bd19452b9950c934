import type { PatternRule } from '../../index.js';
import { keyedSecret } from '../ci-cd/keyed.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

const REMEDIATION =
  'Refresh the key in Cloudsmith (User settings > API key, or the service account\'s key) and authenticate CI with Cloudsmith OIDC instead of a stored key.';
const REPLACEMENT = 'Cloudsmith OIDC authentication for CI (short-lived tokens)';

export const cloudsmithApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cloudsmith-api-key',
  title: 'Cloudsmith API key',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudsmith API key (csa_), which pushes, pulls and deletes packages in every repository its user or service account can reach.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until refreshed',
  replacement: REPLACEMENT,
  keywords: ['csa_'],
  pattern: /\b(csa_[A-Za-z0-9]{36})\b/,
  entropy: 3.5,
  prefix: 'csa_',
  examples: () => ({
    match: [`CLOUDSMITH_API_KEY=csa_${fakeChars(HEX, 30, 'a')}${fakeChars(ALNUM, 6, 'b')}`, `cloudsmith_token: "csa_${fakeChars(ALNUM, 36, 'c')}"`],
    noMatch: [`cloudsmith = "csa_${fakeChars(ALNUM, 35, 'd')}"`, `cloudsmith = "csb_${fakeChars(ALNUM, 36, 'e')}"`],
  }),
};

/** Older Cloudsmith keys are 40 hex characters with no prefix: the assignment must name Cloudsmith. */
export const cloudsmithLegacyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cloudsmith-legacy-api-key',
  title: 'Cloudsmith API key (unprefixed format)',
  category: 'secret',
  severity: 'error',
  description: 'A 40-hex-character value assigned to a Cloudsmith setting: the Cloudsmith API key format used before the csa_ prefix.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until refreshed',
  replacement: REPLACEMENT,
  keywords: ['cloudsmith'],
  ...keyedSecret({ names: 'cloudsmith', keys: 'token|secret|password|api[_-]?key|key|auth', optionalKey: true, value: '[0-9a-f]{40}', after: /[0-9a-z]/i }),
  entropy: 3.0,
  examples: () => ({
    match: [`CLOUDSMITH_API_KEY=${fakeChars(HEX, 40, 'env')}`, `  cloudsmith: "${fakeChars(HEX, 40, 'yaml')}"`],
    noMatch: [`api_key: ${fakeChars(HEX, 40, 'other')}`, 'CLOUDSMITH_API_KEY=0000000000000000000000000000000000000000'],
  }),
};
