// In a real browser, the kinder subscribe flow of issue 13: a mistyped address gets a sentence,
// not a field key, and "Delete my data" asks on a second page before anything is deleted.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./browser";

const live = useServerAndBrowser();

const heading = async (page: Page) => (await page.locator("h1").first().textContent())?.trim();
const mainText = async (page: Page) => (await page.locator("main").textContent()) ?? "";

/** The newest link of `kind` (confirm, preferences) in the outbox's mail to `email`, polling until it is sent. */
async function linkInMail(page: Page, email: string, kind: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.goto(`${live.server.url}/dev/mail`);
    const mail = page.locator("section.mail", { hasText: email }).first();
    if (await mail.count()) {
      const href = await mail.locator(`a[href*="/subscriptions/${kind}/"]`).first().getAttribute("href");
      if (href) return href;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no ${kind} link mailed to ${email}`);
}

describe("the kinder subscribe flow in a browser", () => {
  it("answers an address the browser lets through, but no mail can reach, with a sentence", async () => {
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/subscriptions`);
    const form = page.locator("form.subscribe");
    // The browser's own check (type=email) stops "nobody at example"; "someone@example" passes it.
    await form.getByLabel("Email address").fill("someone@example");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await page.waitForLoadState();
    const text = await mainText(page);
    expect(text).toContain("That does not look like an email address");
    expect(text).not.toMatch(/\bemail:|Bad request/);
    expect(await heading(page)).not.toBe("Bad request");
  });

  it("asks before deleting: the first press deletes nothing, the second does", async () => {
    const email = `e2e.erase.${Date.now()}@example.org`;
    const page = await live.browser.newPage();
    await page.goto(`${live.server.url}/subscriptions`);
    const form = page.locator("form.subscribe");
    await form.getByLabel("Email address").fill(email);
    await form.getByRole("button", { name: "Subscribe" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("Check your inbox");

    const preferences = await linkInMail(page, email, "preferences");
    await page.goto(preferences);
    await page.getByRole("button", { name: "Delete my data…" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("Delete your data?");
    expect(await mainText(page)).toContain(email);

    // Changing one's mind: the subscription is still there.
    await page.getByRole("link", { name: "No, keep my subscription" }).click();
    expect(await heading(page)).toBe("Your subscription");
    expect(await mainText(page)).toContain(email);

    await page.getByRole("button", { name: "Delete my data…" }).click();
    await page.getByRole("button", { name: "Yes, delete my data" }).click();
    await page.waitForLoadState();
    expect(await mainText(page)).toContain("Your data is deleted");
    // The link from the email no longer opens anything.
    const after = await page.goto(preferences);
    expect(after!.status()).toBeGreaterThanOrEqual(400);
  });
});
