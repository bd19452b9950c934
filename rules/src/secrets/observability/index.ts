import type { Rule } from '../../rule.js';

export const observabilityRules: Rule[] = [];
