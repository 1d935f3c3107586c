import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  buildMessage,
  emailBindingTransport,
  listOutbox,
  outboxTransport,
  singleLine,
  summaryTransportFor,
  toMime,
  transportFor,
} from "../../src/mail";
import { testEnv } from "../worker";

const valid = {
  from: "Standpoint <digest@standpoint.example>",
  to: "reader@example.org",
  subject: "Hello",
  html: "<p>Hi</p>",
  text: "Hi",
  headers: {},
};

describe("messages as data", () => {
  it.each([
    ["subject", { subject: "Hi\r\nBcc: victim@example.org" }, "subject", /line breaks or control characters/],
    ["subject (bare LF)", { subject: "Hi\nX-Evil: 1" }, "subject", /line breaks or control characters/],
    ["to", { to: "reader@example.org\r\nBcc: victim@example.org" }, "to", /email/i],
    ["from", { from: "Standpoint\r\n <digest@standpoint.example>" }, "from", /line breaks or control characters/],
    [
      "header value",
      { headers: { "List-Unsubscribe": "<https://x>\r\nBcc: victim@example.org" } },
      "headers",
      /line breaks or control characters/,
    ],
    ["header name", { headers: { "X-Evil\r\nBcc": "victim@example.org" } }, "headers", /Invalid key in record/],
    ["reserved header", { headers: { Bcc: "victim@example.org" } }, "headers", /Invalid key in record/],
  ] as const)("refuses header injection through %s, naming the field", (_, change, field, reason) => {
    // Negative control: the same message without the change is built.
    expect(buildMessage(valid).subject).toBe(valid.subject);
    let error: unknown;
    try {
      buildMessage({ ...valid, ...change });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(z.ZodError);
    const issues = (error as z.ZodError).issues;
    expect(issues.map((i) => i.path[0])).toContain(field);
    expect(issues.map((i) => i.message).join("; ")).toMatch(reason);
  });

  it("flattens content into a header-safe line", () => {
    expect(singleLine("Putin’s\r\noffer\u0000 to\tnegotiate")).toBe("Putin’s offer to negotiate");
    expect(buildMessage({ ...valid, subject: singleLine("a\r\nBcc: x@y.z") }).subject).toBe("a Bcc: x@y.z");
  });

  it("renders MIME whose headers are exactly the ones the builder wrote", () => {
    const message = buildMessage({
      ...valid,
      subject: "Résumé: “quotes” and more",
      headers: { "List-Unsubscribe": "<https://s.example/u/t>" },
    });
    const mime = toMime(message, { messageId: "abc@standpoint.example", date: new Date("2026-01-02T03:04:05Z"), boundary: "b1" });
    const [head, ...rest] = mime.split("\r\n\r\n");
    const names = head!
      .split("\r\n")
      .filter((l) => !l.startsWith(" "))
      .map((l) => l.split(":")[0]);
    expect(names).toEqual(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe", "Content-Type"]);
    expect(head).toContain('From: "Standpoint" <digest@standpoint.example>');
    expect(head).toMatch(/Subject: =\?UTF-8\?B\?/);
    expect(head!.split("\r\n").every((l) => l.length <= 998)).toBe(true);
    const decoded = [...head!.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)].map((m) => Buffer.from(m[1]!, "base64").toString("utf8")).join("");
    expect(decoded).toBe("Résumé: “quotes” and more");
    expect(rest.join("\r\n\r\n")).toContain("Content-Type: text/plain; charset=utf-8");
    expect(mime.trimEnd().endsWith("--b1--")).toBe(true);
  });
});

describe("outbox transport", () => {
  it("stores a message once per idempotency key, newest first", async () => {
    const outbox = outboxTransport(env.DB);
    const first = await outbox.send(buildMessage({ ...valid, to: "outbox-1@example.org" }), { idempotencyKey: "outbox-k1" });
    const again = await outbox.send(buildMessage({ ...valid, to: "outbox-1@example.org", subject: "Other" }), {
      idempotencyKey: "outbox-k1",
    });
    await outbox.send(buildMessage({ ...valid, to: "outbox-1@example.org", subject: "Second" }), { idempotencyKey: "outbox-k2" });
    expect(again).toEqual(first);
    const stored = await listOutbox(env.DB, { to: "outbox-1@example.org" });
    expect(stored.map((m) => m.subject)).toEqual(["Second", "Hello"]);
  });

  it("is what the development configuration selects", () => {
    expect(transportFor(testEnv).name).toBe("outbox");
    expect(summaryTransportFor(testEnv).name).toBe("outbox");
  });

  it("keeps confirmation mail and summaries apart: each kind takes its own transport", () => {
    const split = { ...testEnv, MAIL_TRANSPORT: "email-binding" as const, SUMMARY_TRANSPORT: "resend" as const, RESEND_API_KEY: "re_x" };
    expect(transportFor(split).name).toBe("email-binding");
    expect(summaryTransportFor(split).name).toBe("resend");
  });

  it("stores a batch by each message's own key, so a replay in any shape stores nothing twice", async () => {
    const outbox = outboxTransport(env.DB);
    const item = (to: string) => ({ message: buildMessage({ ...valid, to }), idempotencyKey: `outbox-batch:${to}` });
    const first = await outbox.sendBatch([item("ob-1@example.org"), item("ob-2@example.org")], { idempotencyKey: "ob-batch" });
    expect(first.results.map((r) => r.status)).toEqual(["sent", "sent"]);
    const again = await outbox.sendBatch([item("ob-2@example.org"), item("ob-3@example.org")], { idempotencyKey: "ob-batch-2" });
    expect(again.results[0]).toEqual(first.results[1]);
    for (const to of ["ob-1@example.org", "ob-2@example.org", "ob-3@example.org"]) expect(await listOutbox(env.DB, { to })).toHaveLength(1);
  });
});

describe("send_email binding transport", () => {
  it("hands raw MIME to env.EMAIL (miniflare's local binding) and reports sent", async () => {
    expect(transportFor({ ...testEnv, MAIL_TRANSPORT: "email-binding" }).name).toBe("email-binding");
    const result = await emailBindingTransport(env.EMAIL).send(buildMessage(valid), { idempotencyKey: "binding-1" });
    expect(result).toMatchObject({ status: "sent" });
  });

  it("reports a binding refusal as a failure instead of throwing", async () => {
    const refusing = { send: async () => Promise.reject(new Error("destination address not verified")) } as unknown as SendEmail;
    const failing = { send: async () => Promise.reject(new Error("upstream timed out")) } as unknown as SendEmail;
    expect(await emailBindingTransport(refusing).send(buildMessage(valid), { idempotencyKey: "b2" })).toMatchObject({ status: "failed" });
    expect(await emailBindingTransport(failing).send(buildMessage(valid), { idempotencyKey: "b3" })).toMatchObject({ status: "retry" });
  });
});
