import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from './format-date.js';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDate', () => {
  it('writes each style the way each language does', () => {
    expect(formatDate('2023-10-01', 'en', 'long')).toBe('1 October 2023');
    expect(formatDate('2023-10-01', 'fr', 'long')).toBe('1 octobre 2023');
    expect(formatDate('2023-10-01', 'es', 'long')).toBe('1 de octubre de 2023');
    expect(formatDate('2024-01-01', 'fr', 'full')).toBe('lundi 1 janvier 2024');
    expect(formatDate('2024-01-01', 'es', 'full')).toBe('lunes, 1 de enero de 2024');
    expect(formatDate('2024-01-01', 'en', 'full')).toBe('Monday, 1 January 2024');
    expect(formatDate('2024-01-05', 'en', 'short')).toBe('05/01/2024');
  });

  it('never shifts a date-only value, whatever the machine’s zone', () => {
    for (const zone of ['America/Guayaquil', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = zone;
      expect(formatDate('2008-06-12', 'en')).toBe('12 June 2008');
    }
  });

  it('handles years before 100 without reading them as the 1900s', () => {
    expect(formatDate('0050-03-01', 'en')).toBe('1 March 0050');
  });

  it('shows a date-time in UTC by default and in a given zone on request', () => {
    expect(formatDate('2024-05-15T02:30:00Z', 'en')).toBe('15 May 2024');
    expect(formatDate('2024-05-15T02:30:00Z', 'en', 'long', { timeZone: 'America/Guayaquil' })).toBe('14 May 2024');
    expect(formatDate('2024-05-15T02:30:00Z', 'fr', 'long', { timeZone: 'Europe/Paris', time: true })).toBe(
      '15 mai 2024 à 04:30',
    );
  });

  it('refuses what is not a date with a RangeError', () => {
    expect(() => formatDate('2023-02-30', 'en')).toThrow(RangeError);
    expect(() => formatDate('yesterday', 'en')).toThrow(RangeError);
  });
});
