// npm run bench:storage: how big D1 gets with daily editions and retention. Not a test.
//
// In local D1 (Miniflare's, the engine `wrangler dev` uses; in memory), with the real
// migrations and the purge's own statements (foldExpiredDeliveries):
//   1. bytes per delivery row, in the old layout (migrations up to 0004) and the compact
//      one (0006), each measured on one edition of N sent deliveries;
//   2. days of daily editions to N subscribers: each day seeds the edition, marks it sent
//      (as recordOutcomes leaves a row: attempts 1, a 36-character provider id) and runs
//      the purge in PURGE_BATCH_SIZE steps, as the queue would;
//   3. a stand-in for the archive the content store adds (one row of the compiled digest
//      JSON plus an FTS5 index of its title and text per digest), measured per digest.
// Then it prints the steady state and extrapolates the growth that remains (editions,
// their totals, the archive) to 365 days and to the plan limits. BENCH_DAYS sets the
// simulated days per size (default 365 for 10,000, 45 for 100,000: 100,000 × 365 rows is
// half an hour on a 2-core machine, and the ledger is flat after the retention window).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Miniflare } from "miniflare";
import { foldExpiredDeliveries } from "../src/schedule/ledger-fold";

const SIZES = (process.env.BENCH_SUBSCRIBERS ?? "10000,100000").split(",").map(Number);
const DAYS = process.env.BENCH_DAYS?.split(",").map(Number);
const defaultDays = (n: number) => (n <= 10_000 ? 365 : 45);
const RETENTION_DAYS = Number(process.env.LEDGER_RETENTION_DAYS ?? 7);
const PURGE_BATCH = 5000;
const DIGESTS_PER_DAY = Number(process.env.BENCH_DIGESTS_PER_DAY ?? 5);
const FREE = 500 * 1024 * 1024;
const PAID = 10 * 1024 * 1024 * 1024;
const DAY_MS = 86_400_000;
const START = Date.parse("2027-01-01T07:00:00Z");

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A migration's statements: comments dropped, split at the semicolons that end them. */
function statements(file: string): string[] {
  const sql = readFileSync(file, "utf8").replace(/--[^\n]*/g, "");
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

async function database(migrationsUpTo: string) {
  const mf = new Miniflare({ modules: true, script: "export default { fetch: () => new Response('') }", d1Databases: ["DB"] });
  const db = await mf.getD1Database("DB");
  const files = readdirSync("migrations")
    .filter((f) => f.endsWith(".sql") && f.slice(0, 4) <= migrationsUpTo)
    .sort();
  for (const file of files) for (const sql of statements(join("migrations", file))) await db.prepare(sql).run();
  const size = async () => (await db.prepare("SELECT 1").run()).meta.size_after;
  return { mf, db, size };
}

// Resend's ids are UUIDs: 36 characters.
const UUID =
  "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))";

async function seedSubscribers(db: D1Database, count: number) {
  await db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       INSERT INTO subscribers (email, status, cadence, subscribed_at, subscribed_from, confirmed_at, confirmed_from, updated_at)
       SELECT 'reader-' || i || '@bench.example', 'active', 'daily', '2026-11-01T00:00:00.000Z', '/', '2026-11-01T00:05:00.000Z', '/', '2026-11-01T00:05:00.000Z' FROM n`,
    )
    .bind(count)
    .run();
  // The consent history: subscribed and confirmed.
  await db
    .prepare(
      "INSERT INTO subscriber_events (subscriber_id, at, event, source, detail) SELECT id, subscribed_at, 'subscribed', '/', 'daily' FROM subscribers",
    )
    .run();
  await db
    .prepare("INSERT INTO subscriber_events (subscriber_id, at, event, source) SELECT id, confirmed_at, 'confirmed', '/' FROM subscribers")
    .run();
}

/** An edition row with a body of the size the summary bench measured (6.5 KiB HTML). */
async function createEdition(db: D1Database, day: Date) {
  const period = day.toISOString().slice(0, 10);
  const id = `daily:${period}`;
  await db
    .prepare(
      `INSERT INTO summary_editions (id, cadence, period, covers_from, covers_through, digests, subject, preheader, html, text, created_at, enqueued_through, enqueue_finished_at)
       VALUES (?1, 'daily', ?2, ?2, ?2, '["a-digest"]', 'Daily summary', 'preheader', ?3, ?4, ?5, 0, ?5)`,
    )
    .bind(id, period, "h".repeat(6656), "t".repeat(2500), day.toISOString())
    .run();
  return id;
}

/** The old layout (0004): one edition of `count` sent deliveries, as the old ledger wrote them. */
async function oldBytesPerRow(count: number) {
  const { mf, db, size } = await database("0004");
  try {
    await seedSubscribers(db, count);
    const id = await createEdition(db, new Date(START));
    const before = await size();
    const now = new Date(START).toISOString();
    await db
      .prepare(
        `INSERT INTO summary_deliveries (edition_id, subscriber_id, idempotency_key, state, attempts, claimed_at, provider_id, queued_at, updated_at)
         SELECT ?1, id, 'summary:' || ?1 || ':' || id, 'sent', 1, ?2, ${UUID}, ?2, ?2 FROM subscribers`,
      )
      .bind(id, now)
      .run();
    return ((await size()) - before) / count;
  } finally {
    await mf.dispose();
  }
}

/** One day's edition in the compact ledger: rows as the fan-out seeds them (seedPage), then sent. */
async function sendEdition(db: D1Database, day: Date) {
  const id = await createEdition(db, day);
  await db
    .prepare("INSERT INTO summary_deliveries (edition_id, subscriber_id, state, changed_at) SELECT ?1, id, 'queued', ?2 FROM subscribers")
    .bind(id, Math.floor(day.getTime() / 1000))
    .run();
  const sentAt = Math.floor(day.getTime() / 1000) + 600;
  await db
    .prepare(`UPDATE summary_deliveries SET state = 'sent', attempts = 1, provider_id = ${UUID}, changed_at = ?2 WHERE edition_id = ?1`)
    .bind(id, sentAt)
    .run();
  return id;
}

/** The purge as the queue runs it: steps of PURGE_BATCH rows until one removes nothing. */
async function purge(db: D1Database, asOf: Date) {
  const before = new Date(asOf.getTime() - RETENTION_DAYS * DAY_MS);
  let steps = 0;
  let removed = 0;
  for (;;) {
    const results = await db.batch(foldExpiredDeliveries(db, { before, limit: PURGE_BATCH, now: asOf }));
    steps++;
    const changes = results[1]!.meta.changes ?? 0;
    removed += changes;
    if (!changes) return { steps, removed };
  }
}

/** Bytes one digest adds to the archive: the compiled JSON and an FTS5 index of title and text. */
async function bytesPerDigest() {
  const { mf, db, size } = await database("0000");
  try {
    const [digest] = JSON.parse(readFileSync("src/generated/digests.json", "utf8")) as {
      slug: string;
      title: string;
      article: { text: string };
    }[];
    const json = JSON.stringify(digest);
    await db.prepare("CREATE TABLE bench_digests (slug TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID").run();
    await db.prepare("CREATE VIRTUAL TABLE bench_search USING fts5 (slug UNINDEXED, title, text)").run();
    const copies = 500;
    const before = await size();
    for (let i = 0; i < copies; i += 50) {
      await db.batch(
        Array.from({ length: 50 }, (_, j) => [
          db.prepare("INSERT INTO bench_digests VALUES (?1, ?2)").bind(`${digest!.slug}-${i + j}`, json),
          // Words varied per copy, so the index grows as with different articles.
          db
            .prepare("INSERT INTO bench_search VALUES (?1, ?2, ?3)")
            .bind(`${digest!.slug}-${i + j}`, digest!.title, digest!.article.text.replace(/\b(\w{4,})\b/g, `$1${i + j}`)),
        ]).flat(),
      );
    }
    return { bytes: ((await size()) - before) / copies, jsonBytes: json.length };
  } finally {
    await mf.dispose();
  }
}

async function simulate(count: number, days: number) {
  const { mf, db, size } = await database("9999");
  try {
    const empty = await size();
    await seedSubscribers(db, count);
    const subscribersBytes = (await size()) - empty;
    const sizes: number[] = [];
    let maxSteps = 0;
    let firstEditionBytes = 0;
    for (let d = 0; d < days; d++) {
      const day = new Date(START + d * DAY_MS);
      const before = await size();
      await sendEdition(db, day);
      if (d === 0) firstEditionBytes = (await size()) - before;
      const { steps } = await purge(db, day);
      maxSteps = Math.max(maxSteps, steps);
      sizes.push(await size());
    }
    const rowsKept = (await db.prepare("SELECT count(*) AS n FROM summary_deliveries").first<{ n: number }>())!.n;
    const totals = (await db
      .prepare("SELECT count(*) AS n, sum(sent) AS sent FROM summary_edition_totals")
      .first<{ n: number; sent: number }>())!;
    return { count, days, empty, subscribersBytes, sizes, maxSteps, rowsKept, totals, bytesPerRow: firstEditionBytes / count };
  } finally {
    await mf.dispose();
  }
}

const sizeAt = (sizes: number[], day: number) => sizes[Math.min(day, sizes.length) - 1]!;

console.log(`local D1 (Miniflare), retention ${RETENTION_DAYS} days, purge steps of ${PURGE_BATCH} rows\n`);
const archive = await bytesPerDigest();
console.log(
  `archive stand-in: ${archive.bytes.toFixed(0)} bytes per digest (compiled JSON ${archive.jsonBytes} bytes + FTS5 of title and text); ${DIGESTS_PER_DAY} digests a day assumed`,
);

for (const [i, count] of SIZES.entries()) {
  const days = DAYS?.[i] ?? defaultDays(count);
  const old = await oldBytesPerRow(count);
  const started = performance.now();
  const run = await simulate(count, days);
  const seconds = (performance.now() - started) / 1000;
  // Growth that remains after the window: editions and their totals (and the archive).
  const from = Math.min(RETENTION_DAYS + 2, days - 1);
  const ledgerGrowthPerDay = (run.sizes[days - 1]! - run.sizes[from - 1]!) / (days - from);
  const archivePerDay = archive.bytes * DIGESTS_PER_DAY;
  const growthPerDay = ledgerGrowthPerDay + archivePerDay;
  const at = (day: number) =>
    (day <= days ? sizeAt(run.sizes, day) : run.sizes[days - 1]! + ledgerGrowthPerDay * (day - days)) + archivePerDay * day;
  const steady = run.sizes[days - 1]!;
  const untilLimit = (limit: number) => (at(1) >= limit ? 0 : Math.floor((limit - steady) / growthPerDay));
  const withoutRetention = (limit: number) => Math.floor((limit - run.subscribersBytes - run.empty) / (old * count));
  console.log(
    `\n${count.toLocaleString("en")} daily subscribers, ${days} days simulated in ${seconds.toFixed(0)} s${days < 365 ? ", then extrapolated to 365 at the measured growth" : ""}`,
  );
  console.log(
    `  bytes per delivery row: ${old.toFixed(0)} (0004 layout) -> ${run.bytesPerRow.toFixed(0)} (0006), ${(run.bytesPerRow / old).toFixed(2)}x`,
  );
  console.log(`  subscribers with consent history: ${mb(run.subscribersBytes)} (${(run.subscribersBytes / count).toFixed(0)} bytes each)`);
  console.log(
    `  delivery rows kept: ${run.rowsKept.toLocaleString("en")} (${run.rowsKept / count} editions); totals: ${run.totals.n} editions, ${run.totals.sent.toLocaleString("en")} sent; purge steps per day: up to ${run.maxSteps}`,
  );
  console.log(
    `  steady-state bytes per subscriber: ${(steady / count).toFixed(0)} (database ${mb(steady)} after day ${days}, archive excluded)`,
  );
  console.log(
    `  growth after the window: ${(ledgerGrowthPerDay / 1024).toFixed(1)} KB/day ledger (editions, totals) + ${(archivePerDay / 1024).toFixed(1)} KB/day archive`,
  );
  console.log(`  database with archive: ${mb(at(30))} after 30 days, ${mb(at(365))} after 365 days`);
  console.log(
    `  days until full: Free 500 MB ${untilLimit(FREE).toLocaleString("en")}, Paid 10 GB ${untilLimit(PAID).toLocaleString("en")} (without retention, 0004 rows: ${withoutRetention(FREE)} and ${withoutRetention(PAID)})`,
  );
}
