// The OpenAPI 3.1 document, generated from the registered routes and their zod schemas:
// named schemas go to components/schemas (output types, as responses carry them); parameters
// and request bodies are inlined as input types (what a client sends).
import * as z from "zod";
import { API_TAGS, type ApiResponse, type ApiRoute, type MediaContent, schemaNames } from "../../http/openapi";

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: "3.1.1";
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string }[];
  jsonSchemaDialect: string;
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes?: Record<string, JsonSchema> };
}

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  security: Record<string, string[]>[];
  responses: Record<
    string,
    { description: string; headers?: ApiResponse["headers"]; content?: Record<string, { schema?: JsonSchema; example?: unknown }> }
  >;
}

export interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/**
 * The licence of what the API serves that is Standpoint's own: titles, questions, sides and
 * summaries. The quotations inside remain their speakers' and outlets'. The site's owner
 * chooses it; this is the default until they do.
 */
export const API_LICENSE = { name: "CC BY 4.0 (Standpoint's digests; quotations remain their authors')", identifier: "CC-BY-4.0" };

/** Every operation can be refused; routes without an error of their own still answer one. */
const ANY_CLIENT_ERROR = {
  description: "Refused: nothing is served at this path for this method, or the request is malformed; the message says why.",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};

const DIALECT = "https://json-schema.org/draft/2020-12/schema";
const BEARER = "linkToken";
const componentRef = (name: string) => `#/components/schemas/${name}`;

/** `/api/digests/:slug` in OpenAPI's syntax: `/api/digests/{slug}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, "{$1}");
}

export function openApiDocument(routes: readonly ApiRoute[], siteUrl: string): OpenApiDocument {
  const components = componentSchemas(routes);
  const paths: OpenApiDocument["paths"] = {};
  for (const route of routes) {
    const operations = (paths[openApiPath(route.path)] ??= {});
    operations[route.method] = operationOf(route, components.refs);
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Standpoint API",
      version: "1",
      description:
        "Positions digests of news articles: who takes which side of the question an article turns on, each position tied to the exact words in the text. Every GET is cacheable with a strong ETag.",
      license: API_LICENSE,
    },
    servers: [{ url: siteUrl }],
    jsonSchemaDialect: DIALECT,
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name, description: API_TAGS[name] })),
    paths,
    components: {
      schemas: components.schemas,
      ...(routes.some((r) => r.bearer) && {
        securitySchemes: {
          [BEARER]: {
            type: "http",
            scheme: "bearer",
            description: "A token from a link in a Standpoint email, sent as Authorization: Bearer <token>.",
          },
        },
      }),
    },
  };
}

/** Every response schema becomes a component: named ones under their name, others after their operation. */
function componentSchemas(routes: readonly ApiRoute[]) {
  const registry = z.registry<{ id: string }>();
  const refs = new Map<z.ZodType, string>();
  const add = (schema: z.ZodType, name: string) => {
    if (refs.has(schema)) return;
    refs.set(schema, name);
    registry.add(schema, { id: name });
  };
  // A named schema that is only a request body stays out: bodies are inlined as input types
  // (operationOf), so its output-typed component would be referenced by nothing.
  const bodies = new Set(routes.map((r) => r.body?.schema));
  for (const [schema, name] of schemaNames()) if (!bodies.has(schema)) add(schema, name);
  for (const route of routes) {
    for (const [status, response] of Object.entries(route.responses)) {
      for (const content of Object.values(response.content ?? {})) {
        if (content.schema) add(content.schema, `${capitalize(route.operationId)}${status}`);
      }
    }
  }
  const converted = z.toJSONSchema(registry, { target: "draft-2020-12", uri: componentRef, unrepresentable: "any" });
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(converted.schemas)) {
    // Components live inside the document: its dialect applies and they need no $id of their own.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    schemas[name] = rest;
  }
  return { schemas, refs };
}

function operationOf(route: ApiRoute, refs: ReadonlyMap<z.ZodType, string>): Operation {
  const parameters = [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")];
  const responses: Operation["responses"] = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers && { headers: response.headers }),
      ...(response.content && { content: mapValues(response.content, (c) => mediaOf(c, refs)) }),
    };
  }
  if (!Object.keys(responses).some((status) => status.startsWith("4"))) responses["4XX"] = ANY_CLIENT_ERROR;
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...((route.description || route.bearer) && {
      description: [route.description, route.bearer && `Authorization: ${route.bearer}`].filter(Boolean).join(" "),
    }),
    ...(parameters.length && { parameters }),
    // Public operations say so explicitly (an empty requirement), so no client sends a token.
    security: route.bearer ? [{ [BEARER]: [] }] : [],
    ...(route.body && {
      requestBody: {
        required: true,
        content: {
          [route.body.type ?? "application/json"]: {
            schema: inputSchema(route.body.schema),
            ...(route.body.example !== undefined && { example: route.body.example }),
          },
        },
      },
    }),
    responses,
  };
}

function mediaOf(content: MediaContent, refs: ReadonlyMap<z.ZodType, string>) {
  const name = content.schema && refs.get(content.schema);
  const schema = name ? { $ref: componentRef(name) } : content.jsonSchema;
  return { ...(schema && { schema }), ...(content.example !== undefined && { example: content.example }) };
}

function parametersOf(schema: z.ZodObject | undefined, where: Parameter["in"]): Parameter[] {
  if (!schema) return [];
  const object = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === "path" || (object.required ?? []).includes(name),
      ...(typeof description === "string" && { description }),
      schema: rest,
    };
  });
}

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  return rest;
}

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
}
