import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { definePayloadKind, kindField } from '../payload-kind.js';
import { migrate } from './migrate.js';
import { addField, customOperation, mapCodes, removeField, renameField, wrapField } from './operations.js';
import { defineMigrationStep } from './step.js';

const ID = 'iom.test-note';
const Contact = z.object({ phone: z.string().min(1) });
const NoteV1 = z.object({
  $kind: kindField(ID, 1).optional(),
  name: z.string().min(1),
  contact: Contact.optional(),
  status: z.enum(['live', 'draft']),
});
const NoteV2 = z.object({
  $kind: kindField(ID, 2).optional(),
  name: z.string().min(1),
  contacts: z.array(Contact).optional(),
  status: z.enum(['published', 'draft']),
  legacyCode: z.string().optional(),
});
const NoteV3 = z.object({
  $kind: kindField(ID, 3).optional(),
  name: z.string().min(1),
  contacts: z.array(Contact).optional(),
  status: z.enum(['published', 'draft']),
  priority: z.enum(['normal', 'high']),
});

const note = definePayloadKind({
  id: ID,
  title: { en: 'Note', fr: 'Note', es: 'Nota' },
  package: '@iom/test',
  versions: [
    { version: 1, schema: NoteV1 },
    {
      version: 2,
      schema: NoteV2,
      step: defineMigrationStep({
        title: { en: 'Several contacts', fr: 'Plusieurs contacts', es: 'Varios contactos' },
        operations: [
          wrapField('contact'),
          renameField('contact', 'contacts'),
          mapCodes('status', { live: 'published' }),
        ],
      }),
    },
    {
      version: 3,
      schema: NoteV3,
      step: defineMigrationStep({
        title: { en: 'Priorities', fr: 'Priorités', es: 'Prioridades' },
        operations: [addField('priority', 'normal'), removeField('legacyCode')],
      }),
    },
  ],
});
const [noteV1, noteV2] = note.versions;

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

describe('migrate up', () => {
  it('moves a payload up step by step and rewrites its $kind', () => {
    const payload = deepFreeze({ $kind: `${ID}@1`, name: 'N', contact: { phone: '1' }, status: 'live' });
    const result = migrate(payload, { to: note });
    expect(result).toEqual({
      success: true,
      value: { $kind: `${ID}@3`, name: 'N', contacts: [{ phone: '1' }], status: 'published', priority: 'normal' },
      issues: [],
      lost: [],
      steps: [
        {
          from: `${ID}@1`,
          to: `${ID}@2`,
          direction: 'up',
          title: 'Several contacts',
          lost: [],
          changes: [
            { path: ['contact'], code: 'migration_wrapped', message: 'Put in a list of one item' },
            { path: ['contact'], code: 'migration_renamed', message: 'Renamed contact to contacts' },
            { path: ['status'], code: 'migration_code_mapped', message: 'Code live written published' },
          ],
        },
        {
          from: `${ID}@2`,
          to: `${ID}@3`,
          direction: 'up',
          title: 'Priorities',
          lost: [],
          changes: [{ path: ['priority'], code: 'migration_added', message: 'Added with its default value' }],
        },
      ],
    });
  });

  it('refuses to drop a value going up unless allowed, then names it', () => {
    const payload = { $kind: `${ID}@2`, name: 'N', status: 'draft', legacyCode: 'X-1' };
    const refused = migrate(payload, { to: note, locale: 'fr' });
    expect(refused.success).toBe(false);
    expect(refused.issues).toEqual([
      {
        path: ['legacyCode'],
        code: 'migration_loss_refused',
        message: `La migration vers ${ID}@3 abandonnerait cette valeur\u00a0; autorisez les pertes pour continuer`,
      },
    ]);
    expect(refused.lost).toEqual([['legacyCode']]);
    const allowed = migrate(payload, { to: note, allowLoss: true });
    expect(allowed).toMatchObject({
      success: true,
      value: { $kind: `${ID}@3`, name: 'N', status: 'draft', priority: 'normal' },
      issues: [{ path: ['legacyCode'], code: 'migration_value_dropped' }],
      lost: [['legacyCode']],
    });
  });

  it('keeps a payload without $kind without one, its version given by the caller', () => {
    const result = migrate({ name: 'N', status: 'draft' }, { to: noteV2, from: 1 });
    expect(result.value).toEqual({ name: 'N', status: 'draft' });
    expect(result.steps).toHaveLength(1);
  });
});

