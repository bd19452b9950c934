import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo } from '../messaging/context.js';

/** Mistral AI API keys: 32 alphanumerics with no prefix. */

const isMistral = assignedTo('mistral', { keyish: true });

export const mistralApiKey: PatternRule = {
  kind: 'pattern',
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  category: 'secret',
  severity: 'error',
  description: 'A Mistral AI (La Plateforme) API key; it runs models billed to the workspace and reads its files, agents and fine-tunes.',
  remediation:
    'Delete the key in the Mistral console (API keys), create a new one with an expiry date, and load it from an environment variable (MISTRAL_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry date was set',
  keywords: ['mistral'],
  linesAround: 3,
  pattern: /\b([A-Za-z0-9]{32})\b/,
  entropy: 3.5,
  validate: (secret, ctx) => {
    if (!/[0-9]/.test(secret) || !/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not a random key';
    return isMistral(ctx) ? true : 'not assigned to a Mistral key name';
  },
  examples: () => ({
    match: [`MISTRAL_API_KEY=${fakeChars(ALNUM, 32, 'a')}`, `client = Mistral(api_key="${fakeChars(ALNUM, 32, 'b')}")`],
    noMatch: [`mistral_api_key = ${fakeChars(ALNUM, 28, 'short')}`, `MISTRAL_API_KEY=${'A'.repeat(32)}`, `MISTRAL_MODEL_ID=${fakeChars(ALNUM, 32, 'c')}`],
  }),
};
