import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/** xAI (Grok) API keys: `xai-` + 80 alphanumerics (bounds kept a little wider). */

export const xaiApiKey: PatternRule = {
  kind: 'pattern',
  id: 'xai-api-key',
  title: 'xAI (Grok) API key',
  category: 'secret',
  severity: 'error',
  description: 'An xAI API key; it runs Grok models billed to the team.',
  remediation:
    'Delete the key in the xAI console (API Keys), create a new one restricted to the models and endpoints needed, and load it from an environment variable (XAI_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['xai-'],
  pattern: /\b(xai-[A-Za-z0-9]{70,100})\b/,
  entropy: 3.5,
  prefix: 'xai-',
  examples: () => ({
    match: [`XAI_API_KEY=${fake('xai-', ALNUM, 80, 'a')}`, `client = Client(api_key="${fake('xai-', ALNUM, 80, 'b')}")`],
    noMatch: [`XAI_API_KEY=${fake('xai-', ALNUM, 43, 'short')}`, `XAI_API_KEY=${fake('xbi-', ALNUM, 80, 'c')}`],
  }),
};
