import type { PatternRule } from '../../index.js';
import { fake, HEX } from '../testing/fake.js';

/**
 * OpenRouter API keys: `sk-or-v1-` + 64 lower-case hex digits (the prefix is what OpenRouter registers with GitHub
 * secret scanning; the body is the hex the keys page shows).
 */
export const openrouterApiKey: PatternRule = {
  kind: 'pattern',
  id: 'openrouter-api-key',
  title: 'OpenRouter API key',
  category: 'secret',
  severity: 'error',
  description: 'An OpenRouter API key; it routes requests to every model OpenRouter offers and spends the account\'s credits up to the key\'s limit.',
  remediation:
    'Delete the key at openrouter.ai/settings/keys, create a new one with a credit limit, and load it from an environment variable (OPENROUTER_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted (an expiry date is optional)',
  keywords: ['sk-or-v1-'],
  pattern: /(?<![\w-])(sk-or-v1-[0-9a-f]{64})(?![\w-])/,
  entropy: 3.2,
  prefix: 'sk-or-v1-',
  examples: () => ({
    match: [`OPENROUTER_API_KEY=${fake('sk-or-v1-', HEX, 64, 'a')}`, `headers: { Authorization: 'Bearer ${fake('sk-or-v1-', HEX, 64, 'b')}' }`],
    noMatch: [`OPENROUTER_API_KEY=${fake('sk-or-v1-', HEX, 32, 'short')}`, `key = "${fake('sk-v1-', HEX, 64, 'c')}"`, 'OPENROUTER_API_KEY=sk-or-v1-...'],
  }),
};
