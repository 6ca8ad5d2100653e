import type { PathSegment } from '../issue.js';
import type { MigrationOperation } from './operations.js';
import type { MigrationRecorder } from './types.js';

/** A text in English, French and Spanish. */
export interface StepTitle {
  /** In English. */
  readonly en: string;
  /** In French. */
  readonly fr: string;
  /** In Spanish. */
  readonly es: string;
}

/**
 * The change from one version of a payload kind to the next, as a list of operations: the way up
 * applies them in order, the way down applies their inverses in reverse order. Declared on the
 * version it leads to (`definePayloadKind({ versions: [..., { version: 2, schema, step }] })`).
 */
export interface MigrationStep {
  /** What changed, for people: shown by `iom migrate` and in the kind's changelog. */
  readonly title: StepTitle;
  /** Why, in English, for the changelog (optional). */
  readonly reason?: string;
  /** The operations, in the order of the way up. */
  readonly operations: readonly MigrationOperation[];
  /** Whether each way can drop data from some payloads (each drop is recorded when it happens). */
  readonly lossy: { readonly up: boolean; readonly down: boolean };
  /** Applies the way up to `payload` (changed in place) and returns it. */
  up(payload: unknown, recorder: MigrationRecorder): unknown;
  /** Applies the way down to `payload` (changed in place) and returns it. */
  down(payload: unknown, recorder: MigrationRecorder): unknown;
}

/** What {@link defineMigrationStep} takes. */
export interface MigrationStepDefinition {
  /** What changed, in English, French and Spanish. */
  readonly title: StepTitle;
  /** Why, in English, for the changelog. */
  readonly reason?: string;
  /** The operations of the way up, at least one. */
  readonly operations: readonly MigrationOperation[];
}

/**
 * Declares a migration step. Its way down is derived from its way up: each operation's inverse, last
 * operation first.
 *
 * @throws TypeError when it has no operation.
 *
 * @example
 * const step = defineMigrationStep({
 *   title: { en: 'Dateline city renamed', fr: 'Ville du lieu renommée', es: 'Ciudad del lugar renombrada' },
 *   operations: [renameField('dateline.place', 'city'), addField('dateline.timezone')],
 * });
 */
export function defineMigrationStep(definition: MigrationStepDefinition): MigrationStep {
  if (definition.operations.length === 0) throw new TypeError('A migration step needs at least one operation');
  const up = [...definition.operations];
  const down = up.map((operation) => operation.inverse()).reverse();
  const run = (operations: readonly MigrationOperation[], payload: unknown, recorder: MigrationRecorder) => {
    let current = payload;
    for (const [index, operation] of operations.entries()) {
      // Paths an operation reports are in the payload the operations before it returned: each is
      // traced back through them, so that the step names places in the payload it was given.
      const before = operations.slice(0, index).reverse();
      const source = (path: readonly PathSegment[]) =>
        before.reduce<readonly PathSegment[]>((at, earlier) => earlier.sourcePath(at), path);
      current = operation.apply(current, {
        changed: (code, path, args) => recorder.changed(code, source(path), args),
        dropped: (path) => recorder.dropped(source(path)),
      });
    }
    return current;
  };
  return {
    title: definition.title,
    ...(definition.reason === undefined ? {} : { reason: definition.reason }),
    operations: up,
    lossy: { up: up.some((operation) => operation.mayLose), down: down.some((operation) => operation.mayLose) },
    up: (payload, recorder) => run(up, payload, recorder),
    down: (payload, recorder) => run(down, payload, recorder),
  };
}
