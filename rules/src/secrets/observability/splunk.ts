import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { fakeUuid, KEY_WORDS, precededBy, UUID } from '../saas/context.js';

/**
 * Splunk HTTP Event Collector tokens are UUIDs (sent as `Authorization: Splunk <uuid>`); Splunk Observability
 * (SignalFx) access tokens are 22 URL-safe characters sent in `X-SF-Token`. Neither has a prefix, so both need the
 * product's name on the line.
 */
export const splunkHecToken: PatternRule = {
  kind: 'pattern',
  id: 'splunk-hec-token',
  title: 'Splunk HTTP Event Collector token',
  category: 'secret',
  severity: 'warning',
  description: 'A Splunk HTTP Event Collector (HEC) token; it writes events into the indexes the token allows, so it can forge or flood logs.',
  remediation:
    'Disable the token under Settings > Data inputs > HTTP Event Collector in Splunk, create a new one limited to the needed indexes, and give forwarders and log drivers the token through a secret manager or environment variable.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until disabled or deleted',
  keywords: ['splunk', 'hec_token', 'hec-token', 'hectoken', 'hec_key'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  validate: precededBy({ names: /splunk|\bhec[_-]|hec_?token/i, keys: new RegExp(`${KEY_WORDS.source}|hec`, 'i') }),
  examples: () => ({
    match: [
      `SPLUNK_HEC_TOKEN=${fakeUuid('env')}`,
      `curl -k https://splunk.internal:8088/services/collector -H "Authorization: Splunk ${fakeUuid('curl').toUpperCase()}"`,
      `logging:\n  driver: splunk\n  options:\n    splunk-token: ${fakeUuid('compose')}`,
    ],
    noMatch: [`splunk_index_guid: ${fakeUuid('guid')}`, 'SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000'],
  }),
};

export const splunkObservabilityToken: PatternRule = {
  kind: 'pattern',
  id: 'splunk-observability-token',
  title: 'Splunk Observability (SignalFx) access token',
  category: 'secret',
  severity: 'error',
  description: 'A Splunk Observability Cloud (SignalFx) access token; ingest tokens send metrics and traces, API tokens read and change the organisation\'s detectors and dashboards.',
  remediation:
    'Rotate or disable the token under Settings > Access Tokens in Splunk Observability Cloud, set an expiry on the new one, and pass it to the collector through SPLUNK_ACCESS_TOKEN from a secret store.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date set when it was created',
  keywords: ['signalfx', 'sfx_', 'sfx-', 'x-sf-token', 'sf_token', 'splunk'],
  pattern: /(?<![\w-])([A-Za-z0-9_-]{22})(?![\w-])/,
  entropy: 3.5,
  validate: precededBy({
    names: /signalfx|\bsfx[_-]|x-sf-token|\bsf_token|splunk[_-]?(?:o11y|observability|obs|access|realm)/i,
    keys: new RegExp(`${KEY_WORDS.source}|x-sf`, 'i'),
  }),
  examples: () => ({
    match: [
      `SPLUNK_ACCESS_TOKEN=${fakeChars(ALNUM, 22, 'otel')}`,
      `curl -H "X-SF-Token: ${fakeChars(ALNUM, 22, 'curl')}" https://ingest.us1.signalfx.com/v2/datapoint`,
      // nhilint-ignore splunk-observability-token -- the example template builds a fake token at run time
      `signalfx:\n  access_token: ""\nsignalfx_access_token = "${fakeChars(ALNUM, 22, 'tf')}"`,
    ],
    noMatch: [`SPLUNK_REALM=${fakeChars('abcdefghijklmnopqrstuvwxyz', 22, 'realm')}`, `SPLUNK_ACCESS_TOKEN=${fakeChars(ALNUM, 30, 'long')}`],
  }),
};
