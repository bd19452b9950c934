import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo } from './context.js';

/** Zendesk API tokens: 40 alphanumerics without a prefix, used with `<email>/token` basic auth. */

const isZendesk = assignedTo('zendesk', { keyish: true });

export const zendeskApiToken: PatternRule = {
  kind: 'pattern',
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  category: 'secret',
  severity: 'error',
  description: 'A Zendesk Support API token; with any agent email it acts as that agent (or admin) on tickets, users and settings.',
  remediation:
    'Delete the token in Zendesk Admin Center (Apps and integrations > Zendesk API) and create a new one, then load it from an environment variable or a secret manager; prefer OAuth clients scoped to what the integration needs.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  replacement: 'OAuth access tokens with scopes (can be given an expiry)',
  keywords: ['zendesk'],
  linesAround: 3,
  pattern: /\b([A-Za-z0-9]{40})\b/,
  entropy: 3.5,
  validate: (secret, ctx) => {
    if (!/[0-9]/.test(secret) || !/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not a random token';
    return isZendesk(ctx) ? true : 'not assigned to a Zendesk token name';
  },
  examples: () => ({
    match: [`ZENDESK_API_TOKEN=${fakeChars(ALNUM, 40, 'a')}`, `zendesk:\n  subdomain: acme\n  token: "${fakeChars(ALNUM, 40, 'b')}"`],
    noMatch: [`ZENDESK_SUBDOMAIN=${fakeChars(ALNUM, 40, 'c')}`, `ZENDESK_API_TOKEN=${'x'.repeat(40)}`],
  }),
};
