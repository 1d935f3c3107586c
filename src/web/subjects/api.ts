// The JSON of the actor and topic routes: their zod schemas (documented in /openapi.json) and
// the bodies built from one page read from the store. Digest entries are the archive's
// summaries (archive.ts), with what the subject's page adds: an actor's position and quotes,
// a topic's sides.
import * as z from "zod";
import type { Page } from "../../digest/archive";
import { ActorPosition, ActorQuote } from "../../digest/listing";
import { evidencePath, type SubjectKind, subjectIndexPath, subjectPath } from "../../digest/paths";
import { Actor, DigestSummary, Topic } from "../../digest/schema";
import type { ListedPage } from "../../digest/store";
import type { SubjectEntry } from "../../digest/subject-index";
import { named } from "../../http/openapi";
import { ListQuery, Pagination, summaryOf } from "../archive";
import { type Subject, subjectFeeds } from "./subject";

/** `page` and `per_page`, as the archive takes them. */
export const SubjectListQuery = ListQuery.pick({ page: true, per_page: true });
export type SubjectListQuery = z.output<typeof SubjectListQuery>;

const SubjectUrl = z.url().describe("The subject's page; its JSON with `Accept: application/json`.");
const Count = z.int().min(1).describe("How many published digests the subject appears in.");

export const ActorEntry = named("ActorEntry", Actor.extend({ url: SubjectUrl, digests: Count }));
export const TopicEntry = named("TopicEntry", Topic.extend({ url: SubjectUrl, digests: Count }));

export const ActorList = named("ActorList", z.object({ actors: z.array(ActorEntry), pagination: Pagination }));
export const TopicList = named("TopicList", z.object({ topics: z.array(TopicEntry), pagination: Pagination }));

export const SubjectFeeds = named(
  "SubjectFeeds",
  z.object({ rss: z.url(), atom: z.url(), json: z.url() }).describe("The subject's own feeds: RSS 2.0, Atom and JSON Feed 1.1."),
);

export const ActorDigest = named(
  "ActorDigest",
  DigestSummary.extend({
    position: ActorPosition.nullable().describe("The actor's position in this digest, or null when the article names them without one."),
    quotes: z
      .array(ActorQuote.extend({ url: z.url().describe("The words in the article's text, on the digest's page.") }))
      .describe("The actor's quotations in this digest, in their own words, each linked to its place in the article."),
  }),
);

export const TopicDigest = named(
  "TopicDigest",
  DigestSummary.extend({ sides: z.string().describe("The central question and who stands on which side, in one line.") }),
);

export const ActorDetail = named(
  "ActorDetail",
  z.object({
    actor: Actor.extend({ url: SubjectUrl }).describe("The actor as the newest digest naming them describes them."),
    feeds: SubjectFeeds,
    digests: z.array(ActorDigest).describe("Every published digest naming the actor, newest first (this page of them)."),
    pagination: Pagination,
  }),
);

export const TopicDetail = named(
  "TopicDetail",
  z.object({
    topic: Topic.extend({ url: SubjectUrl }),
    feeds: SubjectFeeds,
    digests: z.array(TopicDigest).describe("Every published digest about the topic, newest first (this page of them)."),
    pagination: Pagination,
  }),
);

type PageInfo = Omit<Page<unknown>, "items">;
const paginationOf = (p: PageInfo) => ({ page: p.page, perPage: p.perPage, pages: p.pages, total: p.total });

function feedsOf(subject: Subject, siteUrl: string): z.infer<typeof SubjectFeeds> {
  const [rss, atom, json] = subjectFeeds(subject).map((f) => `${siteUrl}${f.path}`);
  return { rss: rss!, atom: atom!, json: json! };
}

/** One page of an actor's or a topic's digests, as `GET /api/actors/{id}` or `/api/topics/{id}` answer it. */
export function subjectDetail(subject: Subject, listed: ListedPage, page: PageInfo, siteUrl: string) {
  const url = `${siteUrl}${subjectPath(subject.kind, subject.id)}`;
  const feeds = feedsOf(subject, siteUrl);
  const pagination = paginationOf(page);
  if (subject.kind === "topic") {
    const digests = listed.items.map((d) => ({ ...summaryOf(d, siteUrl), sides: d.sides }));
    return { topic: { ...subject.topic, url }, feeds, digests, pagination } satisfies z.infer<typeof TopicDetail>;
  }
  const digests = listed.items.map((d) => ({
    ...summaryOf(d, siteUrl),
    position: d.position ?? null,
    quotes: (d.quotes ?? []).map((q) => ({ ...q, url: `${siteUrl}${evidencePath(d.slug, q.id)}` })),
  }));
  return { actor: { ...subject.actor, url }, feeds, digests, pagination } satisfies z.infer<typeof ActorDetail>;
}

/** One page of the actors or topics, as `GET /api/actors` or `/api/topics` answer it. */
export function subjectList(kind: SubjectKind, items: readonly (SubjectEntry & { label: string })[], page: PageInfo, siteUrl: string) {
  const url = (id: string) => `${siteUrl}${subjectPath(kind, id)}`;
  if (kind === "topic")
    return {
      topics: items.map((t) => ({ id: t.id, label: t.label, url: url(t.id), digests: t.digests })),
      pagination: paginationOf(page),
    } satisfies z.infer<typeof TopicList>;
  return {
    actors: items.flatMap((a) => (a.actor ? [{ ...a.actor, url: url(a.id), digests: a.digests }] : [])),
    pagination: paginationOf(page),
  } satisfies z.infer<typeof ActorList>;
}

/** The API path of a kind's list, e.g. `/api/actors`. */
export const apiIndexPath = (kind: SubjectKind) => `/api${subjectIndexPath(kind)}`;
