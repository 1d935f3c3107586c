// Reads content/ from disk and compiles every article; shared by the build and the draft command.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type ArticleFiles, ContentError, compileDigest, type Drafter } from "../../src/content/compile";
import type { Digest } from "../../src/digest/schema";

export function readArticle(dir: string, root = process.cwd()): ArticleFiles {
  const shown = relative(root, dir) || dir;
  const slug = dir.split(/[\\/]/).filter(Boolean).pop()!;
  const file = (name: string) => join(dir, name);
  const json = (name: string): unknown => {
    if (!existsSync(file(name))) return undefined;
    try {
      return JSON.parse(readFileSync(file(name), "utf8"));
    } catch (e) {
      throw new ContentError([{ file: `${shown}/${name}`, field: "(file)", message: `is not valid JSON: ${(e as Error).message}` }]);
    }
  };
  if (!existsSync(file("article.txt"))) {
    throw new ContentError([{ file: `${shown}/article.txt`, field: "(file)", message: "is missing" }]);
  }
  const meta = json("meta.json");
  if (meta === undefined) throw new ContentError([{ file: `${shown}/meta.json`, field: "(file)", message: "is missing" }]);
  return { slug, dir: shown, article: readFileSync(file("article.txt"), "utf8"), meta, positions: json("positions.json") };
}

export function articleDirs(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => !name.startsWith(".") && statSync(join(contentDir, name)).isDirectory())
    .sort()
    .map((name) => join(contentDir, name));
}

/** Compiles every article, collecting all problems before failing. */
export function compileAll(contentDir: string, draft?: Drafter): Digest[] {
  const digests: Digest[] = [];
  const problems: ContentError["problems"] = [];
  for (const dir of articleDirs(contentDir)) {
    try {
      digests.push(compileDigest(readArticle(dir), draft));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length) throw new ContentError(problems);
  return digests;
}
