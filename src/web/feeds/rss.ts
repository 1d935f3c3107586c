// RSS 2.0 (https://www.rssboard.org/rss-specification), with an atom:link to itself as the
// RSS Advisory Board recommends.

import { type FeedChannel, type FeedEntry, feedUpdated, siteChannel } from "./entries";
import { el, xmlDocument } from "./xml";

/** RFC 822 dates, as RSS requires. */
const rfc822 = (instant: string) => new Date(instant).toUTCString();

export function rssFeed(
  entries: readonly FeedEntry[],
  siteUrl: string,
  selfUrl: string,
  channel: FeedChannel = siteChannel(siteUrl),
): string {
  return xmlDocument(
    el(
      "rss",
      { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom", "xmlns:content": "http://purl.org/rss/1.0/modules/content/" },
      el(
        "channel",
        {},
        el("title", {}, channel.title),
        el("link", {}, channel.home),
        el("description", {}, channel.description),
        el("language", {}, "en"),
        el("atom:link", { href: selfUrl, rel: "self", type: "application/rss+xml" }),
        el("lastBuildDate", {}, rfc822(feedUpdated(entries))),
        ...entries.map((e) =>
          el(
            "item",
            {},
            el("title", {}, e.title),
            el("link", {}, e.url),
            el("guid", { isPermaLink: "true" }, e.url),
            el("pubDate", {}, rfc822(e.date)),
            el("description", {}, e.summary),
            el("content:encoded", {}, e.html),
          ),
        ),
      ),
    ),
  );
}
