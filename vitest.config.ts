import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests run inside workerd with the bindings of wrangler.toml (real D1, queues,
// rate limiters), configured as `npm run dev` runs them: local development mode,
// mail into the D1 outbox. Migrations are applied by tests/setup.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: { APP_ENV: "development", MAIL_TRANSPORT: "outbox", SUMMARY_TRANSPORT: "outbox", TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: {
      include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
      exclude: ["tests/e2e/**"],
      setupFiles: ["./tests/setup.ts"],
      // content/ compiled in Node and stored in D1 by tests/setup.ts; a local stand-in for
      // Resend's HTTP API and its limits (tests/mail), reached at inject("resendStandIn").
      globalSetup: ["./tests/content-fixtures.ts", "./tests/mail/resend-stand-in.setup.ts"],
    },
  };
});
