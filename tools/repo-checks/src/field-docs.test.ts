import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFieldDocs, inputDocAgrees, repositorySources, type SourceHost } from './field-docs.js';

const root = resolve(import.meta.dirname, '../../..');

/** A host over snippets; `@lib/base` names `lib/index.ts`. */
function snippets(files: Record<string, string>): SourceHost {
  return {
    read: (file) => files[file],
    resolvePackage: (specifier) => (specifier === '@lib/base' ? 'lib/index.ts' : undefined),
  };
}

const names = (report: ReturnType<typeof checkFieldDocs>) => report.pairs.map(({ name, fields }) => [name, fields]);

describe('checkFieldDocs', () => {
  const simple = (typeDocs: string) => `
import * as z from 'zod';
/** A speaker. */
export const Speaker = z.object({
  /** The name. */
  name: z.string(),
  /**
   * The role,
   * as written.
   */
  role: z.string().optional(),
});
/** A speaker. */
export type Speaker = {
${typeDocs}
};`;

  it('holds the docs of a schema and its type equal, whitespace aside', () => {
    const report = checkFieldDocs(
      ['a.ts'],
      snippets({
        'a.ts': simple('  /** The name. */\n  name: string;\n  /** The role, as written. */\n  role?: string;'),
      }),
    );
    expect(report.problems).toEqual([]);
    expect(names(report)).toEqual([['Speaker', 2]]);
  });

  it('finds a different doc, a missing doc and a field on one side only', () => {
    const report = checkFieldDocs(
      ['a.ts'],
      snippets({
        'a.ts': simple('  /** The full name. */\n  name: string;\n  role?: string;\n  /** Extra. */\n  extra: number;'),
      }),
    );
    expect(report.problems).toEqual([
      'a.ts Speaker.name: the docs differ\n  schema (a.ts:6): The name.\n  Speaker (a.ts:16): The full name.',
      "a.ts Speaker.role: no doc on type Speaker's field (a.ts:17)",
      'a.ts Speaker.extra: on type Speaker (a.ts:19), not on the schema',
    ]);
  });

  it('finds a schema field without a doc, and one the type lacks', () => {
    const report = checkFieldDocs(
      ['a.ts'],
      snippets({
        'a.ts': `import * as z from 'zod';
export const A = z.strictObject({
  id: z.string(),
  /** Kept. */
  kept: z.string(),
});
export type A = {
  /** Id. */
  id: string;
};`,
      }),
    );
    expect(report.problems).toEqual([
      "a.ts A.id: no doc on the schema's field (a.ts:3)",
      'a.ts A.kept: on the schema (a.ts:5), not on type A',
    ]);
  });

  // The kinds of schema the model modules write, each leading to the same fields through another step:
  // a base from another package (through its index), `.extend`, a shape const spread into `z.object`,
  // `.check`, a schema typed `z.ZodType<X>` that names its shape, `withJsonSchema`, a namespace import;
  // and on the type side an intersection with an imported base, `Omit`, an interface that extends one.
  const chain = (validFromDoc: string): Record<string, string> => ({
    'lib/index.ts': "export * from './validity.js';",
    'lib/validity.ts': `import * as z from 'zod';
export const Validity = z.object({
  /** ${validFromDoc} */
  validFrom: z.string().optional(),
});
export type Validity = {
  /** From. */
  validFrom?: string;
};`,
    'pkg/shape.ts': `import * as z from 'zod';
import { Validity } from '@lib/base';
const common = {
  /** The name. */
  name: z.string(),
};
export const MissionShape = Validity.extend({
  ...common,
  /** The id. */
  id: z.string(),
});
export const Office = withJsonSchema(z.object({ ...common }).check(() => {}), () => ({}));`,
    'pkg/model.ts': `import type * as z from 'zod';
import { type Validity } from '@lib/base';
import * as shapes from './shape.js';
import { MissionShape } from './shape.js';
export const Mission: z.ZodType<Mission, MissionInput> = MissionShape.check(() => {}).superRefine(() => {});
export type Mission = Omit<Validity, 'none'> & {
  /** The name. */
  name: string;
  /** The id. */
  id: string;
};
export type MissionInput = Mission;
export const Office = shapes.Office;
interface Named {
  /** The name. */
  name: string;
}
export interface Office extends Named {}`,
  });

  it('follows schemas and types through aliases, modules, packages and zod methods', () => {
    const report = checkFieldDocs(['pkg/model.ts'], snippets(chain('From.')));
    expect(report.problems).toEqual([]);
    expect(names(report)).toEqual([
      ['Mission', 3],
      ['Office', 1],
    ]);
    expect(report.pairs[0]?.input).toBe('MissionInput');
  });

  it('finds a mismatch at the end of such a chain', () => {
    const report = checkFieldDocs(['pkg/model.ts'], snippets(chain('Since.')));
    expect(report.problems).toEqual([
      'pkg/model.ts Mission.validFrom: the docs differ\n  schema (lib/validity.ts:4): Since.\n  Mission (lib/validity.ts:8): From.',
      'pkg/model.ts Mission.validFrom: the docs differ\n  schema (lib/validity.ts:4): Since.\n  MissionInput (lib/validity.ts:8): From.',
    ]);
  });

  it('reports a pair whose schema it cannot read, and leaves out names that are not objects', () => {
    const report = checkFieldDocs(
      ['a.ts'],
      snippets({
        'a.ts': `import * as z from 'zod';
export const Kind = z.enum(['a', 'b']);
export type Kind = 'a' | 'b';
export const Opaque = makeSchema();
export type Opaque = {
  /** A. */
  a: string;
};`,
      }),
    );
    expect(report.problems).toEqual([
      'a.ts Opaque: type Opaque has fields, but the schema cannot be read (makeSchema(…) is not read)',
    ]);
    expect(report.pairs).toEqual([]);
    expect(report.skipped).toHaveLength(1);
  });

  it("holds an input type's docs to the schema's, with a clause for a left-out field", () => {
    const module = (inputDoc: string) => `import * as z from 'zod';
export const Post = z.object({
  /** The posts. */
  posts: z.array(z.string()).default([]),
});
export type Post = {
  /** The posts. */
  posts: string[];
};
export type PostInput = {
  /** ${inputDoc} */
  posts?: string[];
};`;
    expect(checkFieldDocs(['a.ts'], snippets({ 'a.ts': module('The posts; none when left out.') })).problems).toEqual(
      [],
    );
    expect(checkFieldDocs(['a.ts'], snippets({ 'a.ts': module('The posts, if any.') })).problems).toEqual([
      'a.ts Post.posts: the docs differ\n  schema (a.ts:4): The posts.\n  PostInput (a.ts:12): The posts, if any.',
    ]);
  });
});

