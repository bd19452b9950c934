import type { PatternRule } from '../../index.js';
import { fake, HEX } from '../testing/fake.js';

/** Rootly API keys (global, team and personal): `rootly_` + 64 lower-case hex digits. */
export const rootlyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'rootly-api-key',
  title: 'Rootly API key',
  category: 'secret',
  severity: 'error',
  description: 'A Rootly API key; depending on its scope it reads and changes incidents, on-call schedules and escalation policies of the whole organisation, a team, or one user.',
  remediation:
    'Revoke the key under Organization Settings > API Keys in Rootly, create a new one with the narrowest scope (team or personal) and an expiry, and keep it in a secret manager (ROOTLY_API_KEY).',
  lifetime: 'long',
  lifetimeDetail: 'valid until its expiry date, which is optional',
  keywords: ['rootly_'],
  pattern: /(?<![\w-])(rootly_[a-f0-9]{64})(?![\w-])/,
  entropy: 3.2,
  prefix: 'rootly_',
  examples: () => ({
    match: [`ROOTLY_API_KEY=${fake('rootly_', HEX, 64, 'a')}`, `headers: { Authorization: "Bearer ${fake('rootly_', HEX, 64, 'b')}" }`],
    noMatch: ['ROOTLY_API_KEY=rootly_short', `resource "rootly_api_key" "ci" { name = "${fake('rootly_', HEX, 16, 'c')}" }`],
  }),
};
