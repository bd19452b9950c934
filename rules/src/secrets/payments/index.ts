import type { Rule } from '../../rule.js';

export const paymentsRules: Rule[] = [];
