import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/**
 * Figma personal access tokens start `figd_` (and `figp_` for some newer tokens) followed by about 40 URL-safe
 * characters. Tokens made before 2022 were UUID-like and carry no prefix; they are left to the generic rule.
 */
export const figmaPat: PatternRule = {
  kind: 'pattern',
  id: 'figma-personal-access-token',
  title: 'Figma personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Figma personal access token (figd_); it reads, and with write scopes changes, the files, comments and dev resources its user can access.',
  remediation:
    'Revoke the token under Settings > Security > Personal access tokens in Figma, create one with the narrowest scopes and a short expiry, and read it from FIGMA_TOKEN in the environment or a secret manager; for apps acting for others use Figma OAuth.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation; older tokens may never expire',
  replacement: 'Figma OAuth apps, whose access tokens expire and are refreshed',
  keywords: ['figd_', 'figp_'],
  pattern: /\b(fig[dp]_[A-Za-z0-9_-]{38,64}={0,2})(?![\w=-])/,
  entropy: 4,
  prefix: 'figd_',
  examples: () => ({
    match: [`FIGMA_TOKEN=${fake('figd_', BASE64URL, 40)}`, `headers: { 'X-Figma-Token': '${fake('figd_', BASE64URL, 40, 'ts')}' }`],
    noMatch: ['figd_abc', `FIGMA_TOKEN=figd_${'A'.repeat(40)}`],
  }),
};
