// The fan-out's handover and error paths, with real D1 and a queue that records what it is
// given (and fails when told to), so each path can be looked at alone.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { appEnv } from "../../src/env";
import { CallBudget } from "../../src/schedule/budget";
import { findEdition } from "../../src/schedule/edition-store";
import { fanOut } from "../../src/schedule/fanout";
import type { Job } from "../../src/schedule/jobs";
import { ledger, makeActiveSubscribers } from "./helpers";

/** A queue that records jobs; `failBatch` makes that sendBatch call (1-based) throw. */
function recordingQueue(failBatch?: number) {
  const jobs: Job[] = [];
  let batches = 0;
  const queue = {
    send: async (body: Job) => void jobs.push(body),
    sendBatch: async (messages: Iterable<MessageSendRequest<Job>>) => {
      if (++batches === failBatch) throw new Error("injected: queue unavailable");
      for (const m of messages) jobs.push(m.body);
    },
  } as unknown as Queue;
  return { queue, jobs };
}

async function edition(id: string) {
  await env.DB.prepare(
    `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at)
     VALUES (?1, 'daily', ?1, '2026-11-26', '2026-11-26', '[]', 's', 'p', 'h', 't', '2026-11-27T07:00:00Z')`,
  )
    .bind(id)
    .run();
  return (await findEdition(env.DB, id))!;
}

const queuedIds = (jobs: Job[]) => jobs.flatMap((j) => (j.kind === "send" ? j.subscribers : []));
const now = new Date("2026-11-27T07:00:00Z");
// One subscriber per job, so a page is 100 subscribers.
const envWith = (queue: Queue) => appEnv({ ...env, SEND_QUEUE: queue, SUMMARY_SLICE_SIZE: "1" } as Env);

describe("the fan-out", () => {
  // The only subscribers in this file's database (storage is per test file).
  let ids: number[] = [];
  beforeAll(async () => {
    ids = (await makeActiveSubscribers("fanout", 250, "daily")).map((s) => s.id).sort((a, b) => a - b);
  });

  it("hands over to a continuation when the budget runs out, and the continuation finishes without repeats", async () => {
    const e = await edition("daily:fanout-budget");
    const first = recordingQueue();
    // Two pages (3 calls each) and the handover (2) fit 8 calls; a third page does not.
    const result = await fanOut(envWith(first.queue), e, 0, new CallBudget(8), now);
    expect(result).toMatchObject({ finished: false, queued: 200, through: ids[199] });
    expect(first.jobs.at(-1)).toEqual({ kind: "enqueue", edition: e.id, after: ids[199] });
    expect((await findEdition(env.DB, e.id))!.enqueued_through).toBe(ids[199]);

    const rest = recordingQueue();
    const done = await fanOut(envWith(rest.queue), e, ids[199]!, new CallBudget(45), now);
    expect(done).toMatchObject({ finished: true, queued: 50 });
    expect([...queuedIds(first.jobs), ...queuedIds(rest.jobs)]).toEqual(ids);
    expect(await ledger(e.id)).toHaveLength(250);
  });

  it("after a failure mid-way, hands over from the last page queued and rethrows", async () => {
    const e = await edition("daily:fanout-error");
    const failing = recordingQueue(2);
    await expect(fanOut(envWith(failing.queue), e, 0, new CallBudget(45), now)).rejects.toThrow("injected: queue unavailable");
    // Page 1 went out; page 2's sendBatch failed, so the handover starts after page 1.
    expect(queuedIds(failing.jobs)).toEqual(ids.slice(0, 100));
    expect(failing.jobs.at(-1)).toEqual({ kind: "enqueue", edition: e.id, after: ids[99] });
    expect((await findEdition(env.DB, e.id))!.enqueued_through).toBe(ids[99]);

    const rest = recordingQueue();
    await fanOut(envWith(rest.queue), e, ids[99]!, new CallBudget(45), now);
    expect([...queuedIds(failing.jobs), ...queuedIds(rest.jobs)]).toEqual(ids);
  });

  it("a failure on the first page hands nothing over (nothing moved) and rethrows", async () => {
    const e = await edition("daily:fanout-first");
    const failing = recordingQueue(1);
    await expect(fanOut(envWith(failing.queue), e, 0, new CallBudget(45), now)).rejects.toThrow("injected: queue unavailable");
    expect(failing.jobs).toEqual([]);
    expect((await findEdition(env.DB, e.id))!.enqueued_through).toBe(0);
  });
});
