import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/** LangSmith API keys: `lsv2_pt_` (personal access token) or `lsv2_sk_` (service key) + 32 hex + `_` + 10 hex. */

export const langsmithApiKey: PatternRule = {
  kind: 'pattern',
  id: 'langsmith-api-key',
  title: 'LangSmith API key',
  category: 'secret',
  severity: 'error',
  description: "A LangSmith personal access token (lsv2_pt_) or service key (lsv2_sk_); it reads and writes the workspace's traces (often containing prompts and user data), datasets and prompts.",
  remediation:
    'Delete the key in LangSmith (Settings > API Keys), create a service key with an expiry, and load it from an environment variable (LANGSMITH_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set at creation',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  pattern: /\b(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})\b/,
  entropy: 3.5,
  describe: (key) => (key.startsWith('lsv2_sk_') ? 'service key' : 'personal access token'),
  prefix: 'lsv2_',
  examples: () => ({
    match: [`LANGSMITH_API_KEY=lsv2_pt_${fakeChars(HEX, 32, 'a')}_${fakeChars(HEX, 10, 'a')}`, `os.environ["LANGCHAIN_API_KEY"] = "lsv2_sk_${fakeChars(HEX, 32, 'b')}_${fakeChars(HEX, 10, 'b')}"`],
    noMatch: ['LANGSMITH_API_KEY=lsv2_pt_...', `LANGSMITH_API_KEY=lsv2_pt_${fakeChars(HEX, 32, 'c')}`],
  }),
};
