import { Email } from '@iom/contact';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContactDetail } from './contact-info.js';

describe('readContactDetail', () => {
  it('reads an email by its type or by an @, without its mailto: prefix', () => {
    expect(readContactDetail({ type: 'E-mail', value: ' media@iom.int ' }, 'en')).toEqual({ email: 'media@iom.int' });
    expect(readContactDetail({ value: 'MAILTO:media@iom.int' }, 'en')).toEqual({ email: 'media@iom.int' });
    expect(readContactDetail({ type: 'email', value: '+41 22 717 91 11' }, 'en')).toBe('unreadable');
    expect(readContactDetail({ type: 'phone', value: 'media@' }, 'en')).toBe('unreadable');
  });

  it('reads a phone as E.164, keeping a numeric extension and a mobile or fax type', () => {
    expect(readContactDetail({ type: 'phone', value: '+593 2 244 4928;ext=12' }, 'en')).toEqual({
      phone: { e164: '+59322444928', extension: '12' },
    });
    expect(readContactDetail({ type: 'Mobile', value: '+41 79 123 45 67;ext=abc' }, 'en')).toEqual({
      phone: { e164: '+41791234567', type: 'mobile' },
    });
    expect(readContactDetail({ type: 'fax', value: '+41 22 717 91 11' }, 'fr')).toEqual({
      phone: { e164: '+41227179111', type: 'fax' },
    });
    expect(readContactDetail({ type: 'phone', value: 'call us' }, 'en')).toBe('unreadable');
  });

  it('gives undefined for an entry without a value', () => {
    expect(readContactDetail({ type: 'email' }, 'en')).toBeUndefined();
    expect(readContactDetail({ type: 'phone', value: '  ' }, 'en')).toBeUndefined();
    expect(readContactDetail({ value: 42 }, 'en')).toBeUndefined();
  });

  it('never throws, and an email it gives is a valid address', () => {
    fc.assert(
      fc.property(
        fc.record({ type: fc.oneof(fc.string(), fc.constantFrom('email', 'mobile', 'fax')), value: fc.anything() }),
        (entry) => {
          const detail = readContactDetail(entry, 'es');
          if (typeof detail === 'object' && 'email' in detail) expect(Email.validate(detail.email)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
