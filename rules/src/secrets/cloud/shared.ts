/**
 * Pieces the cloud rules share: the assignment separator between a key-ish name and its value, and lifetime
 * helpers for formats whose expiry is written in the value.
 */

/**
 * Between a name and its value: optional closing quote (JSON may escape it) and bracket (`c['Key'] = ...`), then `=`, `:`, `:=`, `=>`, `>`
 * (XML), `,` (map literals, `Add("Key", "value")`) or plain spaces (CLI flags, .netrc), then an optional quote.
 * Every piece is bounded so that the whole stays linear.
 */
export const SEP = String.raw`\\?["'\x60]?[\])]?(?:\s{0,4}(?:=>|::?=|\?=|[:=>,])\s{0,4}|\s{1,4})\\?["'\x60]?`;

/** Builds a rule regex from source pieces (kept as strings so the shared separator is written once). */
export function re(source: string, flags = ''): RegExp {
  return new RegExp(source, flags);
}

/** "3 days", "12 hours": the longest whole unit of a duration in milliseconds. */
export function durationWords(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} minutes`;
  if (hours < 48) return `${Math.round(hours)} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** Text within `radius` characters of the match, for rules whose lifetime depends on what sits next to it. */
export function around(text: string, start: number, radius: number): string {
  return text.slice(Math.max(0, start - radius), start + radius);
}
