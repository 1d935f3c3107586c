// The admin API's gate: `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
// Without a token configured (production with no ADMIN_TOKEN) there is no admin API at all.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../../env";
import { apiError } from "../../http/errors";

export type AdminBindings = { Bindings: AppEnv; Variables: { admin: string } };

const encoder = new TextEncoder();
const digestOf = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));

/**
 * Whether two secrets are equal, in time that does not depend on where they differ: both are
 * hashed to 32 bytes first, so neither their content nor their length leaks.
 */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digestOf(given), digestOf(expected)]);
  return crypto.subtle.timingSafeEqual(a, b);
}

/** Who made a change, for the audit table: which token (a fingerprint, never the token) and from where. */
async function who(token: string, client: string | undefined): Promise<string> {
  const fingerprint = [...(await digestOf(token)).slice(0, 6)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `token:${fingerprint} from ${client ?? "unknown"}`;
}

export const requireAdmin = createMiddleware<AdminBindings>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  if (!expected) return apiError(c, 404, "admin_disabled", "The admin API is off: ADMIN_TOKEN is not set on this site.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
  if (!match || !(await sameSecret(match[1]!, expected))) {
    c.header("WWW-Authenticate", 'Bearer realm="standpoint-admin"');
    c.header("Cache-Control", "no-store");
    return apiError(c, 401, "unauthorized", "Send the admin token as Authorization: Bearer <ADMIN_TOKEN>.");
  }
  c.set("admin", await who(match[1]!, c.req.header("CF-Connecting-IP")));
  // Nothing the admin sees (pending digests, the list) may be kept by a shared cache.
  c.header("Cache-Control", "private, no-store");
  await next();
});
