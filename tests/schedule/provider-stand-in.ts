// vitest globalSetup (Node): a scripted stand-in for Resend's POST /emails, for the
// summary sender's failure tests. Each recipient can be given a script of answers
// (POST /__script { to, steps }): "500", "429" (Retry-After: 1), "400", "timeout" (the
// email is accepted but the answer comes too late for the caller) and then "ok" forever.
// Like Resend, a repeated Idempotency-Key returns the first email's id and stores nothing.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { bodyOf, error, reply } from "../mail/resend-stand-in";

export const SCRIPTED_API_KEY = "re_test_scripted_key";
/** How long a "timeout" answer is held back; the tests' transport gives up well before. */
export const TIMEOUT_HOLD_MS = 1500;

declare module "vitest" {
  export interface ProvidedContext {
    scriptedProvider: string;
  }
}

interface Accepted {
  id: string;
  idempotencyKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export default async function setup(project: TestProject) {
  const scripts = new Map<string, string[]>();
  const requests = new Map<string, number>();
  const accepted = new Map<string, Accepted>(); // by idempotency key
  let next = 0;
  const server = createServer(async (req, res) => {
    const raw = await bodyOf(req);
    const url = new URL(req.url ?? "/", "http://stand-in");
    if (req.method === "POST" && url.pathname === "/__script") {
      const { to, steps } = JSON.parse(raw) as { to: string; steps: string[] };
      scripts.set(to, [...steps]);
      return reply(res, 204, null);
    }
    if (req.method === "GET" && url.pathname === "/__accepted") {
      const to = url.searchParams.get("to");
      return reply(res, 200, {
        requests: to ? (requests.get(to) ?? 0) : [...requests.values()].reduce((a, b) => a + b, 0),
        emails: [...accepted.values()].filter((m) => !to || m.to === to),
      });
    }
    if (req.method !== "POST" || url.pathname !== "/emails") return error(res, 404, "not_found", "The requested endpoint does not exist.");
    if (req.headers.authorization !== `Bearer ${SCRIPTED_API_KEY}`) return error(res, 403, "invalid_api_key", "API key is invalid.");
    const body = JSON.parse(raw) as { to: string[]; subject: string; html: string; text: string; headers: Record<string, string> };
    const to = body.to[0]!;
    requests.set(to, (requests.get(to) ?? 0) + 1);
    const step = scripts.get(to)?.shift() ?? "ok";
    if (step === "500") return error(res, 500, "internal_server_error", "An unexpected error occurred.");
    if (step === "429") return error(res, 429, "rate_limit_exceeded", "Too many requests.", { "retry-after": "1" });
    if (step === "400") return error(res, 400, "validation_error", "The `to` address is not allowed.");
    const key = String(req.headers["idempotency-key"] ?? "");
    if (!key) return error(res, 400, "validation_error", "This stand-in expects an Idempotency-Key.");
    let email = accepted.get(key);
    if (!email) {
      email = { id: `stand-in-${++next}`, idempotencyKey: key, to, subject: body.subject, html: body.html, text: body.text, headers: body.headers };
      accepted.set(key, email);
    }
    if (step === "timeout") await new Promise((r) => setTimeout(r, TIMEOUT_HOLD_MS));
    return reply(res, 200, { id: email.id });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("scriptedProvider", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
