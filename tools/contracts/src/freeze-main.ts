// The freeze script's body, bundled and run by `freeze.mjs` (Node 20 runs no TypeScript by itself).
import { freezeContracts } from './freeze.js';

/** Runs the freeze on the repository at `root` and prints what it did; returns the exit code. */
export function run(root: string): number {
  const { written, problems } = freezeContracts(root);
  for (const problem of problems) console.error(`contracts: ${problem.message}`);
  if (problems.length > 0) {
    console.error('contracts: nothing written.');
    return 1;
  }
  for (const file of written) console.log(`contracts: wrote ${file.slice(root.length + 1)}`);
  if (written.length === 0) console.log('contracts: every contract is frozen as it is.');
  return 0;
}
