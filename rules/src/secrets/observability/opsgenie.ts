import type { PatternRule } from '../../rule.js';
import { fakeUuid, KEY_WORDS, precededBy, UUID } from '../saas/context.js';

/** Opsgenie API keys (integration and account API keys) are UUIDs; the Opsgenie name must be on the line or just above it. */
export const opsgenieApiKey: PatternRule = {
  kind: 'pattern',
  id: 'opsgenie-api-key',
  title: 'Opsgenie API key',
  category: 'secret',
  severity: 'error',
  description: 'An Opsgenie API key (a UUID next to an Opsgenie name); integration keys create and close alerts, account API keys manage teams, schedules and users.',
  remediation:
    'Delete or reset the key in Opsgenie (Settings > API key management, or the integration\'s page), and give tools the new key through a secret manager; Alertmanager supports api_key_file.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset or deleted',
  keywords: ['opsgenie', 'genie_key', 'geniekey'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  linesAround: 2,
  validate: precededBy({ names: /opsgenie|genie[_-]?key|\bGenieKey/i, keys: KEY_WORDS, lines: 2, reach: 240 }),
  examples: () => ({
    match: [
      `OPSGENIE_API_KEY=${fakeUuid('env')}`,
      `curl -X POST https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey ${fakeUuid('curl')}"`,
      `receivers:\n  - name: ops\n    opsgenie_configs:\n      - api_key: ${fakeUuid('am')}`,
    ],
    noMatch: [`opsgenie_team_id: ${fakeUuid('team')}`, 'OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
};
