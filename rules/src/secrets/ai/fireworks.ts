import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * Fireworks AI API keys: `fw_` + a random alphanumeric body (24 characters or more). `fw_` also starts firmware
 * identifiers, so the body must look random: digits and both cases.
 */

export const fireworksApiKey: PatternRule = {
  kind: 'pattern',
  id: 'fireworks-api-key',
  title: 'Fireworks AI API key',
  category: 'secret',
  severity: 'error',
  description: 'A Fireworks AI API key; it runs inference and deployments billed to the account.',
  remediation:
    'Delete the key in Fireworks (Settings > API Keys, or `firectl delete api-key`), create a new one, and load it from an environment variable (FIREWORKS_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['fw_'],
  pattern: /\b(fw_[A-Za-z0-9]{24,48})\b/,
  entropy: 3.5,
  validate: (key) => {
    const body = key.slice(3);
    return /[0-9]/.test(body) && /[A-Z]/.test(body) && /[a-z]/.test(body) ? true : 'body is not random';
  },
  prefix: 'fw_',
  examples: () => ({
    match: [`FIREWORKS_API_KEY=${fake('fw_', ALNUM, 33, 'a')}`, `llm = Fireworks(api_key="${fake('fw_', ALNUM, 24, 'b')}")`],
    noMatch: ['uint32_t fw_updateFirmwareVersionAfterReboot = 0;', 'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
