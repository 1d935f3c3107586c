// The API for people: the OpenAPI document rendered as one page, no script.
import type { Child } from "hono/jsx";
import { Layout } from "../../http/page/Layout";
import type { OpenApiDocument, Operation, Parameter } from "./document";

type JsonSchema = Record<string, unknown>;

const refName = (ref: string) => ref.split("/").pop()!;
const schemaAnchor = (name: string) => `schema-${name}`;

/** A short description of a JSON Schema's type, linking named schemas. */
function TypeOf(props: { schema: JsonSchema | undefined }): Child {
  const s = props.schema;
  if (!s) return "any";
  if (typeof s.$ref === "string") {
    const name = refName(s.$ref);
    return s.$ref.startsWith("#/") ? <a href={`#${schemaAnchor(name)}`}>{name}</a> : <a href={s.$ref}>{name}</a>;
  }
  const alternatives = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (alternatives)
    return join(
      alternatives.map((a) => <TypeOf schema={a} />),
      " or ",
    );
  if ("const" in s) return <code>{JSON.stringify(s.const)}</code>;
  if (Array.isArray(s.enum))
    return join(
      s.enum.map((v) => <code>{JSON.stringify(v)}</code>),
      " | ",
    );
  if (s.type === "array")
    return (
      <>
        array of <TypeOf schema={s.items as JsonSchema} />
      </>
    );
  if (s.type === "null") return "null";
  const details = [
    typeof s.format === "string" && s.format,
    typeof s.minimum === "number" && `≥ ${s.minimum}`,
    typeof s.maximum === "number" && s.maximum < Number.MAX_SAFE_INTEGER && `≤ ${s.maximum}`,
    s.default !== undefined && `default ${JSON.stringify(s.default)}`,
  ].filter(Boolean);
  return `${String(s.type ?? "any")}${details.length ? ` (${details.join(", ")})` : ""}`;
}

/** Descriptions are CommonMark; the docs render only their `code` spans, which is all they use. */
function Prose(props: { text: string | undefined }): Child {
  if (!props.text) return null;
  return props.text.split("`").map((part, i) => (i % 2 ? <code>{part}</code> : part));
}

function join(items: Child[], separator: string): Child {
  return items.flatMap((item, i) => (i ? [separator, item] : [item]));
}

/** The object a schema describes, directly or as the items of an array. */
function objectOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.type === "object" && schema.properties) return schema;
  if (schema.type === "array") return objectOf(schema.items as JsonSchema);
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return alternatives?.map(objectOf).find(Boolean);
}

function Table(props: { headers: string[]; rows: Child[][] }) {
  return (
    <table class="api">
      <thead>
        <tr>
          {props.headers.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((cells) => (
          <tr>
            {cells.map((cell) => (
              <td>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const Name = (props: { name: string; required: boolean }) => (
  <>
    <code>{props.name}</code>
    {!props.required && <span class="muted"> optional</span>}
  </>
);

function Properties(props: { schema: JsonSchema }) {
  const properties = props.schema.properties as Record<string, JsonSchema>;
  const required = new Set((props.schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties).map(([name, property]) => {
    const nested = objectOf(property);
    return [
      <Name name={name} required={required.has(name)} />,
      <TypeOf schema={property} />,
      <>
        <Prose text={typeof property.description === "string" ? property.description : undefined} />
        {nested && <Properties schema={nested} />}
      </>,
    ];
  });
  return <Table headers={["Field", "Type", "Description"]} rows={rows} />;
}

function Parameters(props: { parameters: Parameter[] }) {
  const rows = props.parameters.map((p) => [
    <Name name={p.name} required={p.required} />,
    p.in,
    <TypeOf schema={p.schema} />,
    <Prose text={p.description} />,
  ]);
  return <Table headers={["Parameter", "In", "Type", "Description"]} rows={rows} />;
}

function Example(props: { value: unknown }) {
  if (props.value === undefined) return null;
  return (
    <details>
      <summary>Example</summary>
      <pre>
        <code>{JSON.stringify(props.value, null, 2)}</code>
      </pre>
    </details>
  );
}

function OperationSection(props: { method: string; path: string; op: Operation }) {
  const { op } = props;
  return (
    <section class="card" id={op.operationId} aria-labelledby={`h-${op.operationId}`}>
      <h3 id={`h-${op.operationId}`}>
        <code>
          {props.method.toUpperCase()} {props.path}
        </code>
      </h3>
      <p>
        <strong>{op.summary}</strong>
        {op.description && " "}
        <Prose text={op.description} />
      </p>
      {op.parameters && <Parameters parameters={op.parameters} />}
      {op.requestBody &&
        Object.entries(op.requestBody.content).map(([type, media]) => (
          <>
            <h4>
              Request body (<code>{type}</code>): <TypeOf schema={media.schema} />
            </h4>
            {objectOf(media.schema) && <Properties schema={objectOf(media.schema)!} />}
            <Example value={media.example} />
          </>
        ))}
      <h4>Responses</h4>
      <dl class="responses">
        {Object.entries(op.responses).map(([status, response]) => (
          <>
            <dt>
              <code>{status}</code>
            </dt>
            <dd>
              {response.description}
              {response.headers && ` Headers: ${Object.keys(response.headers).join(", ")}.`}
              {Object.entries(response.content ?? {}).map(([type, media]) => (
                <div>
                  <code>{type}</code>
                  {media.schema && (
                    <>
                      {": "}
                      <TypeOf schema={media.schema} />
                    </>
                  )}
                  <Example value={media.example} />
                </div>
              ))}
            </dd>
          </>
        ))}
      </dl>
    </section>
  );
}

export function DocsPage(props: { doc: OpenApiDocument; siteUrl: string }) {
  const { doc } = props;
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return (
    <Layout
      meta={{
        title: "Standpoint API",
        description: "The Standpoint API: digests, positions, feeds and subscriptions, for programs.",
        url: `${props.siteUrl}/api/docs`,
        jsonUrl: "/openapi.json",
      }}
    >
      <h1>Standpoint API</h1>
      <p>{doc.info.description}</p>
      <p>
        Base URL <code>{doc.servers[0]?.url}</code>. The machine-readable description is <a href="/openapi.json">/openapi.json</a> (OpenAPI{" "}
        {doc.openapi}); errors are always <code>{'{ "error": { "code", "message" } }'}</code>.
      </p>
      <nav class="toc" aria-label="Operations">
        {doc.tags.map((tag) => (
          <>
            <h2>{tag.name}</h2>
            <ul>
              {operations
                .filter((o) => o.op.tags.includes(tag.name))
                .map((o) => (
                  <li>
                    <a href={`#${o.op.operationId}`}>
                      <code>
                        {o.method.toUpperCase()} {o.path}
                      </code>
                    </a>{" "}
                    {o.op.summary}
                  </li>
                ))}
            </ul>
          </>
        ))}
      </nav>
      <h2>Operations</h2>
      {operations.map((o) => (
        <OperationSection method={o.method} path={o.path} op={o.op} />
      ))}
      <h2>Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <section id={schemaAnchor(name)} aria-labelledby={`h-${schemaAnchor(name)}`}>
          <h3 id={`h-${schemaAnchor(name)}`}>{name}</h3>
          {typeof schema.description === "string" && (
            <p>
              <Prose text={schema.description} />
            </p>
          )}
          {objectOf(schema) ? (
            <Properties schema={objectOf(schema)!} />
          ) : (
            <p>
              <TypeOf schema={schema} />
            </p>
          )}
        </section>
      ))}
    </Layout>
  );
}
