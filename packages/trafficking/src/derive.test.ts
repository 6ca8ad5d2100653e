import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAtRegistration, ageBandOf, durationBandOf, majorityOf } from './derive.js';

describe('derived values', () => {
  it('give an age at registration only when the dates decide it', () => {
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
