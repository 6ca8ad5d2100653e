import type { Locale, PayloadKind, PayloadKindRegistry } from '@iom/core';
import type { MigrateMessages } from '../messages/migrate.js';

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

  /** The lines to print for the records seen since the last call, then forgets them. */
  take(messages: MigrateMessages): string {
    let text = '';
    for (const { from, to, clean, lossy } of this.#counts.values()) {
      if (clean > 0) text += `${messages.migratesCleanly(clean, from, to)}\n`;
      if (lossy > 0) text += `${messages.wouldLose(lossy, from, to)}\n`;
    }
    this.#counts.clear();
    return text;
  }
}
