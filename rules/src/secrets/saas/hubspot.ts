import type { PatternRule } from '../../rule.js';
import { fakeUuid, precededBy, UUID } from './context.js';

/**
 * HubSpot private app access tokens are `pat-<region>-` + a UUID (na1, eu1, …). The old `hapikey` API keys were
 * UUIDs with no prefix; HubSpot switched them off in 2022, so they are reported at low severity next to a HubSpot
 * name only.
 */
export const hubspotPrivateAppToken: PatternRule = {
  kind: 'pattern',
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app access token',
  category: 'secret',
  severity: 'error',
  description: 'A HubSpot private app access token (pat-na1-…); it reads and changes CRM contacts, deals and other objects within the app\'s scopes.',
  remediation:
    'Rotate the token on the private app\'s Auth tab in HubSpot (Settings > Integrations > Private apps), and keep it in a secret manager; apps installed in several accounts should use OAuth.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated',
  replacement: 'HubSpot OAuth apps, whose access tokens expire after 30 minutes',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: /\b(pat-[a-z]{2}[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  entropy: 3,
  prefix: 'pat-',
  examples: () => ({
    match: [`HUBSPOT_ACCESS_TOKEN=pat-na1-${fakeUuid('env')}`, `const hubspotClient = new hubspot.Client({ accessToken: 'pat-eu1-${fakeUuid('js')}' });`],
    noMatch: ['HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000', `portal_id: pat-na1-${fakeUuid('x').slice(0, 20)}`],
  }),
};

export const hubspotLegacyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'hubspot-legacy-api-key',
  title: 'HubSpot legacy API key (hapikey)',
  category: 'secret',
  severity: 'info',
  description: 'A HubSpot legacy API key (a UUID next to hapikey or a HubSpot name); HubSpot turned these keys off in November 2022, but their presence shows credentials kept in code.',
  remediation:
    'Delete the key in HubSpot if it still exists, migrate the integration to a private app or OAuth, and keep the new token in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'no longer accepted by HubSpot since November 2022',
  keywords: ['hubspot', 'hapikey', 'hapi_key'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  linesAround: 1,
  // `new HubSpotAPI("<key>")` passes the key straight to the client; PHP config arrays put 'hubspot' a line above
  validate: precededBy({ names: /hubspot|hapi_?key/i, keys: /key|token|secret|hapi|hubspotapi/i, lines: 1, reach: 200 }),
  examples: () => ({
    match: [`const hapikey = '${fakeUuid('legacy')}';`, `'hubspot' => ['api_key' => '${fakeUuid('php')}'],`],
    noMatch: [`HUBSPOT_PORTAL_ID=${fakeUuid('portal')}`, 'hapikey=00000000-0000-0000-0000-000000000000'],
  }),
};
