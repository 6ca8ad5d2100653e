import { packageTests } from '../vitest.base.js';

// The robustness suite: one file at a time, so the 1 MB linear-time checks do not share the machine.
export default packageTests('bench-robustness', {
  test: { include: ['robustness/**/*.test.ts'], typecheck: { enabled: false }, fileParallelism: false },
});
