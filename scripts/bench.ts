// npm run bench: throughput and latency of the digest routes against a trivial route of
// the same Worker, in the same run, on loopback against `wrangler dev`; then sizes.
// Not a test: numbers vary with the machine, ratios much less.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { startDev } from "./lib/wrangler-dev";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function measure(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 };
}

function bundleSize(): { files: number; gzip: number } {
  const outdir = mkdtempSync(join(tmpdir(), "standpoint-bundle-"));
  const run = spawnSync(process.execPath, ["node_modules/wrangler/bin/wrangler.js", "deploy", "--dry-run", "--outdir", outdir], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`);
  const files = readdirSync(outdir, { recursive: true, encoding: "utf8" })
    .map((f) => join(outdir, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith(".map") && !f.endsWith("README.md"));
  return { files: files.length, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
}

const server = await startDev();
try {
  const list = (await (await fetch(`${server.url}/api/digests`)).json()) as { digests: { slug: string }[] };
  const slug = list.digests[0]!.slug;
  const routes = [
    ["trivial route  GET /healthz", `${server.url}/healthz`, {}],
    ["digest HTML    GET /digests/:slug", `${server.url}/digests/${slug}`, {}],
    ["digest JSON    GET /api/digests/:slug", `${server.url}/api/digests/${slug}`, {}],
  ] as const;
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per route (median shown), wrangler dev on loopback\n`,
  );
  for (const [, url, headers] of routes) await measure(url, headers); // warm up the isolate and its caches
  // Interleaved rounds, so a slow spell of the machine hits every route alike.
  const runs: Awaited<ReturnType<typeof measure>>[][] = routes.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, [, url, headers]] of routes.entries()) runs[i]!.push(await measure(url, headers));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rows = routes.map(([name], i) => {
    const r = runs[i]!;
    return {
      name,
      rps: median(r.map((x) => x.rps)),
      p50: median(r.map((x) => x.p50)),
      p90: median(r.map((x) => x.p90)),
      p99: median(r.map((x) => x.p99)),
    };
  });
  const base = rows[0]!.rps;
  console.log("route                                  req/s    p50 ms  p90 ms  p99 ms  ratio to trivial");
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p90).padStart(6)}  ${String(r.p99).padStart(6)}  ${(r.rps / base).toFixed(2)}x`,
    );
  }
  const page = await (await fetch(`${server.url}/digests/${slug}`)).text();
  console.log(
    `\ndigest page: ${kib(Buffer.byteLength(page))} raw, ${kib(gzipSync(page, { level: 9 }).length)} gzip (target <= 14 KiB, CSS included)`,
  );
} finally {
  await server.stop();
}
const bundle = bundleSize();
console.log(`Worker bundle: ${kib(bundle.gzip)} gzip in ${bundle.files} file(s) (wrangler deploy --dry-run; target <= 150 KiB)`);

// The archive in D1 at 100 and 1,000 digests: pages, lists, search, bundle and startup.
console.log("");
spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/bench-store.ts"], { stdio: "inherit" });

if (existsSync("scripts/bench-extract.ts")) {
  console.log("");
  spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/bench-extract.ts"], { stdio: "inherit" });
}
