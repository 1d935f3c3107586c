// One shape for every error: `{ "error": { "code", "message" } }` for programs,
// a page for people, chosen by route and Accept.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ErrorPage } from "./page/ErrorPage";
import { documentOf } from "./page/Layout";

export function wantsJson(c: Context): boolean {
  if (c.req.path.startsWith("/api/") || c.req.path.endsWith(".json")) return true;
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
  return c.json({ error: { code, message } }, status);
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  if (wantsJson(c)) return apiError(c, status, code, message);
  c.header("Cache-Control", "no-store");
  return c.html(documentOf(ErrorPage({ status, message })), status);
}
