// Security headers on every response. No page runs script, so the policy allows none;
// the one inline stylesheet is allowed by its hash.
import { createMiddleware } from "hono/factory";
import { styleHash } from "./page/styles";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${styleHash}'`,
  "img-src 'self' data:",
  // No page script fetches anything; this lets tools that audit a page from inside it (Lighthouse's
  // SEO audit reads /robots.txt) reach the site's own files, and nothing else.
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  h.set("X-Content-Type-Options", "nosniff");
  h.set("Referrer-Policy", "strict-origin-when-cross-origin");
  h.set("X-Frame-Options", "DENY");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Cross-Origin-Resource-Policy", "same-origin");
  h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  h.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
});
