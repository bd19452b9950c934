/**
 * A name an environment variable could take for a value: the variable or key it is assigned to
 * (`stripeKey = "…"` → STRIPE_KEY), else one derived from the rule (`stripe-secret-key` → STRIPE_SECRET_KEY).
 */
const ASSIGNED_NAME = /([A-Za-z_][A-Za-z0-9_.-]{0,80})["'\]]?\s*(?::=|=>|==|[:=]|\s)\s*[@$]?["'`]?$/;

export function suggestEnvName(text: string, literalStart: number, ruleId: string): string {
  // Only the 120 characters before the value matter; never search a whole minified line for its start.
  const from = Math.max(0, literalStart - 120);
  const window = text.slice(from, literalStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const m = ASSIGNED_NAME.exec(before);
  const raw = m?.[1]?.split('.').pop();
  if (raw && raw.length >= 3 && !/^(?:const|let|var|export|set|env|value|default|return)$/i.test(raw)) return toEnvCase(raw);
  return toEnvCase(ruleId);
}

export function toEnvCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
    .replace(/^(\d)/, '_$1');
}
