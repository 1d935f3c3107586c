// npm run eval:pages -- SET... [--details] [--opening-only] [--interval]: the extractor on news
// pages annotated by hand (scripts/lib/page-score.ts gives the folder's shape and the matching
// rule). The pages are third-party text and are kept outside the repository; the README reports
// their figures. `--interval` adds 95% intervals by resampling pages (scripts/lib/page-interval.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractQuotes } from "../src/extract";
import { pageInterval } from "./lib/page-interval";
import { emptyTally, namedSpeakerAccuracy, PageGold, quoteF1, scorePage, summary, sumTallies, type Tally } from "./lib/page-score";

const args = process.argv.slice(2);
const details = args.includes("--details");
const openingOnly = args.includes("--opening-only");
const interval = args.includes("--interval");
const sets = args.filter((a) => !a.startsWith("--")).map((d) => resolve(d));
if (sets.length === 0) {
  console.error("usage: npm run eval:pages -- SET... [--details] [--opening-only] [--interval] (SET holds pages/NN.txt and gold.json)");
  process.exit(2);
}

const allPages: Tally[] = [];
for (const set of sets) {
  const goldFile = join(set, "gold.json");
  if (!existsSync(goldFile)) throw new Error(`${goldFile}: no such file`);
  const parsed = PageGold.safeParse(JSON.parse(readFileSync(goldFile, "utf8")));
  if (!parsed.success) throw new Error(`${goldFile}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const pages: Tally[] = [];
  for (const page of readdirSync(join(set, "pages"))
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(set, "pages", page), "utf8");
    const quotes = parsed.data[page];
    if (!quotes) throw new Error(`${goldFile}: no entry for ${page} (an empty list says it quotes no one)`);
    const tally = emptyTally();
    scorePage(page, text, quotes, extractQuotes(text), tally, openingOnly);
    if (details) for (const e of tally.errors) console.log(e);
    pages.push(tally);
  }
  console.log(summary(set.split("/").at(-1)!, sumTallies(pages)));
  allPages.push(...pages);
}
if (sets.length > 1) console.log(summary("all", sumTallies(allPages)));
if (interval) {
  const [f1Low, f1High] = pageInterval(allPages, quoteF1);
  const [namedLow, namedHigh] = pageInterval(allPages, namedSpeakerAccuracy);
  console.log(
    `95% interval over ${allPages.length} pages (2000 resamples of whole pages): quote F1 ${f1Low.toFixed(3)} to ${f1High.toFixed(3)}, gold names a speaker ${namedLow.toFixed(3)} to ${namedHigh.toFixed(3)}`,
  );
}
