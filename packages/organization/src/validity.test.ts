import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePoints, isOutOfOrder, isValidAt, nextDay, overlaps } from './validity.js';

describe('validity', () => {
  it('includes both ends', () => {
    const range = { validFrom: '2020-01-01', validUntil: '2020-12-31' };
    expect(isValidAt(range, '2020-01-01')).toBe(true);
    expect(isValidAt(range, '2020-12-31')).toBe(true);
    expect(isValidAt(range, '2021-01-01')).toBe(false);
    expect(isValidAt(range, '2019-12-31')).toBe(false);
    expect(isValidAt({}, '1900-05-05')).toBe(true);
  });

  it('steps to the next calendar day across months, years and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
    expect(nextDay('2023-12-31')).toBe('2024-01-01');
    expect(nextDay('9999-12-31')).toBeUndefined();
  });

  it('gives the day after every date, asked once or again (answers are remembered)', () => {
    const dates = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (date) => {
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        const expected = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
        expect(nextDay(date)).toBe(expected);
        expect(nextDay(date)).toBe(expected);
      }),
    );
  });

  it('lists the change points sorted and unique', () => {
    expect(
      changePoints([
        { validFrom: '2024-01-01' },
        { validUntil: '2023-12-31' },
        { validFrom: '2011-07-01', validUntil: '2023-12-31' },
      ]),
    ).toEqual(['0000-01-01', '2011-07-01', '2024-01-01']);
  });

  it('detects overlap and order', () => {
    expect(overlaps({ validUntil: '2023-09-30' }, { validFrom: '2023-10-01' })).toBe(false);
    expect(overlaps({ validUntil: '2023-10-01' }, { validFrom: '2023-10-01' })).toBe(true);
    expect(isOutOfOrder({ validFrom: '2024-01-02', validUntil: '2024-01-01' })).toBe(true);
    expect(isOutOfOrder({ validFrom: '2024-01-01', validUntil: '2024-01-01' })).toBe(false);
  });

  it('agrees with a day-by-day check: validity only changes at change points', () => {
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2001-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const range = fc
      .record({ validFrom: fc.option(day, { nil: undefined }), validUntil: fc.option(day, { nil: undefined }) })
      .map((r) => {
        const out: { validFrom?: string; validUntil?: string } = {};
        if (r.validFrom !== undefined) out.validFrom = r.validFrom;
        if (r.validUntil !== undefined) out.validUntil = r.validUntil;
        return out;
      });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), day, (ranges, date) => {
        const points = changePoints(ranges);
        const last = points.filter((point) => point <= date).at(-1) ?? '0000-01-01';
        // The state at `date` equals the state at the last change point at or before it.
        for (const r of ranges) expect(isValidAt(r, date)).toBe(isValidAt(r, last));
      }),
    );
  });
});
