// Public, read-only documents may be read by scripts on any site; nothing that acts for a
// subscriber (subscriptions, drafts) is opened this way.
import { cors } from "hono/cors";

const FEED_FILES = ["/feed.json", "/feed.xml", "/atom.xml"];

export const PUBLIC_READ_PATHS = [
  "/api/digests",
  "/api/digests/*",
  "/api/actors",
  "/api/actors/*",
  "/api/topics",
  "/api/topics/*",
  "/schema/*",
  "/openapi.json",
  ...FEED_FILES,
  // An actor's and a topic's own feeds.
  ...FEED_FILES.flatMap((f) => [`/actors/:id${f}`, `/topics/:id${f}`]),
];

export const publicReadCors = cors({ origin: "*", allowMethods: ["GET", "HEAD"], exposeHeaders: ["ETag", "Link"], maxAge: 86400 });
