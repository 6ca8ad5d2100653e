#!/usr/bin/env node
// The second half of `npm run examples`: the bundled examples of version 1 of a kind (iom.press-release@1,
// iom.trafficking-case@1) go up to @2 and back down with the `iom migrate` command itself (built), into
// .tmp/examples/, and must come back as the files are written. Prints what the command reports; exits 1 if a
// file differs or the command fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const out = join(root, '.tmp', 'examples');
rmSync(out, { recursive: true, force: true });

const iom = (...args) => {
  // Paths relative to the root, as a person would type them (the command runs there).
  const shown = args.map((arg) => (arg.startsWith(root) ? relative(root, arg) : arg));
  console.log(`$ iom ${shown.join(' ')}`);
  const result = spawnSync(process.execPath, [bin, ...shown], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

let differ = 0;
for (const [folder, kind] of [
  ['press', 'iom.press-release'],
  ['trafficking', 'iom.trafficking-case'],
]) {
  const examples = join(root, 'examples', folder);
  const up = join(out, `${folder}-v2`);
  const down = join(out, `${folder}-v1`);
  iom('migrate', '--to', `${kind}@2`, examples, '--out', up);
  iom('validate', up);
  iom('migrate', '--to', `${kind}@1`, up, '--out', down);
  for (const name of readdirSync(examples).sort()) {
    const same = readFileSync(join(examples, name), 'utf8') === readFileSync(join(down, name), 'utf8');
    if (!same) differ++;
    console.log(
      `examples/${folder}/${name}: ${same ? 'up to @2 and back down to @1, the same file' : 'DIFFERS after the round trip'}`,
    );
  }
}
process.exit(differ === 0 ? 0 : 1);
