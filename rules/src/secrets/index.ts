/**
 * Every secret rule, in priority order: provider rules first (a specific match wins over a generic one on the
 * same span), then structural detectors (keys, JWTs, connection strings, config files), then the generic
 * assignment rule last. One folder per kind of provider, one file per provider.
 */
import type { Rule } from '../rule.js';
import { cloudRules } from './cloud/index.js';
import { codeHostingRules } from './code-hosting/index.js';
import { ciCdRules } from './ci-cd/index.js';
import { packageRegistriesRules } from './package-registries/index.js';
import { messagingRules } from './messaging/index.js';
import { paymentsRules } from './payments/index.js';
import { aiRules } from './ai/index.js';
import { observabilityRules } from './observability/index.js';
import { databasesRules } from './databases/index.js';
import { saasRules } from './saas/index.js';
import { structuredRules } from './structured/index.js';
import { genericRules } from './generic/index.js';

export const secretRules: Rule[] = [
  ...cloudRules,
  ...codeHostingRules,
  ...ciCdRules,
  ...packageRegistriesRules,
  ...messagingRules,
  ...paymentsRules,
  ...aiRules,
  ...observabilityRules,
  ...databasesRules,
  ...saasRules,
  ...structuredRules,
  ...genericRules,
];
