// The ledger's vocabulary, with no imports: the states a delivery moves through and how it
// stores time. Shared by the ledger, its fold and the storage benchmark (which runs in Node).

export const DELIVERY_STATES = ["queued", "sending", "retrying", "sent", "failed", "dead", "skipped"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Unix seconds, as the ledger stores time. */
export const unixSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