describe('inputDocAgrees', () => {
  it('takes the same doc, or the doc with a left-out clause in place of its full stop', () => {
    expect(inputDocAgrees('The sites.', 'The sites.')).toBe(true);
    expect(inputDocAgrees('The sites.', 'The sites; none when left out.')).toBe(true);
    expect(inputDocAgrees('Chief or officer.', 'Chief or officer; chief when left out.')).toBe(true);
    expect(inputDocAgrees('Dated figures: states.', 'Dated figures; none when left out.')).toBe(false);
    expect(inputDocAgrees('The sites.', 'The sites; none.')).toBe(false);
    expect(inputDocAgrees('The sites.', 'The sites; a; none when left out.')).toBe(false);
    expect(inputDocAgrees('The sites', 'The sites; none when left out.')).toBe(false);
  });
});

describe('the packages', () => {
  const { files, host } = repositorySources(root);
  const report = checkFieldDocs(files, host);

  it('write the same doc on each field of a schema and of its explicit type', () => {
    expect(report.problems).toEqual([]);
  });

  it('compare every payload kind', () => {
    const checked = new Set(report.pairs.map(({ name }) => name));
    for (const kind of ['ContactPoint', 'MediaContact', 'OrgStructure', 'CountryMission', 'PressRelease']) {
      expect(checked).toContain(kind);
    }
    expect(checked).toContain('TraffickingCase');
  });
});
