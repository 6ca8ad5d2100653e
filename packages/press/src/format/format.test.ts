import { describe, expect, it } from 'vitest';
import type { Quote } from '../model.js';
import { formatDateline } from './dateline.js';
import { formatQuoteAttribution } from './quote.js';

describe('formatDateline', () => {
  const dateline = { place: 'Quito', country: 'EC', date: '2024-06-12' };
  it('writes place, country, en dash and long date in each language', () => {
    expect(formatDateline(dateline, 'fr')).toBe('Quito, Équateur – 12 juin 2024');
    expect(formatDateline(dateline, 'en')).toBe('Quito, Ecuador – 12 June 2024');
    expect(formatDateline(dateline, 'es')).toBe('Quito, Ecuador – 12 de junio de 2024');
  });
  it('has a wire style with the place in capitals', () => {
    expect(formatDateline(dateline, 'en', { style: 'wire' })).toBe('QUITO, Ecuador – 12 June 2024');
    expect(formatDateline({ place: 'Genève', date: '2023-10-01' }, 'fr', { style: 'wire' })).toBe(
      'GENÈVE – 1 octobre 2023',
    );
  });
  it('writes a country-only dateline as older releases did, and drops parts on request', () => {
    expect(formatDateline({ country: 'EC' }, 'fr')).toBe('Équateur');
    expect(formatDateline({ country: 'BO', date: '2008-06-12' }, 'es')).toBe(
      'Bolivia (Estado Plurinacional de) – 12 de junio de 2008',
    );
    expect(formatDateline(dateline, 'fr', { country: false, date: false })).toBe('Quito');
  });
});

describe('formatQuoteAttribution', () => {
  const quote: Quote = {
    text: 'Il est essentiel de coordonner nos actions',
    speaker: { name: 'Alejandro Guidi', role: 'chef de mission de l’OIM en Équateur', organization: 'OIM' },
  };
  it('uses guillemets with no-break spaces in French', () => {
    expect(formatQuoteAttribution(quote, 'fr')).toBe(
      '«\u00a0Il est essentiel de coordonner nos actions\u00a0», a déclaré Alejandro Guidi, chef de mission de l’OIM en Équateur.',
    );
  });
  it('puts the comma inside curly quotes in English and names the organisation when the role does not', () => {
    const english: Quote = {
      text: 'We must act together.',
      speaker: { name: 'Amy Pope', role: 'Director General', organization: 'IOM' },
    };
    expect(formatQuoteAttribution(english, 'en')).toBe('“We must act together,” said Amy Pope, Director General, IOM.');
    expect(formatQuoteAttribution({ ...english, text: 'Why wait?' }, 'en')).toBe(
      '“Why wait?” said Amy Pope, Director General, IOM.',
    );
  });
  it('uses angular quotes without spaces in Spanish, or curly ones on request', () => {
    const spanish: Quote = { text: 'Es esencial coordinar', speaker: { name: 'Alejandro Guidi' } };
    expect(formatQuoteAttribution(spanish, 'es')).toBe('«Es esencial coordinar», afirmó Alejandro Guidi.');
    expect(formatQuoteAttribution(spanish, 'es', { spanishQuotes: 'curly', verb: 'dijo' })).toBe(
      '“Es esencial coordinar”, dijo Alejandro Guidi.',
    );
  });
});
