import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// scripts/find-browser.mjs, run as npm test runs it (a command), with --no-install so that no test
// ever installs a package.
const script = resolve(import.meta.dirname, '../../../scripts/find-browser.mjs');
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [script, '--no-install'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });

describe('scripts/find-browser.mjs', () => {
  it('takes the browser CHROME_PATH names, and prints its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iom-browser-'));
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    const result = run({ CHROME_PATH: fake });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(fake);
  });

  it('stops with one line when CHROME_PATH names no executable file', () => {
    const result = run({ CHROME_PATH: '/nonexistent/chrome' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'docs:test: CHROME_PATH=/nonexistent/chrome is not an executable file',
    ]);
  });

  it('finds a browser on PATH, or says in one line what to install', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iom-browser-path-'));
    writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\n');
    chmodSync(join(dir, 'google-chrome'), 0o755);
    const found = run({ PATH: `${dir}:${process.env.PATH ?? ''}` });
    expect(found.status).toBe(0);
    // A browser at one of the usual paths comes first; otherwise the one on PATH is found.
    expect(found.stdout.trim()).toMatch(/chrom/i);
    const none = run({ PATH: '/nonexistent' });
    if (none.status === 0) {
      expect(execFileSync(none.stdout.trim(), ['--version'], { encoding: 'utf8' })).toMatch(/chrom/i);
    } else {
      expect(none.stderr.trim().split('\n')).toEqual([
        "docs:test needs Chromium or Chrome: install Debian's chromium (sudo apt-get install chromium), or set CHROME_PATH=/path/to/chrome",
      ]);
    }
  });
});
