import type { PatternRule } from '../../index.js';
import { HEX, fake } from '../testing/fake.js';

/**
 * DeepSeek API keys: `sk-` + 32 lowercase hex. The `sk-` prefix is shared with many services, so the rule runs
 * only near the word "deepseek".
 */

export const deepseekApiKey: PatternRule = {
  kind: 'pattern',
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  category: 'secret',
  severity: 'error',
  description: 'A DeepSeek API key; it runs DeepSeek models billed to the account balance.',
  remediation:
    'Delete the key at platform.deepseek.com/api_keys, create a new one, and load it from an environment variable (DEEPSEEK_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['deepseek'],
  linesAround: 3,
  pattern: /\b(sk-[0-9a-f]{32})\b/,
  entropy: 3,
  prefix: 'sk-',
  examples: () => ({
    match: [`DEEPSEEK_API_KEY=${fake('sk-', HEX, 32, 'a')}`, `client = OpenAI(\n    api_key="${fake('sk-', HEX, 32, 'b')}",\n    base_url="https://api.deepseek.com")`],
    noMatch: [`DEEPSEEK_API_KEY=${fake('sk-', HEX, 22, 'c')}`, `DEEPSEEK_API_KEY=sk-${'0'.repeat(32)}`, `OTHER_KEY=${fake('sk-', HEX, 32, 'd')}`],
  }),
};
