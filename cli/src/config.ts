/** Finds and loads `.nhilint.yaml` (or `--config FILE`); errors name the file, key and line. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { builtinRules, crossFileRules, EMPTY_CONFIG, type ResolvedConfig } from '@nhilint/rules';
import { parseConfig, type RegexSafetyCheck } from '@nhilint/rules/config';
import { checkRegexSafety } from './regex-safety.js';

export const CONFIG_NAMES = ['.nhilint.yaml', '.nhilint.yml'];

export class UsageError extends Error {}

export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    if (existsSync(join(dir, '.git'))) return undefined; // do not read configs above the repository
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(
  explicit: string | undefined,
  root: string,
  checkRegex: RegexSafetyCheck = checkRegexSafety,
): { config: ResolvedConfig; path?: string } {
  const path = explicit ? resolve(explicit) : findConfig(root);
  if (!path) return { config: EMPTY_CONFIG };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  const { config, errors } = parseConfig(text, { knownRuleIds: [...builtinRules, ...crossFileRules].map((r) => r.id), checkRegex });
  if (errors.length) {
    throw new UsageError(
      `invalid config ${path}:\n` + errors.map((e) => `  ${path}${e.line ? `:${e.line}` : ''}: ${e.message}`).join('\n'),
    );
  }
  return { config, path };
}
