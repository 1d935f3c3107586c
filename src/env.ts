// The Worker's variables and secrets, checked once per isolate at the entry (as unkey's API
// does) and nowhere else. Every room reads the checked values: a site URL without a
// trailing slash, the development secrets filled in only in development, the knobs as
// numbers. A bad environment is refused whole, naming the variable, instead of failing
// half-way through a subscription or an edition.
import { Buffer } from "node:buffer";
import * as z from "zod";

// Only for local development, so a fresh clone runs with no secrets; never used elsewhere.
// The admin token is also what `npm run publish` sends to localhost (see the README).
export const DEVELOPMENT_ADMIN_TOKEN = "standpoint-development-admin-token";
export const DEVELOPMENT_TOKEN_SECRET = "standpoint-development-token-secret-not-for-production";
export const DEVELOPMENT_WEBHOOK_SECRET = `whsec_${Buffer.from("standpoint-development-webhook-secret").toString("base64")}`;

/** The confirmation throttle's defaults; the store uses them when a caller passes no limits. */
export const CONFIRMATION_LIMIT_DEFAULTS = { intervalMinutes: 10, perDay: 3 } as const;

const nonEmpty = z.string().trim().min(1, "must not be empty");
const optionalSecret = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

/** A whole number from a string var, with a default and a range; "" counts as unset. */
const knob = (fallback: number, min: number, max: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a whole number from ${min} to ${max}, not "${v}"` });
        return z.NEVER;
      }
      return n;
    });

export const APP_ENVS = ["development", "production"] as const;
export const MAIL_TRANSPORTS = ["outbox", "email-binding", "resend"] as const;
/** Transports that can carry a newsletter: batches, any recipient, an idempotency key. */
export const SUMMARY_TRANSPORTS = ["outbox", "resend"] as const;
type SummaryTransport = (typeof SUMMARY_TRANSPORTS)[number];
const canSendBulk = (t: string): t is SummaryTransport => (SUMMARY_TRANSPORTS as readonly string[]).includes(t);
// Cloudflare's send_email reaches only verified addresses (Email Routing), or is
// "transactional email only" with no idempotency key (Email Service): not for a list.
const NOT_BULK =
  "email-binding cannot send summaries: send_email reaches only verified addresses or transactional mail, with no idempotency key; use resend (or outbox locally)";

const Vars = z
  .object({
    APP_ENV: z.enum(APP_ENVS, { error: `must be one of ${APP_ENVS.join(", ")}` }),
    // Links are built as `${SITE_URL}/path`, so one trailing slash would double them.
    SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((url) => url.replace(/\/+$/, "")),
    MAIL_TRANSPORT: z.enum(MAIL_TRANSPORTS, { error: `must be one of ${MAIL_TRANSPORTS.join(", ")}` }),
    MAIL_FROM: nonEmpty,
    POSTAL_ADDRESS: nonEmpty,
    TOKEN_SECRET: optionalSecret.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
    RESEND_API_KEY: optionalSecret,
    RESEND_WEBHOOK_SECRET: optionalSecret.refine((v) => v === undefined || /^whsec_[A-Za-z0-9+/]+=*$/.test(v), "must be whsec_ and base64"),
    // Resend's API, a regional endpoint of it, or a local stand-in.
    RESEND_API_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    // Summaries only; unset means MAIL_TRANSPORT when that one can send bulk mail.
    SUMMARY_TRANSPORT: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v === "") return undefined;
        if (canSendBulk(v)) return v;
        ctx.addIssue({ code: "custom", message: v === "email-binding" ? NOT_BULK : `must be one of ${SUMMARY_TRANSPORTS.join(", ")}` });
        return z.NEVER;
      }),
    // The admin API's bearer token; without it, production has no admin API.
    ADMIN_TOKEN: optionalSecret.refine((v) => v === undefined || v.trim().length >= 32, "must be at least 32 characters"),
    // How long an isolate serves a digest, list or feed it read from D1 before reading again:
    // how late a publish made through another isolate shows here.
    DIGEST_CACHE_SECONDS: knob(60, 0, 3600),
    // Calls one invocation may make: 45 leaves room below the Free plan's 50.
    SUMMARY_CALL_BUDGET: knob(45, 10, 10_000),
    // Subscribers per send job; the default is one full batch, so a job is one provider call.
    SUMMARY_SLICE_SIZE: knob(100, 1, 500),
    // Emails per provider call: Resend's POST /emails/batch takes at most 100.
    SUMMARY_BATCH_SIZE: knob(100, 1, 100),
    // Provider calls per second for the whole list, across every consumer invocation:
    // 4 leaves one of Resend's 5 per second to confirmation mail.
    SUMMARY_RATE_PER_SECOND: knob(4, 1, 1000),
    // Days a delivery row is kept before it is folded into its edition's totals. 7 covers
    // the provider's 24 h idempotency window, the ~3 h retry horizon, late bounce and
    // complaint webhooks (Svix retries for about a day; late bounces within 5 days), and
    // the subscriber's export of the last week's mail. At least 2: under that a retried
    // send could lose its ledger row while its job is still live.
    LEDGER_RETENTION_DAYS: knob(7, 2, 365),
    // Days the consent record of someone who unsubscribed is kept (then the row and its
    // history are erased): 3 years, the proof of consent for a regulator's limitation period.
    CONSENT_RETENTION_DAYS: knob(1095, 30, 3650),
    // Rows one purge statement deletes; a purge invocation runs a few such steps.
    PURGE_BATCH_SIZE: knob(5000, 100, 50_000),
    // The plan's D1 size limit in MB (Free: 500, Paid: 10,240); the cron warns above 80%.
    DB_SIZE_LIMIT_MB: knob(500, 1, 10_240),
    // Confirmation mail per address: at most one per interval and so many per UTC day, so
    // nobody can flood an inbox by submitting it over and over (issue 14).
    CONFIRMATION_INTERVAL_MINUTES: knob(CONFIRMATION_LIMIT_DEFAULTS.intervalMinutes, 1, 1440),
    CONFIRMATIONS_PER_DAY: knob(CONFIRMATION_LIMIT_DEFAULTS.perDay, 1, 24),
  })
  .superRefine((v, ctx) => {
    const production = v.APP_ENV !== "development";
    if (production && !v.TOKEN_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["TOKEN_SECRET"],
        message: "is required outside development (wrangler secret put TOKEN_SECRET)",
      });
    }
    if (v.MAIL_TRANSPORT === "resend" && !v.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when MAIL_TRANSPORT is resend" });
    }
    const summaryTransport = v.SUMMARY_TRANSPORT ?? v.MAIL_TRANSPORT;
    if (!canSendBulk(summaryTransport)) {
      ctx.addIssue({
        code: "custom",
        path: ["SUMMARY_TRANSPORT"],
        message: `must be set when MAIL_TRANSPORT is ${summaryTransport}: ${NOT_BULK}`,
      });
    }
    if (summaryTransport === "resend" && !v.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when SUMMARY_TRANSPORT is resend" });
    }
    const calls = sendJobCalls(v.SUMMARY_SLICE_SIZE, v.SUMMARY_BATCH_SIZE);
    if (calls > v.SUMMARY_CALL_BUDGET) {
      ctx.addIssue({
        code: "custom",
        path: ["SUMMARY_SLICE_SIZE"],
        message: `${v.SUMMARY_SLICE_SIZE} in batches of ${v.SUMMARY_BATCH_SIZE} takes ${calls} calls a job, more than SUMMARY_CALL_BUDGET ${v.SUMMARY_CALL_BUDGET}`,
      });
    }
  })
  .transform((v) => ({
    ...v,
    // Development runs with no secrets at all; production was refused above without them.
    TOKEN_SECRET: v.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET,
    RESEND_WEBHOOK_SECRET: v.RESEND_WEBHOOK_SECRET ?? (v.APP_ENV === "development" ? DEVELOPMENT_WEBHOOK_SECRET : null),
    // Checked above: the fallback is a bulk transport.
    SUMMARY_TRANSPORT: (v.SUMMARY_TRANSPORT ?? v.MAIL_TRANSPORT) as SummaryTransport,
    // Honoured wherever it is set (.dev.vars, --var, a secret); a documented fixed token only in development.
    ADMIN_TOKEN: v.ADMIN_TOKEN ?? (v.APP_ENV === "development" ? DEVELOPMENT_ADMIN_TOKEN : null),
  }));

/** D1 statements a send job costs besides its batches (edition, the claim's four, the outcomes). */
export const SEND_JOB_D1_STATEMENTS = 6;
/** Provider 429s one invocation waits out itself before it hands the job back to the queue. */
export const THROTTLE_RETRIES_PER_JOB = 2;

/**
 * The most calls one send job makes: its D1 statements; per batch a pace booking, the
 * provider call and a hold when the provider's window is spent; the 429s it waits out (a
 * booking and a call each); the hold and the re-enqueue of a job sent back to the queue.
 */
export function sendJobCalls(sliceSize: number, batchSize: number): number {
  const batches = Math.ceil(sliceSize / batchSize);
  return SEND_JOB_D1_STATEMENTS + 3 * batches + 2 * THROTTLE_RETRIES_PER_JOB + 2;
}

export type Vars = z.output<typeof Vars>;

/** The environment every handler sees: the bindings, and the variables as checked. */
export type AppEnv = Omit<Env, keyof Vars> & Vars;

export class BadEnvironment extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable} ${reason}`);
  }
}

const checked = new WeakMap<object, AppEnv | BadEnvironment>();

/** Checks the environment once per env object (once per isolate in production). */
export function checkEnv(env: Env): AppEnv | BadEnvironment {
  let found = checked.get(env);
  if (!found) {
    const parsed = Vars.safeParse(env);
    if (parsed.success) {
      found = { ...env, ...parsed.data };
    } else {
      const issue = parsed.error.issues[0]!;
      found = new BadEnvironment(String(issue.path[0] ?? "environment"), issue.message);
    }
    checked.set(env, found);
  }
  return found;
}

/** The checked environment, or an exception naming the bad variable (cron and queue handlers). */
export function appEnv(env: Env): AppEnv {
  const found = checkEnv(env);
  if (found instanceof BadEnvironment) throw found;
  return found;
}

export const isDevelopment = (env: Pick<AppEnv, "APP_ENV">) => env.APP_ENV === "development";
