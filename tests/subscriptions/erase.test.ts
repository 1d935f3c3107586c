// Erase removes every row that names or points to the person, and export shows all of
// them first (issue 14, item 4). Deliveries come from the real cron and queue consumer.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { runCron } from "../../src/schedule";
import { storeDigests } from "../fixtures/store";
import { cronAt, fixtureDigest, settled } from "../schedule/helpers";
import { testEnv, worker } from "../worker";
import { freshEmail, linksOf, mailTo, ORIGIN, postForm, postJson, stateOf, subscribeByForm } from "./helpers";

/** Every row of every table, as text: what "no table holds the address" is checked against. */
async function everyRow(): Promise<string> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations'",
  ).all<{ name: string }>();
  const rows = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM "${t.name}"`)));
  return JSON.stringify(rows.map((r, i) => [tables[i]!.name, r.results]));
}

const deliveriesOf = async (id: number) =>
  (await env.DB.prepare("SELECT count(*) AS n FROM summary_deliveries WHERE subscriber_id = ?1").bind(id).first<{ n: number }>())!.n;

/** An active daily subscriber who has been sent one edition; returns its address, id and links. */
async function subscriberWithHistory(day: string, added: string) {
  const email = freshEmail("erase");
  await subscribeByForm(email, "daily");
  const [confirmation] = await mailTo(email);
  const links = linksOf(confirmation!);
  expect((await postForm(links.confirm!, {})).status).toBe(200);
  const id = (await env.DB.prepare("SELECT id FROM subscribers WHERE email = ?1").bind(email).first<{ id: number }>())!.id;
  await storeDigests(fixtureDigest(`erase-bridge-${day}`, added));
  await runCron(cronAt("0 7 * * *", day), testEnv);
  await settled(`daily:${day}`, 1);
  await mailTo(email, 2);
  expect(await deliveriesOf(id)).toBe(1);
  return { email, id, links };
}

// The real queue waits up to max_batch_timeout (5 s) before it hands the consumer a batch.
const QUEUE_TIMEOUT = 30_000;

describe("export and erase", () => {
  it(
    "exports the deliveries and messages too, then erases them over the API: no table holds the address",
    async () => {
      const { email, id, links } = await subscriberWithHistory("2028-02-11", "2028-02-10");
      const token = links.preferences!.split("/").pop()!;
      const auth = { Authorization: `Bearer ${token}`, Origin: ORIGIN };

      const exported = await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { headers: auth });
      expect(exported.status).toBe(200);
      const data = await exported.json<{
        subscriber: { email: string };
        deliveries: { edition_id: string; state: string }[];
        messages: { subject: string }[];
      }>();
      expect(data.subscriber.email).toBe(email);
      expect(data.deliveries).toEqual([expect.objectContaining({ edition_id: "daily:2028-02-11", state: "sent", subscriber_id: id })]);
      expect(data.messages.map((m) => m.subject)).toContain("Confirm your Standpoint subscription");
      expect(data.messages).toHaveLength(2);

      // Negative control: before the erase, the address and the id are there to be found.
      expect(await everyRow()).toContain(email);
      const erased = await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { method: "DELETE", headers: auth });
      expect(erased.status).toBe(200);
      expect(await erased.json()).toEqual({ erased: true });
      expect(await everyRow()).not.toContain(email);
      expect(await deliveriesOf(id)).toBe(0);
      // The token died with the row.
      expect((await worker.fetch(`${ORIGIN}/api/subscriptions/me`, { headers: auth })).status).toBe(410);
    },
    QUEUE_TIMEOUT,
  );

  it(
    "exports and erases through the preferences form",
    async () => {
      const { email, id, links } = await subscriberWithHistory("2028-02-13", "2028-02-12");
      const download = await postForm(links.preferences!, { action: "export" });
      expect(download.status).toBe(200);
      expect(download.headers.get("Content-Disposition")).toContain("attachment");
      const data = await download.json<{ subscriber: { email: string }; history: unknown[]; deliveries: unknown[]; messages: unknown[] }>();
      expect(data.subscriber.email).toBe(email);
      expect(data.history.length).toBeGreaterThanOrEqual(2);
      expect(data.deliveries).toHaveLength(1);
      expect(data.messages).toHaveLength(2);

      // The first press only asks; nothing is deleted until the second.
      const asked = await postForm(links.preferences!, { action: "erase" });
      expect(asked.status).toBe(200);
      expect(await asked.text()).toContain("Yes, delete my data");
      expect(await everyRow()).toContain(email);
      const erased = await postForm(links.preferences!, { action: "erase-confirmed" });
      expect(erased.status).toBe(200);
      expect(await erased.text()).toContain("Your data is deleted");
      expect(await everyRow()).not.toContain(email);
      expect(await deliveriesOf(id)).toBe(0);
      expect((await worker.fetch(`${ORIGIN}${links.preferences}`)).status).toBe(410);
    },
    QUEUE_TIMEOUT,
  );

  it("keeps an erased bounced address suppressed with only a keyed hash, so the next subscribe mails nothing", async () => {
    const email = freshEmail("bounced-erase");
    await subscribeByForm(email, "daily");
    const [confirmation] = await mailTo(email);
    const links = linksOf(confirmation!);
    await postForm(links.confirm!, {});
    await env.DB.prepare("UPDATE subscribers SET status = 'suppressed', suppressed_at = ?2, suppressed_reason = 'bounced' WHERE email = ?1")
      .bind(email, new Date().toISOString())
      .run();
    expect((await postForm(links.preferences!, { action: "erase-confirmed" })).status).toBe(200);
    const kept = await everyRow();
    expect(kept).not.toContain(email);
    const { results: hashes } = await env.DB.prepare("SELECT * FROM suppressed_addresses").all<Record<string, string>>();
    expect(hashes.length).toBeGreaterThanOrEqual(1);
    for (const row of hashes) expect(Object.keys(row)).toEqual(["address_hash"]);

    const answer = await postJson("/api/subscriptions", { email, cadence: "daily" });
    expect(answer.status).toBe(202);
    expect(await stateOf(email)).toBe("suppressed");
    // Negative control: an address that was only unsubscribed, then erased, may come back.
    const other = freshEmail("left-erase");
    await subscribeByForm(other, "daily");
    const otherLinks = linksOf((await mailTo(other))[0]!);
    expect((await postForm(otherLinks.preferences!, { action: "erase-confirmed" })).status).toBe(200);
    await postJson("/api/subscriptions", { email: other, cadence: "daily" });
    expect(await stateOf(other)).toBe("pending");
    // The suppressed one got no new message: the other's arrived, and its old ones were erased with it.
    await mailTo(other, 1);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM mail_outbox WHERE recipient = ?1").bind(email).first("n")).toBe(0);
  });
});
