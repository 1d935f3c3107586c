import { applyD1Migrations, env } from "cloudflare:test";
import { inject } from "vitest";
import { putDigest } from "../src/digest/store";

// Idempotent: applyD1Migrations skips migrations already recorded.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
// The articles of content/ (tests/content-fixtures.ts), stored with the statements the admin
// API and `npm run dev`'s seed use; an article already stored unchanged is left as it is.
for (const digest of inject("contentDigests")) await putDigest(env.DB, digest, "published", "fixtures:content/");
