import type { PatternRule } from '../../index.js';
import { fakeChars, HEX } from '../testing/fake.js';

/**
 * Sidekiq Pro / Enterprise gem-server credentials. Contribsys mails them as `username:password` (each 8 hex digits)
 * and tells customers to give them to Bundler, either with `bundle config gems.contribsys.com user:pass` (or
 * `enterprise.contribsys.com`) or as the BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM variable,
 * which also lands in `.bundle/config`. The `https://user:pass@gems.contribsys.com` source URL form is a connection
 * string and is found by that rule.
 */
export const sidekiqGemCredentials: PatternRule = {
  kind: 'pattern',
  id: 'sidekiq-gem-credentials',
  title: 'Sidekiq Pro/Enterprise gem credentials',
  category: 'secret',
  severity: 'error',
  description: 'Sidekiq Pro or Enterprise license credentials for the contribsys gem server; anyone holding them can download the commercial gems under the organisation\'s subscription.',
  remediation:
    'Ask Contribsys support to rotate the credentials, keep them out of the committed .bundle/config, and set BUNDLE_GEMS__CONTRIBSYS__COM (or BUNDLE_ENTERPRISE__CONTRIBSYS__COM) from the CI or platform secret store.',
  lifetime: 'static',
  lifetimeDetail: 'valid for as long as the subscription, until rotated',
  keywords: ['contribsys'],
  pattern:
    /(?:bundle_(?:enterprise|gems)__contribsys__com["']?\s{0,3}[:=]|(?:enterprise|gems)\.contribsys\.com["']?\s{1,3})\s{0,3}["']?([0-9a-f]{8}:[0-9a-f]{8})(?![\w:-])/i,
  entropy: 2.5,
  examples: () => {
    const cred = (salt: string) => `${fakeChars(HEX, 8, `u${salt}`)}:${fakeChars(HEX, 8, `p${salt}`)}`;
    return {
      match: [
        `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${cred('a')}`,
        `---\nBUNDLE_GEMS__CONTRIBSYS__COM: "${cred('b')}"`,
        `bundle config --local gems.contribsys.com ${cred('c')}`,
      ],
      noMatch: [
        'BUNDLE_GEMS__CONTRIBSYS__COM: ${{ secrets.SIDEKIQ_CREDENTIALS }}',
        'bundle config --local enterprise.contribsys.com username:password',
        'source "https://gems.contribsys.com/" do',
      ],
    };
  },
};
