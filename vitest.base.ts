import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

/**
 * The test setup of every package, as tsup.base.ts is its build: sources of sibling packages through the
 * `@iom/source` condition, unit and property tests in `src/**\/*.test.ts`, type tests in
 * `src/**\/*.test-d.ts`. `overrides.test` is merged into the shared `test` options.
 */
export function packageTests(name: string, overrides: UserWorkspaceConfig = {}): UserWorkspaceConfig {
  const conditions = ['@iom/source', 'module', 'node'];
  return defineProject({
    ...overrides,
    // Vitest's node environment resolves through Vite's SSR resolver, so the source condition must be
    // set there as well as in `resolve`.
    ssr: { resolve: { conditions } },
    resolve: { conditions },
    test: {
      name,
      environment: 'node',
      // Linearity and property tests read up to 1 MB; CI machines are shared and run two packages at a time.
      testTimeout: 120_000,
      include: ['src/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
      ...overrides.test,
    },
  });
}
