import { LOCALES, validate } from '@iom/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCase, arbitraryCaseV1, markedValues } from '../test/arbitraries.js';
import { TraffickingCase } from './case.js';
import { toCtdc } from './ctdc/export.js';
import { fromCtdc } from './ctdc/import.js';
import { toHtcds } from './htcds/export.js';
import { fromHtcds } from './htcds/import.js';

// Identifying values must never reach an issue message, whatever the input.
describe('no identifying value in issues', () => {
  it('property: HTCDS export and import (with corrupted cells) and CTDC export', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryCase, arbitraryCaseV1), fc.constantFrom(...LOCALES), (record, locale) => {
        const exported = toHtcds([record], { locale });
        const row = { ...exported.value[0] };
        // Push identifying text into picklist, date, number and country cells.
        const [marker] = markedValues(record);
        for (const column of [
          'prs_Gender',
          'vic_TypeOfExploitation',
          'prs_Birthdate',
          'prs_NumberOfChildren',
          'prs_Citizenship',
          'prs_MailingCountry',
          'prs_MailingState',
          'cas_Status',
          'x_DataSource',
        ]) {
          row[column] = `${row[column] ?? ''};${marker ?? 'ZZnoneQQ'}`;
        }
        const imported = fromHtcds([row], { locale });
        const ctdc = toCtdc([record], { format: 'kanon-2020', k: 2, locale });
        const messages = [...exported.issues, ...imported.issues, ...ctdc.issues].map((issue) => issue.message);
        expect(markedValues(messages)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('property: CTDC import of corrupted cells, and HTCDS import of cases that break cross-field rules', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.constantFrom(...LOCALES), (record, locale) => {
        const [marker = 'ZZnoneQQ'] = markedValues(record);
        const consented = { ...record, consent: { interview: 'yes' as const, dataForResearch: 'yes' as const } };
        const rows = toCtdc([consented, consented], { format: 'kanon-2020', k: 2, locale }).value;
        const corrupted = rows.map((row) =>
          Object.fromEntries(Object.entries(row).map(([column, cell], i) => [column, i % 3 === 0 ? marker : cell])),
        );
        const ctdc = fromCtdc(corrupted, { format: 'kanon-2020', locale });
        // A registration that may come before the birth date, and research consent without consent.
        const htcds = fromHtcds(
          [
            {
              ...toHtcds([record]).value[0],
              x_RegistrationDate: '2001',
              con_Consent: 'no',
              con_DataForResearch: 'yes',
            },
          ],
          { locale },
        );
        const messages = [...ctdc.issues, ...htcds.issues].map((issue) => issue.message);
        expect(ctdc.issues.length).toBeGreaterThan(0);
        expect(htcds.issues.some((issue) => issue.code === 'case_field_dropped')).toBe(true);
        expect(markedValues(messages)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('property: schema validation of broken records', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.constantFrom(...LOCALES), (record, locale) => {
        const [marker = 'ZZnoneQQ'] = markedValues(record);
        const broken = {
          ...record,
          registrationDate: marker,
          person: { ...record.person, gender: marker, citizenship: [marker], birthDate: marker },
          control: { methods: { [marker]: 'yes', DebtBondage: marker } },
          movement: { origin: { subdivision: marker, country: marker } },
        };
        // A mailing address whose subdivision is of another country, beside marked text and a marked country.
        const address = { ...record.person?.mailingAddress, country: 'PE', subdivision: 'EC-P' };
        const wrongPlace = { ...record, person: { ...record.person, mailingAddress: address } };
        const markedCountry = { ...record, person: { mailingAddress: { ...address, country: marker } } };
        const addressMessages = [wrongPlace, markedCountry].flatMap((input) =>
          validate(TraffickingCase, input, locale).issues.map((issue) => issue.message),
        );
        expect(addressMessages.length).toBeGreaterThan(1);
        expect(markedValues(addressMessages)).toEqual([]);
        const messages = validate(TraffickingCase, broken, locale).issues.map((issue) => issue.message);
        expect(messages.length).toBeGreaterThan(0);
        expect(markedValues(messages)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
