// In a real browser: subscribe from a digest page, confirm through the link in the
// outbox (/dev/mail), then unsubscribe from the preferences page; and the kinder flow of
// issue 13: a mistyped address gets a sentence, not a field key, and "Delete my data" asks on
// a second page before anything is deleted. One file, so the browser tests start one server.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./browser";

const live = useServerAndBrowser();

async function heading(page: Page) {
  return (await page.locator("h1").first().textContent())?.trim();
}

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

describe("subscribing in a browser", () => {
  it("subscribes from a digest page, confirms from /dev/mail, and unsubscribes in the preferences", async () => {
    const email = `e2e.${Date.now()}@example.org`;
    const page = await live.browser.newPage();
    // Every response the page causes should succeed.
    const failures: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));

    await page.goto(`${live.server.url}/digests/putin-offer-to-negotiate`);
    const form = page.locator("form.subscribe");
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("How often").selectOption("daily");
    await form.getByRole("button", { name: "Subscribe" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("Check your inbox");
    expect(await page.locator("main").textContent()).toContain(email);

    // The mail is sent after the response; linkInMail reloads the outbox until it is there.
    const confirmHref = await linkInMail(page, email, "confirm");
    await page.locator(`a[href="${confirmHref}"]`).first().click();
    expect(await heading(page)).toBe("Confirm your subscription");
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("You are subscribed");

    await page.getByRole("link", { name: "your preferences" }).click();
    expect(await heading(page)).toBe("Your subscription");
    await expect.poll(() => page.locator("main").textContent()).toContain("receives the daily summary");
    await page
      .locator("form.action", { has: page.locator('input[value="unsubscribe"]') })
      .getByRole("button", { name: "Unsubscribe" })
      .click();
    await page.waitForLoadState();
    expect(await page.getByRole("status").textContent()).toContain("You are unsubscribed");
    expect(await page.locator("main").textContent()).toContain("unsubscribed: no mail is sent here.");

    // The outbox as JSON agrees: one confirmation, with the RFC 8058 headers.
    const outbox = (await (await fetch(`${live.server.url}/dev/mail.json?to=${encodeURIComponent(email)}`)).json()) as {
      messages: { subject: string; headers: Record<string, string> }[];
    };
    expect(outbox.messages.map((m) => m.subject)).toEqual(["Confirm your Standpoint subscription"]);
    expect(outbox.messages[0]!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(failures).toEqual([]);
  });
});

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
