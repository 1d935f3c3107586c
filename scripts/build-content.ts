// npm run build: verifies content/ and writes src/generated/: the digest's JSON Schema (which
// the Worker serves) and content-seed.sql, the statements that store every article of
// content/ in D1 exactly as the admin API does (src/digest/store-writes.ts). `npm run dev`
// loads the seed into the local D1; the Worker's bundle holds no article.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { ContentError } from "../src/content/compile";
import { Digest } from "../src/digest/schema";
import { inlineSql, putStatements } from "../src/digest/store-writes";
import { TOPICS_FILE, TopicsFile } from "../src/digest/topics";
import { draftPositions } from "../src/extract";
import { buildCards } from "./lib/cards";
import { compileAll } from "./lib/content";

const out = "src/generated";

/** content/topics.json, checked field by field before any article names a topic. */
function checkTopics() {
  const parsed = TopicsFile.safeParse(JSON.parse(readFileSync(TOPICS_FILE, "utf8")));
  if (parsed.success) return;
  const field = (path: PropertyKey[]) =>
    path
      .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
      .join("")
      .slice(1) || "(file)";
  throw new ContentError(parsed.error.issues.map((i) => ({ file: TOPICS_FILE, field: field(i.path), message: i.message })));
}
// `content` unless CONTENT_DIRS lists others (colon-separated): the browser tests add their own
// articles beside it (CONTENT_DIRS=content:tests/e2e/content), the benchmark 1,000 of them.
const contentDirs = (process.env.CONTENT_DIRS || "content").split(":").filter(Boolean);
const seedFile = process.env.STANDPOINT_SEED_FILE ?? `${out}/content-seed.sql`;
try {
  checkTopics();
  const digests = contentDirs.flatMap((dir) => compileAll(dir, draftPositions));
  mkdirSync(out, { recursive: true });
  // Stamped with the build's instant: an article unchanged since the last load changes nothing
  // (and writes no audit row); a changed one is replaced.
  const at = new Date().toISOString();
  const seed = digests.flatMap((d) => putStatements(d, "published", "seed:content/", at).statements.map(inlineSql));
  writeFileSync(seedFile, `${seed.join("\n")}\n`);
  const cards = buildCards(digests);
  writeFileSync(`${out}/digest.schema.json`, JSON.stringify(z.toJSONSchema(Digest, { target: "draft-2020-12" }), null, 2));
  console.log(
    `${contentDirs.join(", ")}: ${digests.length} digest(s) verified; ${seedFile} stores them in D1; ${cards} sharing card(s) in public/og/d/`,
  );
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`${contentDirs.join(", ")} has ${e.problems.length} problem(s):\n${e.message}`);
  process.exit(1);
}
