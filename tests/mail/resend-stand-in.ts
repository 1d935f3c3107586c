// A local stand-in for Resend's HTTP API that speaks its wire format and enforces its
// limits (https://resend.com/docs/api-reference): POST /emails and POST /emails/batch with
// a Bearer key, a User-Agent (403 without), JSON bodies, Resend's error bodies
// `{ statusCode, name, message }`, and:
//
// - a rate per team (each API key is a team): a sliding 1 s window, 5 requests by default,
//   shared by every caller; over it a 429 with retry-after, ratelimit-limit,
//   ratelimit-remaining and ratelimit-reset (every answer carries the ratelimit-* fields);
// - at most 100 emails per batch (422 beyond);
// - Idempotency-Key: the same key and body get the first answer and send nothing; another
//   body gets 409 invalid_idempotent_request; while the first is running, 409
//   concurrent_idempotent_requests;
// - x-batch-validation: permissive: an invalid email fails alone (`errors[]` by index);
//   strict (the default): the whole batch is refused;
// - faults: per recipient scripts (POST /__script { to, steps }) or seeded random faults
//   per team (POST /__team { key, ratePerSecond, faults }): "500" (not processed),
//   "500-after" (processed, then a 500), "429" (not processed), "timeout" (processed, the
//   answer held for holdMs), "400" (that email is invalid). Recipients rate-limited@,
//   server-error@ and slow@ fail that way on POST /emails.
//
// vitest starts it in globalSetup (resend-stand-in.setup.ts, reached at
// inject("resendStandIn")); the delivery benchmark starts its own (createResendStandIn).
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const STAND_IN_API_KEY = "re_test_standin_key";
/** Keys of this shape are valid, each its own team with its own rate window. */
const VALID_KEY = /^re_test_[A-Za-z0-9_]+$/;
export const MAX_BATCH = 100;
/** How long a "timeout" answer is held back; callers in tests give up well before. */
export const TIMEOUT_HOLD_MS = 1500;

export type Fault = "500" | "500-after" | "429" | "timeout" | "400";
export interface RandomFaults {
  seed: number;
  /** Probabilities per request (per email for "400"), each from 0 to 1. */
  p500?: number;
  p500After?: number;
  p429?: number;
  pTimeout?: number;
  p400?: number;
}

interface Team {
  ratePerSecond: number;
  window: number[]; // admitted request times, ms
  random?: () => number;
  faults?: RandomFaults;
  stats: TeamStats;
}

export interface TeamStats {
  calls: number;
  singleCalls: number;
  batchCalls: number;
  throttled: number;
  largestBatch: number;
  accepted: number;
  /** Emails accepted for a recipient and subject already accepted: sent twice. */
  duplicates: number;
  idempotentReplays: number;
  firstAcceptedAt: number;
  lastAcceptedAt: number;
}

export interface AcceptedEmail {
  id: string;
  team: string;
  idempotencyKey: string | null;
  to: string;
  subject: string;
  html?: string;
  text?: string;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  body: unknown;
}

interface KeyEntry {
  bodyHash: string;
  answer?: Answer; // undefined while running
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

/** mulberry32: a tiny seeded PRNG, so a failing run replays. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface StandInOptions {
  /** Requests per second per team unless a team says otherwise (Resend: 5). */
  ratePerSecond?: number;
  /** Keep each email's html, text and headers (tests read them; the benchmark does not). */
  keepBodies?: boolean;
}

