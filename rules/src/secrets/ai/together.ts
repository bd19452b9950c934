import type { PatternRule } from '../../index.js';
import { BASE64URL, HEX, fake, fakeChars } from '../testing/fake.js';
import { assignedTo } from '../messaging/context.js';

/**
 * Together AI API keys: current `tgp_v1_` + 43 base64url characters; older keys are 64 lowercase hex with no
 * prefix, which count only when assigned to a Together key name.
 */

const isTogether = assignedTo('together', { keyish: true });

export const togetherApiKey: PatternRule = {
  kind: 'pattern',
  id: 'together-api-key',
  title: 'Together AI API key',
  category: 'secret',
  severity: 'error',
  description: 'A Together AI API key; it runs inference and fine-tuning jobs billed to the account.',
  remediation:
    'Revoke the key in Together AI (Settings > API keys), create a new one, and load it from an environment variable (TOGETHER_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['tgp_v1_', 'together'],
  linesAround: 3,
  pattern: /\b(tgp_v1_[\w-]{43}|[0-9a-f]{64})(?![\w-])/,
  entropy: 3.5,
  validate: (secret, ctx) => (secret.startsWith('tgp_v1_') || isTogether(ctx) ? true : 'not assigned to a Together key name'),
  prefix: 'tgp_v1_',
  examples: () => ({
    match: [`TOGETHER_API_KEY=${fake('tgp_v1_', BASE64URL, 43, 'a')}`, `together:\n  api_key: "${fakeChars(HEX, 64, 'b')}"`],
    noMatch: [`TOGETHER_API_KEY=${fake('tgp_v2_', BASE64URL, 43, 'c')}`, `# computed together with the digest\nsha256 = "${fakeChars(HEX, 64, 'd')}"`],
  }),
};
