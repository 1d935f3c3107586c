// The files an editor writes for an article: content/<slug>/meta.json and
// content/<slug>/positions.json beside the verbatim content/<slug>/article.txt.
// Offsets never appear here: the build finds every excerpt in the text itself.
import * as z from "zod";
import { Actor, ArticleTextMode, Slug, Source, Stance, Text } from "../digest/schema";

/** meta.json: the editor's title and date, and the source as the digest publishes it. */
export const ArticleMeta = z.strictObject({
  /** The digest's title, in the editor's words. */
  title: Text,
  /** The day the digest was published on Standpoint (ISO date). */
  added: z.iso.date(),
  source: Source,
  /** Topic ids from content/topics.json, e.g. `["ukraine-war"]`. */
  topics: z.array(Slug).max(10, "at most 10 topics").default([]),
  /** `excerpts`: publish only the paragraphs that hold evidence (may quote, may not republish). */
  articleText: ArticleTextMode.default("full"),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Side = z.strictObject({ id: Slug, label: Text });

export const Question = z.strictObject({
  id: Slug,
  text: Text,
  /** The disagreement the article turns on; exactly one question is central. */
  central: z.boolean(),
  sides: z.array(Side).min(2, "a question needs at least two sides"),
});
export type Question = z.infer<typeof Question>;

/** Where and to whom something was said, when the article says so. */
const Setting = {
  saidTo: Text.nullable().default(null),
  saidIn: Text.nullable().default(null),
};

/** An excerpt of the article; `occurrence` picks one when the excerpt occurs more than once. */
const Excerpt = {
  text: z.string().min(1, "must not be empty"),
  occurrence: z.int().min(1).optional(),
};

/** The questions (ids) the excerpt speaks to; summaries pick a side's quote among these. */
const About = { about: z.array(Slug).default([]) };

export const EvidenceInput = z.discriminatedUnion("kind", [
  /** Words inside quotation marks, attributed to the actor who said them. */
  z.strictObject({ kind: z.literal("quote"), ...Excerpt, speaker: Slug, ...Setting, ...About }),
  /** The sentence that reports an unquoted position. */
  z.strictObject({ kind: z.literal("report"), ...Excerpt, ...Setting, ...About }),
]);
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const PositionInput = z.strictObject({
  actor: Slug,
  summary: Text,
  stances: z.array(Stance).default([]),
  evidence: z.array(EvidenceInput).min(1, "a position needs evidence from the text"),
});
export type PositionInput = z.infer<typeof PositionInput>;

/** Quoted text that nobody is quoted as saying: scare quotes, titles, nicknames. */
export const NotSpeech = z.strictObject({
  ...Excerpt,
  reason: z.enum(["scare-quotes", "title", "nickname", "term"]),
});

export const PositionsFile = z.strictObject({
  review: z.enum(["editor", "draft"]).default("editor"),
  actors: z.array(Actor).min(1),
  questions: z.array(Question).min(1),
  positions: z.array(PositionInput).min(1),
  notSpeech: z.array(NotSpeech).default([]),
});
export type PositionsFile = z.infer<typeof PositionsFile>;
export type PositionsFileInput = z.input<typeof PositionsFile>;
