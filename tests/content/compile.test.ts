import { describe, expect, it } from "vitest";
import seedArticle from "../../content/putin-offer-to-negotiate/article.txt?raw";
import seedMeta from "../../content/putin-offer-to-negotiate/meta.json";
import seedPositions from "../../content/putin-offer-to-negotiate/positions.json";
import { ContentError, compileDigest } from "../../src/content/compile";
import { FIXTURE_TEXT, fixtureFiles, fixturePositions } from "./fixtures";

/** The problems compileDigest reports for these files, as "file: field: message" lines. */
function problemsOf(files: Parameters<typeof compileDigest>[0]): string[] {
  try {
    compileDigest(files);
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw e;
  }
  throw new Error("expected the content to be refused");
}

function withPositions(edit: (p: ReturnType<typeof fixturePositions>) => void) {
  const positions = fixturePositions();
  edit(positions);
  return fixtureFiles({ positions });
}

describe("compileDigest on valid content", () => {
  it("computes offsets that point at the excerpt, and paragraphs", () => {
    const digest = compileDigest(fixtureFiles());
    const all = digest.positions.flatMap((p) => p.evidence);
    expect(all).toHaveLength(3);
    for (const e of all) expect(FIXTURE_TEXT.slice(e.start, e.end)).toBe(e.text);
    expect(all.find((e) => e.speaker === "sam-poe")?.paragraph).toBe(2);
    expect(digest.article.paragraphs).toEqual([
      { start: 0, end: FIXTURE_TEXT.indexOf("\n") },
      { start: FIXTURE_TEXT.indexOf("\n") + 1, end: FIXTURE_TEXT.length },
    ]);
  });

  it("derives who stands on which side from the stances", () => {
    const digest = compileDigest(fixtureFiles());
    expect(digest.questions[0]!.sides.map((s) => s.actors)).toEqual([["jane-roe"], ["sam-poe"]]);
  });

  it("compiles the seed: every quote verbatim, every quotation attributed", () => {
    const digest = compileDigest({
      slug: "putin-offer-to-negotiate",
      dir: "content/putin-offer-to-negotiate",
      article: seedArticle,
      meta: seedMeta,
      positions: seedPositions,
    });
    const quotes = digest.positions.flatMap((p) => p.evidence).filter((e) => e.kind === "quote");
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(
      new Set(["vladimir-putin", "nsc-spokesperson", "dmitry-suslov", "tucker-carlson", "russian-media"]),
    );
    for (const q of quotes) expect(seedArticle.slice(q.start, q.end)).toBe(q.text);
    expect(digest.questions.map((q) => q.id)).toEqual(["offer-genuine", "territorial-concessions", "who-decides"]);
    const central = digest.questions.find((q) => q.central)!;
    expect(central.sides.find((s) => s.id === "not-genuine")!.actors).toEqual(["white-house", "nsc-spokesperson"]);
  });
});

