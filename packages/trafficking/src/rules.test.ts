import { LOCALES, validate } from '@iom/core';
import { describe, expect, it } from 'vitest';
import { fullCase } from '../test/fixtures.js';
import { TraffickingCase } from './case.js';

function codes(input: unknown): string[] {
  return validate(TraffickingCase, input).issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);
}

describe('cross-field rules', () => {
  it('find nothing in a consistent case', () => {
    expect(codes(fullCase)).toEqual([]);
  });

  it('check age against adult/minor status and age band', () => {
    expect(codes({ person: { ageAtRegistration: 15, majority: 'Adult' } })).toEqual([
      'person.majority:age_majority_mismatch',
    ]);
    expect(codes({ registrationDate: '2020-01-01', person: { birthDate: '2010-06-01', majority: 'Adult' } })).toEqual([
      'person.majority:age_majority_mismatch',
    ]);
    expect(codes({ person: { ageAtRegistration: 25, ageBand: '18--20' } })).toEqual([
      'person.ageBand:age_band_mismatch',
    ]);
    expect(codes({ victim: { ageWhenTrafficked: 16, majorityWhenTrafficked: 'Adult' } })).toEqual([
      'victim.majorityWhenTrafficked:age_majority_mismatch',
    ]);
    expect(codes({ person: { ageAtRegistration: 20 }, victim: { ageWhenTrafficked: 30 } })).toEqual([
      'victim.ageWhenTrafficked:age_when_trafficked_after_registration',
    ]);
  });

  it('check the order of dates at the precision given', () => {
    expect(codes({ registrationDate: '2020-01-01', person: { birthDate: '2021-01-01' } })).toContain(
      'registrationDate:date_order',
    );
    expect(codes({ exploitation: { startDate: '2021-05', endDate: '2021-04-30' } })).toEqual([
      'exploitation.endDate:date_order',
    ]);
    // 2021 and 2021-05 cannot be told apart: no issue.
    expect(codes({ exploitation: { startDate: '2021-05', endDate: '2021' } })).toEqual([]);
  });

  it('check exploitation type against sector, sexual exploitation type and child labour', () => {
    expect(
      codes({ exploitation: { types: { ForcedLabour: 'no' }, industries: [{ section: 'F_Construction' }] } }),
    ).toEqual(['exploitation.types.ForcedLabour:industry_without_forced_labour']);
    // Forced begging is labour too.
    expect(
      codes({
        exploitation: {
          types: { ForcedLabour: 'no', ForcedBegging: 'yes' },
          industries: [{ section: 'F_Construction' }],
        },
      }),
    ).toEqual([]);
    // Unknown is not no.
    expect(
      codes({ exploitation: { types: { ForcedLabour: 'unknown' }, industries: [{ section: 'F_Construction' }] } }),
    ).toEqual([]);
    expect(codes({ exploitation: { types: { SexualExploitation: 'no' }, sexTypes: { Prostitution: 'yes' } } })).toEqual(
      ['exploitation.types.SexualExploitation:sex_type_without_sexual_exploitation'],
    );
    expect(codes({ victim: { ageAtExploitationStart: 25 }, exploitation: { types: { ChildLabour: 'yes' } } })).toEqual([
      'exploitation.types.ChildLabour:child_labour_adult',
    ]);
  });

  it('check consent, subdivisions and not-collected fields', () => {
    expect(codes({ consent: { interview: 'no', dataForResearch: 'yes' } })).toEqual([
      'consent.dataForResearch:research_consent_without_consent',
    ]);
    expect(codes({ movement: { origin: { country: 'PE', subdivision: 'EC-I' } } })).toEqual([
      'movement.origin.subdivision:subdivision_country_mismatch',
    ]);
    expect(codes({ notCollected: ['person.gender'], person: { gender: 'Feminine' } })).toEqual([
      'notCollected.0:not_collected_has_value',
    ]);
    expect(codes({ notCollected: ['person.gender'] })).toEqual([]);
  });

  it('give messages in every locale without any value from the record', () => {
    const input = {
      registrationDate: '2020-01-01',
      person: { firstName: 'Testfirstname', birthDate: '2021-01-01', majority: 'Minor', ageAtRegistration: 40 },
      movement: { origin: { country: 'PE', subdivision: 'EC-I', city: 'SYNTH-origin-city' } },
    };
    for (const locale of LOCALES) {
      const messages = validate(TraffickingCase, input, locale).issues.map((issue) => issue.message);
      expect(messages.length).toBeGreaterThan(1);
      for (const message of messages) {
        for (const value of ['Testfirstname', '2021-01-01', '2020-01-01', '40', 'SYNTH-origin-city']) {
          expect(message).not.toContain(value);
        }
      }
    }
    expect(validate(TraffickingCase, input, 'es').issues[0]?.message).toMatch(/edad|fecha|subdivisión/);
  });
});
