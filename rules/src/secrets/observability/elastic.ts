import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/**
 * Elastic Cloud API keys created in the Elastic Cloud console (for the Cloud and Serverless APIs) start `essu_`
 * and continue with a long base64 body. Elasticsearch's own API keys (base64 `id:key` without a prefix) are the
 * generic rule's business.
 */
export const elasticCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'elastic-cloud-api-key',
  title: 'Elastic Cloud API key',
  category: 'secret',
  severity: 'error',
  description: 'An Elastic Cloud API key (essu_); depending on its role it manages deployments, projects and billing of the Elastic Cloud organisation.',
  remediation:
    'Revoke the key under Organization > API keys in the Elastic Cloud console, create one with the narrowest role and an expiry, and pass it to Terraform or CI through a secret (EC_API_KEY).',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation, if one was chosen',
  keywords: ['essu_'],
  pattern: /\b(essu_[A-Za-z0-9_-]{60,200}={0,2})(?![\w=-])/,
  entropy: 4,
  prefix: 'essu_',
  examples: () => ({
    match: [`EC_API_KEY=${fake('essu_', BASE64URL, 88, 'env')}`, `provider "ec" {\n  apikey = "${fake('essu_', BASE64URL, 100, 'tf')}"\n}`],
    noMatch: ['elastic_token = essu_abc123', `EC_API_KEY=essu_${'A'.repeat(70)}`],
  }),
};
