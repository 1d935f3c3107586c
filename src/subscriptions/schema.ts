import * as z from "zod";
import { Slug } from "../digest/schema";

export const CADENCES = ["daily", "weekly"] as const;
// Messages here are read by people on the subscribe page, so they are whole sentences with no field keys.
export const cadenceSchema = z.enum(CADENCES, { error: "Choose how often: daily or weekly." });
export type Cadence = z.infer<typeof cadenceSchema>;

/**
 * When each cadence's summary goes out, in words for the pages that promise it. The cron
 * triggers in wrangler.toml fire then (a test checks the two agree).
 */
export const SENT_AT: Record<Cadence, string> = {
  daily: "every morning at 07:00 UTC",
  weekly: "every Monday at 07:00 UTC",
};

export const statusSchema = z.enum(["pending", "active", "unsubscribed", "suppressed"]);
export type SubscriberStatus = z.infer<typeof statusSchema>;

/** Days an unconfirmed subscription (and its confirmation link) stays valid. */
export const PENDING_DAYS = 7;

const LINE_BREAK = /[\r\n\u0000]/;

/**
 * An address as people type it, normalized (trimmed, lower-cased) so one person is one
 * row. Line breaks are refused before trimming could hide them.
 */
export const emailInputSchema = z
  .string({ error: "Enter your email address." })
  .max(254, "That address is longer than 254 characters; check it and try again.")
  .refine((v) => !LINE_BREAK.test(v), "An email address cannot contain line breaks.")
  .transform((v) => v.trim().toLowerCase())
  .pipe(
    z
      .email("That does not look like an email address. Check it has one @ and a domain, like name@example.com.")
      .refine((v) => v.split("@")[0]!.length <= 64, "The part before the @ is longer than 64 characters; check the address."),
  );

/**
 * The inbox an address reaches: without its "+tag" (reader+news@x and reader@x land in the
 * same inbox at the providers that support tags), so limits on mail count the inbox.
 */
export function mailboxOf(email: string): string {
  const at = email.lastIndexOf("@");
  const plus = email.indexOf("+");
  return plus >= 0 && plus < at ? email.slice(0, plus) + email.slice(at) : email;
}

/** The page a subscription was asked for from, as recorded in the consent record. */
export const sourceSchema = z
  .string()
  .max(200)
  .regex(/^\/[A-Za-z0-9/_.-]*$/, "source must be a site path");

/** The most actors and topics one subscriber may follow, in all (migrations/0010 holds to it too). */
export const MAX_FOLLOWS = 50;
export const FOLLOW_KINDS = ["actor", "topic"] as const;
export const followKindSchema = z.enum(FOLLOW_KINDS);
export type FollowKind = z.infer<typeof followKindSchema>;

/** Ids as the digests spell them; repeats collapse, so a list is a set. */
const followIds = z
  .array(Slug, { error: "must be a list of ids" })
  .max(MAX_FOLLOWS, `at most ${MAX_FOLLOWS} ids`)
  .transform((ids) => [...new Set(ids)]);

const withinFollowLimit = (v: { actors?: string[]; topics?: string[] }) => (v.actors?.length ?? 0) + (v.topics?.length ?? 0) <= MAX_FOLLOWS;
const FOLLOW_LIMIT = { error: `follow at most ${MAX_FOLLOWS} actors and topics in all`, path: ["follows"] };

/** What a subscriber follows; both lists empty means every digest. */
export const followsSchema = z.object({ actors: z.array(Slug), topics: z.array(Slug) });
export type Follows = z.infer<typeof followsSchema>;
export const NO_FOLLOWS: Follows = { actors: [], topics: [] };

export const subscribeRequestSchema = z
  .strictObject({
    email: emailInputSchema,
    cadence: cadenceSchema,
    actors: followIds.optional(),
    topics: followIds.optional(),
  })
  .refine(withinFollowLimit, FOLLOW_LIMIT);

/** PATCH /api/subscriptions/me: any of cadence, actors, topics; a list given replaces that kind's follows. */
export const preferencesPatchSchema = z
  .strictObject({ cadence: cadenceSchema.optional(), actors: followIds.optional(), topics: followIds.optional() })
  .refine((v) => v.cadence !== undefined || v.actors !== undefined || v.topics !== undefined, {
    error: "send cadence, actors or topics",
  })
  .refine(withinFollowLimit, FOLLOW_LIMIT);
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/** A follow as a form field carries it (FollowForm, the preferences page): `actor:vladimir-putin`. */
export const followFieldSchema = z
  .string()
  .regex(/^(actor|topic):[a-z0-9]+(?:-[a-z0-9]+)*$/, "follow must be actor:<id> or topic:<id>")
  .transform((v) => {
    const [kind, id] = v.split(":") as [FollowKind, string];
    return { kind, id };
  });
export type SubscribeRequest = z.infer<typeof subscribeRequestSchema>;

/** A subscriber as stored (snake_case columns read into this shape by the store). */
export const subscriberSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  status: statusSchema,
  cadence: cadenceSchema,
  tokenGeneration: z.number().int(),
  subscribedAt: z.string(),
  subscribedFrom: z.string(),
  confirmedAt: z.string().nullable(),
  confirmedFrom: z.string().nullable(),
  unsubscribedAt: z.string().nullable(),
  unsubscribedVia: z.string().nullable(),
  suppressedAt: z.string().nullable(),
  suppressedReason: z.string().nullable(),
  remindedAt: z.string().nullable(),
  confirmationSentAt: z.string().nullable(),
  confirmationsDay: z.string().nullable(),
  confirmationsSent: z.number().int(),
  mailbox: z.string().nullable(),
  updatedAt: z.string(),
});
export type Subscriber = z.infer<typeof subscriberSchema>;

export const subscriberEventSchema = z.object({
  at: z.string(),
  // follows_changed: migrations/0012; its detail counts the follows, never names them.
  event: z.enum(["subscribed", "confirmed", "cadence_changed", "follows_changed", "unsubscribed", "suppressed"]),
  source: z.string(),
  detail: z.string().nullable(),
});
export type SubscriberEvent = z.infer<typeof subscriberEventSchema>;
