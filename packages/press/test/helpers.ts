import { readFileSync } from 'node:fs';
import { migrate } from '@iom/core';
import { pressReleaseKind } from '../src/kind.js';
import type { PressRelease } from '../src/release.js';
import type { PressReleaseV1 } from '../src/release-v1.js';

/** Reads a JSON file relative to this package's root (test helper, outside `src` and the published files). */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
}

/** The three example releases of `examples/press`, as written there: `iom.press-release@1`. */
export function exampleReleasesV1(): { fr: PressReleaseV1; en: PressReleaseV1; es: PressReleaseV1 } {
  return {
    fr: readJson('../../examples/press/release-fr.json') as PressReleaseV1,
    en: readJson('../../examples/press/release-en.json') as PressReleaseV1,
    es: readJson('../../examples/press/release-es.json') as PressReleaseV1,
  };
}

/** The three example releases of `examples/press`, migrated to the current version (`examples.test.ts` checks how). */
export function exampleReleases(): { fr: PressRelease; en: PressRelease; es: PressRelease } {
  const up = (release: PressReleaseV1): PressRelease => {
    const result = migrate(release, { to: pressReleaseKind });
    if (!result.success)
      throw new Error(`example release ${release.id} does not migrate: ${result.issues[0]?.message}`);
    return result.value;
  };
  const { fr, en, es } = exampleReleasesV1();
  return { fr: up(fr), en: up(en), es: up(es) };
}

/** The smallest valid release: the required fields only. */
export const minimalRelease: PressRelease = {
  id: 'urn:iom:press:test',
  kind: 'news',
  scope: 'global',
  language: 'en',
  title: 'IOM welcomes new partners',
  body: ['Geneva – IOM welcomed new partners today.'],
};

/** The scraped French release of the corpus. */
export function corpusText(): string {
  return readFileSync(new URL('./iom-ecuador-trafficking-release-fr.txt', import.meta.url), 'utf8');
}

/** `release` with every optional field of a release's own set (subtitle, summary, dateline, dates, source). */
export function fullRelease(release: PressRelease): PressRelease {
  return {
    ...release,
    subtitle: 'Colombia, Ecuador and Peru meet in Quito',
    summary: 'Three countries coordinate against trafficking.',
    dateline: { place: 'Quito', country: 'EC', date: '2024-06-12' },
    publishedAt: '2024-06-12T08:00:00-05:00',
    updatedAt: '2024-06-13T10:00:00-05:00',
    embargoUntil: '2024-06-12T07:00:00-05:00',
    source: { format: 'manual', url: 'https://www.iom.int/news/example' },
  };
}
