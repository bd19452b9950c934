import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

/** CockroachDB Cloud service account API keys: `CCDB1_` + 22-character key ID + `_` + 40-character secret. */
export const cockroachCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cockroachdb-cloud-api-key',
  title: 'CockroachDB Cloud API key',
  category: 'secret',
  severity: 'error',
  description: 'A CockroachDB Cloud service account API key (CCDB1_); it manages clusters, SQL users and networking through the Cloud API with the service account\'s roles.',
  remediation:
    'Delete the key on the service account under Organization > Access Management in the CockroachDB Cloud console, create a new one, and pass it to Terraform or ccloud through COCKROACH_API_KEY from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['ccdb1_'],
  pattern: /\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})\b/,
  entropy: 4,
  prefix: 'CCDB1_',
  examples: () => ({
    match: [
      `COCKROACH_API_KEY=CCDB1_${fakeChars(ALNUM, 22, 'id')}_${fakeChars(ALNUM, 40, 'env')}`,
      `provider "cockroach" {\n  apikey = "CCDB1_${fakeChars(ALNUM, 22, 'id2')}_${fakeChars(ALNUM, 40, 'tf')}"\n}`,
    ],
    noMatch: [`COCKROACH_API_KEY=CCDB1_short_${fakeChars(ALNUM, 40, 'x')}`, 'COCKROACH_API_KEY=CCDB1_<key-id>_<secret>'],
  }),
};
