// Confirmation mail and summaries apart: with MAIL_TRANSPORT=outbox and SUMMARY_TRANSPORT=resend
// (the stand-in), a subscription's confirmation lands in the outbox and never at the provider,
// and the summary goes to the provider and never to the outbox. Both through the real handlers.
import { createExecutionContext, createMessageBatch, env, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, expect, inject, it } from "vitest";
import { createApp } from "../../src/app";
import { appEnv } from "../../src/env";
import { listOutbox } from "../../src/mail";
import { handleQueue, type SendJob } from "../../src/schedule";
import { createEdition, nextEdition } from "../../src/schedule/edition-store";
import { confirmSubscription } from "../../src/subscriptions";
import { storeDigests } from "../fixtures/store";
import { fixtureDigest, freshEmail } from "./helpers";

const provider = inject("resendStandIn");
const API_KEY = "re_test_split_transports";
const EDITION = "daily:2027-05-02";
const split = appEnv({
  ...env,
  MAIL_TRANSPORT: "outbox",
  SUMMARY_TRANSPORT: "resend",
  RESEND_API_KEY: API_KEY,
  RESEND_API_URL: provider,
  SUMMARY_RATE_PER_SECOND: "20",
} as Env);
const atProvider = async (to: string) =>
  (await (await fetch(`${provider}/__accepted?to=${encodeURIComponent(to)}`)).json()) as {
    requests: number;
    emails: { subject: string }[];
  };

beforeAll(async () => {
  await storeDigests(fixtureDigest("split-bridge", "2027-05-01", "The split bridge"));
  const upcoming = await nextEdition(env.DB, "daily", new Date("2027-05-02T07:00:00Z"), {
    siteUrl: env.SITE_URL,
    postalAddress: env.POSTAL_ADDRESS,
  });
  if (!upcoming || !("planned" in upcoming)) throw new Error("expected a new edition");
  await createEdition(env.DB, upcoming.planned, new Date());
});

it("sends the confirmation through MAIL_TRANSPORT and the summary through SUMMARY_TRANSPORT, never crossed", async () => {
  const email = freshEmail("split");
  const ctx = createExecutionContext();
  const res = await createApp().fetch(
    new Request("https://example.com/api/subscriptions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.91" },
      body: JSON.stringify({ email, cadence: "daily" }),
    }),
    split,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  expect(res.status).toBe(202);
  const confirmation = await listOutbox(env.DB, { to: email });
  expect(confirmation.map((m) => m.subject)).toEqual(["Confirm your Standpoint subscription"]);
  expect((await atProvider(email)).requests).toBe(0);

  const { id, tokenGeneration } = (await env.DB.prepare("SELECT id, token_generation AS tokenGeneration FROM subscribers WHERE email = ?1")
    .bind(email)
    .first<{ id: number; tokenGeneration: number }>())!;
  await confirmSubscription(env.DB, { id, generation: tokenGeneration, source: "/", now: new Date() });
  const job: SendJob = { kind: "send", edition: EDITION, subscribers: [id] };
  const batch = createMessageBatch<unknown>("standpoint-sends", [{ id: "split-1", timestamp: new Date(), attempts: 1, body: job }]);
  const queueCtx = createExecutionContext();
  // No transport given: the consumer picks SUMMARY_TRANSPORT itself.
  await handleQueue(batch, split);
  expect((await getQueueResult(batch, queueCtx)).explicitAcks).toEqual(["split-1"]);
  expect((await atProvider(email)).emails.map((m) => m.subject)).toEqual(["The split bridge · Standpoint Daily"]);
  expect((await listOutbox(env.DB, { to: email })).map((m) => m.subject)).toEqual(["Confirm your Standpoint subscription"]);
});
