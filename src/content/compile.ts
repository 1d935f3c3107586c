// Turns an article's files into a verified Digest, or says exactly what is wrong:
// which file, which field, and why. Pure: the build script and the tests feed it.
import type * as z from "zod";
import { paragraphsWithEvidence } from "../digest/excerpts";
import type { Digest, Evidence, Position, Question } from "../digest/schema";
import { Slug } from "../digest/schema";
import { TOPICS_FILE, topicById } from "../digest/topics";
import { Occurrences } from "./occurrences";
import { findQuotations, quotedIndex } from "./quotations";
import { ArticleMeta, type EvidenceInput, PositionsFile, type PositionsFileInput } from "./schema";

export interface ArticleFiles {
  slug: string;
  /** The article's folder as the editor sees it, e.g. `content/putin-offer`; used in messages. */
  dir: string;
  article: string;
  /** Parsed JSON of meta.json. */
  meta: unknown;
  /** Parsed JSON of positions.json, or undefined when the editor wrote none. */
  positions: unknown;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join("\n"));
    this.name = "ContentError";
  }
}

/** Drafts positions for an article the editor has not annotated. */
export type Drafter = (text: string) => PositionsFileInput;

export function compileDigest(files: ArticleFiles, draft?: Drafter): Digest {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file: `${files.dir}/${file}`, field, message });

  if (!Slug.safeParse(files.slug).success) {
    report("", "folder name", `"${files.slug}" must be lowercase words joined by hyphens`);
  }
  if (files.article.trim() === "") report("article.txt", "text", "is empty");

  const meta = parseWith(ArticleMeta, files.meta, "meta.json", report);
  meta?.topics.forEach((id, i) => {
    if (!topicById(id)) report("meta.json", `topics[${i}]`, `"${id}" is not a topic of ${TOPICS_FILE}`);
  });
  let positionsFile = "positions.json";
  let positionsInput = files.positions;
  if (positionsInput === undefined) {
    if (!draft) {
      report("positions.json", "(file)", "is missing, and no drafter is available to write one");
      throw new ContentError(problems);
    }
    positionsFile = "positions.json (machine draft)";
    positionsInput = draft(files.article);
  }
  const positions = parseWith(PositionsFile, positionsInput, positionsFile, report);
  if (!meta || !positions || problems.length) throw new ContentError(problems);

  const digest = link(files, meta, positions, (field, message) => report(positionsFile, field, message));
  if (problems.length) throw new ContentError(problems);
  return digest;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
  report: (file: string, field: string, message: string) => void,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) report(file, fieldPath(issue.path), issue.message);
  return undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(file)";
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i ? "." : ""}${String(k)}`)).join("");
}

type Report = (field: string, message: string) => void;

/** Resolves every reference and finds every excerpt in the text. */
function link(files: ArticleFiles, meta: ArticleMeta, input: PositionsFile, report: Report): Digest {
  const text = files.article;
  const actorIds = uniqueIds(input.actors, "actors", report);
  uniqueIds(input.questions, "questions", report);
  const centrals = input.questions.filter((q) => q.central).length;
  if (centrals !== 1) report("questions", `exactly one question must be central; ${centrals} are`);
  input.questions.forEach((q, i) => {
    uniqueIds(q.sides, `questions[${i}].sides`, report);
  });

  const quotations = findQuotations(text);
  const isQuoted = quotedIndex(quotations);
  const occurrences = new Occurrences(text);
  const paragraphs = paragraphsOf(text);
  const seenActors = new Set<string>();
  let evidenceCount = 0;

  const positions: Position[] = input.positions.map((p, i) => {
    const at = `positions[${i}]`;
    if (!actorIds.has(p.actor)) report(`${at}.actor`, `"${p.actor}" is not an actor id`);
    if (seenActors.has(p.actor)) report(`${at}.actor`, `"${p.actor}" already has a position; merge them`);
    seenActors.add(p.actor);
    const answered = new Set<string>();
    p.stances.forEach((s, j) => {
      const question = input.questions.find((q) => q.id === s.question);
      if (!question) report(`${at}.stances[${j}].question`, `"${s.question}" is not a question id`);
      else if (!question.sides.some((side) => side.id === s.side))
        report(`${at}.stances[${j}].side`, `"${s.side}" is not a side of "${s.question}"`);
      if (answered.has(s.question)) report(`${at}.stances[${j}].question`, `"${s.question}" has two stances`);
      answered.add(s.question);
    });
    const evidence = p.evidence.flatMap((e, j): Evidence[] => {
      const field = `${at}.evidence[${j}]`;
      const speaker = e.kind === "quote" ? e.speaker : null;
      if (speaker !== null && !actorIds.has(speaker)) report(`${field}.speaker`, `"${speaker}" is not an actor id`);
      e.about.forEach((id, k) => {
        if (!input.questions.some((q) => q.id === id)) report(`${field}.about[${k}]`, `"${id}" is not a question id`);
      });
      const start = locate(text, occurrences, e, `${field}.text`, report);
      if (start === undefined) return [];
      const end = start + e.text.length;
      if (e.kind === "quote" && !isQuoted(start, end))
        report(`${field}.text`, `"${e.text}" is not inside quotation marks in article.txt; use kind "report"`);
      evidenceCount++;
      return [
        {
          id: `e${evidenceCount}`,
          kind: e.kind,
          text: e.text,
          speaker,
          paragraph: paragraphIndex(paragraphs, start),
          start,
          end,
          saidTo: e.saidTo,
          saidIn: e.saidIn,
          about: e.about,
        },
      ];
    });
    return { actor: p.actor, summary: p.summary, stances: p.stances, evidence };
  });

  requireAttribution(text, occurrences, quotations, positions, input, report);

  const questions: Question[] = input.questions.map((q) => ({
    id: q.id,
    text: q.text,
    central: q.central,
    sides: q.sides.map((side) => ({
      ...side,
      actors: positions.filter((p) => p.stances.some((s) => s.question === q.id && s.side === side.id)).map((p) => p.actor),
    })),
  }));

  return {
    slug: files.slug,
    title: meta.title,
    review: input.review,
    added: meta.added,
    source: meta.source,
    topics: [...new Set(meta.topics)].map((id) => topicById(id)!),
    articleText: meta.articleText,
    actors: input.actors,
    questions,
    positions,
    // Withheld here, at the build, so the rest of the article reaches no view, API or bundle.
    article: { text: meta.articleText === "excerpts" ? withholdUnquoted(text, paragraphs, positions) : text, paragraphs },
  };
}

function uniqueIds(items: { id: string }[], field: string, report: Report): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id)) report(`${field}[${i}].id`, `"${item.id}" is used twice`);
    ids.add(item.id);
  });
  return ids;
}

/** The start of the excerpt's chosen occurrence, or undefined after reporting why there is none. */
function locate(
  text: string,
  occurrences: Occurrences,
  excerpt: Pick<EvidenceInput, "text" | "occurrence">,
  field: string,
  report: Report,
) {
  const starts = occurrences.of(excerpt.text);
  if (starts.length === 0) {
    report(field, `"${excerpt.text}" does not occur verbatim in article.txt${nearMiss(text, excerpt.text)}`);
    return undefined;
  }
  if (excerpt.occurrence === undefined) {
    if (starts.length === 1) return starts[0];
    report(field, `"${excerpt.text}" occurs ${starts.length} times in article.txt; add "occurrence" (1 to ${starts.length})`);
    return undefined;
  }
  const start = starts[excerpt.occurrence - 1];
  if (start === undefined)
    report(field, `occurrence ${excerpt.occurrence} asked for, but "${excerpt.text}" occurs ${starts.length} time(s)`);
  return start;
}

/** A hint for the commonest slip: straight and curly marks confused. */
function nearMiss(text: string, excerpt: string): string {
  const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return fold(text).includes(fold(excerpt))
    ? " (it does with other quotation marks or apostrophes: copy the article's characters exactly)"
    : "";
}

/** Every quotation in the text is someone's quote, or declared not to be speech. */
function requireAttribution(
  text: string,
  occurrences: Occurrences,
  quotations: ReturnType<typeof findQuotations>,
  positions: Position[],
  input: PositionsFile,
  report: Report,
) {
  const ranges: [number, number][] = positions.flatMap((p) =>
    p.evidence.filter((e) => e.kind === "quote").map((e): [number, number] => [e.start, e.end]),
  );
  input.notSpeech.forEach((n, i) => {
    const start = locate(text, occurrences, n, `notSpeech[${i}].text`, report);
    if (start !== undefined) ranges.push([start, start + n.text.length]);
  });
  const covered = coverage(text.length, ranges);
  for (const q of quotations) {
    const words = text.slice(q.start, q.end);
    if (!/\p{L}/u.test(words)) continue;
    if (!coversWords(text, q.start, q.end, covered))
      report("positions", `the quotation “${words}” (offset ${q.open}) is attributed to nobody: add it as a quote, or to notSpeech`);
  }
}

/** How many of the ranges cover each offset of the text: one pass, not a search per letter. */
function coverage(length: number, ranges: [number, number][]): Int32Array {
  const depth = new Int32Array(length + 1);
  for (const [a, b] of ranges) {
    depth[a]!++;
    depth[b]!--;
  }
  for (let i = 1; i <= length; i++) depth[i]! += depth[i - 1]!;
  return depth;
}

/** Whether every letter of text[start, end) lies inside one of the covered ranges. */
function coversWords(text: string, start: number, end: number, covered: Int32Array): boolean {
  for (let i = start; i < end; i++) {
    if (covered[i]! <= 0 && /\p{L}|\p{N}/u.test(text[i]!)) return false;
  }
  return true;
}

/** The text with every paragraph that holds no evidence blanked out, offsets unchanged. */
function withholdUnquoted(text: string, paragraphs: { start: number; end: number }[], positions: Position[]): string {
  const kept = paragraphsWithEvidence(
    paragraphs,
    positions.flatMap((p) => p.evidence),
  );
  let out = "";
  let at = 0;
  paragraphs.forEach((p, i) => {
    if (kept.has(i + 1)) return;
    out += text.slice(at, p.start) + " ".repeat(p.end - p.start);
    at = p.end;
  });
  return out + text.slice(at);
}

export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    if (m[0].trim() !== "") out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The 1-based number of the paragraph at `offset`, or of the first after it (a binary search). */
function paragraphIndex(paragraphs: { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return (lo < paragraphs.length ? lo : paragraphs.length - 1) + 1;
}
