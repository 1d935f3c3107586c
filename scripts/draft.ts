// npm run draft -- content/<article> [--force]: writes content/<article>/positions.json
// from the machine draft, in the format the build verifies; an editor then reviews it.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError, compileDigest } from "../src/content/compile";
import { draftPositions } from "../src/extract";
import { readArticle } from "./lib/content";

const args = process.argv.slice(2);
const force = args.includes("--force");
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error("usage: npm run draft -- content/<article> [--force]");
  process.exit(2);
}
const target = join(dir, "positions.json");
if (existsSync(target) && !force) {
  console.error(`${target} exists; pass --force to overwrite it with a draft`);
  process.exit(1);
}
try {
  const files = readArticle(dir);
  const positions = draftPositions(files.article);
  // The draft goes through the verifier before it is written, like the build would.
  compileDigest({ ...files, positions });
  writeFileSync(target, `${JSON.stringify(positions, null, 2)}\n`);
  const quotes = positions.positions.flatMap((p) => p.evidence).filter((e) => e.kind === "quote").length;
  console.log(`${target}: ${positions.actors.length} actor(s), ${quotes} quote(s), review "draft"`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`${dir} has ${e.problems.length} problem(s):\n${e.message}`);
  process.exit(1);
}
