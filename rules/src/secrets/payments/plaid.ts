import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from '../messaging/context.js';

/**
 * Plaid (plaid.com/docs/api): access tokens are `access-<environment>-<uuid>` and never expire; API secrets are
 * 30 lowercase hex with no prefix. Sandbox tokens reach only fake bank data and are left out.
 */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const isPlaid = assignedTo('plaid');

export const plaidAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'plaid-access-token',
  title: 'Plaid access token',
  category: 'secret',
  severity: 'error',
  description: "A Plaid access token for a linked bank account (Item); with the client id and secret it reads the user's balances, transactions and identity data.",
  remediation:
    'Remove or rotate the Item (/item/remove, or /item/access_token/invalidate for a new token), store access tokens encrypted in your database or a secret manager, never in code.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the Item is removed or the token invalidated',
  keywords: ['access-production-', 'access-development-'],
  pattern: /\b(access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  entropy: 3,
  prefix: 'access-',
  examples: () => ({
    match: [`PLAID_ACCESS_TOKEN=access-production-${uuid('a')}`, `{"access_token": "access-development-${uuid('b')}", "item_id": "x"}`],
    noMatch: [`PLAID_ACCESS_TOKEN=access-sandbox-${uuid('c')}`, `PLAID_ACCESS_TOKEN=access-production-${uuid('z').replace(/[0-9a-f]/g, '0')}`],
  }),
};

export const plaidSecret: PatternRule = {
  kind: 'pattern',
  id: 'plaid-secret',
  title: 'Plaid API secret',
  category: 'secret',
  severity: 'error',
  description: 'A Plaid API secret; with the client id it calls every Plaid endpoint for the environment, including reading data of all linked accounts.',
  remediation:
    'Rotate the secret in the Plaid Dashboard (Developers > Keys > Rotate), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until rotated',
  keywords: ['plaid'],
  linesAround: 3,
  pattern: /\b([0-9a-f]{30})\b/,
  entropy: 3,
  validate: (_s, ctx) => {
    const before = textBefore(ctx, 0, 80);
    return isPlaid(ctx) && /secret/i.test(before) ? true : 'not assigned to a Plaid secret name';
  },
  examples: () => ({
    match: [`PLAID_CLIENT_ID=${fakeChars(HEX, 24, 'd')}\nPLAID_SECRET=${fakeChars(HEX, 30, 'e')}`, `plaid:\n  secret: '${fakeChars(HEX, 30, 'f')}'`],
    noMatch: [`PLAID_CLIENT_ID=${fakeChars(HEX, 30, 'g')}`, `PLAID_SECRET=${'0'.repeat(30)}`],
  }),
};
