// The extractor's output, as zod schemas: it leaves the module for the HTTP API, the
// build and the evaluation, so its shape is checked where it crosses those boundaries.
import * as z from "zod";
import { ActorKind as ContentActorKind } from "../digest/schema";

export const ActorKind = ContentActorKind;
export type ActorKind = z.infer<typeof ActorKind>;

const Span = z.object({ start: z.int().min(0), end: z.int().min(0) });

export const ExtractedQuote = z.object({
  /** The words between the quotation marks, [start, end) into the text. */
  start: z.int().min(0),
  end: z.int().min(0),
  text: z.string(),
  /**
   * The attributed content: the quotation, run on to the end of its clause when the sentence carries on the
   * quoted words, or over the quotations listed after it (`“weak” and “sad”`).
   */
  content: Span,
  /** The mention of the speaker in the text, when the article names one near the quote. */
  source: Span.nullable(),
  /** The speaker's full name as the article gives it, or null when none was found. */
  speaker: z.string().nullable(),
  /** The speaker's actor id (a slug of the full name), or null. */
  actor: z.string().nullable(),
  /**
   * Quotes of one quotation split by its attribution, or run over paragraphs, share a group. A
   * quotation nested in another's words follows that one's quotes, in a group of its own.
   */
  group: z.int().min(0),
  saidTo: z.string().nullable(),
  saidIn: z.string().nullable(),
});
export type ExtractedQuote = z.infer<typeof ExtractedQuote>;
