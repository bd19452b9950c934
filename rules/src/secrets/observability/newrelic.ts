import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, fakeChars, HEX } from '../testing/fake.js';

/**
 * New Relic's key types carry their kind in a prefix (user `NRAK-`, legacy admin `NRAA-`, Insights insert `NRII-`
 * and query `NRIQ-`) or a suffix (license keys end in `FFFFNRAL`). Browser (`NRJS-`) and mobile (`-NRMA`) keys are
 * built into web pages and app binaries by design, so they are not reported.
 */
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const URL_SAFE = ALNUM + '-_';
const ROTATE = 'in New Relic under API keys (one.newrelic.com > API keys), create a replacement and keep it in an environment variable or secret manager.';

export const newRelicUserApiKey: PatternRule = {
  kind: 'pattern',
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
  category: 'secret',
  severity: 'error',
  description: 'A New Relic user key (NRAK-) or legacy admin key (NRAA-); it calls NerdGraph and the REST API with the full permissions of its user.',
  remediation: `Delete the key ${ROTATE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['nrak-', 'nraa-'],
  pattern: /\b(NRA[AK]-[A-Z0-9]{27})\b/,
  entropy: 3.5,
  describe: (key) => (key.startsWith('NRAA-') ? 'legacy admin API key' : undefined),
  prefix: 'NRAK-',
  examples: () => ({
    match: [
      `NEW_RELIC_API_KEY=${fake('NRAK-', UPPER_ALNUM, 27)}`,
      `curl -H "API-Key: ${fake('NRAK-', UPPER_ALNUM, 27, 'curl')}" https://api.newrelic.com/graphql`,
      `provider "newrelic" {\n  api_key = "${fake('NRAA-', UPPER_ALNUM, 27)}"\n}`,
    ],
    noMatch: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', `key = "${fake('NRAK-', UPPER_ALNUM, 20)}"`],
  }),
};

export const newRelicInsightsKey: PatternRule = {
  kind: 'pattern',
  id: 'new-relic-insights-key',
  title: 'New Relic Insights insert or query key',
  category: 'secret',
  severity: 'warning',
  description: 'A New Relic Insights insert key (NRII-, writes custom events) or query key (NRIQ-, reads account data with NRQL).',
  remediation: `Delete the key ${ROTATE} For ingest, prefer a license key scoped to one account held by the agent's secret store.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['nrii-', 'nriq-'],
  pattern: /\b(NRI[IQ]-[A-Za-z0-9_-]{25,32})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  describe: (key) => (key.startsWith('NRIQ-') ? 'Insights query key' : 'Insights insert key'),
  prefix: 'NRII-',
  examples: () => ({
    match: [
      `NEW_RELIC_INSERT_KEY=${fake('NRII-', URL_SAFE, 32)}`,
      `headers: { 'X-Query-Key': '${fake('NRIQ-', URL_SAFE, 27)}' }`,
    ],
    noMatch: ['insert_key: NRII-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `key = "${fake('NRII-', URL_SAFE, 12)}"`],
  }),
};

export const newRelicLicenseKey: PatternRule = {
  kind: 'pattern',
  id: 'new-relic-license-key',
  title: 'New Relic license key',
  category: 'secret',
  severity: 'warning',
  description: 'A New Relic ingest license key (40 characters ending in FFFFNRAL); agents use it to send any telemetry into the account.',
  remediation: `Delete the ingest key ${ROTATE} Agents read NEW_RELIC_LICENSE_KEY from the environment.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['ffffnral'],
  // 32 hex, or a region prefix such as eu01xx and 26 hex, then the fixed FFFFNRAL suffix
  pattern: /\b((?:[a-f0-9]{32}|[a-z]{2}[0-9]{2}xx[a-f0-9]{26})FFFFNRAL)\b/,
  entropy: 3,
  examples: () => ({
    match: [
      `NEW_RELIC_LICENSE_KEY=${fakeChars(HEX, 32, 'env')}FFFFNRAL`,
      `license_key: 'eu01xx${fakeChars(HEX, 26, 'yml')}FFFFNRAL'`,
      `newrelic.license_key = ${fakeChars(HEX, 32, 'ini')}FFFFNRAL`,
    ],
    noMatch: [`license_key: ${fakeChars(HEX, 28, 'short')}FFFFNRAL`, 'license_key: <YOUR_LICENSE_KEY>FFFFNRAL'],
  }),
};
