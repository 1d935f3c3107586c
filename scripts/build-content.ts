// npm run build: verifies content/ and compiles it into src/generated/, which the
// Worker imports, so no request parses or verifies anything.
import { mkdirSync, writeFileSync } from "node:fs";
import * as z from "zod";
import { ContentError } from "../src/content/compile";
import { Digest } from "../src/digest/schema";
import { draftPositions } from "../src/extract";
import { buildCards } from "./lib/cards";
import { compileAll } from "./lib/content";

const out = "src/generated";
// `content` unless CONTENT_DIRS lists others (colon-separated), e.g. the browser tests' own
// articles beside it: CONTENT_DIRS=content:tests/e2e/content.
const contentDirs = (process.env.CONTENT_DIRS || "content").split(":").filter(Boolean);
try {
  const digests = contentDirs.flatMap((dir) => compileAll(dir, draftPositions));
  digests.sort((a, b) => b.added.localeCompare(a.added) || a.slug.localeCompare(b.slug));
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/digests.json`, JSON.stringify(digests));
  const cards = buildCards(digests);
  writeFileSync(`${out}/cards.json`, JSON.stringify(cards));
  writeFileSync(`${out}/digest.schema.json`, JSON.stringify(z.toJSONSchema(Digest, { target: "draft-2020-12" }), null, 2));
  console.log(
    `content: ${digests.length} digest(s) verified and compiled into ${out}/, ${Object.keys(cards).length} sharing card(s) into public/og/d/`,
  );
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`content/ has ${e.problems.length} problem(s):\n${e.message}`);
  process.exit(1);
}
