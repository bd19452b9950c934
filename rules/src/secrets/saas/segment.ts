import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * Segment Public API tokens are `sgp_` + 64 alphanumerics. Sourcegraph also uses `sgp_`, but with hex in
 * different lengths and underscores, so the lengths keep the two apart. Source write keys are public by design.
 */
export const segmentPublicApiToken: PatternRule = {
  kind: 'pattern',
  id: 'segment-public-api-token',
  title: 'Segment Public API token',
  category: 'secret',
  severity: 'error',
  description: 'A Segment (Twilio Segment) Public API token (sgp_); with its workspace role it manages sources, destinations, tracking plans and users.',
  remediation:
    'Delete the token under Settings > Workspace settings > Access Management > Tokens in Segment, create one with the narrowest role, and keep it as a secret for Terraform or scripts (SEGMENT_PUBLIC_API_TOKEN).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['sgp_'],
  pattern: /\b(sgp_[A-Za-z0-9]{64})\b/,
  entropy: 4,
  prefix: 'sgp_',
  examples: () => ({
    match: [`SEGMENT_PUBLIC_API_TOKEN=${fake('sgp_', ALNUM, 64)}`, `provider "segment" {\n  token = "${fake('sgp_', ALNUM, 64, 'tf')}"\n}`],
    noMatch: ['SEGMENT_PUBLIC_API_TOKEN=sgp_short', `SOURCEGRAPH_TOKEN=sgp_${fake('', '0123456789abcdef', 40, 'sg')}`],
  }),
};
