import { describe, expect, it } from 'vitest';
import { camelCaseWords, repeatedFiller } from './filters.js';
import { notASecret } from '../secrets/generic/values.js';
import { fakeChars } from '../secrets/testing/fake.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('camelCaseWords', () => {
  it('recognises names in code, acronyms included', () => {
    for (const name of ['honeycombManagementKey', 'NoLineTerminatorHere', 'InterpolationInJSX', 'ApiTokenProvider']) {
      expect(camelCaseWords(name), name).toBeDefined();
    }
  });
  it('leaves random mixed-case keys alone (letters-only tokens exist: Hugging Face)', () => {
    for (let i = 0; i < 200; i++) {
      const token = fakeChars(LETTERS, 34, `r${i}`);
      expect(camelCaseWords(token), token).toBeUndefined();
    }
  });
});

describe('notASecret (generic values)', () => {
  it.each([
    ['lastSignificantToken', '?NonExpressionParenKeyword'],
    ['TOKEN', 'TOKEN_STRING'],
    ['isServiceAccountPrivateKeyJSON', 'private_key_id'],
    ['secretlint-rule-1password', '^10.2.2'],
    ['secret_key', 'bin/secretlint.js'],
  ])('%s = %s is not a secret', (name, value) => {
    expect(notASecret(name, value, { password: false, quoted: true })).toBeDefined();
  });
  it('still accepts a random key', () => {
    expect(notASecret('api_key', fakeChars(LETTERS + '0123456789', 32, 'k'), { password: false, quoted: true })).toBeUndefined();
  });
  it('sequences and runs of one character are fillers', () => {
    expect(repeatedFiller('abcdefghijklmnop')).toBeDefined();
    expect(repeatedFiller('xxxxxxxxxxxxxxxx')).toBeDefined();
  });
});
