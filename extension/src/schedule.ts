/**
 * When documents are scanned: after a quiet period (the debounce), one scan per document in flight, and a result
 * whose document changed meanwhile is dropped, not shown: the newer text is scanned instead. No `vscode` here, so
 * the timing rules are unit-tested with fake timers.
 */
export interface SchedulerHooks<R> {
  /** The document's current version; `undefined` once it is closed or no longer wanted. */
  version(key: string): number | undefined;
  run(key: string, version: number): Promise<R>;
  apply(key: string, version: number, result: R): void;
  /** A scan failed (its error never holds document text). */
  failed?(key: string, error: unknown): void;
}

export class Scheduler<R> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inflight = new Set<string>();
  private readonly again = new Set<string>();
  /** Results dropped because the document changed while they were computed. */
  stale = 0;

  constructor(private readonly hooks: SchedulerHooks<R>) {}

  schedule(key: string, delayMs: number): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.fire(key);
      }, delayMs),
    );
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.again.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private fire(key: string): void {
    if (this.inflight.has(key)) {
      this.again.add(key);
      return;
    }
    void this.start(key);
  }

  private async start(key: string): Promise<void> {
    const version = this.hooks.version(key);
    if (version === undefined) return;
    this.inflight.add(key);
    try {
      const result = await this.hooks.run(key, version);
      // A newer edit has its own timer pending (or has set `again`): this result is only dropped.
      if (this.hooks.version(key) === version) this.hooks.apply(key, version, result);
      else this.stale++;
    } catch (e) {
      this.hooks.failed?.(key, e);
    } finally {
      this.inflight.delete(key);
      if (this.again.delete(key) && !this.timers.has(key)) void this.start(key);
    }
  }
}
