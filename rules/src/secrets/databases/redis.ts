import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Redis Cloud (Redis Enterprise Cloud) REST API credentials are an account key and a user secret key, long
 * alphanumeric strings with no prefix, so both need a Redis Cloud name on the line. Database passwords inside
 * redis:// URLs are the connection-string rule's.
 */
export const redisCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'redis-cloud-api-key',
  title: 'Redis Cloud API key',
  category: 'secret',
  severity: 'error',
  description: 'A Redis Cloud API account key or user secret key next to a Redis Cloud name; together they create, change and delete subscriptions and databases.',
  remediation:
    'Delete the user key (or disable the account key) under Access Management > API Keys in the Redis Cloud console, create a new one restricted to your CIDR ranges, and keep both keys in a secret manager (the Terraform provider reads REDISCLOUD_ACCESS_KEY and REDISCLOUD_SECRET_KEY).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['rediscloud', 'redis_cloud', 'redis-cloud', 'redislabs'],
  pattern: /\b([A-Za-z0-9]{40,64})\b/,
  entropy: 3.8,
  validate: precededBy({ names: /redis[_-]?cloud|redislabs/i, keys: /key|secret|token/i }),
  examples: () => ({
    match: [`REDISCLOUD_SECRET_KEY=${fakeChars(ALNUM, 51, 'env')}`, `rediscloud_access_key = "${fakeChars(ALNUM, 50, 'tfvars')}"`],
    noMatch: [`REDISCLOUD_SUBSCRIPTION_NAME=${fakeChars(ALNUM, 40, 'name')}`, `REDISCLOUD_SECRET_KEY=${fakeChars(ALNUM, 20, 'short')}`],
  }),
};
