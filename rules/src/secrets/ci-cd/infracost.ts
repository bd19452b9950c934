import type { PatternRule } from '../../index.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

/**
 * Infracost API keys: `ico-` + 32 base62 characters. The guards skip cache-busted file names
 * (`favicon.ico-<md5>.png`), and a hex-only body (a digest, never a base62 key) is rejected.
 */
export const infracostApiKey: PatternRule = {
  kind: 'pattern',
  id: 'infracost-api-key',
  title: 'Infracost API key',
  category: 'secret',
  severity: 'warning',
  description: 'An Infracost API key (ico-), which uses the organization\'s Cloud Pricing API quota and, for Infracost Cloud, uploads and reads cost estimates.',
  remediation: 'Rotate the key in Infracost Cloud (Org settings > API keys) and pass the new one to CI as the INFRACOST_API_KEY secret.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated',
  keywords: ['ico-'],
  pattern: /(?<![\w.-])(ico-[A-Za-z0-9]{32})(?![\w.-])/,
  validate: (k) => (/^[0-9a-f]+$/.test(k.slice(4)) ? 'hex digest, not a base62 key' : true),
  entropy: 3.5,
  prefix: 'ico-',
  examples: () => ({
    match: [`INFRACOST_API_KEY=ico-${fakeChars(ALNUM, 32, 'env')}`, `  secret_value = "ico-${fakeChars(ALNUM, 32, 'tf')}"`],
    noMatch: [
      `http://assets.example.com/media/video_box.ico-${fakeChars(HEX, 32, 'png')}.png`,
      'INFRACOST_API_KEY=ico-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `INFRACOST_API_KEY=ico-${fakeChars(HEX, 32, 'hexonly')}`,
    ],
  }),
};
