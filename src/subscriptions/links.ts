// The signed links every message to a subscriber carries, and the RFC 8058 headers.

import type { AppEnv } from "../env";
import type { Follows, Subscriber } from "./schema";
import { signToken, type TokenEnv } from "./tokens";

export type LinkEnv = TokenEnv & Pick<AppEnv, "SITE_URL">;

export const confirmPath = (token: string) => `/subscriptions/confirm/${token}`;
export const preferencesPath = (token: string) => `/subscriptions/preferences/${token}`;
export const unsubscribePath = (token: string) => `/subscriptions/unsubscribe/${token}`;
export const followPath = (token: string, scope: string) => `/subscriptions/follow/${token}?follows=${scope}`;

/**
 * A follow link's scope, as signed and as carried in `?follows=`: `actor:a,actor:b,topic:c`,
 * each kind's ids sorted, so one set has one spelling. Slugs and `:`/`,` need no escaping.
 */
export const followScope = (f: Follows) =>
  [...[...f.actors].sort().map((id) => `actor:${id}`), ...[...f.topics].sort().map((id) => `topic:${id}`)].join(",");

export interface ManageLinks {
  preferencesUrl: string;
  /** The RFC 8058 one-click endpoint: POST `List-Unsubscribe=One-Click` unsubscribes. */
  unsubscribeUrl: string;
}

/** Preferences and one-click unsubscribe links for a subscriber (valid for a year). */
export async function manageLinks(env: LinkEnv, subscriber: Pick<Subscriber, "id">, now: Date): Promise<ManageLinks> {
  const secret = env.TOKEN_SECRET;
  const [prefs, unsub] = await Promise.all([
    signToken(secret, { purpose: "preferences", subscriberId: subscriber.id, generation: 0 }, now),
    signToken(secret, { purpose: "unsubscribe", subscriberId: subscriber.id, generation: 0 }, now),
  ]);
  return { preferencesUrl: env.SITE_URL + preferencesPath(prefs), unsubscribeUrl: env.SITE_URL + unsubscribePath(unsub) };
}

/** The confirmation link for a pending subscriber's current token generation. */
export async function confirmLink(env: LinkEnv, subscriber: Pick<Subscriber, "id" | "tokenGeneration">, now: Date) {
  const token = await signToken(
    env.TOKEN_SECRET,
    { purpose: "confirm", subscriberId: subscriber.id, generation: subscriber.tokenGeneration },
    now,
  );
  return env.SITE_URL + confirmPath(token);
}

/** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 2369, RFC 8058) for MailMessage.headers. */
export function listUnsubscribeHeaders(links: ManageLinks): Record<string, string> {
  return {
    "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/**
 * A link that, opened and confirmed by the address's owner, adds exactly `follows` to what
 * an active subscriber follows (the "already subscribed" mail offers it). Valid PENDING_DAYS.
 */
export async function followLink(env: LinkEnv, subscriber: Pick<Subscriber, "id">, follows: Follows, now: Date) {
  const scope = followScope(follows);
  const token = await signToken(env.TOKEN_SECRET, { purpose: "follow", subscriberId: subscriber.id, generation: 0 }, now, scope);
  return env.SITE_URL + followPath(token, scope);
}
