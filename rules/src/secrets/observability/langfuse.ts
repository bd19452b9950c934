import type { PatternRule } from '../../index.js';
import { fakeUuid } from '../saas/context.js';

/**
 * Langfuse API keys come in pairs: a public `pk-lf-` key and a secret `sk-lf-` key, each the prefix + a UUID. Only
 * the secret half is reported; the public key alone cannot read project data.
 */
export const langfuseSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'langfuse-secret-key',
  title: 'Langfuse secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Langfuse secret API key (sk-lf-); with the public key it reads and writes the project\'s traces, prompts, datasets and scores, which often hold user data sent to LLMs.',
  remediation:
    'Delete the key pair under Project Settings > API Keys in Langfuse, create a new pair, and give the application LANGFUSE_SECRET_KEY from a secret manager or the platform\'s secret settings.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['sk-lf-'],
  pattern: /(?<![\w-])(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  entropy: 3,
  prefix: 'sk-lf-',
  examples: () => ({
    match: [`LANGFUSE_SECRET_KEY=sk-lf-${fakeUuid('a')}`, `langfuse = Langfuse(public_key="pk-lf-${fakeUuid('p')}", secret_key="sk-lf-${fakeUuid('b')}")`],
    noMatch: [`LANGFUSE_PUBLIC_KEY=pk-lf-${fakeUuid('c')}`, 'LANGFUSE_SECRET_KEY=sk-lf-...', 'LANGFUSE_SECRET_KEY=sk-lf-00000000-0000-0000-0000-000000000000'],
  }),
};
