/** The extension host's side of the scan worker: one request, one promise; progress for workspace scans. */
import { Worker } from 'node:worker_threads';
import type { FileResult, Request, Response } from './protocol.js';

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void; onProgress?: (files: FileResult[], scanned: number) => void };
type Outgoing = Request extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class ScanClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly workerPath: string, private readonly onCrash: (message: string) => void) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.workerPath);
    w.on('message', (r: Response) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      if (r.type === 'progress') return p.onProgress?.(r.files, r.scanned);
      this.pending.delete(r.id);
      if (r.type === 'error') p.reject(new Error(r.message));
      else p.resolve(r);
    });
    // A crashed worker fails what it owed and is started again on the next request.
    const fail = (message: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(new Error(message));
      this.pending.clear();
      this.onCrash(message);
    };
    w.on('error', (e) => fail(`scan worker failed: ${e.message}`));
    w.on('exit', (code) => fail(`scan worker exited (${code})`));
    this.worker = w;
    return w;
  }

  request<T extends Response['type']>(msg: Outgoing, onProgress?: Pending['onProgress']): { id: number; done: Promise<Extract<Response, { type: T }>> } {
    const id = this.nextId++;
    const done = new Promise<Response>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.ensure().postMessage({ ...msg, id });
    });
    return { id, done: done as Promise<Extract<Response, { type: T }>> };
  }

  cancel(id: number): void {
    this.worker?.postMessage({ type: 'cancel', id });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}
