// A small article written for the tests, and a positions file for it that each test
// breaks in one way.
import type { ArticleFiles } from "../../src/content/compile";
import type { PositionsFileInput } from "../../src/content/schema";

export const FIXTURE_TEXT = [
  `The mayor defended the plan. "We will build the bridge," Jane Roe said on Monday.`,
  `Critics were not convinced. "The bridge is too costly," said Sam Poe, a council member. The council called the plan a "vanity project".`,
].join("\n");

export function fixturePositions(): PositionsFileInput {
  return {
    actors: [
      { id: "jane-roe", name: "Jane Roe", kind: "person", role: "Mayor" },
      { id: "sam-poe", name: "Sam Poe", kind: "person", role: "a council member" },
    ],
    questions: [
      {
        id: "build-bridge",
        text: "Should the city build the bridge?",
        central: true,
        sides: [
          { id: "yes", label: "Build it" },
          { id: "no", label: "Do not build it" },
        ],
      },
    ],
    positions: [
      {
        actor: "jane-roe",
        summary: "The city will build the bridge.",
        stances: [{ question: "build-bridge", side: "yes" }],
        evidence: [
          { kind: "quote", text: "We will build the bridge,", speaker: "jane-roe" },
          { kind: "report", text: "The mayor defended the plan." },
        ],
      },
      {
        actor: "sam-poe",
        summary: "The bridge costs too much.",
        stances: [{ question: "build-bridge", side: "no" }],
        evidence: [{ kind: "quote", text: "The bridge is too costly,", speaker: "sam-poe" }],
      },
    ],
    notSpeech: [{ text: "vanity project", reason: "scare-quotes" }],
  };
}

export function fixtureFiles(overrides: Partial<ArticleFiles> = {}): ArticleFiles {
  return {
    slug: "bridge-fixture",
    dir: "content/bridge-fixture",
    article: FIXTURE_TEXT,
    meta: {
      title: "The bridge",
      added: "2026-01-02",
      source: { headline: null, outlet: null, url: null, published: null, author: null },
    },
    positions: fixturePositions(),
    ...overrides,
  };
}
