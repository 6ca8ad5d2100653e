import { readFileSync } from 'node:fs';
import type { PressRelease } from '../src/release.js';

/** Reads a JSON file relative to this package's root (test helper, outside `src` and the published files). */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));
}

/** The three example releases of `examples/press`. */
export function exampleReleases(): { fr: PressRelease; en: PressRelease; es: PressRelease } {
  return {
    fr: readJson('../../examples/press/release-fr.json') as PressRelease,
    en: readJson('../../examples/press/release-en.json') as PressRelease,
    es: readJson('../../examples/press/release-es.json') as PressRelease,
  };
}

/** The scraped French release of the corpus. */
export function corpusText(): string {
  return readFileSync(new URL('../test-fixtures/iom-ecuador-trafficking-release-fr.txt', import.meta.url), 'utf8');
}
