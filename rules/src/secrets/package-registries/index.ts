import type { Rule } from '../../rule.js';

export const packageRegistriesRules: Rule[] = [];
