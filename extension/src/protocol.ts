/** Messages between the extension host and the scan worker. Findings cross as plain data (structured clone). */
import type { Finding, ScanNotice } from '@nhilint/rules';

export interface FolderSettings {
  /** Absolute path of a workspace folder. */
  root: string;
}

export interface WorkerSettings {
  folders: FolderSettings[];
  trusted: boolean;
  /** Relative to each folder. */
  baselineFile: string;
  maxFileSize: number;
}

export type Request =
  | { type: 'configure'; id: number; settings: WorkerSettings }
  /**
   * `root`: the workspace folder whose config applies (none for files outside every folder). An untitled buffer
   * has no path of its own, so the folder's ignore files are not applied to the name it is given.
   */
  | { type: 'scanText'; id: number; root?: string; path: string; text: string; untitled?: boolean }
  | { type: 'scanWorkspace'; id: number; root: string }
  | { type: 'cancel'; id: number }
  /** Appends `key=value` to the env file under `root` (never rewriting it) and makes git ignore that file. */
  | { type: 'writeEnv'; id: number; root: string; envFile: string; key: string; value: string }
  /** Adds findings to the folder's baseline file (the CLI's format), keeping what is there. */
  | { type: 'addBaseline'; id: number; root: string; entries: { fingerprint: string; ruleId: string; path: string }[] };

export interface FileResult {
  /** Absolute path on disk. */
  abs: string;
  /** Relative to the folder, `/` separators: the path findings carry and the baseline keys on. */
  path: string;
  findings: Finding[];
}

export interface RuleInfo {
  id: string;
  description: string;
}

export type Response =
  | { type: 'configured'; id: number; errors: string[]; rules: RuleInfo[]; notes: string[] }
  | { type: 'scanned'; id: number; findings: Finding[]; notices: ScanNotice[]; baselined: number; ignored: boolean; ms: number }
  | { type: 'progress'; id: number; files: FileResult[]; scanned: number }
  | { type: 'workspaceDone'; id: number; scanned: number; skipped: number; cancelled: boolean; ms: number }
  | { type: 'envWritten'; id: number; result: 'appended' | 'present' | 'conflict'; gitignored: boolean }
  | { type: 'baselineAdded'; id: number; file: string }
  | { type: 'error'; id: number; message: string };
