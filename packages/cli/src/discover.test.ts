import { describe, expect, it } from 'vitest';
import { memoryIo, noteKind, testPackage } from '../test/fixture.js';
import * as discover from './discover.js';
import { main } from './main.js';

describe('discovery by shape', () => {
  it('recognises kinds and catalogs, and nothing else', () => {
    expect(discover.isPayloadKind(noteKind)).toBe(true);
    expect(discover.isPayloadKind({ id: 'x', version: 1, ref: 'x@1', title: {}, schema: {} })).toBe(false);
    expect(discover.isLabelCatalog(testPackage.exports.ColourLabels)).toBe(true);
    expect(discover.isLabelCatalog({ codes: [], labels: { en: {}, fr: {} } })).toBe(false);
  });

  it('names code lists in kebab case and qualifies clashes with the package', () => {
    expect(discover.codeListName('PhoneTypeLabels')).toBe('phone-type');
    expect(discover.codeListName('maritalStatus')).toBe('marital-status');
    expect(discover.codeListName('CASE_STATUS_LABELS')).toBe('case-status');
    const other = {
      name: '@test/other',
      exports: { ColourLabels: { ...(testPackage.exports.ColourLabels as object) } },
    };
    expect(discover.findCodeLists([testPackage, other]).map((list) => list.name)).toEqual([
      '@test/notes/colour',
      '@test/other/colour',
      'square-shape',
    ]);
  });

  it('finds converter descriptors, alone or in arrays, once per name', () => {
    const other = { name: '@test/other', exports: { again: (testPackage.exports.noteConverters as unknown[])[0] } };
    expect(discover.findConverters([testPackage, other]).map((c) => `${c.packageName}:${c.converter.name}`)).toEqual([
      '@test/notes:fromVCard',
      '@test/notes:toBroken',
      '@test/notes:toNoteCsv',
      '@test/notes:toVCard',
    ]);
    const [descriptor] = testPackage.exports.noteConverters as [Record<string, unknown>];
    expect(discover.isConverterDescriptor(descriptor)).toBe(true);
    expect(discover.isConverterDescriptor({ ...descriptor, name: 'fromVCard' })).toBe(false);
    expect(discover.isConverterDescriptor({ ...descriptor, run: undefined })).toBe(false);
    expect(
      discover.isConverterDescriptor({
        ...descriptor,
        options: [{ name: 'x', type: 'choice', required: true, description: {} }],
      }),
    ).toBe(false);
    expect(discover.isConverterDescriptor(() => undefined)).toBe(false);
    expect(discover.findKinds([testPackage, testPackage]).map((found) => found.kind.ref)).toEqual(['test.note@1']);
  });

  it('loads the installed packages and skips the ones that are missing', { timeout: 60_000 }, async () => {
    const { packages, skipped } = await discover.loadPackages(['@iom/core', '@iom/does-not-exist']);
    expect(packages.map((p) => p.name)).toEqual(['@iom/core']);
    expect(skipped.map((s) => s.name)).toEqual(['@iom/does-not-exist']);
  });

  it('runs iom kinds and iom labels on the real packages', { timeout: 60_000 }, async () => {
    const { packages } = await discover.loadPackages();
    const kinds = discover.findKinds(packages);
    const memory = memoryIo();
    expect(await main(['kinds', '--format', 'json'], memory.io, { packages })).toBe(0);
    expect(JSON.parse(memory.stdout()).map((row: { ref: string }) => row.ref)).toEqual(kinds.map((k) => k.kind.ref));
    for (const list of discover.findCodeLists(packages)) {
      const out = memoryIo();
      expect(await main(['labels', list.name, '--locale', 'fr', '--format', 'json'], out.io, { packages })).toBe(0);
      const entries = JSON.parse(out.stdout()) as Array<{ code: string; label: string }>;
      expect(entries.map((e) => e.code)).toEqual([...list.catalog.codes]);
      for (const entry of entries) expect(entry.label).not.toBe('');
    }
  });
});
