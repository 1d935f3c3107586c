// In a real browser: subscribe from a digest page, confirm through the link in the
// outbox (/dev/mail), then unsubscribe from the preferences page.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./browser";

const live = useServerAndBrowser();

async function heading(page: Page) {
  return (await page.locator("h1").first().textContent())?.trim();
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

    // The mail is sent after the response; reload the outbox until it is there.
    let confirmHref: string | null = null;
    for (let i = 0; i < 40 && !confirmHref; i++) {
      await page.goto(`${live.server.url}/dev/mail`);
      const mail = page.locator("section.mail", { hasText: email }).first();
      if (await mail.count()) confirmHref = await mail.locator('a[href*="/subscriptions/confirm/"]').first().getAttribute("href");
      else await page.waitForTimeout(250);
    }
    expect(confirmHref).toBeTruthy();
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
