import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Datadog keys carry no prefix: API keys are 32 lower-case hex digits, application keys 40. A value of that shape
 * counts only after `datadog` or a `DD_API` / `DD_APP` style name on the same line. Client tokens (`pub` + 32 hex)
 * are meant for browsers and are left alone; the word boundary before the value already skips them.
 */
const NAMES = /datadog|\bdd[_.-]?(?:api|app|application)/i;
const KEYWORDS = ['datadog', 'dd_api', 'dd-api', 'dd.api', 'ddapi', 'dd_app', 'dd-app', 'dd.app', 'ddapp'];

const REMEDIATION_TAIL =
  'then load the new key from an environment variable or secret manager (the Agent reads DD_API_KEY from its environment or a secrets backend).';

export const datadogApiKey: PatternRule = {
  kind: 'pattern',
  id: 'datadog-api-key',
  title: 'Datadog API key',
  category: 'secret',
  severity: 'error',
  description: 'A Datadog API key (32 hex digits next to a Datadog name); it submits metrics, logs and events to the organisation, and with an application key calls the whole API.',
  remediation: `Revoke the key under Organization Settings > API Keys in Datadog, ${REMEDIATION_TAIL}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: KEYWORDS,
  pattern: /\b([a-f0-9]{32})\b/,
  entropy: 3,
  validate: precededBy({ names: NAMES, keys: /key|token|secret|api/i }),
  examples: () => ({
    match: [
      `DD_API_KEY=${fakeChars(HEX, 32, 'env')}`,
      `datadog_api_key: "${fakeChars(HEX, 32, 'yaml')}"`,
      `headers = {"DD-API-KEY": "${fakeChars(HEX, 32, 'py')}"}`,
    ],
    noMatch: [
      `DD_CLIENT_TOKEN=pub${fakeChars(HEX, 32, 'rum')}`,
      `checksum: ${fakeChars(HEX, 32, 'md5')}  # datadog-agent-7.50.tar.gz`,
      `DD_API_KEY=${fakeChars(HEX, 31, 'short')}`,
    ],
  }),
};

export const datadogAppKey: PatternRule = {
  kind: 'pattern',
  id: 'datadog-application-key',
  title: 'Datadog application key',
  category: 'secret',
  severity: 'error',
  description: 'A Datadog application key (40 hex digits next to a Datadog name); with an API key it reads and changes everything its user can, dashboards, monitors and logs included.',
  remediation: `Revoke the key under Organization Settings > Application Keys, create a scoped replacement, ${REMEDIATION_TAIL}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: KEYWORDS,
  pattern: /\b([a-f0-9]{40})\b/,
  entropy: 3,
  validate: precededBy({ names: NAMES, keys: /app|application|key|secret/i }),
  examples: () => ({
    match: [
      `DD_APP_KEY=${fakeChars(HEX, 40, 'env')}`,
      `provider "datadog" { app_key = "${fakeChars(HEX, 40, 'tf')}" }`,
      `const client = new DatadogClient({ applicationKey: '${fakeChars(HEX, 40, 'ts')}' });`,
    ],
    noMatch: [
      `DATADOG_AGENT_COMMIT=${fakeChars(HEX, 40, 'sha')}`,
      `# datadog-agent image digest\nsha: ${fakeChars(HEX, 40, 'digest')}`,
    ],
  }),
};
