import type { Locale, PayloadKind, PayloadKindRegistry } from '@iom/core';
import type { MigrateMessages } from '../messages/migrate.js';

/** Valid records of one older version seen: how many migrate to the latest version cleanly, how many lose values. */
export interface OlderVersionCount {
  /** The older version: `iom.press-release@1`. */
  readonly from: string;
  /** The latest version: `iom.press-release@2`. */
  readonly to: string;
  /** Records that migrate without loss. */
  readonly clean: number;
  /** Records that would lose values. */
  readonly lossy: number;
}

/**
 * What `iom validate` says about valid records of a kind's older version: how many migrate to the
 * latest version without loss, and how many would lose values. Each such record is migrated once to
 * find out (a copy; the record is not changed); records of the latest version cost nothing.
 */
export class OlderVersionNotes {
  readonly #registry: PayloadKindRegistry;
  readonly #locale: Locale;
  /** The latest version of each kind seen: `iom validate` asks once per record, so once per kind is kept. */
  readonly #latest = new Map<PayloadKind, PayloadKind | undefined>();
  /** Counts by `from → to`. */
  readonly #counts = new Map<string, { from: string; to: string; clean: number; lossy: number }>();

  /** Notes for the kinds of `registry`, migration messages in `locale`. */
  constructor(registry: PayloadKindRegistry, locale: Locale) {
    this.#registry = registry;
    this.#locale = locale;
  }

  /** Takes note of a valid record of `kind`. */
  observe(kind: PayloadKind, value: unknown): void {
    let latest = this.#latest.get(kind);
    if (!this.#latest.has(kind)) {
      const found = this.#registry.get(kind.id);
      latest = found !== undefined && found.version > kind.version ? found : undefined;
      this.#latest.set(kind, latest);
    }
    if (latest === undefined) return;
    const key = `${kind.ref} ${latest.ref}`;
    let entry = this.#counts.get(key);
    if (entry === undefined) {
      entry = { from: kind.ref, to: latest.ref, clean: 0, lossy: 0 };
      this.#counts.set(key, entry);
    }
    const result = this.#registry.migrate(value, { to: latest.ref, locale: this.#locale });
    if (result.success && result.lost.length === 0) entry.clean += 1;
    else if (result.lost.length > 0) entry.lossy += 1;
  }

  /** The counts since the last call, then forgets them: what a worker (`--jobs`) sends with each batch. */
  drain(): OlderVersionCount[] {
    const counts = [...this.#counts.values()];
    this.#counts.clear();
    return counts;
  }

  /** Adds counts taken elsewhere ({@link OlderVersionNotes.drain} in a worker). */
  add(counts: readonly OlderVersionCount[]): void {
    for (const count of counts) {
      const key = `${count.from} ${count.to}`;
      const entry = this.#counts.get(key);
      if (entry === undefined) this.#counts.set(key, { ...count });
      else {
        entry.clean += count.clean;
        entry.lossy += count.lossy;
      }
    }
  }

  /** The lines to print for the records seen since the last call, then forgets them. */
  take(messages: MigrateMessages): string {
    let text = '';
    for (const { from, to, clean, lossy } of this.drain()) {
      if (clean > 0) text += `${messages.migratesCleanly(clean, from, to)}\n`;
      if (lossy > 0) text += `${messages.wouldLose(lossy, from, to)}\n`;
    }
    return text;
  }
}
