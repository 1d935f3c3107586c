// npm run bench:summaries: one daily edition of 200 digests to 10,000 and then 100,000 active
// subscribers, twice each: a baseline where nobody follows anything, and the follows scenario
// (30% follow 1 to 5 actors or topics, scripts/lib/bench-follows.ts), end to end on the local engine (wrangler dev: workerd, local D1, local Queues). The cron
// is triggered over /cdn-cgi/handler/scheduled; the queue consumer renders every email in
// full and sends it in batches through the Resend transport to a sink in this process that
// counts its bytes and discards it, with the pace opened to 1,000 calls a second. Not a test: absolute numbers vary with the machine, the ratio
// between the two runs (cost per email as the list grows) much less.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { digestsSql, expectedEmails, followsSql } from "./lib/bench-follows";
import { executeLocal, executeLocalFile, startDev } from "./lib/wrangler-dev";

const SIZES = (process.env.BENCH_SUBSCRIBERS ?? "10000,100000").split(",").map(Number);
type Scenario = "baseline" | "follows";
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? "baseline,follows").split(",") as Scenario[];
const DIGESTS_SQL = join(mkdtempSync(join(tmpdir(), "bench-summaries-")), "digests.sql");
writeFileSync(DIGESTS_SQL, digestsSql());
const CRON_DAY = "2026-11-28T07:00:00Z"; // the daily edition that holds the catalog's digest (added 2026-11-27)
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Resend's POST /emails/batch, reduced to counting: every email arrives rendered in full. */
async function startSink() {
  const stats = { emails: 0, bytes: 0, largestHtml: 0, first: 0, last: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const emails = ([] as { html: string; text: string }[]).concat(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      const data = emails.map((body) => {
        const html = Buffer.byteLength(body.html);
        stats.emails++;
        stats.bytes += html + Buffer.byteLength(body.text);
        stats.largestHtml = Math.max(stats.largestHtml, html);
        return { id: `sink-${stats.emails}` };
      });
      stats.first ||= performance.now();
      stats.last = performance.now();
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(req.url === "/emails/batch" ? { data, errors: [] } : data[0]));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats, close: () => server.close() };
}

