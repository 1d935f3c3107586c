// Feeds, sitemap and robots.txt: built once per isolate read of D1, served with a strong ETag.
import { Hono } from "hono";
import type * as z from "zod";
import { newestDigests, publishedSlugs } from "../../digest/store";
import type { AppEnv } from "../../env";
import { once, represent, sendCached } from "../../http/cache";
import { cached, documented } from "../../http/openapi";
import { FEEDS } from "../../http/page/feeds";
import { documentOf } from "../../http/page/Layout";
import { FeedsPage } from "../pages/FeedsPage";
import { readRepresentation } from "../reads";
import { atomFeed } from "./atom";
import { FEED_ITEMS, type FeedEntry, feedEntries } from "./entries";
import { JsonFeed, jsonFeed } from "./jsonFeed";
import { rssFeed } from "./rss";
import { robotsTxt, sitemap } from "./sitemap";

type Build = (entries: readonly FeedEntry[], siteUrl: string, selfUrl: string) => string;

const [RSS, ATOM, JSON_FEED] = FEEDS;
const formats: {
  feed: (typeof FEEDS)[number];
  operationId: string;
  summary: string;
  document: string;
  build: Build;
  schema?: z.ZodType;
}[] = [
  { feed: RSS, operationId: "getRssFeed", summary: "RSS 2.0 feed", document: "An RSS 2.0 document.", build: rssFeed },
  { feed: ATOM, operationId: "getAtomFeed", summary: "Atom feed", document: "An Atom (RFC 4287) document.", build: atomFeed },
  {
    feed: JSON_FEED,
    operationId: "getJsonFeed",
    summary: "JSON Feed 1.1",
    document: "A JSON Feed 1.1 document.",
    build: (...args) => JSON.stringify(jsonFeed(...args)),
    schema: JsonFeed,
  },
];

export const feedRoutes = new Hono<{ Bindings: AppEnv }>();

for (const { feed, operationId, summary, document, build, schema } of formats) {
  documented({
    method: "get",
    path: feed.path,
    operationId,
    tag: "Feeds",
    summary,
    description: `The ${FEED_ITEMS} newest digests; each item names the central question and who stands on which side.`,
    responses: cached({ description: document, content: { [feed.type]: schema ? { schema } : {} } }),
  });
  feedRoutes.get(feed.path, async (c) => {
    const site = c.env.SITE_URL;
    const rep = await readRepresentation(c.env, feed.path, async () => {
      const newest = await newestDigests(c.env.DB, FEED_ITEMS);
      return represent(build(feedEntries(newest, site), site, `${site}${feed.path}`), `${feed.type}; charset=utf-8`);
    });
    return sendCached(c, rep);
  });
}

feedRoutes
  .get("/feeds", (c) =>
    sendCached(
      c,
      once("feeds.html", () =>
        represent(documentOf(FeedsPage({ siteUrl: c.env.SITE_URL, items: FEED_ITEMS })), "text/html; charset=utf-8"),
      ),
    ),
  )
  .get("/sitemap.xml", async (c) => {
    const rep = await readRepresentation(c.env, "sitemap.xml", async () =>
      represent(sitemap(await publishedSlugs(c.env.DB), c.env.SITE_URL), "application/xml; charset=utf-8"),
    );
    return sendCached(c, rep);
  })
  .get("/robots.txt", (c) =>
    sendCached(
      c,
      once("robots.txt", () => represent(robotsTxt(c.env.SITE_URL), "text/plain; charset=utf-8")),
    ),
  );
