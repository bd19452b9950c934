import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Groq API keys: `gsk_` + 52 alphanumerics. */

export const groqApiKey: PatternRule = {
  kind: 'pattern',
  id: 'groq-api-key',
  title: 'Groq API key',
  category: 'secret',
  severity: 'error',
  description: 'A GroqCloud API key; it runs models billed to the organisation and uses its rate limits.',
  remediation:
    'Delete the key at console.groq.com/keys, create a new one, and load it from an environment variable (GROQ_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['gsk_'],
  pattern: /\b(gsk_[A-Za-z0-9]{52})\b/,
  entropy: 3.5,
  prefix: 'gsk_',
  examples: () => ({
    match: [`GROQ_API_KEY=${fake('gsk_', ALNUM, 52, 'a')}`, `client = Groq(api_key="${fake('gsk_', ALNUM, 52, 'b')}")`],
    noMatch: [`GROQ_API_KEY=${fake('gsk_', ALNUM, 24, 'short')}`, `GROQ_API_KEY=gsk_${'x'.repeat(52)}`],
  }),
};
