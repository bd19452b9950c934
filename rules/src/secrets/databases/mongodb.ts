import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';
import { fakeUuid, precededBy, UUID } from '../saas/context.js';

/**
 * MongoDB Atlas administration credentials (connection-string passwords are another rule's): service account
 * client secrets are `mdb_sa_sk_` + 40 URL-safe characters; legacy programmatic API keys pair a public key (8
 * letters, not secret) with a private key that is a UUID, reported only next to an Atlas name and "private".
 */
const REPLACEMENT = 'Atlas service accounts, whose OAuth 2.0 access tokens expire after one hour';

export const mongodbAtlasServiceAccountSecret: PatternRule = {
  kind: 'pattern',
  id: 'mongodb-atlas-service-account-secret',
  title: 'MongoDB Atlas service account secret',
  category: 'secret',
  severity: 'error',
  description: 'A MongoDB Atlas service account client secret (mdb_sa_sk_); with the client ID it obtains access tokens for the Atlas Administration API at the account\'s organisation or project roles.',
  remediation:
    'Revoke the secret on the service account in Atlas (Organization > Access Manager > Applications), generate a new one with a short expiry, and keep the client ID and secret in a secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'expires at the end of the period chosen when it was generated',
  replacement: REPLACEMENT,
  keywords: ['mdb_sa_sk_'],
  pattern: /\b(mdb_sa_sk_[A-Za-z0-9_-]{40})(?![\w-])/,
  entropy: 3.5,
  prefix: 'mdb_sa_sk_',
  examples: () => ({
    match: [
      `MDB_MCP_API_CLIENT_SECRET="${fake('mdb_sa_sk_', ALNUM, 40)}"`,
      `atlas:\n  clientId: mdb_sa_id_${fakeChars('0123456789abcdef', 24, 'id')}\n  clientSecret: ${fake('mdb_sa_sk_', ALNUM, 40, 'yaml')}`,
    ],
    noMatch: [
      'export MDB_MCP_API_CLIENT_SECRET="mdb_sa_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `atlas api serviceAccounts get --clientId mdb_sa_id_${fakeChars('0123456789abcdef', 24, 'cli')}`,
    ],
  }),
};

export const mongodbAtlasApiKey: PatternRule = {
  kind: 'pattern',
  id: 'mongodb-atlas-api-private-key',
  title: 'MongoDB Atlas API private key',
  category: 'secret',
  severity: 'error',
  description: 'A MongoDB Atlas programmatic API private key (a UUID next to an Atlas private-key name); with its public key it administers clusters, users and network access.',
  remediation:
    'Delete the API key in Atlas (Organization > Access Manager > API Keys), move automation to a service account, and load credentials from a secret manager (the Atlas CLI and Terraform provider read MONGODB_ATLAS_PRIVATE_KEY from the environment).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: REPLACEMENT,
  keywords: ['atlas', 'mongodb', 'mongo_'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  validate: precededBy({ names: /atlas|mongo/i, keys: /private|secret/i }),
  examples: () => ({
    match: [
      `MONGODB_ATLAS_PRIVATE_KEY=${fakeUuid('env')}`,
      `provider "mongodbatlas" { private_key = "${fakeUuid('tf')}" }`,
      `atlas config set private_api_key ${fakeUuid('cli')}`,
    ],
    noMatch: [`MONGODB_ATLAS_PROJECT_ID=${fakeUuid('proj')}`, `MONGODB_ATLAS_PUBLIC_KEY=${fakeChars('abcdefghijklmnopqrstuvwxyz', 8, 'pub')}`],
  }),
};
