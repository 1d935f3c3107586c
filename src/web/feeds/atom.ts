// Atom (RFC 4287). Entry ids are the digests' URLs: permanent, and unique per digest.

import { FEED_TITLE, type FeedChannel, type FeedEntry, feedUpdated, siteChannel } from "./entries";
import { el, xmlDocument } from "./xml";

export function atomFeed(
  entries: readonly FeedEntry[],
  siteUrl: string,
  selfUrl: string,
  channel: FeedChannel = siteChannel(siteUrl),
): string {
  return xmlDocument(
    el(
      "feed",
      { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "en" },
      el("id", {}, channel.home),
      el("title", {}, channel.title),
      el("subtitle", {}, channel.description),
      el("updated", {}, feedUpdated(entries)),
      el("author", {}, el("name", {}, FEED_TITLE)),
      el("link", { rel: "self", type: "application/atom+xml", href: selfUrl }),
      el("link", { rel: "alternate", type: "text/html", href: channel.home }),
      ...entries.map((e) =>
        el(
          "entry",
          {},
          el("id", {}, e.url),
          el("title", { type: "text" }, e.title),
          el("link", { rel: "alternate", type: "text/html", href: e.url }),
          el("published", {}, e.date),
          el("updated", {}, e.date),
          el("summary", { type: "text" }, e.summary),
          el("content", { type: "html" }, e.html),
        ),
      ),
    ),
  );
}
