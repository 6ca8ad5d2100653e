import { defineProject } from 'vitest/config';

export default defineProject({
  // Vitest's node environment resolves through Vite's SSR resolver, so the source
  // condition must be set there (research/monorepo.md §2.7).
  ssr: { resolve: { conditions: ['@iom/source', 'module', 'node'] } },
  resolve: { conditions: ['@iom/source', 'module', 'node'] },
  test: {
    // Linearity and property tests read up to 1 MB; CI machines are shared and run packages in parallel.
    testTimeout: 120_000,
    name: 'core',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
