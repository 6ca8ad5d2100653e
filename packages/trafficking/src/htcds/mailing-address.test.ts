import type { PostalAddress } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase } from '../../test/arbitraries.js';
import { fullCaseV1 } from '../../test/fixtures.js';
import { toHtcds, toHtcdsCsv } from './export.js';
import { fromHtcds, fromHtcdsCsv } from './import.js';

const withAddress = (mailingAddress: PostalAddress) => ({ person: { mailingAddress } });
const cells = (row: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(row ?? {}).filter(([column]) => column.startsWith('prs_Mailing')));

describe('the mailing address in HTCDS', () => {
  it('writes street lines and PO box as the lines of the street, and the region as the state', () => {
    const address: PostalAddress = {
      country: 'EC',
      streetLines: ['SYNTH Street 1', 'SYNTH-Floor 2'],
      poBox: 'SYNTH-Casilla 17',
      locality: 'SYNTH-City',
      region: 'SYNTH-Region',
      postalCode: 'SYNTH-170150',
    };
    const { value, issues } = toHtcds([withAddress(address)]);
    expect(cells(value[0])).toEqual({
      prs_MailingCity: 'SYNTH-City',
      prs_MailingCountry: 'EC',
      prs_MailingState: 'SYNTH-Region',
      prs_MailingStreet: 'SYNTH Street 1\nSYNTH-Floor 2\nSYNTH-Casilla 17',
      prs_MailingPostalCode: 'SYNTH-170150',
    });
    expect(issues).toEqual([]);
  });

  it('writes the subdivision as the state when there is no region, and reads it back as the subdivision', () => {
    const address: PostalAddress = { country: 'EC', locality: 'SYNTH-City', subdivision: 'EC-P' };
    expect(cells(toHtcds([withAddress(address)]).value[0]).prs_MailingState).toBe('EC-P');
    const back = fromHtcdsCsv(toHtcdsCsv([withAddress(address)]).value);
    expect(back.issues).toEqual([]);
    expect(back.value[0]?.person?.mailingAddress).toEqual(address);
  });

  it('reports a subdivision beside a region, which HTCDS has no room for', () => {
    const address: PostalAddress = { country: 'EC', region: 'SYNTH-Region', subdivision: 'EC-P' };
    const { value, issues } = toHtcds([withAddress(address)], { locale: 'fr' });
    expect(cells(value[0]).prs_MailingState).toBe('SYNTH-Region');
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['htcds_not_representable', [0, 'person', 'mailingAddress', 'subdivision']],
    ]);
  });

  it('writes a version-1 address as version 1 wrote it', () => {
    expect(cells(toHtcds([fullCaseV1]).value[0])).toEqual({
      prs_MailingCity: 'SYNTH-City',
      prs_MailingCountry: 'CO',
      prs_MailingState: 'SYNTH-State',
      prs_MailingStreet: 'SYNTH Street 1\nSYNTH-Floor 2',
      prs_MailingPostalCode: 'SYNTH-00000',
    });
  });

  it('reads a state that is a code of another country as the region written', () => {
    const { value } = fromHtcds([{ prs_MailingCountry: 'PE', prs_MailingState: 'EC-P' }]);
    expect(value[0]?.person?.mailingAddress).toEqual({ country: 'PE', region: 'EC-P' });
  });

  it('leaves out an address without a country, says so by path, and keeps the rest of the case', () => {
    const { value, issues } = fromHtcds(
      [{ prs_MailingStreet: 'ZZstreetSYNTHQQ', prs_MailingCity: 'ZZcitySYNTHQQ', prs_Gender: 'Feminine' }],
      { locale: 'es' },
    );
    expect(value).toEqual([{ person: { gender: 'Feminine' } }]);
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid_type', '0.person.mailingAddress.country'],
      ['case_field_dropped', '0.person.mailingAddress'],
    ]);
    expect(JSON.stringify(issues)).not.toMatch(/ZZ\w+QQ/);
  });

  it('property: an address HTCDS can hold comes back from CSV as it was', () => {
    const holdable = arbitraryCase
      .map((record) => record.person?.mailingAddress)
      .filter((address) => address !== undefined)
      .map(({ poBox: _poBox, ...address }) =>
        address.region === undefined ? address : { ...address, subdivision: undefined },
      )
      .map((address) => JSON.parse(JSON.stringify(address)) as PostalAddress);
    fc.assert(
      fc.property(holdable, (address) => {
        const exported = toHtcdsCsv([withAddress(address)]);
        expect(exported.issues).toEqual([]);
        const back = fromHtcdsCsv(exported.value);
        expect(back.issues).toEqual([]);
        expect(back.value[0]?.person?.mailingAddress).toEqual(address);
      }),
      { numRuns: 200 },
    );
  });
});
