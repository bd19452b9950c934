import type { PatternRule } from '../../rule.js';
import { BASE64, fakeChars } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Aiven API tokens are long base64 strings (about 370 characters) with no prefix; they appear as AIVEN_API_TOKEN or
 * in `Authorization: aivenv1 <token>`.
 */
export const aivenApiToken: PatternRule = {
  kind: 'pattern',
  id: 'aiven-api-token',
  title: 'Aiven API token',
  category: 'secret',
  severity: 'error',
  description: 'An Aiven personal or application token; it manages every project, service, user and integration its owner can reach in the Aiven console.',
  remediation:
    'Revoke the token under User profile > Tokens (or the application user\'s tokens) in the Aiven console, create an application-user token with a maximum age, and give Terraform or the CLI AIVEN_API_TOKEN from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a maximum age or session timeout was set',
  keywords: ['aiven'],
  pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{300,420}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4.5,
  validate: precededBy({ names: /aiven/i, keys: /token|key|auth|secret/i }),
  examples: () => ({
    match: [`AIVEN_API_TOKEN="${fakeChars(BASE64, 370, 'env')}=="`, `curl -H "Authorization: aivenv1 ${fakeChars(BASE64, 372, 'curl')}" https://api.aiven.io/v1/project`],
    noMatch: [`token="${fakeChars(BASE64, 372, 'noname')}"`, 'AIVEN_API_TOKEN="short"'],
  }),
};
