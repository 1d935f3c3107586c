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

/** Every header but the policy: a response with a policy of its own (an email preview) still sends these. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) h.set(name, value);
});
