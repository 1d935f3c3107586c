// The Digest: what the build compiles from content/ and every view reads.
// Published as JSON Schema at /schema/digest.json.
import * as z from "zod";

// The public types. They are the digest's own: the editor files (content/) import them,
// so a change to positions.json's format cannot silently change the API.
/** Ids and slugs are short: a longer one is refused before it is echoed, looked up or memoised. */
export const MAX_ID_LENGTH = 100;

export const Slug = z
  .string()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

export const Text = z.string().trim().min(1, "must not be empty");

/** Metadata of the source article; what the article does not state stays null. */
export const Source = z.strictObject({
  headline: Text.nullable(),
  outlet: Text.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  published: z.iso.date().nullable(),
  author: Text.nullable(),
});
export type Source = z.infer<typeof Source>;

/**
 * How much of the article a digest may show: `full`, or `excerpts` for operators who may quote
 * but not republish: only the paragraphs that hold evidence are kept, the rest is withheld.
 */
export const ArticleTextMode = z.enum(["full", "excerpts"]);
export type ArticleTextMode = z.infer<typeof ArticleTextMode>;

export const ActorKind = z.enum(["person", "institution", "government", "outlet", "group"]);

export const Actor = z.strictObject({
  /** Stable across articles for the same person or institution, e.g. `vladimir-putin`. */
  id: Slug,
  name: Text,
  kind: ActorKind,
  /** Role or affiliation as the article gives it. */
  role: Text.nullable(),
});
export type Actor = z.infer<typeof Actor>;

/** What a digest is about, e.g. `ukraine-war`: ids are stable, labels are defined once (content/topics.json). */
export const Topic = z.strictObject({ id: Slug, label: Text });
export type Topic = z.infer<typeof Topic>;

/** Where an actor stands on a question: one of its sides. */
export const Stance = z.strictObject({ question: Slug, side: Slug });
export type Stance = z.infer<typeof Stance>;

const Offset = z.int().min(0);

export const Evidence = z
  .object({
    /** Stable within the digest; the page anchors the words in the article by it (`#t-<id>`, see paths.ts). */
    id: z.string(),
    kind: z.enum(["quote", "report"]),
    /** The exact characters of the article at [start, end). */
    text: z.string(),
    /** Who said it: the quoted speaker, or null for a sentence in the article's narration. */
    speaker: Slug.nullable(),
    /** 1-based paragraph of the article. */
    paragraph: z.int().min(1),
    start: Offset,
    end: Offset,
    saidTo: z.string().nullable(),
    saidIn: z.string().nullable(),
    /** Ids of the questions this excerpt speaks to (may be empty). */
    about: z.array(Slug),
  })
  .meta({ description: "A verbatim excerpt of the article; article.text.slice(start, end) === text." });
export type Evidence = z.infer<typeof Evidence>;

export const Position = z.object({
  actor: Slug,
  summary: z.string(),
  stances: z.array(Stance),
  evidence: z.array(Evidence),
});
export type Position = z.infer<typeof Position>;

export const Question = z.object({
  id: Slug,
  text: z.string(),
  central: z.boolean(),
  sides: z.array(
    z.object({
      id: Slug,
      label: z.string(),
      /** Actors whose stance on this question is this side. */
      actors: z.array(Slug),
    }),
  ),
});
export type Question = z.infer<typeof Question>;

export const Digest = z
  .object({
    slug: Slug,
    title: z.string(),
    /** `editor`: reviewed positions; `draft`: drafted by the extractor, not yet reviewed. */
    review: z.enum(["editor", "draft"]),
    /** The day the digest was published on Standpoint (ISO date). */
    added: z.iso.date(),
    source: Source,
    articleText: ArticleTextMode.default("full").meta({
      description:
        "`excerpts`: every paragraph that holds no evidence is withheld, its characters replaced by spaces, so offsets still point into article.text.",
    }),
    topics: z.array(Topic).default([]).meta({ description: "What the article is about; follow one at /topics/{id}." }),
    actors: z.array(Actor),
    questions: z.array(Question),
    positions: z.array(Position),
    article: z.object({
      text: z.string(),
      /** [start, end) of each paragraph in text, in order. */
      paragraphs: z.array(z.object({ start: Offset, end: Offset })),
    }),
  })
  .meta({ title: "Standpoint digest", description: "The positions an article reports, each tied to its exact place in the text." });
export type Digest = z.infer<typeof Digest>;

/** An entry of the digest list (`GET /api/digests`). */
export const DigestSummary = z.object({
  slug: Slug,
  title: z.string(),
  url: z.url(),
  review: Digest.shape.review,
  added: Digest.shape.added,
  published: z.iso.date().nullable(),
  outlet: z.string().nullable(),
  centralQuestion: z.string(),
});
export type DigestSummary = z.infer<typeof DigestSummary>;
