import type { PatternRule } from '../../index.js';
import { fake, LOWER_ALNUM } from '../testing/fake.js';

/** Cerebras inference API keys: `csk-` + 48 lower-case letters and digits. */
export const cerebrasApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cerebras-api-key',
  title: 'Cerebras API key',
  category: 'secret',
  severity: 'error',
  description: 'A Cerebras Inference API key; it runs models billed to the organisation and uses its rate limits.',
  remediation:
    'Delete the key in the Cerebras Cloud console (API Keys), create a new one, and load it from an environment variable (CEREBRAS_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['csk-'],
  pattern: /(?<![\w-])(csk-[a-z0-9]{48})(?![\w-])/,
  entropy: 3.5,
  prefix: 'csk-',
  examples: () => ({
    match: [`CEREBRAS_API_KEY=${fake('csk-', LOWER_ALNUM, 48, 'a')}`, `client = Cerebras(api_key="${fake('csk-', LOWER_ALNUM, 48, 'b')}")`],
    noMatch: [`CEREBRAS_API_KEY=${fake('csk-', LOWER_ALNUM, 25, 'short')}`, `key = "${fake('bsk-', LOWER_ALNUM, 48, 'c')}"`, `id: ${fake('task-', LOWER_ALNUM, 48, 'd')}`],
  }),
};
