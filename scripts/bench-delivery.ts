// npm run bench:delivery: a daily edition to 10,000 and then 100,000 active subscribers at
// the mail provider's real limits, end to end on the local engine (wrangler dev: workerd,
// local D1, local Queues, the SummaryPace Durable Object). Summaries go through the Resend
// transport to the Resend stand-in of the tests (tests/mail/resend-stand-in.ts), which
// enforces 5 requests a second per key, 100 emails per batch and idempotency keys.
// Then a small run as the README's "done" check asks for: `npm run dev`'s own settings with
// SUMMARY_RATE_PER_SECOND 2 and SUMMARY_BATCH_SIZE 10, a few hundred subscribers, the cron
// run twice. Not a test: the time depends on the machine, the ratio to the floor much less.
import { writeFileSync } from "node:fs";
import { createResendStandIn } from "../tests/mail/resend-stand-in";
import { executeLocal, startDev } from "./lib/wrangler-dev";

const SIZES = (process.env.BENCH_SUBSCRIBERS ?? "10000,100000").split(",").map(Number);
const CRON_DAY = "2026-11-28T07:00:00Z"; // the daily edition that holds the catalog's digest (added 2026-11-27)
const EDITION = "daily:2026-11-28";
const API_KEY = "re_test_bench";
const PROVIDER_RATE = 5; // Resend: 5 requests a second per team

