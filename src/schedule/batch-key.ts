// A batch's idempotency key, derived from the edition and exactly the subscribers it
// carries: the same batch, retried or redelivered, always has the same key (so the
// provider sends it once), and a batch of other subscribers can never share it.
// Resend keeps keys for 24 hours, refuses a key reused with another body (409) and
// allows 256 characters: the ids are hashed, the edition and the id range stay readable.

/** `summary:<edition>:<first>-<last>x<count>:<sha-256 of the ids, 128 bits>`. */
export async function batchKey(editionId: string, subscriberIds: readonly number[]): Promise<string> {
  const ids = [...subscriberIds].sort((a, b) => a - b);
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${editionId}|${ids.join(",")}`)));
  const hash = [...bytes.slice(0, 16)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `summary:${editionId}:${ids[0]}-${ids[ids.length - 1]}x${ids.length}:${hash}`;
}
