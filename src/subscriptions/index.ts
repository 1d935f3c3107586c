/**
 * Subscribers: subscribe, confirm, preferences, unsubscribe, export and erase; signed
 * links; consent records on D1; and the one definition of who gets mail.
 *
 * - Statuses: pending -> active (confirmed) -> unsubscribed -> pending (resubscribe, fresh
 *   confirmation); suppressed is final. Only `active` subscribers may be mailed summaries:
 *   `dueSubscriberIds` / `dueSubscribersPage` (who is due a cadence's edition, after an id)
 *   and `stillDue` (checked again when a send is claimed) say so, and the schedule composes
 *   them into its fan-out and ledger statements (src/schedule/fanout.ts, ledger.ts). Follows
 *   narrow it: `matchedFollows` and `digestsFor` say which digests a follower's copy holds.
 * - Follows (actors and topics, at most 50): `FollowForm` on actor and topic pages, the
 *   subscribe request's `actors`/`topics`, the preferences page and PATCH /api/subscriptions/me.
 * - Every message to a subscriber carries their links: `manageLinks` (preferences and
 *   one-click unsubscribe) and `listUnsubscribeHeaders` (RFC 8058); the summary email
 *   itself is rendered and sent by src/schedule.
 * - Housekeeping the daily cron runs: `purgeExpiredPending` (unconfirmed after 7 days),
 *   `purgeLapsedSubscribers` (consent records of those who left, after
 *   CONSENT_RETENTION_DAYS); `suppress` is called by delivery feedback (bounces, complaints).
 * - Tokens (`signToken`/`verifyToken`, HMAC-SHA256 with `env.TOKEN_SECRET`, a fixed key in
 *   development, see src/env.ts) are never stored.
 * - Routes: `subscriptionRoutes` (HTML under /subscriptions/*, JSON under /api/subscriptions*).
 */

export { addressHash } from "./address-hash";
export {
  type DueParams,
  digestsFor,
  dueSubscriberIds,
  dueSubscribersPage,
  followsMatch,
  matchedFollows,
  type Selection,
  stillDue,
} from "./due";
export type { SubscriberMailEnv } from "./emails";
export { alreadySubscribedMessage, confirmationMessage, SubscriberFooter, subscriberFooterText, subscriberMessage } from "./emails";
export { FollowForm } from "./FollowForm";
export {
  confirmLink,
  confirmPath,
  type LinkEnv,
  listUnsubscribeHeaders,
  type ManageLinks,
  manageLinks,
  preferencesPath,
  unsubscribePath,
} from "./links";
export { purgeLapsedSubscribers } from "./retention";
export { subscriptionRoutes } from "./routes";
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
  type ConfirmationLimits,
  changeCadence,
  confirmSubscription,
  eraseSubscriber,
  exportSubscriber,
  findSubscriber,
  findSubscriberByEmail,
  purgeExpiredPending,
  requestSubscription,
  type SubscribeOutcome,
  suppress,
  unsubscribe,
} from "./store";
export { signToken, type TokenClaims, type TokenPurpose, verifyToken } from "./tokens";
