// /actors and /topics: everyone (everything) the published digests name, by id, with how many
// digests each appears in, each linked to its page.
import { cardImage, SITE_CARD } from "../../digest/cards";
import { type SubjectKind, subjectPath } from "../../digest/paths";
import { Layout } from "../../http/page/Layout";
import { NOUN } from "../subjects/subject";
import { type PageInfo, Pager } from "./Pager";

export interface IndexEntry {
  id: string;
  label: string;
  /** An actor's role, when the newest digest gives one. */
  note?: string | null;
  digests: number;
}

export function SubjectIndexPage(props: {
  kind: SubjectKind;
  entries: readonly IndexEntry[];
  page: PageInfo;
  siteUrl: string;
  href: (page: number) => string;
}) {
  const { kind, entries, page } = props;
  const noun = NOUN[kind];
  const title = kind === "actor" ? "Actors: who appears in the digests" : "Topics: what the digests are about";
  return (
    <Layout
      meta={{
        title: `${page.page > 1 ? `${title} (page ${page.page})` : title} · Standpoint`,
        description: `Every ${noun.one} of the Standpoint digests, each with the digests it appears in and its own feeds.`,
        url: `${props.siteUrl}${props.href(page.page)}`,
        image: cardImage(SITE_CARD, props.siteUrl),
        jsonUrl: `/api/${noun.many}`,
      }}
    >
      <h1>{noun.title}</h1>
      <p>
        {page.total === 0
          ? `No published digest names any ${noun.one} yet.`
          : `${page.total} ${page.total === 1 ? noun.one : noun.many}. Each page lists its digests, newest first, and has its own feeds.`}
      </p>
      <ul class="list">
        {entries.map((e) => (
          <li>
            <a href={subjectPath(kind, e.id)}>{e.label}</a>
            {e.note && <span class="muted"> · {e.note}</span>}
            <span class="muted">
              {" "}
              · {e.digests} digest{e.digests === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
      <Pager page={page} href={props.href} newer="Previous page" older="Next page" />
    </Layout>
  );
}
