import type { Rule } from '../../rule.js';
import { axiomToken } from './axiom.js';
import { betterStackToken } from './betterstack.js';
import { bugsnagAuthToken } from './bugsnag.js';
import { datadogApiKey, datadogAppKey } from './datadog.js';
import { dynatraceToken } from './dynatrace.js';
import { elasticCloudApiKey } from './elastic.js';
import { grafanaApiKey, grafanaCloudToken, grafanaServiceAccountToken } from './grafana.js';
import { honeycombApiKey, honeycombIngestKey, honeycombManagementKey } from './honeycomb.js';
import { langfuseSecretKey } from './langfuse.js';
import { logzioToken } from './logzio.js';
import { newRelicInsightsKey, newRelicLicenseKey, newRelicUserApiKey } from './newrelic.js';
import { opsgenieApiKey } from './opsgenie.js';
import { pagerDutyApiKey, pagerDutyIntegrationKey } from './pagerduty.js';
import { rollbarAccessToken } from './rollbar.js';
import { rootlyApiKey } from './rootly.js';
import { sentryLegacyAuthToken, sentryOrgToken, sentryUserToken } from './sentry.js';
import { splunkHecToken, splunkObservabilityToken } from './splunk.js';
import { sumoLogicAccessId, sumoLogicAccessKey } from './sumologic.js';

// Prefixed formats first: on the same span a prefixed rule's finding is kept over a keyword-context one.
export const observabilityRules: Rule[] = [
  grafanaServiceAccountToken,
  grafanaCloudToken,
  grafanaApiKey,
  newRelicUserApiKey,
  newRelicInsightsKey,
  newRelicLicenseKey,
  sentryOrgToken,
  sentryUserToken,
  honeycombIngestKey,
  honeycombManagementKey,
  dynatraceToken,
  elasticCloudApiKey,
  axiomToken,
  rootlyApiKey,
  langfuseSecretKey,
  datadogApiKey,
  datadogAppKey,
  sentryLegacyAuthToken,
  honeycombApiKey,
  splunkHecToken,
  splunkObservabilityToken,
  sumoLogicAccessKey,
  sumoLogicAccessId,
  pagerDutyApiKey,
  pagerDutyIntegrationKey,
  opsgenieApiKey,
  logzioToken,
  rollbarAccessToken,
  bugsnagAuthToken,
  betterStackToken,
];
