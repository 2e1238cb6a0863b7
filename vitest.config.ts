import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The real-editor suite drives code-server and Chromium; it has its own config (test:e2e).
        exclude: ['test/e2e/**', '**/node_modules/**'],
        globalSetup: ['test/global-setup.ts'],
        testTimeout: 60_000,
        hookTimeout: 120_000,
    },
});
