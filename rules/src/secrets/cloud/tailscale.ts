import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

/**
 * Tailscale keys: `tskey-<type>-<key id>-<secret>` with types auth (device auth keys), api (API access tokens),
 * client (OAuth client secrets), scim and webhook.
 */

const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  auth: { title: 'Tailscale auth key', lifetime: 'long', detail: 'expires after 1 to 90 days (90 by default)' },
  api: { title: 'Tailscale API access token', lifetime: 'long', detail: 'expires after 1 to 90 days (90 by default)' },
  client: { title: 'Tailscale OAuth client secret', lifetime: 'static', detail: 'never expires until the OAuth client is revoked' },
  scim: { title: 'Tailscale SCIM token', lifetime: 'static', detail: 'never expires until rotated' },
  webhook: { title: 'Tailscale webhook secret', lifetime: 'static', detail: 'never expires until rotated' },
};

const typeOf = (key: string) => key.split('-')[1] ?? '';

const sample = (type: string, salt: string) => `tskey-${type}-k${fakeChars(ALNUM, 6, salt)}CNTRL-${fakeChars(ALNUM, 32, salt)}`;

export const tailscaleKey: PatternRule = {
  kind: 'pattern',
  id: 'tailscale-key',
  title: 'Tailscale key',
  category: 'secret',
  severity: 'error',
  description: 'A Tailscale key (tskey-): an auth key joins devices to the tailnet, an API token or OAuth client secret manages it, a SCIM or webhook secret speaks for it.',
  remediation:
    'Revoke the key in the admin console (Settings > Keys, or OAuth clients), then let CI and workloads use an OAuth client with narrow scopes, or workload identity federation, to mint short-lived keys at run time.',
  lifetime: 'long',
  lifetimeDetail: 'depends on the key type',
  replacement: 'OAuth clients that issue 1-hour access tokens, or workload identity federation',
  keywords: ['tskey-'],
  pattern: /(?<![A-Za-z])(tskey-[a-z]{2,12}-[A-Za-z0-9_]{6,64}-[A-Za-z0-9_]{16,160})(?![A-Za-z0-9_-])/,
  entropy: 3.0,
  lifetimeOf: (key) => KINDS[typeOf(key)],
  describe: (key) => KINDS[typeOf(key)]?.title,
  prefix: 'tskey-',
  examples: () => ({
    match: [
      `TS_AUTHKEY=${sample('auth', 'env')}`,
      `- uses: tailscale/github-action@v3\n  with:\n    oauth-secret: ${sample('client', 'gha')}`,
      `curl -u "${sample('api', 'curl')}:" https://api.tailscale.com/api/v2/tailnet/-/devices`,
    ],
    noMatch: ['TAILSCALE_API_KEY=tskey-api-short', 'A short string like tskey-foo is not a key.', `xtskey-api-k${fakeChars(ALNUM, 10)}-${fakeChars(ALNUM, 24)}`],
  }),
};

export const tailscaleRules: PatternRule[] = [tailscaleKey];
