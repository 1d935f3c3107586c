// The subscription JSON API (routes.tsx) in the OpenAPI document, described with the zod
// schemas its handlers parse with. routes.tsx imports this module, so the routes and their
// description load together; tests/api/openapi.test.ts fails if either lacks the other.
import * as z from "zod";
import { documented, errors, json, named } from "../http/openapi";
import { storedMailSchema } from "../mail";
import { followKindSchema, preferencesPatchSchema, subscribeRequestSchema, subscriberEventSchema, subscriberSchema } from "./schema";

const TAG = "Subscriptions";
const TOKEN = "the token from a link in a Standpoint email (preferences or unsubscribe link).";

const Subscription = named("Subscription", z.object({ subscription: subscriberSchema.pick({ email: true, status: true, cadence: true }) }));
const subscription = { subscription: { email: "reader@example.com", status: "active", cadence: "weekly" } } as const;
const followSchema = named(
  "Follow",
  z.object({
    kind: followKindSchema,
    id: z.string().describe("The actor's id (as in /actors/{id}) or the topic's (content/topics.json)."),
    label: z.string().describe("The actor's name as the newest digest gives it, or the topic's label."),
  }),
);

documented({
  method: "post",
  path: "/api/subscriptions",
  operationId: "subscribe",
  tag: TAG,
  summary: "Subscribe an address to the daily or weekly summary",
  description:
    "Sends a confirmation email (double opt-in); the answer is the same whether or not the address was already subscribed. " +
    "`actors` and `topics` (at most 50 ids in all) narrow the summaries to digests that involve them; they are stored with a " +
    "subscription this request leaves waiting for confirmation, and never change a confirmed one (use PATCH /api/subscriptions/me): " +
    "a confirmed address is mailed a link that adds them once its owner confirms.",
  body: { schema: subscribeRequestSchema, example: { email: "reader@example.com", cadence: "weekly", actors: ["vladimir-putin"] } },
  responses: {
    202: json(
      z.object({ accepted: z.literal(true), message: z.string() }),
      "Accepted: a confirmation email is on its way if the address can subscribe.",
      {
        accepted: true,
        message: "If this address can subscribe, a confirmation email is on its way.",
      },
    ),
    ...errors([400, "unknown_follows", "Nothing to follow: unknown actor(s): no-such-actor."], 403, 413, 415, 429),
  },
});

documented({
  method: "post",
  path: "/api/subscriptions/confirm",
  operationId: "confirmSubscription",
  tag: TAG,
  summary: "Confirm a subscription",
  bearer: "the token from the confirmation email's link.",
  responses: { 200: json(Subscription, "Confirmed (again, if it already was).", subscription), ...errors(400, 401, 403, 410) },
});

documented({
  method: "get",
  path: "/api/subscriptions/me",
  operationId: "exportSubscription",
  tag: TAG,
  summary: "Everything Standpoint holds about the subscriber",
  bearer: TOKEN,
  responses: {
    200: json(
      z.object({
        subscriber: subscriberSchema.omit({ tokenGeneration: true }),
        history: z.array(subscriberEventSchema),
        follows: z.array(followSchema).describe("The actors and topics followed; none means every digest."),
        deliveries: z
          .array(z.record(z.string(), z.unknown()))
          .describe("Every summary delivery to the subscriber, each with every column the delivery ledger holds."),
        messages: z.array(storedMailSchema).describe("Messages to the address the outbox holds (up to 500)."),
      }),
      "The subscriber record, its history of consent events, its summary deliveries and stored messages, as a download.",
    ),
    ...errors(400, 401, 403, 410),
  },
});

documented({
  method: "patch",
  path: "/api/subscriptions/me",
  operationId: "changePreferences",
  tag: TAG,
  summary: "Change how often summaries arrive, and what you follow",
  description:
    "A list replaces the follows of its kind (`actors: []` follows no actor); a kind left out keeps its follows. Unknown ids are a 400 that names them.",
  bearer: TOKEN,
  body: { schema: preferencesPatchSchema, example: { cadence: "daily", actors: ["vladimir-putin"] } },
  responses: {
    200: json(
      named(
        "SubscriptionWithFollows",
        z.object({
          subscription: subscriberSchema.pick({ email: true, status: true, cadence: true }).extend({ follows: z.array(followSchema) }),
        }),
      ),
      "The subscription after the change.",
      {
        subscription: {
          ...subscription.subscription,
          cadence: "daily",
          follows: [{ kind: "actor", id: "vladimir-putin", label: "Vladimir Putin" }],
        },
      },
    ),
    ...errors([400, "unknown_follows", "Nothing to follow: unknown topic(s): no-such-topic."], 401, 403, 409, 410, 413, 415),
  },
});

documented({
  method: "post",
  path: "/api/subscriptions/me/unsubscribe",
  operationId: "unsubscribe",
  tag: TAG,
  summary: "Unsubscribe",
  bearer: TOKEN,
  responses: {
    200: json(Subscription, "Unsubscribed.", { subscription: { ...subscription.subscription, status: "unsubscribed" } }),
    ...errors(400, 401, 403, 410),
  },
});

documented({
  method: "delete",
  path: "/api/subscriptions/me",
  operationId: "eraseSubscription",
  tag: TAG,
  summary: "Delete the subscriber, their history, deliveries and stored messages",
  bearer: TOKEN,
  responses: {
    200: json(z.object({ erased: z.literal(true) }), "Erased; links in earlier emails stop working.", { erased: true }),
    ...errors(400, 401, 403, 410),
  },
});
