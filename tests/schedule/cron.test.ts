// The cron and the real queue end to end: the scheduled handler fans out to
// standpoint-sends, the Worker's own consumer sends into the outbox.
import { createScheduledController, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { runCron } from "../../src/schedule";
import { storeDigests } from "../fixtures/store";
import { testEnv } from "../worker";
import { cronAt, fixtureDigest, freshEmail, ledger, makeSubscriber, outboxOf, setCadence, settled } from "./helpers";

async function scheduled(cron: "0 7 * * *" | "0 7 * * 1", day: string) {
  await worker.scheduled!(createScheduledController(cronAt(cron, day)), env);
}

describe("the daily cron, with the seed digest of content/ (added 2026-11-27)", () => {
  it("sends the edition once to each active daily subscriber and to nobody else, however often it runs", async () => {
    const active = [freshEmail("daily-a"), freshEmail("daily-b")];
    const ids = await Promise.all(active.map((e) => makeSubscriber(e, "daily", "active")));
    const others = {
      weekly: freshEmail("weekly"),
      pending: freshEmail("pending"),
      unsubscribed: freshEmail("unsubscribed"),
      suppressed: freshEmail("suppressed"),
    };
    await makeSubscriber(others.weekly, "weekly", "active");
    await makeSubscriber(others.pending, "daily", "pending");
    await makeSubscriber(others.unsubscribed, "daily", "unsubscribed");
    await makeSubscriber(others.suppressed, "daily", "suppressed");

    await scheduled("0 7 * * *", "2026-11-28");
    await scheduled("0 7 * * *", "2026-11-28"); // the same cron again
    const rows = await settled("daily:2026-11-28", ids.length);

    expect(rows.map((r) => [r.subscriber_id, r.state])).toEqual(ids.sort((a, b) => a - b).map((id) => [id, "sent"]));
    const mail = await outboxOf("daily:2026-11-28");
    expect(mail.map((m) => m.recipient).sort()).toEqual([...active].sort());
    for (const m of mail) {
      expect(m.subject).toContain("Putin");
      const headers = JSON.parse(m.headers) as Record<string, string>;
      expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^>]+\/subscriptions\/unsubscribe\/unsubscribe\.\d+\.[^>]+>$/);
      expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      expect(m.html).toContain(headers["List-Unsubscribe"]!.slice(1, -1));
    }
    for (const address of Object.values(others)) expect(mail.some((m) => m.recipient === address)).toBe(false);
    // The edition row was written once.
    const editions = await env.DB.prepare("SELECT count(*) AS n FROM summary_editions WHERE id = 'daily:2026-11-28'").first<{
      n: number;
    }>();
    expect(editions!.n).toBe(1);
  });

  it("creates no edition and sends nothing when no digest is new", async () => {
    await makeSubscriber(freshEmail("quiet"), "daily", "active");
    await scheduled("0 7 * * *", "2026-11-29");
    const row = await env.DB.prepare("SELECT id FROM summary_editions WHERE id = 'daily:2026-11-29'").first();
    expect(row).toBeNull();
    expect(await ledger("daily:2026-11-29")).toEqual([]);
  });
});

describe("a cadence change", () => {
  it("takes effect on the next edition", async () => {
    const email = freshEmail("switcher");
    const id = await makeSubscriber(email, "daily", "active");
    const first = fixtureDigest("switch-first", "2026-12-01", "First bridge");
    const second = fixtureDigest("switch-second", "2026-12-02", "Second bridge");
    await storeDigests(second, first);

    await runCron(cronAt("0 7 * * *", "2026-12-02"), testEnv);
    await settled("daily:2026-12-02", 1);
    expect((await ledger("daily:2026-12-02")).find((r) => r.subscriber_id === id)?.state).toBe("sent");

    await setCadence(id, "weekly");
    await runCron(cronAt("0 7 * * *", "2026-12-03"), testEnv);
    await runCron(cronAt("0 7 * * 1", "2026-12-07"), testEnv);
    await settled("weekly:2026-W50", 1);

    expect((await ledger("daily:2026-12-03")).some((r) => r.subscriber_id === id)).toBe(false);
    const weekly = await outboxOf("weekly:2026-W50");
    expect(weekly.filter((m) => m.recipient === email)).toHaveLength(1);
    expect(weekly[0]!.text).toContain("Weekly summary · 30 November – 6 December 2026");
  });
});
