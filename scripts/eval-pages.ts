// npm run eval:pages -- SET... [--details] [--opening-only]: the extractor on news pages annotated
// by hand (scripts/lib/page-score.ts gives the folder's shape and the matching rule). The pages
// are third-party text and are kept outside the repository; the README reports their figures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractQuotes } from "../src/extract";
import { emptyTally, PageGold, scorePage, summary, type Tally } from "./lib/page-score";

const args = process.argv.slice(2);
const details = args.includes("--details");
const openingOnly = args.includes("--opening-only");
const sets = args.filter((a) => !a.startsWith("--")).map((d) => resolve(d));
if (sets.length === 0) {
  console.error("usage: npm run eval:pages -- SET... [--details] [--opening-only] (SET holds pages/NN.txt and gold.json)");
  process.exit(2);
}

const total = emptyTally();
for (const set of sets) {
  const goldFile = join(set, "gold.json");
  if (!existsSync(goldFile)) throw new Error(`${goldFile}: no such file`);
  const parsed = PageGold.safeParse(JSON.parse(readFileSync(goldFile, "utf8")));
  if (!parsed.success) throw new Error(`${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const tally: Tally = emptyTally();
  for (const page of readdirSync(join(set, "pages"))
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(set, "pages", page), "utf8");
    const quotes = parsed.data[page];
    if (!quotes) throw new Error(`${goldFile}: no entry for ${page} (an empty list says it quotes no one)`);
    scorePage(page, text, quotes, extractQuotes(text), tally, openingOnly);
  }
  if (details) for (const e of tally.errors) console.log(e);
  console.log(summary(set.split("/").at(-1)!, tally));
  for (const k of Object.keys(total) as (keyof Tally)[]) {
    if (k === "errors") continue;
    total[k] += tally[k];
  }
}
if (sets.length > 1) console.log(summary("all", total));