function seed(persistTo: string, count: number) {
  const sql = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})
    INSERT INTO subscribers (email, status, cadence, subscribed_at, subscribed_from, confirmed_at, confirmed_from, updated_at)
    SELECT 'reader-' || i || '@bench.example', 'active', 'daily', '2026-11-01T00:00:00Z', '/', '2026-11-01T00:00:00Z', '/', '2026-11-01T00:00:00Z' FROM n`;
  executeLocal(persistTo, sql);
}

interface LogLine {
  at: string;
  d1?: number;
  pace?: number;
  sends?: number;
  calls?: number;
  throttled?: number;
  requeued?: number;
  queued?: number;
}
const logLines = (log: string): LogLine[] => [...log.matchAll(/\{"at":"summary\.[^\n]*\}/g)].map((m) => JSON.parse(m[0]) as LogLine);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Scenario {
  count: number;
  rate: number;
  batch: number;
  /** Keep each email's body (for the header check); the large runs keep counts only. */
  keepBodies: boolean;
  cronTwice: boolean;
}

async function run(s: Scenario) {
  const standIn = await createResendStandIn({ ratePerSecond: PROVIDER_RATE, keepBodies: s.keepBodies });
  const server = await startDev(
    {
      SUMMARY_TRANSPORT: "resend",
      RESEND_API_URL: standIn.url,
      RESEND_API_KEY: API_KEY,
      SUMMARY_RATE_PER_SECOND: String(s.rate),
      SUMMARY_BATCH_SIZE: String(s.batch),
    },
    (persistTo) => seed(persistTo, s.count),
  );
  const cron = () => fetch(`${server.url}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent("0 7 * * *")}&time=${Date.parse(CRON_DAY)}`);
  try {
    const cpuBefore = server.workerdCpuSeconds();
    const started = Date.now();
    const res = await cron();
    if (!res.ok) throw new Error(`the cron trigger answered ${res.status}: ${await res.text()}`);
    const stats = () => standIn.stats(API_KEY);
    let lastCount = -1;
    let lastChange = Date.now();
    while (new Set(standIn.accepted().map((e) => e.to)).size < s.count) {
      if (stats().accepted !== lastCount) [lastCount, lastChange] = [stats().accepted, Date.now()];
      if (Date.now() - lastChange > 180_000)
        throw new Error(`stalled at ${stats().accepted}/${s.count} emails\n${server.log().slice(-3000)}`);
      await sleep(250);
    }
    const seconds = (stats().lastAcceptedAt - started) / 1000;
    const cpuAfter = server.workerdCpuSeconds();
    // Late duplicates would come now: wait a little, then run the cron again if asked.
    await sleep(5000);
    const before = { ...stats() };
    if (s.cronTwice) {
      const again = await cron();
      if (!again.ok) throw new Error(`the second cron answered ${again.status}`);
      await sleep(10_000);
    }
    const after = stats();
    // BENCH_LOG=path keeps wrangler dev's output (each consumer invocation's log line and duration).
    if (process.env.BENCH_LOG) writeFileSync(`${process.env.BENCH_LOG}.${s.count}`, server.log());
    const ledger = (await (await fetch(`${server.url}/dev/deliveries.json`)).json()) as {
      counts: { edition: string; states: Record<string, number> }[];
    };
    const states = ledger.counts.find((c) => c.edition === EDITION)?.states ?? {};
    const recipients = new Set(standIn.accepted().map((e) => e.to));
    const lines = logLines(server.log());
    const deliveries = lines.filter((l) => l.at === "summary.deliver");
    const fanOut = lines.filter((l) => l.at === "summary.fanout.done" || l.at === "summary.fanout.handover");
    const maxOf = (xs: number[]) => Math.max(0, ...xs);
    const requeues = deliveries.reduce((n, d) => n + (d.requeued ?? 0), 0);
    const handovers = lines.filter((l) => l.at === "summary.fanout.handover").length;
    const sendJobs = Math.ceil(s.count / 100); // SUMMARY_SLICE_SIZE 100 per job
    // Queues bill a write, a read and a delete per message (retries are further reads).
    const written = sendJobs + handovers + requeues;
    const read = deliveries.length + handovers;
    const queueOps = written + read + read;
    const sample = s.keepBodies ? standIn.accepted().slice(0, 5) : [];
    return {
      ...s,
      seconds,
      floor: s.count / s.batch / s.rate,
      calls: after.calls,
      batchCalls: after.batchCalls,
      singleCalls: after.singleCalls,
      throttled: after.throttled,
      largestBatch: after.largestBatch,
      duplicates: after.duplicates,
      missing: s.count - recipients.size,
      dead: states.dead ?? 0,
      notSent: s.count - (states.sent ?? 0),
      afterSecondCron: after.calls - before.calls,
      consumerInvocations: deliveries.length,
      maxConsumerD1: maxOf(deliveries.map((d) => d.d1 ?? 0)),
      maxConsumerCalls: maxOf(deliveries.map((d) => d.calls ?? 0)),
      fanOutInvocations: fanOut.length,
      maxFanOutCalls: maxOf(lines.filter((l) => l.at.startsWith("summary.fanout.")).map((f) => f.calls ?? 0)),
      requeues,
      queueOps,
      // workerd's CPU from the cron to the last accepted email, per send invocation: an upper
      // bound on the Worker's own, since locally D1, the Durable Object and Queues run in it too.
      workerdCpuMsPerInvocation:
        cpuBefore !== undefined && cpuAfter !== undefined
          ? Math.round((1000 * (cpuAfter - cpuBefore)) / Math.max(deliveries.length, 1))
          : undefined,
      oneClick: sample.every(
        (e) =>
          e.headers?.["List-Unsubscribe-Post"] === "List-Unsubscribe=One-Click" &&
          /^<https?:\/\/.+>$/.test(e.headers?.["List-Unsubscribe"] ?? ""),
      ),
    };
  } finally {
    await server.stop();
    await standIn.close();
  }
}

const scenarios: Scenario[] = [
  // BENCH_RATE lowers the pace to see it bind where a local invocation takes longer than a slot.
  ...SIZES.map((count) => ({ count, rate: Number(process.env.BENCH_RATE ?? 4), batch: 100, keepBodies: false, cronTwice: false })),
  { count: Number(process.env.BENCH_CHECK_SUBSCRIBERS ?? 300), rate: 2, batch: 10, keepBodies: true, cronTwice: true },
];
const results = [];
for (const s of scenarios) {
  console.log(`running ${s.count.toLocaleString("en")} subscribers, ${s.rate}/s, batches of ${s.batch}…`);
  const r = await run(s);
  console.log(JSON.stringify(r));
  results.push(r);
}

console.log(
  "\n| subscribers | pace | batch | cron → last accepted | floor | ratio | provider calls | 429s | duplicates | missing | dead | max per consumer invocation | fan-out invocations (max calls) | queue ops per edition | calls after a second cron | workerd CPU per invocation (upper bound) |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |");
for (const r of results) {
  console.log(
    `| ${r.count.toLocaleString("en")} | ${r.rate}/s | ${r.batch} | ${r.seconds.toFixed(1)} s | ${r.floor.toFixed(1)} s | ${(r.seconds / r.floor).toFixed(2)} | ${r.calls.toLocaleString("en")} (${r.batchCalls} batch, ${r.singleCalls} single) | ${r.throttled} (${((100 * r.throttled) / Math.max(r.calls, 1)).toFixed(2)}%) | ${r.duplicates} | ${r.missing} | ${r.dead} | ${r.maxConsumerD1} D1, ${r.maxConsumerCalls} calls | ${r.fanOutInvocations} (${r.maxFanOutCalls}) | ${r.queueOps.toLocaleString("en")} | ${r.cronTwice ? r.afterSecondCron : "—"} | ${r.workerdCpuMsPerInvocation === undefined ? "—" : `${r.workerdCpuMsPerInvocation} ms`} |`,
  );
}
for (const r of results) {
  if (
    r.singleCalls ||
    r.duplicates ||
    r.missing ||
    r.dead ||
    r.notSent ||
    (r.cronTwice && r.afterSecondCron) ||
    (r.keepBodies && !r.oneClick)
  ) {
    console.log(`\nPROBLEM at ${r.count}: ${JSON.stringify(r)}`);
    process.exitCode = 1;
  }
}
console.log(
  `\nProvider: ${PROVIDER_RATE} requests/s per key (the stand-in), at most 100 emails a batch. Floor = subscribers ÷ batch ÷ pace.`,
);
console.log("Free plan per invocation: 50 subrequests, 50 D1 queries; Queues: 10,000 operations a day.");
