// A claimant whose lease ran out while the provider was still answering: the dead-letter
// consumer gives up on its rows, and then the answer arrives.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { LEASE_SECONDS } from "../../src/schedule/budget";
import { claimSlice, markDead, recordOutcomes } from "../../src/schedule/ledger";
import { freshEmail, makeSubscriber } from "./helpers";

const stateOf = async (editionId: string, id: number) =>
  (await env.DB.prepare("SELECT state FROM summary_deliveries WHERE edition_id = ?1 AND subscriber_id = ?2")
    .bind(editionId, id)
    .first<{ state: string }>())!.state;

/** A bare edition row: the ledger only needs one to point at. */
async function edition(label: string): Promise<string> {
  const id = `daily:${label}-${Date.now()}`;
  await env.DB.prepare(
    `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at)
     VALUES (?1, 'daily', ?1, '2026-11-26', '2026-11-26', '[]', 's', 'p', 'h', 't', '2026-11-27T07:00:00Z')`,
  )
    .bind(id)
    .run();
  return id;
}

describe("the ledger after a late answer", () => {
  it("a late 'sent' replaces 'dead'; a late failure leaves it dead", async () => {
    const editionId = await edition("late");
    const sent = await makeSubscriber(freshEmail("late-sent"), "daily", "active");
    const failed = await makeSubscriber(freshEmail("late-failed"), "daily", "active");
    const start = new Date("2026-11-27T07:00:00Z");
    await claimSlice(env.DB, { editionId, subscriberIds: [sent, failed], claim: "slow", now: start });

    const afterLease = new Date(start.getTime() + (LEASE_SECONDS + 1) * 1000);
    await markDead(env.DB, { editionId, subscriberIds: [sent, failed], reason: "out of retries", now: afterLease }).run();
    expect([await stateOf(editionId, sent), await stateOf(editionId, failed)]).toEqual(["dead", "dead"]);

    await recordOutcomes(env.DB, {
      editionId,
      claim: "slow",
      now: afterLease,
      outcomes: [
        { subscriberId: sent, state: "sent", tried: true, providerId: "re_123" },
        { subscriberId: failed, state: "retrying", tried: true, error: "HTTP 500" },
      ],
    }).run();
    expect([await stateOf(editionId, sent), await stateOf(editionId, failed)]).toEqual(["sent", "dead"]);
  });

  it("another claimant's outcome changes nothing", async () => {
    const editionId = await edition("other");
    const id = await makeSubscriber(freshEmail("other-claim"), "daily", "active");
    await claimSlice(env.DB, { editionId, subscriberIds: [id], claim: "owner", now: new Date() });
    await recordOutcomes(env.DB, {
      editionId,
      claim: "intruder",
      now: new Date(),
      outcomes: [{ subscriberId: id, state: "sent", tried: true }],
    }).run();
    expect(await stateOf(editionId, id)).toBe("sending");
  });
});

describe("the ledger's lease", () => {
  it("a claim whose lease ran out is taken over by the next claimant, and not a second earlier", async () => {
    const editionId = await edition("lease");
    const id = await makeSubscriber(freshEmail("lease"), "daily", "active");
    const start = new Date("2026-11-27T07:00:00Z");
    const [first] = await claimSlice(env.DB, { editionId, subscriberIds: [id], claim: "died", now: start });
    expect(first).toMatchObject({ mine: true, state: "sending", claimedAt: start.toISOString() });

    // Negative control: at the very end of the lease the row is still the first claimant's.
    const atLease = new Date(start.getTime() + LEASE_SECONDS * 1000);
    const [early] = await claimSlice(env.DB, { editionId, subscriberIds: [id], claim: "early", now: atLease });
    expect(early).toMatchObject({ mine: false, state: "sending" });

    const afterLease = new Date(atLease.getTime() + 1000);
    const [taken] = await claimSlice(env.DB, { editionId, subscriberIds: [id], claim: "taker", now: afterLease });
    expect(taken).toMatchObject({
      mine: true,
      state: "sending",
      claimedAt: afterLease.toISOString(),
      idempotencyKey: `summary:${editionId}:${id}`,
    });
    // The claimant that died can no longer record an outcome; the taker can.
    await recordOutcomes(env.DB, {
      editionId,
      claim: "died",
      now: afterLease,
      outcomes: [{ subscriberId: id, state: "sent", tried: true }],
    }).run();
    expect(await stateOf(editionId, id)).toBe("sending");
    await recordOutcomes(env.DB, {
      editionId,
      claim: "taker",
      now: afterLease,
      outcomes: [{ subscriberId: id, state: "sent", tried: true, providerId: "re_1" }],
    }).run();
    expect(await stateOf(editionId, id)).toBe("sent");
  });
});

describe("the ledger's indexes", () => {
  const plan = async (where: string) =>
    JSON.stringify((await env.DB.prepare(`EXPLAIN QUERY PLAN SELECT * FROM summary_deliveries WHERE ${where}`).bind(1).all()).results);

  it("find one subscriber's deliveries (erase, export) without scanning the ledger", async () => {
    expect(await plan("subscriber_id = ?")).toContain("USING INDEX summary_deliveries_by_subscriber");
    // Negative control: a column with no index of its own is scanned.
    expect(await plan("attempts = ?")).toMatch(/SCAN summary_deliveries(?! USING)/);
  });
});
