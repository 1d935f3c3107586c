// What every subscription handler shares: the page shell for personal pages, the refusal
// shape, and reading a token into its subscriber. Routes (routes.tsx, follow-link.tsx) import
// these; nothing here knows a particular flow.
import type { Context } from "hono";
import type { AppEnv } from "../env";
import type { Checked, Refusal } from "../http/body";
import { errorResponse } from "../http/errors";
import { documentOf } from "../http/page/Layout";
import { type Follow, listFollows } from "./follows";
import { PreferencesPage } from "./pages";
import type { Subscriber } from "./schema";
import { findSubscriber, pendingExpired } from "./store";
import { type TokenPurpose, verifyToken } from "./tokens";

export type C = Context<{ Bindings: AppEnv }>;

export function page(c: C, element: { toString(): string | Promise<string> }, status: 200 | 400 | 403 | 413 | 415 | 429 = 200) {
  c.header("Cache-Control", "no-store");
  // Pages reached through token links should never be indexed or their URLs kept.
  c.header("X-Robots-Tag", "noindex");
  return c.html(documentOf(element), status);
}

export const refused = (c: C, r: Refusal) => errorResponse(c, r.status, r.code, r.message);

export const TOKEN_PROBLEMS: Record<string, Refusal> = {
  malformed: {
    status: 400,
    code: "invalid_token",
    message: "This link is incomplete or damaged. Open it again from the email, copying the whole address.",
  },
  bad_signature: {
    status: 400,
    code: "invalid_token",
    message: "This link was not made by Standpoint or has been altered, so it was not used.",
  },
  wrong_purpose: {
    status: 400,
    code: "wrong_token_purpose",
    message: "This link is meant for something else: use the link for this action from the email.",
  },
  expired: {
    status: 410,
    code: "token_expired",
    message: "This link has expired and was not used. Subscribe again, or use the link in a more recent email.",
  },
  gone: {
    status: 410,
    code: "token_revoked",
    message: "This link is no longer valid: the subscription it was made for has changed or been deleted.",
  },
};

/** Verifies a token for one purpose (and scope, for follow links) and loads its subscriber; nothing is changed. */
export async function resolve(c: C, token: string, purpose: TokenPurpose, now: Date, scope?: string): Promise<Checked<Subscriber>> {
  const check = await verifyToken(c.env.TOKEN_SECRET, token, purpose, now, scope);
  if (!check.ok) return { ok: false, ...TOKEN_PROBLEMS[check.problem]! };
  const subscriber = await findSubscriber(c.env.DB, check.claims.subscriberId);
  const stale =
    purpose === "confirm" && subscriber && (subscriber.tokenGeneration !== check.claims.generation || pendingExpired(subscriber, now));
  if (!subscriber || stale) return { ok: false, ...TOKEN_PROBLEMS.gone! };
  return { ok: true, value: subscriber };
}

export const NOT_SUBSCRIBED: Refusal = {
  status: 409,
  code: "not_subscribed",
  message: "Subscribe again to choose how often or what you follow.",
};

/** The preferences page with the subscriber's follows; `offer` adds one unchecked box (from a follow link). */
export async function preferencesPage(c: C, s: Subscriber, notice?: string, status: 200 | 400 = 200, offer?: Follow) {
  const follows = await listFollows(c.env.DB, s.id);
  return page(c, PreferencesPage({ subscriber: s, follows, offer, notice }), status);
}
