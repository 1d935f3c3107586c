// The Worker as tests reach it: its real fetch handler (through the pool's `exports`), and
// the environment exactly as the entry checks it (src/env.ts).
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { appEnv } from "../src/env";

/** The Worker's default export, called like the platform calls it. */
export const worker = exports.default;

/** The checked environment the handlers see, from the bindings vitest.config.ts sets. */
export const testEnv = appEnv(env);
