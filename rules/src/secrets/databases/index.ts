import type { Rule } from '../../rule.js';

export const databasesRules: Rule[] = [];
