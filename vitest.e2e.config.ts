import { defineConfig } from "vitest/config";

// The browser end-to-end tests: Node (not workerd) drives headless Chromium against a
// `wrangler dev` that the test starts and stops itself. Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    // One file at a time: each starts a wrangler dev whose build writes src/generated/, and
    // tests/e2e/polish.test.ts builds it with extra articles.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
