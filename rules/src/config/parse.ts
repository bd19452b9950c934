/**
 * `.nhilint.yaml`: parsed with the `yaml` package so every error names the key and its line. Validation is
 * hand-written against a small schema because the config is tiny and the messages must be precise; nothing
 * in the config is ever executed (regexes are compiled, never evaluated as code).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Category, Lifetime, Severity } from '../finding.js';
import type { PatternRule } from '../rule.js';
import type { ResolvedConfig, RuleSetting } from './types.js';

export interface ConfigError {
  message: string;
  line?: number;
  key?: string;
}

export interface ParsedConfig {
  config: ResolvedConfig;
  errors: ConfigError[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const CATEGORIES: Category[] = ['secret', 'long-lived-token', 'wildcard-grant'];
const LIFETIMES: Lifetime[] = ['static', 'long', 'short', 'unknown'];
const TOP_KEYS = ['rules', 'ignore', 'allow', 'categories', 'custom-rules'];
const RULE_KEYS = ['enabled', 'severity', 'allow'];
const CUSTOM_KEYS = [
  'id', 'title', 'category', 'severity', 'description', 'remediation', 'regex', 'flags', 'secret-group',
  'keywords', 'entropy', 'lifetime', 'docs', 'examples',
];

/** A checker for custom-rule regexes (catastrophic backtracking); the CLI plugs in recheck. */
export type RegexSafetyCheck = (source: string, flags: string) => string | undefined;

export function parseConfig(text: string, options: { knownRuleIds?: readonly string[]; checkRegex?: RegexSafetyCheck } = {}): ParsedConfig {
  const lc = new LineCounter();
  const errors: ConfigError[] = [];
  const config: ResolvedConfig = { rules: {}, ignorePaths: [], allow: [], customRules: [], disabledCategories: [] };
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number | undefined => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lc.linePos(range[0]).line : undefined;
  };
  for (const e of doc.errors) errors.push({ message: `invalid YAML: ${e.message.split('\n')[0]}`, line: lc.linePos(e.pos[0]).line });
  if (errors.length) return { config, errors };
  const root = doc.contents;
  if (root === null || root === undefined) return { config, errors };
  if (!isMap(root)) return { config, errors: [{ message: 'the config must be a mapping of keys (rules, ignore, allow, categories, custom-rules)', line: 1 }] };

  const err = (message: string, node: Node | Pair | null | undefined, key?: string) => errors.push({ message, line: lineOf(node), key });
  const keyName = (pair: Pair): string => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
  const regexFrom = (node: Node | null | undefined, where: string): RegExp | undefined => {
    if (!isScalar(node) || typeof node.value !== 'string') {
      err(`${where}: expected a regular expression string`, node);
      return undefined;
    }
    let re: RegExp;
    try {
      re = new RegExp(node.value);
    } catch (e) {
      err(`${where}: invalid regular expression: ${(e as Error).message}`, node);
      return undefined;
    }
    const unsafe = options.checkRegex?.(node.value, '');
    if (unsafe) {
      err(`${where}: regex rejected: ${unsafe}`, node);
      return undefined;
    }
    return re;
  };
  const stringList = (node: Node | null | undefined, where: string): string[] => {
    if (!isSeq(node)) {
      err(`${where}: expected a list`, node);
      return [];
    }
    return node.items.flatMap((item) => {
      if (isScalar(item) && typeof item.value === 'string') return [item.value];
      err(`${where}: expected a string`, item as Node);
      return [];
    });
  };

  for (const pair of (root as YAMLMap).items) {
    const key = keyName(pair);
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(key)) {
      err(`unknown key "${key}" (expected one of: ${TOP_KEYS.join(', ')})`, pair, key);
      continue;
    }
    if (key === 'ignore') config.ignorePaths = stringList(value, 'ignore');
    if (key === 'allow') {
      if (isSeq(value)) for (const item of value.items) { const re = regexFrom(item as Node, 'allow'); if (re) config.allow.push(re); }
      else err('allow: expected a list of regular expressions', value);
    }
    if (key === 'categories') {
      if (!isMap(value)) { err('categories: expected a mapping like `wildcard-grant: off`', value); continue; }
      for (const cp of value.items) {
        const cat = keyName(cp);
        if (!CATEGORIES.includes(cat as Category)) { err(`categories: unknown category "${cat}" (expected ${CATEGORIES.join(', ')})`, cp, cat); continue; }
        const on = switchValue(cp.value as Node);
        if (on === undefined) err(`categories.${cat}: expected on or off`, cp.value as Node);
        else if (!on) config.disabledCategories.push(cat);
      }
    }
    if (key === 'rules') {
      if (!isMap(value)) { err('rules: expected a mapping of rule ids', value); continue; }
      for (const rp of value.items) {
        const id = keyName(rp);
        if (options.knownRuleIds && !options.knownRuleIds.includes(id) && !customIdsIn(root as YAMLMap).includes(id)) {
          err(`rules: unknown rule "${id}" (run \`nhilint rules\` for the list)`, rp, id);
          continue;
        }
        const setting: RuleSetting = {};
        const rv = rp.value as Node | null;
        const sw = switchValue(rv);
        if (sw !== undefined) setting.enabled = sw;
        else if (isScalar(rv) && SEVERITIES.includes(rv.value as Severity)) setting.severity = rv.value as Severity;
        else if (isMap(rv)) {
          for (const sp of rv.items) {
            const sk = keyName(sp);
            const sv = sp.value as Node | null;
            if (!RULE_KEYS.includes(sk)) { err(`rules.${id}: unknown key "${sk}" (expected ${RULE_KEYS.join(', ')})`, sp, sk); continue; }
            if (sk === 'enabled') { const on = switchValue(sv); if (on === undefined) err(`rules.${id}.enabled: expected true or false`, sv); else setting.enabled = on; }
            if (sk === 'severity') {
              if (isScalar(sv) && SEVERITIES.includes(sv.value as Severity)) setting.severity = sv.value as Severity;
              else err(`rules.${id}.severity: expected one of ${SEVERITIES.join(', ')}`, sv);
            }
            if (sk === 'allow') {
              if (!isSeq(sv)) { err(`rules.${id}.allow: expected a list of regular expressions`, sv); continue; }
              setting.allow = sv.items.flatMap((item) => regexFrom(item as Node, `rules.${id}.allow`) ?? []);
            }
          }
        } else err(`rules.${id}: expected off, on, a severity, or a mapping with enabled/severity/allow`, rv);
        config.rules[id] = setting;
      }
    }
    if (key === 'custom-rules') {
      if (!isSeq(value)) { err('custom-rules: expected a list of rules', value); continue; }
      for (const item of value.items) {
        const rule = customRule(item as Node, err, options.checkRegex);
        if (rule) config.customRules.push(rule);
      }
    }
  }
  return { config, errors };
}

