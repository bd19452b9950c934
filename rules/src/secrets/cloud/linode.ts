import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { assignedTo, KEYISH } from './shared.js';

/** Linode (Akamai Cloud) personal access tokens: 64 hex characters without a prefix, so a Linode name must be next to them. */
export const linodeToken: PatternRule = {
  kind: 'pattern',
  id: 'linode-token',
  title: 'Linode (Akamai Cloud) personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Linode / Akamai Cloud Computing personal access token (64 hex characters next to a Linode name); with read-write scopes it manages every Linode, volume and bucket of the account.',
  remediation:
    'Revoke the token (Cloud Manager > API Tokens), then create one with only the scopes needed and an expiry, kept in the CI secret store.',
  lifetime: 'long',
  lifetimeDetail: 'expires after the period chosen at creation (1 month to never)',
  replacement: 'narrowly scoped personal access tokens with an expiry',
  keywords: ['linode'],
  pattern: /(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/,
  validate: assignedTo({ name: KEYISH, provider: /linode/i, what: 'a Linode token setting' }),
  entropy: 3.0,
  examples: () => ({
    match: [`export LINODE_TOKEN=${fakeChars(HEX, 64, 'env')}`, `provider "linode" {\n  token = var.token\n}\nlinode_api_key: "${fakeChars(HEX, 64, 'yaml')}"`],
    noMatch: ['LINODE_TOKEN=${LINODE_TOKEN}', `linode_image_sha = "${fakeChars(HEX, 64, 'sha')}"`],
  }),
};

export const linodeRules: PatternRule[] = [linodeToken];
