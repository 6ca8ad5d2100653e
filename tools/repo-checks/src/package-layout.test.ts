import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout the root README promises ("the same things in the same places"): who has read one payload
// package finds the code lists, the model, the rules, the payload schema, its kind and its messages at
// the same paths in the others.
const packagesDir = resolve(import.meta.dirname, '../../../packages');

interface Layout {
  /** The module that declares the payload schema `X` as `XShape` with its rules. */
  readonly schema: string;
  /** The module of the whole-record rules. */
  readonly rules: string;
  /** Whether the package has code lists of its own (missions takes organization's). */
  readonly codes: boolean;
}

const layouts: Record<string, Layout> = {
  organization: { schema: 'structure.ts', rules: 'rules/index.ts', codes: true },
  missions: { schema: 'mission.ts', rules: 'rules.ts', codes: false },
  press: { schema: 'release.ts', rules: 'rules.ts', codes: true },
  trafficking: { schema: 'case.ts', rules: 'rules.ts', codes: true },
};

function read(name: string, file: string): string | undefined {
  const path = join(packagesDir, name, 'src', file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

describe.each(Object.entries(layouts))('%s', (name, layout) => {
  // The locale files under messages/ are message-places.test.ts's to check.
  it('has the model, the kind, the rules, the schema and the messages', () => {
    const expected = ['model.ts', 'kind.ts', layout.rules, layout.schema, 'messages/index.ts'];
    if (layout.codes) expected.push('codes.ts');
    expect(expected.filter((file) => read(name, file) === undefined)).toEqual([]);
  });

  it('attaches the rules module to the shape in the schema module', () => {
    const schema = read(name, layout.schema) ?? '';
    const rulesModule = `./${layout.rules.replace(/\.ts$/, '.js')}`;
    expect(schema).toContain(`from '${rulesModule}'`);
    expect(schema).toMatch(/Shape\.check\(\s*issueCheck\(/);
  });

  it('takes the payload schema into its kind, with no rules of its own', () => {
    const kind = read(name, 'kind.ts') ?? '';
    expect(kind).toContain(`from './${layout.schema.replace(/\.ts$/, '.js')}'`);
    expect(kind).not.toMatch(/\brules\s*:|from '\.\/rules|issueCheck/);
  });
});
