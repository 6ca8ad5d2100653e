import { readFileSync } from 'node:fs';
import { migrate, PayloadKindRegistry } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { traffickingCaseKind, traffickingCaseKindV1 } from './kind.js';

// The bundled examples stay at version 1 of the kind, as stored records do: they must stay valid and
// move up to version 2 and back without loss.
const cases = readFileSync(new URL('../../../examples/trafficking/cases.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('examples/trafficking', () => {
  const registry = new PayloadKindRegistry([traffickingCaseKind]);

  it('are valid iom.trafficking-case@1 payloads', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const record of cases) {
      expect(record.$kind).toBe('iom.trafficking-case@1');
      expect(registry.validate(record)).toMatchObject({ success: true, kind: traffickingCaseKindV1 });
    }
  });

  it('each migrate to a valid iom.trafficking-case@2 without loss, and back down as written', () => {
    for (const record of cases) {
      const up = migrate(record, { to: traffickingCaseKind });
      expect(up).toMatchObject({ success: true, issues: [], lost: [] });
      expect(up.value?.$kind).toBe('iom.trafficking-case@2');
      expect(registry.validate(up.value).issues).toEqual([]);
      const down = migrate(up.value, { to: traffickingCaseKindV1 });
      expect(down).toMatchObject({ success: true, lost: [] });
      expect(JSON.stringify(down.value)).toBe(JSON.stringify(record));
    }
  });
});
