// One shape for every error: `{ "error": { "code", "message" } }` for programs,
// a page for people, chosen by route and Accept.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "./page/ErrorPage";
import { documentOf } from "./page/Layout";

/** Whether the route alone decides JSON (an API path), or the Accept header does. */
const jsonByPath = (c: Context) => c.req.path.startsWith("/api/") || c.req.path.endsWith(".json");

export function wantsJson(c: Context): boolean {
  if (jsonByPath(c)) return true;
  return prefersJson(c.req.header("Accept"));
}

/** Whether the client ranks JSON above HTML; browsers send text/html first. */
export function prefersJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const rank = (type: string) => {
    const entry = accept
      .split(",")
      .map((part) => part.trim().split(";"))
      .find(([t]) => t?.trim() === type);
    if (!entry) return -1;
    const q = entry.slice(1).find((p) => p.trim().startsWith("q="));
    return q ? Number(q.trim().slice(2)) || 0 : 1;
  };
  return rank("application/json") > Math.max(rank("text/html"), rank("*/*") - 0.001, 0);
}

export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  // An error is about this request only: no cache may keep it for the next.
  c.header("Cache-Control", "no-store");
  return c.json({ error: { code, message } }, status);
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  // Chosen by Accept here, so caches must key on it.
  if (!jsonByPath(c)) c.header("Vary", "Accept", { append: true });
  if (wantsJson(c)) return apiError(c, status, code, message);
  c.header("Cache-Control", "no-store");
  return c.html(documentOf(ErrorPage({ status, message })), status);
}