function seed(persistTo: string, count: number, scenario: Scenario) {
  executeLocalFile(persistTo, DIGESTS_SQL);
  const sql = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO subscribers (email, status, cadence, subscribed_at, subscribed_from, confirmed_at, confirmed_from, updated_at)
    SELECT 'reader-' || i || '@bench.example', 'active', 'daily', '2026-11-01T00:00:00Z', '/', '2026-11-01T00:00:00Z', '/', '2026-11-01T00:00:00Z' FROM n`;
  executeLocal(persistTo, sql);
  if (scenario === "follows") executeLocal(persistTo, followsSql(count));
}

/** Peak resident memory (VmHWM) of the workerd processes under wrangler dev. */
function workerdPeakMemory(rootPid: number): number {
  const parent = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      names.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
      parent.set(Number(entry), Number(stat.slice(close + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const descends = (pid: number): boolean => pid === rootPid || (parent.has(pid) && pid > 1 && descends(parent.get(pid)!));
  let peak = 0;
  for (const [pid, name] of names) {
    if (!name.includes("workerd") || !descends(pid)) continue;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    if (hwm) peak = Math.max(peak, Number(hwm[1]) * 1024);
  }
  return peak;
}

interface LogLine {
  at: string;
  d1?: number;
  sends?: number;
  calls?: number;
}
const logLines = (log: string): LogLine[] => [...log.matchAll(/\{"at":"summary\.[^\n]*\}/g)].map((m) => JSON.parse(m[0]) as LogLine);

async function run(count: number, scenario: Scenario) {
  const expected = scenario === "follows" ? expectedEmails(count).emails : count;
  const sink = await startSink();
  const server = await startDev(
    // The sender's own cost: no provider rate here (bench:delivery measures delivery at the limits).
    { SUMMARY_TRANSPORT: "resend", RESEND_API_KEY: "re_bench", RESEND_API_URL: sink.url, SUMMARY_RATE_PER_SECOND: "1000" },
    (persistTo) => seed(persistTo, count, scenario),
  );
  try {
    const started = performance.now();
    const time = Date.parse(CRON_DAY); // milliseconds, as workerd reads it
    const res = await fetch(`${server.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 7 * * *")}&time=${time}`);
    if (!res.ok) throw new Error(`the cron trigger answered ${res.status}: ${await res.text()}\n${server.log().slice(-4000)}`);
    const deadline = Date.now() + 60 * 60_000;
    let lastCount = -1;
    let lastChange = Date.now();
    while (sink.stats.emails < expected) {
      if (sink.stats.emails !== lastCount) [lastCount, lastChange] = [sink.stats.emails, Date.now()];
      if (Date.now() > deadline || Date.now() - lastChange > 120_000) {
        throw new Error(`stalled at ${sink.stats.emails}/${expected} emails\n${server.log().slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    // Nothing more may arrive: a follower who should get nothing must not be sent anything.
    await new Promise((r) => setTimeout(r, 2000));
    if (sink.stats.emails !== expected) throw new Error(`${sink.stats.emails} emails arrived, ${expected} expected`);
    const seconds = (sink.stats.last - started) / 1000;
    const lines = logLines(server.log());
    const deliveries = lines.filter((l) => l.at === "summary.deliver");
    const fanOut = lines.filter((l) => l.at.startsWith("summary.fanout."));
    const maxOf = (xs: number[]) => Math.max(0, ...xs);
    return {
      scenario,
      count,
      emails: expected,
      seconds,
      perSecond: expected / seconds,
      msPerEmail: (seconds * 1000) / expected,
      peakMemory: workerdPeakMemory(server.pid),
      largestHtml: sink.stats.largestHtml,
      meanBytes: sink.stats.bytes / sink.stats.emails,
      consumerInvocations: deliveries.length,
      consumerD1: maxOf(deliveries.map((d) => d.d1 ?? 0)),
      consumerSends: maxOf(deliveries.map((d) => d.sends ?? 0)),
      fanOutInvocations: fanOut.length,
      fanOutCalls: maxOf(fanOut.map((f) => f.calls ?? 0)),
    };
  } finally {
    await server.stop();
    sink.close();
  }
}

const results: Awaited<ReturnType<typeof run>>[] = [];
for (const size of SIZES) {
  for (const scenario of SCENARIOS) {
    console.log(`running ${scenario}, ${size.toLocaleString("en")} subscribers…`);
    results.push(await run(size, scenario));
  }
}
console.log(
  "\nscenario   subscribers    emails   emails/s   ms/email   peak workerd RSS   largest HTML   mean email   consumer invocations   max per consumer invocation   fan-out invocations   max calls per fan-out invocation",
);
for (const r of results) {
  console.log(
    `${r.scenario.padEnd(8)}   ${r.count.toLocaleString("en").padStart(11)}   ${r.emails.toLocaleString("en").padStart(7)}   ${r.perSecond.toFixed(0).padStart(8)}   ${r.msPerEmail.toFixed(3).padStart(8)}   ${`${(r.peakMemory / 1048576).toFixed(0)} MiB`.padStart(16)}   ${kib(r.largestHtml).padStart(12)}   ${kib(r.meanBytes).padStart(10)}   ${String(r.consumerInvocations).padStart(20)}   ${`${r.consumerD1} D1 + ${r.consumerSends} sends`.padStart(27)}   ${String(r.fanOutInvocations).padStart(19)}   ${String(r.fanOutCalls).padStart(32)}`,
  );
}
console.log("");
for (const scenario of SCENARIOS) {
  const runs = results.filter((r) => r.scenario === scenario);
  if (runs.length < 2) continue;
  const [small, large] = [runs[0]!, runs[runs.length - 1]!];
  console.log(
    `${scenario}: cost per email, ${large.count.toLocaleString("en")} vs ${small.count.toLocaleString("en")}: ${(large.msPerEmail / small.msPerEmail).toFixed(2)}x (1.00x = flat; target <= 1.10x)`,
  );
}
for (const size of SIZES) {
  const [base, follows] = (["baseline", "follows"] as const).map((s) => results.find((r) => r.scenario === s && r.count === size));
  if (base && follows) {
    console.log(
      `${size.toLocaleString("en")} subscribers: follows vs baseline cost per email ${(follows.msPerEmail / base.msPerEmail).toFixed(2)}x`,
    );
  }
}
console.log("Free-plan budget per invocation: 50 subrequests, 50 D1 queries; every count above is below 45 calls.");
