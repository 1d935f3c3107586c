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
          bindings: { APP_ENV: "development", MAIL_TRANSPORT: "outbox", TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: {
      include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
      exclude: ["tests/e2e/**"],
      setupFiles: ["./tests/setup.ts"],
      // A local stand-in for Resend's HTTP API (tests/mail), reached at inject("resendStandIn").
      // content/ compiled in Node, stored in D1 by tests/setup.ts.
      globalSetup: ["./tests/content-fixtures.ts", "./tests/mail/resend-stand-in.ts", "./tests/schedule/provider-stand-in.ts"],
    },
  };
});
