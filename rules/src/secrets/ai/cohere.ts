import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo } from '../messaging/context.js';

/** Cohere API keys: 40 alphanumerics with no prefix; the SDKs read `CO_API_KEY`. */

const isCohere = assignedTo('cohere|co_api_key', { keyish: true });

export const cohereApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cohere-api-key',
  title: 'Cohere API key',
  category: 'secret',
  severity: 'error',
  description: 'A Cohere API key; a production key runs models billed to the account, a trial key uses its free quota.',
  remediation:
    'Delete the key in the Cohere dashboard (API keys), create a new one, and load it from an environment variable (CO_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['cohere', 'co_api_key'],
  linesAround: 3,
  pattern: /\b([A-Za-z0-9]{40})\b/,
  entropy: 3.5,
  validate: (secret, ctx) => {
    if (!/[0-9]/.test(secret) || !/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not a random key';
    return isCohere(ctx) ? true : 'not assigned to a Cohere key name';
  },
  examples: () => ({
    match: [`export CO_API_KEY=${fakeChars(ALNUM, 40, 'a')}`, `co = cohere.ClientV2(api_key="${fakeChars(ALNUM, 40, 'b')}")`, `cohere:\n  api_key: ${fakeChars(ALNUM, 40, 'c')}`],
    noMatch: [`CO_API_KEY=${'x'.repeat(40)}`, `COHERE_MODEL=${fakeChars(ALNUM, 40, 'd')}`],
  }),
};
