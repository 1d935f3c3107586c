// What the schedule does with the provider's word about a delivery: a bounce or a
// complaint suppresses the address for good, and every event is noted on its ledger row.
import type { DeliveryEvent } from "../mail";
import { suppress } from "../subscriptions";
import { noteProviderEvent } from "./ledger";

export async function recordDeliveryFeedback(env: Env, event: DeliveryEvent): Promise<{ suppressed: number }> {
  let suppressed = 0;
  if (event.suppressReason) {
    const now = new Date();
    for (const email of event.recipients) if (await suppress(env.DB, { email, reason: event.suppressReason, now })) suppressed++;
  }
  if (event.providerId) await noteProviderEvent(env.DB, event.providerId, `${event.type} at ${event.at}`).run();
  return { suppressed };
}
