import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { fakeUuid, precededBy, UUID } from '../saas/context.js';

/**
 * Upstash credentials have no prefix: Redis REST tokens are long URL-safe base64 strings, management API keys are
 * UUIDs. An Upstash name and a token or key word must be on the line; the REST URL next to it is not a secret.
 */
export const upstashToken: PatternRule = {
  kind: 'pattern',
  id: 'upstash-token',
  title: 'Upstash REST token or API key',
  category: 'secret',
  severity: 'error',
  description: 'An Upstash Redis REST token (reads and writes the database), QStash token or management API key (creates and deletes databases) next to an Upstash name.',
  remediation:
    'Reset the database\'s REST token (or delete the management API key) in the Upstash console, and give the application UPSTASH_REDIS_REST_TOKEN from the platform\'s secret settings; use the read-only token where writes are not needed.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset or deleted',
  keywords: ['upstash', 'qstash'],
  pattern: new RegExp(`(?<![\\w-])([A-Za-z0-9_-]{40,200}={0,2}|${UUID})(?![\\w=-])`),
  entropy: 3.5,
  validate: precededBy({ names: /upstash|qstash/i, keys: /token|key|secret|password/i }),
  examples: () => ({
    match: [
      `UPSTASH_REDIS_REST_TOKEN="A${fakeChars(BASE64URL, 70, 'env')}="`,
      `UPSTASH_API_KEY=${fakeUuid('mgmt')}`,
      `UPSTASH_REDIS_REST_TOKEN=A${fakeChars(BASE64URL, 70, 'bare')}`,
      `const redis = new Redis({ url: process.env.UPSTASH_URL, token: "A${fakeChars(BASE64URL, 70, 'ts')}" });`,
    ],
    noMatch: ['UPSTASH_REDIS_REST_URL="https://eu1-ample-ape-12345.upstash.io"', `UPSTASH_DATABASE_ID=${fakeUuid('db')}`],
  }),
};
