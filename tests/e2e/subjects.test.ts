// Actor and topic pages in a browser: reached from the digest page by clicking a name or a
// topic, a quote's link landing on its words in the article, and no axe violations.
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openPage, useServerAndBrowser } from "./browser";

const live = useServerAndBrowser();
const open = (path: string, options: Parameters<Browser["newContext"]>[0] = {}) => openPage(live, path, options);
const SEED = "/digests/putin-offer-to-negotiate";

describe("from the digest page to an actor and a topic", () => {
  it("clicking an actor's name opens their page; a quote's link returns to its words in the article", async () => {
    const { context, page } = await open(SEED);
    await page.locator("#name-vladimir-putin").getByRole("link", { name: "Vladimir Putin" }).click();
    await page.waitForURL(/\/actors\/vladimir-putin$/);
    expect(await page.locator("h1").textContent()).toBe("Vladimir Putin");
    expect(await page.locator("main blockquote").count()).toBeGreaterThan(0);
    await page.locator("main figcaption a").first().click();
    await page.waitForURL(/\/digests\/putin-offer-to-negotiate#t-/);
    const target = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
    await context.close();
  });

  it("clicking a topic opens the topic's page, which lists the digest", async () => {
    const { context, page } = await open(SEED);
    await page.getByRole("link", { name: "The war in Ukraine" }).click();
    await page.waitForURL(/\/topics\/ukraine-war$/);
    expect(await page.locator("h1").textContent()).toBe("The war in Ukraine");
    expect(await page.locator(`main ol a[href="${SEED}"]`).count()).toBe(1);
    await context.close();
  });
});

describe("actor and topic pages are accessible", () => {
  for (const path of ["/actors/vladimir-putin", "/topics/ukraine-war", "/topics/climate", "/actors", "/topics"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${path} has no axe violations in ${colorScheme} mode`, async () => {
        const { context, page, problems } = await open(path, { colorScheme, bypassCSP: true });
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it("the actor page fits 320 px", async () => {
    const { context, page } = await open("/actors/vladimir-putin", { viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });
});
