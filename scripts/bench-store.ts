// npm run bench (second part): the archive in D1 at 100 and at 1,000 digests (machine drafts of
// real news articles, PolNeAR's texts in ../shared/eval). For each size: digest pages and JSON
// (one warm slug, and every slug in turn), the index and the list against the trivial route of
// the same Worker in the same run; search latency over distinct words; and the Worker bundle
// and `wrangler check startup` built over a content folder of that size. Not a test: numbers
// vary with the machine, ratios much less.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { ContentError, compileDigest } from "../src/content/compile";
import { draftPositions } from "../src/extract";
import { startDev } from "./lib/wrangler-dev";

const SIZES = (process.env.BENCH_STORE_SIZES ?? "100,1000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEARCHES = 100;
const EVAL = join("..", "shared", "eval");
const WRANGLER = join("node_modules", "wrangler", "bin", "wrangler.js");
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

/** Real news texts that the drafter turns into a digest that verifies, as many as asked (reused under new slugs past the corpus). */
function articles(count: number): { slug: string; article: string; title: string }[] {
  const texts = ["polnear-train", "polnear-dev"].flatMap((split) =>
    readdirSync(join(EVAL, split, "text")).map((f) => ({
      name: f.replace(/\.txt$/, ""),
      article: readFileSync(join(EVAL, split, "text", f), "utf8"),
    })),
  );
  const usable = texts.filter((t) => {
    try {
      compileDigest({ slug: "probe", dir: "bench", article: t.article, meta: meta("probe", 0), positions: undefined }, draftPositions);
      return true;
    } catch (e) {
      if (e instanceof ContentError) return false;
      throw e;
    }
  });
  return Array.from({ length: count }, (_, i) => {
    const t = usable[i % usable.length]!;
    const slug = `${t.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50)
      .replace(/-$/, "")}-${i}`;
    return { slug, article: t.article, title: t.article.split("\n")[0]!.slice(0, 120) || slug };
  });
}

function meta(title: string, i: number) {
  const added = new Date(Date.UTC(2026, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
  return { title, added, source: { headline: null, outlet: null, url: null, published: null, author: null } };
}

/** A content folder of `count` articles (no positions.json: the build drafts them). */
function contentFolder(list: ReturnType<typeof articles>): string {
  const dir = mkdtempSync(join(tmpdir(), "standpoint-content-"));
  list.forEach((a, i) => {
    mkdirSync(join(dir, a.slug));
    writeFileSync(join(dir, a.slug, "article.txt"), a.article);
    writeFileSync(join(dir, a.slug, "meta.json"), JSON.stringify(meta(a.title, i)));
  });
  return dir;
}

/** The Worker as deployed, built over a content folder: its gzip size, its startup profile, and the D1 seed the build wrote. */
function buildOver(contentDir: string) {
  const out = mkdtempSync(join(tmpdir(), "standpoint-build-"));
  const env = {
    ...process.env,
    CI: "1",
    WRANGLER_SEND_METRICS: "false",
    CONTENT_DIRS: contentDir,
    STANDPOINT_SEED_FILE: join(out, "seed.sql"),
  };
  // The deployed files (as npm run bench measures them, source maps aside), and one file for check startup.
  const outdir = join(out, "dist");
  const deploy = spawnSync(process.execPath, [WRANGLER, "deploy", "--dry-run", "--outdir", outdir], { encoding: "utf8", env });
  if (deploy.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${deploy.stdout}\n${deploy.stderr}`);
  const deployed = readdirSync(outdir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((f) => join(outdir, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith(".map") && !f.endsWith("README.md"));
  const gzip = deployed.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  // The deployed code's bytes (the --outfile form below has a random multipart boundary).
  const hash = createHash("sha256");
  for (const f of deployed) hash.update(readFileSync(f));
  const sha = hash.digest("hex").slice(0, 16);
  const bundle = join(out, "worker.bundle");
  const single = spawnSync(process.execPath, [WRANGLER, "deploy", "--dry-run", "--outfile", bundle], { encoding: "utf8", env });
  if (single.status !== 0) throw new Error(`wrangler deploy --dry-run --outfile failed:\n${single.stdout}\n${single.stderr}`);
  const startups: number[] = [];
  for (let i = 0; i < 3; i++) {
    const profile = join(out, `startup-${i}.cpuprofile`);
    const check = spawnSync(process.execPath, [WRANGLER, "check", "startup", "--worker", bundle, "--outfile", profile], {
      encoding: "utf8",
      env,
    });
    if (check.status !== 0) throw new Error(`wrangler check startup failed:\n${check.stdout}\n${check.stderr}`);
    // CPU time: the samples that were not idle (the profile's wall time includes waiting).
    const p = JSON.parse(readFileSync(profile, "utf8")) as {
      nodes: { id: number; callFrame: { functionName: string } }[];
      samples: number[];
      timeDeltas: number[];
    };
    const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
    startups.push(p.samples.reduce((sum, node, i) => sum + (idle.has(node) ? 0 : p.timeDeltas[i]!), 0) / 1000);
  }
  return { gzip, sha, startupMs: median(startups), parseMs: parseMs(join(outdir, "index.js")), seed: join(out, "seed.sql") };
}

/** CPU to parse the deployed script as a module, in fresh processes (scripts/lib/parse-module.ts), the median of 5. */
function parseMs(script: string): number {
  const runs = Array.from({ length: 5 }, () => {
    const r = spawnSync(
      process.execPath,
      ["--experimental-vm-modules", "--no-warnings", "--import", "tsx", "scripts/lib/parse-module.ts", script],
      {
        encoding: "utf8",
      },
    );
    if (r.status !== 0) throw new Error(`parse-module failed:\n${r.stderr}`);
    return Number(r.stdout);
  });
  return median(runs);
}

async function measure(name: string, url: string, paths?: string[]) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(paths && { requests: paths.map((path) => ({ method: "GET" as const, path })) }),
  });
  if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

interface SizeResult {
  size: number;
  rows: { name: string; rps: number; p50: number; p99: number; ratio: number }[];
  search: { p50: number; p95: number; max: number; hits: number };
  gzip: number;
  sha: string;
  startupMs: number;
  parseMs: number;
}

async function run(size: number, list: ReturnType<typeof articles>): Promise<SizeResult> {
  const folder = contentFolder(list.slice(0, size));
  const built = buildOver(folder);
  if (process.env.BENCH_STORE_SERVE === "0") {
    return {
      size,
      rows: [],
      search: { p50: 0, p95: 0, max: 0, hits: 0 },
      gzip: built.gzip,
      sha: built.sha,
      startupMs: built.startupMs,
      parseMs: built.parseMs,
    };
  }
  const seed = built.seed;
  const server = await startDev({}, (persistTo) => {
    const load = spawnSync(process.execPath, [WRANGLER, "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--file", seed], {
      encoding: "utf8",
      env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" },
    });
    if (load.status !== 0) throw new Error(`seeding ${size} digests failed:\n${load.stdout}\n${load.stderr}`);
  });
  try {
    const slugs = list.slice(0, size).map((a) => a.slug);
    const total = ((await (await fetch(`${server.url}/api/digests?per_page=1`)).json()) as { pagination: { total: number } }).pagination
      .total;
    if (total < size) throw new Error(`expected ${size} digests in D1, found ${total}`);
    const pages = Math.ceil(total / 20);
    const routes: [string, string, string[]?][] = [
      ["trivial        GET /healthz", `${server.url}/healthz`],
      ["HTML, one slug GET /digests/:slug", `${server.url}/digests/${slugs[0]}`],
      ["HTML, all slugs in turn", server.url, slugs.map((s) => `/digests/${s}`)],
      ["JSON, all slugs in turn", server.url, slugs.map((s) => `/api/digests/${s}`)],
      ["index, every page in turn  GET /?page=", server.url, Array.from({ length: pages }, (_, i) => `/?page=${i + 1}`)],
      ["list, every page  GET /api/digests?page=", server.url, Array.from({ length: pages }, (_, i) => `/api/digests?page=${i + 1}`)],
    ];
    for (const [name, url, paths] of routes) await measure(name, url, paths); // warm up
    const runs = routes.map(() => [] as Awaited<ReturnType<typeof measure>>[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, [name, url, paths]] of routes.entries()) runs[i]!.push(await measure(name, url, paths));
    }
    const rows = routes.map(([name], i) => ({
      name,
      rps: median(runs[i]!.map((r) => r.rps)),
      p50: median(runs[i]!.map((r) => r.p50)),
      p99: median(runs[i]!.map((r) => r.p99)),
      ratio: 0,
    }));
    for (const r of rows) r.ratio = r.rps / rows[0]!.rps;

    // Search: distinct words (each query is new to the isolate cache), one at a time.
    const words = [...new Set(list.slice(0, size).flatMap((a) => a.article.match(/\b[A-Z][a-z]{4,}\b/g) ?? []))].slice(0, SEARCHES);
    const times: number[] = [];
    let hits = 0;
    for (const word of words) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/digests?q=${encodeURIComponent(word)}`);
      const body = (await res.json()) as { pagination: { total: number } };
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`search ${word}: ${res.status}`);
      hits += body.pagination.total;
    }
    return {
      size,
      rows,
      search: { p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times), hits: hits / words.length },
      gzip: built.gzip,
      sha: built.sha,
      startupMs: built.startupMs,
      parseMs: built.parseMs,
    };
  } finally {
    await server.stop();
  }
}

