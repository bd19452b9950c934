/** Secrets for tests, built at run time (never committed in a form other scanners would flag). */
import { fakeCrcToken, fakeChars, ALNUM } from '../../rules/src/secrets/testing/fake.js';

export const githubPat = (salt = '') => fakeCrcToken('ghp_', salt);
export const password = (salt = '') => `${fakeChars(ALNUM, 14, `pw${salt}`)}#9`;
export const apiKey = (salt = '') => fakeChars(ALNUM, 36, `key${salt}`);
