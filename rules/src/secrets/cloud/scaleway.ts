import type { PatternRule } from '../../index.js';
import { HEX, UPPER_DIGITS, fake, fakeChars } from '../testing/fake.js';
import { assignedTo } from './shared.js';

/**
 * Scaleway API keys: an access key (SCW + 17 characters, an identifier) and a secret key, a UUID. The secret
 * has no prefix, so it is reported next to a Scaleway / SCW name.
 */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

export const scalewaySecretKey: PatternRule = {
  kind: 'pattern',
  id: 'scaleway-secret-key',
  title: 'Scaleway API secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Scaleway API secret key (a UUID next to a Scaleway or SCW name); with its access key it acts with the IAM application\'s or user\'s policies.',
  remediation:
    'Delete the API key (IAM > API keys), then create one for a dedicated IAM application with a narrow policy and an expiration date, stored in Scaleway Secret Manager or the CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration date was set',
  replacement: 'API keys of dedicated IAM applications with an expiration date',
  keywords: ['scw', 'scaleway'],
  pattern: /(?<![0-9A-Za-z-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/,
  validate: assignedTo({ name: /secret|token|key/i, provider: /scw|scaleway/i, what: 'a Scaleway secret key setting' }),
  entropy: 3.0,
  examples: () => ({
    match: [
      `export SCW_ACCESS_KEY=${fake('SCW', UPPER_DIGITS, 17)}\nexport SCW_SECRET_KEY=${uuid('env')}`,
      `provider "scaleway" {\n  access_key = "${fake('SCW', UPPER_DIGITS, 17, 'tf')}"\n  scaleway_secret_key = "${uuid('tf')}"\n}`,
    ],
    noMatch: ['scaleway_secret = "not-a-uuid"', 'scw_token = "12345678-1234-1234-1234-12345678901"', `SCW_DEFAULT_PROJECT_ID=${uuid('project')}`],
  }),
};

export const scalewayRules: PatternRule[] = [scalewaySecretKey];
