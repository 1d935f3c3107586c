// Sends the mail a subscribe request calls for. Runs after the response (waitUntil),
// so every answer to POST /subscribe takes the same time whatever the address's state.
// Web Crypto and rendering finish without I/O, so a chain started in the handler runs to its
// first D1 write in microtasks, before the response is flushed. A zero timer was not enough
// either: `npm run bench:timing` under wrangler dev told mail from no mail by one probe's time
// 62.6% of the time after a zero timer, 54-56% (50% = chance) after this 20 ms wait, which is
// well inside waitUntil's 30 s. A machine slower than the wait can still outrun it (README).
import type { AppEnv } from "../env";
import type { Transport } from "../mail";
import { alreadySubscribedMessage, confirmationMessage, type SubscriberMailEnv } from "./emails";
import { followCount, labelFollows } from "./follows";
import { confirmLink, followLink, manageLinks } from "./links";
import type { SubscribeOutcome } from "./store";

const AFTER_THE_RESPONSE_MS = 20;

export async function notifySubscribeOutcome(
  env: SubscriberMailEnv & Pick<AppEnv, "DB">,
  transport: Transport,
  outcome: SubscribeOutcome,
  now: Date,
) {
  await new Promise((resolve) => setTimeout(resolve, AFTER_THE_RESPONSE_MS));
  const { subscriber, send, follows } = outcome;
  if (!send) return;
  const links = await manageLinks(env, subscriber, now);
  // An active address keeps its follows whatever a request says (store.ts): its owner is
  // offered the requested ones instead, through a link only its inbox receives.
  const offer =
    send === "already-subscribed" && followCount(follows) > 0
      ? { follows: await labelFollows(env.DB, follows), followUrl: await followLink(env, subscriber, follows, now) }
      : undefined;
  const message =
    send === "confirmation"
      ? confirmationMessage(env, subscriber, await confirmLink(env, subscriber, now), links)
      : alreadySubscribedMessage(env, subscriber, links, offer);
  // One key per request instant: a retried delivery of this request sends once, a new request sends again.
  const result = await transport.send(message, { idempotencyKey: `${send}:${subscriber.id}:${now.toISOString()}` });
  if (result.status !== "sent") {
    console.error(JSON.stringify({ at: "subscriptions.notify", send, subscriber: subscriber.id, result }));
  }
}
