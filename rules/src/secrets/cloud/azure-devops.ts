import type { PatternRule } from '../../index.js';
import { fakeChars } from '../testing/fake.js';
import { adoPatKind } from './checksums.js';
import { assignedTo, KEYISH, textAfter, textBefore } from './shared.js';

/**
 * Azure DevOps personal access tokens, legacy format: 52 characters of lower-case base32 with no prefix, so the
 * rule needs an Azure DevOps name or URL on the same line. (PATs issued since 2024 are 84-character common
 * annotated keys ending in AZDO; `azure-common-annotated-key` reports those.)
 */

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

const ADO_SETTING = assignedTo({ name: KEYISH, provider: /azure|devops|(?:^|[_.-])ado(?:$|[_.-])|vsts|azdo/i, what: 'an Azure DevOps token setting' });

export const azureDevopsPat: PatternRule = {
  kind: 'pattern',
  id: 'azure-devops-pat',
  title: 'Azure DevOps personal access token',
  category: 'secret',
  severity: 'error',
  description:
    'An Azure DevOps personal access token (52-character format) next to an Azure DevOps name or URL; it acts as the user on repositories, pipelines and feeds within its scopes.',
  remediation:
    'Revoke the token (User settings > Personal access tokens, or an administrator\'s PAT policy page), then use a service principal or managed identity with workload identity federation, or System.AccessToken inside pipelines.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation (at most 1 year)',
  replacement: 'Microsoft Entra service principals or managed identities (workload identity federation service connections), System.AccessToken in pipelines',
  keywords: ['devops', 'azdo', 'vsts', 'ado_', 'ado-', 'azure', 'dev.azure.com', 'visualstudio.com'],
  pattern: /(?<![A-Za-z0-9])([a-z2-7]{52})(?![A-Za-z0-9])/,
  validate: (pat, ctx) => {
    // https://user:<pat>@dev.azure.com/... (git remotes)
    if (/^@(?:dev\.azure\.com|[\w-]{1,60}\.visualstudio\.com)/.test(textAfter(pat, ctx)) && /https:\/\/[^\s@/]{0,60}$/.test(textBefore(ctx))) return true;
    return ADO_SETTING(pat, ctx);
  },
  entropy: 3.5,
  // The embedded CRC (Microsoft's layout) only annotates: it could not be checked against a real token offline.
  describe: (pat) => {
    const kind = adoPatKind(pat);
    return kind ? `Azure DevOps ${kind} personal access token (embedded checksum matches)` : undefined;
  },
  examples: () => ({
    match: [
      `export AZURE_DEVOPS_EXT_PAT=${fakeChars(BASE32_LOWER, 52, 'env')}`,
      `git clone https://build:${fakeChars(BASE32_LOWER, 52, 'url')}@dev.azure.com/contoso/app/_git/app`,
      `variables:\n  ado_token: '${fakeChars(BASE32_LOWER, 52, 'yaml')}'`,
    ],
    noMatch: [
      'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
      // 52 lower-case characters with no Azure DevOps name around them
      `commit_hash_b32: ${fakeChars(BASE32_LOWER, 52, 'none')}`,
      // digits 0, 1, 8, 9 are not base32
      `AZURE_DEVOPS_PAT=${fakeChars('abcdefghijklmnopqrstuvwxyz0123456789', 52, 'digits')}0189`,
    ],
  }),
};

export const azureDevopsRules: PatternRule[] = [azureDevopsPat];
