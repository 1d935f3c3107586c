// Actors and topics, for people (HTML) and programs (JSON): the index of each kind, and each
// actor's or topic's digests, newest first. Each answer is one D1 statement (src/digest/store.ts,
// subject-index.ts) behind the isolate cache, rendered and hashed once per read (src/web/reads.ts);
// the HTML pages give the same JSON with `Accept: application/json`, as the digest page does.
import { type Context, Hono } from "hono";
import * as z from "zod";
import { type SubjectKind, subjectIndexPath } from "../../digest/paths";
import { MAX_ID_LENGTH, Slug } from "../../digest/schema";
import { topicById } from "../../digest/topics";
import type { AppEnv } from "../../env";
import { represent, sendCached } from "../../http/cache";
import { errorResponse, prefersJson } from "../../http/errors";
import { cached, documented, errors, json, validQuery } from "../../http/openapi";
import { documentOf } from "../../http/page/Layout";
import { linkHeader, PER_PAGE, pageOf, pastTheEnd } from "../archive";
import { subjectExamples } from "../openapi/subject-examples";
import { SubjectIndexPage } from "../pages/SubjectIndexPage";
import { SubjectPage } from "../pages/SubjectPage";
import { readList, readRepresentation, readSubjects } from "../reads";
import { ActorDetail, ActorList, apiIndexPath, SubjectListQuery, subjectDetail, subjectList, TopicDetail, TopicList } from "./api";
import { EXAMPLE_ID, NOUN, notFoundMessage, overlongMessage, subjectOfList } from "./subject";

type Env = { Bindings: AppEnv };
const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

const SCHEMAS = { actor: { list: ActorList, detail: ActorDetail }, topic: { list: TopicList, detail: TopicDetail } };

const idParam = (kind: SubjectKind) =>
  z.object({
    id: Slug.meta({ description: `The ${NOUN[kind].one}'s stable id, the same across digests.`, examples: [EXAMPLE_ID[kind]] }),
  });

/** Page links for HTML: the page number, and the page size only when it is not the default. */
const htmlHref = (path: string, perPage: number) => (page: number) => {
  const params = new URLSearchParams();
  if (page > 1) params.set("page", String(page));
  if (perPage !== PER_PAGE) params.set("per_page", String(perPage));
  return params.size ? `${path}?${params}` : path;
};

/** The pages choose JSON or HTML by Accept, so caches must key on it; the /api/ routes always answer JSON. */
const varyOf = (c: Context) => (c.req.path.startsWith("/api/") ? undefined : "Accept");

/** The index of a kind, as JSON (`asJson`) or as a page. */
async function sendIndex(c: Context<Env>, kind: SubjectKind, query: SubjectListQuery, asJson: boolean) {
  const listed = await readSubjects(c.env, kind, query.page, query.per_page);
  const page = pageOf(query.page, query.per_page, listed.total);
  if (asJson) c.header("Link", linkHeader(`${c.env.SITE_URL}${apiIndexPath(kind)}`, query, page));
  if (page.page > page.pages) return pastTheEnd(c, page.page, page.pages);
  const entries = listed.items.map((e) => ({
    ...e,
    label: e.actor?.name ?? topicById(e.id)?.label ?? e.id,
    note: e.actor?.role ?? null,
  }));
  const key = `${kind}-index.${asJson ? "json" : "html"}?${query.page}:${query.per_page}`;
  const rep = await readRepresentation(c.env, key, () =>
    asJson
      ? represent(JSON.stringify(subjectList(kind, entries, page, c.env.SITE_URL)), JSON_TYPE)
      : represent(
          documentOf(
            SubjectIndexPage({ kind, entries, page, siteUrl: c.env.SITE_URL, href: htmlHref(subjectIndexPath(kind), query.per_page) }),
          ),
          HTML,
        ),
  );
  return sendCached(c, rep, undefined, varyOf(c));
}

