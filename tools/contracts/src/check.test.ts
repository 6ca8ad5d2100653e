import { addField, defineMigrationStep, definePayloadKind, kindField, type PayloadKind, toJsonSchema } from '@iom/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Changeset, parseChangeset } from './changesets.js';
import { checkContracts, type PackageContracts } from './check.js';

const title = { en: 'Note', fr: 'Note', es: 'Nota' };
const NoteV1 = { $kind: kindField('iom.test-note', 1).optional(), text: z.string(), status: z.enum(['draft', 'live']) };

const note = (shape: z.ZodRawShape, compatibility: 'backward' | 'forward' | 'full' = 'full') =>
  definePayloadKind({ id: 'iom.test-note', version: 1, title, compatibility, schema: z.object(shape) });

/** A package whose `iom.test-note@1` was frozen as `NoteV1`, and whose current kinds are `kinds`. */
function fixture(kinds: PayloadKind[]): PackageContracts {
  const frozen = new Map([['iom.test-note@1', toJsonSchema(note(NoteV1))]]);
  return { name: '@iom/test', version: '0.3.0', kinds, frozen, changelog: '' };
}
const changeset = (text: string): Changeset => parseChangeset('x.md', text) as Changeset;

describe('the contract check bites', () => {
  it('passes a version as frozen', () => {
    expect(checkContracts(fixture([note(NoteV1)]), [])).toEqual([]);
  });

  it('passes an optional field added', () => {
    expect(checkContracts(fixture([note({ ...NoteV1, tag: z.string().optional() })]), [])).toEqual([]);
  });

  it('fails a breaking edit: a status dropped, a field made required, a free text made a code', () => {
    for (const edit of [
      { status: z.enum(['draft']) },
      { tag: z.string() },
      { text: z.enum(['a', 'b']) },
      { $kind: kindField('iom.test-note', 2).optional() },
    ]) {
      const problems = checkContracts(fixture([note({ ...NoteV1, ...edit })]), []);
      expect(problems, JSON.stringify(Object.keys(edit))).toHaveLength(1);
      expect(problems[0]?.message).toMatch(/^iom\.test-note@1 \(@iom\/test\) breaks its frozen contract/);
      expect(problems[0]?.message).toMatch(/give iom\.test-note version 2 with the step from this one/);
    }
  });

  it('judges by the kind’s compatibility mode', () => {
    // A required field dropped: old payloads stay valid (backward passes), the old schema refuses new ones.
    const { text: _text, ...rest } = NoteV1;
    expect(checkContracts(fixture([note(rest, 'backward')]), [])).toEqual([]);
    const forward = checkContracts(fixture([note(rest, 'forward')]), []);
    expect(new Set(forward[0]?.breaks?.map((b) => b.direction))).toEqual(new Set(['forward']));
    expect(checkContracts(fixture([note(rest, 'full')]), [])).toHaveLength(1);
  });

  it('passes a breaking change made as a new version with its step and a breaking changeset naming it', () => {
    const v2 = definePayloadKind({
      id: 'iom.test-note',
      title,
      versions: [
        { version: 1, schema: z.object(NoteV1) },
        {
          version: 2,
          schema: z.object({ ...NoteV1, $kind: kindField('iom.test-note', 2).optional(), tag: z.string() }),
          step: defineMigrationStep({ title, operations: [addField('tag', 'none')] }),
        },
      ],
    });
    const pkg = fixture([v2]);
    expect(checkContracts(pkg, []).map((problem) => problem.message)).toEqual([
      'iom.test-note@2 is a new version of iom.test-note: add a changeset with a breaking bump of @iom/test ' +
        '(major, or minor below 1.0.0) that names iom.test-note@2 and says what its step does.',
    ]);
    // A patch, or a breaking bump that does not name the version, does not announce it.
    expect(checkContracts(pkg, [changeset('---\n"@iom/test": patch\n---\niom.test-note@2\n')])).toHaveLength(1);
    expect(checkContracts(pkg, [changeset('---\n"@iom/test": minor\n---\nA tag.\n')])).toHaveLength(1);
    expect(checkContracts(pkg, [changeset('---\n"@iom/test": minor\n---\n`iom.test-note@2`: a tag.\n')])).toEqual([]);
    expect(
      checkContracts({ ...pkg, version: '1.4.0' }, [changeset('---\n"@iom/test": minor\n---\niom.test-note@2\n')]),
    ).toHaveLength(1);
    expect(
      checkContracts({ ...pkg, version: '1.4.0' }, [changeset('---\n"@iom/test": major\n---\niom.test-note@2\n')]),
    ).toEqual([]);
    // Once released, the changelog names it.
    expect(checkContracts({ ...pkg, changelog: '## 0.4.0\n\n- iom.test-note@2: a tag\n' }, [])).toEqual([]);
  });

  it('refuses a published version dropped without a changeset naming it', () => {
    const other = definePayloadKind({ id: 'iom.test-other', version: 1, title, schema: z.object({}) });
    expect(checkContracts(fixture([other]), []).map((problem) => problem.ref)).toEqual(['iom.test-note@1']);
  });
});
