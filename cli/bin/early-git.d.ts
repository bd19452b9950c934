import type { ChildProcess, ChildProcessWithoutNullStreams } from 'node:child_process';

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
  /** Set when git could not be started. */
  error?: Error;
}
export interface BlobReaderProcess {
  child: ChildProcessWithoutNullStreams;
  exited: Promise<Omit<GitResult, 'stdout'>>;
}
export declare const STAGED_DIFF_ARGS: readonly string[];
export declare function runGit(cwd: string, args: readonly string[]): { child: ChildProcess; result: Promise<GitResult> };
export declare function startBlobReader(cwd: string): BlobReaderProcess;
export declare function startEarlyGit(): void;
export declare function takeEarlyGit(cwd: string): { listed: Promise<GitResult>; blobReader: BlobReaderProcess } | undefined;