export async function createResendStandIn(options: StandInOptions = {}) {
  const defaultRate = options.ratePerSecond ?? 5;
  const keepBodies = options.keepBodies ?? true;
  const teams = new Map<string, Team>();
  const scripts = new Map<string, string[]>();
  const requestsTo = new Map<string, number>();
  const byKey = new Map<string, KeyEntry>(); // team + idempotency key
  const seen = new Map<string, number>(); // team + recipient + subject -> emails accepted
  const accepted: AcceptedEmail[] = [];
  const received: { id: string; idempotencyKey: string | null; body: unknown }[] = [];
  let next = 0;

  const newStats = (): TeamStats => ({
    calls: 0,
    singleCalls: 0,
    batchCalls: 0,
    throttled: 0,
    largestBatch: 0,
    accepted: 0,
    duplicates: 0,
    idempotentReplays: 0,
    firstAcceptedAt: 0,
    lastAcceptedAt: 0,
  });
  const team = (key: string): Team => {
    let t = teams.get(key);
    if (!t) teams.set(key, (t = { ratePerSecond: defaultRate, window: [], stats: newStats() }));
    return t;
  };

  /** The rate check: admits the request into the window, or says how long to wait. */
  function admit(t: Team, now: number): { ok: boolean; headers: Record<string, string> } {
    while (t.window.length && t.window[0]! <= now - 1000) t.window.shift();
    const ok = t.window.length < t.ratePerSecond;
    if (ok) t.window.push(now);
    const resetMs = t.window.length ? t.window[0]! + 1000 - now : 0;
    const reset = String(Math.max(1, Math.ceil(resetMs / 1000)));
    const headers: Record<string, string> = {
      "ratelimit-limit": String(t.ratePerSecond),
      "ratelimit-remaining": String(Math.max(0, t.ratePerSecond - t.window.length)),
      "ratelimit-reset": reset,
    };
    if (!ok) headers["retry-after"] = reset;
    return { ok, headers };
  }

  /** The fault for this request: a recipient's script first, then the team's dice. */
  function requestFault(t: Team, recipients: string[]): Fault | undefined {
    for (const to of recipients) {
      const script = scripts.get(to);
      if (script?.length && script[0] !== "400") return script.shift() as Fault;
    }
    const f = t.faults;
    if (!f || !t.random) return undefined;
    const r = t.random();
    let edge = 0;
    for (const [fault, p] of [
      ["500", f.p500],
      ["500-after", f.p500After],
      ["429", f.p429],
      ["timeout", f.pTimeout],
    ] as const) {
      edge += p ?? 0;
      if (r < edge) return fault;
    }
    return undefined;
  }

  function invalidReason(t: Team, email: Record<string, unknown>): string | undefined {
    for (const field of ["from", "to", "subject"]) if (!email[field]) return `Missing \`${field}\` field.`;
    const to = ([] as unknown[]).concat(email.to);
    if (to.length > 50) return "Too many recipients.";
    if (!to.every((a) => typeof a === "string" && EMAIL.test(a))) return "Invalid `to` field.";
    const script = scripts.get(String(to[0]));
    if (script?.[0] === "400") return (script.shift(), "The `to` address is not allowed.");
    if (t.faults?.p400 && t.random && t.random() < t.faults.p400) return "The `to` address is not allowed.";
    return undefined;
  }

  function accept(key: string, t: Team, idempotencyKey: string | null, email: Record<string, unknown>): string {
    const id = `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;
    const to = String(([] as unknown[]).concat(email.to)[0]);
    const subject = String(email.subject);
    const dupKey = `${key}|${to}|${subject}`;
    const count = (seen.get(dupKey) ?? 0) + 1;
    seen.set(dupKey, count);
    if (count > 1) t.stats.duplicates++;
    t.stats.accepted++;
    t.stats.lastAcceptedAt = Date.now();
    t.stats.firstAcceptedAt ||= t.stats.lastAcceptedAt;
    const kept: AcceptedEmail = { id, team: key, idempotencyKey, to, subject };
    if (keepBodies) Object.assign(kept, { html: email.html, text: email.text, headers: email.headers ?? {} });
    accepted.push(kept);
    if (keepBodies) received.push({ id, idempotencyKey, body: email });
    return id;
  }

  const server = createServer(async (req, res) => {
    const raw = await bodyOf(req);
    const url = new URL(req.url ?? "/", "http://stand-in");
    // Test controls and read-backs (not Resend's).
    if (req.method === "POST" && url.pathname === "/__script") {
      const { to, steps } = JSON.parse(raw) as { to: string; steps: string[] };
      scripts.set(to, [...steps]);
      return reply(res, 204, null);
    }
    if (req.method === "POST" && url.pathname === "/__team") {
      const { key, ratePerSecond, faults } = JSON.parse(raw) as { key: string; ratePerSecond?: number; faults?: RandomFaults };
      const t = team(key);
      if (ratePerSecond) t.ratePerSecond = ratePerSecond;
      if (faults) Object.assign(t, { faults, random: prng(faults.seed) });
      return reply(res, 204, null);
    }
    if (req.method === "GET" && url.pathname === "/__received") return reply(res, 200, received);
    if (req.method === "GET" && url.pathname === "/__stats")
      return reply(res, 200, team(url.searchParams.get("key") ?? STAND_IN_API_KEY).stats);
    if (req.method === "GET" && url.pathname === "/__accepted") {
      const to = url.searchParams.get("to");
      const key = url.searchParams.get("key");
      return reply(res, 200, {
        requests: to ? (requestsTo.get(to) ?? 0) : [...requestsTo.values()].reduce((a, b) => a + b, 0),
        emails: accepted.filter((m) => (!to || m.to === to) && (!key || m.team === key)),
      });
    }

    const single = url.pathname === "/emails";
    if (req.method !== "POST" || (!single && url.pathname !== "/emails/batch"))
      return error(res, 404, "not_found", "The requested endpoint does not exist.");
    const auth = req.headers.authorization;
    if (!auth) return error(res, 401, "missing_api_key", "Missing API key in the authorization header.");
    const apiKey = auth.replace(/^Bearer /, "");
    if (!VALID_KEY.test(apiKey)) return error(res, 403, "invalid_api_key", "API key is invalid.");
    // Resend: "All API requests must include a User-Agent header" (403, error code 1010).
    if (!req.headers["user-agent"]) return error(res, 403, "missing_user_agent", "Requests must include a User-Agent header.");
    const t = team(apiKey);
    t.stats.calls++;
    const rate = admit(t, Date.now());
    if (!rate.ok) {
      t.stats.throttled++;
      return error(
        res,
        429,
        "rate_limit_exceeded",
        `Too many requests. You can only make ${t.ratePerSecond} requests per second.`,
        rate.headers,
      );
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return error(res, 422, "validation_error", "Invalid JSON body.", rate.headers);
    }
    const emails = (single ? [parsed] : parsed) as Record<string, unknown>[];
    if (!Array.isArray(emails) || emails.some((e) => typeof e !== "object" || e === null)) {
      return error(res, 422, "validation_error", "The body must be an array of emails.", rate.headers);
    }
    if (single) t.stats.singleCalls++;
    else t.stats.batchCalls++;
    t.stats.largestBatch = Math.max(t.stats.largestBatch, emails.length);
    if (!single && emails.length > MAX_BATCH)
      return error(res, 422, "validation_error", `Too many emails: a batch holds at most ${MAX_BATCH}.`, rate.headers);
    if (!single && emails.length === 0) return error(res, 422, "validation_error", "The batch is empty.", rate.headers);
    const recipients = emails.map((e) => String(([] as unknown[]).concat(e.to)[0]));
    for (const to of recipients) requestsTo.set(to, (requestsTo.get(to) ?? 0) + 1);

    const first = recipients[0] ?? "";
    if (single && first.startsWith("rate-limited@")) {
      return error(res, 429, "rate_limit_exceeded", "Too many requests.", { ...rate.headers, "retry-after": "1" });
    }
    if (single && first.startsWith("server-error@"))
      return error(res, 500, "internal_server_error", "An unexpected error occurred.", rate.headers);
    if (single && first.startsWith("slow@")) await sleep(2000);

    const idempotencyKey = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
    const entryKey = idempotencyKey && `${apiKey}|${url.pathname}|${idempotencyKey}`;
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    if (entryKey) {
      const known = byKey.get(entryKey);
      if (known && known.bodyHash !== bodyHash) {
        return error(res, 409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.", rate.headers);
      }
      if (known && !known.answer) {
        return error(
          res,
          409,
          "concurrent_idempotent_requests",
          "Same idempotency key used while original request is still in progress.",
          rate.headers,
        );
      }
      if (known?.answer) {
        t.stats.idempotentReplays++;
        return reply(res, known.answer.status, known.answer.body, rate.headers);
      }
    }

    const fault = requestFault(t, recipients);
    if (fault === "429") {
      t.stats.throttled++;
      return error(res, 429, "rate_limit_exceeded", "Too many requests.", { ...rate.headers, "retry-after": "1" });
    }
    if (fault === "500") return error(res, 500, "internal_server_error", "An unexpected error occurred.", rate.headers);

    const permissive = req.headers["x-batch-validation"] === "permissive";
    const invalid = emails.map((e) => invalidReason(t, e));
    let answer: Answer;
    if (single && invalid[0]) answer = { status: 422, body: { statusCode: 422, name: "validation_error", message: invalid[0] } };
    else if (!single && !permissive && invalid.some(Boolean)) {
      answer = { status: 422, body: { statusCode: 422, name: "validation_error", message: invalid.find(Boolean) } };
    } else {
      const data: { id: string }[] = [];
      const errors: { index: number; message: string }[] = [];
      emails.forEach((email, index) => {
        if (invalid[index]) errors.push({ index, message: invalid[index]! });
        else data.push({ id: accept(apiKey, t, idempotencyKey, email) });
      });
      answer = { status: 200, body: single ? data[0] : permissive ? { data, errors } : { data } };
    }
    // Processed: the key now answers with this, even if the caller never hears it.
    if (entryKey && answer.status === 200) byKey.set(entryKey, { bodyHash });
    if (fault === "timeout") await sleep(TIMEOUT_HOLD_MS);
    if (entryKey && answer.status === 200) byKey.set(entryKey, { bodyHash, answer });
    if (fault === "500-after") return error(res, 500, "internal_server_error", "An unexpected error occurred.", rate.headers);
    return reply(res, answer.status, answer.body, rate.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats: (key = STAND_IN_API_KEY) => team(key).stats,
    setRate: (key: string, ratePerSecond: number) => void (team(key).ratePerSecond = ratePerSecond),
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
