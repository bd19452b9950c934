/** The typing-path rules: debounce, one scan in flight per document, stale results dropped and rescanned. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../extension/src/schedule.js';

function harness() {
  const docs = new Map<string, number>();
  const runs: { key: string; version: number; finish: () => void }[] = [];
  const applied: [string, number][] = [];
  const s = new Scheduler<number>({
    version: (k) => docs.get(k),
    run: (key, version) => new Promise<number>((resolve) => runs.push({ key, version, finish: () => resolve(version) })),
    apply: (key, version) => applied.push([key, version]),
  });
  const edit = (key: string, debounce = 200) => {
    docs.set(key, (docs.get(key) ?? 0) + 1);
    s.schedule(key, debounce);
  };
  return { s, docs, runs, applied, edit };
}

describe('scan scheduling', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('a burst of keystrokes costs one scan, 200 ms after the last one', async () => {
    const h = harness();
    for (let i = 0; i < 20; i++) {
      h.edit('a');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(h.runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(150);
    expect(h.runs.map((r) => r.version)).toEqual([20]);
    h.runs[0]!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.applied).toEqual([['a', 20]]);
  });

  it('an edit during a scan drops its result and scans the newer text, one scan at a time', async () => {
    const h = harness();
    h.edit('a');
    await vi.advanceTimersByTimeAsync(200);
    expect(h.runs).toHaveLength(1);
    h.edit('a'); // version 2 while version 1 is being scanned
    await vi.advanceTimersByTimeAsync(200); // its timer fires while the first scan is still running
    expect(h.runs).toHaveLength(1);
    h.runs[0]!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.applied).toEqual([]); // version 1's result is stale
    expect(h.s.stale).toBe(1);
    expect(h.runs.map((r) => r.version)).toEqual([1, 2]);
    h.runs[1]!.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.applied).toEqual([['a', 2]]);
  });

  it('a stale result waits for the pending debounce instead of scanning mid-burst', async () => {
    const h = harness();
    h.edit('a');
    await vi.advanceTimersByTimeAsync(200);
    h.edit('a');
    h.runs[0]!.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(h.runs).toHaveLength(1); // no rescan before the quiet period is over
    await vi.advanceTimersByTimeAsync(100);
    expect(h.runs.map((r) => r.version)).toEqual([1, 2]);
  });

  it('documents are independent; a closed one is neither scanned nor updated', async () => {
    const h = harness();
    h.edit('a');
    h.edit('b');
    await vi.advanceTimersByTimeAsync(200);
    expect(h.runs.map((r) => r.key).sort()).toEqual(['a', 'b']);
    h.docs.delete('b');
    for (const r of h.runs) r.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.applied).toEqual([['a', 1]]);
    h.edit('c');
    h.s.cancel('c');
    await vi.advanceTimersByTimeAsync(500);
    expect(h.runs.map((r) => r.key)).not.toContain('c');
  });
});
