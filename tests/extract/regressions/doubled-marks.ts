// Regression cases of the kind “doubled marks” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const DOUBLED_MARKS: RegressionCase[] = [
  // Boundaries.
  {
    kind: "doubled marks",
    text: "‘‘We will not raise taxes,’’ Jane Roe said on Monday.",
    quotes: [{ text: "We will not raise taxes,", speaker: "Jane Roe" }],
  },
  {
    kind: "doubled marks",
    text: "Tom Baker said: ''The budget is balanced. The deficit is gone.'' Then he left.",
    quotes: [{ text: "The budget is balanced. The deficit is gone.", speaker: "Tom Baker" }],
  },
  {
    kind: "doubled marks",
    text: "Jane Roe spoke first. ‘‘It is a good day,’’ she said. ‘‘And a long one.’’",
    quotes: [
      { text: "It is a good day,", speaker: "Jane Roe" },
      { text: "And a long one.", speaker: "Jane Roe" },
    ],
  },
  // Boundaries: doubled marks opening the next sentence, run-ons past a conjunction, British paragraphs.
  {
    kind: "doubled marks",
    // The doubled mark that opens the next sentence ends this one: `rocked` runs on only to its stop.
    text: "The Herald said the mayor felt ''badly rocked'' by the vote. ''Shame!'' the Gazette's front page said.",
    quotes: [
      { text: "badly rocked", speaker: "Herald", endsWith: "by the vote" },
      { text: "Shame!", speaker: "Gazette's front page" },
    ],
  },
  {
    kind: "doubled marks",
    // A one-word answer a verb of saying introduces with a comma is speech, not a title.
    text: "Asked whether he would resign over the audit, Mike Savage, the Halifax mayor, said, ''No.'' He then left the room.",
    quotes: [{ text: "No.", speaker: "Mike Savage" }],
  },
  {
    kind: "doubled marks",
    text: "Would the Liberals back the motion? Chrystia Freeland, the finance minister, replied: ’’Never.’’",
    quotes: [{ text: "Never.", speaker: "Chrystia Freeland" }],
  },
  {
    kind: "doubled marks",
    // A paper that opens as well as closes with ’’ reopens each paragraph of a long quotation with it.
    text: "’’We have waited four years for this bridge.\n’’The province promised it in 2019 and again in 2022,’’ said Paul Roy, the Moncton councillor.",
    quotes: [
      { text: "We have waited four years for this bridge.", speaker: "Paul Roy" },
      { text: "The province promised it in 2019 and again in 2022,", speaker: "Paul Roy" },
    ],
  },
  {
    kind: "doubled marks",
    // Typed '' and curled by a word processor into a mixed pair: ‘’ opens, ’’ closes.
    text: "‘’We will fight this in court,’’ Jane Roe said on Monday. ‘’The ruling is wrong.’’",
    quotes: [
      { text: "We will fight this in court,", speaker: "Jane Roe" },
      { text: "The ruling is wrong.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "doubled marks",
    text: "Tom Baker, the Saskatoon councillor, said: ’‘The budget is balanced and the deficit is gone.’’ Then he left the chamber.",
    quotes: [{ text: "The budget is balanced and the deficit is gone.", speaker: "Tom Baker" }],
  },
  // A paragraph opened by a straight mark that nothing closes frames an excerpt of another article
  // when the curly quotations inside it end sentences: those are the words quoted, not the frame.
  {
    kind: "doubled marks",
    text: 'The Harbour Gazette told the story this way:\n\n"Tom Baker tried to laugh it off by interjecting, “Only my cousin.” But Ann Lee was relentless.\n\nRead the rest of the story at the Harbour Gazette.',
    quotes: [{ text: "Only my cousin.", speaker: "Tom Baker" }],
  },
  {
    kind: "doubled marks",
    text: 'Asked on Wednesday about the count, the candidate hedged.\n\n"“You do not win this race by how many towns you carry,” Tom Baker replied before adding that he will need the big counties."\n\nThen the panel moved on.',
    quotes: [{ text: "You do not win this race by how many towns you carry,", speaker: "Tom Baker" }],
  },
  // Guard: a quoted statement run over paragraphs keeps its straight mark when the curly marks inside
  // it are a title or scare quotes that end no sentence.
  {
    kind: "doubled marks",
    text: 'Mayor Rita Vale said in a statement:\n\n"City hall is no longer about “Fair Play For All” at all. It is about the council.\n\n"We will change that in the spring."',
    quotes: [
      { text: "City hall is no longer about “Fair Play For All” at all. It is about the council.", speaker: "Rita Vale" },
      { text: "We will change that in the spring.", speaker: "Rita Vale" },
    ],
  },
  // Guard: a transcript's turn in straight marks stays its speaker's words, a title inside it or not.
  {
    kind: "doubled marks",
    text: 'Part of the transcript follows:\n\n"BAKER: Well, look, my opponent believes this is a round of “Quiz Night.” But this is a serious race.\n\nThe host moved on.',
    quotes: [
      { text: "BAKER: Well, look, my opponent believes this is a round of “Quiz Night.” But this is a serious race.", speaker: null },
    ],
  },
  // `\u201d The budget \u2026,\u201d Calder said.`: a closing mark typed where a paragraph's quotation opens,
  // a space and a capital after it, opens that quotation; a later mark of the paragraph closes it.
  {
    kind: "doubled marks",
    text: "Councillor Ruth Calder spoke after the vote.\n\n\u201d The budget is a disgrace. We were promised a new library,\u201d Calder said.",
    quotes: [{ text: "The budget is a disgrace. We were promised a new library,", speaker: "Ruth Calder" }],
  },
  // Mismatched marks: a single mark opens what a double one closes (`… she said. 'We …."`,
  // `'We …," said Roe`), as hurried copy prints them. The single mark opens a sentence or clause
  // and nothing closes it before the double mark: the quotation runs from it.
  {
    kind: "doubled marks",
    text: 'Lakeview council voted 7-2 to close the branch library.\n\n"It was a hard choice," Mayor Dana Whitcombe said. \'We will look again at the budget next spring."\n\n\'The library is the heart of this town," said Councillor Tom Okafor, who voted against.',
    quotes: [
      { text: "It was a hard choice,", speaker: "Dana Whitcombe" },
      { text: "We will look again at the budget next spring.", speaker: "Dana Whitcombe" },
      { text: "The library is the heart of this town,", speaker: "Tom Okafor" },
    ],
  },
  // `… said Jane Roe.” We should be safe at home.”`, `… Tom Baker said.”If the council …”`: a mark
  // after a sentence's stop and before a capital, with nothing open, opens the next quoted
  // sentence typed the wrong way round or glued to the stop; a mark closing a quotation never
  // comes before a new sentence's first word.
  {
    kind: "doubled marks",
    text: "Residents met at the band office on Monday.\n\n\u201cNobody tells us who is released,\u201d said Jane Roe.\u201d We should be safe in our own homes.\u201d\n\n\u201cThe plan is not enough,\u201d said Coun. Tom Baker. \u201d If the council wants to help, it can fund the patrol.\u201d",
    quotes: [
      { text: "Nobody tells us who is released,", speaker: "Jane Roe" },
      { text: "We should be safe in our own homes.", speaker: "Jane Roe" },
      { text: "The plan is not enough,", speaker: "Tom Baker" },
      { text: "If the council wants to help, it can fund the patrol.", speaker: "Tom Baker" },
    ],
  },
];
