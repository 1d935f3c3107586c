// The digest list for programs: its query, its response schema and its RFC 8288 Link header.
// The rows come from D1 (src/digest/store.ts); this file only shapes them.

import type { Context } from "hono";
import * as z from "zod";
import { type Page, pageCount } from "../digest/archive";
import { ActorPosition, type DigestListing } from "../digest/listing";
import { digestPath } from "../digest/paths";
import { Actor, DigestSummary, Slug } from "../digest/schema";
import type { ListedPage } from "../digest/store";
import { errorResponse } from "../http/errors";
import { named } from "../http/openapi";

export const PER_PAGE = 20;
export const MAX_QUERY_CHARS = 200;
export const MAX_PER_PAGE = 100;

const wholeNumber = (name: string, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(1, { error: `${name} must be at least 1` })
    .max(max, { error: `${name} must be at most ${max}` });

export const PageQuery = z.object({
  page: wholeNumber("page", 1_000_000)
    .default(1)
    .describe("1-based page number. A page past the last one is a 404 that names the last page."),
  actor: Slug.optional().describe(
    "Only the digests in which this actor appears, by the actor's stable id (the same across articles), e.g. `vladimir-putin`.",
  ),
  q: z
    .string()
    .trim()
    .min(1, { error: "q must not be empty" })
    .max(MAX_QUERY_CHARS, { error: `q must be at most ${MAX_QUERY_CHARS} characters` })
    .optional()
    .describe(
      "Search: the digests whose title, article text, quotes or actor names hold every word (the last one as a prefix), best match first. Only words count: quotes, `*`, `OR`, `NEAR(` or `-` are never query syntax.",
    ),
});

/** A list is by actor or by search, not both; the routes answer 400 with this reason. */
export const conflictingFilters = (query: { actor?: string; q?: string }) =>
  query.actor !== undefined && query.q !== undefined ? "q: use actor or q, not both" : null;

export const ListQuery = PageQuery.extend({
  per_page: wholeNumber("per_page", MAX_PER_PAGE).default(PER_PAGE).describe(`Digests per page, 1 to ${MAX_PER_PAGE}.`),
});
export type ListQuery = z.output<typeof ListQuery>;

export const DigestListEntry = named(
  "DigestListEntry",
  DigestSummary.extend({
    position: ActorPosition.nullable()
      .optional()
      .describe("Only with `actor`: the actor's position in this digest, or null when the article names them without one."),
  }),
);
export type DigestListEntry = z.infer<typeof DigestListEntry>;

export const Pagination = z.object({
  page: z.int().min(1),
  perPage: z.int().min(1),
  /** At least 1: an empty list has one empty page. */
  pages: z.int().min(1),
  total: z.int().min(0),
});

export const DigestList = named(
  "DigestList",
  z.object({
    digests: z.array(DigestListEntry),
    actor: Actor.nullable()
      .optional()
      .describe("Only with `actor`: the actor as the most recent digest names them, or null when no digest does yet."),
    pagination: Pagination,
  }),
);
export type DigestList = z.infer<typeof DigestList>;

export function summaryOf(listing: DigestListing, siteUrl: string): DigestSummary {
  return {
    slug: listing.slug,
    title: listing.title,
    url: `${siteUrl}${digestPath(listing.slug)}`,
    review: listing.review,
    added: listing.added,
    published: listing.published,
    outlet: listing.outlet,
    centralQuestion: listing.centralQuestion,
  };
}

/** The list's body for one page read from the store. */
export function digestList(listed: ListedPage, query: ListQuery, page: Page<unknown>, siteUrl: string): DigestList {
  return {
    digests: listed.items.map((d) => {
      const summary = summaryOf(d, siteUrl);
      return query.actor === undefined ? summary : { ...summary, position: d.position ?? null };
    }),
    ...(query.actor !== undefined && { actor: listed.actor ?? null }),
    pagination: { page: page.page, perPage: page.perPage, pages: page.pages, total: page.total },
  };
}

/** The URL of another page of the same list, with the same filter and page size. */
export function listUrl(base: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.actor !== undefined) params.set("actor", query.actor);
  if (query.q !== undefined) params.set("q", query.q);
  params.set("page", String(page));
  params.set("per_page", String(query.per_page));
  return `${base}?${params}`;
}

/** RFC 8288 links to the first, previous, next and last pages. */
export function linkHeader(base: string, query: ListQuery, page: Pick<Page<unknown>, "page" | "pages">): string {
  const links: [string, number][] = [["first", 1]];
  if (page.page > 1 && page.page <= page.pages) links.push(["prev", page.page - 1]);
  if (page.page < page.pages) links.push(["next", page.page + 1]);
  links.push(["last", page.pages]);
  return links.map(([rel, n]) => `<${listUrl(base, query, n)}>; rel="${rel}"`).join(", ");
}

/** Which page of how many, for `total` entries `perPage` to a page. */
export function pageOf(page: number, perPage: number, total: number): Omit<Page<unknown>, "items"> {
  return { page, perPage, pages: pageCount(total, perPage), total };
}

/** The 404 for a page past the last, naming the last. */
export function pastTheEnd(c: Context, page: number, pages: number) {
  const last = pages === 1 ? "there is only page 1" : `the last page is ${pages}`;
  return errorResponse(c, 404, "page_not_found", `There is no page ${page}: ${last}.`);
}
