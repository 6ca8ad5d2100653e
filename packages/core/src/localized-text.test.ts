import { describe, expect, it } from 'vitest';
import { formatIssues } from './format-issues.js';
import { LocalizedText, localize } from './localized-text.js';

describe('LocalizedText', () => {
  it('needs at least one language', () => {
    expect(LocalizedText.safeParse({ fr: 'Chef de mission' }).success).toBe(true);
    const empty = LocalizedText.safeParse({});
    expect(empty.success ? [] : formatIssues(empty.error, 'en')).toEqual([
      {
        path: [],
        code: 'localized_text_empty',
        message: 'Give the text in at least one of English, French or Spanish',
      },
    ]);
    expect(LocalizedText.safeParse({ en: '  ' }).success).toBe(false);
    expect(LocalizedText.safeParse({ de: 'Missionschef' }).success).toBe(false);
  });
});

describe('localize', () => {
  const text = { en: 'Chief of Mission', fr: 'Chef de mission', es: 'Jefe de Misión' };

  it('gives the requested language', () => {
    expect(localize(text, 'es')).toBe('Jefe de Misión');
  });

  it('falls back to English, then French, then Spanish', () => {
    expect(localize({ en: 'A', fr: 'B' }, 'es')).toBe('A');
    expect(localize({ fr: 'B', es: 'C' }, 'en')).toBe('B');
    expect(localize({ es: 'C' }, 'fr')).toBe('C');
    expect(localize({}, 'fr')).toBeUndefined();
  });
});
