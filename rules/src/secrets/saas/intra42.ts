import type { PatternRule } from '../../index.js';
import { fake, HEX } from '../testing/fake.js';

/** 42 school intranet (api.intra.42.fr) OAuth application secrets: `s-s4t2ud-` or `s-s4t2af-` + 64 hex digits. */
export const intra42ClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'intra42-client-secret',
  title: '42 Intra API client secret',
  category: 'secret',
  severity: 'error',
  description: 'The secret of a 42 Intra API application; with the application\'s UID it obtains tokens for the 42 API as that application, reading student and campus data within its scopes.',
  remediation:
    'Regenerate the secret on the application\'s page in the 42 intranet (Settings > API), and load it from an environment variable or secret store instead of committing it.',
  lifetime: 'long',
  lifetimeDetail: 'valid until regenerated or until the application\'s secret expires',
  keywords: ['s-s4t2ud-', 's-s4t2af-'],
  pattern: /(?<![\w-])(s-s4t2(?:ud|af)-[a-f0-9]{64})(?![\w-])/,
  entropy: 3.2,
  prefix: 's-s4t2ud-',
  examples: () => ({
    match: [`FT_CLIENT_SECRET=${fake('s-s4t2ud-', HEX, 64, 'a')}`, `clientSecret := "${fake('s-s4t2af-', HEX, 64, 'b')}"`],
    noMatch: [`FT_CLIENT_SECRET=${fake('s-s4t2ud-', HEX, 30, 'short')}`, `FT_CLIENT_ID=${fake('u-s4t2ud-', HEX, 64, 'uid')}`],
  }),
};
