// Topics: stable slugs a digest's meta.json lists (`topics`), with their labels defined once, in
// content/topics.json. A digest stores its topics with their labels, so every view (and every
// API client) reads the label from the digest it already has; this registry only checks ids
// when a digest is compiled (the build and the admin API).
import * as z from "zod";
import file from "../../content/topics.json";
import { Topic } from "./schema";

export const TopicsFile = z.strictObject({
  topics: z.array(Topic).refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, "holds the same id twice"),
});

/** The file the build checks, field by field, before anything reads it (scripts/build-content.ts). */
export const TOPICS_FILE = "content/topics.json";

let byId: Map<string, Topic> | undefined;
/** Parsed on first use, once per isolate; the build has already refused a bad file, naming the field. */
function registry(): Map<string, Topic> {
  byId ??= new Map(TopicsFile.parse(file).topics.map((t) => [t.id, t]));
  return byId;
}

export const topicById = (id: string): Topic | undefined => registry().get(id);
