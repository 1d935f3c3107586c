// Shared by the subscription tests: requests as a browser or a client sends them,
// and mail read back from the real outbox table.
import { env } from "cloudflare:test";
import { vi } from "vitest";
import { listOutbox, type StoredMail } from "../../src/mail";
import { findSubscriberByEmail } from "../../src/subscriptions";
import { worker } from "../worker";

export const ORIGIN = "https://example.com";

let clients = 0;
/** A distinct client address per call, so the per-client rate limit does not couple tests. */
export const freshClient = () => `198.51.${Math.floor(++clients / 250) % 250}.${(clients % 250) + 1}`;

let addresses = 0;
export const freshEmail = (label = "reader") => `${label}.${Date.now().toString(36)}.${++addresses}@example.org`;

export function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return worker.fetch(`${ORIGIN}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: ORIGIN,
      "Sec-Fetch-Site": "same-origin",
      "CF-Connecting-IP": freshClient(),
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return worker.fetch(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshClient(), ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export const subscribeByForm = (email: string, cadence = "weekly", extra: Record<string, string> = {}) =>
  postForm("/subscriptions", { email, cadence, source: "/digests/putin-offer-to-negotiate", website: "", ...extra });

/** Mail to an address, newest first; waits for mail sent after the response (waitUntil). */
export async function mailTo(email: string, atLeast = 1): Promise<StoredMail[]> {
  return vi.waitFor(
    async () => {
      const mail = await listOutbox(env.DB, { to: email });
      if (mail.length < atLeast) throw new Error(`expected ${atLeast} message(s) to ${email}, found ${mail.length}`);
      return mail;
    },
    { timeout: 3000, interval: 20 },
  );
}

/** Paths of the links in a message's HTML, by what they point to. */
export function linksOf(mail: StoredMail) {
  const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, "&")).pathname);
  const find = (prefix: string) => hrefs.find((h) => h.startsWith(prefix));
  return {
    confirm: find("/subscriptions/confirm/"),
    preferences: find("/subscriptions/preferences/"),
    unsubscribe: find("/subscriptions/unsubscribe/"),
  };
}

export const stateOf = async (email: string) => (await findSubscriberByEmail(env.DB, email))?.status ?? "absent";

/** Every row of the subscription tables and the outbox: "no state change" compares these. */
export async function snapshot() {
  const [subscribers, events, outbox] = await env.DB.batch([
    env.DB.prepare("SELECT * FROM subscribers ORDER BY id"),
    env.DB.prepare("SELECT * FROM subscriber_events ORDER BY id"),
    env.DB.prepare("SELECT id FROM mail_outbox ORDER BY id"),
  ]);
  return JSON.stringify([subscribers!.results, events!.results, outbox!.results]);
}

/** The follows stored for an address, as `kind:id`, sorted. */
export async function followsOf(email: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT f.kind || ':' || f.follow_id AS k FROM subscriber_follows f JOIN subscribers s ON s.id = f.subscriber_id
     WHERE s.email = ?1 ORDER BY k`,
  )
    .bind(email)
    .all<{ k: string }>();
  return results.map((r) => r.k);
}

/** "No state change" for follows: subscribers, their history and their follows (not the outbox, where earlier tests' mail may still arrive). */
export async function followSnapshot() {
  const tables = await env.DB.batch([
    env.DB.prepare("SELECT * FROM subscribers ORDER BY id"),
    env.DB.prepare("SELECT * FROM subscriber_events ORDER BY id"),
    env.DB.prepare("SELECT * FROM subscriber_follows ORDER BY subscriber_id, kind, follow_id"),
  ]);
  return JSON.stringify(tables.map((t) => t.results));
}
