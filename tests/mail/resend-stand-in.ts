// vitest globalSetup (runs in Node): a local stand-in for Resend's HTTP API that speaks
// its wire format (https://resend.com/docs/api-reference): POST /emails with a Bearer
// key, JSON body, Idempotency-Key, and Resend's error bodies `{ statusCode, name, message }`.
// Recipients steer failures: rate-limited@ -> 429, server-error@ -> 500, slow@ -> 2 s delay.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";

export const STAND_IN_API_KEY = "re_test_standin_key";

declare module "vitest" {
  export interface ProvidedContext {
    resendStandIn: string;
  }
}

interface Received {
  id: string;
  idempotencyKey: string | null;
  body: Record<string, unknown>;
}

export function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export const error = (res: ServerResponse, statusCode: number, name: string, message: string, headers?: Record<string, string>) =>
  reply(res, statusCode, { statusCode, name, message }, headers);

export async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export default async function setup(project: TestProject) {
  const received: Received[] = [];
  const byKey = new Map<string, { body: string; id: string }>();
  let next = 0;
  const server = createServer(async (req, res) => {
    const raw = await bodyOf(req);
    if (req.method === "GET" && req.url === "/__received") return reply(res, 200, received);
    if (req.method !== "POST" || req.url !== "/emails") return error(res, 404, "not_found", "The requested endpoint does not exist.");
    const auth = req.headers.authorization;
    if (!auth) return error(res, 401, "missing_api_key", "Missing API key in the authorization header.");
    if (auth !== `Bearer ${STAND_IN_API_KEY}`) return error(res, 403, "invalid_api_key", "API key is invalid.");
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw);
    } catch {
      return error(res, 422, "validation_error", "Invalid JSON body.");
    }
    for (const field of ["from", "to", "subject"]) {
      if (!body[field]) return error(res, 422, "missing_required_field", `Missing \`${field}\` field.`);
    }
    const to = ([] as unknown[]).concat(body.to);
    if (to.length > 50) return error(res, 422, "validation_error", "Too many recipients.");
    const first = String(to[0]);
    if (first.startsWith("rate-limited@")) {
      return error(res, 429, "rate_limit_exceeded", "Too many requests. You can only make 2 requests per second.", { "retry-after": "1" });
    }
    if (first.startsWith("server-error@")) return error(res, 500, "internal_server_error", "An unexpected error occurred.");
    if (first.startsWith("slow@")) await new Promise((r) => setTimeout(r, 2000));
    const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
    if (key) {
      const seen = byKey.get(key);
      if (seen && seen.body !== raw) {
        return error(res, 409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
      }
      if (seen) return reply(res, 200, { id: seen.id });
    }
    const id = `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;
    if (key) byKey.set(key, { body: raw, id });
    received.push({ id, idempotencyKey: key, body });
    return reply(res, 200, { id });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("resendStandIn", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
