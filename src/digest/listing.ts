// What a list, a feed, the sitemap or the index needs of a digest, stored beside it
// (migrations/0008) so a list page never reads whole articles.
import * as z from "zod";
import { centralQuestion, sidesSentence } from "./read";
import { type Actor, Digest, Evidence, Slug } from "./schema";

export const DigestListing = z.object({
  slug: Slug,
  title: z.string(),
  review: Digest.shape.review,
  added: Digest.shape.added,
  published: z.iso.date().nullable(),
  outlet: z.string().nullable(),
  centralQuestion: z.string(),
  /** The central question and who stands on which side, in one line (feeds). */
  sides: z.string(),
});
export type DigestListing = z.infer<typeof DigestListing>;

export function listingOf(digest: Digest): DigestListing {
  return {
    slug: digest.slug,
    title: digest.title,
    review: digest.review,
    added: digest.added,
    published: digest.source.published,
    outlet: digest.source.outlet,
    centralQuestion: centralQuestion(digest).text,
    sides: sidesSentence(digest),
  };
}

/** An actor's position in one digest, with the question and side spelled out. */
export const ActorPosition = z.object({
  summary: z.string(),
  stances: z.array(z.object({ question: Slug, questionText: z.string(), side: Slug, sideLabel: z.string() })),
});
export type ActorPosition = z.infer<typeof ActorPosition>;

/** Every actor of a digest with their position in it (null when the article names them without one). */
export function actorEntriesOf(digest: Digest): { actor: Actor; position: ActorPosition | null }[] {
  return digest.actors.map((actor) => {
    const position = digest.positions.find((p) => p.actor === actor.id);
    return {
      actor,
      position: position
        ? {
            summary: position.summary,
            stances: position.stances.map((s) => {
              const question = digest.questions.find((q) => q.id === s.question)!;
              const side = question.sides.find((x) => x.id === s.side)!;
              return { question: s.question, questionText: question.text, side: s.side, sideLabel: side.label };
            }),
          }
        : null,
    };
  });
}

/** One of an actor's quotations in a digest: their words, and where they are in the article. */
export const ActorQuote = Evidence.pick({ id: true, text: true, speaker: true, paragraph: true, saidTo: true, saidIn: true });
export type ActorQuote = z.infer<typeof ActorQuote>;
