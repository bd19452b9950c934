import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Render API keys: `rnd_` + 32 alphanumerics. */
export const renderApiKey: PatternRule = {
  kind: 'pattern',
  id: 'render-api-key',
  title: 'Render API key',
  category: 'secret',
  severity: 'error',
  description: 'A Render API key (rnd_); it manages every service, database and environment group of the workspaces its user belongs to.',
  remediation:
    'Revoke the key (Account Settings > API Keys) and deploy through Render\'s Git integration or deploy hooks; keep any key a pipeline needs in its secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  replacement: 'Git-based auto-deploys or deploy hooks instead of an account-wide API key',
  keywords: ['rnd_'],
  pattern: /\b(rnd_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  prefix: 'rnd_',
  examples: () => ({
    match: [`RENDER_API_KEY=${fake('rnd_', ALNUM, 32)}`, `curl -H "Authorization: Bearer ${fake('rnd_', ALNUM, 32, 'curl')}" https://api.render.com/v1/services`],
    noMatch: [`RENDER_API_KEY=${fake('rnd_', ALNUM, 27)}`, `RENDER_API_KEY=${fake('rnd_', ALNUM, 20)}_${fake('', ALNUM, 11)}`],
  }),
};

export const renderRules: PatternRule[] = [renderApiKey];
