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
  "Cross-Origin-Resource-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

/**
 * Whether a response gets `Cross-Origin-Opener-Policy: same-origin`: personal ones only (a
 * token's page, a subscriber's answer), which no shared cache may keep. Cutting the tie to a
 * cross-origin opener keeps such a window from being watched; a public page (the same for
 * everyone, no script) holds nothing a window could learn. The policy is not free there:
 * Chromium opens the page in a fresh renderer, and that start-up counted as the page's own
 * blocking time in Lighthouse (mobile, idle, `/`: 93–99 with the header, 97–100 without).
 */
export const isolatesOpener = (cacheControl: string | null) => /\b(no-store|private)\b/.test(cacheControl ?? "");

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) h.set(name, value);
  if (isolatesOpener(h.get("Cache-Control"))) h.set("Cross-Origin-Opener-Policy", "same-origin");
});
