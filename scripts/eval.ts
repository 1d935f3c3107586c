// npm run eval [-- DIR] [--details]: runs the extractor over a PolNeAR-style folder
// (text/NAME.txt) and scores its direct quotes and speakers with the shared scorer.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractQuotes } from "../src/extract";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const details = args.includes("--details");
const dir = resolve(root, args.find((a) => !a.startsWith("--")) ?? "../shared/eval/polnear-dev");
const out = join(root, "bench-results", "eval-predictions.json");
const scorer = resolve(root, "../shared/eval/score_quotes.py");

// The data and the scorer live beside the repository, not in it (../shared/eval/README.md).
for (const [what, path] of [["articles", join(dir, "text")], ["scorer", scorer]] as const) {
  if (!existsSync(path)) {
    console.log(`eval: no ${what} at ${path}; PolNeAR and its scorer come from ../shared/eval beside this repository. Skipped.`);
    process.exit(0);
  }
}

const predictions: Record<string, { quotes: unknown[] }> = {};
for (const file of readdirSync(join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join(dir, "text", file), "utf8");
  predictions[file.slice(0, -4)] = {
    quotes: extractQuotes(text).map((q) => ({
      start: q.content.start,
      end: q.content.end,
      source: q.source,
      speaker: q.speaker,
    })),
  };
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(predictions, null, 1));
console.log(`predictions for ${Object.keys(predictions).length} articles in ${out}`);

const run = spawnSync("python3", [scorer, "--gold", dir, "--pred", out, ...(details ? ["--details"] : [])], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
