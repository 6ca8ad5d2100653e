import { describe, expect, it } from 'vitest';
import { detectNinjsVersion } from './version.js';

describe('detectNinjsVersion', () => {
  it('reads standard.version first, 1.x as 2.2', () => {
    expect(detectNinjsVersion({ standard: { version: '3.0' }, firstcreated: 'x' })).toBe('3.1');
    expect(detectNinjsVersion({ standard: { version: '2.1' }, firstCreated: 'x' })).toBe('2.2');
    expect(detectNinjsVersion({ standard: { version: '1.5' } })).toBe('2.2');
  });

  it('else tells the version by how properties are spelled', () => {
    expect(detectNinjsVersion({ standard: { version: '4' }, embargoedUntil: 'x' })).toBe('3.1');
    expect(detectNinjsVersion({ standard: 3, altids: [] })).toBe('2.2');
    expect(detectNinjsVersion({ versionCreated: 'x', versioncreated: 'x' })).toBe('3.1');
  });

  it('gives undefined when nothing tells', () => {
    expect(detectNinjsVersion({})).toBeUndefined();
    expect(detectNinjsVersion({ uri: 'x', headlines: [], standard: { version: 'x' } })).toBeUndefined();
  });
});
