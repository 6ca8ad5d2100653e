import type * as z from 'zod';
import type { Issue } from '../issue.js';
import { checkPayload, shownKindId, versionIssue } from '../kind-check.js';
import type { Locale } from '../locale.js';
import { coreIssues } from '../messages/index.js';
import { KIND_FIELD, kindVersions, type PayloadKind, parseKindRef } from '../payload-kind.js';
import { isJsonObject } from './field-pattern.js';
import { lossIssues, StepRecorder } from './lossiness.js';
import type { MigrationResult, MigrationStepRecord } from './types.js';

/** Options of {@link migrate}. */
export interface MigrateOptions<K extends PayloadKind = PayloadKind> {
  /** The version to migrate to: a kind such as `pressReleaseKind` or `pressReleaseKind.versions[0]`. */
  readonly to: K;
  /** The version of a payload that has no `$kind` field (a payload's own `$kind` always wins). */
  readonly from?: number;
  /** Whether values may be dropped on the way (each is then named in `issues` and `lost`); no by default. */
  readonly allowLoss?: boolean;
  /** The locale of messages and step titles; English by default. */
  readonly locale?: Locale;
}

const failure = (
  issues: readonly Issue[],
  steps: readonly MigrationStepRecord[] = [],
  lost: MigrationStepRecord['lost'] = [],
) => ({ success: false, issues, steps, lost }) as const;

/**
 * Moves a payload from its version to `options.to`, step by step: up through each newer version's
 * step, or down through their inverses. The payload must be valid for its own version, and the result
 * is checked against the version reached. A `$kind` field, when present, is rewritten; nothing else
 * changes that a step does not change, and the caller's payload is never touched.
 *
 * A step that would drop a value (a field the older version has no place for, items of a list that
 * becomes a single value) makes the migration fail with `migration_loss_refused` at each such path,
 * unless `allowLoss` is set: then the result names every dropped path (`migration_value_dropped`).
 * Never throws for bad input; only a hand-written step that throws can make it throw.
 *
 * @example
 * const result = migrate(stored, { to: pressReleaseKind, locale: 'fr' });
 * if (result.success) save(result.value); // typed as an iom.press-release@2 payload
 * else for (const issue of result.issues) console.log(issue.path.join('.'), issue.message);
 */
export function migrate<S extends z.ZodType>(
  payload: unknown,
  options: MigrateOptions<PayloadKind<S>>,
): MigrationResult<z.input<S>> {
  const locale = options.locale ?? 'en';
  const target = options.to;
  if (!isJsonObject(payload)) return failure([coreIssues.issue('payload_not_object', locale)]);
  const hasKind = Object.hasOwn(payload, KIND_FIELD);
  let version = options.from;
  if (hasKind) {
    const written = payload[KIND_FIELD];
    const ref = typeof written === 'string' ? parseKindRef(written) : undefined;
    if (ref === undefined) return failure([coreIssues.issue('payload_kind_malformed', locale, { path: [KIND_FIELD] })]);
    if (ref.id !== target.id) {
      const args = { from: `${shownKindId(ref.id)}@${ref.version}`, to: target.ref };
      return failure([coreIssues.issue('migration_kind_mismatch', locale, { path: [KIND_FIELD], args })]);
    }
    version = ref.version;
  }
  if (version === undefined) return failure([coreIssues.issue('payload_kind_missing', locale, { path: [KIND_FIELD] })]);
  const versions = kindVersions(target);
  const byVersion = new Map(versions.map((kind) => [kind.version, kind]));
  const source = byVersion.get(version);
  if (source === undefined) return failure([versionIssue(versions, version, hasKind ? [KIND_FIELD] : [], locale)]);
  const checked = checkPayload(source, payload, locale);
  if (!checked.success) return failure(checked.issues);

  let working: unknown = structuredClone(payload);
  const steps: MigrationStepRecord[] = [];
  const direction = target.version > source.version ? 'up' : 'down';
  for (let from = source.version; from !== target.version; from += direction === 'up' ? 1 : -1) {
    const to = direction === 'up' ? from + 1 : from - 1;
    const fromKind = byVersion.get(from) as PayloadKind;
    const toKind = byVersion.get(to) as PayloadKind;
    // A step lives on the newer of the two versions it joins.
    const step = (direction === 'up' ? toKind : fromKind).step;
    if (step === undefined) return failure([versionIssue(versions, to, [], locale)]);
    const title = step.title[locale];
    const recorder = new StepRecorder(locale, toKind.ref, title);
    working = direction === 'up' ? step.up(working, recorder) : step.down(working, recorder);
    steps.push({
      from: fromKind.ref,
      to: toKind.ref,
      direction,
      title,
      changes: recorder.changes,
      lost: recorder.lost,
    });
  }
  if (hasKind && isJsonObject(working)) working[KIND_FIELD] = target.ref;
  const lost = steps.flatMap((step) => step.lost);
  const allowLoss = options.allowLoss === true;
  if (lost.length > 0 && !allowLoss) return failure(lossIssues(steps, false, locale), steps, lost);
  const result = checkPayload(target, working, locale);
  if (!result.success) {
    const invalid = coreIssues.issue('migration_result_invalid', locale, { args: { to: target.ref } });
    return failure([invalid, ...result.issues], steps, lost);
  }
  return { success: true, value: working as z.input<S>, issues: lossIssues(steps, true, locale), steps, lost };
}
