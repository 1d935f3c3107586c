// The subscribe flow in words a reader understands (issue 13, item 4): what was typed, who
// writes, where to look, when mail comes; errors without field keys; a delete that asks first;
// and a confirmation that does not claim the reader already subscribed.

import { describe, expect, it } from "vitest";
import { CRON_CADENCE } from "../../src/schedule/editions";
import { alreadySubscribedMessage } from "../../src/subscriptions/emails";
import { SENT_AT, type Subscriber } from "../../src/subscriptions/schema";
import wranglerToml from "../../wrangler.toml?raw";
import { testEnv, worker } from "../worker";
import { freshEmail, linksOf, mailTo, ORIGIN, postForm, stateOf, subscribeByForm } from "./helpers";

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("the answer to the subscribe form", () => {
  it.each(["daily", "weekly"] as const)("names the address, the sender, the spam folder and when the %s summary comes", async (cadence) => {
    const email = freshEmail("kind");
    const res = await subscribeByForm(email, cadence);
    expect(res.status).toBe(200);
    const text = textOf(await res.text());
    expect(text).toContain(`If ${email} can subscribe`);
    expect(text).toContain(`comes from ${testEnv.MAIL_FROM.replace("<", "&lt;").replace(">", "&gt;")}`);
    expect(text).toMatch(/spam or junk folder/);
    expect(text).toContain(`your ${cadence} summary comes ${SENT_AT[cadence]}`);
    await mailTo(email);
  });

  it("promises the times the cron triggers in wrangler.toml really fire", () => {
    /** What the words for a trigger's cadence get wrong about when it fires. */
    const mismatches = (cron: string, words: string) => {
      const [minute, hour, , , weekday] = cron.split(" ");
      const problems: string[] = [];
      if (!words.includes(`${hour!.padStart(2, "0")}:${minute!.padStart(2, "0")} UTC`)) problems.push("time");
      if (words.includes("Monday") !== (weekday === "1")) problems.push("day");
      return problems;
    };
    const crons = JSON.parse(/^crons\s*=\s*(\[.*\])$/m.exec(wranglerToml)![1]!) as string[];
    expect(crons.length).toBeGreaterThan(0);
    for (const cron of crons) expect(mismatches(cron, SENT_AT[CRON_CADENCE[cron]!]), cron).toEqual([]);
    // Negative control: a weekly trigger moved to 08:30 on Tuesdays no longer matches the words.
    expect(mismatches("30 8 * * 2", SENT_AT.weekly)).toEqual(["time", "day"]);
  });
});

describe("errors in plain language", () => {
  it("the form shows sentences, never a field key or 'Bad request'", async () => {
    for (const [email, cadence] of [
      ["nobody at example", "daily"],
      [freshEmail("kind"), "hourly"],
      ["", "daily"],
    ] as const) {
      const res = await subscribeByForm(email, cadence);
      expect(res.status).toBe(400);
      const text = textOf(await res.text());
      expect(text).not.toMatch(/\b(email|cadence):/);
      expect(text).not.toContain("Bad request");
      expect(text).toMatch(/That does not look like an email address|Choose how often: daily or weekly|Enter your email address/);
    }
  });

  it("error pages have headings people understand", async () => {
    const res = await worker.fetch(`${ORIGIN}/subscriptions/preferences/not-a-token`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("<h1>That did not work</h1>");
    expect(html).not.toContain("Bad request");
  });
});

describe("Delete my data", () => {
  it("asks on a second page; the first press deletes nothing", async () => {
    const email = freshEmail("kind-erase");
    await subscribeByForm(email, "daily");
    const links = linksOf((await mailTo(email))[0]!);
    const asked = await postForm(links.preferences!, { action: "erase" });
    expect(asked.status).toBe(200);
    const page = await asked.text();
    expect(page).toContain("Delete your data?");
    expect(page).toContain('value="erase-confirmed"');
    expect(page).toContain(`href="${links.preferences}"`);
    expect(await stateOf(email)).toBe("pending");
    // The second press deletes.
    const erased = await postForm(links.preferences!, { action: "erase-confirmed" });
    expect(await erased.text()).toContain("Your data is deleted");
    expect(await stateOf(email)).toBe("absent");
  });
});

describe("the confirmation email", () => {
  it("says someone asked, not that the reader subscribed; the summary-side mail still says subscribed", async () => {
    const email = freshEmail("kind-footer");
    await subscribeByForm(email, "weekly");
    const [confirmation] = await mailTo(email);
    for (const part of [confirmation!.text, textOf(confirmation!.html)]) {
      expect(part).not.toContain("this address subscribed");
      expect(part).toMatch(/someone asked to subscribe this address to Standpoint(’|'|&#39;)s weekly summary/);
    }
    // The control: mail to an active subscriber (already subscribed) does say subscribed.
    const links = { preferencesUrl: "https://x.example/p", unsubscribeUrl: "https://x.example/u" };
    const already = alreadySubscribedMessage(testEnv, { email, cadence: "weekly" } as Subscriber, links);
    expect(already.text).toContain("this address subscribed to Standpoint's weekly summary");
  });
});
