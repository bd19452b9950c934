import { describe, expect, it } from 'vitest';
import { Scanner } from '../engine/scanner.js';
import type { DocumentRule } from '../rule.js';
import { fakeCrcToken } from '../secrets/testing/fake.js';
import { redact, scrubMessage } from './redact.js';

describe('redact', () => {
  it('shows at most 4 characters and never more than a fifth of the value', () => {
    expect(redact('ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'ghp_')).toBe('ghp_…(40 chars)');
    expect(redact('hunter2pw')).toBe('h…(9 chars)');
    expect(redact('abc')).toBe('…(3 chars)');
  });
});

describe('scrubMessage', () => {
  const token = fakeCrcToken('ghp_', 'scrub');

  it("cuts what JSON.parse quotes from its input (Node 20 quotes it), and long token-like runs", () => {
    let message = '';
    try {
      JSON.parse(`{"auth": ${token}}`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(token.slice(0, 10)); // the runtime does quote the input: the risk is real
    expect(scrubMessage(message)).not.toContain(token.slice(4, 10));
    expect(scrubMessage(`bad value ${token} here`)).toBe('bad value ghp_…(40 chars) here');
    expect(scrubMessage(`near ${token.slice(0, 11)}`)).not.toContain(token.slice(4, 11));
  });

  it('keeps ordinary words, paths and dotted names readable', () => {
    const text = 'a YAML document does not parse (Implicit keys need to be on a single line); kubernetes.io/service-account-token';
    expect(scrubMessage(text)).toBe(text);
  });

  it('is applied to every notice and to a failing rule, so the engine never passes a secret on', () => {
    const leaky: DocumentRule = {
      kind: 'document', id: 'leaky', title: 'leaky', category: 'secret', severity: 'error', description: 'test rule',
      remediation: 'test rule', lifetime: 'unknown', keywords: ['auth'],
      examples: { match: [], noMatch: [] },
      check: (doc) => {
        doc.notice('parse-error', `could not read "${token}"`, 0);
        throw new Error(`Unexpected token in "${token}"`);
      },
    };
    const result = new Scanner([leaky]).scan(`auth: ${token}\n`, 'a.yaml');
    const text = JSON.stringify(result.notices);
    expect(result.notices).toHaveLength(2);
    expect(text).not.toContain(token.slice(4, 16));
  });
});
