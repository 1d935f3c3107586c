import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Tests that touch no binding: the extractor, the content compiler, pure rendering helpers and
// the import rules. They still run in workerd, but share it (isolate: false) instead of paying a
// workerd start per file (about 6 s of wall time each on 2 cores). They get no D1 setup, so a
// test added here that reaches storage fails at once (no tables) instead of sharing state.
const PURE = [
  "tests/architecture.test.ts",
  "tests/content/**/*.test.ts",
  "tests/extract/**/*.test.ts",
  "tests/schedule/editions.test.ts",
  "tests/scripts/**/*.test.ts",
  "tests/web/escaping.test.ts",
  "tests/web/excerpts.test.ts",
];

// Tests run inside workerd with the bindings of wrangler.toml (real D1, queues,
// rate limiters), configured as `npm run dev` runs them: local development mode,
// mail into the D1 outbox. Migrations are applied by tests/setup.ts.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("migrations");
  const workers = () =>
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { APP_ENV: "development", MAIL_TRANSPORT: "outbox", SUMMARY_TRANSPORT: "outbox", TEST_MIGRATIONS: migrations },
      },
    });
  return {
    test: {
      projects: [
        {
          plugins: [workers()],
          test: {
            name: "bindings",
            include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
            exclude: ["tests/e2e/**", ...PURE],
            // The default isolation: a fresh workerd, with fresh storage, for every file.
            setupFiles: ["./tests/setup.ts"],
            // content/ compiled in Node and stored in D1 by tests/setup.ts; a local stand-in for
            // Resend's HTTP API and its limits (tests/mail), reached at inject("resendStandIn").
            globalSetup: ["./tests/content-fixtures.ts", "./tests/mail/resend-stand-in.setup.ts"],
          },
        },
        { plugins: [workers()], test: { name: "pure", include: PURE, isolate: false } },
      ],
    },
  };
});
