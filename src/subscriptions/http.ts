// Request checks shared by the subscription routes: same-origin form posts, content
// types, rate limits. Each returns a refusal (status, code, message) or
// the parsed input; the routes turn refusals into a page or `{ error }` JSON.
import type { Context } from "hono";
import type * as z from "zod";
import type { AppEnv } from "../env";
import { type Checked, mediaType, type Refusal, readBounded, readJsonBody, refuse } from "../http/body";

/** Bodies larger than this are refused without being read further. */
export const MAX_BODY_BYTES = 4096;

/**
 * Refuses posts a browser made for another site's page (login CSRF, forced subscribe):
 * Sec-Fetch-Site when the browser sends it, otherwise Origin. Clients that send neither
 * (curl, mail clients' one-click) are not browsers acting for someone else.
 */
export function crossOriginRefusal(c: Context<{ Bindings: AppEnv }>): Refusal | undefined {
  const site = c.req.header("Sec-Fetch-Site");
  const origin = c.req.header("Origin");
  const own = [new URL(c.req.url).origin, new URL(c.env.SITE_URL).origin];
  const crossSite = site !== undefined && site !== "same-origin" && site !== "none";
  const foreignOrigin = origin !== undefined && !own.includes(origin);
  if (crossSite || foreignOrigin) {
    return { status: 403, code: "cross_origin", message: "This form can only be sent from Standpoint's own pages." };
  }
}

const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";

/** A JSON body, at most MAX_BODY_BYTES. */
export async function readJson(c: Context): Promise<Checked<unknown>> {
  if (mediaType(c) !== "application/json") return refuse(415, "unsupported_media_type", "Send the request as application/json.");
  return readJsonBody(c, MAX_BODY_BYTES);
}

/** A form post's fields; multipart only where a standard allows it (RFC 8058). */
export async function readForm(c: Context, options: { multipart?: boolean } = {}): Promise<Checked<Map<string, string>>> {
  const type = mediaType(c);
  const allowed = type === FORM || (options.multipart && type === MULTIPART);
  if (!allowed) {
    return refuse(415, "unsupported_media_type", `Send the form as ${options.multipart ? `${FORM} or ${MULTIPART}` : FORM}.`);
  }
  const text = await readBounded(c, MAX_BODY_BYTES);
  if (!text.ok) return text;
  const fields = new Map<string, string>();
  if (type === FORM) {
    for (const [k, v] of new URLSearchParams(text.value)) if (!fields.has(k)) fields.set(k, v);
    return { ok: true, value: fields };
  }
  try {
    const form = await new Request("http://form.invalid/", {
      method: "POST",
      headers: { "Content-Type": c.req.header("Content-Type")! },
      body: text.value,
    }).formData();
    for (const [k, v] of form) if (typeof v === "string" && !fields.has(k)) fields.set(k, v);
    return { ok: true, value: fields };
  } catch {
    return refuse(400, "invalid_form", "The form body could not be read.");
  }
}

/**
 * The first problem zod found, as a refusal: the code names the field for programs, and the
 * message is the schema's own sentence for people (the subscribe page shows it as it is).
 */
export function validationRefusal(error: z.ZodError): Refusal {
  const issue = error.issues[0]!;
  const field = issue.path.join(".");
  const top = String(issue.path[0] ?? "");
  const code =
    field === "email"
      ? "invalid_email"
      : field === "cadence"
        ? "invalid_cadence"
        : field === "follows"
          ? "too_many_follows"
          : top === "actors" || top === "topics"
            ? "invalid_follows"
            : "invalid_request";
  const message =
    issue.code === "unrecognized_keys"
      ? `Unknown field(s): ${issue.keys.join(", ")}.`
      : issue.path.length === 0 && issue.code === "invalid_type"
        ? "Send a JSON object with email and cadence."
        : issue.message;
  return { status: 400, code, message };
}

/** A bearer token from the Authorization header (the JSON API's way to pass a link token). */
export function bearerToken(c: Context): string | undefined {
  // RFC 6750 and RFC 9110: the scheme is case-insensitive, followed by one or more spaces.
  const m = /^bearer +([^\s]{1,512})$/i.exec(c.req.header("Authorization") ?? "");
  return m?.[1];
}

async function sha256Hex(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Subscribe requests per client (address of the connection) and per email address
 * (hashed: the limiter never sees it). Both are checked, so neither can be saturated alone.
 */
export async function rateLimitRefusal(c: Context<{ Bindings: AppEnv }>, email: string): Promise<Refusal | undefined> {
  const client = c.req.header("CF-Connecting-IP") ?? "unknown";
  const [byClient, byAddress] = await Promise.all([
    c.env.SUBSCRIBE_LIMITER.limit({ key: `client:${client}` }),
    c.env.SUBSCRIBE_LIMITER.limit({ key: `address:${await sha256Hex(email)}` }),
  ]);
  if (!byClient.success || !byAddress.success) {
    c.header("Retry-After", "60");
    return { status: 429, code: "rate_limited", message: "Too many subscribe requests. Wait a minute and try again." };
  }
}
