import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Prefect Cloud API keys: `pnu_` (user) or `pnb_` (service account) + 36 alphanumerics. */
export const prefectApiKey: PatternRule = {
  kind: 'pattern',
  id: 'prefect-api-key',
  title: 'Prefect Cloud API key',
  category: 'secret',
  severity: 'error',
  description: 'A Prefect Cloud API key (pnu_ user key, pnb_ service account key); it runs and changes flows, deployments, blocks (which hold other credentials) and work pools in its workspaces.',
  remediation:
    'Delete the key under Profile > API keys (or the service account) in Prefect Cloud, create one with an expiry for a service account, and give workers PREFECT_API_KEY from a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration was set',
  keywords: ['pnu_', 'pnb_'],
  pattern: /\b(pn[ub]_[A-Za-z0-9]{36})\b/,
  entropy: 3.5,
  prefix: 'pnu_',
  examples: () => ({
    match: [`PREFECT_API_KEY=${fake('pnu_', ALNUM, 36)}`, `prefect cloud login --key ${fake('pnb_', ALNUM, 36, 'cli')} --workspace acme/prod`],
    noMatch: ['PREFECT_API_KEY = "pnu_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"', `key = ${fake('pnu_', ALNUM, 20, 'short')}`],
  }),
};
