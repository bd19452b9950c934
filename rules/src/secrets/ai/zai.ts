import type { PatternRule } from '../../index.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

/**
 * Z.ai / Zhipu AI (BigModel) API keys: 32 lowercase hex, a dot, and 16 alphanumerics (an id and a secret). The
 * shape is distinctive but unprefixed, so the rule runs near the provider's names and model family (GLM).
 */

export const zaiApiKey: PatternRule = {
  kind: 'pattern',
  id: 'zai-api-key',
  title: 'Z.ai (Zhipu AI) API key',
  category: 'secret',
  severity: 'error',
  description: 'A Z.ai / Zhipu AI (BigModel) API key; it runs GLM models billed to the account.',
  remediation:
    'Delete the key in the Z.ai or BigModel console (API Keys), create a new one, and load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['zai', 'z.ai', 'z_ai', 'zhipu', 'bigmodel', 'glm'],
  linesAround: 3,
  pattern: /\b([0-9a-f]{32}\.[A-Za-z0-9]{16})\b/,
  entropy: 3.5,
  examples: () => ({
    match: [`ZAI_API_KEY=${fakeChars(HEX, 32, 'a')}.${fakeChars(ALNUM, 16, 'a')}`, `client = ZhipuAI(api_key="${fakeChars(HEX, 32, 'b')}.${fakeChars(ALNUM, 16, 'b')}")`],
    noMatch: [`ZAI_API_KEY=${fakeChars(HEX, 32, 'c')}`, `cache_key = "${fakeChars(HEX, 32, 'd')}.${fakeChars(ALNUM, 16, 'd')}"`],
  }),
};
