// One pace for the whole list. Every consumer invocation, wherever it runs, books each
// provider call here first, so together they keep to SUMMARY_RATE_PER_SECOND (listmonk
// paces one process; Queues run many invocations at once, so the pace lives in one
// Durable Object). It spaces calls evenly (a cell rate: one call per 1/rate seconds, no
// burst), because a provider that counts per second refuses a burst even when the average is fine.
// A caller that books after its turn has passed (still claiming and rendering: locally every
// invocation runs after the previous one) does not push the whole schedule back by its
// lateness: up to half an interval of it is made up by the next call. Calls stay at least half
// an interval apart, and never more than the rate in any one second (the last `rate` slots are
// remembered), so the headroom under the provider's limit stays free for confirmation mail.
// A pace idle for an interval or more gives no such credit.
import { DurableObject } from "cloudflare:workers";

export interface BookingRequest {
  ratePerSecond: number;
  /** A slot further away than this is not booked: the caller hands its job back to the queue. */
  maxWaitMs: number;
  /** The provider asked for a pause (429 retry-after, or ratelimit-remaining 0 until reset). */
  holdMs?: number;
}

export type Booking = { granted: true; waitMs: number } | { granted: false; retryInMs: number };

const HOLD_KEY = "hold-until";

export class SummaryPace extends DurableObject {
  /**
   * When the next call may go out (ms since the epoch). Only a provider's pause is stored:
   * an evicted pace has been idle for many seconds, longer than any per-second window, so
   * its spacing needs no memory.
   */
  private nextSlot: number | undefined;

  private get next(): number {
    return (this.nextSlot ??= this.ctx.storage.kv.get<number>(HOLD_KEY) ?? 0);
  }

  private set next(at: number) {
    this.nextSlot = at;
  }

  /** The latest granted slots, oldest first: at most `rate` of them in any second. Kept in
   *  memory only, for the reason above. */
  private recent: number[] = [];

  /** Books the next slot and says how long to wait for it; one call per provider request. */
  book(request: BookingRequest): Booking {
    const now = Date.now();
    if (request.holdMs) this.holdFor(request.holdMs, now);
    const perSecond = Math.max(1, Math.floor(request.ratePerSecond));
    const windowOpens = this.recent.length >= perSecond ? this.recent[this.recent.length - perSecond]! + 1000 : 0;
    const slot = Math.max(now, this.next, windowOpens);
    if (slot - now > request.maxWaitMs) return { granted: false, retryInMs: slot - now };
    const interval = 1000 / Math.max(request.ratePerSecond, 0.001);
    // Less than an interval late, the schedule was busy: the next turn counts from this one's
    // due time, or at most half an interval before now. Later than that the pace was idle.
    const late = now - this.next;
    const from = late > 0 && late < interval ? Math.max(this.next, now - interval / 2) : slot;
    this.next = Math.max(from + interval, slot + interval / 2);
    this.recent.push(slot);
    if (this.recent.length > perSecond) this.recent.shift();
    return { granted: true, waitMs: slot - now };
  }

  /** The provider's own word (429 or an exhausted window): nobody calls before it has passed. */
  hold(holdMs: number): void {
    this.holdFor(holdMs, Date.now());
  }

  private holdFor(holdMs: number, now: number) {
    const until = now + Math.min(Math.max(holdMs, 0), 3_600_000);
    if (until > this.next) {
      this.next = until;
      this.ctx.storage.kv.put(HOLD_KEY, until);
    }
  }
}