function customIdsIn(root: YAMLMap): string[] {
  const list = root.get('custom-rules', true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => (isMap(item) && typeof item.get('id') === 'string' ? [item.get('id') as string] : []));
}

function switchValue(node: Node | null | undefined): boolean | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === true || v === 'on' || v === 'true') return true;
  if (v === false || v === 'off' || v === 'false') return false;
  return undefined;
}

function customRule(
  node: Node,
  err: (message: string, node: Node | Pair | null | undefined, key?: string) => void,
  checkRegex: RegexSafetyCheck | undefined,
): PatternRule | undefined {
  if (!isMap(node)) {
    err('custom-rules: each rule must be a mapping', node);
    return undefined;
  }
  const get = (k: string) => node.get(k);
  for (const pair of node.items) {
    const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!CUSTOM_KEYS.includes(k)) err(`custom-rules: unknown key "${k}" (expected ${CUSTOM_KEYS.join(', ')})`, pair, k);
  }
  const id = get('id');
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    err('custom-rules: `id` is required, in kebab-case (e.g. acme-api-token)', node);
    return undefined;
  }
  const source = get('regex');
  if (typeof source !== 'string') {
    err(`custom-rules.${id}: \`regex\` is required`, node);
    return undefined;
  }
  const flags = typeof get('flags') === 'string' ? (get('flags') as string) : '';
  if (!/^[imsu]*$/.test(flags)) {
    err(`custom-rules.${id}: flags may only contain i, m, s, u`, node);
    return undefined;
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, flags);
  } catch (e) {
    err(`custom-rules.${id}: invalid regex: ${(e as Error).message}`, node);
    return undefined;
  }
  const unsafe = checkRegex?.(source, flags);
  if (unsafe) {
    err(`custom-rules.${id}: regex rejected: ${unsafe}`, (node.get('regex', true) as Node | undefined) ?? node);
    return undefined;
  }
  const keywords = get('keywords');
  const kwList = Array.isArray((keywords as { toJSON?: () => unknown })?.toJSON?.()) ? ((keywords as { toJSON: () => unknown[] }).toJSON() as unknown[]) : [];
  if (!kwList.length || !kwList.every((k) => typeof k === 'string' && /^[\x20-\x7e]+$/.test(k))) {
    err(`custom-rules.${id}: \`keywords\` must be a non-empty list of ASCII strings that every match contains (they drive the fast prefilter)`, node);
    return undefined;
  }
  const severity = (get('severity') as Severity) ?? 'error';
  const category = (get('category') as Category) ?? 'secret';
  const lifetime = (get('lifetime') as Lifetime) ?? 'unknown';
  if (!SEVERITIES.includes(severity)) err(`custom-rules.${id}.severity: expected one of ${SEVERITIES.join(', ')}`, node);
  if (!CATEGORIES.includes(category)) err(`custom-rules.${id}.category: expected one of ${CATEGORIES.join(', ')}`, node);
  if (!LIFETIMES.includes(lifetime)) err(`custom-rules.${id}.lifetime: expected one of ${LIFETIMES.join(', ')}`, node);
  const entropy = get('entropy');
  const group = get('secret-group');
  const examples = (get('examples') as { toJSON?: () => unknown })?.toJSON?.() as { match?: string[]; noMatch?: string[] } | undefined;
  return {
    kind: 'pattern',
    id,
    title: typeof get('title') === 'string' ? (get('title') as string) : id,
    category,
    severity,
    description: typeof get('description') === 'string' ? (get('description') as string) : `Custom rule ${id} from .nhilint.yaml.`,
    remediation: typeof get('remediation') === 'string' ? (get('remediation') as string) : 'Move the value to a secret store and read it at run time.',
    docs: typeof get('docs') === 'string' ? (get('docs') as string) : undefined,
    lifetime,
    keywords: (kwList as string[]).map((k) => k.toLowerCase()),
    pattern,
    secretGroup: typeof group === 'number' ? group : undefined,
    entropy: typeof entropy === 'number' ? entropy : undefined,
    tags: ['custom'],
    examples: () => ({ match: examples?.match ?? [], noMatch: examples?.noMatch ?? [] }),
  };
}
