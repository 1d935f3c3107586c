// Exactly once under retries, for a follower's cut copy (issue 12): a batch whose answer was
// lost goes again under the same Idempotency-Key, so it must carry the same bytes even when the
// follower changed their follows in between. Through the real queue handler, the real resend
// transport and the stand-in that answers a reused key with another body with 409, as Resend does.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { beforeAll, expect, inject, it } from "vitest";
import { appEnv } from "../../src/env";
import { type BatchItem, type BatchOptions, resendTransport, type Transport } from "../../src/mail";
import { handleQueue, paceFor, type SendJob } from "../../src/schedule";
import { createEdition, nextEdition } from "../../src/schedule/edition-store";
import { changeFollows } from "../../src/subscriptions/follows";
import { otherDigest } from "../fixtures/other-digest";
import { contentDigests, storeDigests } from "../fixtures/store";
import { TIMEOUT_HOLD_MS } from "../mail/resend-stand-in";
import { freshEmail, ledger, makeSubscriber } from "./helpers";

const provider = inject("resendStandIn");
const API_KEY = "re_test_follows_retry";
const EDITION = "daily:2027-09-02";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The real transport (gives up after 300 ms; the stand-in holds a "timeout" answer for 1.5 s),
// with every batch it is asked to send written down as the JSON that goes over the wire.
const sent: { key: string; body: string; statuses: (number | string)[] }[] = [];
const real = resendTransport({ apiKey: API_KEY, apiUrl: provider, timeoutMs: 300 });
const transport: Transport = {
  name: real.name,
  maxBatch: real.maxBatch,
  send: (message, options) => real.send(message, options),
  sendBatch: async (items: readonly BatchItem[], options: BatchOptions) => {
    const call = { key: options.idempotencyKey, body: JSON.stringify(items.map((i) => i.message)), statuses: [] as (number | string)[] };
    sent.push(call);
    const answer = await real.sendBatch(items, options);
    call.statuses = answer.results.map((r) => ("httpStatus" in r && r.httpStatus) || r.status);
    return answer;
  },
};
const testEnv = appEnv({ ...env, SUMMARY_RATE_PER_SECOND: "20" } as Env);
const pace = paceFor(env, "follows-retry-test");

let messages = 0;
async function deliver(job: SendJob, attempts: number) {
  const batch = createMessageBatch<unknown>("standpoint-sends", [{ id: `m-${++messages}`, timestamp: new Date(), attempts, body: job }]);
  const ctx = createExecutionContext();
  await handleQueue(batch, testEnv, { transport, pace });
  return getQueueResult(batch, ctx);
}
const stats = async () =>
  (await (await fetch(`${provider}/__stats?key=${API_KEY}`)).json()) as { duplicates: number; idempotentReplays: number; accepted: number };

beforeAll(async () => {
  // Two digests of one day: the seed (Vladimir Putin) and one about other people (the Fixture Mayor).
  const seed = contentDigests().find((d) => d.slug === "putin-offer-to-negotiate")!;
  await storeDigests({ ...seed, slug: "retry-putin", added: "2027-09-01" }, { ...otherDigest, slug: "retry-budget", added: "2027-09-01" });
  const upcoming = await nextEdition(env.DB, "daily", new Date("2027-09-02T07:00:00Z"), {
    siteUrl: env.SITE_URL,
    postalAddress: env.POSTAL_ADDRESS,
  });
  if (!upcoming || !("planned" in upcoming)) throw new Error("expected a new edition");
  await createEdition(env.DB, upcoming.planned, new Date());
});

it("retries a lost batch with the bytes of the first attempt, though the follower changed their follows in between", async () => {
  const email = freshEmail("retry-follower");
  const id = await makeSubscriber(email, "daily", "active");
  await changeFollows(env.DB, { id, follows: { actors: ["vladimir-putin"], topics: [] }, source: "test", now: new Date() });
  // The provider accepts the first attempt and its answer never comes back.
  await fetch(`${provider}/__script`, { method: "POST", body: JSON.stringify({ to: email, steps: ["timeout"] }) });
  const job: SendJob = { kind: "send", edition: EDITION, subscribers: [id] };

  const first = await deliver(job, 1);
  expect(first.retryMessages).toHaveLength(1);
  expect((await ledger(EDITION)).find((r) => r.subscriber_id === id)).toMatchObject({ state: "retrying", attempts: 1 });
  // Now they follow the Fixture Mayor too: a copy built now would hold both digests.
  await changeFollows(env.DB, {
    id,
    follows: { actors: ["vladimir-putin", "fixture-mayor"], topics: [] },
    source: "test",
    now: new Date(),
  });
  await sleep(TIMEOUT_HOLD_MS + 200); // the provider has finished the first request
  const before = await stats();

  const second = await deliver(job, 2);
  expect(sent).toHaveLength(2);
  // Not refused as the same key with another body (409 invalid_idempotent_request).
  expect(sent[1]!.statuses).toEqual(["sent"]);
  expect(second.explicitAcks).toHaveLength(1);
  expect(sent[1]!.key).toBe(sent[0]!.key);
  expect(sent[1]!.body).toBe(sent[0]!.body);
  // The copy is still the one the first attempt froze: only the Putin digest.
  expect(sent[0]!.body).toContain("You follow Vladimir Putin");
  expect(sent[0]!.body).not.toContain("Fixture Mayor");
  // The provider answered from its key (no 409, nothing sent again), and the ledger holds its id.
  const after = await stats();
  expect(after.idempotentReplays - before.idempotentReplays).toBe(1);
  expect(after.duplicates).toBe(before.duplicates);
  expect(after.accepted).toBe(before.accepted);
  const got = (await (await fetch(`${provider}/__accepted?to=${encodeURIComponent(email)}`)).json()) as { emails: { id: string }[] };
  expect(got.emails).toHaveLength(1);
  expect((await ledger(EDITION)).find((r) => r.subscriber_id === id)).toMatchObject({
    state: "sent",
    attempts: 2,
    provider_id: got.emails[0]!.id,
  });
});
