import type { Issue, MessageArgs, PathSegment } from '../issue.js';
import type { Locale } from '../locale.js';
import { coreIssues } from '../messages/index.js';
import type { MigrationChangeCode, MigrationRecorder, MigrationStepRecord } from './types.js';

/**
 * Records what one step does to one payload: its changes, as issues in the caller's locale, and the
 * paths it drops. One per step and payload.
 */
export class StepRecorder implements MigrationRecorder {
  readonly #locale: Locale;
  readonly #to: string;
  readonly #title: string;
  readonly changes: Issue[] = [];
  readonly lost: PathSegment[][] = [];

  /**
   * A recorder for a step leading to `to` (`iom.press-release@2`) whose title is `title`, messages in
   * `locale`. Messages may use `{to}` and `{step}` (the title) besides the arguments a change gives.
   */
  constructor(locale: Locale, to: string, title: string) {
    this.#locale = locale;
    this.#to = to;
    this.#title = title;
  }

  changed(code: MigrationChangeCode, path: readonly PathSegment[], args?: MessageArgs): void {
    const all = { to: this.#to, step: this.#title, ...args };
    this.changes.push(coreIssues.issue(code, this.#locale, { path, args: all }));
  }

  dropped(path: readonly PathSegment[]): void {
    this.lost.push([...path]);
    this.changes.push(coreIssues.issue('migration_value_dropped', this.#locale, { path, args: { to: this.#to } }));
  }
}

/**
 * The issues of a migration's losses: when the caller allowed them, each dropped value
 * (`migration_value_dropped`, as the steps recorded them); when not, each value that would be dropped
 * (`migration_loss_refused`). Paths are as each step found the payload.
 */
export function lossIssues(steps: readonly MigrationStepRecord[], allowed: boolean, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  for (const step of steps) {
    if (allowed) {
      for (const change of step.changes) if (change.code === 'migration_value_dropped') issues.push(change);
    } else {
      for (const path of step.lost) {
        issues.push(coreIssues.issue('migration_loss_refused', locale, { path, args: { to: step.to } }));
      }
    }
  }
  return issues;
}
