#!/usr/bin/env node
// Proves the turbo pipeline has no stale cache hits: a change to a dependency's source must change the
// hash of every dependent's typecheck and test tasks (they run on sources through the `@iom/source`
// condition, so only turbo's `transit` task ties them to their dependencies). Uses dry runs: nothing runs.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const probe = join(root, 'packages/core/src/locale.ts');

function hashes() {
  const out = execFileSync('npx', ['turbo', 'run', 'typecheck', 'test', '--dry=json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const plan = JSON.parse(out);
  // Only workspaces that declare a dependency on @iom/core (directly or through another @iom package).
  const dependsOnCore = (task) => {
    const json = JSON.parse(readFileSync(join(root, task.directory, 'package.json'), 'utf8'));
    const deps = { ...json.dependencies, ...json.devDependencies, ...json.peerDependencies };
    return Object.keys(deps).some((name) => name.startsWith('@iom/'));
  };
  return new Map(plan.tasks.filter(dependsOnCore).map((task) => [task.taskId, task.hash]));
}

const before = hashes();
const original = readFileSync(probe, 'utf8');
let after;
try {
  appendFileSync(probe, '\n// invalidation probe\n');
  after = hashes();
} finally {
  writeFileSync(probe, original);
}

const dependents = [...before.keys()].filter((id) => !id.startsWith('@iom/core#') && !id.startsWith('//'));
const stale = dependents.filter((id) => before.get(id) === after.get(id));
if (dependents.length === 0) throw new Error('no dependent tasks found');
if (stale.length > 0) {
  console.error(`stale cache: these tasks keep their hash after a change to @iom/core's source: ${stale.join(', ')}`);
  process.exit(1);
}
console.log(
  `turbo invalidation: all ${dependents.length} dependent typecheck/test tasks re-run after a change to @iom/core`,
);
