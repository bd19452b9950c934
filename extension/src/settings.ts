/** The `nhilint.*` settings, read in one place; `package.json` declares them with their descriptions. */
import * as vscode from 'vscode';
import { insideFolder } from './paths.js';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  debounceMs: number;
  severity: Record<string, string>;
  baselineFile: string;
  envFile: string;
  maxFileSize: number;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('nhilint');
  const num = (key: string, d: number, min: number, max: number) => {
    const v = Number(c.get(key, d));
    return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : d;
  };
  const severity = c.get<Record<string, unknown>>('severity', {}) ?? {};
  return {
    enable: c.get<boolean>('enable', true) !== false,
    run: c.get('run') === 'onSave' ? 'onSave' : 'onType',
    debounceMs: num('debounceMs', 200, 0, 5000),
    severity: Object.fromEntries(Object.entries(severity).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
    // Paths stay inside the workspace folder: a workspace setting cannot point writes elsewhere.
    baselineFile: insideFolder(c.get('baselineFile', '.nhilint-baseline.json'), '.nhilint-baseline.json'),
    envFile: insideFolder(c.get('envFile', '.env'), '.env'),
    maxFileSize: num('maxFileSize', 5 * 1024 * 1024, 1024, 512 * 1024 * 1024),
  };
}
