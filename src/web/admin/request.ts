// PUT /api/admin/digests/:slug's body: an article's files as one JSON document, verified and
// compiled exactly as `npm run build` compiles a folder of content/.
import * as z from "zod";
import { ContentError, type ContentProblem, compileDigest } from "../../content/compile";
import { ArticleMeta, PositionsFile } from "../../content/schema";
import type { Digest } from "../../digest/schema";
import { WritableStatus } from "../../digest/store";
import { loadExtractor } from "../../extract/load";
import { named } from "../../http/openapi";

/** The same bound as POST /api/drafts: the extractor's work grows with the article. */
export const MAX_ADMIN_BYTES = 200 * 1024;

/** What is checked before compiling; meta and positions are checked by the compiler, field by field. */
const Envelope = z.strictObject({
  article: z.string(),
  meta: z.unknown(),
  positions: z.unknown().optional(),
  status: WritableStatus,
});

/** The documented shape (meta.json and positions.json as in content/). */
export const PutDigestRequest = named(
  "PutDigestRequest",
  z.strictObject({
    article: z.string().meta({ description: "The article text, verbatim; paragraphs are lines (article.txt)." }),
    meta: ArticleMeta.meta({ description: "As meta.json: title, added, source." }),
    positions: PositionsFile.optional().meta({ description: "As positions.json; without it, the article gets a machine draft." }),
    status: WritableStatus.meta({ description: "`pending` is stored but private until a PUT with `published`." }),
  }),
);

export const Problem = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof Problem>;

export const ProblemsError = named(
  "ProblemsError",
  z.object({ error: z.object({ code: z.string(), message: z.string(), problems: z.array(Problem) }) }),
);

/** `body/positions.json` + `positions[0].evidence[0].text` → `positions.positions[0].evidence[0].text`. */
function problemOf(p: ContentProblem): Problem {
  const file = p.file.replace(/^body\/?/, "");
  const base = file === "" ? "slug" : file.replace(/\.(json|txt)/, "");
  const whole = p.field === "(file)" || p.field === "folder name" || (base === "article" && p.field === "text");
  return { path: whole ? base : `${base}.${p.field}`, message: p.message };
}

export type Compiled = { ok: true; digest: Digest; status: WritableStatus } | { ok: false; problems: Problem[] };

/** The digest the body describes, verified (every excerpt verbatim), or every problem with its path. */
export async function compileRequest(slug: string, body: unknown): Promise<Compiled> {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) {
    return { ok: false, problems: envelope.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message })) };
  }
  const { article, meta, positions, status } = envelope.data;
  if (article.includes("\u0000")) return { ok: false, problems: [{ path: "article", message: "holds a NUL character: send plain text" }] };
  // The same compiler and drafter as the build and POST /api/drafts; the drafter is loaded only
  // when the body brings no positions to verify.
  const draft = positions === undefined ? (await loadExtractor()).draftPositions : undefined;
  try {
    const digest = compileDigest({ slug, dir: "body", article, meta, positions }, draft);
    return { ok: true, digest, status };
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return { ok: false, problems: e.problems.map(problemOf) };
  }
}
