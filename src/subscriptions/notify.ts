// Sends the mail a subscribe request calls for. Runs after the response (waitUntil),
// so every answer to POST /subscribe takes the same time whatever the address's state.
import { type Transport } from "../mail";
import { alreadySubscribedMessage, confirmationMessage, type SubscriberMailEnv } from "./emails";
import { confirmLink, manageLinks } from "./links";
import type { SubscribeOutcome } from "./store";

export async function notifySubscribeOutcome(env: SubscriberMailEnv, transport: Transport, outcome: SubscribeOutcome, now: Date) {
  const { subscriber, send } = outcome;
  if (!send) return;
  const links = await manageLinks(env, subscriber, now);
  const message =
    send === "confirmation"
      ? confirmationMessage(env, subscriber, await confirmLink(env, subscriber, now), links)
      : alreadySubscribedMessage(env, subscriber, links);
  // One key per request instant: a retried delivery of this request sends once, a new request sends again.
  const result = await transport.send(message, { idempotencyKey: `${send}:${subscriber.id}:${now.toISOString()}` });
  if (result.status !== "sent") {
    console.error(JSON.stringify({ at: "subscriptions.notify", send, subscriber: subscriber.id, result }));
  }
}
