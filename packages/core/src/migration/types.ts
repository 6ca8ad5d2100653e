import type { Issue, MessageArgs, PathSegment } from '../issue.js';

/** The codes of the changes a migration step records, each with its message in en/fr/es. */
export type MigrationChangeCode =
  | 'migration_renamed'
  | 'migration_added'
  | 'migration_removed'
  | 'migration_code_mapped'
  | 'migration_wrapped'
  | 'migration_unwrapped'
  | 'migration_converted';

/**
 * What an operation tells the migration while it works on a payload: every value it changed, and
 * every value it dropped because the version it leads to has no place for it.
 */
export interface MigrationRecorder {
  /** A value at `path` was renamed, added, removed, mapped, wrapped or converted. */
  changed(code: MigrationChangeCode, path: readonly PathSegment[], args?: MessageArgs): void;
  /** The value at `path` (in the payload as the step found it) was dropped: a loss. */
  dropped(path: readonly PathSegment[]): void;
}

/** What one step of a migration did to a payload. */
export interface MigrationStepRecord {
  /** The version the step started from: `iom.press-release@1`. */
  readonly from: string;
  /** The version it led to: `iom.press-release@2`. */
  readonly to: string;
  /** `up` to a newer version, `down` to an older one. */
  readonly direction: 'up' | 'down';
  /** What the step is about, in the caller's locale. */
  readonly title: string;
  /**
   * Every change, in order, each as an issue whose path is where the value was in the payload as the
   * step found it; a dropped value is the code `migration_value_dropped`.
   */
  readonly changes: readonly Issue[];
  /** The paths of the values the step dropped (none: `[]`). */
  readonly lost: readonly (readonly PathSegment[])[];
}

/** The result of `migrate`. */
export type MigrationResult<T> =
  | {
      /** The payload reached the version asked for. */
      readonly success: true;
      /** The migrated payload, as written in that version (never the caller's object). */
      readonly value: T;
      /** The values dropped on the way, when losses were allowed (`migration_value_dropped`); else none. */
      readonly issues: readonly Issue[];
      /** What each step did, in order. */
      readonly steps: readonly MigrationStepRecord[];
      /** Every path dropped, across steps. */
      readonly lost: readonly (readonly PathSegment[])[];
    }
  | {
      /** The payload could not be migrated. */
      readonly success: false;
      /** No value. */
      readonly value?: undefined;
      /**
       * Why: the payload is not a valid payload of its version, its `$kind` names another kind or a
       * version not installed, a step would drop values and losses were not allowed
       * (`migration_loss_refused`, one per path), or the result is not valid (`migration_result_invalid`).
       */
      readonly issues: readonly Issue[];
      /** What each step did or would do, in order (none when the payload could not be read). */
      readonly steps: readonly MigrationStepRecord[];
      /** Every path that would be dropped. */
      readonly lost: readonly (readonly PathSegment[])[];
    };
