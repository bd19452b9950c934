import { sha256Hex } from './hash.js';

/**
 * `ghp_…(40 chars)`: shows at most 4 characters and never more than a fifth of the value, so a short
 * password shows nothing, while a long token shows its public, format-defining prefix.
 */
export function redact(value: string, knownPrefix?: string): string {
  const cap = Math.min(4, Math.floor(value.length / 5));
  let shown = value.slice(0, cap);
  if (knownPrefix && value.startsWith(knownPrefix)) shown = value.slice(0, Math.min(4, knownPrefix.length, cap));
  return `${shown}…(${value.length} chars)`;
}

/** Hash of the normalised value; a salted-by-rule prefix so two rules never share a hash by accident. */
export function secretHash(value: string): string {
  return sha256Hex(value.trim()).slice(0, 16);
}

export function fingerprintOf(ruleId: string, path: string, valueHash: string): string {
  return sha256Hex(`${ruleId}\u0000${path}\u0000${valueHash}`).slice(0, 32);
}

/**
 * Parser and runtime error messages can quote the text they choke on (JSON.parse in Node 20 quotes the input;
 * some YAML messages quote tokens). Before such a message becomes a notice, every long token-like run and every
 * long quoted string in it is cut to a redacted stub, so a notice can never carry a secret.
 */
export function scrubMessage(message: string): string {
  return message
    .replace(/["'`][^"'`\n]{12,}["'`]/g, (q) => `${q[0]}${redact(q.slice(1, -1))}${q[0]}`)
    // Runs of 10+ token characters that mix case or letters and digits (words, paths and dotted names stay).
    .replace(/[A-Za-z0-9+/_=.:@%-]{10,}/g, (run) => (/[0-9]/.test(run) && /[A-Za-z]/.test(run)) || (/[a-z]/.test(run) && /[A-Z]/.test(run)) ? redact(run) : run);
}
