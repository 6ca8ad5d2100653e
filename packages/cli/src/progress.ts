import type { CliOutput } from './io.js';

/**
 * A one-line progress bar on a terminal: `file [#####-----] 45% 12,345 records`, redrawn at most
 * ten times a second with a carriage return and erased at the end. Hand-written because it is one
 * line of text; libraries such as cli-progress bring multi-bar layouts and timers this does not need.
 */
export class ProgressBar {
  readonly #out: CliOutput;
  readonly #label: string;
  readonly #total: number | undefined;
  readonly #now: () => number;
  #last = Number.NEGATIVE_INFINITY;
  #drawn = false;

  /** A bar for `label`, of `total` bytes (unknown for a pipe: the bar then shows counts only). */
  constructor(out: CliOutput, label: string, total: number | undefined, now: () => number = Date.now) {
    this.#out = out;
    this.#label = label;
    this.#total = total;
    this.#now = now;
  }

  /** Redraws with `bytes` read and `records` seen, unless the last draw was under 100 ms ago. */
  update(bytes: number, records: number): void {
    const now = this.#now();
    if (now - this.#last < 100) return;
    this.#last = now;
    const width = Math.max(10, Math.min(30, (this.#out.columns ?? 80) - 50));
    const count = `${records.toLocaleString('en')} records`;
    let line: string;
    if (this.#total !== undefined && this.#total > 0) {
      const ratio = Math.min(1, bytes / this.#total);
      const filled = Math.round(ratio * width);
      line = `${this.#label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${count}`;
    } else {
      line = `${this.#label} ${(bytes / 1048576).toFixed(1)} MiB ${count}`;
    }
    this.#out.write(`\r${line}\x1b[K`);
    this.#drawn = true;
  }

  /** Erases the bar. */
  done(): void {
    if (this.#drawn) this.#out.write('\r\x1b[K');
    this.#drawn = false;
  }
}
