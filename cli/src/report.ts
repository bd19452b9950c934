import type { DroppedCandidate, Finding, ScanNotice, Suppressed } from '@nhilint/rules';

export const TOOL_NAME = 'nhilint';
export const TOOL_VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/nhilint/nhilint';

export interface Skipped {
  path: string;
  reason: string;
}

/** Everything one scan produced; every output format is a translation of this object. */
export interface ScanReport {
  root: string;
  findings: Finding[];
  suppressed: Suppressed[];
  skipped: Skipped[];
  notices: ScanNotice[];
  dropped: DroppedCandidate[];
  stats: {
    files: number;
    bytes: number;
    durationMs: number;
    baselined: number;
  };
}
