// npm run bench:timing: does the time of a subscribe request tell the address's state?
// Addresses in every state are seeded into a fresh local D1, then POST /api/subscriptions
// probes each address once (so every probe meets the state it was seeded in), the states
// interleaved at random, against `wrangler dev` on loopback. Prints each state's median
// and p90, their spread against GET /healthz measured in the same run, and how often a
// single probe's time tells "mail goes out" from "no mail" (50% = it tells nothing).
// Not a test: numbers vary with the machine.
import { executeLocal, startDev } from "./lib/wrangler-dev";

const PER_STATE = Number(process.env.BENCH_TIMING_PROBES ?? 150);
const SEEDED_AT = "2026-11-01T00:00:00Z";
// Far enough ahead that the throttle and the daily reminder count them as just mailed.
const JUST_MAILED = "2999-01-01T00:00:00Z";

/** Each state: how to seed an address into it (null: not seeded), and whether a request mails it. */
const STATES = {
  new: { mails: true, row: null },
  pending: { mails: true, row: `'pending', NULL, NULL` },
  "pending, just mailed": { mails: false, row: `'pending', NULL, '${JUST_MAILED}'` },
  active: { mails: true, row: `'active', NULL, NULL` },
  "active, reminded today": { mails: false, row: `'active', '${JUST_MAILED}', NULL` },
  unsubscribed: { mails: true, row: `'unsubscribed', NULL, NULL` },
  suppressed: { mails: false, row: `'suppressed', NULL, NULL` },
} as const;
type State = keyof typeof STATES;

const address = (state: State, i: number) => `${state.replace(/[^a-z]+/g, "-")}-${i}@timing.example`;

function seed(persistTo: string) {
  const values: string[] = [];
  for (const [state, { row }] of Object.entries(STATES) as [State, (typeof STATES)[State]][]) {
    if (!row) continue;
    for (let i = 0; i < PER_STATE; i++) {
      values.push(`('${address(state, i)}', ${row}, 'daily', '${SEEDED_AT}', '/', '${SEEDED_AT}')`);
    }
  }
  const sql = `INSERT INTO subscribers (email, status, reminded_at, confirmation_sent_at, cadence, subscribed_at, subscribed_from, updated_at) VALUES ${values.join(",\n")}`;
  executeLocal(persistTo, sql);
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Best accuracy of "slower than t means mail" over every threshold t, classes weighted equally. */
function singleProbeAccuracy(mail: number[], silent: number[]) {
  const all = [...mail.map((t) => [t, 1] as const), ...silent.map((t) => [t, 0] as const)].sort((a, b) => a[0] - b[0]);
  let mailBelow = 0;
  let silentBelow = 0;
  let best = 0.5;
  for (const [, isMail] of all) {
    if (isMail) mailBelow++;
    else silentBelow++;
    const slowerIsMail = (silentBelow / silent.length + (mail.length - mailBelow) / mail.length) / 2;
    best = Math.max(best, slowerIsMail, 1 - slowerIsMail);
  }
  return best;
}

let clients = 0;
async function probe(url: string, email: string): Promise<number> {
  // A client address per request, so the per-client limiter (5 a minute) never answers instead.
  const client = `10.${(++clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
  const started = performance.now();
  const res = await fetch(`${url}/api/subscriptions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": client },
    body: JSON.stringify({ email, cadence: "daily" }),
  });
  await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 202) throw new Error(`${email}: ${res.status}`);
  return ms;
}

async function healthz(url: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${url}/healthz`)).arrayBuffer();
  return performance.now() - started;
}

const server = await startDev({}, seed);
try {
  // Warm the isolate, the limiter and D1 with addresses that are not measured.
  for (let i = 0; i < 20; i++) await probe(server.url, `warm-${i}@timing.example`);
  const order = (Object.keys(STATES) as State[]).flatMap((state) => Array.from({ length: PER_STATE }, (_, i) => ({ state, i })));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const times = new Map<State, number[]>();
  const baseline: number[] = [];
  for (const { state, i } of order) {
    const ms = await probe(server.url, address(state, i));
    times.set(state, [...(times.get(state) ?? []), ms]);
    if (i % 3 === 0) baseline.push(await healthz(server.url));
  }
  const base = median(baseline);
  const reference = median(times.get("new")!);
  console.log(`POST /api/subscriptions, ${PER_STATE} probes per state, interleaved at random; wrangler dev on loopback\n`);
  console.log("state                     mails  median ms  p90 ms  median - new");
  for (const state of Object.keys(STATES) as State[]) {
    const xs = times.get(state)!;
    console.log(
      `${state.padEnd(25)} ${(STATES[state].mails ? "yes" : "no").padEnd(5)}  ${median(xs).toFixed(3).padStart(9)}  ${quantile(xs, 0.9).toFixed(3).padStart(6)}  ${median(xs) - reference >= 0 ? "+" : ""}${(median(xs) - reference).toFixed(3)}`,
    );
  }
  const mail = (Object.keys(STATES) as State[]).filter((s) => STATES[s].mails).flatMap((s) => times.get(s)!);
  const silent = (Object.keys(STATES) as State[]).filter((s) => !STATES[s].mails).flatMap((s) => times.get(s)!);
  console.log(
    `\nGET /healthz (same run): median ${base.toFixed(3)} ms; subscribe median is ${(median([...mail, ...silent]) / base).toFixed(1)}x that`,
  );
  console.log(
    `median with mail ${median(mail).toFixed(3)} ms, without ${median(silent).toFixed(3)} ms: difference ${(median(mail) - median(silent)).toFixed(3)} ms`,
  );
  console.log(
    `one probe tells mail from no mail ${(singleProbeAccuracy(mail, silent) * 100).toFixed(1)}% of the time at the best threshold (50% = chance; the best of ${mail.length + silent.length} thresholds, so slightly above 50% even with no signal)`,
  );
} finally {
  await server.stop();
}
