// Every public read of the digests in D1 goes through here: at most one D1 statement per
// view, behind the isolate cache (isolate-cache.ts), and each representation rendered and
// hashed once per read, so a cached view only compares an ETag and copies bytes.

import type { SubjectKind } from "../digest/paths";
import type { Digest } from "../digest/schema";
import { type DigestFilter, findDigest, type ListedPage, listDigests, newestDigests, searchDigests } from "../digest/store";
import { listSubjects } from "../digest/subject-index";
import type { AppEnv } from "../env";
import { type Representation, represent } from "../http/cache";
import { documentOf } from "../http/page/Layout";
import { cachedRead } from "./isolate-cache";
import { DigestPage } from "./pages/DigestPage";

type ReadEnv = Pick<AppEnv, "DB" | "DIGEST_CACHE_SECONDS">;

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/** A published digest with its two representations, each built on first use. */
export interface ReadDigest {
  digest: Digest;
  html(siteUrl: string): Representation;
  json(): Representation;
}

function lazily<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

export function readDigest(env: ReadEnv, slug: string): Promise<ReadDigest | null> {
  return cachedRead(`digest:${slug}`, env.DIGEST_CACHE_SECONDS, async () => {
    const stored = await findDigest(env.DB, slug);
    if (!stored) return null;
    const digest = stored.body;
    const json = lazily(() => represent(JSON.stringify(digest), JSON_TYPE));
    let html: Representation | undefined;
    return {
      digest,
      json,
      // The site URL is one per deployment; it only appears in the page's links.
      html: (siteUrl: string) => (html ??= represent(documentOf(DigestPage({ digest, siteUrl })), HTML)),
    };
  });
}

export interface ListRequest {
  actor?: string;
  /** With `actor`: each digest also carries the actor's quotations (the actor's page). */
  quotes?: boolean;
  topic?: string;
  q?: string;
  page: number;
  perPage: number;
}

function filterOf(r: ListRequest): DigestFilter {
  if (r.actor !== undefined) return { actor: r.actor, quotes: r.quotes === true };
  if (r.topic !== undefined) return { topic: r.topic };
  return {};
}

/** One page of the published digests: all, by actor, by topic, or a search. */
export function readList(env: ReadEnv, r: ListRequest): Promise<ListedPage> {
  const key = `list:${r.actor ?? ""}:${r.quotes === true}:${r.topic ?? ""}:${r.page}:${r.perPage}:${r.q ?? ""}`;
  const window = { limit: r.perPage, offset: (r.page - 1) * r.perPage };
  return cachedRead(key, env.DIGEST_CACHE_SECONDS, () =>
    r.q !== undefined ? searchDigests(env.DB, r.q, window) : listDigests(env.DB, { ...window, ...filterOf(r) }),
  );
}

/** One page of the actors or the topics the published digests name. */
export function readSubjects(env: ReadEnv, kind: SubjectKind, page: number, perPage: number) {
  return cachedRead(`subjects:${kind}:${page}:${perPage}`, env.DIGEST_CACHE_SECONDS, () =>
    listSubjects(env.DB, kind, { limit: perPage, offset: (page - 1) * perPage }),
  );
}

/** The newest published digests, whole, for a feed: all, or an actor's or a topic's. */
export function readNewest(env: ReadEnv, limit: number, subject?: { kind: SubjectKind; id: string }): Promise<Digest[]> {
  const filter: DigestFilter = subject ? (subject.kind === "actor" ? { actor: subject.id } : { topic: subject.id }) : {};
  return cachedRead(`newest:${limit}:${subject?.kind ?? ""}:${subject?.id ?? ""}`, env.DIGEST_CACHE_SECONDS, () =>
    newestDigests(env.DB, limit, filter),
  );
}

/** A representation built from reads above (a list page, a feed), cached like them. */
export function readRepresentation(
  env: ReadEnv,
  key: string,
  build: () => Representation | Promise<Representation>,
): Promise<Representation> {
  return cachedRead(`rep:${key}`, env.DIGEST_CACHE_SECONDS, async () => build());
}