const list = articles(Math.max(...SIZES));
const one = buildOver("content");
const results: SizeResult[] = [];
for (const size of SIZES) results.push(await run(size, list));

console.log(
  `\nThe archive in D1 (autocannon: ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${SECONDS} s per route, medians; wrangler dev on loopback)`,
);
for (const r of results.filter((x) => x.rows.length)) {
  console.log(`\n${r.size} digests in D1`);
  console.log("route                                      req/s   p50 ms  p99 ms  ratio to trivial");
  for (const row of r.rows) {
    console.log(
      `${row.name.padEnd(42)} ${row.rps.toFixed(0).padStart(6)}  ${String(row.p50).padStart(6)}  ${String(row.p99).padStart(6)}  ${row.ratio.toFixed(2)}x`,
    );
  }
  console.log(
    `search GET /api/digests?q=<word>, ${SEARCHES} distinct words one at a time: p50 ${r.search.p50.toFixed(1)} ms, p95 ${r.search.p95.toFixed(1)} ms, max ${r.search.max.toFixed(1)} ms (${r.search.hits.toFixed(1)} matches per word)`,
  );
}
console.log(
  "\nWorker bundle and startup (wrangler deploy --dry-run --outdir, gzip; wrangler check startup over --outfile: CPU of non-idle samples, median of 3; the script's parse, which that profile leaves out: scripts/lib/parse-module.ts, median of 5)",
);
console.log(
  `content/ (1 digest)       ${kib(one.gzip)} gzip, bundle sha256 ${one.sha}, startup CPU ${one.startupMs.toFixed(1)} ms, parse CPU ${one.parseMs.toFixed(1)} ms`,
);
for (const r of results)
  console.log(
    `${`${r.size} article folders`.padEnd(25)} ${kib(r.gzip)} gzip, bundle sha256 ${r.sha}, startup CPU ${r.startupMs.toFixed(1)} ms, parse CPU ${r.parseMs.toFixed(1)} ms`,
  );
if (results.length > 1 && results.every((x) => x.rows.length)) {
  const [a, b] = [results[0]!, results[results.length - 1]!];
  const ratio = (name: string) => b.rows.find((x) => x.name === name)!.rps / a.rows.find((x) => x.name === name)!.rps;
  console.log(
    `\n${b.size / a.size}x the digests: throughput ${b.size} vs ${a.size} —`,
    b.rows.map((x) => `${x.name.split("  ")[0]!.trim()}: ${ratio(x.name).toFixed(2)}x`).join("; "),
  );
  console.log(`search p50 ${(b.search.p50 / a.search.p50).toFixed(2)}x`);
}
