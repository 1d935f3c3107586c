// The Worker's variables and secrets, checked once per isolate at the entry (as unkey's API
// does) and nowhere else. Every room reads the checked values: a site URL without a
// trailing slash, the development secrets filled in only in development, the knobs as
// numbers. A bad environment is refused whole, naming the variable, instead of failing
// half-way through a subscription or an edition.
import { Buffer } from "node:buffer";
import * as z from "zod";
import { DEVELOPMENT_ADMIN_TOKEN } from "./admin-token";

// Only for local development, so a fresh clone runs with no secrets; never used elsewhere.
export const DEVELOPMENT_TOKEN_SECRET = "standpoint-development-token-secret-not-for-production";
export { DEVELOPMENT_ADMIN_TOKEN } from "./admin-token";
export const DEVELOPMENT_WEBHOOK_SECRET = `whsec_${Buffer.from("standpoint-development-webhook-secret").toString("base64")}`;

const nonEmpty = z.string().trim().min(1, "must not be empty");
const optionalSecret = z.string().optional().transform((v) => (v === "" ? undefined : v));

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

const Vars = z
  .object({
    APP_ENV: z.enum(APP_ENVS, { error: `must be one of ${APP_ENVS.join(", ")}` }),
    // Links are built as `${SITE_URL}/path`, so one trailing slash would double them.
    SITE_URL: z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      .transform((url) => url.replace(/\/+$/, "")),
    MAIL_TRANSPORT: z.enum(MAIL_TRANSPORTS, { error: `must be one of ${MAIL_TRANSPORTS.join(", ")}` }),
    MAIL_FROM: nonEmpty,
    POSTAL_ADDRESS: nonEmpty,
    TOKEN_SECRET: optionalSecret.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
    RESEND_API_KEY: optionalSecret,
    RESEND_WEBHOOK_SECRET: optionalSecret.refine((v) => v === undefined || /^whsec_[A-Za-z0-9+/]+=*$/.test(v), "must be whsec_ and base64"),
    RESEND_BASE_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal("").transform(() => undefined)),
    // The admin API's bearer token; without it, production has no admin API.
    ADMIN_TOKEN: optionalSecret.refine((v) => v === undefined || v.trim().length >= 32, "must be at least 32 characters"),
    // How long an isolate serves a digest, list or feed it read from D1 before reading again:
    // how late a publish made through another isolate shows here.
    DIGEST_CACHE_SECONDS: knob(60, 0, 3600),
    // Calls one invocation may make: 45 leaves room below the Free plan's 50.
    SUMMARY_CALL_BUDGET: knob(45, 10, 10_000),
    // Subscribers per send job: one job's sends plus its D1 statements fit one invocation.
    SUMMARY_SLICE_SIZE: knob(38, 1, 500),
  })
  .superRefine((v, ctx) => {
    const production = v.APP_ENV !== "development";
    if (production && !v.TOKEN_SECRET) {
      ctx.addIssue({ code: "custom", path: ["TOKEN_SECRET"], message: "is required outside development (wrangler secret put TOKEN_SECRET)" });
    }
    if (v.MAIL_TRANSPORT === "resend" && !v.RESEND_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["RESEND_API_KEY"], message: "is required when MAIL_TRANSPORT is resend" });
    }
    if (v.SUMMARY_SLICE_SIZE + 6 > v.SUMMARY_CALL_BUDGET) {
      ctx.addIssue({ code: "custom", path: ["SUMMARY_SLICE_SIZE"], message: `${v.SUMMARY_SLICE_SIZE} does not fit SUMMARY_CALL_BUDGET ${v.SUMMARY_CALL_BUDGET}` });
    }
  })
  .transform((v) => ({
    ...v,
    // Development runs with no secrets at all; production was refused above without them.
    TOKEN_SECRET: v.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET,
    RESEND_WEBHOOK_SECRET: v.RESEND_WEBHOOK_SECRET ?? (v.APP_ENV === "development" ? DEVELOPMENT_WEBHOOK_SECRET : null),
    // Honoured wherever it is set (.dev.vars, --var, a secret); a documented fixed token only in development.
    ADMIN_TOKEN: v.ADMIN_TOKEN ?? (v.APP_ENV === "development" ? DEVELOPMENT_ADMIN_TOKEN : null),
  }));

export type Vars = z.output<typeof Vars>;

/** The environment every handler sees: the bindings, and the variables as checked. */
export type AppEnv = Omit<Env, keyof Vars> & Vars;

export class BadEnvironment extends Error {
  constructor(readonly variable: string, readonly reason: string) {
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
