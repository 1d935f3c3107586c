// Summaries of only what a reader follows, through the real cron and queue handlers: one
// daily edition holds the seed digest (Putin, added 2026-11-27) and a second digest about
// other people (the bridge: Jane Roe, Sam Poe) published the same day through the admin API.
import { createScheduledController, env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../src/index";
import { claimSlice } from "../../src/schedule/ledger";
import { dueSubscriberIds, requestSubscription } from "../../src/subscriptions";
import { changeFollows } from "../../src/subscriptions/follows";
import { articleBody, asAdmin } from "../admin/helpers";
import { cronAt, freshEmail, ledger, makeSubscriber, outboxOf, settled } from "./helpers";

const EDITION = "daily:2026-11-28";
const SEED_TITLE = "Putin offers to negotiate";
const BRIDGE_TITLE = "The bridge vote";

/** An active daily subscriber following exactly `follows`. */
async function reader(label: string, follows: { actors?: string[]; topics?: string[] }) {
  const email = freshEmail(label);
  const id = await makeSubscriber(email, "daily", "active");
  await changeFollows(env.DB, {
    id,
    follows: { actors: follows.actors ?? [], topics: follows.topics ?? [] },
    source: "test",
    now: new Date(),
  });
  return { email, id };
}

describe("one daily edition, three readers (issue 12's last 'done when')", () => {
  beforeAll(async () => {
    const res = await asAdmin("PUT", "/api/admin/digests/the-bridge-vote", articleBody({ title: BRIDGE_TITLE, added: "2026-11-27" }));
    expect(res.status).toBe(201);
  });

  it("sends each reader only the digests of what they follow, and says why", async () => {
    const putin = await reader("follows-putin", { actors: ["vladimir-putin"] });
    const roe = await reader("follows-roe", { actors: ["jane-roe"] });
    const everyone = await reader("follows-nothing", {});
    // Negative control: follows only a topic no digest of this edition is about, so no mail at all.
    const elsewhere = await reader("follows-health", { topics: ["health"] });

    await worker.scheduled!(createScheduledController(cronAt("0 7 * * *", "2026-11-28")), env);
    const rows = await settled(EDITION, 3);
    expect(rows.map((r) => [r.subscriber_id, r.state])).toEqual(
      [putin.id, roe.id, everyone.id].sort((a, b) => a - b).map((id) => [id, "sent"]),
    );
    expect(rows.some((r) => r.subscriber_id === elsewhere.id)).toBe(false);

    const mail = await outboxOf(EDITION);
    const to = (email: string) => {
      const found = mail.filter((m) => m.recipient === email);
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const a = to(putin.email);
    expect(a.html).toContain(SEED_TITLE);
    expect(a.html).not.toContain(BRIDGE_TITLE);
    expect(a.text).toContain("You follow Vladimir Putin");
    expect(a.subject).toContain("Putin");

    const b = to(roe.email);
    expect(b.html).toContain(BRIDGE_TITLE);
    expect(b.html).not.toContain(SEED_TITLE);
    expect(b.text).toContain("You follow Jane Roe");
    expect(b.subject).toContain(BRIDGE_TITLE);

    const c = to(everyone.email);
    expect(c.html).toContain(SEED_TITLE);
    expect(c.html).toContain(BRIDGE_TITLE);
    expect(c.text).not.toContain("You follow");
    expect(mail.some((m) => m.recipient === elsewhere.email)).toBe(false);
  });
});

describe("who is due: the rule in due.ts", () => {
  it("claims a slice by the same rule: a follower whose follows stopped matching is skipped, the others carry their matches", async () => {
    // An edition of the seed digest alone (Putin; topics ukraine-war, us-russia-relations, diplomacy).
    const edition = "daily:2031-01-01";
    await env.DB.prepare(
      `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at)
       VALUES (?1, 'daily', '2031-01-01', '2030-12-31', '2030-12-31', '["putin-offer-to-negotiate"]', 's', 'p', 'h', 't', ?2)`,
    )
      .bind(edition, new Date().toISOString())
      .run();
    const putin = await reader("claim-putin", { actors: ["vladimir-putin"] });
    const topic = await reader("claim-topic", { topics: ["diplomacy", "health"] });
    const nothing = await reader("claim-nothing", {});
    const changer = await reader("claim-changer", { actors: ["vladimir-putin"] });
    // After the fan-out queued them, one now follows only someone this edition does not involve.
    await changeFollows(env.DB, { id: changer.id, follows: { actors: ["sam-poe"], topics: [] }, source: "test", now: new Date() });

    const ids = [putin.id, topic.id, nothing.id, changer.id].sort((a, b) => a - b);
    const rows = await claimSlice(env.DB, { editionId: edition, subscriberIds: ids, claim: "test-claim", now: new Date() });
    const by = new Map(rows.map((r) => [r.subscriberId, r]));
    expect(by.get(putin.id)).toMatchObject({ mine: true, follows: ["actor:vladimir-putin"] });
    expect(by.get(topic.id)).toMatchObject({ mine: true, follows: ["topic:diplomacy"] });
    expect(by.get(nothing.id)).toMatchObject({ mine: true, follows: [] });
    expect(by.get(changer.id)).toMatchObject({ mine: false, state: "skipped" });
    const skipped = (await ledger(edition)).find((r) => r.subscriber_id === changer.id);
    expect(skipped?.last_error).toBe("subscriber follows nothing this edition holds");
  });

  it("selects by follows in SQL with the edition's keys, probing each subscriber's follows by index", async () => {
    const sql = dueSubscriberIds({ edition: 1, cadence: 2, after: 3, limit: 4 });
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(EDITION, "daily", 0, 100).all<{ detail: string }>();
    const details = plan.results.map((r) => r.detail).join("\n");
    // The follows are looked up by subscriber (the primary key), never scanned.
    expect(details).toMatch(/SEARCH f USING (COVERING |PRIMARY )?(INDEX|KEY)/);
    expect(details).not.toMatch(/SCAN f\b/);
    expect(details).not.toMatch(/SCAN subscriber_follows/);
  });

  it("a pending follower is due nothing, whatever they follow (negative control for the status rule)", async () => {
    const email = freshEmail("pending-follower");
    await requestSubscription(env.DB, {
      email,
      cadence: "daily",
      source: "/",
      now: new Date(),
      follows: { actors: ["vladimir-putin"], topics: [] },
    });
    const { results } = await env.DB.prepare(dueSubscriberIds({ edition: 1, cadence: 2, after: 3, limit: 4 }))
      .bind(EDITION, "daily", 0, 10_000)
      .all<{ id: number }>();
    const pending = await env.DB.prepare("SELECT id FROM subscribers WHERE email = ?1").bind(email).first<{ id: number }>();
    expect(results.map((r) => r.id)).not.toContain(pending!.id);
  });
});
