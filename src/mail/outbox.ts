// The `outbox` transport stores messages in D1 instead of sending them: the default in
// local development, read back at /dev/mail and by tests.
import * as z from "zod";
import type { MailMessage } from "./message";
import { type BatchItem, type BatchResult, everyMessage, type SendResult, type Transport } from "./transport";

/** Bytes of messages per INSERT: D1 takes a bound string of up to 2 MB. */
const CHUNK_BYTES = 900_000;

/** Splits a batch so each INSERT's JSON stays within CHUNK_BYTES. */
function chunks(rows: string[]): string[][] {
  const out: string[][] = [];
  let size = 0;
  for (const row of rows) {
    if (!out.length || size + row.length > CHUNK_BYTES) out.push([]), (size = 0);
    out[out.length - 1]!.push(row);
    size += row.length;
  }
  return out;
}

export function outboxTransport(db: D1Database, now: () => Date = () => new Date()): Transport {
  return {
    name: "outbox",
    maxBatch: 100,
    // Each message is stored by its own key, so a batch replayed in any shape stores nothing twice.
    async sendBatch(items: readonly BatchItem[]): Promise<BatchResult> {
      const rows = items.map(({ message, idempotencyKey }) =>
        JSON.stringify({
          key: idempotencyKey,
          from: message.from,
          to: message.to,
          subject: message.subject,
          headers: JSON.stringify(message.headers),
          html: message.html,
          text: message.text,
        }),
      );
      try {
        const insert = db.prepare(
          `INSERT INTO mail_outbox (idempotency_key, created_at, sender, recipient, subject, headers, html, text)
           SELECT value ->> '$.key', ?2, value ->> '$.from', value ->> '$.to', value ->> '$.subject', value ->> '$.headers', value ->> '$.html', value ->> '$.text'
           FROM json_each(?1) WHERE true
           ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
           RETURNING id, idempotency_key`,
        );
        const stamp = now().toISOString();
        const answers = await db.batch<{ id: number; idempotency_key: string }>(
          chunks(rows).map((c) => insert.bind(`[${c.join(",")}]`, stamp)),
        );
        const ids = new Map(answers.flatMap((a) => a.results.map((r) => [r.idempotency_key, r.id] as const)));
        return {
          results: items.map(({ idempotencyKey }): SendResult => {
            const id = ids.get(idempotencyKey);
            return id === undefined ? { status: "retry", reason: "outbox: no row came back" } : { status: "sent", id: `outbox-${id}` };
          }),
        };
      } catch (err) {
        return { results: everyMessage(items.length, { status: "retry", reason: `outbox write failed: ${String(err)}` }) };
      }
    },
    async send(message: MailMessage, { idempotencyKey }): Promise<SendResult> {
      try {
        // A repeated key keeps the first message: the row's id is the message id either way.
        const row = await db
          .prepare(
            `INSERT INTO mail_outbox (idempotency_key, created_at, sender, recipient, subject, headers, html, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = excluded.idempotency_key
             RETURNING id`,
          )
          .bind(
            idempotencyKey,
            now().toISOString(),
            message.from,
            message.to,
            message.subject,
            JSON.stringify(message.headers),
            message.html,
            message.text,
          )
          .first<{ id: number }>();
        return { status: "sent", id: `outbox-${row!.id}` };
      } catch (err) {
        return { status: "retry", reason: `outbox write failed: ${String(err)}` };
      }
    },
  };
}

export const storedMailSchema = z.object({
  id: z.number(),
  idempotencyKey: z.string(),
  createdAt: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  headers: z.record(z.string(), z.string()),
  html: z.string(),
  text: z.string(),
});
export type StoredMail = z.infer<typeof storedMailSchema>;

interface OutboxRow {
  id: number;
  idempotency_key: string;
  created_at: string;
  sender: string;
  recipient: string;
  subject: string;
  headers: string;
  html: string;
  text: string;
}

/** Stored messages, newest first, optionally only those to one address. */
export async function listOutbox(db: D1Database, options: { to?: string; limit?: number } = {}): Promise<StoredMail[]> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  const query = options.to
    ? db.prepare("SELECT * FROM mail_outbox WHERE recipient = ?1 ORDER BY id DESC LIMIT ?2").bind(options.to, limit)
    : db.prepare("SELECT * FROM mail_outbox ORDER BY id DESC LIMIT ?1").bind(limit);
  const { results } = await query.all<OutboxRow>();
  return results.map((r) =>
    storedMailSchema.parse({
      id: r.id,
      idempotencyKey: r.idempotency_key,
      createdAt: r.created_at,
      from: r.sender,
      to: r.recipient,
      subject: r.subject,
      headers: JSON.parse(r.headers),
      html: r.html,
      text: r.text,
    }),
  );
}

/** Deletes every stored message to an address, as a statement an erasure batches with its own. */
export function forgetRecipient(db: D1Database, email: string): D1PreparedStatement {
  return db.prepare("DELETE FROM mail_outbox WHERE recipient = ?1").bind(email);
}
