import { defineConfig } from 'vitest/config';

// End-to-end suites (real VS Code via code-server + Chromium, browser worker, Neovim).
// Run with `npm run test:e2e`; they are slow and start external programs, so `npm test` skips them.
export default defineConfig({
    test: {
        include: ['test/e2e/**/*.e2e.ts'],
        testTimeout: 180_000,
        hookTimeout: 300_000,
        fileParallelism: false,
    },
});
