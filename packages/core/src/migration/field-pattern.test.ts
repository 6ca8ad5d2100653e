import { describe, expect, it } from 'vitest';
import { dotted, fieldSlots, parseFieldPattern, setSlot, slotHas, slotValue } from './field-pattern.js';

describe('parseFieldPattern', () => {
  it('splits a dotted pattern into property names and *', () => {
    expect(parseFieldPattern('quotes.*.speaker.name')).toEqual(['quotes', '*', 'speaker', 'name']);
    expect(parseFieldPattern('$kind')).toEqual(['$kind']);
  });

  it('refuses empty segments, other characters and prototype names', () => {
    for (const pattern of ['', 'a..b', '.a', 'a.', 'a b', 'a[0]', '__proto__', 'a.constructor', 'a.prototype']) {
      expect(() => parseFieldPattern(pattern), pattern).toThrow(TypeError);
    }
  });
});

describe('fieldSlots', () => {
  const payload = {
    title: 'T',
    quotes: [{ speaker: { name: 'A' } }, { speaker: {} }, { speaker: 'not an object' }, 'not an object'],
    topics: ['a', 'b'],
  };

  it('finds every place a pattern names, present or not, with its path', () => {
    const slots = fieldSlots(payload, parseFieldPattern('quotes.*.speaker.name'));
    expect(slots.map((slot) => [slot.path, slotHas(slot)])).toEqual([
      [['quotes', 0, 'speaker', 'name'], true],
      [['quotes', 1, 'speaker', 'name'], false],
    ]);
    expect(slotValue(slots[0] as never)).toBe('A');
  });

  it('names list items with a final *', () => {
    const slots = fieldSlots(payload, parseFieldPattern('topics.*'));
    expect(slots.map((slot) => slot.path)).toEqual([
      ['topics', 0],
      ['topics', 1],
    ]);
  });

  it('leaves payloads of another shape alone', () => {
    expect(fieldSlots(null, ['a'])).toEqual([]);
    expect(fieldSlots([], ['a'])).toEqual([]);
    expect(fieldSlots({ a: 'text' }, ['a', '*'])).toEqual([]);
    expect(fieldSlots({ a: [1] }, ['a', 'b'])).toEqual([]);
    expect(fieldSlots({}, ['a', 'b'])).toEqual([]);
  });

  it('writes own properties, even under names an object inherits', () => {
    const holder: Record<string, unknown> = {};
    setSlot({ holder, key: 'toString', path: ['toString'] }, 1);
    expect(Object.hasOwn(holder, 'toString')).toBe(true);
  });

  it('writes paths with dots for messages', () => {
    expect(dotted(['quotes', 0, 'text'])).toBe('quotes.0.text');
    expect(dotted([])).toBe('(root)');
  });
});
