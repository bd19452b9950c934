import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, fakeChars } from '../testing/fake.js';

/** HCP Terraform / Terraform Enterprise API tokens: a 14-character id, `.atlasv1.`, and 60 to 70 secret characters. */
export const terraformCloudApiToken: PatternRule = {
  kind: 'pattern',
  id: 'terraform-cloud-api-token',
  title: 'HCP Terraform / Terraform Enterprise API token',
  category: 'secret',
  severity: 'error',
  description:
    'An HCP Terraform (Terraform Cloud) or Terraform Enterprise user, team or organization API token (…atlasv1…), which can read state (often full of secrets) and queue runs that change infrastructure.',
  remediation:
    'Delete the token (User settings > Tokens, or the team/organization API token page), create a team token with an expiry for automation, and keep it in the CI secret store or TF_TOKEN_* variables, not in .terraformrc or code.',
  lifetime: 'unknown',
  lifetimeDetail: 'expires only if an expiry was set at creation',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  entropy: 3.5,
  examples: () => ({
    match: [
      `credentials "app.terraform.io" {\n  token = "${fakeChars(ALNUM, 14, 'id')}.atlasv1.${fakeChars(BASE64URL, 67, 's')}"\n}`,
      `export TF_TOKEN_app_terraform_io=${fakeChars(ALNUM, 14, 'id2')}.atlasv1.${fakeChars(ALNUM, 64, 's2')}`,
    ],
    noMatch: [
      'token        = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `token = "${fakeChars(ALNUM, 14, 'id3')}.atlasv1.${fakeChars(ALNUM, 30, 's3')}"`,
    ],
  }),
};
