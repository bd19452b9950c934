import type { PatternRule } from '../../index.js';
import { BASE64, BASE64URL, fake } from '../testing/fake.js';

/**
 * Fly.io tokens. API tokens are macaroons: `FlyV1 fm2_...` (or fm1a_/fm1r_ in older releases), base64 of a
 * msgpack body, possibly followed by comma-separated discharge tokens. `fly auth token` prints a user token
 * (fo1_ + 43 characters).
 */

export const flyioToken: PatternRule = {
  kind: 'pattern',
  id: 'flyio-token',
  title: 'Fly.io API token',
  category: 'secret',
  severity: 'error',
  description: 'A Fly.io API token: a macaroon deploy/org token (fm2_, usually after "FlyV1 ") or a user token (fo1_) that can manage every app the user can reach.',
  remediation:
    'Revoke it (fly tokens revoke, or the dashboard\'s Tokens tab; for fo1_ user tokens log out with fly auth logout), then create a deploy token limited to one app with a short --expiry and keep it in the CI secret store.',
  lifetime: 'long',
  lifetimeDetail: 'deploy and org tokens are valid for 20 years unless --expiry is given',
  replacement: 'app-scoped deploy tokens with a short --expiry, or attenuated tokens (fly tokens attenuate)',
  keywords: ['fm2_', 'fm1a_', 'fm1r_', 'flyv1', 'fo1_'],
  pattern: /(?<![A-Za-z0-9+/_-])(fm[12][ar]?_[A-Za-z0-9+/]{60,4000}={0,2}|fo1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9+/=_-])/,
  entropy: 4.0,
  prefix: 'fm2_',
  examples: () => ({
    match: [
      `FLY_API_TOKEN="FlyV1 ${fake('fm2_lJPE', BASE64, 400)}==,${fake('fm2_lJPE', BASE64, 180, 'discharge')}"`,
      `export FLY_API_TOKEN=${fake('fo1_', BASE64URL, 43)}`,
      `      - run: flyctl deploy --remote-only\n        env:\n          FLY_API_TOKEN: FlyV1 ${fake('fm1r_lJPE', BASE64, 300, 'yml')}`,
    ],
    noMatch: ['FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}', "flyio_token = 'FlyV1 fm2_short'", `FLY_API_TOKEN=FlyV1 fm2_${'a'.repeat(100)}`],
  }),
};

export const flyioRules: PatternRule[] = [flyioToken];
