// The Worker as tests reach it: its real fetch handler (through the pool's `exports`), and
// the environment exactly as the entry checks it (src/env.ts).
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { beforeAll } from "vitest";
import { appEnv } from "../src/env";
import { loadExtractor } from "../src/extract/load";

/** The Worker's default export, called like the platform calls it. */
export const worker = exports.default;

/** The checked environment the handlers see, from the bindings vitest.config.ts sets. */
export const testEnv = appEnv(env);

/** How long the test runner may take to load the extractor: it transforms some eighty modules. */
const EXTRACTOR_LOAD_TIMEOUT_MS = 60_000;

/**
 * For a test file whose tests draft through the Worker: loads the extractor before them. The draft
 * routes load it on their first use (src/extract/load.ts), and the test runner transforms its
 * modules at that load, seconds on a loaded machine, which is no part of a draft's time.
 */
export function loadExtractorBeforeAll(): void {
  beforeAll(() => loadExtractor(), EXTRACTOR_LOAD_TIMEOUT_MS);
}
