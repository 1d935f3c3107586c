// The API's routes as data: each route module registers what it serves, with the zod
// schemas it validates with, and /openapi.json and /api/docs are generated from this list.
//
// To document a route, register it next to its handler (one statement):
//
//   documented({ method: "post", path: "/api/subscriptions", operationId: "subscribe", tag: "Subscriptions",
//     summary: "Subscribe an address", body: { schema: SubscribeRequest }, responses: { 202: json(Accepted, "Mail sent"), ...errors(400, 429) } });
//
// and validate with the same schemas (`validQuery(schema)` below, or `schema.safeParse`).
// tests/api/openapi.test.ts fails when an /api/ or *.json route of the app is not registered.
import type { Context } from "hono";
import { validator } from "hono/validator";
import * as z from "zod";
import { errorResponse } from "./errors";

export type Method = "get" | "post" | "put" | "patch" | "delete";

export interface MediaContent {
  /** The body's zod schema; omit for bodies that are not JSON (XML feeds, HTML). */
  schema?: z.ZodType;
  /** A JSON Schema for bodies that are documents in their own right (e.g. a JSON Schema). */
  jsonSchema?: Record<string, unknown>;
  /** Validated against the schema by the tests. */
  example?: unknown;
}

export interface ApiResponse {
  description: string;
  /** By media type, e.g. `application/json`. */
  content?: Record<string, MediaContent>;
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

/** The groups of the API, each described once: a route's tag must be one of these (the type says so). */
export const API_TAGS = {
  Digests: "Published digests: the positions an article reports, the archive, search and the digest schema.",
  Actors: "People and institutions across digests: where each stands, in their own words.",
  Topics: "What digests are about: every digest of a topic, newest first.",
  Feeds: "RSS, Atom and JSON Feed of the digests, and of each actor and topic.",
  Subscriptions: "Subscribe, confirm, change, export and erase an email subscription.",
  Drafts: "Machine drafts of an article's quotes and positions, for editors to review.",
  Admin: "Publishing and unpublishing digests; needs the admin token.",
  API: "This description of the API.",
} as const;
export type ApiTag = keyof typeof API_TAGS;

export interface ApiRoute {
  method: Method;
  /** In Hono's syntax, as the router declares it: `/api/digests/:slug`. */
  path: string;
  /** Unique, camelCase: names the operation in clients generated from the document. */
  operationId: string;
  /** Groups operations in the docs, e.g. "Digests". */
  tag: ApiTag;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; type?: string; example?: unknown };
  /** Set when the route wants `Authorization: Bearer <token>`: what the token is. */
  bearer?: string;
  responses: Record<number, ApiResponse>;
}

const routes: ApiRoute[] = [];
const names = new Map<z.ZodType, string>();
const key = (r: ApiRoute) => `${r.method} ${r.path}`;

/** Registers a route for the document; returns it so a router can read its path and schemas. */
export function documented<const R extends ApiRoute>(route: R): R {
  if (routes.some((r) => r.operationId === route.operationId || key(r) === key(route))) {
    throw new Error(`${key(route)} (${route.operationId}) is documented twice`);
  }
  routes.push(route);
  return route;
}

export function documentedRoutes(): readonly ApiRoute[] {
  return routes;
}

/** Gives a schema a name in components/schemas, so the document refers to it instead of repeating it. */
export function named<S extends z.ZodType>(name: string, schema: S): S {
  names.set(schema, name);
  return schema;
}

export function schemaNames(): ReadonlyMap<z.ZodType, string> {
  return names;
}

export const ApiError = named(
  "Error",
  z
    .object({ error: z.object({ code: z.string(), message: z.string() }) })
    .meta({ description: "Every error: a stable machine-readable code and a message for people." }),
);

/** A JSON response. */
export function json(schema: z.ZodType, description: string, example?: unknown): ApiResponse {
  return { description, content: { "application/json": { schema, example } } };
}

const errorMeaning: Record<number, [string, string]> = {
  400: ["The request is malformed; the message says which parameter and why.", "invalid_query"],
  401: ["A token is required; the message says how to send it.", "token_required"],
  403: ["Refused: the request came from another site.", "cross_origin"],
  404: ["Nothing is there; the message says what was not found.", "not_found"],
  409: ["The request conflicts with the current state.", "conflict"],
  410: ["The link's token has expired or was revoked.", "token_expired"],
  413: ["The request body is too large.", "body_too_large"],
  415: ["The request body has the wrong media type.", "unsupported_media_type"],
  422: ["The request is well-formed but cannot be processed.", "unprocessable"],
  429: ["Too many requests; retry later.", "rate_limited"],
};

/**
 * The error responses of a route, in the shape `{ error: { code, message } }`: a status, or
 * `[status, code, message]` to show the route's own code and message in the example.
 */
export function errors(...statuses: (number | [number, string, string])[]): Record<number, ApiResponse> {
  return Object.fromEntries(
    statuses.map((entry) => {
      const [status, code, message] = typeof entry === "number" ? [entry] : entry;
      const [description, genericCode] = errorMeaning[status] ?? ["An error.", "error"];
      return [status, json(ApiError, description, { error: { code: code ?? genericCode, message: message ?? description } })];
    }),
  );
}

/** The responses every cached representation has: the body with its ETag, or 304. */
export function cached(body: ApiResponse): Record<number, ApiResponse> {
  return {
    200: {
      ...body,
      headers: { ETag: { description: "Strong validator; send it back in If-None-Match.", schema: { type: "string" } }, ...body.headers },
    },
    304: { description: "Not modified: If-None-Match matched the current ETag." },
  };
}

/** One line per problem: `page: must be a whole number of at least 1`. */
export function reasonOf(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** Validates the query string with a route's schema; 400 with the reason when it does not parse. */
export function validQuery<S extends z.ZodType>(schema: S) {
  return validator("query", (value, c: Context) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as z.output<S>;
    return errorResponse(c, 400, "invalid_query", reasonOf(parsed.error));
  });
}
