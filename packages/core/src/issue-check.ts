import type * as z from 'zod';
import type { IssueParams, PathSegment } from './issue.js';

/**
 * A zod custom issue as an {@link IssueCatalog}'s `custom` builds it. A type alias, not an interface, so
 * that zod's `addIssue` (whose issue types have index signatures) accepts it.
 */
export type CustomIssue = {
  /** Always `custom`: the IOM code is in `params.code`. */
  readonly code: 'custom';
  /** The English message (zod's own `message`). */
  readonly message: string;
  /** The IOM code and the message in every locale, read by {@link formatIssues}. */
  readonly params: IssueParams;
  /** Where the issue is, below the value checked. */
  readonly path: PathSegment[];
};

/**
 * Where a check reports what it finds. A zod refinement context (`ctx` of `.superRefine()`) is one, so
 * rules written against it run in both.
 */
export interface IssueSink {
  /** Reports one issue. */
  addIssue(issue: CustomIssue): void;
}

/** Pushes issues onto the parse payload the check runs on: one small object per parse. */
class PayloadSink<T> implements IssueSink {
  readonly #payload: z.core.ParsePayload<T>;

  constructor(payload: z.core.ParsePayload<T>) {
    this.#payload = payload;
  }

  addIssue(issue: CustomIssue): void {
    const payload = this.#payload;
    // A literal of one fixed shape, not `{ ...issue }`: object spread here made failing parses ~1.5× slower
    // (CPU profiles of the bench). `continue: true` as superRefine sets it: every issue is collected.
    payload.issues.push({
      code: 'custom',
      message: issue.message,
      params: issue.params,
      path: issue.path,
      input: payload.value,
      continue: true,
    });
  }
}

/** Options of {@link issueCheck}. */
export interface IssueCheckOptions {
  /**
   * Run only on a value whose every field passed its own checks. By default a check runs once every
   * field has its type, as zod runs refinements, even if a field's format or refinement failed (a
   * date string that is not a real day). Rules that compute with such values (date arithmetic over a
   * whole structure) set this, so that they never see a malformed field; the field's own issue reports it.
   */
  readonly onlyWhenValid?: boolean;
}

/**
 * Turns `inspect(value, sink)` into a zod check function for `.check()`: the same issues as
 * `.superRefine()`, at about half the cost per failing value, because zod's superRefine grafts an
 * `addIssue` method onto every parse payload (a new hidden class each time).
 *
 * @example
 * const Even = z.number().check(issueCheck((value, sink) => {
 *   if (value % 2 !== 0) sink.addIssue(myIssues.custom('not_even'));
 * }));
 */
export function issueCheck<T>(
  inspect: (value: T, sink: IssueSink) => void,
  options: IssueCheckOptions = {},
): z.core.CheckFn<T> {
  if (options.onlyWhenValid === true) {
    return (payload) => {
      // The issues of the value's fields are already on its payload when its own checks run.
      if (payload.issues.length > 0) return;
      inspect(payload.value, new PayloadSink(payload));
    };
  }
  return (payload) => {
    inspect(payload.value, new PayloadSink(payload));
  };
}
