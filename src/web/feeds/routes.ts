// Feeds, sitemap and robots.txt: built once per isolate read of D1, served with a strong ETag.
import { Hono } from "hono";
import * as z from "zod";
import { subjectIndexPath, subjectPath } from "../../digest/paths";
import { MAX_ID_LENGTH, Slug } from "../../digest/schema";
import { publishedSlugs } from "../../digest/store";
import type { AppEnv } from "../../env";
import { once, represent, sendCached } from "../../http/cache";
import { errorResponse } from "../../http/errors";
import { cached, documented, errors } from "../../http/openapi";
import { FEEDS } from "../../http/page/feeds";
import { documentOf } from "../../http/page/Layout";
import { FeedsPage } from "../pages/FeedsPage";
import { readNewest, readRepresentation } from "../reads";
import { EXAMPLE_ID, notFoundMessage, overlongMessage, subjectOfDigests } from "../subjects/subject";
import { atomFeed } from "./atom";
import { FEED_ITEMS, FEED_TITLE, type FeedChannel, type FeedEntry, feedEntries } from "./entries";
import { JsonFeed, jsonFeed } from "./jsonFeed";
import { rssFeed } from "./rss";
import { robotsTxt, sitemap } from "./sitemap";

type Build = (entries: readonly FeedEntry[], siteUrl: string, selfUrl: string, channel?: FeedChannel) => string;

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
      const newest = await readNewest(c.env, FEED_ITEMS);
      return represent(build(feedEntries(newest, site), site, `${site}${feed.path}`), `${feed.type}; charset=utf-8`);
    });
    return sendCached(c, rep);
  });

  // The same feed for one actor or topic (`/actors/vladimir-putin/feed.xml`): its newest
  // digests, read through one index range; its page is the feed's home.
  for (const kind of ["actor", "topic"] as const) {
    const noun = kind === "actor" ? "Actor" : "Topic";
    const path = `${subjectIndexPath(kind)}/:id${feed.path}`;
    documented({
      method: "get",
      path,
      operationId: operationId.replace(/^get/, `get${noun}`),
      tag: "Feeds",
      summary: `${summary} of one ${kind}`,
      description: `The ${FEED_ITEMS} newest digests ${kind === "actor" ? "naming the actor" : "about the topic"}, as the site's feed has them.`,
      params: z.object({ id: Slug.meta({ description: `The ${kind}'s stable id.`, examples: [EXAMPLE_ID[kind]] }) }),
      responses: {
        ...cached({ description: document, content: { [feed.type]: schema ? { schema } : {} } }),
        ...errors([400, "invalid_id", overlongMessage(kind)], [404, `${kind}_not_found`, notFoundMessage(kind, `no-such-${kind}`)]),
      },
    });
    feedRoutes.get(path, async (c) => {
      const id = c.req.param("id")!;
      if (id.length > MAX_ID_LENGTH) return errorResponse(c, 400, "invalid_id", overlongMessage(kind));
      const newest = await readNewest(c.env, FEED_ITEMS, { kind, id });
      const subject = subjectOfDigests(kind, id, newest);
      if (!subject) return errorResponse(c, 404, `${kind}_not_found`, notFoundMessage(kind, id));
      const site = c.env.SITE_URL;
      const self = `${site}${subjectPath(kind, id)}${feed.path}`;
      const rep = await readRepresentation(c.env, `${kind}:${id}${feed.path}`, () => {
        const channel = {
          title: `${subject.label} · ${FEED_TITLE}`,
          description: `Standpoint digests ${kind === "actor" ? `in which ${subject.label} appears` : `about ${subject.label}`}: who says what, in their own words.`,
          home: `${site}${subjectPath(kind, id)}`,
        };
        return represent(build(feedEntries(newest, site), site, self, channel), `${feed.type}; charset=utf-8`);
      });
      return sendCached(c, rep);
    });
  }
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
