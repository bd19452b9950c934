import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * ClickHouse Cloud API key secrets start `4b1d` followed by 38 alphanumerics; the key ID (20 alphanumerics) is the
 * username half and not secret by itself.
 */
export const clickhouseCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'clickhouse-cloud-api-key',
  title: 'ClickHouse Cloud API key secret',
  category: 'secret',
  severity: 'error',
  description: 'A ClickHouse Cloud API key secret (4b1d…); with its key ID it manages the organisation\'s services through the Cloud API, with the key\'s Admin, Developer or query role.',
  remediation:
    'Delete the key under Organization > API Keys in the ClickHouse Cloud console, create one with the narrowest role and an expiry date, and pass the ID and secret to Terraform or CI as secrets.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration was set at creation',
  keywords: ['4b1d'],
  pattern: /\b(4b1d[A-Za-z0-9]{38})\b/,
  entropy: 3.5,
  prefix: '4b1d',
  examples: () => ({
    match: [
      `CLICKHOUSE_KEY_SECRET=${fake('4b1d', ALNUM, 38)}`,
      `provider "clickhouse" {\n  token_key    = "${fake('', ALNUM, 20, 'id')}"\n  token_secret = "${fake('4b1d', ALNUM, 38, 'tf')}"\n}`,
      `curl --user "$KEY_ID:${fake('4b1d', ALNUM, 38, 'curl')}" https://api.clickhouse.cloud/v1/organizations`,
    ],
    noMatch: ['checksum: 4b1d00000000000000000000000000000000000000', `CLICKHOUSE_KEY_SECRET=${fake('4b1d', ALNUM, 30, 'short')}`],
  }),
};
