// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). The schema is documented in /openapi.json.
import * as z from "zod";
import { named } from "../../http/openapi";
import { FEED_TITLE, type FeedChannel, type FeedEntry, siteChannel } from "./entries";

export const JsonFeed = named(
  "JsonFeed",
  z
    .object({
      version: z.literal("https://jsonfeed.org/version/1.1"),
      title: z.string(),
      home_page_url: z.url(),
      feed_url: z.url(),
      description: z.string(),
      language: z.string(),
      authors: z.array(z.object({ name: z.string(), url: z.url() })),
      items: z.array(
        z.object({
          id: z.string(),
          url: z.url(),
          title: z.string(),
          /** The question, the sides with their people and quotes, and the original article. */
          content_html: z.string(),
          /** The same in one plain sentence, for readers that show no HTML. */
          content_text: z.string(),
          summary: z.string(),
          date_published: z.iso.datetime(),
        }),
      ),
    })
    .meta({
      description: "A JSON Feed 1.1 of the newest digests (all, or an actor's or a topic's): https://www.jsonfeed.org/version/1.1/",
    }),
);
export type JsonFeed = z.infer<typeof JsonFeed>;

export function jsonFeed(
  entries: readonly FeedEntry[],
  siteUrl: string,
  selfUrl: string,
  channel: FeedChannel = siteChannel(siteUrl),
): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: channel.title,
    home_page_url: channel.home,
    feed_url: selfUrl,
    description: channel.description,
    language: "en",
    authors: [{ name: FEED_TITLE, url: `${siteUrl}/` }],
    items: entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      content_html: e.html,
      content_text: e.summary,
      summary: e.summary,
      date_published: e.date,
    })),
  };
}
