import type { PatternRule } from '../../rule.js';
import { fakeChars } from '../testing/fake.js';

/**
 * Freemius SDK secret keys: `sk_` + 29 printable characters (symbols included), found in the PHP array passed to
 * `fs_dynamic_init()` as `'secret_key' => 'sk_…'`. `sk_` is too common to match alone, so the rule reads only that
 * array entry in PHP files.
 */
const PRINTABLE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#$%&*@!?+-';

export const freemiusSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'freemius-secret-key',
  title: 'Freemius secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Freemius SDK secret key in a PHP fs_dynamic_init() array; it signs Freemius API calls for the product, exposing licences, customers and sales.',
  remediation:
    'Regenerate the secret key in the Freemius developer dashboard (product Settings > Keys), remove it from the plugin or theme source (the secret key is only needed for development mode), and keep it in wp-config.php outside the repository or in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['secret_key'],
  appliesTo: (path) => path.endsWith('.php'),
  pattern: /['"]secret_key['"][ \t]{0,5}=>[ \t]{0,5}['"](sk_[!#-&(-~]{29})['"]/,
  entropy: 3.5,
  prefix: 'sk_',
  examples: () => ({
    match: [
      { text: `$fs = fs_dynamic_init( array(\n    'id'         => '1234',\n    'public_key' => 'pk_${fakeChars('0123456789abcdef', 29, 'pk')}',\n    'secret_key' => 'sk_${fakeChars(PRINTABLE, 29, 'sk')}',\n) );`, path: 'plugin/init.php' },
      { text: `$config = array(\n\t"secret_key" => "sk_${fakeChars(PRINTABLE, 29, 'cfg')}",\n);`, path: 'config.php' },
    ],
    noMatch: [
      { text: `"secret_key" => "sk_${fakeChars(PRINTABLE, 29, 'html')}",`, path: 'docs/setup.html' },
      { text: `$config = array(\n\tsecret_key => "sk_${fakeChars(PRINTABLE, 29, 'bare')}",\n);`, path: 'config.php' },
    ],
  }),
};
