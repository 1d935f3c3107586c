// Sends one job's claimed deliveries in provider batches, each booked at the shared pace
// first. A 429 is the provider's word on the pace, not a failure: the pace is told to
// hold, and the same batch (same key, same bytes) goes again after the time named, here
// or, when that is too far off, from the queue as a fresh message (which spends no retry).

import { THROTTLE_RETRIES_PER_JOB } from "../env";
import type { BatchItem, SendResult, Transport } from "../mail";
import { manageLinks, subscriberMessage } from "../subscriptions";
import { batchKey } from "./batch-key";
import { MAX_PACE_WAIT_MS } from "./budget";
import type { ScheduleEnv } from "./env";
import { copyFor, type SendableEdition } from "./follower-copy";
import type { ClaimedRow, DeliveryOutcome } from "./ledger";
import type { Booking, BookingRequest } from "./pace";

export interface Pace {
  book(request: BookingRequest): Promise<Booking>;
  hold(holdMs: number): Promise<void>;
}

/** The one pace of a provider account (by default, of the transport), whichever invocation asks. */
export function paceFor(env: Pick<ScheduleEnv, "SUMMARY_PACE">, name: string): Pace {
  const stub = env.SUMMARY_PACE.get(env.SUMMARY_PACE.idFromName(`summary-pace:${name}`));
  return { book: async (request) => (await stub.book(request)) as Booking, hold: async (ms) => void (await stub.hold(ms)) };
}

/** `deferred`: not sent because the pace or a 429 said wait; `retryAfterSeconds`: how long. */
export type Outcome = DeliveryOutcome & { retryAfterSeconds?: number; deferred?: boolean };

export interface BatchSendReport {
  outcomes: Outcome[];
  paceCalls: number;
  providerCalls: number;
  throttled: number;
}

const sleep = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

interface Built {
  row: ClaimedRow;
  item: BatchItem;
  mine: boolean;
}

async function build(row: ClaimedRow, edition: SendableEdition, env: ScheduleEnv): Promise<BatchItem> {
  // Links are signed as of the edition's creation, so every attempt sends identical bytes.
  const links = await manageLinks(env, { id: row.subscriberId }, new Date(edition.created_at));
  // The edition's body is its template, rendered once (src/mail/template); only the links differ.
  // A follower's copy holds only the digests that involve what they follow (./follower-copy.ts).
  const body = copyFor(env, edition, row.follows);
  if (!body) throw new Error("none of the edition's digests involves what the subscriber follows");
  const message = subscriberMessage(env, { email: row.email ?? "" }, body, links);
  return { message, idempotencyKey: row.idempotencyKey };
}

