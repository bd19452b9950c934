import type { PatternRule } from '../../index.js';
import { fake } from '../testing/fake.js';
import { randomMixedCase } from '../messaging/context.js';

/**
 * Hugging Face tokens: user access tokens `hf_` + 34 letters, legacy organisation tokens `api_org_` + 34
 * letters. Letters only, so identifiers such as `hf_generatedByHomeAppKey` have the same alphabet; the body
 * must read as random mixed case rather than camelCase words (see `randomMixedCase`).
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = (token: string) =>
  randomMixedCase(token.slice(token.lastIndexOf('_') + 1)) ? true : 'letters read like a name, not a random token';

export const huggingfaceAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'huggingface-access-token',
  title: 'Hugging Face access token',
  category: 'secret',
  severity: 'error',
  description: "A Hugging Face user access token; depending on its role it reads private and gated models and datasets, or pushes to the user's and organisations' repositories.",
  remediation:
    'Invalidate the token at huggingface.co/settings/tokens, create a fine-grained token limited to the repositories and permissions needed, and load it from an environment variable (HF_TOKEN) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until invalidated',
  keywords: ['hf_'],
  pattern: /\b(hf_[A-Za-z]{34})\b/,
  entropy: 3.5,
  validate: random,
  prefix: 'hf_',
  examples: () => ({
    match: [`HF_TOKEN=${fake('hf_', LETTERS, 34, 'a')}`, `huggingface-cli login --token ${fake('hf_', LETTERS, 34, 'b')}`, `login(token="${fake('hf_', LETTERS, 34, 'c')}")`],
    noMatch: ['@property (nonatomic) BOOL 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;', `HF_TOKEN=hf_${'x'.repeat(34)}`, 'static int hf_servingCellPriorityParamsDescr_h = -1;'],
  }),
};

export const huggingfaceOrgToken: PatternRule = {
  kind: 'pattern',
  id: 'huggingface-org-token',
  title: 'Hugging Face organisation API token (legacy)',
  category: 'secret',
  severity: 'error',
  description: "A legacy Hugging Face organisation API token (api_org_); it acts on the organisation's private models and datasets.",
  remediation:
    'Revoke the token in the organisation settings on huggingface.co, switch to fine-grained user or organisation tokens, and load them from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['api_org_'],
  pattern: /\b(api_org_[A-Za-z]{34})\b/,
  entropy: 3.5,
  validate: random,
  prefix: 'api_org_',
  examples: () => ({
    match: [`HUGGINGFACEHUB_API_TOKEN=${fake('api_org_', LETTERS, 34, 'd')}`, `use_auth_token='${fake('api_org_', LETTERS, 34, 'e')}'`],
    noMatch: ['const api_org_controller = require("./controllers").organizations;', `# legacy org tokens look like api_org_${'X'.repeat(34)}`],
  }),
};
