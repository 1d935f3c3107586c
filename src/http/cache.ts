// Strong validators for representations that only change with a deploy: the body is
// built and hashed once per isolate, and a matching If-None-Match gets a 304.
import { createHash } from "node:crypto";
import type { Context } from "hono";

export interface Representation {
  body: string;
  type: string;
  etag: string;
}

export function represent(body: string, type: string): Representation {
  return { body, type, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
}

const memo = new Map<string, Representation>();

/** Builds a representation on first use and keeps it for the isolate's life. */
export function once(key: string, build: () => Representation): Representation {
  let found = memo.get(key);
  if (!found) memo.set(key, (found = build()));
  return found;
}

export const DIGEST_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

export function sendCached(c: Context, rep: Representation, cacheControl = DIGEST_CACHE_CONTROL, vary?: string) {
  c.header("ETag", rep.etag);
  c.header("Cache-Control", cacheControl);
  if (vary) c.header("Vary", vary);
  if (matches(c.req.header("If-None-Match"), rep.etag)) return c.body(null, 304);
  c.header("Content-Type", rep.type);
  return c.body(rep.body, 200);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
