import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * OpenShift OAuth access tokens (`oc whoami -t`, `oc login --token=`): `sha256~` and 43 base64url characters
 * (the SHA-256 the server stores is of the token itself, hence the prefix). They expire, 24 hours after issue by
 * default (`accessTokenMaxAgeSeconds`), but carry the user's full cluster access until then.
 */
export const openshiftUserToken: PatternRule = {
  kind: 'pattern',
  id: 'openshift-user-token',
  title: 'OpenShift OAuth access token',
  category: 'secret',
  severity: 'error',
  description: 'An OpenShift OAuth access token (sha256~…): it acts on the cluster as the user who requested it.',
  remediation:
    'Delete it (`oc delete oauthaccesstoken <name>` or log out of that session), and give automation a service account with a bound, projected token instead of a person\'s token.',
  lifetime: 'short',
  lifetimeDetail: 'expires 24 hours after issue by default (accessTokenMaxAgeSeconds), longer where the cluster raises it',
  replacement: 'a service account with a projected, audience-bound token (TokenRequest API) or workload identity',
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_~-])(sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  prefix: 'sha256~',
  examples: () => ({
    match: [
      `oc login --token=sha256~${fakeChars(BASE64URL, 43, 'oc')} --server=https://api.cluster.example.com:6443`,
      `OPENSHIFT_TOKEN: "sha256~${fakeChars(BASE64URL, 43, 'yaml')}"`,
    ],
    noMatch: ['oc login --token=sha256~<token>', `image: quay.io/app@sha256:${fakeChars('0123456789abcdef', 64, 'digest')}`],
  }),
};
