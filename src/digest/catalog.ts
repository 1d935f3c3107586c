// The digests compiled by `npm run build`, newest first. Imported once per isolate:
// nothing here parses or verifies content at request time.
import compiled from "../generated/digests.json";
import type { Digest } from "./schema";

const digests = compiled as Digest[];
const bySlug = new Map(digests.map((d) => [d.slug, d]));

export function allDigests(): readonly Digest[] {
  return digests;
}

export function findDigest(slug: string): Digest | undefined {
  return bySlug.get(slug);
}
