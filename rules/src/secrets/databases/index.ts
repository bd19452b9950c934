import type { Rule } from '../../rule.js';
import { aivenApiToken } from './aiven.js';
import { algoliaAdminKey } from './algolia.js';
import { clickhouseCloudApiKey } from './clickhouse.js';
import { cockroachCloudApiKey } from './cockroachdb.js';
import { couchbaseCapellaApiKey } from './couchbase.js';
import { databricksToken } from './databricks.js';
import { influxdbToken } from './influxdb.js';
import { mongodbAtlasApiKey, mongodbAtlasServiceAccountSecret } from './mongodb.js';
import { neonApiKey } from './neon.js';
import { pineconeApiKey, pineconeLegacyApiKey } from './pinecone.js';
import { planetScalePassword, planetScaleToken } from './planetscale.js';
import { redisCloudApiKey } from './redis.js';
import { typesenseApiKey } from './typesense.js';
import { upstashToken } from './upstash.js';

// Prefixed formats first; keyword-context formats (no prefix) after them.
export const databasesRules: Rule[] = [
  planetScalePassword,
  planetScaleToken,
  mongodbAtlasServiceAccountSecret,
  databricksToken,
  clickhouseCloudApiKey,
  pineconeApiKey,
  neonApiKey,
  cockroachCloudApiKey,
  mongodbAtlasApiKey,
  pineconeLegacyApiKey,
  algoliaAdminKey,
  typesenseApiKey,
  influxdbToken,
  couchbaseCapellaApiKey,
  aivenApiToken,
  redisCloudApiKey,
  upstashToken,
];
