import { describe, expect, it } from 'vitest';
import { exampleReleases, fullRelease } from '../../test/helpers.js';
import type { PressRelease } from '../release.js';
import { NINJS_FIELDS } from './fields.js';
import { toNinjs } from './to-ninjs.js';

const { en } = exampleReleases();
/** The English example with every field set. */
const full: PressRelease = fullRelease(en);

/** Another value for each field a release must have, and for fields inside lists and objects. */
const OTHER: Readonly<Record<string, unknown>> = {
  id: 'urn:iom:press:another',
  kind: 'news',
  scope: 'global',
  language: 'es',
  title: 'Another headline',
  body: ['Another paragraph.'],
  'translations[].language': 'es',
  'translations[].id': 'urn:iom:press:another',
  'dateline.place': 'Guayaquil',
  'dateline.country': 'PE',
  'dateline.date': '2024-06-13',
  'quotes[].speaker.name': 'Someone Else',
  'quotes[].text': 'Other words.',
  'partners[].id': 'UNHCR',
  'partners[].role': 'participant',
  'source.url': 'https://www.iom.int/news/another',
  'source.format': 'legacy_text',
};

/** `release` with the field at `path` (the first element of a list) set to its other value, or removed. */
function changed(release: PressRelease, path: string): PressRelease {
  const copy = structuredClone(release) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const inner = parent[key.replace('[]', '')];
    parent = (key.endsWith('[]') ? (inner as unknown[])[0] : inner) as Record<string, unknown>;
  }
  const last = (keys.at(-1) as string).replace('[]', '');
  if (Object.hasOwn(OTHER, path)) parent[last] = OTHER[path];
  else delete parent[last];
  return copy as unknown as PressRelease;
}

describe('NINJS_FIELDS', () => {
  const written = toNinjs(full, { version: '3.1' }) as Record<string, unknown>;

  it.each(NINJS_FIELDS)('$path is written to $property', ({ path, property }) => {
    expect(written[property]).toBeDefined();
    const after = toNinjs(changed(full, path), { version: '3.1' }) as Record<string, unknown>;
    expect(after[property]).not.toEqual(written[property]);
  });

  it.each(['quotes[].text', 'dateline.date', 'source.format'])('%s is not carried', (path) => {
    expect(NINJS_FIELDS.some((field) => field.path === path)).toBe(false);
    expect(toNinjs(changed(full, path), { version: '3.1' })).toEqual(written);
  });
});
