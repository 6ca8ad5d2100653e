import { describe, expect, it } from 'vitest';
import type { ContactPoint } from './contact-point.js';
import { contactConverters } from './converters.js';
import { fromJCard, fromVCard } from './vcard/read.js';
import { toVCard } from './vcard/write.js';

const point: ContactPoint = {
  name: { full: 'Nadia Zelisko' },
  office: 'OIM Equateur',
  emails: ['nzelisko@iom.org.ec'],
};
const byName = (name: string) => {
  const found = contactConverters.find((converter) => converter.name === name);
  if (found === undefined) throw new Error(`no descriptor ${name}`);
  return found;
};

describe('contactConverters', () => {
  it('describes the four vCard and jCard converters', () => {
    expect(contactConverters.map((c) => c.name).sort()).toEqual(['fromJCard', 'fromVCard', 'toJCard', 'toVCard']);
  });

  it('runs the functions themselves: vCard and jCard there and back, issues in the locale given', () => {
    const context = { locale: 'fr' as const, options: {} };
    const vcard = byName('toVCard').run(point, context);
    expect(vcard).toEqual({ value: toVCard(point), issues: [] });
    expect(byName('fromVCard').run(vcard.value, context)).toEqual(fromVCard(String(vcard.value), { locale: 'fr' }));
    const jcard = byName('toJCard').run(point, context).value;
    expect(byName('fromJCard').run(jcard, context)).toEqual(fromJCard(jcard, { locale: 'fr' }));
    expect(byName('fromJCard').run([jcard, jcard], context).value).toHaveLength(2);
  });
});
