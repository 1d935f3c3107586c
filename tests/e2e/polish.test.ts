// What issue 13 added, in a browser: the /feeds page (reached from the nav), and a digest in
// excerpts mode with its source (tests/e2e/content/bridge-excerpts, built beside content/).
import { spawnSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { axeViolations, openPage, useServerAndBrowser } from "./browser";

// wrangler dev runs the build itself; it inherits this, so the test article is served too.
process.env.CONTENT_DIRS = "content:tests/e2e/content";
const live = useServerAndBrowser();
afterAll(() => {
  // Leave src/generated as every other run expects it: content/ only.
  const { CONTENT_DIRS: _, ...env } = process.env;
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-content.ts"], { env, stdio: "ignore" });
});

const open = (path: string, options: Parameters<Browser["newContext"]>[0] = {}) => openPage(live, path, options);

describe("the /feeds page", () => {
  it("is where the nav's Feeds link leads, and lists the three feeds", async () => {
    const { context, page } = await open("/digests/putin-offer-to-negotiate");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Feeds" }).click();
    await page.waitForURL(/\/feeds$/);
    expect(await page.locator("h1").textContent()).toBe("Follow Standpoint in a feed reader");
    const addresses = await page.locator("main li code").allTextContents();
    expect(addresses).toEqual(["/feed.xml", "/atom.xml", "/feed.json"].map((p) => `${live.server.url}${p}`));
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations in ${colorScheme} mode`, async () => {
      const { context, page, problems } = await open("/feeds", { colorScheme, bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe("a digest in excerpts mode, with its source", () => {
  const PATH = "/digests/bridge-excerpts";

  it("shows only the quoted paragraphs, a mark for each gap, and links the original", async () => {
    const { context, page } = await open(PATH);
    const text = page.locator("section:has(h2#text)");
    expect(await page.locator("h2#text").textContent()).toBe("Excerpts of the article");
    expect(await text.locator(".text p:not(.gap)").count()).toBe(2);
    expect(await text.locator(".gap").allTextContents()).toEqual(["[…] 1 paragraph left out", "[…] 1 paragraph left out"]);
    const body = (await page.locator("body").textContent()) ?? "";
    expect(body).not.toContain("Traffic on the old crossing");
    expect(body).not.toContain("The vote is expected next spring");
    expect(body).toContain("Digest of Bridge plan splits the council, The Example Times, by A. Writer, published 2026-01-01.");
    expect(await page.getByRole("link", { name: "Read the original" }).getAttribute("href")).toBe("https://news.example/bridge");
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations in ${colorScheme} mode`, async () => {
      const { context, page, problems } = await open(PATH, { colorScheme, bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("fits 320 px", async () => {
    const { context, page } = await open(PATH, { viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });
});
