import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { confirmSubscription, requestSubscription, suppress, unsubscribe } from "../../src/subscriptions";
import { freshEmail, postJson, stateOf, subscribeByForm } from "./helpers";

/** One address in each state a subscribe request can meet. */
async function addressesInEveryState() {
  const now = new Date();
  const make = async (label: string) => {
    const email = freshEmail(label);
    return { email, ...(await requestSubscription(env.DB, { email, cadence: "weekly", source: "/", now })) };
  };
  const pending = await make("pending");
  const active = await make("active");
  await confirmSubscription(env.DB, { id: active.subscriber.id, generation: 1, source: "test", now });
  const left = await make("left");
  await confirmSubscription(env.DB, { id: left.subscriber.id, generation: 1, source: "test", now });
  await unsubscribe(env.DB, { id: left.subscriber.id, via: "test", now });
  const suppressed = await make("suppressed");
  await suppress(env.DB, { email: suppressed.email, reason: "hard bounce", now });
  const states = {
    new: freshEmail("new"),
    pending: pending.email,
    active: active.email,
    unsubscribed: left.email,
    suppressed: suppressed.email,
  };
  for (const [state, email] of Object.entries(states)) expect(await stateOf(email)).toBe(state === "new" ? "absent" : state);
  return states;
}

async function observable(res: Response) {
  const headers = [...res.headers].filter(([name]) => name !== "date");
  return { status: res.status, headers, body: await res.text() };
}

describe("no address enumeration", () => {
  it("answers the form identically for new, pending, active, unsubscribed and suppressed addresses", async () => {
    const states = await addressesInEveryState();
    // The page names the address that was typed; apart from that, every state reads the same.
    const answers = await Promise.all(
      Object.values(states).map(async (email) => {
        const answer = await observable(await subscribeByForm(email));
        expect(answer.body).toContain(email);
        return { ...answer, body: answer.body.replaceAll(email, "<typed address>") };
      }),
    );
    expect(answers[0]!.status).toBe(200);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it("answers the JSON API identically too", async () => {
    const states = await addressesInEveryState();
    const answers = await Promise.all(
      Object.values(states).map(async (email) => observable(await postJson("/api/subscriptions", { email, cadence: "daily" }))),
    );
    expect(answers[0]!.status).toBe(202);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });
});
