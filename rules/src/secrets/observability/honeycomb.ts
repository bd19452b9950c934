import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, fakeChars, HEX, LOWER_ALNUM } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from '../saas/context.js';

/**
 * Honeycomb (docs.honeycomb.io, API key format): key IDs are `hc<x>ik_` (ingest), `hc<x>lk_` (configuration) and
 * `hc<x>mk_` (management) followed by a 26-character ID. An ingest key is the ID with its 32-character secret
 * appended; a management key is sent as `<id>:<secret>`. Configuration keys and Classic keys have no prefix (22
 * alphanumerics, or 32 hex), so they count only next to a Honeycomb name.
 */
const STORE = 'and give collectors and SDKs the new key through an environment variable (HONEYCOMB_API_KEY) or secret manager.';

export const honeycombIngestKey: PatternRule = {
  kind: 'pattern',
  id: 'honeycomb-ingest-key',
  title: 'Honeycomb ingest key',
  category: 'secret',
  severity: 'warning',
  description: 'A Honeycomb ingest key (hc?ik_ ID plus secret); it sends telemetry into an environment and can create datasets when allowed to.',
  remediation: `Disable the key under Environment settings > API Keys in Honeycomb, create a new ingest key ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until disabled or deleted',
  keywords: ['ik_'],
  pattern: /\b(hc[a-z]ik_[a-z0-9]{58})\b/,
  entropy: 3.5,
  prefix: 'hcaik_',
  examples: () => ({
    match: [
      `HONEYCOMB_API_KEY=hcaik_01${fakeChars(LOWER_ALNUM, 56, 'env')}`,
      `exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: hcxik_01${fakeChars(LOWER_ALNUM, 56, 'otel')}`,
    ],
    noMatch: [
      // a key ID alone is an identifier, not the credential
      `"id": "hcxik_01${fakeChars(LOWER_ALNUM, 24, 'id')}"`,
      'HONEYCOMB_API_KEY=hcaik_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  }),
};

export const honeycombManagementKey: PatternRule = {
  kind: 'pattern',
  id: 'honeycomb-management-key',
  title: 'Honeycomb management key',
  category: 'secret',
  severity: 'error',
  description: 'A Honeycomb management key (hc?mk_ ID and secret); it manages API keys and environments for the whole team.',
  remediation: `Delete the key under Team settings > API Keys in Honeycomb, create one with only the scopes needed ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['mk_'],
  pattern: /\b(hc[a-z]mk_[a-z0-9]{26}:[a-z0-9]{32})\b/,
  entropy: 3.5,
  prefix: 'hcamk_',
  examples: () => ({
    match: [
      `curl -H "Authorization: Bearer hcxmk_01${fakeChars(LOWER_ALNUM, 24, 'id')}:${fakeChars(LOWER_ALNUM, 32, 'sec')}" https://api.honeycomb.io/2/auth`,
      `HONEYCOMB_KEY_ID=hcamk_01${fakeChars(LOWER_ALNUM, 24, 'id2')}:${fakeChars(LOWER_ALNUM, 32, 'sec2')}`,
    ],
    noMatch: [`HONEYCOMB_KEY_ID=hcamk_01${fakeChars(LOWER_ALNUM, 24, 'only-id')}`],
  }),
};

export const honeycombApiKey: PatternRule = {
  kind: 'pattern',
  id: 'honeycomb-api-key',
  title: 'Honeycomb configuration or Classic API key',
  category: 'secret',
  severity: 'error',
  description: 'A Honeycomb configuration key (22 alphanumerics) or Classic key (32 hex) next to a Honeycomb name; configuration keys change boards, triggers, SLOs and markers.',
  remediation: `Delete the key under Environment settings > API Keys in Honeycomb, create a replacement with only the permissions needed ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['honeycomb'],
  pattern: /\b([A-Za-z0-9]{22}|[a-f0-9]{32})\b/,
  entropy: 3.3,
  // X-Honeycomb-Team is the header that carries the key
  validate: precededBy({ names: /honeycomb/i, keys: new RegExp(`${KEY_WORDS.source}|team`, 'i') }),
  examples: () => ({
    match: [
      `HONEYCOMB_API_KEY=${fakeChars(ALNUM, 22, 'cfg')}`,
      `headers = {"X-Honeycomb-Team": "${fakeChars(HEX, 32, 'classic')}"}`,
      `honeycomb_write_key: ${fakeChars(ALNUM, 22, 'yaml')}`,
    ],
    noMatch: [
      `HONEYCOMB_DATASET=${fake('', 'abcdefghijklmnopqrstuvwxyz', 22, 'words')}`,
      `HONEYCOMB_API_KEY=${fakeChars(ALNUM, 21, 'short')}`,
    ],
  }),
};
