// Public, read-only documents may be read by scripts on any site; nothing that acts for a
// subscriber (subscriptions, drafts) is opened this way.
import { cors } from "hono/cors";

export const PUBLIC_READ_PATHS = ["/api/digests", "/api/digests/*", "/schema/*", "/openapi.json", "/feed.json", "/feed.xml", "/atom.xml"];

export const publicReadCors = cors({ origin: "*", allowMethods: ["GET", "HEAD"], exposeHeaders: ["ETag", "Link"], maxAge: 86400 });
