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
// --show=KIND prints every error of that kind (e.g. --show="no speaker") with its context.
const show = args.find((a) => a.startsWith("--show="))?.slice("--show=".length);
const dir = resolve(root, args.find((a) => !a.startsWith("--")) ?? "../shared/eval/polnear-dev");
const out = join(root, "bench-results", "eval-predictions.json");
const scorer = resolve(root, "../shared/eval/score_quotes.py");

// The data and the scorer live beside the repository, not in it (../shared/eval/README.md).
for (const [what, path] of [
  ["articles", join(dir, "text")],
  ["scorer", scorer],
] as const) {
  if (!existsSync(path)) {
    console.log(`eval: no ${what} at ${path}; PolNeAR and its scorer come from ../shared/eval beside this repository. Skipped.`);
    process.exit(0);
  }
}

const predictions: Record<string, { quotes: unknown[] }> = {};
for (const file of readdirSync(join(dir, "text"))
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
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

// Per-kind error counts (issue 15). The figures above are the shared scorer's; these sort
// the same kinds of miss by what went wrong, with the scorer's matching rule (trimmed
// overlap >= 0.8 both ways, several predictions together for a split quote) re-read here,
// so their totals agree with the scorer's counts to within a few quotes.
interface Predicted {
  start: number;
  end: number;
  source: { start: number; end: number } | null;
  speaker: string | null;
}
interface GoldQuote {
  parts: [number, number][];
  source: [number, number][] | null;
  sourceText: string;
}

const TRIM = new Set([..."“”\"‘’'«» \t\n,.;:!?—–-…"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "i", "we", "his", "her", "its", "their"]);

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && TRIM.has(text[a]!)) a++;
  while (b > a && TRIM.has(text[b - 1]!)) b--;
  return [a, b];
}

const overlap = (x: [number, number], y: [number, number]) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));

/** Direct quotes of the first annotation file of an article, and the spans of every other content. */
function goldOf(dir: string, name: string, text: string): { direct: GoldQuote[]; all: [number, number][] } | null {
  const files = readdirSync(join(dir, "attributions"))
    .filter((f) => f.startsWith(`${name}_`) || f === `${name}.ann`)
    .sort();
  if (files.length === 0) return null;
  const spans = new Map<string, [number, number][]>();
  const relations: Record<string, string>[] = [];
  for (const line of readFileSync(join(dir, "attributions", files[0]!), "utf8").split("\n")) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (t)
      spans.set(
        t[1]!,
        t[2]!.split(";").map((r) => r.trim().split(/\s+/).map(Number) as [number, number]),
      );
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) relations.push(Object.fromEntries(e[1]!.split(/\s+/).map((x) => x.split(":") as [string, string])));
  }
  const direct: GoldQuote[] = [];
  const all: [number, number][] = [];
  for (const r of relations) {
    const cs = r.Content ? spans.get(r.Content) : undefined;
    if (!cs) continue;
    all.push([cs[0]![0], cs.at(-1)![1]]);
    const parts = cs.map(([x, y]) => trimmed(text, x, y)).filter(([x, y]) => y > x);
    if (parts.length === 0) continue;
    // As the scorer reads it: a content whose ranges run backwards slices to "", which it counts as direct.
    const opening = text.slice(cs[0]![0], cs.at(-1)![1]).trimStart().charAt(0);
    if (opening !== "" && !"“\"‘'«".includes(opening)) continue;
    const source = (r.Source && spans.get(r.Source)) || null;
    direct.push({ parts, source, sourceText: source ? source.map(([x, y]) => text.slice(x, y)).join(" ") : "" });
  }
  return { direct, all };
}

