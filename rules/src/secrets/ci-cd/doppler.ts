import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

/** Doppler's token formats (docs.doppler.com/reference/auth-token-formats): `dp.<type>.` + 40 to 44 base62. */
const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  ct: { title: 'Doppler CLI token', lifetime: 'static', detail: 'never expires; valid until revoked' },
  pt: { title: 'Doppler personal token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  st: { title: 'Doppler service token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  sa: { title: 'Doppler service account token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  scim: { title: 'Doppler SCIM token', lifetime: 'static' },
  audit: { title: 'Doppler audit token', lifetime: 'static' },
};
const kindOf = (t: string) => KINDS[t.split('.')[1] ?? ''];

export const dopplerToken: PatternRule = {
  kind: 'pattern',
  id: 'doppler-token',
  title: 'Doppler token',
  category: 'secret',
  severity: 'error',
  description: 'A Doppler CLI, personal, service, service account, SCIM or audit token; most of them read (and often write) every secret in the configs they reach.',
  remediation:
    'Revoke the token in the Doppler dashboard (Tokens, or the config\'s Access tab) and use a service account identity (OIDC) or a scoped service token injected by the platform instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'Doppler service account identities (OIDC), which issue short-lived tokens',
  keywords: ['dp.ct.', 'dp.pt.', 'dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
  pattern: /\b(dp\.(?:ct|pt|sa|scim|audit|st(?:\.[a-z0-9_-]{2,35})?)\.[A-Za-z0-9]{40,44})\b/,
  entropy: 3.5,
  lifetimeOf: kindOf,
  describe: (t) => kindOf(t)?.title,
  prefix: 'dp.',
  examples: () => ({
    match: [
      `DOPPLER_TOKEN=dp.st.prd.${fakeChars(ALNUM, 44, 'st')}`,
      `doppler_secret: "dp.ct.${fakeChars(ALNUM, 43, 'ct')}"`,
      `export DOPPLER_TOKEN='dp.sa.${fakeChars(ALNUM, 40, 'sa')}'`,
    ],
    noMatch: ['DOPPLER_TOKEN=dp.st.xxxx', `DOPPLER_TOKEN=dp.xx.${fakeChars(ALNUM, 44, 'xx')}`],
  }),
};
