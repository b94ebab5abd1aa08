import { defineConfig } from 'vitest/config';
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/corpus/**', 'node_modules/**'],
        globalSetup: ['test/support/setup.ts'],
    },
});