function outcomeOf(subscriberId: number, result: SendResult): Outcome {
  if (result.status === "sent") return { subscriberId, state: "sent", tried: true, providerId: result.id };
  if (result.status === "failed") return { subscriberId, state: "failed", tried: true, error: result.reason };
  return {
    subscriberId,
    state: "retrying",
    tried: true,
    error: result.reason,
    ...(result.retryAfterSeconds !== undefined ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
  };
}

/**
 * How long the pace holds when an accepted call's answer says the provider's window is spent
 * (`ratelimit-remaining: 0`). `ratelimit-reset` counts whole seconds, rounded up, so "1" says
 * only that a place frees up within the next second: usually much sooner, since the window's
 * oldest call is about a second old when the pace spaces calls evenly below the limit (the
 * fifth call of a 5/s window comes from arrival jitter, or from confirmation mail on the
 * same team). Holding that whole second after each such answer held the list up by nearly a
 * second every fifth or sixth call at 4/s (locally: 1.51 of the floor at 100,000). So a reset of a second or less holds one provider
 * interval (1 s ÷ ratelimit-limit); a longer reset, or one without a limit, holds it all. If
 * the interval was too short, the provider's 429 names the wait, and that is held in full.
 */
export function windowSpentHoldMs(resetSeconds: number, limit: number | undefined): number {
  const resetMs = Math.max(resetSeconds, 0) * 1000;
  if (resetMs > 1000 || !limit || limit < 1) return resetMs;
  return Math.min(resetMs, Math.ceil(1000 / limit));
}

const wholly = (results: SendResult[], httpStatus: number) =>
  results.length > 0 && results.every((r) => r.status === "retry" && r.httpStatus === httpStatus);
/** How long to leave a batch whose first request is still running at the provider (409). */
const IN_FLIGHT_SECONDS = 5;

/**
 * Each group is one job's rows. `mine` are the rows this invocation claimed; `replays` are
 * rows that were in an earlier attempt whose answer never came and whose subscriber has
 * left since: they ride along (and are not recorded) so the batch is byte for byte the one
 * that may already have gone out, and the provider answers it from its idempotency key
 * instead of sending again. Batches never mix jobs: a job's batches are the same whichever
 * other jobs share its invocation, so their keys are too.
 */
export async function sendInBatches(input: {
  groups: { mine: ClaimedRow[]; replays: ClaimedRow[] }[];
  edition: SendableEdition;
  env: ScheduleEnv;
  transport: Transport;
  pace: Pace;
  batchSize: number;
  ratePerSecond: number;
}): Promise<BatchSendReport> {
  const { edition, env, transport, pace } = input;
  const report: BatchSendReport = { outcomes: [], paceCalls: 0, providerCalls: 0, throttled: 0 };
  const size = Math.max(1, Math.min(input.batchSize, transport.maxBatch));
  const batches: Built[][] = [];
  for (const group of input.groups) {
    const built: Built[] = [];
    const all = [...group.mine.map((row) => ({ row, mine: true })), ...group.replays.map((row) => ({ row, mine: false }))];
    all.sort((a, b) => a.row.subscriberId - b.row.subscriberId);
    for (const { row, mine } of all) {
      try {
        built.push({ row, mine, item: await build(row, edition, env) });
      } catch (err) {
        if (mine)
          report.outcomes.push({
            subscriberId: row.subscriberId,
            state: "failed",
            tried: false,
            error: `could not build the message: ${String(err).slice(0, 300)}`,
          });
      }
    }
    for (let start = 0; start < built.length; start += size) batches.push(built.slice(start, start + size));
  }
  let deferFor: number | undefined; // seconds, once the rest must wait for the queue
  let throttles = 0; // across the job's batches, so its calls stay within the budget
  for (const batch of batches) {
    const record = (results: SendResult[]) => {
      batch.forEach((b, i) => {
        if (b.mine) report.outcomes.push(outcomeOf(b.row.subscriberId, results[i]!));
      });
    };
    const defer = (seconds: number, why: string) => {
      for (const b of batch) {
        if (b.mine) {
          report.outcomes.push({
            subscriberId: b.row.subscriberId,
            state: "retrying",
            tried: false,
            deferred: true,
            retryAfterSeconds: seconds,
            error: why,
          });
        }
      }
    };
    if (deferFor !== undefined) {
      defer(deferFor, "not tried: waiting for the pace");
      continue;
    }
    const key = await batchKey(
      edition.id,
      batch.map((b) => b.row.subscriberId),
    );
    let holdMs: number | undefined;
    for (;;) {
      report.paceCalls++;
      const booking = await pace.book({ ratePerSecond: input.ratePerSecond, maxWaitMs: MAX_PACE_WAIT_MS, ...(holdMs ? { holdMs } : {}) });
      if (!booking.granted) {
        deferFor = Math.ceil(booking.retryInMs / 1000);
        defer(deferFor, "not tried: waiting for the pace");
        break;
      }
      await sleep(booking.waitMs);
      report.providerCalls++;
      const { results, rateLimit } = await transport.sendBatch(
        batch.map((b) => b.item),
        { idempotencyKey: key },
      );
      if (wholly(results, 409)) {
        // concurrent_idempotent_requests: the same batch is still being processed; its
        // answer will be kept under the key. Not an attempt of ours, so no retry is spent.
        deferFor = IN_FLIGHT_SECONDS;
        defer(IN_FLIGHT_SECONDS, "not tried: the same batch is still in flight at the provider");
        break;
      }
      if (wholly(results, 429)) {
        report.throttled++;
        const seconds = rateLimit?.retryAfterSeconds ?? (results[0] as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1;
        holdMs = seconds * 1000;
        if (++throttles > THROTTLE_RETRIES_PER_JOB) {
          report.paceCalls++;
          await pace.hold(holdMs);
          deferFor = seconds;
          // Refused before it was processed: not an attempt, so tried stays false.
          defer(seconds, `not tried: the provider answered 429, retry after ${seconds} s`);
          break;
        }
        continue;
      }
      record(results);
      // The window is spent: nobody calls before a slot of it is free again.
      if (rateLimit?.remaining === 0 && rateLimit.resetSeconds !== undefined) {
        report.paceCalls++;
        await pace.hold(windowSpentHoldMs(rateLimit.resetSeconds, rateLimit.limit));
      }
      break;
    }
  }
  return report;
}
