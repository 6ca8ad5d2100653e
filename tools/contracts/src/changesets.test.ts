import { describe, expect, it } from 'vitest';
import { isBreakingBump, namesRef, parseChangeset } from './changesets.js';

describe('changesets', () => {
  it('reads the bumps and the text of a changeset', () => {
    const text = `---\n"@iom/press": minor\n'@iom/core': patch\n---\n\nVersion 2: \`iom.press-release@2\`.\n`;
    expect(parseChangeset('a.md', text)).toEqual({
      file: 'a.md',
      bumps: { '@iom/press': 'minor', '@iom/core': 'patch' },
      body: '\nVersion 2: `iom.press-release@2`.\n',
    });
    expect(parseChangeset('README.md', '# Changesets\n')).toBeUndefined();
  });

  it('takes a major bump, or a minor one below 1.0.0, as breaking', () => {
    expect(isBreakingBump('major', '1.2.0')).toBe(true);
    expect(isBreakingBump('minor', '0.1.0')).toBe(true);
    expect(isBreakingBump('minor', '1.2.0')).toBe(false);
    expect(isBreakingBump('patch', '0.1.0')).toBe(false);
    expect(isBreakingBump(undefined, '0.1.0')).toBe(false);
  });

  it('finds a kind version named in a text, not a longer one', () => {
    expect(namesRef('adds iom.press-release@2.', 'iom.press-release@2')).toBe(true);
    expect(namesRef('adds iom.press-release@21', 'iom.press-release@2')).toBe(false);
    expect(namesRef('adds x.iom.press-release@2', 'iom.press-release@2')).toBe(false);
  });
});
