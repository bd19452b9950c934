import type { PatternRule } from '../../index.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Voyage AI API keys: `pa-` + ~43 base64url characters. `pa-` is far too common alone, so the rule runs near "voyage". */

export const voyageApiKey: PatternRule = {
  kind: 'pattern',
  id: 'voyage-api-key',
  title: 'Voyage AI API key',
  category: 'secret',
  severity: 'error',
  description: 'A Voyage AI API key; it runs embedding and reranking requests billed to the organisation.',
  remediation:
    'Revoke the key in the Voyage AI dashboard (API keys), create a new one, and load it from an environment variable (VOYAGE_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['voyage'],
  linesAround: 3,
  // greedy and unanchored at the end (linear); the validator rejects a value that runs on past 50 characters
  pattern: /\b(pa-[\w-]{40,50})/,
  entropy: 3.5,
  validate: (key, ctx) => (/[\w-]/.test(ctx.text[ctx.secretStart + key.length] ?? '') ? 'longer than a Voyage key' : true),
  prefix: 'pa-',
  examples: () => ({
    match: [`VOYAGE_API_KEY=${fake('pa-', BASE64URL, 43, 'a')}`, `vo = voyageai.Client(api_key="${fake('pa-', BASE64URL, 43, 'b')}")`],
    noMatch: ['VOYAGE_API_KEY=pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `PINECONE_API_KEY=${fake('pa-', BASE64URL, 43, 'c')}`],
  }),
};
