import { defineProject } from 'vitest/config';

export default defineProject({
  // Vitest's node environment resolves through Vite's SSR resolver, so the source
  // condition must be set there (research/monorepo.md §2.7).
  ssr: { resolve: { conditions: ['@iom/source', 'module', 'node'] } },
  resolve: { conditions: ['@iom/source', 'module', 'node'] },
  test: {
    name: 'bench-robustness',
    environment: 'node',
    include: ['robustness/**/*.test.ts'],
    testTimeout: 120_000,
    // One file at a time: the linear-time checks compare a 1 MB input with a 64 kB one, and a second
    // worker beside them slows the large input more than the small one (memory bandwidth, caches).
    // The files ran no faster side by side anyway (88 s side by side, 83 s of tests in all).
    fileParallelism: false,
  },
});
