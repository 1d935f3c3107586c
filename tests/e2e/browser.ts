// Debian's Chromium, headless, against a `wrangler dev` of the project, both started for a
// test file and stopped after it. The flags are the ones this sandbox needs: without the
// background-networking ones Chromium keeps dialing out through a closed network.
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type DevServer, startDev } from "../../scripts/lib/wrangler-dev";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Registers the file's setup and teardown; the fields are set once beforeAll has run. */
export function useServerAndBrowser(): { server: DevServer; browser: Browser } {
  const live = {} as { server: DevServer; browser: Browser };
  beforeAll(async () => {
    live.server = await startDev();
    live.browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}
