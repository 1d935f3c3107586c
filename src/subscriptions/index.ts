/**
 * Subscribers: storage on D1, signed links, and the messages sent to them.
 *
 * For the summary sender (issue 4):
 * ```ts
 * let after = 0;
 * do {
 *   const page = await activeSubscribers(env.DB, "daily", { after, limit: 100 });
 *   for (const s of page.subscribers) {
 *     const links = await manageLinks(env, s, now);          // preferences + one-click unsubscribe
 *     const message = subscriberMessage(env, s, links, { subject, title, html: <Summary/>, text });
 *     // message.headers already carry List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)
 *   }
 *   after = page.next ?? 0;
 * } while (after);
 * await purgeExpiredPending(env.DB, now);                      // daily: unconfirmed > 7 days
 * await suppress(env.DB, { email, reason: "hard bounce", now }); // delivery feedback
 * ```
 * - Statuses: pending -> active (confirmed) -> unsubscribed -> pending (resubscribe, fresh
 *   confirmation); suppressed is final. Only `active` subscribers may be mailed summaries.
 * - Tokens (`signToken`/`verifyToken`, HMAC-SHA256 with `env.TOKEN_SECRET`, a fixed key in
 *   development, see src/env.ts) are never stored.
 * - Routes: `subscriptionRoutes` (HTML under /subscriptions/*, JSON under /api/subscriptions*).
 */
export { alreadySubscribedMessage, confirmationMessage, SubscriberFooter, subscriberFooterText, subscriberMessage } from "./emails";
export type { SubscriberMailEnv } from "./emails";
export {
  confirmLink,
  confirmPath,
  listUnsubscribeHeaders,
  type LinkEnv,
  type ManageLinks,
  manageLinks,
  preferencesPath,
  unsubscribePath,
} from "./links";
export {
  CADENCES,
  type Cadence,
  cadenceSchema,
  emailInputSchema,
  mailboxOf,
  PENDING_DAYS,
  type Subscriber,
  type SubscriberEvent,
  type SubscriberStatus,
  statusSchema,
  subscribeRequestSchema,
} from "./schema";
export {
  activeSubscribers,
  changeCadence,
  confirmSubscription,
  eraseSubscriber,
  exportSubscriber,
  findSubscriber,
  findSubscriberByEmail,
  purgeExpiredPending,
  requestSubscription,
  type ConfirmationLimits,
  type SubscribeOutcome,
  type SubscriberPage,
  suppress,
  unsubscribe,
} from "./store";
export { signToken, type TokenClaims, type TokenPurpose, verifyToken } from "./tokens";
export { subscriptionRoutes } from "./routes";
export { addressHash } from "./address-hash";
