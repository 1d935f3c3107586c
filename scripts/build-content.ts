// npm run build: verifies content/ and writes src/generated/: the digest's JSON Schema (which
// the Worker serves) and content-seed.sql, the statements that store every article of
// content/ in D1 exactly as the admin API does (src/digest/store-writes.ts). `npm run dev`
// loads the seed into the local D1; the Worker's bundle holds no article.
import { mkdirSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { ContentError } from "../src/content/compile";
import { Digest } from "../src/digest/schema";
import { inlineSql, putStatements } from "../src/digest/store-writes";
import { draftPositions } from "../src/extract";
import { compileAll } from "./lib/content";

const out = "src/generated";
// The benchmark builds the same Worker over a folder of 1,000 articles; by default, content/.
const contentDir = process.env.STANDPOINT_CONTENT_DIR ?? "content";
const seedFile = process.env.STANDPOINT_SEED_FILE ?? `${out}/content-seed.sql`;
try {
  const digests = compileAll(contentDir, draftPositions);
  mkdirSync(out, { recursive: true });
  // Stamped with the build's instant: an article unchanged since the last load changes nothing
  // (and writes no audit row); a changed one is replaced.
  const at = new Date().toISOString();
  const seed = digests.flatMap((d) => putStatements(d, "published", "seed:content/", at).statements.map(inlineSql));
  writeFileSync(seedFile, `${seed.join("\n")}\n`);
  writeFileSync(`${out}/digest.schema.json`, JSON.stringify(z.toJSONSchema(Digest, { target: "draft-2020-12" }), null, 2));
  console.log(`${contentDir}: ${digests.length} digest(s) verified; ${seedFile} stores them in D1`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`${contentDir}/ has ${e.problems.length} problem(s):\n${e.message}`);
  process.exit(1);
}
