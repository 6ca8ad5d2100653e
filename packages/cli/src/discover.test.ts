import { describe, expect, it } from 'vitest';
import { memoryIo, noteKind, testPackage } from '../test/fixture.js';
import {
  codeListName,
  findCodeLists,
  findConverters,
  findKinds,
  isConverterDescriptor,
  isLabelCatalog,
  isPayloadKind,
  loadPackages,
} from './discover.js';
import { main } from './main.js';

describe('discovery by shape', () => {
  it('recognises kinds and catalogs, and nothing else', () => {
    expect(isPayloadKind(noteKind)).toBe(true);
    expect(isPayloadKind({ id: 'x', version: 1, ref: 'x@1', title: {}, schema: {} })).toBe(false);
    expect(isLabelCatalog(testPackage.exports.ColourLabels)).toBe(true);
    expect(isLabelCatalog({ codes: [], labels: { en: {}, fr: {} } })).toBe(false);
  });

  it('names code lists in kebab case and qualifies clashes with the package', () => {
    expect(codeListName('PhoneTypeLabels')).toBe('phone-type');
    expect(codeListName('maritalStatus')).toBe('marital-status');
    expect(codeListName('CASE_STATUS_LABELS')).toBe('case-status');
    const other = {
      name: '@test/other',
      exports: { ColourLabels: { ...(testPackage.exports.ColourLabels as object) } },
    };
    expect(findCodeLists([testPackage, other]).map((list) => list.name)).toEqual([
      '@test/notes/colour',
      '@test/other/colour',
      'square-shape',
    ]);
  });

  it('finds converter descriptors, alone or in arrays, once per name', () => {
    const other = { name: '@test/other', exports: { again: (testPackage.exports.noteConverters as unknown[])[0] } };
    expect(findConverters([testPackage, other]).map((c) => `${c.packageName}:${c.converter.name}`)).toEqual([
      '@test/notes:fromVCard',
      '@test/notes:toBroken',
      '@test/notes:toNoteCsv',
      '@test/notes:toVCard',
    ]);
    const [descriptor] = testPackage.exports.noteConverters as [Record<string, unknown>];
    expect(isConverterDescriptor(descriptor)).toBe(true);
    expect(isConverterDescriptor({ ...descriptor, name: 'fromVCard' })).toBe(false);
    expect(isConverterDescriptor({ ...descriptor, run: undefined })).toBe(false);
    expect(
      isConverterDescriptor({
        ...descriptor,
        options: [{ name: 'x', type: 'choice', required: true, description: {} }],
      }),
    ).toBe(false);
    expect(isConverterDescriptor(() => undefined)).toBe(false);
    expect(findKinds([testPackage, testPackage]).map((found) => found.kind.ref)).toEqual(['test.note@1']);
  });

  it('loads the installed packages and skips the ones that are missing', { timeout: 60_000 }, async () => {
    const { packages, skipped } = await loadPackages(['@iom/core', '@iom/does-not-exist']);
    expect(packages.map((p) => p.name)).toEqual(['@iom/core']);
    expect(skipped.map((s) => s.name)).toEqual(['@iom/does-not-exist']);
  });

  it('runs iom kinds and iom labels on the real packages', { timeout: 60_000 }, async () => {
    const { packages } = await loadPackages();
    const kinds = findKinds(packages);
    const memory = memoryIo();
    expect(await main(['kinds', '--format', 'json'], memory.io, { packages })).toBe(0);
    expect(JSON.parse(memory.stdout()).map((row: { ref: string }) => row.ref)).toEqual(kinds.map((k) => k.kind.ref));
    for (const list of findCodeLists(packages)) {
      const out = memoryIo();
      expect(await main(['labels', list.name, '--locale', 'fr', '--format', 'json'], out.io, { packages })).toBe(0);
      const entries = JSON.parse(out.stdout()) as Array<{ code: string; label: string }>;
      expect(entries.map((e) => e.code)).toEqual([...list.catalog.codes]);
      for (const entry of entries) expect(entry.label).not.toBe('');
    }
  });
});
