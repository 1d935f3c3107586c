// In a real browser: follow an actor from the actor's page (its FollowForm), confirm from
// /dev/mail, then receive a daily summary that holds only that actor's digests, while a second
// digest about other people (published the same day through the admin API) stays out of it.
// The actor page (/actors/:id) is built on the `actors` branch; this test needs both.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useServerAndBrowser } from "./browser";

const live = useServerAndBrowser();

// The admin token wrangler dev has in development (src/env.ts DEVELOPMENT_ADMIN_TOKEN); importing src/env.ts here would need the Worker's types.
const DEVELOPMENT_ADMIN_TOKEN = "standpoint-development-admin-token";

const OTHER = "bridge-vote-e2e";
const OTHER_TITLE = "The council votes on the bridge";
const SEED_TITLE = "Putin offers to negotiate";

/** The excerpts-mode bridge article of tests/e2e/content, published as of the seed's day. */
async function publishOtherDigest(site: string) {
  const dir = "tests/e2e/content/bridge-excerpts";
  const meta = JSON.parse(readFileSync(`${dir}/meta.json`, "utf8")) as object;
  const res = await fetch(`${site}/api/admin/digests/${OTHER}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${DEVELOPMENT_ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      article: readFileSync(`${dir}/article.txt`, "utf8"),
      meta: { ...meta, title: OTHER_TITLE, added: "2026-11-27" },
      positions: JSON.parse(readFileSync(`${dir}/positions.json`, "utf8")),
      status: "published",
    }),
  });
  expect(res.status).toBe(201);
}

type Mail = { subject: string; html: string; text: string };
async function mailTo(site: string, email: string, count: number): Promise<Mail[]> {
  for (let i = 0; i < 80; i++) {
    const outbox = (await (await fetch(`${site}/dev/mail.json?to=${encodeURIComponent(email)}`)).json()) as { messages: Mail[] };
    if (outbox.messages.length >= count) return outbox.messages;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`fewer than ${count} message(s) reached ${email}`);
}

async function heading(page: Page) {
  return (await page.locator("h1").first().textContent())?.trim();
}

describe("following an actor in a browser", () => {
  it("follows Vladimir Putin from his page, confirms, and gets a summary of only his digests", async () => {
    const site = live.server.url;
    const email = `e2e.follow.${Date.now()}@example.org`;
    await publishOtherDigest(site);
    const page = await live.browser.newPage();
    const failures: string[] = [];
    page.on("response", (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));

    await page.goto(`${site}/actors/vladimir-putin`);
    const form = page.locator("form.follow");
    await expect.poll(() => form.locator("h2").textContent()).toBe("Follow Vladimir Putin by email");
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel("How often").selectOption("daily");
    await form.getByRole("button", { name: "Follow Vladimir Putin" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("Check your inbox");

    // Confirm from the outbox: the confirm page says what is being confirmed, the follow included.
    const [confirmation] = await mailTo(site, email, 1);
    const confirmHref = /href="([^"]*\/subscriptions\/confirm\/[^"]+)"/.exec(confirmation!.html)![1]!.replace(/&amp;/g, "&");
    await page.goto(confirmHref);
    expect(await heading(page)).toBe("Confirm your subscription");
    expect(await page.locator("main").textContent()).toContain("only when it holds Vladimir Putin");
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await page.waitForLoadState();
    expect(await heading(page)).toBe("You are subscribed");

    // The preferences page shows the follow as a checked box.
    await page.getByRole("link", { name: "your preferences" }).click();
    expect(await page.getByRole("checkbox", { name: /Vladimir Putin/ }).isChecked()).toBe(true);

    // The daily edition of 2026-11-28 holds both digests of the 27th; this reader gets only Putin's.
    const cron = await fetch(
      `${site}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 7 * * *")}&time=${Date.parse("2026-11-28T07:00:00Z")}`,
    );
    expect(cron.ok).toBe(true);
    const [summary] = (await mailTo(site, email, 2)).filter((m) => m.subject !== "Confirm your Standpoint subscription");
    expect(summary!.subject).toContain("Putin");
    expect(summary!.html).toContain(SEED_TITLE);
    expect(summary!.html).not.toContain(OTHER_TITLE);
    expect(summary!.text).toContain("You follow Vladimir Putin");
    expect(failures).toEqual([]);
  });
});
