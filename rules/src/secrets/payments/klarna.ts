import type { PatternRule } from '../../index.js';
import { fake } from '../testing/fake.js';

/**
 * Klarna API keys (docs.klarna.com, "Authentication"): `klarna_<live|test>_api_<random>`. Test (playground)
 * keys are left out; client identifiers (`klarna_live_client_`) are public.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export const klarnaApiKey: PatternRule = {
  kind: 'pattern',
  id: 'klarna-api-key',
  title: 'Klarna live API key',
  category: 'secret',
  severity: 'error',
  description: 'A Klarna live API key; it creates and captures orders, issues refunds and reads order and customer data for the merchant.',
  remediation:
    'Disable the key in the Klarna Merchant Portal (Settings > Klarna API keys) and generate a new one, then load it from an environment variable or a secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'valid until disabled; Klarna disables keys unused for 2 months',
  keywords: ['klarna_live_api_'],
  pattern: /\b(klarna_live_api_[A-Za-z0-9_+/=-]{20,300})/,
  entropy: 4,
  prefix: 'klarna_live_api_',
  examples: () => ({
    match: [`KLARNA_API_KEY=${fake('klarna_live_api_', B64, 120, 'a')}`, `headers = {"Authorization": "Basic ${fake('klarna_live_api_', B64, 120, 'b')}"}`],
    noMatch: [`KLARNA_API_KEY=${fake('klarna_test_api_', B64, 120, 'c')}`, 'KLARNA_CLIENT_ID=klarna_live_client_abc'],
  }),
};
