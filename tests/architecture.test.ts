// The rooms of src/ and the directions data may flow between them (../shared/design.md):
// content → digest model → views, with shared HTTP plumbing in its own room. Every import
// in src/ is read here (as text, through Vite's glob) and held against the allowed edges,
// no module may reach itself through its imports, and the extractor is reached only through
// its loader (a static import would make every Worker isolate evaluate it at startup).
import { describe, expect, it } from "vitest";

const sources = import.meta.glob<string>(["../src/**/*.ts", "../src/**/*.tsx", "!../src/generated/**"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Which rooms each room may import. Top-level files (index, app) compose them all. */
const ALLOWED: Record<string, readonly string[]> = {
  env: [],
  http: ["env"],
  digest: ["env", "generated"],
  content: ["digest", "env"],
  extract: ["content", "digest"],
  mail: ["http", "env"],
  subscriptions: ["mail", "http", "digest", "env"],
  schedule: ["subscriptions", "mail", "http", "digest", "env"],
  web: ["subscriptions", "http", "digest", "content", "extract", "env", "generated"],
  top: ["*"],
};

type Graph = Map<string, string[]>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** src-relative path without extension, e.g. `http/errors`. */
const moduleOf = (path: string) => path.replace(/^\.\.\/src\//, "").replace(/\.(ts|tsx)$/, "");

function roomOf(module: string): string {
  const [first, ...rest] = module.split("/");
  if (rest.length === 0) return first === "env" ? "env" : "top";
  return first!;
}

function resolveImport(from: string, spec: string, known: Set<string>): string | null {
  if (!spec.startsWith(".")) return null; // packages and platform modules
  const parts = from.split("/").slice(0, -1);
  let outside = false;
  for (const segment of spec.split("/")) {
    if (segment === "..") outside ||= parts.pop() === undefined;
    else if (segment !== ".") parts.push(segment);
  }
  // Data an editor keeps beside the articles (content/topics.json) is not a room; code outside src/ would be.
  if (outside) return spec.endsWith(".json") ? null : `outside/${parts.join("/")}`;
  const joined = parts.join("/").replace(/\.(ts|tsx|json)$/, "");
  for (const candidate of [joined, `${joined}/index`]) if (known.has(candidate)) return candidate;
  return joined; // e.g. generated JSON: kept so its room is still checked
}

function importGraph(files: Record<string, string>): Graph {
  const known = new Set(Object.keys(files).map(moduleOf));
  const graph: Graph = new Map();
  for (const [path, text] of Object.entries(files)) {
    const from = moduleOf(path);
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(from, (match[1] ?? match[2])!, known);
      if (target) targets.push(target);
    }
    graph.set(from, targets);
  }
  return graph;
}

function forbiddenEdges(graph: Graph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const room = roomOf(from);
    const allowed = ALLOWED[room];
    for (const target of targets) {
      const to = roomOf(target);
      if (to === room || allowed?.includes("*") || allowed?.includes(to)) continue;
      found.push(`${from} → ${target} (${room} may not import ${to})`);
    }
  }
  return found.sort();
}

/**
 * Imports of the extractor from outside its room that do not go through extract/load: a static
 * import makes every Worker isolate evaluate the extractor at startup (src/extract/load.ts).
 */
function eagerExtractorImports(graph: Graph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    if (roomOf(from) === "extract") continue;
    for (const target of targets) if (roomOf(target) === "extract" && target !== "extract/load") found.push(`${from} → ${target}`);
  }
  return found.sort();
}

/** Every strongly connected component with more than one module, or a self-import (Tarjan). */
function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("the rooms of src/", () => {
  const graph = importGraph(sources);

  it("reads every module and its imports", () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.get("app")).toEqual(expect.arrayContaining(["http/cors", "web/digests"]));
  });

  it("only import in the allowed directions", () => {
    expect(forbiddenEdges(graph)).toEqual([]);
  });

  it("reach the extractor only through extract/load, which imports it on first use", () => {
    expect(eagerExtractorImports(graph)).toEqual([]);
    const load = sources["../src/extract/load.ts"]!;
    expect(load).toMatch(/import\(\s*"\.\/index"\s*\)/);
    expect(load).not.toMatch(/^\s*import\s/m);
  });

  it("have no import cycle, between rooms or between modules", () => {
    expect(cycles(graph)).toEqual([]);
    // The allowed directions themselves form no cycle between rooms.
    const rooms: Graph = new Map(Object.entries(ALLOWED).map(([room, to]) => [room, to.filter((r) => r !== "*")]));
    expect(cycles(rooms)).toEqual([]);
  });

  it("would catch a wrong direction and a cycle (negative control)", () => {
    const bad = importGraph({
      ...sources,
      "../src/http/leak.ts": 'import { digestRoutes } from "../web/digests";',
      "../src/mail/a.ts": 'import { b } from "./b";',
      "../src/mail/b.ts": 'export { a } from "./a";',
      "../src/web/eager.ts": 'import { draftPositions } from "../extract";',
    });
    expect(forbiddenEdges(bad)).toEqual(["http/leak → web/digests (http may not import web)"]);
    expect(cycles(bad)).toContainEqual(["mail/a", "mail/b"]);
    expect(cycles(bad).length).toBe(cycles(graph).length + 1);
    expect(eagerExtractorImports(bad)).toEqual(["web/eager → extract/index"]);
  });
});
