import { defineConfig } from 'vitest/config';
export default defineConfig({
    test: {
        include: ['test/corpus/**/*.test.ts'],
        globalSetup: ['test/support/setup.ts'],
        testTimeout: 120_000,
        hookTimeout: 120_000,
    },
});
