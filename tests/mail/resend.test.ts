import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createApp } from "../../src/app";
import { appEnv } from "../../src/env";
import { buildMessage, resendTransport, transportFor } from "../../src/mail";
import { STAND_IN_API_KEY, TIMEOUT_HOLD_MS } from "./resend-stand-in";

const base = inject("resendStandIn");
const transport = resendTransport({ apiKey: STAND_IN_API_KEY, apiUrl: base, timeoutMs: 300 });
const message = (to: string) =>
  buildMessage({
    from: "Standpoint <digest@standpoint.example>",
    to,
    subject: "Résumé of the week",
    html: "<p>Hello</p>",
    text: "Hello",
    headers: { "List-Unsubscribe": "<https://standpoint.example/u/x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  });

async function received(): Promise<{ id: string; idempotencyKey: string | null; body: Record<string, unknown> }[]> {
  return (await fetch(`${base}/__received`)).json();
}

describe("Resend transport against a local stand-in", () => {
  it("posts Resend's JSON with the idempotency key and returns the provider's id", async () => {
    const result = await transport.send(message("first@example.org"), { idempotencyKey: "resend-test-1" });
    expect(result.status).toBe("sent");
    const request = (await received()).find((r) => r.idempotencyKey === "resend-test-1")!;
    expect(result).toEqual({ status: "sent", id: request.id });
    expect(request.body).toEqual({
      from: "Standpoint <digest@standpoint.example>",
      to: ["first@example.org"],
      subject: "Résumé of the week",
      html: "<p>Hello</p>",
      text: "Hello",
      headers: { "List-Unsubscribe": "<https://standpoint.example/u/x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
  });

  it("sends once per idempotency key", async () => {
    const a = await transport.send(message("twice@example.org"), { idempotencyKey: "resend-test-2" });
    const b = await transport.send(message("twice@example.org"), { idempotencyKey: "resend-test-2" });
    expect(b).toEqual(a);
    expect((await received()).filter((r) => r.idempotencyKey === "resend-test-2")).toHaveLength(1);
  });

  it("classifies failures: 429 and 5xx and timeouts retry, other 4xx are permanent", async () => {
    expect(await transport.send(message("rate-limited@example.org"), { idempotencyKey: "k-429" })).toMatchObject({
      status: "retry",
      httpStatus: 429,
      retryAfterSeconds: 1,
    });
    expect(await transport.send(message("server-error@example.org"), { idempotencyKey: "k-500" })).toMatchObject({
      status: "retry",
      httpStatus: 500,
    });
    const slow = await transport.send(message("slow@example.org"), { idempotencyKey: "k-slow" });
    expect(slow.status).toBe("retry");
    expect(slow).toMatchObject({ reason: expect.stringContaining("Timeout") });
    // Resend refuses a request without a User-Agent; the transport always sends one.
    const bare = await fetch(`${base}/emails`, {
      method: "POST",
      headers: { Authorization: `Bearer ${STAND_IN_API_KEY}`, "User-Agent": "" },
      body: "{}",
    });
    expect(bare.status).toBe(403);
    const badKey = resendTransport({ apiKey: "re_wrong", apiUrl: base });
    expect(await badKey.send(message("x@example.org"), { idempotencyKey: "k-403" })).toMatchObject({ status: "failed", httpStatus: 403 });
    // The same key with a different payload is a caller bug, not a transient problem.
    await transport.send(message("a@example.org"), { idempotencyKey: "k-409" });
    expect(await transport.send(message("b@example.org"), { idempotencyKey: "k-409" })).toMatchObject({
      status: "failed",
      httpStatus: 409,
    });
  });

  it("is what MAIL_TRANSPORT=resend selects, and carries a subscription's confirmation", async () => {
    const resendEnv = appEnv({ ...env, MAIL_TRANSPORT: "resend", RESEND_API_KEY: STAND_IN_API_KEY, RESEND_API_URL: base } as Env);
    expect(transportFor(resendEnv).name).toBe("resend");

    const ctx = createExecutionContext();
    const res = await createApp().fetch(
      new Request("https://example.com/api/subscriptions", {
        method: "POST",
        headers: { "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.77" },
        body: JSON.stringify({ email: "via-resend@example.org", cadence: "daily" }),
      }),
      resendEnv,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(202);
    const sent = (await received()).find((r) => (r.body.to as string[])[0] === "via-resend@example.org")!;
    expect(sent.body.subject).toBe("Confirm your Standpoint subscription");
    expect(sent.body.text).toContain("/subscriptions/confirm/");
    expect((sent.body.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });
});

// Each describe below has a key, and so a team and a rate window, of its own.
const batchTransport = (apiKey: string, timeoutMs = 300) => resendTransport({ apiKey, apiUrl: base, timeoutMs });
const item = (to: string, key = `item:${to}`) => ({ message: message(to), idempotencyKey: key });
const statsOf = async (key: string) =>
  (await (await fetch(`${base}/__stats?key=${key}`)).json()) as {
    calls: number;
    batchCalls: number;
    throttled: number;
    accepted: number;
    duplicates: number;
    idempotentReplays: number;
  };
const script = (to: string, steps: string[]) => fetch(`${base}/__script`, { method: "POST", body: JSON.stringify({ to, steps }) });
const setRate = (key: string, ratePerSecond: number) =>
  fetch(`${base}/__team`, { method: "POST", body: JSON.stringify({ key, ratePerSecond }) });

describe("Resend batches against the stand-in", () => {
  const key = "re_test_batches";
  // These tests are about the wire format; the rate has tests of its own below.
  beforeAll(() => setRate(key, 1000));

  it("posts one /emails/batch call, permissive, with the batch's key, and answers one result per message", async () => {
    const before = await statsOf(key);
    const { results, rateLimit } = await batchTransport(key).sendBatch(
      [item("b1@example.org"), item("b2@example.org"), item("b3@example.org")],
      { idempotencyKey: "batch-1" },
    );
    expect(results.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
    expect(new Set(results.map((r) => (r as { id: string }).id)).size).toBe(3);
    const after = await statsOf(key);
    expect(after.batchCalls - before.batchCalls).toBe(1);
    expect(after.accepted - before.accepted).toBe(3);
    // Resend's rate-limit headers come back with every answer.
    expect(rateLimit).toMatchObject({ limit: 1000, remaining: expect.any(Number), resetSeconds: expect.any(Number) });
    const sent = (await received()).filter((r) => r.idempotencyKey === "batch-1");
    expect(sent.map((r) => (r.body.to as string[])[0])).toEqual(["b1@example.org", "b2@example.org", "b3@example.org"]);
  });

  it("fails only the invalid email of a permissive batch", async () => {
    await script("refused-in-batch@example.org", ["400"]);
    const { results } = await batchTransport(key).sendBatch(
      [item("p1@example.org"), item("refused-in-batch@example.org"), item("p3@example.org")],
      { idempotencyKey: "batch-2" },
    );
    expect(results[0]).toMatchObject({ status: "sent" });
    expect(results[1]).toMatchObject({ status: "failed", reason: expect.stringContaining("not allowed") });
    expect(results[2]).toMatchObject({ status: "sent" });
  });

  it("answers a repeated key and body with the first answer and sends nothing; another body gets 409", async () => {
    const batch = [item("i1@example.org"), item("i2@example.org")];
    const first = await batchTransport(key).sendBatch(batch, { idempotencyKey: "batch-3" });
    const before = await statsOf(key);
    const again = await batchTransport(key).sendBatch(batch, { idempotencyKey: "batch-3" });
    expect(again.results).toEqual(first.results);
    const after = await statsOf(key);
    expect(after.accepted).toBe(before.accepted);
    expect(after.idempotentReplays - before.idempotentReplays).toBe(1);
    const other = await batchTransport(key).sendBatch([item("i1@example.org")], { idempotencyKey: "batch-3" });
    expect(other.results).toEqual([
      expect.objectContaining({ status: "failed", httpStatus: 409, reason: expect.stringContaining("invalid_idempotent_request") }),
    ]);
  });

  it("counts an email accepted twice under two keys as a duplicate (the control for the tests that expect none)", async () => {
    const before = await statsOf(key);
    await batchTransport(key).sendBatch([item("dup@example.org")], { idempotencyKey: "batch-dup-1" });
    await batchTransport(key).sendBatch([item("dup@example.org")], { idempotencyKey: "batch-dup-2" });
    expect((await statsOf(key)).duplicates - before.duplicates).toBe(1);
  });

  it("refuses more than 100 emails: the transport before calling, the stand-in on the wire", async () => {
    const many = Array.from({ length: 101 }, (_, i) => item(`many-${i}@example.org`));
    await expect(batchTransport(key).sendBatch(many, { idempotencyKey: "batch-101" })).rejects.toThrow(/at most 100/);
    const res = await fetch(`${base}/emails/batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", "User-Agent": "standpoint-test" },
      body: JSON.stringify(many.map((m) => ({ from: m.message.from, to: [m.message.to], subject: "x", text: "x" }))),
    });
    expect(res.status).toBe(422);
    // The control: 100 is accepted.
    expect(
      (await batchTransport(key).sendBatch(many.slice(0, 100), { idempotencyKey: "batch-100" })).results.every((r) => r.status === "sent"),
    ).toBe(true);
  });

  it("a 500 after sending, or an answer that comes too late, is retried with the same key and sends nothing twice", async () => {
    await script("after-500@example.org", ["500-after"]);
    const batch = [item("after-500@example.org"), item("after-500-b@example.org")];
    const failed = await batchTransport(key).sendBatch(batch, { idempotencyKey: "batch-500-after" });
    expect(failed.results.every((r) => r.status === "retry" && r.httpStatus === 500)).toBe(true);
    const before = await statsOf(key);
    const retried = await batchTransport(key).sendBatch(batch, { idempotencyKey: "batch-500-after" });
    expect(retried.results.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect((await statsOf(key)).accepted).toBe(before.accepted);

    await script("late@example.org", ["timeout"]);
    const late = await batchTransport(key).sendBatch([item("late@example.org")], { idempotencyKey: "batch-late" });
    expect(late.results[0]).toMatchObject({ status: "retry", reason: expect.stringContaining("Timeout") });
    // While the first request runs, the key answers 409 concurrent_idempotent_requests: retry later.
    const during = await batchTransport(key).sendBatch([item("late@example.org")], { idempotencyKey: "batch-late" });
    expect(during.results[0]).toMatchObject({ status: "retry", httpStatus: 409 });
    await new Promise((r) => setTimeout(r, TIMEOUT_HOLD_MS + 200));
    const after = await batchTransport(key).sendBatch([item("late@example.org")], { idempotencyKey: "batch-late" });
    expect(after.results[0]).toMatchObject({ status: "sent" });
    expect(((await (await fetch(`${base}/__accepted?to=late@example.org`)).json()) as { emails: unknown[] }).emails).toHaveLength(1);
  });
});

describe("the stand-in's rate, per key across all callers", () => {
  it("answers 429 with retry-after and ratelimit-* beyond 5 requests a second, and the transport reports them", async () => {
    const key = "re_test_rate_limit";
    const calls = Array.from({ length: 8 }, (_, i) =>
      batchTransport(key, 5000).sendBatch([item(`rate-${i}@example.org`)], { idempotencyKey: `rate-${i}` }),
    );
    const answers = await Promise.all(calls);
    const throttled = answers.filter((a) => a.results[0]!.status === "retry");
    expect(throttled.length).toBeGreaterThanOrEqual(3);
    expect(throttled[0]!.results[0]).toMatchObject({ httpStatus: 429, retryAfterSeconds: 1 });
    expect(throttled[0]!.rateLimit).toMatchObject({ limit: 5, remaining: 0, resetSeconds: 1, retryAfterSeconds: 1 });
    expect((await statsOf(key)).throttled).toBe(throttled.length);
  });

  it("does not throttle the same burst under a higher limit (the control)", async () => {
    const key = "re_test_rate_control";
    await setRate(key, 50);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        batchTransport(key, 5000).sendBatch([item(`ctl-${i}@example.org`)], { idempotencyKey: `ctl-${i}` }),
      ),
    );
    expect(answers.every((a) => a.results[0]!.status === "sent")).toBe(true);
  });
});
