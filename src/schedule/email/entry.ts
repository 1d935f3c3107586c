// What an edition keeps of each of its digests: exactly what a summary renders of it, and the
// actors and topics a follower's copy is cut by. Written once, when the edition is created
// (migrations/0011), so a send reads a kilobyte or two per digest instead of whole articles,
// and every attempt of a send builds a follower's copy from the same frozen data.
import * as z from "zod";
import { centralQuestion, sidesOf } from "../../digest/read";
import type { Digest } from "../../digest/schema";
import { sourceSentence } from "../../digest/source";
import { cutAtWord } from "./cut";

/** A side's quote is verbatim; one longer than this is cut at a word with an ellipsis. */
const MAX_QUOTE_CHARS = 220;

export const SideEntry = z.object({
  label: z.string(),
  /** The side's place among its question's sides (picks its colour) and its shape marker. */
  index: z.number(),
  marker: z.string(),
  actors: z.array(z.string()),
  quote: z.object({ text: z.string(), speaker: z.string() }).nullable(),
});
export type SideEntry = z.infer<typeof SideEntry>;

export const DigestEntry = z.object({
  slug: z.string(),
  title: z.string(),
  /** The original article: `Digest of “Headline”, Outlet, by Author, published 2026-11-20.`, or what is not stated. */
  source: z.string(),
  originalUrl: z.string().nullable(),
  question: z.string(),
  sides: z.array(SideEntry),
  /** What a follower's copy is cut by (subscriptions' digestsFor). */
  actors: z.array(z.object({ id: z.string(), name: z.string() })),
  topics: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type DigestEntry = z.infer<typeof DigestEntry>;

export function digestEntry(digest: Digest): DigestEntry {
  const question = centralQuestion(digest);
  return {
    slug: digest.slug,
    title: digest.title,
    source: sourceSentence(digest.source),
    originalUrl: digest.source.url,
    question: question.text,
    sides: sidesOf(digest, question)
      .filter((side) => side.actors.length > 0)
      .map((side) => ({
        label: side.label,
        index: side.index,
        marker: side.marker,
        actors: side.actors.map((a) => a.name),
        quote: side.quote ? { text: cutAtWord(side.quote.text, MAX_QUOTE_CHARS), speaker: side.quote.speakerName } : null,
      })),
    actors: digest.actors.map((a) => ({ id: a.id, name: a.name })),
    topics: digest.topics.map((t) => ({ id: t.id, label: t.label })),
  };
}

/** A whole digest (a plan made from D1's digests, or a test's) or an edition's stored entry. */
export const entryOf = (digest: Digest | DigestEntry): DigestEntry => ("positions" in digest ? digestEntry(digest) : digest);
