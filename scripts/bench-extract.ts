// Time per article of the extractor over a PolNeAR-style folder (default: the dev split),
// against a plain regular-expression scan of the same texts in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { draftPositions, extractQuotes } from "../src/extract";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(root, process.argv[2] ?? "../shared/eval/polnear-dev");
const texts = readdirSync(join(dir, "text"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(dir, "text", f), "utf8"));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

/** The naive baseline: every double-quoted span and the capitalised words after it. */
function regexScan(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/["“]([^"”\n]+)["”]\s*,?\s*((?:[A-Z][\w'’.-]*\s?)+)?/g)) n += m[1]!.length > 0 ? 1 : 0;
  return n;
}

function time(f: (t: string) => unknown): number[] {
  for (const t of texts) f(t); // warm-up
  const per: number[] = texts.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    texts.forEach((t, i) => {
      const t0 = performance.now();
      f(t);
      per[i] = Math.min(per[i]!, performance.now() - t0);
    });
  }
  return per;
}

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
  return { mean, p95 };
}

const base = stats(time(regexScan));
const quotes = stats(time(extractQuotes));
const draft = stats(time(draftPositions));
const kb = texts.reduce((a, t) => a + t.length, 0) / texts.length / 1024;
console.log(`extractor: ${texts.length} articles (mean ${kb.toFixed(1)} KB), best of ${ROUNDS} rounds`);
const row = (name: string, s: { mean: number; p95: number }) =>
  console.log(`  ${name.padEnd(16)} mean ${s.mean.toFixed(3)} ms  p95 ${s.p95.toFixed(3)} ms  (${(s.mean / base.mean).toFixed(0)}x the regex scan)`);
row("regex scan", base);
row("extractQuotes", quotes);
row("draftPositions", draft);
