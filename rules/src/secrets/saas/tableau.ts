import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64, fakeChars } from '../testing/fake.js';

/**
 * Tableau personal access token secrets: base64 of 16 random bytes (22 characters and `==`), a colon, and 32
 * alphanumerics. The shape has no product prefix, so a Tableau name (a `tableau` setting, an `online.tableau.com`
 * host) or the REST / TSC name `PersonalAccessToken…` must be within three lines. The 22nd base64 character of 16 bytes carries 2 data bits and four zero bits,
 * so it can only be A, Q, g or w, which the regex checks.
 */
export const tableauPatSecret: PatternRule = {
  kind: 'pattern',
  id: 'tableau-personal-access-token',
  title: 'Tableau personal access token secret',
  category: 'secret',
  severity: 'error',
  description: 'The secret of a Tableau Server or Tableau Cloud personal access token; with the token name it signs in to the REST API as its user, with that user\'s access to sites, workbooks and data sources.',
  remediation:
    'Revoke the token under My Account Settings > Personal Access Tokens (or ask a site admin), create a new one, and keep the name and secret in a secret manager; for services prefer a connected app with JWT sign-in.',
  lifetime: 'long',
  lifetimeDetail: 'expires after 15 days unused, and one year after creation by default (server settings can change both)',
  replacement: 'Tableau connected apps (short-lived JWTs signed by a secret kept in a vault)',
  keywords: ['tableau', 'personalaccesstoken'],
  linesAround: 3,
  pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{21}[AQgw]==:[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
  entropy: 4,
  examples: () => {
    const secret = (salt: string) => `${fakeChars(BASE64, 21, `h${salt}`)}g==:${fakeChars(ALNUM, 32, `t${salt}`)}`;
    return {
      match: [
        `TABLEAU_PAT_NAME=ci-publisher\nTABLEAU_PAT_SECRET=${secret('a')}\nTABLEAU_SERVER=https://prod-useast-a.online.tableau.com`,
        `auth = TSC.PersonalAccessTokenAuth("etl", "${secret('b')}", site_id="")`,
      ],
      noMatch: [
        `CACHE_KEY=${secret('c')}`,
        `TABLEAU_PAT_SECRET=${fakeChars(BASE64, 21, 'd')}B==:${fakeChars(ALNUM, 32, 'e')}`,
      ],
    };
  },
};
