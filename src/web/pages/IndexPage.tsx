import { cardImage, SITE_CARD } from "../../digest/cards";
import type { DigestListing } from "../../digest/listing";
import type { Actor } from "../../digest/schema";
import { Layout } from "../../http/page/Layout";
import { SubscribeForm } from "../../subscriptions/SubscribeForm";
import { DigestEntryHead } from "./DigestEntryHead";
import { type PageInfo, Pager } from "./Pager";

export const INDEX_PER_PAGE = 20;

/** The index's own URL for a page, keeping the actor filter or the search. */
export function indexHref(page: number, actor?: Actor, q?: string): string {
  const params = new URLSearchParams();
  if (actor) params.set("actor", actor.id);
  if (q !== undefined) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

/** A GET form, so searching needs no script; the results are the index's own page. */
function SearchForm(props: { q?: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for every reader's browser; the role gives the same landmark
    <form class="search" method="get" action="/" role="search">
      <label for="search-q">Search the digests</label> <input id="search-q" type="search" name="q" value={props.q ?? ""} maxlength={200} />{" "}
      <button type="submit">Search</button>
    </form>
  );
}

/**
 * `digests` are the ones on this page; `page` says which page of how many (default: the only
 * one); `q` is the search they answer, when they do.
 */
export function IndexPage(props: { digests: readonly DigestListing[]; siteUrl: string; page?: PageInfo; actor?: Actor; q?: string }) {
  const { digests, actor, q } = props;
  const page = props.page ?? { page: 1, perPage: digests.length, pages: 1, total: digests.length };
  const jsonQuery = new URLSearchParams();
  if (actor) jsonQuery.set("actor", actor.id);
  if (q !== undefined) jsonQuery.set("q", q);
  if (page.page > 1) jsonQuery.set("page", String(page.page));
  const title =
    q !== undefined
      ? `Digests matching “${q}”`
      : actor
        ? `Digests in which ${actor.name} appears`
        : "Standpoint: who says what in the news";
  return (
    <Layout
      meta={{
        title: page.page > 1 ? `${title} (page ${page.page})` : title,
        description: actor
          ? `Every Standpoint digest in which ${actor.name} appears, newest first, with where they stand.`
          : "Digests of the positions news articles report: the actors, where each stands, and their own words.",
        url: `${props.siteUrl}${indexHref(page.page, actor, q)}`,
        image: cardImage(SITE_CARD, props.siteUrl),
        jsonUrl: `/api/digests${jsonQuery.toString() ? `?${jsonQuery}` : ""}`,
      }}
    >
      <h1>{q !== undefined || actor ? title : "Positions digests"}</h1>
      <SearchForm q={q} />
      {q !== undefined ? (
        <p>
          {page.total === 0 ? "No digest matches. " : `${page.total} digest${page.total === 1 ? "" : "s"}, best match first. `}
          <a href="/">All digests</a>
        </p>
      ) : actor ? (
        <p>
          {actor.role ? `${actor.name}: ${actor.role}. ` : ""}
          <a href="/">All digests</a>
        </p>
      ) : (
        <p>Each digest lays out who takes which side in an article, with every quote tied to its place in the text.</p>
      )}
      <ol class="list" reversed start={page.total - (page.page - 1) * page.perPage}>
        {digests.map((d) => (
          <li>
            <DigestEntryHead digest={d} level="h2" />
            <p>{d.centralQuestion}</p>
          </li>
        ))}
      </ol>
      <Pager page={page} href={(n) => indexHref(n, actor, q)} />
      <SubscribeForm source="/" />
    </Layout>
  );
}
