import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAtRegistration, ageBandOf, durationBandOf, majorityOf } from './derive.js';
import { comparePartialDates, fullYearsBetween, isPartialDate } from './partial-date.js';

describe('partial dates', () => {
  it('accept a year, a month or a real day only', () => {
    expect(['2021', '2021-03', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2021-13', '2023-02-29', '21', '2021-3', '2021-03-09T00:00Z', ''].some(isPartialDate)).toBe(false);
  });

  it('compare at the precision they share', () => {
    expect(comparePartialDates('2021', '2021-05')).toBe(0);
    expect(comparePartialDates('2020-12', '2021')).toBeLessThan(0);
    expect(comparePartialDates('2021-05-02', '2021-05-01')).toBeGreaterThan(0);
  });

  it('count whole years only when the precision decides it', () => {
    expect(fullYearsBetween('2000-06-15', '2020-06-14')).toBe(19);
    expect(fullYearsBetween('2000-06-15', '2020-06-15')).toBe(20);
    expect(fullYearsBetween('2000-06', '2020-07')).toBe(20);
    expect(fullYearsBetween('2000', '2020-07-01')).toBeUndefined();
    expect(ageAtRegistration({ registrationDate: '2020-01-01', person: { birthDate: '2000' } })).toBeUndefined();
  });

  it('derive bands only at export, consistently with majority', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (age) => {
        const band = ageBandOf(age);
        expect(majorityOf(age) === 'Minor').toBe(band === '0--8' || band === '9--17');
      }),
    );
    expect(durationBandOf(12)).toBe('0--12');
    expect(durationBandOf(13)).toBe('13--24');
    expect(durationBandOf(25)).toBe('25+');
  });
});
