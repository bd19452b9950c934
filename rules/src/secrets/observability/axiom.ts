import type { PatternRule } from '../../rule.js';
import { fakeUuid } from '../saas/context.js';

/** Axiom API tokens are `xaat-` + a UUID, personal access tokens `xapt-` + a UUID (axiom.co/docs, tokens). */
export const axiomToken: PatternRule = {
  kind: 'pattern',
  id: 'axiom-token',
  title: 'Axiom API or personal token',
  category: 'secret',
  severity: 'error',
  description: 'An Axiom API token (xaat-, scoped to datasets and actions) or personal access token (xapt-, full control of the user\'s Axiom account).',
  remediation:
    'Delete the token under Settings > API tokens (or Profile > Personal tokens) in Axiom, create a scoped API token with an expiry, and read it from AXIOM_TOKEN in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry date was set',
  keywords: ['xaat-', 'xapt-'],
  pattern: /\b(xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  entropy: 3,
  describe: (token) => (token.startsWith('xapt-') ? 'personal access token with full account access' : undefined),
  prefix: 'xaat-',
  examples: () => ({
    match: [
      `AXIOM_TOKEN=xaat-${fakeUuid('env')}`,
      `exporters:\n  otlphttp:\n    headers:\n      authorization: Bearer xapt-${fakeUuid('otel')}`,
    ],
    noMatch: ['AXIOM_TOKEN=xaat-00000000-0000-0000-0000-000000000000', `AXIOM_ORG_ID=${fakeUuid('org')}`],
  }),
};
