import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Clerk secret keys are `sk_live_` / `sk_test_` + base62, the same prefixes as Stripe's, so a Clerk name must be on
 * the line. `pk_` publishable keys are meant for browsers and are not reported.
 */
export const clerkSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'clerk-secret-key',
  title: 'Clerk secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Clerk secret key next to a Clerk name; it calls the Clerk Backend API to read and change users, sessions and organisations, and can sign in as any user.',
  remediation:
    'Roll the secret key under API Keys in the Clerk dashboard, and give the server CLERK_SECRET_KEY from the hosting platform\'s secret settings or a secret manager, never a committed .env file.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rolled',
  keywords: ['clerk'],
  pattern: /\b(sk_(?:live|test)_[A-Za-z0-9]{27,64})\b/,
  entropy: 3.5,
  validate: precededBy({ names: /clerk/i }),
  describe: (key) => (key.startsWith('sk_test_') ? 'development instance key' : 'production instance key'),
  prefix: 'sk_live_',
  examples: () => ({
    match: [`CLERK_SECRET_KEY=${fake('sk_live_', ALNUM, 42)}`, `const clerk = createClerkClient({ secretKey: '${fake('sk_test_', ALNUM, 42, 'ts')}' });`],
    noMatch: [`STRIPE_SECRET_KEY=${fake('sk_live_', ALNUM, 24, 'stripe')}`, `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${fake('pk_test_', ALNUM, 42, 'pub')}`],
  }),
};
