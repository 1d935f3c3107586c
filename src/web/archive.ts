// The digest list for programs: its query, its response schema and its RFC 8288 Link header.
// Pure over any list of digests: the routes pass the catalog, the tests add a fixture.
import * as z from "zod";
import { Actor, Slug } from "../digest/schema";
import { digestsWithActor, latestActor, pageOf, positionOf, type Page } from "../digest/archive";
import { centralQuestion } from "../digest/read";
import { DigestSummary, type Digest } from "../digest/schema";
import { named } from "../http/openapi";
import { digestPath } from "../digest/paths";

export const PER_PAGE = 20;
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
});

export const ListQuery = PageQuery.extend({
  per_page: wholeNumber("per_page", MAX_PER_PAGE).default(PER_PAGE).describe(`Digests per page, 1 to ${MAX_PER_PAGE}.`),
});
export type ListQuery = z.output<typeof ListQuery>;

const ActorStance = z.object({
  question: Slug,
  questionText: z.string(),
  side: Slug,
  sideLabel: z.string(),
});

const ActorPosition = z.object({
  summary: z.string(),
  stances: z.array(ActorStance),
});

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

export function summaryOf(digest: Digest, siteUrl: string): DigestSummary {
  return {
    slug: digest.slug,
    title: digest.title,
    url: `${siteUrl}${digestPath(digest.slug)}`,
    review: digest.review,
    added: digest.added,
    published: digest.source.published,
    outlet: digest.source.outlet,
    centralQuestion: centralQuestion(digest).text,
  };
}

/** The digests an index or list shows: all of them, or those naming one actor. */
export function filtered(digests: readonly Digest[], actor: string | undefined): readonly Digest[] {
  return actor === undefined ? digests : digestsWithActor(digests, actor);
}

/** The list's body and its page, or undefined when the page is past the last one. */
export function digestList(
  digests: readonly Digest[],
  query: ListQuery,
  siteUrl: string,
): { body: DigestList; page: Page<Digest> } | undefined {
  const page = pageOf(filtered(digests, query.actor), query.page, query.per_page);
  if (!page) return undefined;
  const entry = (d: Digest): DigestListEntry =>
    query.actor === undefined ? summaryOf(d, siteUrl) : { ...summaryOf(d, siteUrl), position: actorPosition(d, query.actor) };
  return {
    page,
    body: {
      digests: page.items.map(entry),
      ...(query.actor !== undefined && { actor: latestActor(digests, query.actor) ?? null }),
      pagination: { page: page.page, perPage: page.perPage, pages: page.pages, total: page.total },
    },
  };
}

function actorPosition(digest: Digest, actorId: string): z.infer<typeof ActorPosition> | null {
  const position = positionOf(digest, actorId);
  if (!position) return null;
  return {
    summary: position.summary,
    stances: position.stances.map((s) => {
      const question = digest.questions.find((q) => q.id === s.question)!;
      const side = question.sides.find((x) => x.id === s.side)!;
      return { question: s.question, questionText: question.text, side: s.side, sideLabel: side.label };
    }),
  };
}

/** The URL of another page of the same list, with the same filter and page size. */
export function listUrl(base: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.actor !== undefined) params.set("actor", query.actor);
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
