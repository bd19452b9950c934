import type { Position } from '../finding.js';

/** Maps offsets to 1-based line and column. Built once per file, only when a finding needs a position. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  /**
   * Lines end at LF, CRLF, or a lone CR (old Mac files, and mixed endings): editors and SARIF viewers count a
   * lone CR as a line break too, so positions must.
   */
  lineStarts(): number[] {
    if (!this.starts) {
      const text = this.text;
      const starts = [0];
      if (text.indexOf('\r') === -1) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      } else {
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
        }
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** 0-based line number of an offset. */
  lineOf(offset: number): number {
    return lineAt(this.lineStarts(), offset);
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts()[line]! + 1 };
  }
}

/** Start of the line holding `offset`, found without building the full index (hot path). */
export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndAt(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i;
}

/** Index of the last line start at or before `offset` (binary search over ascending line starts). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
