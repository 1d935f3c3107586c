// Inputs that once made the extractor quadratic or worse (issue 14), built to any size so
// that the benchmark can time them and the tests can count the extractor's work on them.
// Pure string builders: no file system, so both Node (bench) and workerd (tests) use them.

export interface Shape {
  name: string;
  text: string;
}

/** `unit` repeated to at most `bytes` bytes of UTF-8. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / new TextEncoder().encode(unit).length)));
}

/** A stock of distinct, plausible names, so that a cast can grow without repeats. */
function nameNo(i: number): string {
  const given = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon"];
  const family = ["Lee", "Roe", "Poe", "Kim", "Orr", "Day", "Fox", "Gray", "Hale", "Moss"];
  let n = i;
  const letters: string[] = [];
  do {
    letters.push(String.fromCharCode(97 + (n % 26)));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `${given[i % 10]} ${family[Math.floor(i / 10) % 10]}${letters.join("")}`;
}

/**
 * The worst shapes we know, each about `bytes` long. `prose` is an ordinary article; its
 * paragraphs are run together or repeated for the prose shapes.
 */
export function worstShapes(bytes: number, prose: string): Shape[] {
  const oneParagraph = `${prose.replace(/\s*[\r\n]+\s*/g, " ").trim()} `;
  const titleCased = oneParagraph.replace(/\p{Ll}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
  const unpunctuated = `${prose
    .replace(/[^\p{L}\p{N}\s]+/gu, "")
    .replace(/\s+/g, " ")
    .trim()} `;
  const numbered = (unit: (i: number) => string) => {
    const parts: string[] = [];
    for (let i = 0, len = 0; len < bytes; i++) {
      const s = unit(i);
      parts.push(s);
      len += s.length;
    }
    return parts.join("");
  };
  return [
    { name: "ok-one-paragraph", text: fill(`"Ok." `, bytes) },
    { name: "prose-one-paragraph", text: fill(oneParagraph, bytes) },
    { name: "prose-paragraphs", text: fill(`${prose.trimEnd()}\n`, bytes) },
    { name: "unbalanced-marks", text: fill(`“Ok, "we `, bytes) },
    { name: "unclosed-curly", text: fill(`“Never said. `, bytes) },
    { name: "runs-of-dots", text: `${fill(`He said...... `, bytes / 2) + fill(".", bytes / 2)} End.` },
    { name: "dots-and-marks", text: fill(`"...?!"…. `, bytes) },
    { name: "thousands-of-paragraphs", text: fill(`"Ok," he said.\n`, bytes) },
    { name: "reopened-paragraphs", text: fill(`"Ok\n`, bytes) },
    // Lines a page sets between paragraphs, which the analysis drops (issue 15): once kept in a
    // list searched for every line, quadratic in the number of lines.
    { name: "page-lines", text: `${fill("Story continues below advertisement\n", bytes)}He said "no way."` },
    { name: "paragraphs-one-stop", text: `${fill(`ok then\n`, bytes)}He said 'fine by me'. End.` },
    { name: "nested-marks", text: fill(`'a "b 'c' d" e' “f 'g' "h" i” `, bytes) },
    { name: "single-marks", text: fill(` 'x it's 'y`, bytes) },
    { name: "apostrophes", text: fill(`the officials' 'view' Putin’s 'talks’ `, bytes) },
    { name: "tag-soup", text: fill(`<a href="x"> "Ok," <b `, bytes) },
    { name: "repeated-names", text: fill(`President John Smith said "we agree." Smith, the leader, added: "Fine." He said it. `, bytes) },
    { name: "distinct-names", text: numbered((i) => `${nameNo(i)} said "we agree." `) },
    { name: "many-presidents", text: numbered((i) => `President ${nameNo(i)} said. The president said "no way." `) },
    { name: "many-organisations", text: numbered((i) => `${nameNo(i).split(" ")[1]} Inc. said. They said "no way." It agreed. `) },
    // `Mr.`: `it` may stand for a speaker with no sign of being a person (issue 15), never for a titled one.
    { name: "pronouns-without-antecedent", text: fill("Mr. Al said. ", 1800) + fill("It said. ", bytes - 1800) },
    { name: "speech-verb-chains", text: fill(`they said and said and `, bytes) },
    { name: "speaker-nouns", text: `${fill(`officials `, bytes)}said "no way."` },
    { name: "capitalised-run", text: `${fill(`Ab `, bytes)}said "no way."` },
    { name: "every-word-capitalised", text: fill(titleCased, bytes) },
    { name: "no-punctuation", text: fill(unpunctuated, bytes) },
    { name: "quote-marks-only", text: fill(`"“”„«»''`, bytes) },
    { name: "descriptions", text: fill(`A spokesman for the Council said "no way." The spokesman said "yes, fine." `, bytes) },
    // One quotation of a run of stops: telling a title from speech stripped the run with an
    // expression tried from every mark of it, 1.4 s at 20 KiB and quadratic (classify.ts).
    // Opening paragraphs of quotations credited to a description, then long named quotations:
    // each opening one was tried against every body quotation, its words split again for each
    // pair and uncharged (heading-speakers.ts lendEchoedSpeakers, round 22).
    { name: "described-openings-long-quotes", text: describedOpeningsLongQuotes(numbered) },
    // Opening paragraphs of quotations no one is named saying, then short named quotations,
    // half the size each: each opening one was tried against every body quotation, the work
    // growing with their product (heading-speakers.ts lendEchoedSpeakers, round 23).
    { name: "speakerless-openings-named-quotes", text: speakerlessOpeningsNamedQuotes(bytes) },
    // The same with the openings' words out of order, every one of them in every body quotation:
    // the rarest word's quotations were the whole body, and each opening, read against all of
    // them, made the search grow with their product again (echo-index.ts, round 23).
    { name: "shuffled-openings-named-quotes", text: speakerlessOpeningsNamedQuotes(bytes, "Spring again sail will ferries harbour the") },
    { name: "punctuation-in-a-quote", text: `He said "${"!".repeat(Math.max(1, bytes - 20))}x" today.` },
  ];
}

/** Four opening paragraphs of `“…,” the mayor said.`, then named quotations of about 1,000 characters to fill the size. */
function describedOpeningsLongQuotes(numbered: (unit: (i: number) => string) => string): string {
  const opening = (p: number) =>
    Array.from({ length: 25 }, (_, i) => `“We will keep the ferries running all winter, number ${p}${i},” the mayor said.`).join(" ");
  const long = "the harbour board will review the dredging plan and report back to council before the ferries resume ".repeat(10);
  return `${[0, 1, 2, 3].map(opening).join("\n")}\n${numbered((i) => `“${long}${i},” Councillor Tom Baker said.\n`)}`;
}

/**
 * Four opening paragraphs of `“…,” the council heard.` to half the size, then short named
 * quotations to the rest. `words`: the openings' words, the same for each, else numbered ones
 * the body never quotes in full.
 */
function speakerlessOpeningsNamedQuotes(bytes: number, words?: string): string {
  const unit = (i: number) => `“${words ?? `We will keep the harbour ferries running all winter ${i}`},” the council heard. `;
  const each = Math.max(1, Math.floor(bytes / 2 / 4 / unit(0).length));
  const opening = (p: number) => Array.from({ length: each }, (_, i) => unit(p * each + i)).join("");
  const body: string[] = [];
  for (let i = 0, len = 0; len < bytes / 2; i++) {
    body.push(`“The harbour ferries will sail again in spring ${i},” Councillor Tom Baker said.\n`);
    len += body.at(-1)!.length;
  }
  return `${[0, 1, 2, 3].map(opening).join("\n")}\n${body.join("")}`;
}
