import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Canva Connect client secrets: `cnvca` + 51 URL-safe characters. */
export const canvaClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'canva-client-secret',
  title: 'Canva Connect client secret',
  category: 'secret',
  severity: 'error',
  description: 'A Canva Connect API client secret (cnvca…); with the client ID (OC-…) it exchanges authorisation codes and refresh tokens for access to users\' designs.',
  remediation:
    'Generate a new client secret for the integration in the Canva developer portal, delete the old one, and keep the secret server-side in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until replaced',
  keywords: ['cnvca'],
  pattern: /\b(cnvca[A-Za-z0-9_-]{51})(?![\w-])/,
  entropy: 4,
  prefix: 'cnvca',
  examples: () => ({
    match: [`CANVA_CLIENT_SECRET=${fake('cnvca', BASE64URL, 51)}`, `client_secret: "${fake('cnvca', BASE64URL, 51, 'yaml')}"`],
    noMatch: [`CANVA_CLIENT_SECRET=${fake('cnvca', BASE64URL, 50, 'short')}`, 'CANVA_CLIENT_SECRET=cnvca<secret>'],
  }),
};