function falseKind(text: string, p: [number, number]): string {
  const inner = text.slice(p[0], p[1]);
  const lineStart = text.lastIndexOf("\n", p[0]) + 1;
  const lineEnd = text.indexOf("\n", p[1]);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (inner.includes("\n")) return "across paragraphs";
  if (
    /^\s*[A-Z][A-Z' ]{1,18}[A-Z]\s*:/.test(line) ||
    (!/[.?!,;:…—–-]\s*$/.test(inner) &&
      text.slice(p[1], lineEnd < 0 ? text.length : lineEnd).replace(/[”"’'\s.]/g, "") === "" &&
      text.slice(lineStart, p[0]).replace(/[“"‘'\s]/g, "") === "")
  )
    return "furniture";
  if (inner.split(/\s+/).length <= 4) return "scare quotes, titles, lists";
  return "other (often unannotated speech)";
}

function missKind(text: string, g: GoldQuote, preds: [number, number][]): string {
  if (preds.some((p) => g.parts.some((x) => overlap(p, x) > 0))) return "boundaries";
  const open = text.slice(Math.max(0, g.parts[0]![0] - 3), g.parts[0]![0]);
  if (/(''|‘‘|’’|``)\s*$/.test(open)) return "doubled marks";
  return "not found";
}

function speakerKind(g: GoldQuote, got: Predicted[], previous: string | null): string {
  const names = got.map((p) => p.speaker).filter((x): x is string => !!x);
  if (names.length === 0) return "no speaker";
  const gold = g.sourceText.toLowerCase();
  const words = names.flatMap((n) => n.toLowerCase().split(/\s+/));
  if (words.some((w) => w.length > 2 && gold.includes(w))) return "affiliation or part of the name";
  if (PRONOUNS.has(gold.trim())) return "pronoun resolved wrongly";
  if (previous && names.includes(previous)) return "previous speaker carried over";
  if (names.every((n) => !/\s/.test(n))) return "a lone capitalised word";
  return "other";
}

function printErrorKinds(dir: string, predictions: Record<string, { quotes: Predicted[] }>) {
  const counts = {
    "false quotes": new Map<string, number>(),
    "missed quotes": new Map<string, number>(),
    "wrong speakers": new Map<string, number>(),
  };
  const count = (m: Map<string, number>, k: string, text?: string, at?: [number, number], why?: string) => {
    m.set(k, (m.get(k) ?? 0) + 1);
    if (show === k && text && at) {
      const context = `${text.slice(Math.max(0, at[0] - 160), at[0])}[[${text.slice(at[0], at[1])}]]${text.slice(at[1], at[1] + 160)}`;
      console.log(`--- ${k}${why ? ` (${why})` : ""}\n${context.replace(/\n/g, " ¶ ")}`);
    }
  };
  for (const [name, { quotes }] of Object.entries(predictions)) {
    const text = readFileSync(join(dir, "text", `${name}.txt`), "utf8");
    const gold = goldOf(dir, name, text);
    if (!gold) continue;
    const preds = quotes.map((q) => trimmed(text, q.start, q.end)).filter(([a, b]) => b > a);
    const kept = quotes.filter((q) => {
      const [a, b] = trimmed(text, q.start, q.end);
      return b > a;
    });
    const claimed = new Set<number>();
    for (const g of gold.direct) {
      const group = preds.map((_, i) => i).filter((i) => !claimed.has(i) && g.parts.some((x) => overlap(preds[i]!, x) > 0));
      const glen = g.parts.reduce((n, [x, y]) => n + y - x, 0);
      const inside = group.reduce((n, i) => n + g.parts.reduce((m, x) => m + overlap(preds[i]!, x), 0), 0);
      const plen = group.reduce((n, i) => n + preds[i]![1] - preds[i]![0], 0);
      if (group.length === 0 || inside / glen < 0.8 || inside / plen < 0.8) {
        count(counts["missed quotes"], missKind(text, g, preds), text, [g.parts[0]![0], g.parts.at(-1)![1]]);
        continue;
      }
      for (const i of group) claimed.add(i);
      if (!g.source) continue;
      const got = group.map((i) => kept[i]!);
      const goldWords = new Set((g.sourceText.match(/\b[A-Z][\w’'-]+/g) ?? []).map((w) => w.toLowerCase()));
      const right = got.some(
        (p) =>
          (p.source !== null && g.source!.some((s) => overlap([p.source!.start, p.source!.end], s) > 0)) ||
          (p.speaker ?? "")
            .split(/\s+/)
            .some(
              (w) =>
                /^[A-Z]/.test(w) &&
                goldWords.has(w.toLowerCase()) &&
                !["the", "a", "an", "mr", "mrs", "ms", "dr", "president", "sen", "rep", "gov"].includes(w.toLowerCase()),
            ),
      );
      if (right) continue;
      const before = group[0]! > 0 ? kept[group[0]! - 1]!.speaker : null;
      count(
        counts["wrong speakers"],
        speakerKind(g, got, before),
        text,
        [g.parts[0]![0], g.parts.at(-1)![1]],
        `gold ${JSON.stringify(g.sourceText)}, got ${JSON.stringify(got.map((p) => p.speaker))}`,
      );
    }
    preds.forEach((p, i) => {
      if (!claimed.has(i) && !gold.all.some((x) => overlap(p, x) > 0)) count(counts["false quotes"], falseKind(text, p), text, p);
    });
  }
  console.log("errors by kind (issue 15):");
  for (const [what, m] of Object.entries(counts)) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    console.log(
      `  ${what} ${total}: ${[...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(", ")}`,
    );
  }
}

// Last, after the constants above are set.
if (run.status === 0) printErrorKinds(dir, predictions as Record<string, { quotes: Predicted[] }>);
process.exit(run.status ?? 1);
