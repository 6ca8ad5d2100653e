import { formatIssues, type Issue, type Locale, PayloadKindRegistry } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nth, smallStructure, twoUnitCycle } from '../../test/fixtures.js';
import { iomStructure } from '../data/index.js';
import { orgStructureKind } from '../kind.js';
import type { OrgStructureInput } from '../model.js';
import { OrgStructure } from '../structure.js';
import { validateStructure } from '../validate.js';

/** The issues of `structure`'s whole verdict, in `locale`. */
const structureIssues = (structure: OrgStructureInput, options: { locale?: Locale } = {}): readonly Issue[] =>
  validateStructure(structure, options).issues;
const codes = (structure: OrgStructureInput) => structureIssues(structure).map((issue) => issue.code);

describe('the rules of OrgStructure', () => {
  it('accepts a structure that is one tree at every date', () => {
    expect(structureIssues(smallStructure())).toEqual([]);
  });

  it('are part of OrgStructure.safeParse, so the schema, validateStructure and the registry give one verdict', () => {
    const cyclic = smallStructure();
    cyclic.links.push({ child: 'HQ', parent: 'CO' });
    const parsed = OrgStructure.safeParse(cyclic);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const fromSchema = formatIssues(parsed.error, 'es');
    expect(fromSchema.map((issue) => issue.code)).toContain('org_cycle');
    expect(fromSchema).toEqual(structureIssues(cyclic, { locale: 'es' }));
  });

  it('is the verdict of the iom.org-structure kind, so the registry checks the whole structure', () => {
    const registry = new PayloadKindRegistry([orgStructureKind]);
    expect(registry.validate(iomStructure, { kind: 'iom.org-structure' }).success).toBe(true);
    const structure = smallStructure();
    structure.links[0] = { child: 'RO_A', parent: 'NOWHERE', validUntil: '2023-12-31' };
    const result = registry.validate(structure, { kind: 'iom.org-structure', locale: 'fr' });
    expect(result.success).toBe(false);
    expect(result.issues).toEqual(structureIssues(structure, { locale: 'fr' }));
    expect(result.issues.map((issue) => issue.code)).toContain('org_unknown_unit');
  });

  it('reports a country office whose parent has ended, naming both ids and the first date', () => {
    const structure = smallStructure();
    // The link to RO_A runs past RO_A's last day.
    structure.links[2] = { child: 'CO', parent: 'RO_A', validFrom: '2000-01-01', validUntil: '2024-06-30' };
    const issues = structureIssues(structure);
    const problem = issues.find((issue) => issue.code === 'org_parent_not_valid');
    expect(problem).toMatchObject({ path: ['links', 2, 'parent'] });
    expect(problem?.message).toBe('The unit CO reports to RO_A on 1 January 2024, but RO_A does not exist then');
    // CO also has two parents (RO_B is valid from 2024-01-01): no, RO_A is not valid, so only one usable parent.
    expect(issues.map((issue) => issue.code)).not.toContain('org_multiple_parents');
  });

  it('reports two parents at once', () => {
    const structure = smallStructure();
    structure.links[3] = { child: 'CO', parent: 'RO_B', validFrom: '2023-06-01' };
    structure.units[2] = { ...nth(structure.units, 2), validFrom: '2023-06-01' };
    structure.links[1] = { child: 'RO_B', parent: 'HQ', validFrom: '2023-06-01' };
    const issues = structureIssues(structure, { locale: 'fr' });
    const problem = issues.find((issue) => issue.code === 'org_multiple_parents');
    expect(problem?.message).toBe('L’unité CO a plusieurs parents le 1 juin 2023 : RO_A, RO_B');
  });

  it('reports several roots and a cycle, each once', () => {
    const structure = smallStructure({
      units: [
        { id: 'A', kind: 'unit', name: { en: 'A' } },
        { id: 'B', kind: 'unit', name: { en: 'B' } },
        { id: 'C', kind: 'unit', name: { en: 'C' } },
        { id: 'D', kind: 'unit', name: { en: 'D' }, validFrom: '2020-01-01' },
      ],
      links: [
        { child: 'B', parent: 'C' },
        { child: 'C', parent: 'B' },
        { child: 'D', parent: 'A', validFrom: '2020-01-01' },
      ],
      posts: [],
      memberships: [],
    });
    const issues = structureIssues(structure, { locale: 'es' });
    expect(issues.map((issue) => issue.code)).toEqual(['org_cycle']);
    expect(issues[0]?.message).toBe('Los vínculos jerárquicos forman un ciclo desde el principio: B → C');

    const split = smallStructure({
      units: [
        { id: 'A', kind: 'unit', name: { en: 'A' } },
        { id: 'B', kind: 'unit', name: { en: 'B' }, validFrom: '2020-01-01' },
      ],
      links: [],
      posts: [],
      memberships: [],
    });
    const roots = structureIssues(split);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ code: 'org_multiple_roots', path: ['units', 1] });
    expect(roots[0]?.message).toBe('The units have several roots on 1 January 2020: A, B');
  });

  it('reports a structure with no root', () => {
    const structure = twoUnitCycle();
    expect(codes(structure).sort()).toEqual(['org_cycle', 'org_no_root']);
  });

  it('reports overlapping holders of a single-holder post, naming the post and both memberships', () => {
    const structure = smallStructure();
    structure.memberships[1] = { ...nth(structure.memberships, 1), validFrom: '2023-09-01' };
    const issues = structureIssues(structure);
    expect(issues).toEqual([
      {
        path: ['memberships', 1],
        code: 'org_holders_overlap',
        message: 'The post DG has two holders on 1 September 2023: memberships m1 and m2',
      },
    ]);
    // A post held by several people at once is fine when it says so.
    structure.posts[0] = { ...nth(structure.posts, 0), singleHolder: false };
    expect(structureIssues(structure)).toEqual([]);
  });

  it('reports dates out of order, duplicates and unknown references', () => {
    const structure = smallStructure();
    structure.units.push({
      id: 'HQ',
      kind: 'unit',
      name: { en: 'again' },
      validFrom: '2030-01-01',
      validUntil: '2029-01-01',
    });
    structure.links.push({ child: 'CO', parent: 'NOPE', validFrom: '2050-01-01' });
    structure.memberships.push({ id: 'm3', personId: 'ghost', postId: 'NOPOST' });
    const found = codes(structure);
    expect(found).toContain('org_duplicate_id');
    expect(found).toContain('date_range_reversed');
    expect(found).toContain('org_unknown_unit');
    expect(found).toContain('org_unknown_person');
    expect(found).toContain('org_unknown_post');
    expect(found).not.toContain('org_multiple_roots');
  });

  it('reports memberships outside their post, posts outside their unit, and double coverage', () => {
    const structure = smallStructure();
    structure.posts.push({
      id: 'RD_A',
      kind: 'regional_director',
      unitId: 'RO_A',
      singleHolder: true,
      validFrom: '2020-01-01',
    });
    structure.memberships.push({
      id: 'm9',
      personId: 'p1',
      postId: 'DG',
      validFrom: '2010-01-01',
      validUntil: '2010-12-31',
    });
    structure.posts[0] = { ...nth(structure.posts, 0), validFrom: '2015-01-01' };
    structure.units[2] = { ...nth(structure.units, 2), validFrom: '2023-01-01' };
    structure.links[1] = { child: 'RO_B', parent: 'HQ', validFrom: '2023-01-01' };
    structure.links[3] = { child: 'CO', parent: 'RO_B', validFrom: '2024-01-01' };
    const found = structureIssues(structure);
    expect(found.map((issue) => issue.code).sort()).toEqual([
      'org_coverage_overlap',
      'org_membership_outside_post',
      'org_post_unit_not_valid',
    ]);
    expect(found.find((issue) => issue.code === 'org_coverage_overlap')?.message).toBe(
      'The country EC is covered by two regional offices on 1 January 2023: RO_A and RO_B',
    );
  });

  it('checks coverage lists: assigned codes, dates within the office, one list at a time, in en/fr/es', () => {
    const structure = smallStructure();
    const a = nth(structure.units, 1);
    const source = [{ url: 'https://example.org/a' }];
    a.coverage = [
      { countries: ['EC', 'CO'], asOf: '2020', validUntil: '2019-12-31', sources: source },
      { countries: ['PE'], asOf: '2020', validFrom: '2019-06-01', validUntil: '2024-06-30', sources: source },
    ];
    const found = structureIssues(structure);
    expect(found.map((issue) => issue.code).sort()).toEqual([
      'org_coverage_lists_overlap',
      'org_coverage_outside_unit',
    ]);
    const byCode = new Map(found.map((issue) => [issue.code, issue]));
    // XK (Kosovo) is user-assigned: the field's own check refuses it (core's country_code_unknown), and
    // the structure's rules wait for well-formed fields.
    const kosovo = smallStructure();
    nth(kosovo.units, 1).coverage = [{ countries: ['EC', 'XK'], asOf: '2020', sources: source }];
    expect(structureIssues(kosovo)).toMatchObject([
      { code: 'country_code_unknown', path: ['units', 1, 'coverage', 0, 'countries', 1] },
    ]);
    expect(byCode.get('org_coverage_lists_overlap')?.message).toBe(
      'The regional office RO_A has two coverage lists in force on 1 June 2019',
    );
    expect(byCode.get('org_coverage_outside_unit')?.message).toBe(
      'A coverage list of RO_A holds on 1 January 2024, but RO_A does not exist then',
    );
    const fr = structureIssues(structure, { locale: 'fr' }).map((issue) => issue.message);
    expect(fr).toContain('Le bureau régional RO_A a deux listes de couverture en vigueur le 1 juin 2019');
    const es = structureIssues(structure, { locale: 'es' }).map((issue) => issue.message);
    expect(es).toContain('La oficina regional RO_A tiene dos listas de cobertura vigentes el 1 de junio de 2019');
    // Dated lists hand a country over without overlap: the two offices of the fixture are fine.
    expect(structureIssues(smallStructure())).toEqual([]);
  });

  it('runs only on well-formed fields: a date that is not a real day is the field’s issue, never a crash', () => {
    // Found by the cli's JSON Schema differential: the rules' date arithmetic threw on 2023-02-30.
    for (const validUntil of ['2023-02-30', '2023-13-01', '2023-1-1', '20231']) {
      const structure = smallStructure();
      structure.units[1] = { ...nth(structure.units, 1), validUntil };
      const issues = structureIssues(structure);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((issue) => !issue.code.startsWith('org_'))).toBe(true);
    }
  });

  it('never throws and stays consistent on random structures', () => {
    const id = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    const date = fc.constantFrom(undefined, '2000-01-01', '2010-06-30', '2010-07-01', '2020-12-31');
    const dated = <T extends object>(base: fc.Arbitrary<T>) =>
      fc.tuple(base, date, date).map(([value, from, until]) => ({
        ...value,
        ...(from === undefined ? {} : { validFrom: from }),
        ...(until === undefined ? {} : { validUntil: until }),
      }));
    const unit = dated(
      fc.record({ id, kind: fc.constantFrom('unit', 'regional_office'), name: fc.constant({ en: 'x' }) }),
    );
    const link = dated(fc.record({ child: id, parent: id }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 6 }), fc.array(link, { maxLength: 8 }), (units, links) => {
        const structure = { organization: { id: 'O', name: { en: 'O' } }, units, links };
        const issues = structureIssues(structure);
        for (const issue of issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.message).not.toMatch(/\{\w+\}/);
        }
      }),
    );
  });

  it('accepts any chain of units as one tree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        const units = Array.from({ length: n }, (_, i) => ({
          id: `U${i}`,
          kind: 'unit' as const,
          name: { en: `U${i}` },
        }));
        const links = units.slice(1).map((unit, i) => ({ child: unit.id, parent: `U${i}` }));
        expect(OrgStructure.safeParse({ organization: { id: 'O', name: { en: 'O' } }, units, links }).success).toBe(
          true,
        );
      }),
    );
  });
});
