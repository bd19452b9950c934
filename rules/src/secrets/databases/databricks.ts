import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';

/** Databricks personal access tokens: `dapi` + 32 lower-case hex digits, sometimes with a `-<digit>` suffix. */
export const databricksToken: PatternRule = {
  kind: 'pattern',
  id: 'databricks-token',
  title: 'Databricks personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Databricks personal access token (dapi); it calls the workspace REST API and SQL warehouses as its user or service principal, reading data and running jobs.',
  remediation:
    'Revoke the token under User Settings > Developer > Access tokens (or via the Token Management API), and switch automation to OAuth machine-to-machine credentials or workload identity federation; keep any remaining token in a secret scope or secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'expires after the lifetime chosen at creation; tokens created without one never expire',
  replacement: 'Databricks OAuth M2M for service principals, or workload identity federation from CI, both issuing one-hour tokens',
  keywords: ['dapi'],
  pattern: /\b(dapi[a-f0-9]{32}(?:-[0-9])?)\b/,
  entropy: 3,
  prefix: 'dapi',
  examples: () => ({
    match: [
      `DATABRICKS_TOKEN=dapi${fakeChars(HEX, 32, 'env')}`,
      `[DEFAULT]\nhost  = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = dapi${fakeChars(HEX, 32, 'cfg')}-2`,
      `spark.conf.set("spark.databricks.token", "dapi${fakeChars(HEX, 32, 'py')}")`,
    ],
    noMatch: [`mydapi${fakeChars(HEX, 32, 'word')}`, 'DATABRICKS_TOKEN=dapi1234', `DATABRICKS_TOKEN=dapi${fakeChars(HEX, 34, 'long')}`],
  }),
};
