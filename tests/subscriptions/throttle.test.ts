// Confirmation mail cannot bomb an inbox (issue 14, item 5): one per address per interval,
// a few a day, and the same answer whether or not mail went out.
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { BadEnvironment, checkEnv } from "../../src/env";
import handler from "../../src/index";
import { confirmSubscription, mailboxOf, requestSubscription, unsubscribe } from "../../src/subscriptions";
import { freshClient, freshEmail, ORIGIN } from "./helpers";

/** A subscribe request through the real entry, waiting for its mail work (waitUntil) to end. */
async function subscribeAndSettle(email: string) {
  const ctx = createExecutionContext();
  const req = new Request(`${ORIGIN}/api/subscriptions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshClient() },
    body: JSON.stringify({ email, cadence: "daily" }),
  }) as Request<unknown, IncomingRequestCfProperties>;
  const res = await handler.fetch(req, env, ctx);
  const answer = { status: res.status, body: await res.text() };
  await waitOnExecutionContext(ctx);
  return answer;
}

const mailCount = async (email: string) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM mail_outbox WHERE recipient = ?1").bind(email).first<number>("n"))!;

const MINUTE = 60_000;

describe("confirmation throttle", () => {
  it("sends a pending address one confirmation however often it is submitted in a minute, answering alike", async () => {
    const email = freshEmail("bombed");
    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push(await subscribeAndSettle(email));
      // Negative control after the first: the mail did go out, so the count below is not vacuous.
      if (i === 0) expect(await mailCount(email)).toBe(1);
    }
    for (const answer of answers) expect(answer).toEqual({ status: 202, body: answers[0]!.body });
    expect(await mailCount(email)).toBe(1);
    // Another address is not held back by this one.
    const other = freshEmail("neighbour");
    await subscribeAndSettle(other);
    expect(await mailCount(other)).toBe(1);
  });

  it("counts +tag variants of an address as the one inbox they reach", async () => {
    const [local, domain] = freshEmail("tagged").split("@");
    const variants = [`${local}@${domain}`, `${local}+1@${domain}`, `${local}+news@${domain}`, `${local}+x+y@${domain}`];
    const answers = [];
    for (const email of variants) answers.push(await subscribeAndSettle(email));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    const counts = await Promise.all(variants.map(mailCount));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    // Negative control: a different local part is a different inbox and gets its own.
    const neighbour = `${local}x+1@${domain}`;
    await subscribeAndSettle(neighbour);
    expect(await mailCount(neighbour)).toBe(1);
    expect(mailboxOf(`${local}+a@${domain}`)).toBe(`${local}@${domain}`);
  });

  it("allows one per interval and a few a day, then again the next day", async () => {
    const email = freshEmail("clock");
    const t0 = new Date("2028-03-01T10:00:00Z");
    const ask = (ms: number) =>
      requestSubscription(env.DB, {
        email,
        cadence: "weekly",
        source: "/",
        now: new Date(t0.getTime() + ms),
        limits: { intervalMinutes: 10, perDay: 3 },
      });
    const sends = [];
    for (const at of [0, 1, 9.9, 10, 15, 20.5, 31, 45, 60]) sends.push([at, (await ask(at * MINUTE)).send]);
    expect(sends).toEqual([
      [0, "confirmation"],
      [1, null],
      [9.9, null],
      [10, "confirmation"],
      [15, null],
      [20.5, "confirmation"],
      [31, null], // the day's three are spent
      [45, null],
      [60, null],
    ]);
    expect((await ask(14 * 60 * MINUTE)).send).toBe("confirmation"); // 2028-03-02 00:00 UTC
  });

  it("lets someone who unsubscribed come back at once, within the day's cap", async () => {
    const email = freshEmail("returning");
    const now = new Date();
    const first = await requestSubscription(env.DB, { email, cadence: "daily", source: "/", now });
    expect(first.send).toBe("confirmation");
    await confirmSubscription(env.DB, { id: first.subscriber.id, generation: first.subscriber.tokenGeneration, source: "test", now });
    await unsubscribe(env.DB, { id: first.subscriber.id, via: "test", now });
    const back = await requestSubscription(env.DB, { email, cadence: "daily", source: "/", now: new Date(now.getTime() + MINUTE) });
    expect(back.send).toBe("confirmation");
  });

  it("refuses knobs out of range, naming the variable", () => {
    const bad = (vars: Record<string, string>) => {
      const checked = checkEnv({ ...env, ...vars } as Env);
      return checked instanceof BadEnvironment ? checked.variable : null;
    };
    expect(bad({ CONFIRMATIONS_PER_DAY: "5" })).toBeNull();
    expect(bad({ CONFIRMATIONS_PER_DAY: "0" })).toBe("CONFIRMATIONS_PER_DAY");
    expect(bad({ CONFIRMATION_INTERVAL_MINUTES: "ten" })).toBe("CONFIRMATION_INTERVAL_MINUTES");
  });
});
