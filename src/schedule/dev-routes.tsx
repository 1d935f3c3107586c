// Local-only pages (APP_ENV=development): every delivery's state, and a preview of the
// next edition of each cadence exactly as it would be sent. Elsewhere they do not exist.
import { Hono, type MiddlewareHandler } from "hono";
import * as z from "zod";
import { isDevelopment } from "../env";
import { errorResponse } from "../http/errors";
import { documentOf, Layout } from "../http/page/Layout";
import { SECURITY_HEADERS } from "../http/security";
import { personalize } from "../mail";
import { listEditions, nextEdition } from "./edition-store";
import { isoDay, nextRun } from "./editions";
import { type ScheduleEnv, summaryConfig } from "./env";
import { DELIVERY_STATES, type DeliveryState, deliveryReport } from "./ledger";

type DevEnv = { Bindings: ScheduleEnv };

const developmentOnly: MiddlewareHandler<DevEnv> = async (c, next) => {
  if (!isDevelopment(c.env)) return errorResponse(c, 404, "not_found", `Nothing is at ${c.req.path}.`);
  c.header("Cache-Control", "no-store");
  await next();
};

type Report = Awaited<ReturnType<typeof deliveryReport>>;

function DeliveriesPage(props: { report: Report; editions: Awaited<ReturnType<typeof listEditions>>; state?: DeliveryState }) {
  const { report } = props;
  return (
    <Layout meta={{ title: "Deliveries · Standpoint (development)", description: "The summary delivery ledger", url: "/dev/deliveries" }}>
      <h1>Summary deliveries</h1>
      <p class="muted">
        Every edition and every (edition, subscriber) delivery with its state. <a href="/dev/deliveries.json">As JSON</a> · Previews:{" "}
        <a href="/dev/preview/daily">daily</a>, <a href="/dev/preview/weekly">weekly</a>
      </p>
      <h2>Editions</h2>
      <table>
        <thead>
          <tr>
            <th>edition</th>
            <th>subject</th>
            <th>covers</th>
            <th>fan-out</th>
            {DELIVERY_STATES.map((s) => (
              <th>{s}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.editions.map((e) => {
            const states = report.counts.find((c) => c.edition === e.id)?.states ?? {};
            return (
              <tr>
                <td>{e.id}</td>
                <td>{e.subject}</td>
                <td>
                  {e.covers_from} – {e.covers_through}
                </td>
                <td>{e.enqueue_finished_at ? `done ${e.enqueue_finished_at}` : `in progress, through subscriber ${e.enqueued_through}`}</td>
                {DELIVERY_STATES.map((s) => (
                  <td>{states[s] ?? 0}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Latest deliveries{props.state ? ` (${props.state})` : ""}</h2>
      <p>
        Show: <a href="/dev/deliveries">all</a>
        {DELIVERY_STATES.map((s) => (
          <>
            {" · "}
            <a href={`/dev/deliveries?state=${s}`}>{s}</a>
          </>
        ))}
      </p>
      <table>
        <thead>
          <tr>
            <th>edition</th>
            <th>subscriber</th>
            <th>state</th>
            <th>attempts</th>
            <th>provider id</th>
            <th>last error</th>
            <th>updated</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr>
              <td>{r.edition_id}</td>
              <td>{r.email ?? `#${r.subscriber_id} (erased)`}</td>
              <td>{r.state}</td>
              <td>{r.attempts}</td>
              <td>{r.provider_id ?? ""}</td>
              <td>{r.last_error ?? ""}</td>
              <td>{r.updated_at}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

const stateQuery = z.enum(DELIVERY_STATES).optional();

/** The ledger report and the editions, optionally of one state; null for an unknown state. */
async function load(db: D1Database, stateParam: string | undefined) {
  const state = stateQuery.safeParse(stateParam || undefined);
  if (!state.success) return null;
  const filter = state.data ? { state: state.data } : {};
  const [report, editions] = await Promise.all([deliveryReport(db, filter), listEditions(db)]);
  return { report, editions, ...filter };
}

export const devDeliveryRoutes = new Hono<DevEnv>()
  .use("/deliveries", developmentOnly)
  .use("/deliveries.json", developmentOnly)
  .get("/deliveries", async (c) => {
    const loaded = await load(c.env.DB, c.req.query("state"));
    if (!loaded) return errorResponse(c, 400, "invalid_state", `state must be one of ${DELIVERY_STATES.join(", ")}.`);
    return c.html(documentOf(DeliveriesPage(loaded)));
  })
  .get("/deliveries.json", async (c) => {
    const loaded = await load(c.env.DB, c.req.query("state"));
    if (!loaded) return errorResponse(c, 400, "invalid_state", `state must be one of ${DELIVERY_STATES.join(", ")}.`);
    const { report, editions } = loaded;
    return c.json({
      editions: editions.map(({ html: _html, text: _text, ...e }) => e),
      ...report,
    });
  });

/** The email's own inline styles must apply, so the preview carries its own (still script-free) policy. */
const PREVIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const PREVIEW_NAME = /^(daily|weekly)(\.txt|\.json)?$/;
const dateQuery = z.iso.date().optional();

/**
 * Mounted ahead of the site's security-headers middleware (src/app.ts): outside development
 * it passes the request on untouched, so the path answers like any unknown one.
 */
export const devPreviewRoutes = new Hono<DevEnv>().get("/dev/preview/:name", async (c, next) => {
  const match = PREVIEW_NAME.exec(c.req.param("name"));
  if (!isDevelopment(c.env) || !match) return next();
  const cadence = match[1] as "daily" | "weekly";
  const headers = { ...SECURITY_HEADERS, "Content-Security-Policy": PREVIEW_CSP, "Cache-Control": "no-store" };
  const date = dateQuery.safeParse(c.req.query("date") || undefined);
  if (!date.success) return c.json({ error: { code: "invalid_date", message: "date must be YYYY-MM-DD." } }, 400, headers);
  const at = date.data ? new Date(`${date.data}T07:00:00Z`) : nextRun(cadence, new Date());
  const upcoming = await nextEdition(c.env.DB, cadence, at, summaryConfig(c.env));
  if (!upcoming) {
    const message = `No ${cadence} edition would be sent on ${isoDay(at)}: no digest was added since the previous ${cadence} edition. Try ?date=YYYY-MM-DD.`;
    return match[2] === ".json" ? c.json({ edition: null, message }, 200, headers) : c.text(message, 200, headers);
  }
  const body = "existing" in upcoming ? upcoming.existing : upcoming.planned.body;
  const id = "existing" in upcoming ? upcoming.existing.id : upcoming.planned.plan.id;
  const site = c.env.SITE_URL;
  const { html, text } = personalize(body, {
    preferencesUrl: `${site}/subscriptions/preferences/PREVIEW`,
    unsubscribeUrl: `${site}/subscriptions/unsubscribe/PREVIEW`,
  });
  if (match[2] === ".txt") return c.text(`Subject: ${body.subject}\n\n${text}`, 200, headers);
  if (match[2] === ".json") {
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    return c.json(
      { edition: id, subject: body.subject, preheader: body.preheader, htmlBytes: bytes(html), textBytes: bytes(text), text },
      200,
      headers,
    );
  }
  return c.html(html, 200, { ...headers, "X-Edition": id });
});