describe("compileDigest refuses broken content with file, field and reason", () => {
  it("a quote that is not in the text", () => {
    const files = withPositions((p) => {
      p.positions[0]!.evidence[0]!.text = "We will never build the bridge";
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions[0].evidence[0].text: "We will never build the bridge" does not occur verbatim in article.txt`,
      // ...which leaves the real quotation unattributed.
      `content/bridge-fixture/positions.json: positions: the quotation “We will build the bridge,” (offset 29) is attributed to nobody: add it as a quote, or to notSpeech`,
    ]);
  });

  it("a quote with straight apostrophes where the text has curly ones", () => {
    const files = fixtureFiles({
      article: FIXTURE_TEXT.replace("We will build", "We’ll build"),
      positions: withPositions((p) => {
        p.positions[0]!.evidence[0]!.text = "We'll build the bridge,";
      }).positions,
    });
    expect(problemsOf(files)[0]).toMatch(/does not occur verbatim in article\.txt \(it does with other quotation marks/);
  });

  it("a topic that content/topics.json does not define", () => {
    const files = fixtureFiles();
    const meta = { ...(files.meta as object), topics: ["ukraine-war", "bridges-and-tunnels"] };
    expect(problemsOf({ ...files, meta })).toEqual([
      `content/bridge-fixture/meta.json: topics[1]: "bridges-and-tunnels" is not a topic of content/topics.json`,
    ]);
    // The control: known topics compile, with the label defined once in content/topics.json.
    const known = compileDigest({ ...files, meta: { ...meta, topics: ["ukraine-war"] } });
    expect(known.topics).toEqual([{ id: "ukraine-war", label: "The war in Ukraine" }]);
  });

  it("a dangling actor id", () => {
    const files = withPositions((p) => {
      p.positions[1]!.actor = "sam-doe";
      p.positions[1]!.evidence[0] = { kind: "quote", text: "The bridge is too costly,", speaker: "nobody" };
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions[1].actor: "sam-doe" is not an actor id`,
      `content/bridge-fixture/positions.json: positions[1].evidence[0].speaker: "nobody" is not an actor id`,
    ]);
  });

  it("a dangling question or side", () => {
    const files = withPositions((p) => {
      p.positions[0]!.stances = [{ question: "build-tunnel", side: "yes" }];
      p.positions[1]!.stances = [{ question: "build-bridge", side: "maybe" }];
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions[0].stances[0].question: "build-tunnel" is not a question id`,
      `content/bridge-fixture/positions.json: positions[1].stances[0].side: "maybe" is not a side of "build-bridge"`,
    ]);
  });

  it("evidence about a question that does not exist", () => {
    const files = withPositions((p) => {
      p.positions[0]!.evidence[0] = {
        kind: "quote",
        text: "We will build the bridge,",
        speaker: "jane-roe",
        about: ["build-bridge", "build-tunnel"],
      };
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions[0].evidence[0].about[1]: "build-tunnel" is not a question id`,
    ]);
  });

  it("an excerpt that occurs twice, until an occurrence picks one", () => {
    const files = withPositions((p) => {
      p.positions[1]!.evidence.push({ kind: "report", text: "the plan" });
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions[1].evidence[1].text: "the plan" occurs 2 times in article.txt; add "occurrence" (1 to 2)`,
    ]);
    const fixed = withPositions((p) => {
      p.positions[1]!.evidence.push({ kind: "report", text: "the plan", occurrence: 2 });
    });
    const e = compileDigest(fixed).positions[1]!.evidence[1]!;
    expect(e.start).toBe(FIXTURE_TEXT.lastIndexOf("the plan"));
    const tooFar = withPositions((p) => {
      p.positions[1]!.evidence.push({ kind: "report", text: "the plan", occurrence: 3 });
    });
    expect(problemsOf(tooFar)[0]).toMatch(/occurrence 3 asked for, but "the plan" occurs 2 time\(s\)/);
  });

  it("a quotation nobody is said to have said", () => {
    const files = withPositions((p) => {
      p.notSpeech = [];
    });
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: positions: the quotation “vanity project” (offset ${FIXTURE_TEXT.indexOf('"vanity')}) is attributed to nobody: add it as a quote, or to notSpeech`,
    ]);
  });

  it("narration presented as a quote", () => {
    const files = withPositions((p) => {
      p.positions[0]!.evidence[1] = { kind: "quote", text: "The mayor defended the plan.", speaker: "jane-roe" };
    });
    expect(problemsOf(files)[0]).toMatch(
      /positions\[0\]\.evidence\[1\]\.text: "The mayor defended the plan\." is not inside quotation marks in article\.txt/,
    );
  });

  it("offsets typed by hand are refused: the build computes them", () => {
    const files = withPositions((p) => {
      Object.assign(p.positions[0]!.evidence[0]!, { start: 29 });
    });
    expect(problemsOf(files)[0]).toMatch(/positions\.json: positions\[0\]\.evidence\[0\]: Unrecognized key: "start"/);
  });

  it("malformed metadata, with the field named", () => {
    const files = fixtureFiles({
      meta: { title: "", added: "yesterday", source: { headline: null, outlet: null, url: "ftp://x", published: null, author: null } },
    });
    const problems = problemsOf(files);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/bridge-fixture\/meta\.json: title: /);
    expect(problems[1]).toMatch(/^content\/bridge-fixture\/meta\.json: added: /);
    expect(problems[2]).toMatch(/^content\/bridge-fixture\/meta\.json: source\.url: /);
  });

  it("two central questions, a duplicated id, a bad folder name", () => {
    const files = withPositions((p) => {
      p.questions.push({ ...p.questions[0]!, sides: [...p.questions[0]!.sides] });
    });
    files.slug = "Bridge Fixture";
    expect(problemsOf(files)).toEqual([`content/bridge-fixture/: folder name: "Bridge Fixture" must be lowercase words joined by hyphens`]);
    files.slug = "bridge-fixture";
    expect(problemsOf(files)).toEqual([
      `content/bridge-fixture/positions.json: questions[1].id: "build-bridge" is used twice`,
      `content/bridge-fixture/positions.json: questions: exactly one question must be central; 2 are`,
    ]);
  });

  it("a missing positions file without a drafter", () => {
    expect(problemsOf(fixtureFiles({ positions: undefined }))).toEqual([
      `content/bridge-fixture/positions.json: (file): is missing, and no drafter is available to write one`,
    ]);
  });
});
