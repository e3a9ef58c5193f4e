import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Kept under tests/ so the project's top level holds only what the layout names.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  // The unit tests reach into the hosts' shadow roots like the e2e suites, which build with ARXIV_LENS_OPEN_ROOTS=1.
  define: { 'import.meta.env.ARXIV_LENS_OPEN_ROOTS': 'true' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      ...(['chromium', 'firefox'] as const).map((browser) => ({
        extends: true as const,
        test: {
          name: `e2e-${browser}`,
          include: ['tests/e2e/**/*.test.ts'],
          // Scenarios that reach into Chromium's service worker run there only (see those files).
          exclude: browser === 'firefox' ? ['tests/e2e/**/*.chromium.test.ts'] : [],
          env: { E2E_BROWSER: browser },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machines have two cores.
          fileParallelism: false,
        },
      })),
    ],
  },
});
