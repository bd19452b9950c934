/**
 * In an untrusted workspace the repository's `.nhilint.yaml` is someone else's word: it may add rules and raise
 * severities, but it may not switch a rule or category off, lower a severity, allow values or ignore paths, since
 * each of those could hide the very secret a hostile repository plants.
 */
import type { ResolvedConfig, RuleSetting, Severity } from '@nhilint/rules';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function restrictForUntrusted(config: ResolvedConfig, defaultSeverity: (ruleId: string) => Severity | undefined): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(config.rules)) {
    const base = defaultSeverity(id);
    const raised = setting.severity && (!base || RANK[setting.severity] > RANK[base]) ? setting.severity : undefined;
    if (raised) rules[id] = { severity: raised };
  }
  return { rules, ignorePaths: [], allow: [], customRules: config.customRules, disabledCategories: [] };
}

/** What the restriction removed, for the output channel (rule ids and counts only, no patterns or values). */
export function restrictionNotes(config: ResolvedConfig, restricted: ResolvedConfig): string[] {
  const notes: string[] = [];
  const off = Object.entries(config.rules).filter(([, s]) => s.enabled === false).map(([id]) => id);
  if (off.length) notes.push(`kept on despite the config (untrusted workspace): ${off.join(', ')}`);
  if (config.disabledCategories.length) notes.push(`categories kept on (untrusted workspace): ${config.disabledCategories.join(', ')}`);
  const allows = config.allow.length + Object.values(config.rules).reduce((n, s) => n + (s.allow?.length ?? 0), 0);
  if (allows) notes.push(`${allows} allow pattern(s) ignored (untrusted workspace)`);
  if (config.ignorePaths.length) notes.push(`${config.ignorePaths.length} ignore glob(s) ignored (untrusted workspace)`);
  const lowered = Object.keys(config.rules).filter((id) => config.rules[id]!.severity && !restricted.rules[id]);
  if (lowered.length) notes.push(`severity changes that do not raise a rule ignored (untrusted workspace): ${lowered.join(', ')}`);
  return notes;
}
