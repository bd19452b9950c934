import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Contentful personal access tokens (Content Management API): `CFPAT-` + 43 URL-safe characters. */
export const contentfulPat: PatternRule = {
  kind: 'pattern',
  id: 'contentful-personal-access-token',
  title: 'Contentful personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Contentful personal access token (CFPAT-); it uses the Content Management API with its user\'s rights, editing, publishing and deleting content in every space the user can reach.',
  remediation:
    'Revoke the token under Settings > CMA tokens in Contentful, create one with an expiry (or an app with scoped keys), and pass it to migration scripts and CI as a secret (CONTENTFUL_MANAGEMENT_TOKEN).',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set at creation',
  keywords: ['cfpat-'],
  pattern: /\b(CFPAT-[A-Za-z0-9_-]{43})(?![\w-])/,
  entropy: 3.5,
  prefix: 'CFPAT-',
  examples: () => ({
    match: [`CONTENTFUL_MANAGEMENT_TOKEN=${fake('CFPAT-', BASE64URL, 43)}`, `contentful space import --management-token ${fake('CFPAT-', BASE64URL, 43, 'cli')}`],
    noMatch: ['contentful_access_token: "CFPAT-"', `token: ${fake('CFPAT-', BASE64URL, 30, 'short')}`],
  }),
};
