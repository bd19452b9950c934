import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * InfluxDB 2.x / Cloud API tokens are 64 random bytes in URL-safe base64: 86 characters and `==`. The shape is
 * distinctive, so the InfluxDB name may be on the line or the one above (`[influx]` then `token = …`).
 */
export const influxdbToken: PatternRule = {
  kind: 'pattern',
  id: 'influxdb-token',
  title: 'InfluxDB API token',
  category: 'secret',
  severity: 'error',
  description: 'An InfluxDB 2.x or InfluxDB Cloud API token; all-access and operator tokens read, write and delete every bucket and manage the organisation.',
  remediation:
    'Delete the token under Load Data > API Tokens in InfluxDB, create one with read or write permission on only the needed buckets, and pass it to Telegraf and clients through INFLUX_TOKEN from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted or disabled',
  keywords: ['influx'],
  pattern: /(?<![\w-])([A-Za-z0-9_-]{86}==)(?![\w=-])/,
  entropy: 4,
  linesAround: 1,
  validate: precededBy({ names: /influx/i, keys: /token|key|auth|password/i, lines: 1, reach: 200 }),
  examples: () => ({
    match: [
      `INFLUX_TOKEN=${fakeChars(BASE64URL, 86, 'env')}==`,
      `[[outputs.influxdb_v2]]\n  token = "${fakeChars(BASE64URL, 86, 'telegraf')}=="`,
      `client = InfluxDBClient(url="http://localhost:8086", token="${fakeChars(BASE64URL, 86, 'py')}==", org="acme")`,
    ],
    noMatch: [`influx_bucket_id: ${fakeChars(BASE64URL, 86, 'id')}==`, `INFLUX_TOKEN=${fakeChars(BASE64URL, 60, 'short')}==`],
  }),
};
