import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traffickingIssues } from './messages/index.js';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it('lists every issue code', () => {
    const missing = Object.keys(traffickingIssues.templates.en).filter((code) => !readme.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });
});