/** One actor's or topic's digests, as JSON (`asJson`) or as a page. */
async function sendSubject(c: Context<Env>, kind: SubjectKind, query: SubjectListQuery, asJson: boolean) {
  const id = c.req.param("id")!;
  if (id.length > MAX_ID_LENGTH) return errorResponse(c, 400, "invalid_id", overlongMessage(kind));
  const filter = kind === "actor" ? { actor: id, quotes: true } : { topic: id };
  const listed = await readList(c.env, { ...filter, page: query.page, perPage: query.per_page });
  const subject = subjectOfList(kind, id, listed);
  if (!subject) return errorResponse(c, 404, `${kind}_not_found`, notFoundMessage(kind, id));
  const page = pageOf(query.page, query.per_page, listed.total);
  const path = `${subjectIndexPath(kind)}/${id}`;
  if (asJson) c.header("Link", linkHeader(`${c.env.SITE_URL}/api${path}`, query, page));
  if (page.page > page.pages) return pastTheEnd(c, page.page, page.pages);
  const key = `${kind}.${asJson ? "json" : "html"}?${id}:${query.page}:${query.per_page}`;
  const rep = await readRepresentation(c.env, key, () =>
    asJson
      ? represent(JSON.stringify(subjectDetail(subject, listed, page, c.env.SITE_URL)), JSON_TYPE)
      : represent(documentOf(SubjectPage({ subject, listed, page, siteUrl: c.env.SITE_URL, href: htmlHref(path, query.per_page) })), HTML),
  );
  return sendCached(c, rep, undefined, varyOf(c));
}

export const subjectRoutes = new Hono<Env>();

for (const kind of ["actor", "topic"] as const) {
  const noun = NOUN[kind];
  const index = subjectIndexPath(kind);
  const examples = subjectExamples[kind];
  const pageErrors = [400, "invalid_query", "page: page must be at least 1"] as [number, string, string];
  const pastEnd = [404, "page_not_found", "There is no page 3: the last page is 2."] as [number, string, string];
  const idErrors = errors([400, "invalid_id", overlongMessage(kind)], [404, `${kind}_not_found`, notFoundMessage(kind, `no-such-${kind}`)]);
  const what =
    kind === "actor"
      ? "the actor (as the newest digest naming them describes them) and every published digest naming them, newest first, each with the actor's stance on each question and their quotes, linked to their place in the article"
      : "the topic and every published digest about it, newest first, each with its central question and who stands on which side. A topic defined in content/topics.json that no digest is about yet answers an empty list";
  const link = { Link: { description: "RFC 8288 links: rel first, prev, next, last.", schema: { type: "string" } } };

  const apiList = documented({
    method: "get",
    path: apiIndexPath(kind),
    operationId: `list${noun.title}`,
    tag: noun.title,
    summary: `List the ${noun.many} of the published digests`,
    description: `One page of the ${noun.many}, by id, each with how many published digests it appears in. The \`Link\` header gives the neighbouring pages.`,
    query: SubjectListQuery,
    responses: {
      ...cached({ ...json(SCHEMAS[kind].list, `One page of ${noun.many}.`, examples.list), headers: link }),
      ...errors(pageErrors, pastEnd),
    },
  });
  const apiOne = documented({
    method: "get",
    path: `${apiIndexPath(kind)}/:id`,
    operationId: `get${noun.title.slice(0, -1)}`,
    tag: noun.title,
    summary: `One ${noun.one} and their digests`,
    description: `One page of ${what}. The \`Link\` header gives the neighbouring pages.`,
    params: idParam(kind),
    query: SubjectListQuery,
    responses: {
      ...cached({ ...json(SCHEMAS[kind].detail, `The ${noun.one} and one page of digests.`, examples.detail), headers: link }),
      ...idErrors,
      ...errors(pageErrors),
    },
  });
  const htmlOne = documented({
    method: "get",
    path: `${index}/:id`,
    operationId: `get${noun.title.slice(0, -1)}Page`,
    tag: noun.title,
    summary: `The ${noun.one}'s page, or its JSON`,
    description: `The page for people; with \`Accept: application/json\`, the same JSON as \`GET ${apiIndexPath(kind)}/{id}\`.`,
    params: idParam(kind),
    query: SubjectListQuery,
    responses: {
      ...cached({
        description: `The ${noun.one} and their digests.`,
        content: { "text/html": {}, "application/json": { schema: SCHEMAS[kind].detail, example: examples.detail } },
      }),
      ...idErrors,
    },
  });

  subjectRoutes
    .get(index, validQuery(SubjectListQuery), (c) => sendIndex(c, kind, c.req.valid("query"), prefersJson(c.req.header("Accept"))))
    .get(apiList.path, validQuery(SubjectListQuery), (c) => sendIndex(c, kind, c.req.valid("query"), true))
    .get(htmlOne.path, validQuery(SubjectListQuery), (c) => sendSubject(c, kind, c.req.valid("query"), prefersJson(c.req.header("Accept"))))
    .get(apiOne.path, validQuery(SubjectListQuery), (c) => sendSubject(c, kind, c.req.valid("query"), true));
}
