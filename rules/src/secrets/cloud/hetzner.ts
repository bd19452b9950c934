import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo, KEYISH } from './shared.js';

/** Hetzner Cloud API tokens: 64 alphanumerics without a prefix; reported next to an hcloud / Hetzner name. */
export const hetznerCloudToken: PatternRule = {
  kind: 'pattern',
  id: 'hetzner-cloud-token',
  title: 'Hetzner Cloud API token',
  category: 'secret',
  severity: 'error',
  description: 'A Hetzner Cloud API token (64 characters next to an hcloud or Hetzner name); read-write tokens create and delete every server, volume and network of the project.',
  remediation:
    'Delete the token (Cloud Console > project > Security > API tokens) and create a new one, read-only where possible, kept in the CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  replacement: 'per-pipeline project tokens, read-only where possible, from the CI secret store',
  keywords: ['hcloud', 'hetzner'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{64})(?![A-Za-z0-9])/,
  validate: assignedTo({ name: KEYISH, provider: /hcloud|hetzner/i, what: 'a Hetzner Cloud token setting' }),
  entropy: 3.5,
  examples: () => ({
    match: [`export HCLOUD_TOKEN=${fakeChars(ALNUM, 64, 'env')}`, `hetzner_api_token: "${fakeChars(ALNUM, 64, 'yaml')}"`],
    noMatch: ['HCLOUD_TOKEN=${HCLOUD_TOKEN}', `hcloud_token = "${fakeChars(ALNUM, 40, 'short')}"`],
  }),
};

export const hetznerRules: PatternRule[] = [hetznerCloudToken];
