// The site icon: a small SVG, so browsers stop asking for /favicon.ico and logging 404s.
import { Hono } from "hono";

const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5394"/><path d="M9 23V9h8a5 5 0 0 1 0 10h-4v4z" fill="#fdfcf9"/></svg>`;

export const faviconRoutes = new Hono().get("/favicon.svg", (c) => {
  c.header("Cache-Control", "public, max-age=604800, immutable");
  return c.body(ICON, 200, { "Content-Type": "image/svg+xml" });
});
