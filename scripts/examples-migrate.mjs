#!/usr/bin/env node
// The second half of `npm run examples`: the bundled iom.press-release@1 examples go up to @2 and back down
// with the `iom migrate` command itself (built), into .tmp/examples/, and must come back as the files are
// written. Prints what the command reports; exits 1 if a file differs or the command fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const examples = join(root, 'examples', 'press');
const out = join(root, '.tmp', 'examples');
rmSync(out, { recursive: true, force: true });

const iom = (...args) => {
  // Paths relative to the root, as a person would type them (the command runs there).
  const shown = args.map((arg) => (arg.startsWith(root) ? relative(root, arg) : arg));
  console.log(`$ iom ${shown.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...shown], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

iom('migrate', '--to', 'iom.press-release@2', examples, '--out', join(out, 'press-v2'));
iom('validate', join(out, 'press-v2'));
iom('migrate', '--to', 'iom.press-release@1', join(out, 'press-v2'), '--out', join(out, 'press-v1'));
let differ = 0;
for (const name of readdirSync(examples).sort()) {
  const same = readFileSync(join(examples, name), 'utf8') === readFileSync(join(out, 'press-v1', name), 'utf8');
  if (!same) differ++;
  console.log(
    `examples/press/${name}: ${same ? 'up to @2 and back down to @1, the same file' : 'DIFFERS after the round trip'}`,
  );
}
process.exit(differ === 0 ? 0 : 1);
