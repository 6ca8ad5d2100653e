import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from './json-equal.js';
import { addField, customOperation, mapCodes, removeField, renameField, wrapField } from './operations.js';
import { defineMigrationStep } from './step.js';
import type { MigrationRecorder } from './types.js';

const title = { en: 'Contacts', fr: 'Contacts', es: 'Contactos' };

function recorder() {
  const log: string[] = [];
  const lost: (string | number)[][] = [];
  const record: MigrationRecorder = {
    changed: (code, path) => log.push(`${code} ${path.join('.')}`),
    dropped: (path) => lost.push([...path]),
  };
  return { log, lost, record };
}

// A single contact becomes a list of contacts under a new name, with a status code written anew and
// a new field with a default: the way down must undo them last first.
const step = defineMigrationStep({
  title,
  reason: 'Releases name several contacts.',
  operations: [
    wrapField('contact'),
    renameField('contact', 'contacts'),
    mapCodes('status', { live: 'published' }),
    addField('contacts.*.role', 'media'),
  ],
});

describe('defineMigrationStep', () => {
  it('applies the operations in order going up', () => {
    const { log, record } = recorder();
    const up = step.up({ contact: { name: 'A' }, status: 'live' }, record);
    expect(up).toEqual({ contacts: [{ name: 'A', role: 'media' }], status: 'published' });
    expect(log).toEqual([
      'migration_wrapped contact',
      'migration_renamed contact',
      'migration_code_mapped status',
      // Every path is a place in the payload the step was given: the role went into `contact`.
      'migration_added contact.role',
    ]);
  });

  it('derives the way down: each inverse, last operation first', () => {
    const { log, lost, record } = recorder();
    const down = step.down({ contacts: [{ name: 'A', role: 'media' }], status: 'published' }, record);
    expect(down).toEqual({ contact: { name: 'A' }, status: 'live' });
    expect(log).toEqual([
      'migration_removed contacts.0.role',
      'migration_code_mapped status',
      'migration_renamed contacts',
      // Traced back through the rename: the place in the payload the step was given.
      'migration_unwrapped contacts',
    ]);
    expect(lost).toEqual([]);
  });

  it('says which ways can lose data', () => {
    expect(step.lossy).toEqual({ up: false, down: true });
    expect(defineMigrationStep({ title, operations: [removeField('x')] }).lossy).toEqual({ up: true, down: false });
    const custom = customOperation({
      field: 'x',
      summary: 's',
      up: () => {},
      down: () => {},
      lossy: { up: false, down: false },
    });
    expect(defineMigrationStep({ title, operations: [custom] }).lossy).toEqual({ up: false, down: false });
  });

  it('names each dropped value on the way down', () => {
    const { lost, record } = recorder();
    step.down(
      {
        contacts: [
          { name: 'A', role: 'media' },
          { name: 'B', role: 'media' },
        ],
        status: 'draft',
      },
      record,
    );
    expect(lost).toEqual([['contacts', 1]]);
  });

  it('refuses a step without operations', () => {
    expect(() => defineMigrationStep({ title, operations: [] })).toThrow(TypeError);
  });

  it('gives old payloads back, down after up', () => {
    const contact = fc.record(
      { name: fc.string({ minLength: 1 }), phone: fc.option(fc.string(), { nil: undefined }) },
      { requiredKeys: ['name'] },
    );
    const old = fc.record(
      { contact, status: fc.constantFrom('live', 'draft'), title: fc.string() },
      { requiredKeys: ['status'] },
    );
    fc.assert(
      fc.property(old, (payload) => {
        const copy = structuredClone(payload);
        const { lost, record } = recorder();
        const back = step.down(step.up(copy, record), record);
        expect(lost).toEqual([]);
        expect(jsonEqual(back, payload)).toBe(true);
      }),
    );
  });
});
