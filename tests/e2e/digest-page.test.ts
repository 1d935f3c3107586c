// The digest page as readers meet it: accessible (axe-core, WCAG 2.2 AA rules) in light
// and dark mode, usable at 320 px and with the keyboard, quotes linked both ways, and a
// print style that drops the chrome.
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, openPage, useServerAndBrowser } from "./browser";

const PATH = "/digests/putin-offer-to-negotiate";
const live = useServerAndBrowser();

const open = (options: Parameters<Browser["newContext"]>[0] = {}) => openPage(live, PATH, options);

describe("the digest page in a browser", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations in ${colorScheme} mode`, async () => {
      // The page's CSP forbids all script; only the audit's injected script needs the bypass.
      const { context, page, problems } = await open({ colorScheme, bypassCSP: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const { context, page } = await open({ viewport: { width: 320, height: 640 } });
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  it("runs no script and reports no CSP violation", async () => {
    const { context, page, problems } = await open();
    expect(await page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("works with the keyboard: skip link first, quote to its place in the text and back", async () => {
    const { context, page } = await open();
    // page.url() is updated from the browser's navigation events, which can arrive after the key
    // press returns: the hash is polled, not read once (a single read failed once in CI).
    const hash = () => new URL(page.url()).hash;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(hash).toBe("#main");

    const context_link = page.locator("figure:has(blockquote) figcaption a").first();
    const target = (await context_link.getAttribute("href"))!;
    await context_link.focus();
    await page.keyboard.press("Enter");
    await expect.poll(hash).toBe(target);
    const back = page.locator(target);
    await expect.poll(() => back.isVisible()).toBe(true);
    expect(await back.evaluate((a) => a.nextElementSibling?.tagName)).toBe("MARK");

    await back.focus();
    await page.keyboard.press("Enter");
    await expect.poll(hash).toBe(target.replace("#t-", "#c-"));
    await context.close();
  });

  it("prints without navigation or the subscribe form", async () => {
    const { context, page } = await open();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.site nav").isVisible()).toBe(false);
    expect(await page.locator("form.subscribe").first().isVisible()).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    await context.close();
  });
});
