import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy, textBefore } from './context.js';

/**
 * MaxMind license keys: since 2024 `<6 alphanumerics>_<29 alphanumerics>_mmk`; older keys are 16 alphanumerics and
 * count only next to a MaxMind / GeoIP name and a license or key word.
 */
const REMEDIATION =
  'Deactivate the key under Manage license keys in your MaxMind account, generate a new one, and give geoipupdate or the web-service client the key through a secret (GEOIPUPDATE_LICENSE_KEY_FILE or MAXMIND_LICENSE_KEY from a secret manager).';

export const maxmindLicenseKey: PatternRule = {
  kind: 'pattern',
  id: 'maxmind-license-key',
  title: 'MaxMind license key',
  category: 'secret',
  severity: 'error',
  description: 'A MaxMind license key (…_mmk); it downloads the account\'s GeoIP/GeoLite databases and, for paid accounts, queries the GeoIP and minFraud web services billed per request.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deactivated',
  keywords: ['_mmk'],
  pattern: /\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)\b/,
  entropy: 4,
  examples: () => ({
    match: [
      `MAXMIND_LICENSE_KEY=${fakeChars(ALNUM, 6, 'a')}_${fakeChars(ALNUM, 29, 'env')}_mmk`,
      `wget "https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=${fakeChars(ALNUM, 6, 'b')}_${fakeChars(ALNUM, 29, 'url')}_mmk&suffix=tar.gz"`,
      `# GeoIP.conf\nLicenseKey ${fakeChars(ALNUM, 6, 'c')}_${fakeChars(ALNUM, 29, 'conf')}_mmk`,
    ],
    noMatch: ['LicenseKey YOUR_LICENSE_KEY_HERE_mmk', `MAXMIND_LICENSE_KEY=${fakeChars(ALNUM, 6, 'd')}_${fakeChars(ALNUM, 20, 'short')}_mmk`],
  }),
};

const byName = precededBy({ names: /maxmind|geoip|geolite/i, keys: /licen[cs]e|key/i });

export const maxmindLegacyLicenseKey: PatternRule = {
  kind: 'pattern',
  id: 'maxmind-legacy-license-key',
  title: 'MaxMind license key (16 characters)',
  category: 'secret',
  severity: 'error',
  description: 'A MaxMind license key in the 16-character format issued before 2024, next to a MaxMind or GeoIP license-key name.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deactivated',
  keywords: ['maxmind', 'geoip', 'geolite', 'licensekey'],
  pattern: /\b([A-Za-z0-9]{16})\b/,
  entropy: 3.3,
  // geoipupdate's own config file names the key `LicenseKey` with no MaxMind word on the line
  validate: (secret, ctx) =>
    /(?:^|\/)geoip\.conf$/i.test(ctx.path) && /^[ \t]*LicenseKey[ \t]+$/m.test(textBefore(ctx)) ? true : byName(secret, ctx),
  examples: () => ({
    match: [
      `MAXMIND_LICENSE_KEY=${fakeChars(ALNUM, 16, 'env')}`,
      { text: `AccountID 123456\nLicenseKey ${fakeChars(ALNUM, 16, 'conf')}\nEditionIDs GeoLite2-City`, path: 'etc/GeoIP.conf' },
    ],
    noMatch: [
      { text: `LicenseKey ${fakeChars(ALNUM, 16, 'other')}`, path: 'config/app.conf' },`GEOIP_EDITION_IDS=${fakeChars(ALNUM, 16, 'ed')}`, `MAXMIND_ACCOUNT_ID=${fakeChars('0123456789', 16, 'acct')}`],
  }),
};
