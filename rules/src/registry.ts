import type { Rule } from './rule.js';
import { secretRules } from './secrets/index.js';
import { grantRules } from './grants/index.js';
import { nhiRules } from './tokens/index.js';

/** All built-in rules. Order matters only for ties on the same span: earlier (more specific) rules win. */
export const builtinRules: readonly Rule[] = [...secretRules, ...nhiRules, ...grantRules];

export function ruleById(id: string): Rule | undefined {
  return builtinRules.find((r) => r.id === id);
}