describe('migrate down', () => {
  const latest = { $kind: `${ID}@3`, name: 'N', contacts: [{ phone: '1' }], status: 'published', priority: 'normal' };

  it('moves a payload down through the inverse steps', () => {
    const result = migrate(latest, { to: noteV1, locale: 'es' });
    expect(result).toMatchObject({
      success: true,
      value: { $kind: `${ID}@1`, name: 'N', contact: { phone: '1' }, status: 'live' },
      lost: [],
    });
    expect(result.steps.map((step) => [step.from, step.to, step.direction, step.title])).toEqual([
      [`${ID}@3`, `${ID}@2`, 'down', 'Prioridades'],
      [`${ID}@2`, `${ID}@1`, 'down', 'Varios contactos'],
    ]);
    expect(result.steps[1]?.changes.map((change) => change.message)).toEqual([
      'Código published escrito live',
      'contacts renombrado contact',
      'Sacado de su lista de un elemento',
    ]);
  });

  it('names every value a lossy way down would drop, across steps, and drops them only when allowed', () => {
    const payload = { ...latest, contacts: [{ phone: '1' }, { phone: '2' }, { phone: '3' }], priority: 'high' };
    const refused = migrate(payload, { to: noteV1 });
    expect(refused).toMatchObject({ success: false, lost: [['priority'], ['contacts', 1], ['contacts', 2]] });
    expect(refused.value).toBeUndefined();
    expect(refused.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['migration_loss_refused', ['priority']],
      ['migration_loss_refused', ['contacts', 1]],
      ['migration_loss_refused', ['contacts', 2]],
    ]);
    const allowed = migrate(payload, { to: noteV1, allowLoss: true });
    expect(allowed).toMatchObject({
      success: true,
      value: { $kind: `${ID}@1`, name: 'N', contact: { phone: '1' }, status: 'live' },
      lost: [['priority'], ['contacts', 1], ['contacts', 2]],
    });
    expect(allowed.issues.map((issue) => issue.message)).toEqual([
      `Dropped on the way to ${ID}@2: that version has no place for this value`,
      `Dropped on the way to ${ID}@1: that version has no place for this value`,
      `Dropped on the way to ${ID}@1: that version has no place for this value`,
    ]);
  });

  it('gives back every valid @1 payload, down after up, without loss', () => {
    const v1 = fc.record(
      {
        $kind: fc.constant(`${ID}@1` as const),
        name: fc.string({ minLength: 1 }),
        contact: fc.record({ phone: fc.string({ minLength: 1 }) }),
        status: fc.constantFrom('live', 'draft'),
      },
      { requiredKeys: ['$kind', 'name', 'status'] },
    );
    fc.assert(
      fc.property(v1, (payload) => {
        const up = migrate(payload, { to: note });
        expect(up.success && up.lost).toEqual([]);
        const down = migrate(up.value, { to: noteV1 });
        expect(down.success).toBe(true);
        expect(down.value).toEqual(payload);
      }),
    );
  });
});

describe('migrate refuses what it cannot read', () => {
  const codes = (payload: unknown, options: Partial<Parameters<typeof migrate>[1]> = {}) =>
    migrate(payload, { to: note, ...options }).issues.map((issue) => issue.code);

  it('a payload that is not an object, has no version, or another kind', () => {
    expect(codes([])).toEqual(['payload_not_object']);
    expect(codes({ name: 'N' })).toEqual(['payload_kind_missing']);
    expect(codes({ $kind: 'note' })).toEqual(['payload_kind_malformed']);
    expect(codes({ $kind: 'iom.test-other@1' })).toEqual(['migration_kind_mismatch']);
    expect(migrate({ $kind: 'iom.test-other@1' }, { to: note }).issues[0]?.message).toBe(
      `A payload of iom.test-other@1 cannot be migrated to ${ID}@3: they are different kinds`,
    );
  });

  it('a version newer than those installed, or one that does not exist', () => {
    expect(migrate({ $kind: `${ID}@4` }, { to: note }).issues[0]?.message).toBe(
      `${ID}@4 is newer than the versions installed (1, 2, 3): upgrade @iom/test`,
    );
    expect(codes({ name: 'N' }, { from: 0 })).toEqual(['payload_kind_version_unsupported']);
  });

  it('a payload invalid for its own version, with that version’s issues', () => {
    const result = migrate({ $kind: `${ID}@1`, name: '', status: 'live' }, { to: note });
    expect(result).toMatchObject({ success: false, steps: [] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['too_small', ['name']]]);
  });

  it('a result its version refuses, with the reason', () => {
    const broken = definePayloadKind({
      id: ID,
      title: { en: 'Note', fr: 'Note', es: 'Nota' },
      versions: [
        { version: 1, schema: NoteV1 },
        {
          version: 2,
          schema: NoteV2,
          step: defineMigrationStep({
            title: { en: 'Broken', fr: 'Cassé', es: 'Roto' },
            operations: [
              customOperation({
                field: 'status',
                summary: 'Forgets to map the status.',
                up: () => {},
                down: () => {},
                lossy: { up: false, down: false },
              }),
            ],
          }),
        },
      ],
    });
    const result = migrate({ name: 'N', status: 'live' }, { to: broken, from: 1 });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['migration_result_invalid', []],
      ['invalid_value', ['status']],
    ]);
    expect(result.steps).toHaveLength(1);
  });

  it('never throws, whatever the payload', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ $kind: fc.constantFrom(`${ID}@1`, `${ID}@3`, 'x') })),
        (payload) => {
          const result = migrate(payload, { to: noteV1, allowLoss: true });
          expect(result.success || result.issues.length > 0).toBe(true);
        },
      ),
    );
  });
});

describe('migrate to the same version', () => {
  it('gives a copy, with no step', () => {
    const payload = { $kind: `${ID}@2`, name: 'N', status: 'draft' } as const;
    const result = migrate(payload, { to: noteV2 });
    expect(result).toEqual({ success: true, value: payload, issues: [], steps: [], lost: [] });
    expect(result.value).not.toBe(payload);
  });
});
