import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { createApp } from "../../src/app";
import { buildMessage, resendTransport, transportFor } from "../../src/mail";
import { STAND_IN_API_KEY } from "./resend-stand-in";
import { appEnv } from "../../src/env";

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
    const badKey = resendTransport({ apiKey: "re_wrong", apiUrl: base });
    expect(await badKey.send(message("x@example.org"), { idempotencyKey: "k-403" })).toMatchObject({ status: "failed", httpStatus: 403 });
    // The same key with a different payload is a caller bug, not a transient problem.
    await transport.send(message("a@example.org"), { idempotencyKey: "k-409" });
    expect(await transport.send(message("b@example.org"), { idempotencyKey: "k-409" })).toMatchObject({ status: "failed", httpStatus: 409 });
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
