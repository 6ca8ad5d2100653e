#!/usr/bin/env node
// Finds the Chromium or Chrome that the docs-site browser test drives (playwright-core never downloads
// one). In order: $CHROME_PATH, the usual install paths, `chromium`/`google-chrome` on
// PATH. When none is there and this process may install Debian packages (root, apt-get present), it
// installs Debian's `chromium`; otherwise it stops at once with one line saying what to install.
// As a command: prints the executable's path (installing first if it must); exit 1 with that one line
// when it cannot. `--no-install` only looks. `npm test` runs it first, so a missing browser stops the
// run before the builds, not six minutes later.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Chromium or Chrome usually lives on Debian, Ubuntu, Fedora, Arch and macOS. */
const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** What to tell a person whose machine has no browser the test can use. */
export const MISSING_BROWSER =
  "docs:test needs Chromium or Chrome: install Debian's chromium (sudo apt-get install chromium), or set CHROME_PATH=/path/to/chrome";

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first executable browser named by `env` or found at the usual places; undefined when none. */
export function findBrowser(env = process.env) {
  const named = env.CHROME_PATH;
  if (named) return isExecutable(named) ? named : undefined;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [...USUAL_PATHS, ...COMMANDS.flatMap((command) => onPath.map((dir) => join(dir, command)))];
  return candidates.find(isExecutable);
}

const canInstall = () =>
  process.platform === 'linux' &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0 &&
  spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

/** The browser's path, installing Debian's chromium when none is found and `install` allows it. */
export function ensureBrowser({ env = process.env, install = true, log = console.error } = {}) {
  // A CHROME_PATH that names no executable is an error to report, not a reason to install another.
  const found = findBrowser(env);
  if (found !== undefined || env.CHROME_PATH) return found;
  if (!install || !canInstall()) return undefined;
  log("docs:test: no Chromium or Chrome found; installing Debian's chromium (apt-get install chromium)");
  const apt = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
  return findBrowser(env);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let path;
  try {
    path = ensureBrowser({ install: !process.argv.includes('--no-install') });
  } catch (error) {
    console.error(`docs:test: installing chromium failed (${error.message.split('\n')[0]})`);
  }
  if (path === undefined) {
    const { CHROME_PATH: named } = process.env;
    console.error(named ? `docs:test: CHROME_PATH=${named} is not an executable file` : MISSING_BROWSER);
    process.exit(1);
  }
  console.log(path);
}
