import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from './context.js';

/** Cisco Meraki Dashboard API keys are 40 lower-case hex digits; a Meraki name and key word must be on the line. */
export const merakiApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cisco-meraki-api-key',
  title: 'Cisco Meraki Dashboard API key',
  category: 'secret',
  severity: 'error',
  description: 'A Cisco Meraki Dashboard API key next to a Meraki name; with its user\'s organisation access it reads and reconfigures networks, devices, firewalls and VPNs.',
  remediation:
    'Revoke the key under My profile > API access in the Meraki dashboard, generate a new one for a dedicated least-privilege admin, and read it from MERAKI_DASHBOARD_API_KEY in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['meraki'],
  pattern: /\b([a-f0-9]{40})\b/,
  entropy: 3,
  validate: precededBy({ names: /meraki/i, keys: /key|token|secret|auth|bearer/i }),
  examples: () => ({
    match: [`MERAKI_DASHBOARD_API_KEY=${fakeChars(HEX, 40, 'env')}`, `dashboard = meraki.DashboardAPI(api_key="${fakeChars(HEX, 40, 'py')}")`],
    noMatch: [`meraki_device_serial_hash: ${fakeChars(HEX, 40, 'ser')}`, `meraki_api_key: ${'ab'.repeat(20)}`],
  }),
};
