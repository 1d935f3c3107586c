// /dev/mail: the outbox for people (newest first) and as JSON. These routes exist only
// when APP_ENV is "development"; anywhere else they answer exactly like an unknown path.
import { Hono } from "hono";
import { type AppEnv, isDevelopment } from "../env";
import { errorResponse } from "../http/errors";
import { documentOf, Layout } from "../http/page/Layout";
import { listOutbox, type StoredMail } from "./outbox";

const linksIn = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

function MailList(props: { messages: StoredMail[] }) {
  return (
    <Layout meta={{ title: "Outbox · Standpoint (development)", description: "Mail the outbox transport stored", url: "/dev/mail" }}>
      <h1>Outbox</h1>
      <p class="muted">
        {props.messages.length} message(s), newest first. <a href="/dev/mail.json">As JSON</a>
      </p>
      {props.messages.map((m) => (
        <section class="card mail" aria-label={m.subject}>
          <h2>{m.subject}</h2>
          <p class="meta">
            To <span class="mail-to">{m.to}</span> · from {m.from} · <time datetime={m.createdAt}>{m.createdAt}</time>
          </p>
          <ul class="mail-links">
            {linksIn(m.html).map((href) => (
              <li>
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
          <details>
            <summary>Headers and text</summary>
            <pre>
              {Object.entries(m.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join("\n")}
            </pre>
            <pre>{m.text}</pre>
          </details>
        </section>
      ))}
    </Layout>
  );
}

export const devMailRoutes = new Hono<{ Bindings: AppEnv }>()
  .use(async (c, next) => {
    if (!isDevelopment(c.env)) return errorResponse(c, 404, "not_found", `Nothing is at ${c.req.path}.`);
    c.header("Cache-Control", "no-store");
    await next();
  })
  .get("/mail", async (c) => c.html(documentOf(MailList({ messages: await listOutbox(c.env.DB, { limit: 100 }) }))))
  .get("/mail.json", async (c) => {
    const to = c.req.query("to");
    const messages = await listOutbox(c.env.DB, { limit: 100, ...(to ? { to } : {}) });
    return c.json({
      messages: messages.map((m) => ({
        id: m.id,
        createdAt: m.createdAt,
        from: m.from,
        to: m.to,
        subject: m.subject,
        headers: m.headers,
        html: m.html,
        text: m.text,
      })),
    });
  });
