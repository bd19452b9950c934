import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * Adobe Developer Console OAuth client secrets: `p8e-` + 32 alphanumerics. The client ID (API key) is sent in
 * clear with every request and is not reported.
 */
export const adobeClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'adobe-client-secret',
  title: 'Adobe client secret',
  category: 'secret',
  severity: 'error',
  description: 'An Adobe Developer Console OAuth client secret (p8e-); with the client ID it obtains server-to-server access tokens for the project\'s APIs (Firefly, Photoshop, Analytics, AEM and others).',
  remediation:
    'Rotate the secret on the project\'s OAuth Server-to-Server credential in the Adobe Developer Console (add a new secret, deploy it, then delete the old one), and keep it in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted (access tokens it mints last 24 hours)',
  keywords: ['p8e-'],
  pattern: /\b(p8e-[A-Za-z0-9]{32})\b/,
  entropy: 3.5,
  prefix: 'p8e-',
  examples: () => ({
    match: [`ADOBE_CLIENT_SECRET=${fake('p8e-', ALNUM, 32)}`, `"client_secret": "${fake('p8e-', ALNUM, 32, 'json')}",`],
    noMatch: ['ADOBE_CLIENT_SECRET=p8e-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `ADOBE_CLIENT_SECRET=${fake('p8e-', ALNUM, 20, 'short')}`],
  }),
};
