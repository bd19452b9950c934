import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';
import { fakeUuid, KEY_WORDS, precededBy, UUID } from '../saas/context.js';

/**
 * Pinecone API keys: `pcsk_` + a 5- or 6-character key ID + `_` + a 63-character secret since 2024; older keys are
 * bare UUIDs and count only next to a Pinecone name.
 */
const REMEDIATION =
  'Delete the key under API keys in the Pinecone console, create one scoped to the project with the needed role, and read it from PINECONE_API_KEY in the environment or a secret manager.';

export const pineconeApiKey: PatternRule = {
  kind: 'pattern',
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  category: 'secret',
  severity: 'error',
  description: 'A Pinecone API key (pcsk_); it reads, writes and deletes vectors and manages indexes of its project.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['pcsk_'],
  pattern: /\b(pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})\b/,
  entropy: 4,
  prefix: 'pcsk_',
  examples: () => ({
    match: [
      `PINECONE_API_KEY=pcsk_${fakeChars(ALNUM, 6, 'id')}_${fakeChars(ALNUM, 63, 'env')}`,
      `pc = Pinecone(api_key="pcsk_${fakeChars(ALNUM, 5, 'id2')}_${fakeChars(ALNUM, 63, 'py')}")`,
    ],
    noMatch: [
      `PINECONE_API_KEY=pcsk__${fakeChars(ALNUM, 63, 'noid')}`,
      'PINECONE_API_KEY=pcsk_abc12_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `key = "${fake('pcsk_', ALNUM, 4, 'four')}_${fakeChars(ALNUM, 63, 'x')}"`,
    ],
  }),
};

export const pineconeLegacyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'pinecone-legacy-api-key',
  title: 'Pinecone API key (legacy UUID)',
  category: 'secret',
  severity: 'error',
  description: 'A Pinecone API key in the UUID format used before 2024, next to a Pinecone name; it reads and writes the project\'s indexes.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['pinecone'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  validate: precededBy({ names: /pinecone/i, keys: KEY_WORDS }),
  examples: () => ({
    match: [`PINECONE_API_KEY=${fakeUuid('env')}`, `pinecone.init(api_key="${fakeUuid('py')}", environment="us-west1-gcp")`],
    noMatch: [`PINECONE_PROJECT_ID=${fakeUuid('proj')}`, 'PINECONE_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
};
