import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/** EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 54 alphanumerics. */
export const easypostApiKey: PatternRule = {
  kind: 'pattern',
  id: 'easypost-api-key',
  title: 'EasyPost API key',
  category: 'secret',
  severity: 'error',
  description: 'An EasyPost API key; production keys (EZAK) buy postage and labels charged to the account and expose shipment addresses, test keys (EZTK) only reach test mode.',
  remediation:
    'Disable the key under Account Settings > API Keys in EasyPost, create a new one, and read it from EASYPOST_API_KEY in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until disabled',
  keywords: ['ezak', 'eztk'],
  // not inside a longer base64 run, where EZAK can occur by chance
  pattern: /(?<![A-Za-z0-9+/])(EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9+/])/,
  entropy: 3.5,
  describe: (key) => (key.startsWith('EZTK') ? 'test-mode key' : 'production key'),
  prefix: 'EZAK',
  examples: () => ({
    match: [`EASYPOST_API_KEY=${fake('EZAK', ALNUM, 54)}`, `client = easypost.EasyPostClient("${fake('EZTK', ALNUM, 54, 'py')}")`],
    noMatch: [`...6wqX6fNUXA/rYqRvfQ+${fake('EZAK', ALNUM, 54, 'b64')}/3VmWq/edti6...`, 'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
