// Calling the admin API as an editor does: JSON over HTTP with the token, through the Worker.
import { env } from "cloudflare:test";
import type { PositionsFileInput } from "../../src/content/schema";
import { DEVELOPMENT_ADMIN_TOKEN } from "../../src/env";
import { fixtureFiles, fixturePositions } from "../content/fixtures";
import { worker } from "../worker";

export const SITE = "https://standpoint.example";
export const TOKEN = DEVELOPMENT_ADMIN_TOKEN;

export const call = (path: string, init: RequestInit = {}) => worker.fetch(`https://standpoint.test${path}`, init);

export const asAdmin = (method: string, path: string, body?: unknown, token = TOKEN) =>
  call(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined && { "Content-Type": "application/json" }) },
    ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });

/** The PUT body for the bridge fixture article under a title and day of the caller's choosing. */
export function articleBody(options: { title?: string; added?: string; status?: "published" | "pending"; positions?: boolean } = {}): {
  article: string;
  meta: object;
  positions?: PositionsFileInput;
  status: string;
} {
  const files = fixtureFiles();
  return {
    article: files.article,
    meta: { ...(files.meta as object), title: options.title ?? "The bridge", added: options.added ?? "2026-01-02" },
    ...(options.positions !== false && { positions: fixturePositions() }),
    status: options.status ?? "published",
  };
}

export async function auditOf(slug: string) {
  const { results } = await env.DB.prepare("SELECT action, status, actor FROM digest_audit WHERE slug = ?1 ORDER BY id").bind(slug).all<{
    action: string;
    status: string;
    actor: string;
  }>();
  return results;
}

export async function storedCount(slug: string): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM digests WHERE slug = ?1").bind(slug).first<{ n: number }>();
  return row!.n;
}

/** Every public place a digest can appear, as slugs found in each. */
export async function publicPlaces(slug: string, word: string) {
  const text = async (path: string) => (await call(path)).text();
  const listed = await (await call("/api/digests?per_page=100")).json<{ digests: { slug: string }[] }>();
  const found = await (await call(`/api/digests?q=${encodeURIComponent(word)}`)).json<{ digests: { slug: string }[] }>();
  return {
    page: (await call(`/digests/${slug}`)).status,
    json: (await call(`/api/digests/${slug}`)).status,
    index: (await text("/")).includes(`/digests/${slug}"`),
    list: listed.digests.some((d) => d.slug === slug),
    search: found.digests.some((d) => d.slug === slug),
    rss: (await text("/feed.xml")).includes(`/digests/${slug}<`),
    atom: (await text("/atom.xml")).includes(`/digests/${slug}"`),
    jsonFeed: (await text("/feed.json")).includes(`/digests/${slug}"`),
    sitemap: (await text("/sitemap.xml")).includes(`/digests/${slug}<`),
  };
}

export const EVERYWHERE = {
  page: 200,
  json: 200,
  index: true,
  list: true,
  search: true,
  rss: true,
  atom: true,
  jsonFeed: true,
  sitemap: true,
};
export const NOWHERE = {
  page: 404,
  json: 404,
  index: false,
  list: false,
  search: false,
  rss: false,
  atom: false,
  jsonFeed: false,
  sitemap: false,
};
