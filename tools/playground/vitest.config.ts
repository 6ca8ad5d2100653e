import { defineProject } from 'vitest/config';

export default defineProject({
  // The packages' sources, through the source condition, as in the packages' own tests.
  ssr: { resolve: { conditions: ['@iom/source', 'module', 'node'] } },
  resolve: { conditions: ['@iom/source', 'module', 'node'] },
  test: { name: 'playground', environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
