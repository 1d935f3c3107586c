// Small hand-written examples for the API document. They are not content: the tests
// check each one against the schema the document gives for it.
import type { Digest } from "../../digest/schema";
import type { DigestList } from "../archive";

const text = "The mayor said: “We will build the bridge.”\n\nThe council called the plan “unaffordable”.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

export const exampleDigest: Digest = {
  slug: "example-bridge-vote",
  title: "The mayor promises a bridge; the council calls it unaffordable",
  review: "editor",
  added: "2026-01-15",
  articleText: "full",
  topics: [{ id: "us-politics", label: "US politics" }],
  source: { headline: null, outlet: "Example Gazette", url: "https://news.example/bridge", published: "2026-01-14", author: null },
  actors: [
    { id: "example-mayor", name: "The mayor", kind: "person", role: "Mayor of Example City" },
    { id: "example-council", name: "The city council", kind: "institution", role: null },
  ],
  questions: [
    {
      id: "build-bridge",
      text: "Should the city build the bridge?",
      central: true,
      sides: [
        { id: "yes", label: "Yes: build it", actors: ["example-mayor"] },
        { id: "no", label: "No: it is unaffordable", actors: ["example-council"] },
      ],
    },
  ],
  positions: [
    {
      actor: "example-mayor",
      summary: "The city will build the bridge.",
      stances: [{ question: "build-bridge", side: "yes" }],
      evidence: [
        {
          id: "e1",
          kind: "quote",
          text: "We will build the bridge.",
          speaker: "example-mayor",
          paragraph: 1,
          ...at("We will build the bridge."),
          saidTo: null,
          saidIn: null,
          about: ["build-bridge"],
        },
      ],
    },
    {
      actor: "example-council",
      summary: "The plan costs more than the city can pay.",
      stances: [{ question: "build-bridge", side: "no" }],
      evidence: [
        {
          id: "e2",
          kind: "quote",
          text: "unaffordable",
          speaker: "example-council",
          paragraph: 2,
          ...at("unaffordable"),
          saidTo: null,
          saidIn: null,
          about: ["build-bridge"],
        },
      ],
    },
  ],
  article: {
    text,
    paragraphs: [
      { start: 0, end: text.indexOf("\n\n") },
      { start: text.indexOf("\n\n") + 2, end: text.length },
    ],
  },
};

export const exampleDigestList: DigestList = {
  digests: [
    {
      slug: exampleDigest.slug,
      title: exampleDigest.title,
      url: "https://standpoint.example/digests/example-bridge-vote",
      review: "editor",
      added: exampleDigest.added,
      published: exampleDigest.source.published,
      outlet: exampleDigest.source.outlet,
      centralQuestion: "Should the city build the bridge?",
      position: {
        summary: "The city will build the bridge.",
        stances: [{ question: "build-bridge", questionText: "Should the city build the bridge?", side: "yes", sideLabel: "Yes: build it" }],
      },
    },
  ],
  actor: exampleDigest.actors[0]!,
  pagination: { page: 1, perPage: 20, pages: 1, total: 1 },
};
