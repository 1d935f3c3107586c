// Debian's Chromium, headless, against a `wrangler dev` of the project, both started for a
// test file and stopped after it. The flags are the ones this sandbox needs: without the
// background-networking ones Chromium keeps dialing out through a closed network.
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
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

/** A fresh browser context on a page of the server, with every console error and page error collected. */
export async function openPage(
  live: { server: DevServer; browser: Browser },
  path: string,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await live.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${live.server.url}${path}`);
  return { context, page, problems };
}

/** axe-core's WCAG 2.2 AA and best-practice rules on the page, one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(" ")}`);
  });
}
