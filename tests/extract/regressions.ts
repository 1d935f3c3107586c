// A regression corpus for the error kinds of issue 15: short texts written for each kind of
// mistake the extractor made on news it was not tuned on, with the quotes a reader finds in
// them and who said each. Every text is ours; none is taken from a withheld set.

export type ErrorKind =
  | "scare quotes and lists"
  | "furniture"
  | "doubled marks"
  | "boundaries"
  | "pronoun to non-person"
  | "affiliation"
  | "speaker named after the quote"
  | "organisation continuation"
  | "introduced by a colon"
  | "speech verb in another tense"
  | "person named since the last speaker"
  | "speaker introduced before the quote"
  | "surname shared by two people"
  | "partial quote in a reported clause"
  | "description of a named person"
  | "document for its issuer"
  | "subject of the clause"
  | "pronoun resolved wrongly"
  | "title inside the attribution"
  | "unnamed person";

export interface Expected {
  /** The words between the marks, as the extractor's `text` gives them. */
  text: string;
  /**
   * The resolved speaker's name, or null when the text names nobody. A description by common
   * nouns alone (`the union`, `the minister's office`, `another`) is no name: null, unless the
   * text names the body or person it stands for.
   */
  speaker: string | null;
  /** Where the attributed content ends, as the words it ends with (boundary cases only). */
  endsWith?: string;
}

export interface RegressionCase {
  kind: ErrorKind;
  text: string;
  quotes: Expected[];
}

export const REGRESSIONS: RegressionCase[] = [
  // Precision: marks that are not speech.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, the party leader, said voters were tired of words like “reform”, “growth” and “renewal”. She spoke in Leeds.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The brochure promised “luxury”, “comfort”, “space” or “calm”, said Tom Baker, who runs the hotel.",
    quotes: [],
  },
  // What is chanted or shouted is the words themselves, however short or capitalised: never a title.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker led the marchers down the hill to the harbour, chanting “Save Our Pier,” as the rain began.",
    quotes: [{ text: "Save Our Pier,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe led the crowd in chants of “Four more years” outside the hall.",
    quotes: [{ text: "Four more years", speaker: "Jane Roe" }],
  },
  // The words on a sign or in a message are its writing, not a title, and all it says.
  {
    kind: "scare quotes and lists",
    text: "Outside the court, a man waved a sign that read “Free The River” as the judge arrived.",
    quotes: [{ text: "Free The River", speaker: null, endsWith: "Free The River" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The council sent out a message on Facebook reading “Pool Closed Today” on Sunday morning.",
    quotes: [{ text: "Pool Closed Today", speaker: null, endsWith: "Pool Closed Today" }],
  },
  // A count opens a description as a determiner does: the farmers chanted, not the last person named.
  {
    kind: "subject of the clause",
    text: "Jane Roe had promised a fight. Outside the hall, about 300 farmers gathered in the rain, holding signs and chanting “No deal,” as the vote began.",
    quotes: [{ text: "No deal,", speaker: null }],
  },
  {
    kind: "scare quotes and lists",
    text: "Critics call the scheme a “shake-up” of the board. “It will fail,” said Tom Baker.",
    quotes: [{ text: "It will fail,", speaker: "Tom Baker" }],
  },
  // Lists in Canadian Press style, the stop inside the last item's marks.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, spoke in Ottawa. He said the talks kept coming back to words such as “sovereignty” and “respect.”",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, spoke in Ottawa. He called the plan “reckless,” “costly” and “unfair.”",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker spoke in Ottawa. Protesters carried signs reading “Land back,” “No pipelines” and “Water is life.” Baker did not meet them.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, told reporters the deal rests on “trust,” “respect” and “partnership.” He left for Ottawa on Tuesday.",
    quotes: [],
  },
  // A headline quotes after a colon or a verb of saying; a quotation worked into its words is a name or a borrowed phrase.
  {
    kind: "scare quotes and lists",
    text: "After ‘Freedom Convoy,’ Ottawa Residents Want Answers\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Liberals Unveil ‘Made in Canada’ Plan Ahead of Budget\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "In ‘historic vote,’ Nunavut elects new premier\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    // Guards the headline rule: after a speaker's colon the quotation is the speaker's.
    kind: "scare quotes and lists",
    text: "Premier Jane Roe: ‘We will not back down’\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [
      { text: "We will not back down", speaker: "Jane Roe" },
      { text: "We are ready,", speaker: "Tom Baker" },
    ],
  },
  // A word or three after an article or possessive is a borrowed noun phrase, unless attributed.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the mayor, said the delay came from a “paperwork glitch,” a problem his staff fixed within a week.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The plan is a “raw deal,” said Tom Baker, the mayor.",
    quotes: [{ text: "raw deal,", speaker: "Tom Baker" }],
  },
  // A term set off by a comma and an appositive that says what it means (`“secret,” the second
  // level of…`) is named, not said, when no verb of saying follows in the sentence.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, said most of the files were marked “protected,” the lowest level of security in the federal system.",
    quotes: [],
  },
  {
    // Guards the rule: a verb of saying after a long description still attributes the quotation.
    kind: "scare quotes and lists",
    text: "Tom Baker spoke to reporters on Monday. He said it was “not at all,” the minister, who had met union leaders all morning, told them.",
    quotes: [{ text: "not at all,", speaker: "Tom Baker" }],
  },
  // Letters to the editor cite the article they answer by its headline: in brackets with the
  // outlet, section or date, or after `Re:`. A speaker credited in brackets stays speech.
  {
    kind: "scare quotes and lists",
    text: "I agree with Jane Roe (“Ottawa’s carbon plan falls short,” Opinion, Feb. 3). The tax is far too low, writes Tom Baker.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Re: “Province cuts funding to rural clinics” (Feb. 3).\n\nAs a nurse in Brandon, I see the damage every day, writes Tom Baker.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The hall fell quiet. (“I don’t want a fight,” Tom Baker, the organizer, said.)",
    quotes: [{ text: "I don’t want a fight,", speaker: "Tom Baker" }],
  },
  // Nouns that name what follows (`title`, `hashtag`, `motto`), unless a colon introduces a quotation.
  {
    kind: "scare quotes and lists",
    text: "The report’s title, “A Crisis in Care,” says it all, Tom Baker told reporters on Monday.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said Monday that the school’s motto, “Learning never ends,” would stay on the new building.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker spoke to supporters in Regina on Monday. He gave them a new motto: “We will not be moved.”",
    quotes: [{ text: "We will not be moved.", speaker: "Tom Baker" }],
  },
  // A work's title set off by commas after the work (`column, “…,” is`), its sentence going on.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe's column, “Why the north still matters,” is worth reading, Tom Baker writes.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker's new documentary, “Where the rivers meet,” opens the festival in Saskatoon on Friday.",
    quotes: [],
  },
  // Naming phrases: what someone or something is called is a name, not anyone's words.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, a farmer known as “the Potato King,” said the frost came early this year.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, a self-described “policy nerd,” said she reads every bill before a vote.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The trail, referred to as “the Loop,” will close in May, Tom Baker told reporters.",
    quotes: [],
  },
  // A headline or book credited to its author with a comma and `by` is a title.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the councillor, quoted from “Why our city needs a new arena,” by Jane Roe, at Monday’s meeting.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "MUST READ — “Ottawa’s housing plan falls short of its promise,” by the Star’s Jane Roe: “The plan builds fewer homes than it claims.”",
    quotes: [{ text: "The plan builds fewer homes than it claims.", speaker: "Jane Roe" }],
  },
  {
    // Guards the credit rule: `by` and no name is no credit.
    kind: "scare quotes and lists",
    text: "“We will not back down,” by his own account, Tom Baker told the crowd.",
    quotes: [{ text: "We will not back down,", speaker: "Tom Baker" }],
  },
  {
    // A video teaser whose colon the page lost: `Click to play video 'Title'` is still a label.
    kind: "furniture",
    text: "Premier Ann Lee toured the flooded town on Saturday.\n\n“We will rebuild,” Lee said.\n\nClick to play video 'Premier visits flooded town' Premier visits flooded town\nSat, May 18 - Residents began the cleanup on Sunday.",
    quotes: [{ text: "We will rebuild,", speaker: "Ann Lee" }],
  },
  {
    // A widget's line (`Share your thoughts:`) is no paragraph and names nobody: the bare
    // quotation after it goes on from the speaker before.
    kind: "furniture",
    text: "“Nobody answers our calls,” said Lena Park, a mother of two from Guelph.\n\nShare your thoughts:\n\n“The ministry has shut its doors.”\n\nThe minister did not respond.",
    quotes: [
      { text: "Nobody answers our calls,", speaker: "Lena Park" },
      { text: "The ministry has shut its doors.", speaker: "Lena Park" },
    ],
  },
  {
    // A line the page sets between paragraphs is no paragraph: the bare quotation after it
    // goes on from the paragraph before.
    kind: "furniture",
    text: "“I have nothing to hide,” Mayor Ann Lee told reporters on Monday.\n\nLee said she had seen the memo but did not read it before the vote.\n\nArticle Continued Below\n\n“It was already public by then.”\n\nCouncil meets again next week.",
    quotes: [
      { text: "I have nothing to hide,", speaker: "Ann Lee" },
      { text: "It was already public by then.", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "furniture",
    text: "Jane Roe opened the meeting.\nREAD MORE: ‘We will not back down,’ says mayor\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe opened the meeting.\nWATCH: “This is our moment”\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Tom Baker spoke for an hour.\n“A city that works for everyone”\nHe promised new buses. “We will run them every ten minutes,” Tom Baker said.",
    quotes: [{ text: "We will run them every ten minutes,", speaker: "Tom Baker" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe waves after shouting “we did it” at the rally in Leeds. (AP Photo/Sam Doe)\n“We did it,” Jane Roe told supporters.",
    quotes: [{ text: "We did it,", speaker: "Jane Roe" }],
  },
  // Teaser labels that go on to name the outlet or topic, and other teaser labels.
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nAlso on HuffPost: ‘We are not afraid,’ says Ottawa mayor as convoy rolls in\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nMore from CBC Manitoba: ‘It was a mistake,’ premier admits\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nIn case you missed it: ‘It was a mistake,’ premier admits\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  // Bylines and credit lines name the article's authors, never its speakers.
  {
    kind: "furniture",
    text: "By Jane Roe, The Canadian Press\n\nOTTAWA — The premier's office said Tuesday the talks were “productive but difficult.”",
    quotes: [{ text: "productive but difficult.", speaker: null }],
  },
  {
    kind: "furniture",
    text: "By Jane Roe and Tom Baker\n\nOTTAWA — The finance minister's office said Tuesday the deal was “very close.”",
    quotes: [{ text: "very close.", speaker: null }],
  },
  {
    // A byline block without `By`: the lines of capitalised words above a time stamp.
    kind: "furniture",
    text: "Jane Roe\nCTVNews.ca Writer\n@janeroe\nPublished Tuesday, March 3, 2020 7:02PM EST\n\nOTTAWA — “We are close to a deal,” the minister's office said in a statement.",
    quotes: [{ text: "We are close to a deal,", speaker: null }],
  },
  {
    // The author's sign-off is no part of a quotation run over paragraphs that takes it in.
    kind: "furniture",
    text: "Jane Roe spoke at the rally in Regina on Saturday.\n\n“We will build the hospital,” Roe said.\n\n“We will hire the nurses.\n\n“Follow Tom Baker on Twitter @tombaker.”",
    quotes: [
      { text: "We will build the hospital,", speaker: "Jane Roe" },
      { text: "We will hire the nurses.", speaker: "Jane Roe" },
    ],
  },
  // Caption credits glued to the caption's last stop, or naming an outlet with lower-case words.
  {
    kind: "furniture",
    text: "Premier Jane Roe says the plan will “put farmers first” at a farm near Guelph, Ont., on Jan. 5.Tom Baker/The Canadian Press\n\nRoe said Monday the plan would help farmers. “It is a good day,” she said.",
    quotes: [{ text: "It is a good day,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe says the plan will “put farmers first” at a farm near Guelph, Ont., on Jan. 5. Tom Baker/the Globe and Mail\n\nRoe said Monday the plan would help farmers. “It is a good day,” she said.",
    quotes: [{ text: "It is a good day,", speaker: "Jane Roe" }],
  },
  // Teasers: a label on the line above the headline it links to, or one of other words.
  {
    kind: "furniture",
    text: "Jane Roe spoke in Halifax.\nREAD MORE:\n‘We are not going anywhere,’ Premier Roe tells striking nurses\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe spoke in Halifax.\nTRENDING NOW: “Help us,” says a mother of three\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    // The line the page sets between paragraphs names nobody: `continues` there is no speech.
    kind: "furniture",
    text: "“We have waited long enough for this bridge,” said Mayor Jane Roe.\nStory continues below advertisement\n“The province has to pay its share,” she said.",
    quotes: [
      { text: "We have waited long enough for this bridge,", speaker: "Jane Roe" },
      { text: "The province has to pay its share,", speaker: "Jane Roe" },
    ],
  },
  // A pull quote repeats, set apart, a sentence the article quotes with its speaker.
  {
    kind: "furniture",
    text: "Jane Roe, the chief, spoke on Monday. “We are not going to stand by while our rivers are poisoned. We will go to court,” she said.\n“We are not going to stand by while our rivers are poisoned.”\nThe company did not respond to a request for comment.",
    quotes: [{ text: "We are not going to stand by while our rivers are poisoned. We will go to court,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "“Nobody in this town wants a casino.”\nTom Baker, a resident, spoke at the meeting. “Nobody in this town wants a casino. We said so twice,” he said.",
    quotes: [{ text: "Nobody in this town wants a casino. We said so twice,", speaker: "Tom Baker" }],
  },
  {
    // Guards the pull-quote rule: a paragraph of new words that carries a quotation on is speech.
    kind: "furniture",
    text: "Jane Roe, the chief, spoke on Monday. “We will go to court over the pipeline,” she said.\n“And we will win there, because the law is on our side.”\nThe company declined to comment.",
    quotes: [
      { text: "We will go to court over the pipeline,", speaker: "Jane Roe" },
      { text: "And we will win there, because the law is on our side.", speaker: "Jane Roe" },
    ],
  },
  // Captions end with a photographer's credit: agency and name, or name and outlet, by a slash.
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nPremier Jane Roe tells reporters “we are not going anywhere” at Tallwood Hall in Riverton on Monday, March 4, 2024. THE CANADIAN PRESS/Dara Quill\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Tallwood Hall on Monday. (Brenvo Lustrik/MBC)\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Tallwood Hall on Monday. Brenvo Lustrik / Riverton News\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Queen’s Park. Photo by Chris Young /Postmedia\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke.\nPremier Jane Roe says “the money is there” at Tallwood Hall on Monday. DARA QUILL / RIVERTON STAR\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke.\nPremier Jane Roe says “the money is there” at Tallwood Hall on Monday. DARA QUILL/THE OAKVALE LEDGER\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
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
  {
    kind: "boundaries",
    // The content runs on past the mark only to the clause break, not to the sentence's end.
    text: "Jane Roe called the vote “a disgrace to the city” in her speech, and Tom Baker agreed with her.",
    quotes: [{ text: "a disgrace to the city", speaker: "Jane Roe", endsWith: "in her speech" }],
  },
  {
    kind: "boundaries",
    text: "Jane Roe said the council “failed the families” of Leeds, and she asked for a new vote.",
    quotes: [{ text: "failed the families", speaker: "Jane Roe", endsWith: "of Leeds" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker, the mayor, said the vote was “a mistake.\nJane Roe, his deputy, disagreed with him in public.\n“It was the right call,” Jane Roe said.",
    // The unclosed quotation ends with its paragraph: the next paragraph's attribution is no quote.
    quotes: [
      { text: "a mistake.", speaker: "Tom Baker" },
      { text: "It was the right call,", speaker: "Jane Roe" },
    ],
  },
  // Speakers.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, the mayor, spoke first. “We will win,” he said.\nSouthern voters were not convinced. “It is over,” he said.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "It is over,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe, the minister, arrived late. “We are ready,” she said.\nPolitics: Leeds was quiet. “Nothing will change,” she said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Roe" },
      { text: "Nothing will change,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "affiliation",
    text: "“The numbers are worse than expected,” Maria Lopez of the Fraser Institute said.",
    quotes: [{ text: "The numbers are worse than expected,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "“The numbers are worse than expected,” Fraser Institute director Maria Lopez says.",
    quotes: [{ text: "The numbers are worse than expected,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "“Sleep matters more than diet,” said lead author Dr. Maria Lopez.",
    quotes: [{ text: "Sleep matters more than diet,", speaker: "Maria Lopez" }],
  },
  {
    // `Nobody answered.` after a quotation is no speaker answering it.
    kind: "speaker named after the quote",
    text: "MPP Tom Hale stood as the premier left the chamber.\n\n“Is this your plan?” Nobody answered him.",
    quotes: [{ text: "Is this your plan?", speaker: "Tom Hale" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke first. “We will win,” he said.\n“The numbers are worse than expected,” said Maria Lopez, an economist.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "The numbers are worse than expected,", speaker: "Maria Lopez" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke first. “We will win,” he said.\n“Nobody believes that,” Maria Lopez, an economist, replied.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "Nobody believes that,", speaker: "Maria Lopez" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "The ministry defended the plan on Monday. “It is lawful,” it said. “And it is needed.”",
    quotes: [
      { text: "It is lawful,", speaker: null },
      { text: "And it is needed.", speaker: null },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Acme Corp. rejected the claim. “We followed every rule,” it said in a statement. “We will say no more.”",
    quotes: [
      { text: "We followed every rule,", speaker: "Acme Corp." },
      { text: "We will say no more.", speaker: "Acme Corp." },
    ],
  },
  // Affiliations and roles before the name, British and Canadian styles.
  {
    kind: "affiliation",
    text: "The charity criticised the cuts. Its chief executive, Tom Brown, said: 'Families will suffer.'",
    quotes: [{ text: "Families will suffer.", speaker: "Tom Brown" }],
  },
  {
    kind: "affiliation",
    text: "'It's time,' says Anthony Walsh. Opposition leader Peter Dutton disagreed: 'It's a con.'",
    quotes: [
      { text: "It's time,", speaker: "Anthony Walsh" },
      { text: "It's a con.", speaker: "Peter Dutton" },
    ],
  },
  {
    kind: "affiliation",
    text: "“The paper will not run his column again,” Daily Gazette opinion editor Sam Hill told reporters.",
    quotes: [{ text: "The paper will not run his column again,", speaker: "Sam Hill" }],
  },
  {
    kind: "affiliation",
    text: "The study's lead author, Dr Anna Clarke of Monash University, said: 'The results were striking.'",
    quotes: [{ text: "The results were striking.", speaker: "Anna Clarke" }],
  },
  {
    kind: "affiliation",
    // A surname ending in s alone is the person named in full before, not a group.
    text: "Millbrook Nurses Guild president Dr. Ann Rivens says the wards are short-staffed. “We cannot keep this pace up,” Rivens says.",
    quotes: [{ text: "We cannot keep this pace up,", speaker: "Ann Rivens" }],
  },
  {
    kind: "affiliation",
    text: "The RCMP say they are investigating. “We are asking anyone with information to come forward,” Cpl. Tom Baker said in an email.",
    quotes: [{ text: "We are asking anyone with information to come forward,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Melbourne was cold and wet on Sunday. 'It's been a tough year,' she said.",
    quotes: [{ text: "It's been a tough year,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    // `the council` is an organisation: it never stands for the last person who spoke.
    text: "Jane Roe told the Gazette: 'It's not fair.' The council said it would 'review the decision' in March.",
    quotes: [
      { text: "It's not fair.", speaker: "Jane Roe" },
      { text: "review the decision", speaker: null },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "“We were promised more,” said Diana Rossi, a student from Hull. “But the dream has changed,” agrees Michelle Grant, 30, of Croydon.",
    quotes: [
      { text: "We were promised more,", speaker: "Diana Rossi" },
      { text: "But the dream has changed,", speaker: "Michelle Grant" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker has fished the river for 40 years. 'I've never seen anything like it,' the 62-year-old said.",
    quotes: [{ text: "I've never seen anything like it,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "“It was a long night,” Jane Roe said. “Nobody slept,” recalled Sgt. Maria Lopez, who led the search.",
    quotes: [
      { text: "It was a long night,", speaker: "Jane Roe" },
      { text: "Nobody slept,", speaker: "Maria Lopez" },
    ],
  },
  {
    kind: "organisation continuation",
    // An agency named like a person (two capitalised words) is what `it` stands for.
    text: "Statistics Canada said in a statement that the jobless rate rose. “The decline was widespread,” it said. “Losses were largest in Quebec.”",
    quotes: [
      { text: "The decline was widespread,", speaker: "Statistics Canada" },
      { text: "Losses were largest in Quebec.", speaker: "Statistics Canada" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "In a statement, Qantas said: 'Safety is our first priority.' It added: 'All flights will resume tomorrow.'",
    quotes: [
      { text: "Safety is our first priority.", speaker: "Qantas" },
      { text: "All flights will resume tomorrow.", speaker: "Qantas" },
    ],
  },
  // Page furniture in other outlets' styles.
  // A block of links to other stories closes the page under its heading (`Ottawa Top Stories`):
  // its headlines and blurbs quote nobody in the article.
  {
    kind: "furniture",
    text: "Crews closed the bridge on Monday.\n“The deck needs new bearings,” said Jane Roe, the city engineer.\nThe work will take a month.\n“We will reopen one lane in a week,” she said.\nOttawa Top Stories\n'We were never told': Tenants say landlord hid flood damage\nTenants in a Vanier building say they learned of the damage only after moving in.",
    quotes: [
      { text: "The deck needs new bearings,", speaker: "Jane Roe" },
      { text: "We will reopen one lane in a week,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "furniture",
    text: "The shop closed on Friday.\nIts owner, Tom Baker, said rent had doubled.\n“I could not keep up,” Baker said.\nThe space is listed for lease.\nMORE Business ARTICLES\n“It felt like a second home”: Regulars mourn a corner diner\nA Halifax diner served its last breakfast after 40 years.",
    quotes: [{ text: "I could not keep up,", speaker: "Tom Baker" }],
  },
  {
    // Guards the rule: a box of related links may stand mid-article, the article going on after it.
    kind: "furniture",
    text: "The clinic opened on Monday.\nIts director, Jane Roe, greeted the first patients.\nWaiting lists had grown all winter.\nRelated Stories\nClinic staff train for opening day\n“We can see forty people a day,” Roe said.",
    quotes: [{ text: "We can see forty people a day,", speaker: "Jane Roe" }],
  },
  {
    // Guards the rule: a heading among the page's first lines is its menu; the article follows it.
    kind: "furniture",
    text: "Top Stories\nLibrary hours to grow\n“We heard you,” said Jane Roe, the chief librarian.\nBranches will open on Sundays from May.",
    quotes: [{ text: "We heard you,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Dr. Ann Lee said the numbers were encouraging.\nClick to play video: 'Lee says Canadians must stay vigilant'\n“We cannot let our guard down,” she said.",
    quotes: [{ text: "We cannot let our guard down,", speaker: "Ann Lee" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe, the mayor, opened the session.\nWatch: ‘We are not out of the woods,’ says mayor\n“The budget is balanced,” she said.",
    quotes: [{ text: "The budget is balanced,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Tom Baker waves to the crowd after saying “we did it” in Hull. (THE CANADIAN PRESS/Sam Hill)\n“This is a difficult day for the city,” Tom Baker said.",
    quotes: [{ text: "This is a difficult day for the city,", speaker: "Tom Baker" }],
  },
  {
    kind: "furniture",
    // An article that quotes speech in double marks prints its subheads in single ones.
    text: "“We have listened to riders,” Jane Roe said. “The new timetable starts in May.”\n'Relationships that last.'\nHer staff have been in the city since spring, Tom Baker said. “We know every street,” he said.",
    quotes: [
      { text: "We have listened to riders,", speaker: "Jane Roe" },
      { text: "The new timetable starts in May.", speaker: "Jane Roe" },
      { text: "We know every street,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "furniture",
    // In single-mark style the same paragraph is speech, carried on from the speaker before.
    text: "'We have listened to riders,' Jane Roe said. 'The new timetable starts in May.'\n'It will be better.'\nThe council meets on Monday.",
    quotes: [
      { text: "We have listened to riders,", speaker: "Jane Roe" },
      { text: "The new timetable starts in May.", speaker: "Jane Roe" },
      { text: "It will be better.", speaker: "Jane Roe" },
    ],
  },
  // Titles and terms whose comma sits inside the marks, the sentence running on after them.
  {
    kind: "scare quotes and lists",
    text: "“Harbour Lights,” which opens in Halifax on Friday, is her third novel. “It took six years,” Jane Roe said.",
    quotes: [{ text: "It took six years,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Most of the files were rated “confidential,” the lowest grade of secrecy, the report found.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The network revived “Night Desk,” a drama first aired in 1989, and “Open Road,” on Sundays.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    // The same shape with an attribution after the comma is speech.
    text: "Mayor Tom Baker spoke last. “Never again,” the mayor said. “Not in this city,” he added.",
    quotes: [
      { text: "Never again,", speaker: "Tom Baker" },
      { text: "Not in this city,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "The union called the offer 'insulting', 'cynical' and 'late'. 'We will strike,' said Jane Roe, its president.",
    quotes: [{ text: "We will strike,", speaker: "Jane Roe" }],
  },
  // An article that quotes speech in double marks holds a term at arm's length in single marks
  // inside a noun phrase (`a suspected 'gas leak'`); speech in single marks closes with its comma or stop.
  {
    kind: "scare quotes and lists",
    text: "Residents were told to stay indoors after a suspected 'gas leak' on Tuesday.\n“Keep away from the area,” Sgt. Tom Baker said.\n“We will update the public,” he added.",
    quotes: [
      { text: "Keep away from the area,", speaker: "Tom Baker" },
      { text: "We will update the public,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "The city said its ongoing 'water emergency' in the east end is not over.\n“The wells are not fit to use yet,” said Jane Roe, the city engineer.\n“Give us two more days,” she said.",
    quotes: [
      { text: "The wells are not fit to use yet,", speaker: "Jane Roe" },
      { text: "Give us two more days,", speaker: "Jane Roe" },
    ],
  },
  {
    // Guards the rule: a short line in single marks that closes with its comma is speech.
    kind: "scare quotes and lists",
    text: "The hearing ran late.\n'No comment,' said Tom Baker, leaving the courthouse.\n“We will appeal,” his lawyer, Jane Roe, said.\n“The ruling was wrong,” she added.",
    quotes: [
      { text: "No comment,", speaker: "Tom Baker" },
      { text: "We will appeal,", speaker: "Jane Roe" },
      { text: "The ruling was wrong,", speaker: "Jane Roe" },
    ],
  },
  // A word or three a relative clause runs on from, in a sentence that reports no speech, names a thing.
  {
    kind: "scare quotes and lists",
    text: "The bylaw bans dogs deemed “high-risk,” which the city defines by breed. “It is about safety,” said Jane Roe, the city clerk.",
    quotes: [{ text: "It is about safety,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Buildings considered “heritage-grade,” which the city protects, cannot be torn down. “We will appeal,” said Tom Baker, a developer.",
    quotes: [{ text: "We will appeal,", speaker: "Tom Baker" }],
  },
  // A name after an article, set off by a comma and an appositive that says what it is, is named, not said.
  {
    kind: "scare quotes and lists",
    text: "The premier unveiled a “fair deal for the north,” a package of road and clinic funding, in Sudbury. “We listened,” Premier Jane Roe said.",
    quotes: [{ text: "We listened,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker launched his “plan for safer streets at night,” a set of bylaws, on Monday. “It starts now,” he said.",
    quotes: [{ text: "It starts now,", speaker: "Tom Baker" }],
  },
  // Boundaries: doubled marks opening the next sentence, run-ons past a conjunction, British paragraphs.
  {
    kind: "doubled marks",
    // The doubled mark that opens the next sentence ends this one: `rocked` runs on only to its stop.
    text: "The Herald said the mayor felt ''rocked'' by the vote. ''Shame!'' the Gazette's front page said.",
    quotes: [
      { text: "rocked", speaker: "Herald", endsWith: "by the vote" },
      { text: "Shame!", speaker: "Gazette's front page" },
    ],
  },
  {
    kind: "boundaries",
    text: "Jane Roe called the attack “cowardly” and promised a full inquiry.",
    quotes: [{ text: "cowardly", speaker: "Jane Roe", endsWith: "cowardly" }],
  },
  {
    kind: "boundaries",
    // British style: each paragraph of a long quotation opens with a single mark, only the last closes.
    text: "Tom Baker said: 'I've been here 40 years, man and boy.\n'I've never seen anything like it.'\nThe water fell on Tuesday.",
    quotes: [
      { text: "I've been here 40 years, man and boy.", speaker: "Tom Baker" },
      { text: "I've never seen anything like it.", speaker: "Tom Baker" },
    ],
  },
  // Nested marks of one style, and doubled apostrophes half-curled by an editor.
  {
    kind: "boundaries",
    // A quotation in curly marks nests another in the same marks: the outer one is the speech.
    text: "Marie Tremblay, the Bloc critic, wrote, “When Ottawa says “consultation” it means a letter nobody reads. We expect better.” She spoke in Quebec City.",
    quotes: [{ text: "When Ottawa says “consultation” it means a letter nobody reads. We expect better.", speaker: "Marie Tremblay" }],
  },
  {
    kind: "boundaries",
    // The same nesting in a tweet, quoted whole; the inner words are a slogan on a sign.
    text: "Paul Martin posted on Monday: “Voters at the rally in Halifax held signs reading “Stop the cuts” all afternoon. We heard them.” The minister did not reply.",
    quotes: [
      { text: "Voters at the rally in Halifax held signs reading “Stop the cuts” all afternoon. We heard them.", speaker: "Paul Martin" },
    ],
  },
  {
    kind: "boundaries",
    // A nested term at the head of a quotation in the same marks, then an attribution after it.
    text: "“The province has “no plan” for the north, and it shows,” said Marc Côté, the NDP critic. “We will keep asking.”",
    quotes: [
      { text: "The province has “no plan” for the north, and it shows,", speaker: "Marc Côté" },
      { text: "We will keep asking.", speaker: "Marc Côté" },
    ],
  },
  {
    kind: "boundaries",
    // Straight marks nest straight marks: the inner words are a saying inside the quotation.
    text: 'Bob Smith, the Winnipeg mayor, wrote, "My father told me "never give up" and I never have." He signed it.',
    quotes: [{ text: 'My father told me "never give up" and I never have.', speaker: "Bob Smith" }],
  },
  {
    kind: "boundaries",
    // A straight mark that never closed: the next one opens after a space, so the attribution
    // between them is no quotation.
    text: '"We will appeal the ruling, Ann Lee, the union\'s lawyer, told reporters in Regina on Friday. "The judge got it wrong."',
    quotes: [{ text: "The judge got it wrong.", speaker: "Ann Lee" }],
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
    kind: "boundaries",
    // A stray paragraph break inside a quoted sentence: the next paragraph goes on in lower
    // case and closes the quotation without reopening it. A single line break after a word that
    // ends no sentence only wrapped the line: the quotation is one, the break inside it.
    text: "Ann Lee, the Saint John port chief, said the terminal was at risk. “The port needs a new crane and a dredging plan before the\nwinter season, or we lose the contract,” she said.",
    quotes: [
      { text: "The port needs a new crane and a dredging plan before the\nwinter season, or we lose the contract,", speaker: "Ann Lee" },
    ],
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
    kind: "boundaries",
    // Closed with a single mark by mistake: the quotation ends there, not at the paragraph's end.
    text: "Premier Tom Hadley told reporters in Regina: “We will not charge the ferry toll on school buses.’ The federal minister did not respond.",
    quotes: [{ text: "We will not charge the ferry toll on school buses.", speaker: "Tom Hadley" }],
  },
  {
    kind: "boundaries",
    // The closing mark left out before the attribution: the quotation ends at its comma.
    text: "“The clinic has been short of nurses since March, said Anna Singh, the chief of staff at the Yellowknife hospital.",
    quotes: [{ text: "The clinic has been short of nurses since March,", speaker: "Anna Singh" }],
  },
  {
    kind: "boundaries",
    // A single quotation nested in one that never closed does not end it.
    text: "Jane Roe, the Yukon premier, said: “My father told me ‘never sell the land.’ I never have.\nThe sale was cancelled on Friday.",
    quotes: [{ text: "My father told me ‘never sell the land.’ I never have.", speaker: "Jane Roe" }],
  },
  {
    kind: "boundaries",
    // A height in curly marks (6’4”) inside a quotation that closes later is inches, not its end.
    text: "“He’s a big body, he’s like 6’4”, and he skates well,” said Sheldon Keefe, the Maple Leafs coach.",
    quotes: [{ text: "He’s a big body, he’s like 6’4”, and he skates well,", speaker: "Sheldon Keefe" }],
  },
  {
    kind: "boundaries",
    // The medium the words were said in is no part of them: the content stops at the mark.
    text: "Doug Ford called the federal plan “a cash grab” in a post on X on Sunday, and his ministers agreed.",
    quotes: [{ text: "a cash grab", speaker: "Doug Ford", endsWith: "a cash grab" }],
  },
  {
    kind: "boundaries",
    text: "The Riverton mayor, Ken Sollo, described the deal as “years behind schedule” in an interview with Millbrook Radio on Monday.",
    quotes: [{ text: "years behind schedule", speaker: "Ken Sollo", endsWith: "years behind schedule" }],
  },
  {
    kind: "boundaries",
    // A quotation that lost its opening mark: its closing straight mark must not open one that
    // takes in the attribution and pairs with the next paragraph's mark.
    text: 'Housing starts fell 10 per cent in March," Statistics Canada said in its report on Tuesday.\n"Builders are cautious," said Ann Lee, an economist at the Bank of Nova Scotia.',
    quotes: [
      { text: "Housing starts fell 10 per cent in March,", speaker: "Statistics Canada" },
      { text: "Builders are cautious,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "boundaries",
    text: "We will win this riding,” said Jane Roe, the Liberal candidate in Kanata.\n“And we will hold it,” she added.",
    quotes: [
      { text: "We will win this riding,", speaker: "Jane Roe" },
      { text: "And we will hold it,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "boundaries",
    // A stray space before a closing straight mark: the mark still closes (it stands before a comma, not a word).
    text: '"The rink will reopen in May ," said Marc Côté, the arena manager in Sudbury. "We are nearly done."',
    quotes: [
      { text: "The rink will reopen in May ,", speaker: "Marc Côté" },
      { text: "We are nearly done.", speaker: "Marc Côté" },
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
  // A capitalised word that opens a sentence is not a speaker by its capital alone.
  {
    kind: "pronoun to non-person",
    text: "Smiling broadly throughout her speech, Jane Roe thanked the volunteers and then added, 'This win belongs to you.'",
    quotes: [{ text: "This win belongs to you.", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Here in Leeds, Baker stepped up his attack on the council, saying, “We have waited long enough.”",
    quotes: [{ text: "We have waited long enough.", speaker: "Baker" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Appearing before supporters on Monday, Jane Roe was calm. Early one evening she told them, “We will win this.”",
    quotes: [{ text: "We will win this.", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    // A place and a title, or a description, before a full name: the name is the person's.
    text: "Ontario Premier Doug Ford spoke on Tuesday. Pensioner Margaret Booth, 78, said she was worried. 'I've never known it this bad,' she said.",
    quotes: [{ text: "I've never known it this bad,", speaker: "Margaret Booth" }],
  },
  // A verb of manner ("pressed", "scoffed") attributes as "said" does, before or after its speaker.
  {
    kind: "speaker named after the quote",
    text: "The interview turned to the budget.\n“Would cuts be on the table?” Jane Roe pressed.\n“Not this year,” Tom Baker answered. “We have room.”",
    quotes: [
      { text: "Would cuts be on the table?", speaker: "Jane Roe" },
      { text: "Not this year,", speaker: "Tom Baker" },
      { text: "We have room.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "The mill closed in March.\n“Nobody asked us,” scoffed Margaret Booth, who worked there for 30 years.",
    quotes: [{ text: "Nobody asked us,", speaker: "Margaret Booth" }],
  },
  // A paragraph that ends with a colon introduces the quotation that opens the next, with or without a speech verb.
  {
    // `X is shown saying`: the passive of seeing someone speak stands between subject and verb.
    kind: "introduced by a colon",
    text: "In a clip posted online Tuesday, developer Ray Dunn is shown saying: “The city will never stop this project.” The clip has since been removed.",
    quotes: [{ text: "The city will never stop this project.", speaker: "Ray Dunn" }],
  },
  {
    kind: "introduced by a colon",
    text: "The vote came late on Monday.\nJane Roe released the following statement:\n“We are grateful to every volunteer.”\nThe count resumes today.",
    quotes: [{ text: "We are grateful to every volunteer.", speaker: "Jane Roe" }],
  },
  {
    kind: "introduced by a colon",
    text: "Farmers met in Leeds.\nTom Baker, who keeps sheep near Otley, echoed:\n“The rules change every year and nobody asks us.”",
    quotes: [{ text: "The rules change every year and nobody asks us.", speaker: "Tom Baker" }],
  },
  // An office speaks for its holder (`Jane Roe’s office said`); a past perfect `had written` attributes as `wrote`.
  {
    kind: "affiliation",
    text: "The memo surfaced on Friday.\n“She did not see it at the time,” Jane Roe’s office said in a statement.",
    quotes: [{ text: "She did not see it at the time,", speaker: "Jane Roe’s office" }],
  },
  // A judge's ruling, quoted from the bench or the decision, is her words: `ruled`, `determined`.
  {
    kind: "speech verb in another tense",
    text: "In a Toronto courtroom, Mia testified she froze during the attack. Sometimes she screamed, but other times she stayed silent, she said.\n“Surely it is one or the other,” Superior Court Justice Ana Ruiz determined in her 2019 verdict. “Her account cannot stand.”\nThe case was weak from the start, defence lawyer Tom Baker said.\n“The accused must go free,” Justice Ruiz ruled.",
    quotes: [
      { text: "Surely it is one or the other,", speaker: "Ana Ruiz" },
      { text: "Her account cannot stand.", speaker: "Ana Ruiz" },
      { text: "The accused must go free,", speaker: "Ana Ruiz" },
    ],
  },
  // Reporting verbs of confessing and of the voice's sound attribute the quotation to the name before them.
  {
    kind: "speech verb in another tense",
    text: "The hearing resumed on Monday. Tom Baker, the fire chief, spoke first about the blaze.\n“I ran back in for the dog,” Jane Roe confessed. “It was a foolish thing to do.”",
    quotes: [
      { text: "I ran back in for the dog,", speaker: "Jane Roe" },
      { text: "It was a foolish thing to do.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: "Tom Baker answered questions for an hour on Friday.\n“Not this again,” Jane Roe groaned when the leak came up.",
    quotes: [{ text: "Not this again,", speaker: "Jane Roe" }],
  },
  // Inverted after the quotation, they take the description and the name after it: `underscored the province’s top doctor, X`.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker opened the briefing with the new case counts.\n“Nobody should travel this weekend,” underscored the province’s top doctor, Jane Roe.",
    quotes: [{ text: "Nobody should travel this weekend,", speaker: "Jane Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Coach Tom Baker said the team was healthy.\n“We might see some new faces on Saturday,” hinted the club’s general manager, Ana Ruiz.",
    quotes: [{ text: "We might see some new faces on Saturday,", speaker: "Ana Ruiz" }],
  },
  {
    kind: "speech verb in another tense",
    text: "The studio never recovered. As the columnist Tom Baker had written a few years earlier, “Nobody could run it without him.”",
    quotes: [{ text: "Nobody could run it without him.", speaker: "Tom Baker" }],
  },
  // Before a colon, the clause's subject speaks, not the last name in it; a bare label still does.
  {
    kind: "introduced by a colon",
    text: "The row went on all week.\nParty leader Jane Roe delivered a blunt message to Tom Baker: “It is time to stop attacking your colleagues.”\nMargaret Booth: “We agree with every word she said.”",
    quotes: [
      { text: "It is time to stop attacking your colleagues.", speaker: "Jane Roe" },
      { text: "We agree with every word she said.", speaker: "Margaret Booth" },
    ],
  },
  // A phrasal verb speaks with its particle: `shot back`, `cut in`.
  {
    kind: "speaker named after the quote",
    text: "The debate turned sour.\n“You have no plan at all,” Jane Roe said.\n“I have a better plan than yours,” Tom Baker shot back. “Let me finish.”",
    quotes: [
      { text: "You have no plan at all,", speaker: "Jane Roe" },
      { text: "I have a better plan than yours,", speaker: "Tom Baker" },
      { text: "Let me finish.", speaker: "Tom Baker" },
    ],
  },
  // Places are not people: `he` never stands for `Nova Scotia` or `Global Affairs Canada`,
  // and a lone `Canada` is not the department named for it.
  {
    kind: "pronoun to non-person",
    text: "“We are ready,” Premier Jane Roe said on Monday.\nMark Hall arrived from Nova Scotia on Tuesday. “The ferries are full,” he said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Roe" },
      { text: "The ferries are full,", speaker: "Mark Hall" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "“Police cannot stop people on the street,” Abby Deshman said.\nJohn Tory of the Bank of Canada spoke next. “We are prepared to act,” he said.\nOttawa has said little. “We are reviewing the decision,” a spokesperson for Global Affairs Canada said.",
    quotes: [
      { text: "Police cannot stop people on the street,", speaker: "Abby Deshman" },
      { text: "We are prepared to act,", speaker: "John Tory" },
      { text: "We are reviewing the decision,", speaker: "Spokesperson for Global Affairs Canada" },
    ],
  },
  // Canadian towns beyond the big cities, and First Nations, are places too (GeoNames' list).
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the flooded streets with work crews.\nMedicine Hat opened two more shelters on Tuesday. “We have never seen water this high,” he said.",
    quotes: [{ text: "We have never seen water this high,", speaker: "Mark Tamura" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe has lived on the reserve for thirty years.\nKenora declared a state of emergency last week. “Our wells have been dry since June,” she said.",
    quotes: [{ text: "Our wells have been dry since June,", speaker: "Jane Roe" }],
  },
  // A town named for a titled person is the town (`Prince George`, not a man called George), and a
  // place named whole is one even after a given name (`Owen Sound`, `York Region`).
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nPrince George opened two more shelters on Tuesday. “We have never seen water this high,” he said.",
    quotes: [{ text: "We have never seen water this high,", speaker: "Mark Tamura" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nYork Region opened two more shelters on Tuesday. “The beds filled up in an hour,” he said.",
    quotes: [{ text: "The beds filled up in an hour,", speaker: "Mark Tamura" }],
  },
  // `Ste.` (Sainte) ends no sentence: `Sault Ste. Marie` is one town's name, not a man called `Sault Ste`.
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nSault Ste. Marie opened two more shelters on Tuesday. “We ran out of cots by noon,” he said.",
    quotes: [{ text: "We ran out of cots by noon,", speaker: "Mark Tamura" }],
  },
  // A seat of power named with a possessive is a place whole, not a person called `Park`.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, a teacher in the north, waited for news all week.\nQueen’s Park announced the funding on Thursday. “It is about time,” he said.",
    quotes: [{ text: "It is about time,", speaker: "Tom Baker" }],
  },
  // An affiliation whose name runs through `for` or `of` (`Center for … Studies`, `University of Toronto`).
  {
    kind: "affiliation",
    text: "Tom Baker spoke first.\n“Dredging such a channel would be a gamble,” Tom Hadley of the Oakvale Center for Coastal Studies wrote in December.",
    quotes: [{ text: "Dredging such a channel would be a gamble,", speaker: "Tom Hadley" }],
  },
  {
    kind: "affiliation",
    text: "Tom Baker spoke first.\n“Rents are rising faster than wages,” Mary Smith of the University of Toronto said.",
    quotes: [{ text: "Rents are rising faster than wages,", speaker: "Mary Smith" }],
  },
  // Named after the quote by a description the lexicon need not know: `said the designer, who …`.
  // The text never names the designer, so no name; but not Jane Roe either.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke first. “We can still catch up,” said the tailor, who works for another shop.",
    quotes: [{ text: "We can still catch up,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker posted the photo on Monday.\n“The town will find a way,” wrote one commenter.\n“Better watch out,” tweeted another.",
    quotes: [
      { text: "The town will find a way,", speaker: null },
      { text: "Better watch out,", speaker: null },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker resigned on Friday. “Choke!” read the front page of the Herald.",
    quotes: [{ text: "Choke!", speaker: null }],
  },
  // `the statement said` speaks for whoever issued the statement.
  {
    kind: "organisation continuation",
    text: "Tom Baker was arrested on Friday. The RCMP issued a statement. “No charges have been laid,” the statement said. “We ask anyone with information to come forward.”",
    quotes: [
      { text: "No charges have been laid,", speaker: "RCMP" },
      { text: "We ask anyone with information to come forward.", speaker: "RCMP" },
    ],
  },
  // A person named after the last speaker, even after a comma and `but`, is whom `he` stands for.
  {
    // Named in the quotation's own paragraph, after the last speaker's: the `he` is his.
    kind: "person named since the last speaker",
    text: "“We expect a full recovery,” team doctor Peter Grant said.\n\nThe news drew an angry response from general manager Paul Irving on Monday. “It is a setback, nothing more,” he said.",
    quotes: [
      { text: "We expect a full recovery,", speaker: "Peter Grant" },
      { text: "It is a setback, nothing more,", speaker: "Paul Irving" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "“Police cannot stop people on the street,” Abby Deshman said.\nCritics called the bill “draconian,” but Justice Minister David Lametti defended it. “This bill protects victims,” he said.",
    quotes: [
      { text: "Police cannot stop people on the street,", speaker: "Abby Deshman" },
      { text: "This bill protects victims,", speaker: "David Lametti" },
    ],
  },
  // A place and a role before the name after an inverted verb: the person speaks.
  {
    kind: "affiliation",
    text: "Rents rose again in March.\n“I work two jobs and I still can’t pay rent,” said Toronto cashier Maria Santos, 34.",
    quotes: [{ text: "I work two jobs and I still can’t pay rent,", speaker: "Maria Santos" }],
  },
  // An organisation's name runs on through `of`: `it` is the chamber, not `Ontario Chamber`.
  {
    kind: "organisation continuation",
    text: "The Ontario Chamber of Commerce said the increase comes at a hard time. “Many of our members are still recovering,” it said.\n“We urge the government to phase it in.”",
    quotes: [
      { text: "Many of our members are still recovering,", speaker: "Ontario Chamber of Commerce" },
      { text: "We urge the government to phase it in.", speaker: "Ontario Chamber of Commerce" },
    ],
  },
  // `the premier` is the person named since the last speaker, known by his full name from a quotation.
  {
    kind: "person named since the last speaker",
    text: "“Doug Ford cut the increase when he took office,” Andrea Horwath told reporters.\nFord defended his record. Asked about the reversal, the premier said: “We did what was right for the economy.”",
    quotes: [
      { text: "Doug Ford cut the increase when he took office,", speaker: "Andrea Horwath" },
      { text: "We did what was right for the economy.", speaker: "Doug Ford" },
    ],
  },
  // `and joked` walks back to the first verb's subject, not to a name inside its object.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke for an hour in Glasgow.\nHe then put on a broad Scottish accent and joked, “I’ll take the high road.”",
    quotes: [{ text: "I’ll take the high road.", speaker: "Tom Baker" }],
  },
  // `the agency said` is the organisation that spoke just before; `Health Canada` is a department, not a titled `Canada`.
  {
    kind: "organisation continuation",
    text: "Statistics Canada said the jobless rate fell. “The gains were in part-time work,” the agency said.\nHealth Canada issued a warning on Friday. “Stop using the product,” it said.",
    quotes: [
      { text: "The gains were in part-time work,", speaker: "Statistics Canada" },
      { text: "Stop using the product,", speaker: "Health Canada" },
    ],
  },
  // …but a place is no company: `the company` here names nobody more than itself.
  {
    kind: "organisation continuation",
    text: "The new store opened in Ontario in May. “We are thrilled with the response,” the company said.",
    quotes: [{ text: "We are thrilled with the response,", speaker: null }],
  },
  // Named after the quote with no comma, by a long description that runs into the name.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe denied the story.\n“The mayor invited us to his office” the Star’s senior city hall reporter Tom Baker responded.",
    quotes: [{ text: "The mayor invited us to his office", speaker: "Tom Baker" }],
  },
  // Signed in the paragraph below, the way lists of quotes credit them.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke about the budget.\n“Big companies pay no taxes at all.”\n- Tom Baker.\nThat claim is false.",
    quotes: [{ text: "Big companies pay no taxes at all.", speaker: "Tom Baker" }],
  },
  // The verb opens the sentence: `Said Baker, “…”`.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe left early. Said Baker, “The thought is painful.”",
    quotes: [{ text: "The thought is painful.", speaker: "Baker" }],
  },
  // A name after `speaking to` is the preposition's object, not the subject of `said`.
  {
    kind: "affiliation",
    text: "Tom Baker spoke first. A senior official speaking to CBC News said, “The talks have stalled.”",
    quotes: [{ text: "The talks have stalled.", speaker: null }],
  },
  // `the MPP` is whoever was given that title.
  {
    kind: "affiliation",
    text: "Liberal MPP Jane Roe said the province must act. “Families are waiting,” the MPP said.",
    quotes: [{ text: "Families are waiting,", speaker: "Jane Roe" }],
  },
  // `X said, adding, “…”`: the participle shares the verb's subject, not the sentence's first name.
  {
    kind: "speaker named after the quote",
    text: "Tom Hadley left early. Hadley did not stay for the toasts, Jane Roe said, adding, “He was never one for speeches.”",
    quotes: [{ text: "He was never one for speeches.", speaker: "Jane Roe" }],
  },
  // `Another tweeted, “…”`: the determiner alone is the speaker, not the last one named.
  {
    kind: "speaker named after the quote",
    text: "Dave Hill tweeted, “Two of a kind.”\nAnother tweeted, “She thinks she is above the rules.”",
    quotes: [
      { text: "Two of a kind.", speaker: "Dave Hill" },
      { text: "She thinks she is above the rules.", speaker: null },
    ],
  },
  // A preposition opening the sentence is no name: `Alongside …` is not the speaker.
  {
    // `points out` in the present tense reports speech, so its subject is the one who spoke.
    kind: "person named since the last speaker",
    text: "Theatre director Paul Roy runs the company.\n\nRoy points out that the late actor Tom Hale played the part twice and improved each time. “Actors grow when they return to a role,” he says.",
    quotes: [{ text: "Actors grow when they return to a role,", speaker: "Paul Roy" }],
  },
  {
    // `her minister's comments`: a noun after a possessive, not a verb with a speaker.
    kind: "pronoun to non-person",
    text: "Premier Ann Lee stood by her minister's comments on Sunday.\n\n“We will do it carefully.”",
    quotes: [{ text: "We will do it carefully.", speaker: "Ann Lee" }],
  },
  {
    // A paragraph of facts that names no one between a speaker's quotation and a bare one.
    kind: "person named since the last speaker",
    text: "Council met on Tuesday.\n\n“We kept the increase to two per cent, which was my first goal,” said Mayor Ann Lee.\n\nThe cuts left the city with a $50-million gap, and several projects were delayed.\n\n“I know that does not please everyone.”",
    quotes: [
      { text: "We kept the increase to two per cent, which was my first goal,", speaker: "Ann Lee" },
      { text: "I know that does not please everyone.", speaker: "Ann Lee" },
    ],
  },
  {
    // `doesn’t` between a subject and its verb of saying: not part of the subject.
    kind: "pronoun to non-person",
    text: "Judge Mark Hale read the sentence. The victim’s brother doesn’t think it is enough. “He will be out in two years,” he said.",
    quotes: [{ text: "He will be out in two years,", speaker: null }],
  },
  {
    // A day after a name dates it: `CBC.ca Friday` is no person for `he` to stand for, and a
    // bracket and a mark together open the next sentence.
    kind: "pronoun to non-person",
    text: "The report appeared on CBC.ca Friday, drawing sharp denials from team president Mark Shapiro. (“That is simply false,” he said.) The club said nothing more.",
    quotes: [{ text: "That is simply false,", speaker: "Mark Shapiro" }],
  },
  {
    // A street's name is a place, never a person `he` can stand for.
    kind: "pronoun to non-person",
    text: "Organizer Tom Baker led the march. “We will be back every week,” Baker said.\n\nHundreds joined in.\n\nSome carried signs.\n\nThe crowd moved down Bay Street toward city hall, where police had closed the doors. “Nobody listens to us,” he said.",
    quotes: [
      { text: "We will be back every week,", speaker: "Tom Baker" },
      { text: "Nobody listens to us,", speaker: "Tom Baker" },
    ],
  },
  {
    // `had just` between a subject and its verb made `Provincial government had just` a speaker.
    kind: "pronoun to non-person",
    text: "The provincial government had just announced the end of the mask rules. Dr. Lena Park, the clinic's director, was on shift when the news came.\n\n“Everyone here is exhausted,” she said.",
    quotes: [{ text: "Everyone here is exhausted,", speaker: "Lena Park" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe spoke first. Alongside union calls for a strike, even a senior Liberal strategist said the premier must choose, saying, “Sooner or later she has to pick a side.”",
    // An anonymous strategist: a party's name qualifying the role is no one's name.
    quotes: [{ text: "Sooner or later she has to pick a side.", speaker: null }],
  },
  // A subordinate clause after the quotation (`when X attacked him`) does not attribute it.
  {
    kind: "speaker named after the quote",
    text: "The ad ends with footage of Tom Baker saying during the debate, “That makes me smart,” when Jane Roe attacked him over his taxes.",
    quotes: [{ text: "That makes me smart,", speaker: "Tom Baker" }],
  },
  // `Said X, who …, “…”`: the verb opens the sentence, an appositive follows the name.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker's old house is a museum now. Said Jane Roe, who grew up next door, “The whole street cheered for him.”",
    quotes: [{ text: "The whole street cheered for him.", speaker: "Jane Roe" }],
  },
  // An appositive ending in an adverb (`to speak candidly, said`) still leaves its subject before it.
  {
    kind: "affiliation",
    text: "Tom Baker spoke first. A Labour adviser, who spoke on condition of anonymity to talk candidly, said of the leader, “She takes the threat very seriously.”",
    // An anonymous adviser: a party's name qualifying the role is no one's name.
    quotes: [{ text: "She takes the threat very seriously.", speaker: null }],
  },
  // `The X Foundation describes itself …:` introduces the quotation below; `The` opens the name.
  {
    kind: "introduced by a colon",
    text: "Tom Baker joined the board in May.\nThe Roe Foundation puts its aim this way:\n“Wherever we plant a garden, we hope to hand it to the neighbours.”",
    quotes: [{ text: "Wherever we plant a garden, we hope to hand it to the neighbours.", speaker: "Roe Foundation" }],
  },
  // Outlets that print speech in single marks: a plural possessive (`workers’`) inside the
  // quotation is an apostrophe, not its closing mark, when the quotation closes after a stop later.
  {
    kind: "boundaries",
    text: "‘The nurses’ union will not back down over this,’ said Linda Park, the federation president. ‘We have waited long enough.’",
    quotes: [
      { text: "The nurses’ union will not back down over this,", speaker: "Linda Park" },
      { text: "We have waited long enough.", speaker: "Linda Park" },
    ],
  },
  {
    kind: "boundaries",
    text: "Tom Baker spoke in Regina. 'The teachers' contract runs out in June and nobody is talking,' he said.",
    quotes: [{ text: "The teachers' contract runs out in June and nobody is talking,", speaker: "Tom Baker" }],
  },
  // A scare-quoted plural before a later quotation stays a term of its own.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe dismissed the so-called 'experts' on the panel. 'We know our city,' she said.",
    quotes: [{ text: "We know our city,", speaker: "Jane Roe" }],
  },
  // An elided century inside single marks (’90s, '80s) is an apostrophe, neither closing nor opening a quotation.
  {
    kind: "boundaries",
    text: "‘The ’90s were hard on this town,’ said Jane Roe, the mayor of Sudbury.",
    quotes: [{ text: "The ’90s were hard on this town,", speaker: "Jane Roe" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker spoke in Moncton. 'Since the '80s we have lost half our members,' he said.",
    quotes: [{ text: "Since the '80s we have lost half our members,", speaker: "Tom Baker" }],
  },
  // Speech in single marks nests double ones: the inner words are no quotation of their own.
  {
    kind: "boundaries",
    text: "‘When the board says “consultation” it means a letter nobody reads,’ said Ann Lee, the union president.",
    quotes: [{ text: "When the board says “consultation” it means a letter nobody reads,", speaker: "Ann Lee" }],
  },
  // Two plural possessives in one quotation: the look goes past both to the closing mark.
  {
    kind: "boundaries",
    text: "Ann Lee spoke in Halifax. 'The workers' patience has run out and the bosses' offer is an insult,' she said.",
    quotes: [{ text: "The workers' patience has run out and the bosses' offer is an insult,", speaker: "Ann Lee" }],
  },
  // A quotation closed with the wrong mark, then another opened in its paragraph: the first
  // still ends at its stray mark instead of being lost to the second.
  {
    kind: "boundaries",
    text: "Ann Lee posted on Monday: “We are ready. The strike starts Friday.’ Lee spoke at a screening of the film “Northern Lights.”",
    quotes: [{ text: "We are ready. The strike starts Friday.", speaker: "Ann Lee" }],
  },
  {
    kind: "boundaries",
    text: 'Marc Côté, the union leader, spoke in Quebec City. "Without a deal by June, he added, "the schools will close."',
    quotes: [
      { text: "Without a deal by June,", speaker: "Marc Côté" },
      { text: "the schools will close.", speaker: "Marc Côté" },
    ],
  },
  // A restrictive relative clause between the subject and its verb of saying: the person
  // described before `who` introduced the quotation of the next paragraph.
  {
    kind: "speaker introduced before the quote",
    text: "Firefighters spent the night at the scene.\nA man who lives across the street said he heard two loud bangs.\n“It sounded like fireworks. Then everybody ran outside.”",
    quotes: [{ text: "It sounded like fireworks. Then everybody ran outside.", speaker: null }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "The plant closed in May.\nA worker who spent 30 years on the line told reporters the news came without warning.\n“Nobody from head office ever came to explain it to us.”",
    quotes: [{ text: "Nobody from head office ever came to explain it to us.", speaker: null }],
  },
  // A person's possessive before an organisation's word alone names that person's office.
  {
    kind: "affiliation",
    text: "The mayor was travelling on Friday. “We will respond to the report in due course,” the Mayor's Office said in a statement.",
    quotes: [{ text: "We will respond to the report in due course,", speaker: "Mayor's Office" }],
  },
  {
    kind: "affiliation",
    text: "Tax rules change in April. “Nothing in the bill raises taxes on families,” the Finance Minister's office said.",
    quotes: [{ text: "Nothing in the bill raises taxes on families,", speaker: "Finance Minister's office" }],
  },
  // Two people share a surname: the surname alone stays with the main figure, mentioned most,
  // not the relative named once in full.
  {
    kind: "surname shared by two people",
    text: "Premier Mark Hale opened the session on Monday. Hale spoke for an hour. “We will balance the books,” Hale said.\nHale later thanked his wife, Anna Hale, who sat in the gallery.\nThe opposition mocked the speech. “Nobody believes that number,” Hale said when asked about the deficit.",
    quotes: [
      { text: "We will balance the books,", speaker: "Mark Hale" },
      { text: "Nobody believes that number,", speaker: "Mark Hale" },
    ],
  },
  // A document met for the first time (`a statement reads`), with no issuer of its own, speaks
  // for whoever spoke just before it; a document with its issuer (`a statement from …`) does not.
  {
    kind: "organisation continuation",
    text: "A spokesperson for Halifax Mayor Ann Lee confirmed the visit on Sunday.\n“The mayor will visit the site on Monday,” a statement reads.",
    quotes: [{ text: "The mayor will visit the site on Monday,", speaker: "Spokesperson for Halifax Mayor Ann Lee" }],
  },
  // A place that qualifies a speaker noun (`Halifax police`) is part of the subject, not the subject.
  {
    kind: "affiliation",
    text: "Halifax police posted an update on the crash but gave no names, only saying they “will not comment on an active investigation.”",
    quotes: [{ text: "will not comment on an active investigation.", speaker: "Halifax police" }],
  },
  // `they` after a quotation said by two people named together is that pair, not their employer.
  {
    kind: "pronoun to non-person",
    text: "Shares of the miner fell on Monday.\n“The merger makes sense on paper,” said analysts Jane Roe and Tom Baker of Northgate Capital Markets.\n“We expect the savings to take years,” they added.",
    quotes: [
      { text: "The merger makes sense on paper,", speaker: "Jane Roe" },
      { text: "We expect the savings to take years,", speaker: "Jane Roe" },
    ],
  },
  // A bare quotation with no verb of saying anywhere near: the person named at the opening of the
  // paragraph that leads into it speaks (its own paragraph, or the one before when it opens one).
  {
    kind: "speaker introduced before the quote",
    text: "Rain fell for three days in the valley.\nPremier Ann Lee spent the morning touring the flooded streets of Truro.\n“I have never seen water this high. We will rebuild every home.”",
    quotes: [{ text: "I have never seen water this high. We will rebuild every home.", speaker: "Ann Lee" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Council met on Monday night.\nMayor Tom Baker opened the meeting with a minute of silence. “This has been a hard week for all of us.”",
    quotes: [{ text: "This has been a hard week for all of us.", speaker: "Tom Baker" }],
  },
  // A weaker verb of saying reports the `that` clause a partial quotation stands in: its subject
  // speaks, not the speaker of the sentence before.
  {
    kind: "partial quote in a reported clause",
    text: "Police said two officers were at the scene on Sunday.\nThe Serious Incident Response Team clarified in a news release on Monday that both officers fired “at the moving car” during the arrest.",
    quotes: [{ text: "at the moving car", speaker: "Serious Incident Response Team" }],
  },
  // A verb of the face (`smiled`, `grinned`) beside a quotation reports it as speech, like
  // `beamed`: it may come before its speaker too.
  {
    kind: "speaker named after the quote",
    text: "The Eagles won their third game in a row on Friday.\n“We have finally learned how to close out a close game,” smiled Dan Moreau, who made 30 saves.\n“It took us a while.”",
    quotes: [
      { text: "We have finally learned how to close out a close game,", speaker: "Dan Moreau" },
      { text: "It took us a while.", speaker: "Dan Moreau" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Coach Lisa Brandt was asked about the goalie.\n“I cannot stand playing against him,” she grinned.",
    quotes: [{ text: "I cannot stand playing against him,", speaker: "Lisa Brandt" }],
  },
  // A First Nation (`Six Nations`, `the Oneida Nation`) is a people and its government, never a
  // person `she` stands for, even when it is the last name before the pronoun.
  {
    kind: "pronoun to non-person",
    text: "Three people from the reserve were found dead on Sunday.\nIts chief, Mary Thomas, has been in touch with Six Nations.\n“We are sending our condolences to the families,” she said.",
    quotes: [{ text: "We are sending our condolences to the families,", speaker: "Mary Thomas" }],
  },
  // A full name set off by commas before `said`, after a description of the person's post that
  // is too long to read back (`Acme’s vice-president of human resources, Jane Roe,`), is the
  // speaker, not a phrase that opens the sentence (`In a statement`).
  {
    kind: "affiliation",
    text: "Bargaining began on Monday.\nIn a statement, Northland Mills’ vice-president of human resources, Carla Nunes, said Northland and the union have worked well together.\n“We look forward to a fair deal,” she said.",
    quotes: [{ text: "We look forward to a fair deal,", speaker: "Carla Nunes" }],
  },
  // A verb after `and` that follows the quotation shares the subject before it; what comes after
  // that verb is its object (`told the teen`), never an inverted speaker.
  {
    kind: "speaker named after the quote",
    text: "Judge Ann Lee handed down the sentence on Tuesday.\nLee called it a “cruel and senseless crime,” and told the jury she had no doubt about his guilt.",
    quotes: [{ text: "cruel and senseless crime,", speaker: "Ann Lee" }],
  },
  // `the Harbour Hawks`: a name after `the` whose last word is plural is a team, which `they`
  // stands for, not a place named after it.
  {
    kind: "pronoun to non-person",
    text: "The Harbour Hawks said in a release that players would fly to Halifax on Sunday.\n“Only those who test negative will travel with the club,” they said.",
    quotes: [{ text: "Only those who test negative will travel with the club,", speaker: "Harbour Hawks" }],
  },
  // A feature in the present tense: `she laughs`, `smiles Lopez` report speech as `says` does.
  {
    kind: "speech verb in another tense",
    text: "Tom Baker opened the bakery in 1990 and sold it to Maria Lopez last year.\n“Bread is the easy part,” she laughs.\n“I grew up in here,” smiles Lopez.",
    quotes: [
      { text: "Bread is the easy part,", speaker: "Maria Lopez" },
      { text: "I grew up in here,", speaker: "Maria Lopez" },
    ],
  },
  // A description with a qualifier or modifiers (`the Liberal leader`, `the chief medical
  // officer`) stands for the person introduced with those words, not the last person named; one
  // that matches no introduction (`the Hawks head coach`) for the subject of the paragraph before.
  // `says the professional knitter`: a noun of one who does something is a person, and with
  // `the` it is the person the text is about, as `the designer` is.
  {
    kind: "description of a named person",
    text: "On the crowded bus, Ana Ruiz knits in calm. Knitting is a joy for Ruiz, 42, who never rides without a project.\n“It turns lost time into something,” says the professional knitter, who teaches online.",
    quotes: [{ text: "It turns lost time into something,", speaker: "Ana Ruiz" }],
  },
  {
    kind: "description of a named person",
    text: "Maria Lopez says the Hawks are closer than they have been in years.\n\nAs the season winds down, the Hawks head coach says the players have learned to lean on one another.\n\n“We trust each other now, and it shows on the ice,” she said after practice.",
    quotes: [{ text: "We trust each other now, and it shows on the ice,", speaker: "Maria Lopez" }],
  },
  {
    kind: "description of a named person",
    text: "Liberal Leader Ann Marsh and NDP Leader Tom Baker both attacked the budget on Monday.\n\n“This budget forgets the people who rent,” said the Liberal leader.",
    quotes: [{ text: "This budget forgets the people who rent,", speaker: "Ann Marsh" }],
  },
  {
    kind: "description of a named person",
    text: "Dr. Ann Marsh, the province’s chief medical officer, urged caution on Friday.\n\nPremier Tom Baker said schools would stay open. “We have a plan,” he said.\n\n“Please stay home if you feel sick,” the chief medical officer said.",
    quotes: [
      { text: "We have a plan,", speaker: "Tom Baker" },
      { text: "Please stay home if you feel sick,", speaker: "Ann Marsh" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Tom Baker, leader of Renewal Montreal, called the transit plan reckless. Mayor Ann Marsh defended it.\n\n“We will not back down,” Marsh said.\n\n“The mayor has no plan for the east end,” said the Renewal Montreal leader.",
    quotes: [
      { text: "We will not back down,", speaker: "Ann Marsh" },
      { text: "The mayor has no plan for the east end,", speaker: "Tom Baker" },
    ],
  },
  // A document that speaks (`the report said`, `the news release states`) speaks for whoever issued
  // it: the organisation whose name or bracketed acronym qualifies it, or the one that introduced
  // it paragraphs before.
  // A release and a statement are one writing put out to the press; `went on to say` has the
  // subject of `went`, not a description running on through it.
  {
    kind: "document for its issuer",
    text: "The Riverside Regional Police issued a release on Sunday.\n“An officer was arrested after a short inquiry,” the statement went on to say. “The file has gone to the oversight unit.”",
    quotes: [
      { text: "An officer was arrested after a short inquiry,", speaker: "Riverside Regional Police" },
      { text: "The file has gone to the oversight unit.", speaker: "Riverside Regional Police" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "The Provincial Review Board (PRB) has cleared two officers. The PRB report said the officers tried to calm the man first.\n\nThe final report found that the force used was justified.\n\n“The officers showed restraint throughout,” said the report.",
    quotes: [{ text: "The officers showed restraint throughout,", speaker: "Provincial Review Board" }],
  },
  {
    kind: "document for its issuer",
    text: "The Provincial Review Board (PRB) cleared both officers on Tuesday.\n\n“The officers showed restraint,” the PRB report states.",
    quotes: [{ text: "The officers showed restraint,", speaker: "Provincial Review Board" }],
  },
  {
    kind: "document for its issuer",
    text: "The Northern Health Authority said in a news release Monday that it had closed two clinics for the week. Staff at both clinics had been told to stay home, and patients were sent to a hospital in the next town. The clinics serve more than four thousand people across the region, many of them older residents who cannot drive far. Local councillors asked for the clinics to reopen as soon as possible, and one of them wrote to the health minister. The minister has not answered yet. Families in the area said they were worried about the winter, when the roads close often and the drive to the hospital takes hours. A petition has gathered hundreds of names, and a meeting is planned for Thursday evening at the community hall, where residents hope to hear from officials.\n\n“Patient safety is our first concern,” said the news release.",
    quotes: [{ text: "Patient safety is our first concern,", speaker: "Northern Health Authority" }],
  },
  // A document met indefinitely (`a statement saying`) speaks for whoever spoke just before; `the
  // company` for a company whose name has no organisation's word; `issued a statement that said`
  // for the name nearest before it, the whole `Ministry of Housing` rather than `Housing`.
  {
    kind: "document for its issuer",
    text: "Harbour Foods said Monday it would close two plants in the spring.\n\nThe grocer took a further step Tuesday, a day after releasing a statement saying it was “reviewing every option.”",
    quotes: [{ text: "reviewing every option.", speaker: "Harbour Foods" }],
  },
  {
    kind: "document for its issuer",
    text: "Northgate Copper said Tuesday it would cut 200 jobs at its mine near Timmins.\n\n“We regret this decision and will support every worker,” the company said.",
    quotes: [{ text: "We regret this decision and will support every worker,", speaker: "Northgate Copper" }],
  },
  {
    kind: "document for its issuer",
    text: "As Quebec weighs new rules for landlords, the Ontario Ministry of Housing issued a statement Monday that said rents would be frozen.\n\n“No tenant should fear losing their home this winter,” the statement said.",
    quotes: [{ text: "No tenant should fear losing their home this winter,", speaker: "Ontario Ministry of Housing" }],
  },
  // A description that matches no introduction and follows no subject it fits stands for the
  // person named as a subject after it in its own paragraph.
  {
    kind: "description of a named person",
    text: "Premier Ann Lee’s lawyers sent a letter to Tom Baker on Monday.\n\nThe Green leader said Tuesday he would not apologize. Asked why, Baker repeated that the claims were true.\n\n“I stand by every word,” he said.",
    quotes: [{ text: "I stand by every word,", speaker: "Tom Baker" }],
  },
  // A document that names its author right after its noun (`filed by`, `from`) speaks for that author.
  {
    kind: "document for its issuer",
    text: "Police dropped the assault case on Friday.\n\n“The evidence cannot support a criminal prosecution,” according to a court document filed by state attorney Jane Roe.",
    quotes: [{ text: "The evidence cannot support a criminal prosecution,", speaker: "Jane Roe" }],
  },
  {
    kind: "document for its issuer",
    text: "The news follows a tweet from lawyer and former MP Tom Baker a day earlier, saying “My client was never told about the deal.”",
    quotes: [{ text: "My client was never told about the deal.", speaker: "Tom Baker" }],
  },
  // A title of courtesy (`Mr.`) contradicts no role, and a name after `of` (`the leader of the
  // Green Party`) was not introduced by the words before it.
  {
    kind: "description of a named person",
    text: "Mr. Tom Baker says he is not afraid of his new rival.\n\n“He is a pleasant man, but he will lose in the fall,” said the leader of the Green Party at a rally on Sunday.\n\nLater, the Green leader went after his rival again. “His plans for the roads are far too small,” he said.",
    quotes: [
      { text: "He is a pleasant man, but he will lose in the fall,", speaker: "Tom Baker" },
      { text: "His plans for the roads are far too small,", speaker: "Tom Baker" },
    ],
  },
  // A party's nickname (`the Tory leader`) matches an introduction by the party's name.
  {
    kind: "description of a named person",
    text: "Conservative Leader Tom Baker and Liberal Leader Ann Marsh met voters in Regina on Monday.\n\n“We are ready to govern this country,” said the Tory leader.",
    quotes: [{ text: "We are ready to govern this country,", speaker: "Tom Baker" }],
  },
  // A noun after the verb of saying, or a preposition's object before a participle, is not who spoke.
  {
    kind: "subject of the clause",
    text: "Ann Marsh mocked her rival's plan on Monday, saying at one point, “Nobody believes a word of it.”",
    quotes: [{ text: "Nobody believes a word of it.", speaker: "Ann Marsh" }],
  },
  {
    kind: "subject of the clause",
    text: "The Marsh campaign sent an email to supporters stating, “We won the vote tonight in Regina.”",
    quotes: [{ text: "We won the vote tonight in Regina.", speaker: "Marsh campaign" }],
  },
  // A clause's subject after `And then` or a subordinating `when`.
  {
    kind: "subject of the clause",
    text: "He had posted about the budget on Sunday. And then Baker turned on the council, saying, “Will the mayor answer for the ferry?”",
    quotes: [{ text: "Will the mayor answer for the ferry?", speaker: "Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker runs the rink. The ice was quiet when a young boy shouted, “Skaters coming, yo!”",
    quotes: [{ text: "Skaters coming, yo!", speaker: null }],
  },
  // After the verb, a description set off by a full name: the name speaks (not the last person named, nor the company).
  {
    kind: "affiliation",
    text: "Ann Marsh sued the firm in May.\n\n“We will appeal the ruling,” said the company’s spokesperson, Jane Roe.",
    quotes: [{ text: "We will appeal the ruling,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "“We will keep the plant open,” said Acme’s chief executive, Tom Baker, on Monday.",
    quotes: [{ text: "We will keep the plant open,", speaker: "Tom Baker" }],
  },
  // a title after a noun of its genre, even with a comma inside the marks (`comeback drama “…,”`).
  {
    kind: "scare quotes and lists",
    text: "Among the films screening this year are Ann Lee's comeback drama “The Quiet Harbour,” Tom Baker's “Night Train,” and a restored western. “We had more entries than ever,” said Mary Fox, the festival director.",
    quotes: [{ text: "We had more entries than ever,", speaker: "Mary Fox" }],
  },
  // `the march, called “…,” will…`: a participle of naming set off by a comma names an event.
  {
    kind: "scare quotes and lists",
    text: "Organizers said the march, called “Walk for the lake,” will start at noon on Saturday. “We expect thousands,” said Tom Baker, one of the organizers.",
    quotes: [{ text: "We expect thousands,", speaker: "Tom Baker" }],
  },
  // `her proposed “…,” brushed…`: a determiner and a participle make the quotation a noun phrase.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, asked again about her proposed “neighbourhood renewal fund for families,” brushed the question aside on Monday. “We will have more to say soon,” she said later.",
    quotes: [{ text: "We will have more to say soon,", speaker: "Jane Roe" }],
  },
  // A quotation after a copula, an auxiliary or a determiner stands mid-clause: the words after its closing mark are the writer's.
  {
    kind: "boundaries",
    text: "Jane Roe told reporters on Monday that it would be “very hard” to balance the budget this year.",
    quotes: [{ text: "very hard", speaker: "Jane Roe", endsWith: "very hard" }],
  },
  {
    kind: "boundaries",
    text: "The union said its members were “deeply troubled” by the ruling on Friday.",
    quotes: [{ text: "deeply troubled", speaker: null, endsWith: "deeply troubled" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said the premier’s “plan for growth” in the north would cost jobs.",
    quotes: [{ text: "plan for growth", speaker: "Tom Baker", endsWith: "plan for growth" }],
  },
  {
    kind: "boundaries",
    text: "Jane Roe described the result as “a clear message” from voters in the north.",
    quotes: [{ text: "a clear message", speaker: "Jane Roe", endsWith: "a clear message" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said the council acted quickly and “without fear” in the matter of the bridge.",
    quotes: [{ text: "without fear", speaker: "Tom Baker", endsWith: "without fear" }],
  },
  // `on Sunday` is a time, not a place: the name after it, set off by a comma, is still the subject.
  {
    kind: "subject of the clause",
    text: "At one point on Sunday, Jane Roe, who has many followers, tweeted, “The bridge will open on time.”",
    quotes: [{ text: "The bridge will open on time.", speaker: "Jane Roe" }],
  },
  // a partial quotation that is the subject of the writer's verb does not run on into it.
  {
    kind: "boundaries",
    text: "Jane Roe told the board on Monday that her repeated warning “this bridge will not last” was ignored for years by the city.",
    quotes: [{ text: "this bridge will not last", speaker: "Jane Roe", endsWith: "will not last" }],
  },
  // a book's title with a long subtitle after its colon is still a title.
  {
    kind: "scare quotes and lists",
    text: "According to Mary Fox's “Northern Lights: How a Small Prairie Town Built the Biggest Co-operative Dairy in the West” and other sources, the plant opened in 1921. “It changed everything here,” said Tom Baker, the town's mayor.",
    quotes: [{ text: "It changed everything here,", speaker: "Tom Baker" }],
  },
  // a quotation whose closing mark was left out ends at its full stop before the next opening mark.
  {
    kind: "boundaries",
    text: "“We lost the vote,” Tom Baker told the Star after the meeting. “While I’m not surprised the mayor still refuses to release the report, I find it shameful that he would block residents from speaking. “What is the mayor afraid of?” Baker’s motion asked for a full review.",
    quotes: [
      { text: "We lost the vote,", speaker: "Tom Baker" },
      {
        text: "While I’m not surprised the mayor still refuses to release the report, I find it shameful that he would block residents from speaking.",
        speaker: "Tom Baker",
      },
      { text: "What is the mayor afraid of?", speaker: "Tom Baker" },
    ],
  },
  // A verb of saying set off after what was reported, the speaker named right after it: a later `he` is that speaker.
  {
    kind: "subject of the clause",
    text: "The inspector general was asked to investigate on Thursday.\n\nThe case immediately raised questions about the force, said Tom Baker, a law professor at Acme University.\n\n“Most people have never heard of the inspector general,” he said.",
    quotes: [{ text: "Most people have never heard of the inspector general,", speaker: "Tom Baker" }],
  },
  // `raised questions`: a plural noun after a verb in the past is no verb of saying with a subject before it.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke to the board first.\n\nThe case immediately raised questions about the force.\n\n“It will not last,” he said.",
    quotes: [{ text: "It will not last,", speaker: "Tom Baker" }],
  },
  // A pronoun goes to the subject of its own sentence before a name in a clause ahead of it.
  {
    kind: "pronoun resolved wrongly",
    text: "Premier Tom Baker spoke at a union hall in Regina on Monday.\n\nAs NDP MLAs and staff looked on, Baker warned of what he called a betrayal by Ottawa.\n\n“The next budget will be decided by workers, not bankers,” he said.",
    quotes: [{ text: "The next budget will be decided by workers, not bankers,", speaker: "Tom Baker" }],
  },
  // The subject of a later paragraph takes over from the last speaker though another name follows it.
  {
    kind: "person named since the last speaker",
    text: "Premier Tom Baker spoke on Monday.\n\nIn a post last year, Conservative candidate Gord Miles said the plan “will bankrupt the province.”\n\nBaker then contrasted Ted Lund’s views with his own.\n\n“Ted Lund says he wants growth, and then he cuts the schools,” he said.",
    quotes: [
      { text: "will bankrupt the province.", speaker: "Gord Miles" },
      { text: "Ted Lund says he wants growth, and then he cuts the schools,", speaker: "Tom Baker" },
    ],
  },
  // A bare quotation after a sentence that opens its paragraph with a new person goes to that person.
  {
    kind: "person named since the last speaker",
    text: "Liberal leader Ann Forde wrote on Thursday that the premier “backs our plan to build dams.”\n\nOn Friday, Premier Tom Baker quickly corrected Forde. “We talked. That is all. There is no plan.”",
    quotes: [
      { text: "backs our plan to build dams.", speaker: "Ann Forde" },
      { text: "We talked. That is all. There is no plan.", speaker: "Tom Baker" },
    ],
  },
  // A title in quotation marks does not end the clause that names the speaker.
  {
    kind: "title inside the attribution",
    text: "Coun. Tom Baker said the rink “costs far too much to run.”\n\nLater on Sunday, Mayor Jane Roe shared a photo of the sign marked “Closed” on her Facebook page, writing “We will reopen the rink next week.”",
    quotes: [
      { text: "costs far too much to run.", speaker: "Tom Baker" },
      { text: "We will reopen the rink next week.", speaker: "Jane Roe" },
    ],
  },
  // Canadian offices before a name are titles, stripped from it: an ombudsman, a member of
  // Quebec's National Assembly, a staff sergeant named again by rank and surname.
  {
    kind: "title inside the attribution",
    text: "Ombudsman Claire Dufresne-Mowat tabled her annual report on Tuesday.\n\n“Too many complaints still go unanswered,” Ombudsman Dufresne-Mowat said.",
    quotes: [{ text: "Too many complaints still go unanswered,", speaker: "Claire Dufresne-Mowat" }],
  },
  {
    kind: "title inside the attribution",
    text: "MNA Hélène Tremblay-Oduya voted against the bill on Thursday.\n\n“This law divides Quebecers,” she told reporters in the hallway.",
    quotes: [{ text: "This law divides Quebecers,", speaker: "Hélène Tremblay-Oduya" }],
  },
  {
    kind: "title inside the attribution",
    text: "Staff Sgt. Dana Whitford of the provincial police said the highway would stay closed overnight.\n\n“We ask drivers to be patient,” Staff Sgt. Whitford said.",
    quotes: [{ text: "We ask drivers to be patient,", speaker: "Dana Whitford" }],
  },
  {
    kind: "title inside the attribution",
    text: "Elder Rosalie Kaquitts-Morin opened the gathering with a prayer.\n\n“We speak for the water,” Elder Kaquitts-Morin said.",
    quotes: [{ text: "We speak for the water,", speaker: "Rosalie Kaquitts-Morin" }],
  },
  // After a force's name and a rank, a surname that is also a title (`Bishop`, `King`) still ends the name.
  {
    kind: "title inside the attribution",
    text: "Harbourview Regional Police Const. Ana Bishop said the driver was taken to hospital.\n\n“His injuries are not life-threatening,” Bishop said.",
    quotes: [{ text: "His injuries are not life-threatening,", speaker: "Ana Bishop" }],
  },
  // An honorific picks, among people sharing a surname, the one of its gender.
  {
    kind: "surname shared by two people",
    text: "Coun. Ron Vale stepped down from his firm and handed it to his daughter.\n\nA week later, Jodie Vale wrote to city staff on the firm’s letterhead.\n\nColleagues say Mr. Vale may now face conflicts. Mr. Vale, for his part, says he had “nothing to do” with the letter.",
    quotes: [{ text: "nothing to do", speaker: "Ron Vale" }],
  },
  // A bare quotation paragraph that nobody before claims goes to the person whose speech opens the next paragraph.
  {
    kind: "speaker named after the quote",
    text: "Premier Ann Forde said the federal plan was a mistake.\n\nOn Tuesday, Forde’s staff said Opposition Leader Tom Baker had misheard a question about the plan.\n\nBy then the clip had spread online.\n\n“If they scrap the plan, that would be the right thing to do.”\n\nBaker says the “they” he meant was the provincial government.",
    quotes: [{ text: "If they scrap the plan, that would be the right thing to do.", speaker: "Tom Baker" }],
  },
  // A term that ends its sentence inside its marks still closes that sentence for the attribution after it.
  {
    kind: "title inside the attribution",
    text: "Tom Baker spoke on Sunday. It followed a post in which he took credit for “being first on the ferry.” And then Baker turned on the council, saying, “Will the mayor answer for the ferry?”",
    quotes: [{ text: "Will the mayor answer for the ferry?", speaker: "Tom Baker" }],
  },
  // An office described by where it is held (`the province’s top doctor`) stands for whoever was
  // introduced in it, by its formal title (`Ontario’s chief officer of public water`).
  {
    kind: "description of a named person",
    text: "Dr. Jane Roe, Ontario’s chief medical officer of health, briefed reporters at Queen’s Park on Tuesday.\n\nPremier Tom Baker said the province would follow her advice.\n\n“We are seeing more cases in young people,” the province’s top doctor said.",
    quotes: [{ text: "We are seeing more cases in young people,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Dr. Ann Cole, the chief public health officer of Canada, spoke in Ottawa on Friday.\n\nHealth Minister Tom Baker said the government would act.\n\n“The next two weeks matter,” Canada’s top doctor said.\n\n“Stay home if you are sick,” added the country’s chief public health officer.",
    quotes: [
      { text: "The next two weeks matter,", speaker: "Ann Cole" },
      { text: "Stay home if you are sick,", speaker: "Ann Cole" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Police Chief Sam Lee said two arrests were made overnight, and Mayor Ann Cole thanked the officers.\n\n“This was a targeted attack,” the city’s top cop said.",
    quotes: [{ text: "This was a targeted attack,", speaker: "Sam Lee" }],
  },
  // A bare quotation opening the article after a dateline: its speaker is brought in by the next
  // paragraph, as the subject of a verb of saying or of a statement; an attributed lead keeps its own.
  {
    kind: "speaker named after the quote",
    text: "OTTAWA — “We are at a critical point in this outbreak and every day counts.”\n\nDr. Jane Roe, the chief public health officer, issued an urgent call on Monday for everyone to get a booster.\n\n“Please book your appointment,” Roe told reporters.",
    quotes: [
      { text: "We are at a critical point in this outbreak and every day counts.", speaker: "Jane Roe" },
      { text: "Please book your appointment,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "“It is time for a change in this province.”\n\nLiberal Leader Ann Cole said Tuesday that her party would run on housing.",
    quotes: [{ text: "It is time for a change in this province.", speaker: "Ann Cole" }],
  },
  {
    kind: "speaker named after the quote",
    text: "REGINA — “We cannot keep doing the same thing,” Mayor Tom Baker said.\n\nPolice Chief Sam Lee told a news conference on Tuesday that the force would change its approach.",
    quotes: [{ text: "We cannot keep doing the same thing,", speaker: "Tom Baker" }],
  },
  // A first verb with an object, joined by `and` to the verb of saying: the subject stands before
  // the first verb, past an appositive if there is one.
  {
    kind: "speaker introduced before the quote",
    text: "Premier Tom Baker spoke first at the meeting in Regina.\n\nAnn Cole, the mayor of Moose Jaw, took the microphone and said, “We need help now.”\n\nThe minister, Sam Lee, paused for a moment and then added, “Nothing is off the table.”",
    quotes: [
      { text: "We need help now.", speaker: "Ann Cole" },
      { text: "Nothing is off the table.", speaker: "Sam Lee" },
    ],
  },
  // A dateline opening the paragraph before a bare quotation is a place, not the person it is about.
  {
    kind: "speaker introduced before the quote",
    text: "Mayor’s Spring Review\n\nWHITEHORSE – Mayor Ann Cole gave an update to reporters on Tuesday. From city hall, the mayor talked about her first months in office.\n\n“We have kept every promise we made in the fall.”",
    quotes: [{ text: "We have kept every promise we made in the fall.", speaker: "Ann Cole" }],
  },
  // A clause joined after a quotation by `and` that leads into another quotation introduces that
  // one; the first keeps the speaker before it.
  {
    kind: "speaker named after the quote",
    text: "The team flew home from Winnipeg on Monday.\n\nCoach Tom Baker called the win “huge,” and goalie Ann Cole said it was “a long time coming.”",
    quotes: [
      { text: "huge,", speaker: "Tom Baker" },
      { text: "a long time coming.", speaker: "Ann Cole" },
    ],
  },
  // A role before a name (`veteran winger`) after `and` opens a clause; the name is its subject.
  {
    kind: "speaker introduced before the quote",
    text: "The crowd cheered for ten minutes, and veteran winger Sam Lee waved and said “We love this city.”",
    quotes: [{ text: "We love this city.", speaker: "Sam Lee" }],
  },
  // A round-up of experts: each comment below a label line giving a name and a role.
  {
    kind: "speaker introduced before the quote",
    text: "Here is what economists had to say about the latest jobs report:\n\nJane Whitaker, Acme Bank chief economist\n\n“The labour market is cooling faster than expected. We think the central bank will cut in June.”\n\nTom Okafor, senior economist at Northgate Securities\n\n“Wages are still running hot, so we doubt policymakers will move before the fall.”",
    quotes: [
      { text: "The labour market is cooling faster than expected. We think the central bank will cut in June.", speaker: "Jane Whitaker" },
      { text: "Wages are still running hot, so we doubt policymakers will move before the fall.", speaker: "Tom Okafor" },
    ],
  },
  // The columnist asks someone; the bare quotation after is the answer, not the columnist's.
  {
    kind: "speaker introduced before the quote",
    text: "Prices rose again in March. So I asked housing analyst Maria Chen whether they can keep rising.\n\n“Not for long. Buyers are already stretched.”",
    quotes: [{ text: "Not for long. Buyers are already stretched.", speaker: "Maria Chen" }],
  },
  // Words posted on an owner's account or website are the owner's.
  {
    kind: "document for its issuer",
    text: "Workers at the Oshawa plant walked off the job on Monday after talks with the automaker broke down.\n\n“We will not back down,” reads Unifor's Twitter account.",
    quotes: [{ text: "We will not back down,", speaker: "Unifor" }],
  },
  {
    kind: "document for its issuer",
    text: "Workers at the Oshawa plant walked off the job on Monday after talks with the automaker broke down.\n\n“We will not back down,” reads the union's Twitter account.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "The ferry service was cancelled on Friday because of high winds.\n\n“Sailings resume Saturday at noon,” reads a notice on the ferry operator's website.",
    quotes: [{ text: "Sailings resume Saturday at noon,", speaker: null }],
  },
  // A letter read out by someone else: `she wrote` is its writer, not the reader.
  {
    kind: "document for its issuer",
    text: "Tom Baker was sentenced on Friday in a Halifax courtroom.\n\nCrown prosecutor Sam Lee read a letter from Ann Cole, the victim’s mother. “My son was my whole world,” she wrote.\n\nLee then told the court the sentence was fair. “Justice was done here,” she said.",
    quotes: [
      { text: "My son was my whole world,", speaker: "Ann Cole" },
      { text: "Justice was done here,", speaker: "Sam Lee" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "Crown prosecutor Jane Roe read a letter from the victim’s father in court on Monday. “Our family will never be whole again,” he wrote.",
    quotes: [{ text: "Our family will never be whole again,", speaker: null }],
  },
  // A list entry opens with its label and describes it after the colon: the description is the label's.
  {
    kind: "organisation continuation",
    text: "Several retailers cut staff this spring.\n\nNorthwind Outfitters Ltd.: The Halifax-based clothing chain said in April it was closing 12 stores “to protect the core business.”\n\nLakeview Foods Inc.: The Regina-based grocer said it would cut 90 jobs “across every region.”",
    quotes: [
      { text: "to protect the core business.", speaker: "Northwind Outfitters Ltd." },
      { text: "across every region.", speaker: "Lakeview Foods Inc." },
    ],
  },
  // Whoever asks in a `when` clause after a verb of saying sets the scene; the answerer keeps the floor.
  {
    kind: "person named since the last speaker",
    text: "“Not at all,” Chief Tom Baker said when radio host Sam Lee asked whether he would step aside.\n\n“I was hired to finish this job and I will finish it,” he said.",
    quotes: [
      { text: "Not at all,", speaker: "Tom Baker" },
      { text: "I was hired to finish this job and I will finish it,", speaker: "Tom Baker" },
    ],
  },
  // A newsletter sign-up box set inside the article: a bare quotation after it continues the paragraph before.
  {
    kind: "furniture",
    text: "Ann Marsh woke to find strangers camped in her yard.\n\n“I opened the gate and found we had guests,” said Marsh.\n\nGet breaking National news\n\nFor news impacting Canada and around the world, sign up for breaking news alerts delivered directly to you when they happen.\n\nBy providing your email address, you have read and agree to our Terms and Conditions and Privacy Policy\n\n“I don’t want the neighbours to think this is how I live.”\n\nIn a statement, the city said it would clear the site.",
    quotes: [
      { text: "I opened the gate and found we had guests,", speaker: "Ann Marsh" },
      { text: "I don’t want the neighbours to think this is how I live.", speaker: "Ann Marsh" },
    ],
  },
  // `quoted the prime minister as saying`: the one quoted speaks, not the one quoting.
  {
    kind: "subject of the clause",
    text: "Prime Minister Jane Roe gave an interview to anchor Tom Baker on Tuesday. He quoted the prime minister as saying her father taught her to “trust people.”",
    quotes: [{ text: "trust people.", speaker: "Jane Roe" }],
  },
  // A preposition opening a sentence is no part of the name after it.
  {
    kind: "pronoun to non-person",
    text: "Jagmeet Singh spoke calmly to the crowd. Behind Mr. Singh, a woman shook her head. But Mr. Singh remained still.\n\n“We will not be intimidated,” he said.",
    quotes: [{ text: "We will not be intimidated,", speaker: "Jagmeet Singh" }],
  },
  // A speaker whose words are reported in a sentence between two quotations of one paragraph takes the second.
  {
    kind: "person named since the last speaker",
    text: "The new operating room should be “up and running in a year and a half,” Dr. Ann Marsh said. Provincial spokesperson Tom Baker said the timing will depend on the fundraising. “Once the money is raised, the procurement process will begin.”",
    quotes: [
      { text: "up and running in a year and a half,", speaker: "Ann Marsh" },
      { text: "Once the money is raised, the procurement process will begin.", speaker: "Tom Baker" },
    ],
  },
  // … but not one in a clause of the first quotation's own attribution sentence.
  {
    kind: "person named since the last speaker",
    text: "“We got to treat people fairly,” Tom Baker said, after pointing to retention pay his government announced last winter. “We are going to sit down and negotiate fairly.”",
    quotes: [
      { text: "We got to treat people fairly,", speaker: "Tom Baker" },
      { text: "We are going to sit down and negotiate fairly.", speaker: "Tom Baker" },
    ],
  },
  // A subhead between paragraphs is nobody's subject: `he said` after it still goes to the speaker before.
  {
    kind: "furniture",
    text: "On his way into the service, Premier Tom Baker said it was important to remember the victims.\n\n27-year-old charged\n\n“Over the past week we have been reminded of the strength of this province,” he said.",
    quotes: [{ text: "Over the past week we have been reminded of the strength of this province,", speaker: "Tom Baker" }],
  },
  // A pronoun after a quotation: the subject of the sentence leading into it, named since the last speaker, in one paragraph.
  {
    kind: "person named since the last speaker",
    text: "Fans left the arena in silence. Ana Ruiz said the loss stung. “We will be back,” she said. Later, Jim Carr, who came with his friend Tom Baker, shook his head. “It is over,” he said. At The Blue Goose pub on King Street, Sam Leduc sat alone. “I need a drink,” he said.",
    quotes: [
      { text: "We will be back,", speaker: "Ana Ruiz" },
      { text: "It is over,", speaker: "Jim Carr" },
      { text: "I need a drink,", speaker: "Sam Leduc" },
    ],
  },
  // `that’s easier said …`: a determiner with a contracted `is` opens a clause, no description that speaks.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker said he was still celebrating.\n\n“It was a long road,” Baker said.\n\nBut that’s easier said than forgotten, he added.\n\n“We are already thinking of next year,” he said.",
    quotes: [
      { text: "It was a long road,", speaker: "Tom Baker" },
      { text: "We are already thinking of next year,", speaker: "Tom Baker" },
    ],
  },
  // … and the last speaker named again as that subject keeps the pronoun, whatever place follows in the sentence.
  {
    kind: "person named since the last speaker",
    text: '“We honked the whole way,” Jim Tallow says.\n\nThe city is planning a parade.\n\nJim Tallow drove more than 900 kilometres from Riverton B.C. to see the parade. "I would not miss this for anything," he said.',
    quotes: [
      { text: "We honked the whole way,", speaker: "Jim Tallow" },
      { text: "I would not miss this for anything,", speaker: "Jim Tallow" },
    ],
  },
  // `said Tuesday when a reporter asked`: the questioner in a `when` clause after the day of saying only sets the scene.
  {
    kind: "pronoun resolved wrongly",
    text: "“I am not worried,” Ann Marsh said Tuesday when a reporter asked about her budget.\n\n“The work is going well,” she added.",
    quotes: [
      { text: "I am not worried,", speaker: "Ann Marsh" },
      { text: "The work is going well,", speaker: "Ann Marsh" },
    ],
  },
  // Any past-tense verb straight after a quotation, then a name that ends the clause, inverts like `said X`;
  // a role without a determiner before the name is its title.
  {
    kind: "speaker named after the quote",
    text: "The home crowd rose as the final buzzer neared.\n\n“Let’s go! Let’s go!” urged veteran guard Tom Baker.\n\n“Not yet!” cheered Ann Marsh, as the lights dimmed.",
    quotes: [
      { text: "Let’s go! Let’s go!", speaker: "Tom Baker" },
      { text: "Not yet!", speaker: "Ann Marsh" },
    ],
  },
  // A parenthesis set off by dashes between the quotation and its inverted verb.
  {
    kind: "speaker named after the quote",
    text: "The bench was loud all night.\n\n“Ten more points!” — raising the stakes — shouted Ann Marsh.",
    quotes: [{ text: "Ten more points!", speaker: "Ann Marsh" }],
  },
  // … but a name that is the object of a longer clause is not the speaker.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker addressed the rally in the rain.\n\n“We will win this!” prompted Ann Marsh to leave the stage early.",
    quotes: [{ text: "We will win this!", speaker: "Tom Baker" }],
  },
  // A title for the holder who has the floor (speaker or subject), not one named since in passing.
  {
    kind: "description of a named person",
    text: "“This is a good day for the province,” Ontario Premier Ann Marsh told reporters on Monday. She said she had spoken with Quebec Premier Tom Baker about the deal.\n\n“We agreed on the broad strokes,” the premier said.",
    quotes: [
      { text: "This is a good day for the province,", speaker: "Ann Marsh" },
      { text: "We agreed on the broad strokes,", speaker: "Ann Marsh" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Ontario Premier Ann Marsh spoke to reporters on Monday. She said she had spoken with Quebec Premier Tom Baker about the deal.\n\n“We agreed on the broad strokes,” the Premier said.",
    quotes: [{ text: "We agreed on the broad strokes,", speaker: "Ann Marsh" }],
  },
  // An indefinite description whose person is named as the subject opening the next sentence or paragraph.
  {
    kind: "description of a named person",
    text: "A veteran radio host announced her resignation on Monday in a letter saying she could no longer work there “in good conscience.”\n\nAnn Marsh describes leaving the station where she once hosted the morning show.",
    quotes: [{ text: "in good conscience.", speaker: "Ann Marsh" }],
  },
  // … but not someone who comes with a title of their own.
  {
    kind: "description of a named person",
    text: "A neighbour said the car was “going very fast.”\n\nPolice Chief Tom Baker said the investigation continues.",
    quotes: [{ text: "going very fast.", speaker: null }],
  },
  // A release with no issuer introduced is the organisation's that spoke last, past a person quoted in between;
  // a union's `Local 210` names an organisation.
  {
    kind: "document for its issuer",
    text: "Workers at the plant may strike next week.\n\nAs talks stall, Unifor says that members have little choice.\n\n“We are ready to talk,” said Tom Baker, president of the local.\n\n“A strike would hurt customers,” the release adds.",
    quotes: [
      { text: "We are ready to talk,", speaker: "Tom Baker" },
      { text: "A strike would hurt customers,", speaker: "Unifor" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "Labourfront Local 210 members could walk off the job on Friday.\n\nAs talks stall, Labourfront says members have little choice.\n\n“We are ready to talk,” said Ann Marsh, president of the local.\n\n“A strike would hurt customers,” the release adds.",
    quotes: [
      { text: "We are ready to talk,", speaker: "Ann Marsh" },
      { text: "A strike would hurt customers,", speaker: "Labourfront" },
    ],
  },
  // Of coordinated subjects the first speaks for the pair: `she and Baker agreed … “…”` is hers.
  {
    kind: "subject of the clause",
    text: "Premier Ann Marsh met Prime Minister Tom Baker in Ottawa on Friday.\n\nMarsh said she and Baker agreed to meet again “in a few months” to review the deal.",
    quotes: [{ text: "in a few months", speaker: "Ann Marsh" }],
  },
  // `revealed` is a verb of saying: `“…,” Marsh revealed` is Marsh's, not the last person named.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker skated by the bench after the hit, which Ann Marsh did not like.\n\n“First of all, get away from the bench,” Marsh revealed. “Second, he was lucky.”",
    quotes: [
      { text: "First of all, get away from the bench,", speaker: "Ann Marsh" },
      { text: "Second, he was lucky.", speaker: "Ann Marsh" },
    ],
  },
  // A dateline before the sentence that introduces a statement with a colon is no subject.
  {
    kind: "introduced by a colon",
    text: "Mayor’s tactics criticized\n\nTORONTO — Ann Marsh released the following statement after the mayor’s press conference:\n\n“Yet again the mayor is teasing big announcements about transit. Riders deserve to know the plan now.”",
    quotes: [
      {
        text: "Yet again the mayor is teasing big announcements about transit. Riders deserve to know the plan now.",
        speaker: "Ann Marsh",
      },
    ],
  },
  // A short quotation whose comma is followed by a role, a name and a verb of saying is speech, not a run-on term.
  {
    kind: "speaker named after the quote",
    text: "Ann Marsh was sent down after the loss. “She’s the best,” manager Tom Baker said. “She’ll be back.”",
    quotes: [
      { text: "She’s the best,", speaker: "Tom Baker" },
      { text: "She’ll be back.", speaker: "Tom Baker" },
    ],
  },
  // The last word of a building's or site's name makes it a place: `he` after it is the person before.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke on Monday at the Saskatchewan Legislative Building, where he thanked voters.\n“We will keep our word,” he said.",
    quotes: [{ text: "We will keep our word,", speaker: "Tom Baker" }],
  },
  // `the victim’s boyfriend`: a relation of someone else's is somebody else, not the judge
  // the text was about; the text never names him.
  // `a cyclist in the crowd`, `one commuter`: a noun of one who does something, with no name,
  // is a person the text never names.
  {
    kind: "unnamed person",
    text: "Mayor Tom Baker closed the bridge on Monday.\n“Keep the bridge open!” shouted a cyclist in the crowd.\n“It seems silly to block it,” said one commuter.",
    quotes: [
      { text: "Keep the bridge open!", speaker: null },
      { text: "It seems silly to block it,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Judge Tom Baker said he does not believe the teen shows remorse.\n“He never did and he never will,” the victim’s boyfriend said.",
    quotes: [{ text: "He never did and he never will,", speaker: null }],
  },
  // A town or a feature of the land named by its kind (`Bay`, `Harbour`, `River`) is a place,
  // even after a given name (`Constance`, `Grace`): no `she` stands for it.
  {
    kind: "pronoun to non-person",
    text: "Dr. Ana Ruiz filled sandbags all weekend. Because of the flood Grace Harbour had last spring, residents are ready, she said.\n“We won’t be caught off guard again,” she said.",
    quotes: [{ text: "We won’t be caught off guard again,", speaker: "Ana Ruiz" }],
  },
  // A feature or town whose kind opens its name (`Mount`, `Lake`, `Fort`), or a park of a kind
  // (`National Park`), is a place, though a man's name may follow: no `he` stands for it.
  {
    kind: "pronoun to non-person",
    text: "Tom Keno has guided climbers in the Yukon for 30 years. Last spring he camped below Mount Douglas, at the edge of Kluane National Park.\n“You hear the ice crack all night,” he said.",
    quotes: [{ text: "You hear the ice crack all night,", speaker: "Tom Keno" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Ruth Aklak grew up near the mine. She has watched Fort Grant shrink every year since.\n“Half the houses are empty now,” she said.",
    quotes: [{ text: "Half the houses are empty now,", speaker: "Ruth Aklak" }],
  },
  // `Philippe` is a man's name in French: `he` after `Premier Philippe Roy said` is Roy, not the
  // minister who spoke before him.
  {
    kind: "pronoun resolved wrongly",
    text: "Water levels are still rising, Environment Minister David Brown told a news conference.\n“Our models show a small increase,” he said.\nPremier Philippe Roy said he hoped the rain would hold off.\n“We are crossing our fingers,” he said.",
    quotes: [
      { text: "Our models show a small increase,", speaker: "David Brown" },
      { text: "We are crossing our fingers,", speaker: "Philippe Roy" },
    ],
  },
  // `said his niece Jane Roe`: a relation's noun before a name is her role, and she, named
  // since the doctor spoke, is the `she` who speaks next.
  {
    kind: "pronoun resolved wrongly",
    text: "Dr. Nadia Khan sat with the patient. It was a choice Khan, a family physician, tweeted about last week.\nKnowing he has company eases the family’s worry, said his niece Carla Mendes. She has stopped calling.\n“I thanked the doctor a hundred times,” she said.",
    quotes: [{ text: "I thanked the doctor a hundred times,", speaker: "Carla Mendes" }],
  },
  // A television programme is the outlet it is named for, not a person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Mayor Tom Baker spoke during a morning appearance on Global’s Morning Television.\n“We are doing the right thing,” he said.",
    quotes: [{ text: "We are doing the right thing,", speaker: "Tom Baker" }],
  },
  // A caption's bracketed photo credit names the photographer, whom no later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker met the strikers on Friday.\nBaker speaks to reporters in Regina. (Jordan Lee/CBC)\n“We are on your side,” he said.",
    quotes: [{ text: "We are on your side,", speaker: "Tom Baker" }],
  },
  // `the premier designate` is the premier not yet sworn in, a description of the person named before.
  {
    kind: "description of a named person",
    text: "A day after Ann Marsh’s landslide win, the premier designate met reporters.\nThe premier designate said the rival ads were “cruel and bizarre.”",
    quotes: [{ text: "cruel and bizarre.", speaker: "Ann Marsh" }],
  },
  // `-elect` and `-designate` make a title, not part of the name.
  {
    kind: "title inside the attribution",
    text: "“We start work tomorrow,” said Premier-designate Ann Marsh.",
    quotes: [{ text: "We start work tomorrow,", speaker: "Ann Marsh" }],
  },
  // An interview set out as question and answer: the one asked answers, not a place named in the question.
  {
    kind: "introduced by a colon",
    text: "Premier Tom Baker smiled through a string of questions from reporters.\n\nIs he going to Saskatoon tomorrow?: “I will be there at some point.”\n\nWill he stop in Yorkton?: “I always have meetings.”",
    quotes: [
      { text: "I will be there at some point.", speaker: "Tom Baker" },
      { text: "I always have meetings.", speaker: "Tom Baker" },
    ],
  },
  // A gerund after `for` takes the one blamed as its subject: the words are Baker's, not Marsh's.
  {
    kind: "subject of the clause",
    text: "Opposition Leader Ann Marsh lashed out at Premier Tom Baker for saying her plan was “reckless and cruel.”",
    quotes: [{ text: "reckless and cruel.", speaker: "Tom Baker" }],
  },
  // `told the crowd that “it …”`: `that` before a clause is the conjunction of reported speech, not a determiner.
  {
    kind: "partial quote in a reported clause",
    text: "Mayor Ann Marsh spoke at the housing forum on Tuesday.\nShe told the crowd that “it does count who runs the harbour” when rents keep rising.",
    quotes: [{ text: "it does count who runs the harbour", speaker: "Ann Marsh" }],
  },
  // Words mouthed without a sound are the words themselves, like those chanted (round 10, PolNeAR train).
  {
    kind: "scare quotes and lists",
    text: "Premier Dana Kirk lifted the pennant and swung it overhead, mouthing “well done” toward the bleachers.",
    quotes: [{ text: "well done", speaker: "Dana Kirk" }],
  },
  // The grounds a speaker gives for praise or blame, quoted, are the speaker's words (round 10, PolNeAR train).
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Ann Roy spoke after the flood on Tuesday.\nRoy thanked the volunteers for “showing up when it mattered most.” The pumps ran all night.",
    quotes: [{ text: "showing up when it mattered most.", speaker: "Ann Roy" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Jack Lowe spoke in Regina on Monday.\nLowe blasted the railway for its “reckless disregard” of farm towns along the line.",
    quotes: [{ text: "reckless disregard", speaker: "Jack Lowe" }],
  },
  // `what X called “…”`: a free relative with a subject and a verb of naming hands the quoted words to
  // that subject, however few; `what is called “…”` has no one saying them (round 10, PolNeAR train).
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Rita Vance voted against the budget on Monday.\nThe plan would deepen what Vance called “a slow-motion crisis.” The vote was 7 to 4.",
    quotes: [{ text: "a slow-motion crisis.", speaker: "Rita Vance" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dr. Omar Hale, the chief medical officer, spoke on Friday.\nHale also pushed back on what he called “needless panic” over the school closures.",
    quotes: [{ text: "needless panic", speaker: "Omar Hale" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The bakery sells what is called “a tourtière” in the old town. It opens at six.",
    quotes: [],
  },
  // A person's office speaks for them but is no `he` (round 7, Canadian politics).
  {
    kind: "pronoun to non-person",
    text: "Mark Dunn spoke in Regina on Monday.\n\nDunn’s office had said he was misquoted. But Dunn kept to his claim.\n\n“The numbers are wrong,” he said.",
    quotes: [{ text: "The numbers are wrong,", speaker: "Mark Dunn" }],
  },
  // Before `, saying`, the clause set off by a comma is the predicate, not an appositive.
  {
    kind: "subject of the clause",
    text: "Lena Ortiz met council staff on Monday.\n\nOrtiz, herself a former council member, unveiled the budget on Tuesday, saying it would fund repairs “without a tax hike.”",
    quotes: [{ text: "without a tax hike.", speaker: "Lena Ortiz" }],
  },
  // A spelled-out age opening the sentence describes the person; it is no part of the name.
  {
    kind: "affiliation",
    text: "Fifty-one-year-old Kowalczyk has denied the charge. “I never touched the money,” Kowalczyk told the court.",
    quotes: [{ text: "I never touched the money,", speaker: "Kowalczyk" }],
  },
  // `he` for a person shows his gender; a later `she` (an unnamed witness) is not him, and
  // `that he …` is a clause, no description that could speak.
  {
    kind: "pronoun resolved wrongly",
    text: "The judge in the trial of Ardo Brandt will rule in May.\n\nBrandt has pleaded not guilty. He admitted in court that he sold the car, but said it was his to sell.\n\nCrown lawyer Tom Stone said the sale was “plain fraud.”\n\nStone went over the evidence of the first witness.\n\nShe testified that the car was “a wreck from day one.”",
    quotes: [
      { text: "plain fraud.", speaker: "Tom Stone" },
      { text: "a wreck from day one.", speaker: null },
    ],
  },
  {
    kind: "affiliation",
    // A plural team's possessive (`Otters’`) before the role: the coach named after it speaks, not the team.
    text: "The Otters dropped their third straight game. “We were flat from the opening whistle,” said Otters’ head coach Dana Pike.",
    quotes: [{ text: "We were flat from the opening whistle,", speaker: "Dana Pike" }],
  },
  {
    kind: "description of a named person",
    // `the calm Otters’ interim head coach` runs on over the plural's apostrophe to the article,
    // so it is a definite description of the person the paragraph is about.
    text: 'Dana Pike did not sound worried after the loss on Friday.\n\n"We have nothing to hang our heads about," the calm Otters\' interim head coach said.',
    quotes: [{ text: "We have nothing to hang our heads about,", speaker: "Dana Pike" }],
  },
  {
    kind: "pronoun resolved wrongly",
    // `many would say`: a plural speaker is no antecedent of `he`, which is the goalie named before.
    text: "Sam Ortiz let in four goals on 12 shots, in what many would say was his worst night of the year.\n\n“Everybody wants that one back,” he said.",
    quotes: [{ text: "Everybody wants that one back,", speaker: "Sam Ortiz" }],
  },
  {
    kind: "description of a named person",
    // A headline names the coach only by a description; the paragraphs after are about the
    // person named, whom the later description fits, so he is its antecedent, not the headline's.
    text: "Lakers coach says team must regroup\n\nNora Quinn kept her temper after the loss on Friday.\n\n“We will be back on Tuesday,” the calm Lakers head coach said.",
    quotes: [{ text: "We will be back on Tuesday,", speaker: "Nora Quinn" }],
  },
  {
    kind: "description of a named person",
    // `the CEO`: an office abbreviated in capitals, like `the MP`, stands for the holder named before.
    text: "Harbourline CEO Maya Chen met the investors on Monday. The shares fell nine per cent.\n\n“We will win them back,” the CEO said.",
    quotes: [{ text: "We will win them back,", speaker: "Maya Chen" }],
  },
  // A participle set off by a comma (`…, saying`) is a free adjunct: its subject is the main
  // clause's, not a place or an object just before the comma.
  {
    kind: "subject of the clause",
    text: "Ann Marsh spoke to a crowd of volunteers in Port Hardwick, N.S., saying she felt “very proud” of them.\n\n“We built this together,” she said.",
    quotes: [
      { text: "very proud", speaker: "Ann Marsh" },
      { text: "We built this together,", speaker: "Ann Marsh" },
    ],
  },
  {
    kind: "subject of the clause",
    text: "In the same online post, he also urged the club's owners to act, saying he has heard “a loud demand” from fans.",
    quotes: [{ text: "a loud demand", speaker: null }],
  },
  // A dateline's place is no subject: `HALIFAX — Jane Roe apologized …, stating …` is hers.
  {
    kind: "subject of the clause",
    text: "HALIFAX — Ann Marsh apologized Monday for a remark she made a day earlier, stating her party “won’t work with anyone.”",
    quotes: [{ text: "won’t work with anyone.", speaker: "Ann Marsh" }],
  },
  // `co-anchor` is a role by its head after the hyphen: the name it runs into speaks.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker defended the plan, saying it was new.\n\n“That was the first time in a year, minister,” Radio One Morning Report co-host Ann Marsh said. “It rarely happens.”",
    quotes: [
      { text: "That was the first time in a year, minister,", speaker: "Ann Marsh" },
      { text: "It rarely happens.", speaker: "Ann Marsh" },
    ],
  },
  // A verb of saying inside a clause opened by `when` has that clause's subject; `When he
  // returned he began by saying` keeps the main clause's.
  {
    kind: "subject of the clause",
    text: "The mill matters. However, when Mayor Ann Marsh blames the province and says it would act “if the plant closed in any town in the south” she forgets the mill.",
    quotes: [{ text: "if the plant closed in any town in the south", speaker: "Ann Marsh" }],
  },
  // A name between a determiner and a noun only qualifies it (`the same Bluebird Media post`):
  // the pronoun after it stands for the person named before, not for that name.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Tom Baker threatened the club's owners on Sunday.\n\nIn the same Bluebird Media post, he also urged the league to act, saying he has heard “a loud demand” from fans.",
    quotes: [{ text: "a loud demand", speaker: "Tom Baker" }],
  },
  // A credit line after a quotation: a dash, then the signer with their team and role.
  {
    kind: "affiliation",
    text: "The club has not won a round in years.\n\n“We will win more games this spring than anyone expects.”—Halifax Harbour Hawks coach Tom Baker, May 2, 2019.\n\nThe Hawks open at home on Friday.",
    quotes: [{ text: "We will win more games this spring than anyone expects.", speaker: "Tom Baker" }],
  },
  // A pull quote signed below by a dash and a name is the signer's quotation, though repeated below.
  {
    kind: "furniture",
    text: "Jane Roe accused the minister of ducking the committee all winter.\n\n“Why does he fear a few simple questions from the members of this committee?”\n\n— Jane Roe\n\n“It is a disgrace,” Roe said. “Why does he fear a few simple questions from the members of this committee?”",
    quotes: [
      { text: "Why does he fear a few simple questions from the members of this committee?", speaker: "Jane Roe" },
      { text: "It is a disgrace,", speaker: "Jane Roe" },
      { text: "Why does he fear a few simple questions from the members of this committee?", speaker: "Jane Roe" },
    ],
  },
  // A lead quotation after a dateline, below a teaser naming someone else: the next paragraph brings in its speaker.
  {
    kind: "speaker named after the quote",
    text: "Premier Tom Baker has not ruled out a lockdown.\n\nHALIFAX — “Please stay home this weekend.”\n\nDr. Jane Roe, the province’s top doctor, issued the plea on Friday as cases rose for a fifth day.",
    quotes: [{ text: "Please stay home this weekend.", speaker: "Jane Roe" }],
  },
  // A capitalised role with no name after it is the person it introduced before; a page cut mid-word still names it.
  {
    kind: "title inside the attribution",
    text: "Health Minister Jane Roe met the premiers in Regina. Prime Minister Tom Baker stayed in Ottawa.\n\n“We will not wait for the provinces,” said federal Health Minister.",
    quotes: [{ text: "We will not wait for the provinces,", speaker: "Jane Roe" }],
  },
  {
    kind: "title inside the attribution",
    text: "Health Minister Jane Roe met the premiers in Regina. Prime Minister Tom Baker stayed in Ottawa.\n\n“We will not wait for the provinces,” said federal Health Min",
    quotes: [{ text: "We will not wait for the provinces,", speaker: "Jane Roe" }],
  },
  // `one resident` after the text introduced `One resident, Jane Roe,`: that resident.
  {
    kind: "description of a named person",
    text: "Police made a dozen arrests on Elm Street this week.\n\nOne Elm Street resident, Jane Roe, said she watched officers search the building.\n\n“This was meant to be a quiet place to live,” one resident says.",
    quotes: [{ text: "This was meant to be a quiet place to live,", speaker: "Jane Roe" }],
  },
  // A subject inside what another verb reports (`She conceded some members wanted …`) is not
  // who has the floor: a bare quotation next is the main clause's subject's.
  {
    kind: "subject of the clause",
    text: "Mayor Jane Roe spoke to the union on Friday.\n\nShe conceded some members wanted her to drop the plan. “We did not drop it, and we never will.”",
    quotes: [{ text: "We did not drop it, and we never will.", speaker: "Jane Roe" }],
  },
  // `as defined by X` after a quotation: the passive's agent is the quotation's source, not the last speaker.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke to the council on Monday.\n\nThe old name is widely seen as “a slur with a long history,” as defined by the Oxford English Dictionary.",
    quotes: [{ text: "a slur with a long history,", speaker: "Oxford English Dictionary" }],
  },
  // A delayed identification lead: the article opens with a role (`Halifax’s mayor says`) and
  // names its holder in the next sentence; `the mayor` later is that person, not the role.
  {
    kind: "description of a named person",
    text: "Halifax’s mayor says the city must fight the plan to close the ferry terminal.\n\nJane Roe said Friday that the province was wrong to act alone.\n\nThe mayor acknowledged the province has the power, but said a meeting is needed.\n\n“People are unhappy,” she said.",
    quotes: [{ text: "People are unhappy,", speaker: "Jane Roe" }],
  },
  // A headline gives a title alone (`Minister says …`); the lead names its holder with that title.
  {
    kind: "description of a named person",
    text: "Minister vows ‘no more delays’ on the bridge repairs\n\nMarch 3, 2026\n\nREGINA\n\nTransport Minister Ann Marsh says the work will start in May.\n\nShe said crews are ready.",
    quotes: [{ text: "no more delays", speaker: "Ann Marsh" }],
  },
  // A headline's title whose holder the lead names first, without the title (`Premier vows …` then `Tom Baker said`).
  {
    kind: "description of a named person",
    text: "‘We will fix it’: Premier vows action on school repairs\nTom Baker said Monday he wants every leaking roof repaired by the fall.\nThe premier spoke at a school in Moose Jaw.",
    quotes: [{ text: "We will fix it", speaker: "Tom Baker" }],
  },
  // One person holds several offices: `the civic leader` is the mayor the text is about, and
  // `the councillor` the chair just named, though the text gave each another title first.
  {
    kind: "description of a named person",
    text: 'Mayor Tom Baker wants the transit tax debate stopped. "People cannot pay more," Baker said.\n\nThe civic leader vowed to vote against every new tax.\n\n"We have enough money already," he said.\n\nTransit Chair Ann Marsh argued the debate was overdue.\n\n"Residents deserve a say," the councillor added.',
    quotes: [
      { text: "People cannot pay more,", speaker: "Tom Baker" },
      { text: "We have enough money already,", speaker: "Tom Baker" },
      { text: "Residents deserve a say,", speaker: "Ann Marsh" },
    ],
  },
  // After an inverted verb, a place named through `of` (`U of S`) and a role with a lower-case portfolio run on to the holder's name.
  {
    kind: "description of a named person",
    text: "“We need a clear policy,” said U of S vice-provost of teaching and learning Ann Marsh on Tuesday.",
    quotes: [{ text: "We need a clear policy,", speaker: "Ann Marsh" }],
  },
  // A role's abbreviation after `the` (`the QB`) is the person introduced with it right before the name.
  {
    kind: "description of a named person",
    text: "The Lions beat the Stampeders 30-20 on Saturday. Lions QB Tom Baker threw three touchdowns, and NDP Leader Ann Marsh watched from the stands.\n\nThe game was close in the first half.\n\n“We stuck with it,” the QB said.",
    quotes: [{ text: "We stuck with it,", speaker: "Tom Baker" }],
  },
  // A quotation that lost its opening mark right after another that ended its sentence in the same paragraph.
  {
    kind: "boundaries",
    text: "“We are all in shock,” Jane Roe, the mayor, told the vigil. “Nothing like this has ever happened to our town.” Our hearts are broken,” added Tom Baker, the league’s president.",
    quotes: [
      { text: "We are all in shock,", speaker: "Jane Roe" },
      { text: "Nothing like this has ever happened to our town.", speaker: "Jane Roe" },
      { text: "Our hearts are broken,", speaker: "Tom Baker" },
    ],
  },
  // A quotation standing alone right after a paragraph that ends with the speaker's words goes on with them, though it repeats the lead's clip.
  {
    kind: "furniture",
    text: "In a video posted on Monday, Jane Roe is heard saying: “The next ten years will belong to this town and nobody else.”\n\nRoe spoke at a dinner in Moncton.\n\n“We were slow for a while,” said Roe. “But we are catching up.”\n\n“The next ten years will belong to this town and nobody else.”\n\nShe did not say how.",
    quotes: [
      { text: "The next ten years will belong to this town and nobody else.", speaker: "Jane Roe" },
      { text: "We were slow for a while,", speaker: "Jane Roe" },
      { text: "But we are catching up.", speaker: "Jane Roe" },
      { text: "The next ten years will belong to this town and nobody else.", speaker: "Jane Roe" },
    ],
  },
  // Accented French given names get the gender of their unaccented spelling, so `he` skips `Mélanie Roy`.
  {
    kind: "pronoun resolved wrongly",
    text: "Councillor Gérard Boucher and Mayor Mélanie Roy sparred over the budget on Tuesday.\n\n“You are hiding the deficit,” Boucher said. When Roy asked him to repeat himself, he said: “I said you are hiding it.”\n\nRoy then asked whether the figures worried him.\n\n“No, what worries me is the spending,” he replied.",
    quotes: [
      { text: "You are hiding the deficit,", speaker: "Gérard Boucher" },
      { text: "I said you are hiding it.", speaker: "Gérard Boucher" },
      { text: "No, what worries me is the spending,", speaker: "Gérard Boucher" },
    ],
  },
  // Given names of Canada's other communities have a gender too (`Tomasz`, `Ajay` men's, `Priya` a
  // woman's): without it `he` and `she` swap, and `he` passes over `Ajay Verma` for a woman.
  {
    kind: "pronoun resolved wrongly",
    text: "The council heard from Tomasz Nowak, who owns a bakery on the strip, and from Priya Nair, a nurse at the clinic.\n\n“The rent doubled in two years,” he said.\n\n“My patients cannot afford the bus,” she said.\n\nAjay Verma, who drives for a delivery firm, spoke after Coun. Sarah Clark read the motion.\n\n“Nobody here asked for this,” he said.",
    quotes: [
      { text: "The rent doubled in two years,", speaker: "Tomasz Nowak" },
      { text: "My patients cannot afford the bus,", speaker: "Priya Nair" },
      { text: "Nobody here asked for this,", speaker: "Ajay Verma" },
    ],
  },
  // `X of Acme, the firm that …, said`: the appositive describes the organisation; X is still the subject.
  {
    kind: "affiliation",
    text: "“The trench was dug late,” said Tom Baker, the city’s engineer.\n\nCody Smith of Harbour Property Management, the firm that runs two towers on the street, said he got no warning.\n\nHe said the work slowed traffic.\n\n“We’ve had ambulances come here before,” he said. “The street is tight.”",
    quotes: [
      { text: "The trench was dug late,", speaker: "Tom Baker" },
      { text: "We’ve had ambulances come here before,", speaker: "Cody Smith" },
      { text: "The street is tight.", speaker: "Cody Smith" },
    ],
  },
  // A name set off by a comma that closes its sentence is an appositive (here of an object), not a subject taking over.
  {
    kind: "pronoun resolved wrongly",
    text: "“We will vote no,” Tom Baker said.\n\nHis question was the same one put last week by the mayor of Moncton, Paul Léger, to the opposition leader, Marc Cormier.\n\n“What is this council for?” he asked in the chamber.",
    quotes: [
      { text: "We will vote no,", speaker: "Tom Baker" },
      { text: "What is this council for?", speaker: "Paul Léger" },
    ],
  },
  // A surname of two words given alone (Quebec style) stands for the person named in full with it.
  {
    kind: "surname shared by two people",
    text: "Opposition Leader Luc St-Onge Tremblay criticized the plan on Monday.\n\n“It is a fiction,” said Finance Minister Ann Marsh’s critic, Tom Baker.\n\nSt-Onge Tremblay went further. “This budget hides the deficit,” St-Onge Tremblay said.",
    quotes: [
      { text: "It is a fiction,", speaker: "Tom Baker" },
      { text: "This budget hides the deficit,", speaker: "Luc St-Onge Tremblay" },
    ],
  },
  // `X sent a statement saying …`: the statement is the object of `sent`; its words are X's.
  {
    kind: "document for its issuer",
    text: "The vote was called off on Wednesday.\n\nThe Harbour Authority sent a statement saying the wharf would stay closed “until the engineers say it is safe.”",
    quotes: [{ text: "until the engineers say it is safe.", speaker: "Harbour Authority" }],
  },
  // An office named with its portfolio before its holder (`Chief Safety Officer of Transit Dr. Jane Roe`).
  {
    kind: "description of a named person",
    text: "Chief Medical Officer of Health Dr. Jane Roe urged patience at the briefing on Monday.\n\n“We are not done with this virus yet,” she said.",
    quotes: [{ text: "We are not done with this virus yet,", speaker: "Jane Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "“We will table the budget next week,” said Minister of Finance Tom Baker.",
    quotes: [{ text: "We will table the budget next week,", speaker: "Tom Baker" }],
  },
  // A capitalised office after a determiner describes its holder, as it does in lower case.
  {
    kind: "description of a named person",
    text: "Ontario Liberal Leader Jane Roe attacked the housing plan on Tuesday.\n\n“It is a mess of our own making,” said Tom Baker, a housing researcher.\n\n“This plan will not build a single home,” the Liberal Leader said.",
    quotes: [
      { text: "It is a mess of our own making,", speaker: "Tom Baker" },
      { text: "This plan will not build a single home,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "NDP leader Jane Roe pressed the government on wait times.\n\n“Patients are waiting in hallways,” said Roe.\n\nThe Opposition Leader’s questions came a day after the hospital report.\n\n“We hired more nurses than anyone,” said Tom Baker.\n\n“That is not an answer,” she said.",
    quotes: [
      { text: "Patients are waiting in hallways,", speaker: "Jane Roe" },
      { text: "We hired more nurses than anyone,", speaker: "Tom Baker" },
      { text: "That is not an answer,", speaker: "Jane Roe" },
    ],
  },
  // A party speaks by its members' plural name: `the Conservatives said … the party said`.
  {
    kind: "organisation continuation",
    text: "The Conservatives said they would vote against the bill on Thursday.\n\n“This bill hides the true cost from taxpayers,” the party said in a statement.",
    quotes: [{ text: "This bill hides the true cost from taxpayers,", speaker: "Conservatives" }],
  },
  // A person the text describes by a common noun only is nobody it names: no speaker's name.
  {
    kind: "unnamed person",
    text: "Police closed the road after the crash.\n\nOne neighbour, who did not want to be named, said the driver had been speeding.\n\n“We heard the brakes, then a bang,” she said. “It shook the windows.”",
    quotes: [
      { text: "We heard the brakes, then a bang,", speaker: null },
      { text: "It shook the windows.", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Judge Ann Lee adjourned the hearing to May. “I want him to stay in jail,” the victim’s sister-in-law said outside court.",
    quotes: [{ text: "I want him to stay in jail,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "A woman who lives nearby said she called 911. “There was smoke everywhere and people were shouting,” she said.",
    quotes: [{ text: "There was smoke everywhere and people were shouting,", speaker: null }],
  },
  // Guards: a resident the text names, and a body named by its noun, keep their names.
  {
    kind: "unnamed person",
    text: "One resident, Paul Grant, said the street was usually quiet. “Nobody saw it coming,” he said.",
    quotes: [{ text: "Nobody saw it coming,", speaker: "Paul Grant" }],
  },
  {
    kind: "unnamed person",
    text: "Officers searched the park overnight. “The investigation is continuing,” the city said in a statement.",
    quotes: [{ text: "The investigation is continuing,", speaker: null }],
  },
  // A lower-case role before a name opening its sentence makes one subject with it: `he` is that person
  // (given names of no known gender, so only the subject decides).
  {
    kind: "person named since the last speaker",
    text: "Area resident Lor Penhall says the tower is too tall.\n\n“Can this street take another thousand cars?” asked Penhall.\n\nArea resident Dov Kessel lives just east of the site.\n\n“It does not fit the neighbourhood,” he said.",
    quotes: [
      { text: "Can this street take another thousand cars?", speaker: "Lor Penhall" },
      { text: "It does not fit the neighbourhood,", speaker: "Dov Kessel" },
    ],
  },
  // The subject of a clause opening the sentence with `When` is in mind for the `he` that follows, and
  // the lines a video player repeats under its teaser are the page's, not subjects.
  {
    kind: "pronoun to non-person",
    text: "Click to play video: 'Evening News: May 2'\nEvening News: May 2\nEvening News: May 2 – May 2, 2021\n\nWhen Tom Baker was stopped at the border in June, the leader of the Harbour Party was asked if he carried a weapon.\n\n“Only my notes,” he answered.",
    quotes: [{ text: "Only my notes,", speaker: "Tom Baker" }],
  },
  // `labelled X a Y Friday and said`: the day closes the first verb's phrase; its subject says.
  {
    kind: "subject of the clause",
    text: "TORONTO — Opposition Leader Tom Baker labelled the Prime Minister a fiscal bungler Friday and said he will ask for more than promises when the budget comes.\n\nHe also criticized the government for releasing its forecast Thursday – saying it was a careless thing to do.\n\n“I asked him to show us the numbers,” he told a business lunch.",
    quotes: [{ text: "I asked him to show us the numbers,", speaker: "Tom Baker" }],
  },
  // A bracket closing an appositive (`… police (HPS),`) leaves the name before it the subject.
  {
    kind: "affiliation",
    text: "Jane Roe, an inspector with the Harbour police (HPS), told reporters Monday that officers are “almost certain” the same man fired both shots.",
    quotes: [{ text: "almost certain", speaker: "Jane Roe" }],
  },
  // The name set off after an organisation's description names the organisation, not the speaker.
  {
    kind: "affiliation",
    text: "Ann Marsh, a spokesperson for the fighter's management firm, Lion of the North, said the news was “very raw” for the family.",
    quotes: [{ text: "very raw", speaker: "Ann Marsh" }],
  },
  // `according to X` makes X someone who spoke; police speak as a body, never as `she`.
  {
    kind: "pronoun resolved wrongly",
    text: "Ann Marsh, a spokesperson for the family, said they would not comment.\n\nHarbour police say officers are working around the clock to find a motive, according to Jane Roe.\n\n“We are looking at everything we can,” she said.",
    quotes: [{ text: "We are looking at everything we can,", speaker: "Jane Roe" }],
  },
  // Guard: after a verb of saying in the same sentence, `according to` names who relayed the words.
  {
    kind: "pronoun resolved wrongly",
    text: "“We are not losing because of the referees,” Tom Baker said, according to Harbour Radio's Jane Roe.\n\nHe added, “We are not scoring enough goals.”",
    quotes: [
      { text: "We are not losing because of the referees,", speaker: "Tom Baker" },
      { text: "We are not scoring enough goals.", speaker: "Tom Baker" },
    ],
  },
  // A place tied to the description by a preposition stands between it and its verb: the woman shouted.
  {
    kind: "unnamed person",
    text: "Mayor Tom Baker opened the meeting on Monday.\n\n“Shame on all of you,” a woman in the back row shouted.",
    quotes: [{ text: "Shame on all of you,", speaker: null }],
  },
  // `“…” from NAME` right after the quotation credits the words to that person, as `according to` does.
  {
    kind: "speaker named after the quote",
    text: "Premier Jane Roe and opposition leader Tom Baker traded barbs all afternoon.\n\nThe session opened with a cheerful “We kept our promise!” from Roe.\n\nIt ended with “When will you resign?” and “I am still waiting for an answer” from Baker.",
    quotes: [
      { text: "We kept our promise!", speaker: "Jane Roe" },
      { text: "When will you resign?", speaker: "Tom Baker" },
      { text: "I am still waiting for an answer", speaker: "Tom Baker" },
    ],
  },
  // An acronym whose letters are the initials of an organisation spelt out before stands for it.
  {
    kind: "organisation continuation",
    text: "The Northern Timber and Paper Workers union, which represents 9,000 mill staff, criticised the plan.\n\n“Mills need stable rules,” the NTPW said in a statement.",
    quotes: [{ text: "Mills need stable rules,", speaker: "Northern Timber and Paper Workers" }],
  },
  // A participle right after a named place introduced by `in` tells what the clause's subject did there.
  {
    kind: "subject of the clause",
    text: "Opposition critic Jane Roe raised the matter again on Tuesday.\n\nShe tabled a question in the House of Commons asking for “the names of all officials who signed the contract.”",
    quotes: [{ text: "the names of all officials who signed the contract.", speaker: "Jane Roe" }],
  },
  // A person's full name in the possessive owns what follows (`Roe’s Riverside office`): the
  // words after it name no one, and the person stays known, her gender too.
  {
    kind: "pronoun resolved wrongly",
    text: "Protesters gathered outside MPP Jane Roe’s Riverside office on Monday.\n\nTom Baker said he doubted that Roe – who said she was busy – would meet them.\n\n“We only want to be heard,” he said.",
    quotes: [{ text: "We only want to be heard,", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "Jane Roe’s Liberal Party Falls Short In Riverside Vote\n\n“We will be back,” said the Liberal leader.\n\nRIVERSIDE - Jane Roe thanked her supporters on Monday night.",
    quotes: [{ text: "We will be back,", speaker: "Jane Roe" }],
  },
  // A description coordinated inside an appositive (`a nurse and host of …`): a name after it
  // finishes a title, and the subject is the name before the appositive.
  {
    kind: "subject of the clause",
    text: "Dr. Mara Quill, a family doctor in Halifax and host of the Coastal Network's Bread, Butter, says clinics are full.\n\n“Patients wait for hours,” she said.",
    quotes: [{ text: "Patients wait for hours,", speaker: "Mara Quill" }],
  },
  {
    kind: "subject of the clause",
    text: "The deputy mayor and her chief of staff, Omar Fenwick, said the vote was close. “We counted twice,” Fenwick said.",
    quotes: [{ text: "We counted twice,", speaker: "Omar Fenwick" }],
  },
  // `in an email blast to families`: a bare verb form after a writing is a compound noun, not
  // the verb of the role and name that open the sentence.
  {
    kind: "subject of the clause",
    text: "The Harbour District School Board met on Monday.\n\nSchool trustee Petra Lindqvist said in an email blast to residents sent Friday that she was “shocked and saddened” by the closure. “Nobody was consulted.”",
    quotes: [
      { text: "shocked and saddened", speaker: "Petra Lindqvist" },
      { text: "Nobody was consulted.", speaker: "Petra Lindqvist" },
    ],
  },
  // A statement whose author is named behind role words after `from` is the author's, and so
  // is the bare quotation after it.
  {
    kind: "document for its issuer",
    text: "The Valley Health Authority said it was reviewing the case. “We take every complaint seriously,” a statement from interim chief of staff Dana Okafor said. “We are sorry for the delay.”",
    quotes: [
      { text: "We take every complaint seriously,", speaker: "Dana Okafor" },
      { text: "We are sorry for the delay.", speaker: "Dana Okafor" },
    ],
  },
  // A lone role noun capitalised in a headline (`Coach shrugs off …`) is no name; a definite
  // description with a team's name (`the Otters head coach`) is the person the paragraph
  // before is about, here the subject of a clause opened by `what`.
  {
    kind: "description of a named person",
    text: "Otters rebound after rough January\n\nCoach shrugs off talk of a crisis, writes Lena Hart\n\nThink back to last month and remember what Ivo Marchetti had to say about his players.\n\n“We were lazy,” the Otters head coach said after the loss. “Nobody competed,” he added.",
    quotes: [
      { text: "We were lazy,", speaker: "Ivo Marchetti" },
      { text: "Nobody competed,", speaker: "Ivo Marchetti" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Fans wondered how Ivo Marchetti would respond to the losing streak.\n\n“We were lazy,” the Otters head coach said after the loss.",
    quotes: [{ text: "We were lazy,", speaker: "Ivo Marchetti" }],
  },
  // `murmured` is a verb of speaking in a manner like `muttered`: after a quotation that
  // trails off in an ellipsis it still names the speaker after it, who keeps the next lines.
  {
    kind: "speaker named after the quote",
    text: "“We had nothing left in the legs…” murmured goalie Anton Brisbois, staring at the floor.\n\n“It is on all of us.”",
    quotes: [
      { text: "We had nothing left in the legs…", speaker: "Anton Brisbois" },
      { text: "It is on all of us.", speaker: "Anton Brisbois" },
    ],
  },
  // `Name, director of X adds “…”`: a role with no article cannot be a subject; the appositive
  // has lost its closing comma and the name before it speaks.
  {
    kind: "subject of the clause",
    text: "The board met on Tuesday. Marguerite Osei, superintendent of schools adds “Our teachers are ready for the fall.”",
    quotes: [{ text: "Our teachers are ready for the fall.", speaker: "Marguerite Osei" }],
  },
  {
    kind: "subject of the clause",
    text: "Kingston, spokesperson Tariq Bello said “the line will reopen on Friday.”",
    quotes: [{ text: "the line will reopen on Friday.", speaker: "Tariq Bello" }],
  },
  // A quotation closed by a full stop is not attributed by the next sentence's `X tweeted that
  // …`, which opens a statement of its own; the subject of `The group that represents … said`
  // is the noun before `that`, not the relative clause's object.
  {
    kind: "organisation continuation",
    text: "The Prairie Nurses Union called the cuts “reckless” in a statement. The union that represents the region’s hospital nurses said the minister should resign. “Rather than hiring staff, the minister has chosen to close wards.” Clinic director Hana Visser tweeted that the cuts were overdue.",
    quotes: [
      // The union's own word for the cuts, given by its verb of calling (given-words.ts).
      { text: "reckless", speaker: "Prairie Nurses Union" },
      { text: "Rather than hiring staff, the minister has chosen to close wards.", speaker: "Prairie Nurses Union" },
    ],
  },
  // `no one wants …` in a reported clause: a negative determiner names nobody a later `he` stands for.
  {
    kind: "pronoun resolved wrongly",
    text: "Osei told reporters no one wants a grocer hurt, but the patrols will stay.\n\n“Our officers know these streets,” he said. “Shoppers should feel safe.”",
    quotes: [
      { text: "Our officers know these streets,", speaker: "Osei" },
      { text: "Shoppers should feel safe.", speaker: "Osei" },
    ],
  },
  // `the draft bylaw, stamped “secret.”`: a label written on a thing is no one's words, even ending the sentence.
  {
    kind: "scare quotes and lists",
    text: "Councillor Dana Fry held up the draft bylaw, stamped “secret.” She said residents were never consulted. Staff kept a folder marked “do not copy” in the clerk’s office.",
    quotes: [],
  },
  // A pull quote closed by mixed marks (`…county."”`) is still signed by the dash line below it.
  {
    kind: "speaker named after the quote",
    text: 'The mayor toured the flooded streets on Monday.\n\n“We will rebuild every home in this county."”\n\n- Mayor Lionel Okafor\n\nCrews worked through the night.',
    quotes: [{ text: "We will rebuild every home in this county.", speaker: "Lionel Okafor" }],
  },
  // `A provincial court judge …` named two paragraphs on as `Judge Maria Lindqvist`: the title ties them.
  {
    kind: "description of a named person",
    text: "A provincial court judge rejected the request, saying it would make the case even more “theatrical.”\n\nThe accused, 19, has pleaded not guilty.\n\nOn Friday, Judge Maria Lindqvist set a date for closing arguments.",
    quotes: [{ text: "theatrical.", speaker: "Maria Lindqvist" }],
  },
  // `He said …` opening a sentence continues the named subject opening the sentence before, not
  // the person reported speaking inside that subject's clause.
  {
    kind: "pronoun resolved wrongly",
    text: "Green MP Tobias Wren told CBC News that he could not hear what Patel said to the minister. He said the Green leader “seemed angry and close to tears.”",
    quotes: [{ text: "seemed angry and close to tears.", speaker: "Tobias Wren" }],
  },
  // `Jean`, `Claude` are men's names in French Canada as often as women's: `he` may stand for them.
  {
    kind: "pronoun resolved wrongly",
    text: "Sgt. Claude Arsenault told reporters the road would stay closed overnight.\n\n“The crews need daylight to clear it,” he said.",
    quotes: [{ text: "The crews need daylight to clear it,", speaker: "Claude Arsenault" }],
  },
  // A renter or tenant known only by tenure is a private person the text does not name.
  {
    kind: "unnamed person",
    text: "The tenants’ union collected stories from across the province. One tenant who lives in Sudbury wrote of “mould in every closet,” and asked for inspections so “landlords finally answer for it.”",
    quotes: [
      { text: "mould in every closet,", speaker: null },
      { text: "landlords finally answer for it.", speaker: null },
    ],
  },
  // A place after `in` inside an appositive (`retired in Moncton, N.B.,`) is no subject: the name before it speaks.
  {
    kind: "subject of the clause",
    text: "Mr. Okafor, now 74 and retired in Moncton, N.B., said “the mill built this town.”",
    quotes: [{ text: "the mill built this town.", speaker: "Okafor" }],
  },
  // `says claims … mean`: a noun of saying right after the verb is its object, not a second
  // verb whose subject would be sought inside the appositive.
  {
    kind: "subject of the clause",
    text: "HALIFAX — Mara Lindqvist, the 17-year-old Danish activist whose marches drew thousands to the streets, says claims of progress by both governments mean “very little.”",
    quotes: [{ text: "very little.", speaker: "Mara Lindqvist" }],
  },
  // `the 19-year-old Danish activist`: a capitalised word before a person's noun qualifies it.
  {
    kind: "subject of the clause",
    text: "Mara Lindqvist spoke last.\nThe 19-year-old Danish activist whose marches drew thousands gave a blunt warning: “We will not wait.”",
    quotes: [{ text: "We will not wait.", speaker: "Mara Lindqvist" }],
  },
  // Before a colon, the name before an appositive is the clause's subject.
  {
    kind: "subject of the clause",
    text: "Mara Lindqvist, the Danish activist, gave a blunt warning: “We will not wait.”",
    quotes: [{ text: "We will not wait.", speaker: "Mara Lindqvist" }],
  },
  // `Another, living in New Glasgow, N.S., wrote`: the place (its `New` split off) is inside the appositive; nobody is named.
  {
    kind: "unnamed person",
    text: "The tenants’ union shared dozens of letters. Another, living in New Glasgow, N.S., wrote, “My heat has been off since November.”",
    quotes: [{ text: "My heat has been off since November.", speaker: null }],
  },
  // Coordinated verbs share the subject of the clause they stand in: `and said` after an object
  // ending in a name (`backed Tom Reyes over Lila Grant and said`) reads back to the first verb,
  // and a nominative pronoun opening a subordinate clause (`as she thanked …`) is that subject.
  {
    kind: "subject of the clause",
    text: "Rev. Ada Nwosu was blunt about the race. Twelve years ago, she backed Tom Reyes over Lila Grant and said, “Grant has never done a thing for us.”",
    quotes: [{ text: "Grant has never done a thing for us.", speaker: "Ada Nwosu" }],
  },
  {
    kind: "subject of the clause",
    text: "Opposition critic Dana Moss turned to Premier Carl Voss and called out, “Is this your plan?”",
    quotes: [{ text: "Is this your plan?", speaker: "Dana Moss" }],
  },
  {
    kind: "subject of the clause",
    text: "Coach Ellen Marsh spoke to reporters. Liam Ortiz opened the ceremony when he thanked the volunteers and later said, “This town made us.”",
    quotes: [{ text: "This town made us.", speaker: "Liam Ortiz" }],
  },
  // A pronoun inside a reported clause (`noted that he taught law`) is not the subject of the verb coordinated after it.
  {
    kind: "subject of the clause",
    text: "Judge Mara Quill noted that Premier Sam Hale had taught law, and added: “He knows the rules.”",
    quotes: [{ text: "He knows the rules.", speaker: "Mara Quill" }],
  },
  // A quotation handed over by a verb or colon straight before it (`shot back: “…?”`) that ends
  // its sentence with its own `?` or `!` is that verb's; the next sentence says something new.
  {
    kind: "speaker introduced before the quote",
    text: "Asked about the delays, Mayor Ruth Olsen, visibly tired, shot back: “What difference does a week make?” Her opponents called it a dodge.",
    quotes: [{ text: "What difference does a week make?", speaker: "Ruth Olsen" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "The emails were released Friday. Olsen writes to aide Paul Brandt with, “Why now? Was I not on a plane?” Brandt then replies, “You look fine.”",
    quotes: [
      { text: "Why now? Was I not on a plane?", speaker: "Olsen" },
      { text: "You look fine.", speaker: "Paul Brandt" },
    ],
  },
  // Nouns of people by occupation, role or status (PEOPLE_BY_ROLE): `the detective` recaps the
  // person the text is about; `one evacuee`, `a retiree who lives nearby` are people it never names.
  {
    kind: "description of a named person",
    text: "Dana Whitfield has led the arson case since March.\n“We are still talking to witnesses,” Whitfield said.\n“We will find who did this,” the detective added.",
    quotes: [
      { text: "We are still talking to witnesses,", speaker: "Dana Whitfield" },
      { text: "We will find who did this,", speaker: "Dana Whitfield" },
    ],
  },
  {
    kind: "unnamed person",
    text: "Crews from Mayor Tom Baker's office reopened the highway on Sunday.\n“We lost power for three days,” one evacuee said.",
    quotes: [{ text: "We lost power for three days,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Councillor Priya Nandakumar wants the park closed at night.\n“It has never been quieter,” a retiree who lives nearby said.",
    quotes: [{ text: "It has never been quieter,", speaker: null }],
  },
  // An organisation named as a subject, not yet a speaker, is what `the charity`, `the club`,
  // `the company` and `it` stand for; a club's nickname and a brand make a name an organisation.
  {
    kind: "organisation continuation",
    text: "The Northvale Heritage Society released its annual report on Tuesday. “Attendance doubled this year,” the charity said.",
    quotes: [{ text: "Attendance doubled this year,", speaker: "Northvale Heritage Society" }],
  },
  {
    kind: "organisation continuation",
    text: "The Lakeshore Bombers released their kicker on Friday. “It was a difficult decision,” the club said.",
    quotes: [{ text: "It was a difficult decision,", speaker: "Lakeshore Bombers" }],
  },
  {
    kind: "organisation continuation",
    text: "WestJet cancelled 60 flights on Sunday after the ice storm. “We regret the disruption to travellers,” it said in a statement.",
    quotes: [{ text: "We regret the disruption to travellers,", speaker: "WestJet" }],
  },
  {
    kind: "organisation continuation",
    text: "Loblaw raised its prices again in March. “Our costs keep climbing,” the company said.",
    quotes: [{ text: "Our costs keep climbing,", speaker: "Loblaw" }],
  },
  // The Crown (the prosecution) is no person a later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "“The accused showed no remorse at any point,” the Crown said in its written submission. “He remains a danger to the public,” he said.",
    quotes: [
      { text: "The accused showed no remorse at any point,", speaker: "Crown" },
      { text: "He remains a danger to the public,", speaker: null },
    ],
  },
  // A person's name starts at the given name: a party, a nationality or a portfolio before it describes her.
  {
    kind: "affiliation",
    text: "“We checked every number twice,” said Conservative Miriam Holt, who sits on the finance committee.",
    quotes: [{ text: "We checked every number twice,", speaker: "Miriam Holt" }],
  },
  {
    kind: "affiliation",
    text: "Spaniard Marco Ruiz scored twice. “The crowd carried us,” Ruiz said.",
    quotes: [{ text: "The crowd carried us,", speaker: "Marco Ruiz" }],
  },
  {
    kind: "affiliation",
    text: "Canada’s Minister of Public Safety Gerald Voss spoke in Windsor on Monday.\n\n“The border stays open,” Voss said.",
    quotes: [{ text: "The border stays open,", speaker: "Gerald Voss" }],
  },
  // A portfolio of two parts joined by `and` runs on to its minister's name.
  {
    kind: "affiliation",
    text: "Public Works and Procurement Minister Gerald Voss defended the deal on Monday. “The contracts were fair,” he said.",
    quotes: [{ text: "The contracts were fair,", speaker: "Gerald Voss" }],
  },
  // `Grand Chief Keeshig` is the chief named in full before; `Ward 4 Coun.` opens a councillor's name.
  {
    kind: "title inside the attribution",
    text: "“Our families need homes,” said AMC Grand Chief Nora Keeshig on Tuesday.\n\nThe chiefs met again on Friday. “We will not wait another winter,” said Grand Chief Keeshig.",
    quotes: [
      { text: "Our families need homes,", speaker: "Nora Keeshig" },
      { text: "We will not wait another winter,", speaker: "Nora Keeshig" },
    ],
  },
  {
    kind: "title inside the attribution",
    text: "Ward 4 Coun. Dana Pellerin voted for the motion, saying it was overdue. “We owe residents an answer,” she said.",
    quotes: [{ text: "We owe residents an answer,", speaker: "Dana Pellerin" }],
  },
  // An organisation's name and its initials in brackets close an appositive: the name set off
  // before it speaks, and `Centre for …` runs on through `for`.
  {
    kind: "affiliation",
    text: "“Rents have doubled in five years,” Mira Sandhu, director of research at the Canadian Centre for Tenant Rights (CCTR), told reporters.",
    quotes: [{ text: "Rents have doubled in five years,", speaker: "Mira Sandhu" }],
  },
  {
    kind: "affiliation",
    text: "“We saw no sign of a breach,” the Canadian Centre for Grid Security said in a statement.",
    quotes: [{ text: "We saw no sign of a breach,", speaker: "Canadian Centre for Grid Security" }],
  },
  // A union local's number closes the body's name; the role after it runs on to the person (`Local 233 president Jane Roe`).
  {
    kind: "affiliation",
    text: "The mill closed on Monday. “This is the end for a lot of families,” said Unifor Local 412 president Dana Pellerin.",
    quotes: [{ text: "This is the end for a lot of families,", speaker: "Dana Pellerin" }],
  },
  // A role noun before a full name (`Netminder`, opening the sentence) is no part of the name, whatever the given name.
  {
    kind: "affiliation",
    text: "Netminder Juuse Saros was sharp all night. “It felt good,” said Saros.",
    quotes: [{ text: "It felt good,", speaker: "Juuse Saros" }],
  },
  // A newspaper's title word (`the Star`, `the Ottawa Citizen`, `La Presse`) names an outlet,
  // never a woman or man `she` or `he` stands for, unless a given name opens it.
  {
    kind: "pronoun to non-person",
    text: "Priya Moss chairs the transit board. The Star asked Moss about the fare freeze. “We cannot raise fares in a cost crisis,” she said.",
    quotes: [{ text: "We cannot raise fares in a cost crisis,", speaker: "Priya Moss" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Lena Ouellet runs the food bank. La Presse visited the warehouse on Monday. “The shelves are empty by noon,” she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Lena Ouellet" }],
  },
  // `…,” Le Devoir reported`: the outlet relays the words of the speaker named before them.
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Omar Haddad called the budget “a betrayal of renters,” Le Devoir reported.",
    quotes: [{ text: "a betrayal of renters,", speaker: "Omar Haddad" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The minister called the audit “a hatchet job,” according to a report in the Ottawa Citizen.",
    quotes: [{ text: "a hatchet job,", speaker: null }],
  },
  // `Speaking to CTV's Jane Roe, he said …`: the journalist asks; the interviewee's `he` is not them.
  {
    kind: "pronoun resolved wrongly",
    text: "Dale Kerr grows canola near Portage. In an interview with host Simon Petit, he said the hail took half the field. “We will be paying for this for years,” he said.",
    quotes: [{ text: "We will be paying for this for years,", speaker: "Dale Kerr" }],
  },
  // `his wife, Ellen,` then `His wife said …`: the relation is the person the text named by that noun.
  {
    kind: "pronoun resolved wrongly",
    text: "Crews reopened the highway on Sunday.\n\nMarc Olsen drove home with his wife, Ellen, and their two boys.\n\n“The barn is still standing,” Olsen said.\n\n“We did not expect that.”\n\nHis wife said they had packed in ten minutes.\n\n“I grabbed the photos and the dog,” she said.",
    quotes: [
      { text: "The barn is still standing,", speaker: "Marc Olsen" },
      { text: "We did not expect that.", speaker: "Marc Olsen" },
      { text: "I grabbed the photos and the dog,", speaker: "Ellen" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Raj Vance runs the bakery with his brother Peter. Vance said sales fell by half. His brother said the flour bill doubled. “We cannot raise prices again,” he said.",
    quotes: [{ text: "We cannot raise prices again,", speaker: "Peter" }],
  },
  // `especially since neither minister denied`: a negated description, however the phrase is read back, names no one.
  {
    kind: "pronoun resolved wrongly",
    text: "Senator Paul Arsenault raised the matter in the chamber on Tuesday.\n\nArsenault argued that the silence was a poor omen, particularly since neither minister denied chartering the yacht.\n\nHe cited two reports to show why it was “plain to everyone” that the ministers had sailed.",
    quotes: [{ text: "plain to everyone", speaker: "Paul Arsenault" }],
  },
  // `reads the letter, signed by …` then `“…,” it read`: `it` is the writing that spoke, not a place named in passing since.
  {
    kind: "pronoun to non-person",
    text: "“Our crews cannot cover the northern routes this winter,” reads the March 3 letter, signed by fire chief Carla Mendes.\n\nThe letter was also copied to Manitoba’s transport minister.\n\n“We ask for two more trucks before December,” it read.",
    quotes: [
      { text: "Our crews cannot cover the northern routes this winter,", speaker: "Carla Mendes" },
      { text: "We ask for two more trucks before December,", speaker: "Carla Mendes" },
    ],
  },
  // A programme's name (`Question Period`, `The Morning Show`) is no antecedent of `she`.
  {
    kind: "pronoun to non-person",
    text: "Nadia Fortin leads the tenants' union. The Morning Show asked Fortin about the rent cap. “Nobody can pay these rents,” she said.",
    quotes: [{ text: "Nobody can pay these rents,", speaker: "Nadia Fortin" }],
  },
  // `X was prompted to say, “…”`: the passive's subject speaks, not the speaker before it.
  {
    kind: "speaker introduced before the quote",
    text: "Jane Porter opened the budget debate. “We are ready,” Porter said.\n\nThe debate was so calm that Councillor Ray Hill was prompted to say, “I have never seen a quieter night.”",
    quotes: [
      { text: "We are ready,", speaker: "Jane Porter" },
      { text: "I have never seen a quieter night.", speaker: "Ray Hill" },
    ],
  },
  // `In X's words, “…”` names whose words they are, as `according to` does.
  {
    kind: "speaker introduced before the quote",
    text: "Mayor Jane Porter defended the budget on Monday. “It is balanced,” Porter said.\n\nIn Ray Hill’s words, “the numbers were never there.”",
    quotes: [
      { text: "It is balanced,", speaker: "Jane Porter" },
      { text: "the numbers were never there.", speaker: "Ray Hill" },
    ],
  },
  // An infinitive inside a relative clause (`who was not cleared to speak`) is not the attributing verb.
  {
    kind: "unnamed person",
    text: "Mayor Jane Porter said the crews would keep working. “We will not stop,” Porter said.\n\n“The crews are exhausted,” an official, who was not authorized to speak publicly, told reporters.",
    quotes: [
      { text: "We will not stop,", speaker: "Jane Porter" },
      { text: "The crews are exhausted,", speaker: null },
    ],
  },
  // `said as the heckler yelled: “…”`: `as` opens a clause whose subject speaks the quotation after it.
  {
    kind: "unnamed person",
    text: "“Thank you for coming,” Mayor Jane Porter said as the heckler yelled: “Resign now!”",
    quotes: [
      { text: "Thank you for coming,", speaker: "Jane Porter" },
      { text: "Resign now!", speaker: null },
    ],
  },
  // `a spokeswoman for the opposition caucus said`: the role speaks for the group after its link.
  {
    kind: "speaker named after the quote",
    text: "Mayor Jane Porter defended the plan. “We are ready,” Porter said.\n\n“The roads were never cleared,” a spokeswoman for the opposition caucus said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Porter" },
      { text: "The roads were never cleared,", speaker: null },
    ],
  },
  // `X issued a statement …` closing a paragraph, then a bare quotation: the statement is X's.
  {
    kind: "document for its issuer",
    text: "The hospital board met behind closed doors. Later, the Health Ministry issued a statement on the delays.\n\n“We offer a sincere apology to patients and their families.”",
    quotes: [{ text: "We offer a sincere apology to patients and their families.", speaker: "Health Ministry" }],
  },
  // An office in lower case before a name (`ombudsman Ann Marsh`) is the office `the ombudsman` refers to later.
  {
    kind: "description of a named person",
    text: "Coun. Jane Dalton said she welcomed the ruling by the city's ombudsman.\nIn her report, ombudsman Ann Marsh wrote that the aim of her review was to find whether Dalton shared secret files. The ombudsman also noted that Dalton asked the city's lawyers first.\n“I checked with everyone before I spoke,” Dalton told reporters.\n“The rules were followed,” the ombudsman said.",
    quotes: [
      { text: "I checked with everyone before I spoke,", speaker: "Jane Dalton" },
      { text: "The rules were followed,", speaker: "Ann Marsh" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "A Halifax councillor has been cleared of a complaint filed by the mayor.\nCoun. Jane Dalton issued a statement Monday, saying she welcomed the ruling by the city's ombudsman, who found Dalton did not break the rules.\nIn her report, ombudsman Ann Marsh wrote that the aim of her review was to find whether Dalton shared secret files. The ombudsman also noted that Dalton asked the city's lawyers first.\n“I checked with everyone before I spoke,” Dalton told reporters.\nThe ombudsman wrote that in May she asked Mayor Tom Kerr “whether he would settle the matter,” but he declined.\n“There were easier ways for Mayor Kerr to raise this,” Dalton said.",
    quotes: [
      { text: "I checked with everyone before I spoke,", speaker: "Jane Dalton" },
      { text: "whether he would settle the matter,", speaker: "Ann Marsh" },
      { text: "There were easier ways for Mayor Kerr to raise this,", speaker: "Jane Dalton" },
    ],
  },
  // A name opening the clause, then a comma and an indefinite role with no closing comma: the role is an appositive.
  {
    kind: "subject of the clause",
    text: "Crews worked through the night to reach the last homes.\nBrian Tallman, a councillor with Red Pine First Nation said half the town had left by noon.\n“We need more planes,” he said.",
    quotes: [{ text: "We need more planes,", speaker: "Brian Tallman" }],
  },
  // A delayed identification: `one economist` in the lead is the economist the body names later.
  {
    kind: "speaker named after the quote",
    text: 'The town\'s review of its water rates has dragged on for two years, a delay one economist calls "absurd".\nCouncil first ordered the review after a wet spring flooded the plant.\nThe plant was rebuilt the next year at a cost of $4 million.\nHalifax economist Ruth Abernathy said the rates should have been settled long ago.',
    quotes: [{ text: "absurd", speaker: "Ruth Abernathy" }],
  },
  // A party's word for one of its members, alone in a headline (`Conservative says`), is the person the article names.
  {
    kind: "speaker named after the quote",
    text: "Transit cuts are ‘the wrong answer for riders,’ Conservative says\nOttawa Citizen\nThe city's budget plan drew fire on Tuesday from the Opposition benches.\nTransit critic Dana Whitfield said the cuts are “the wrong answer for riders” as council met.",
    quotes: [
      { text: "the wrong answer for riders,", speaker: "Dana Whitfield" },
      { text: "the wrong answer for riders", speaker: "Dana Whitfield" },
    ],
  },
  // A closing mark lost before `, a league spokesperson said Tuesday.`: the quotation ends at the comma.
  {
    kind: "boundaries",
    text: "The league said Monday it would review the referee's call.\n“Decisions like this one are reviewed by a panel every week, a league spokesperson said Tuesday. “We expect a ruling within days.”",
    quotes: [
      { text: "Decisions like this one are reviewed by a panel every week,", speaker: null },
      { text: "We expect a ruling within days.", speaker: null },
    ],
  },
  // Kelly is a man's given name as often as a woman's: `he` may stand for Kelly Tallman.
  {
    kind: "pronoun resolved wrongly",
    text: "Crews worked through the night to reach the last homes.\nKelly Tallman, a councillor with Red Pine First Nation said half the town had left by noon.\n“We need more planes,” he said.",
    quotes: [{ text: "We need more planes,", speaker: "Kelly Tallman" }],
  },
  // A given name the Moby lists give the wrong sex (`Aidan` a woman's, `Mackenzie` a man's), where
  // US birth counts give it the other: the pronoun must find the person of its gender.
  {
    kind: "pronoun resolved wrongly",
    text: "Coach Aidan Pelletier watched from the bench as Lucie Roy scored twice.\n\n“We earned this one,” he said.",
    quotes: [{ text: "We earned this one,", speaker: "Aidan Pelletier" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mackenzie Tran, the team captain, met reporters after the loss.\n\n“We let our fans down,” she said.",
    quotes: [{ text: "We let our fans down,", speaker: "Mackenzie Tran" }],
  },
  // A given name common among people born since the 1990s (`Brayden`, `Aaliyah`) before a surname
  // that is also a city: a person, whom the pronoun stands for, not a place.
  {
    kind: "pronoun to non-person",
    text: "The council voted 7-2 on Tuesday to close the rink.\n\nBrayden Hamilton, a parent of two players, called the decision rushed.\n\n“They did not even look at the budget,” he said.",
    quotes: [{ text: "They did not even look at the budget,", speaker: "Brayden Hamilton" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Volunteers worked through the night.\n\nAaliyah Windsor, a nurse, stayed until dawn.\n\n“We did what we could,” she said.",
    quotes: [{ text: "We did what we could,", speaker: "Aaliyah Windsor" }],
  },
  // A dateline's date and agency are no subject (`OTTAWA, Dec. 4 (UPI) —`).
  {
    kind: "subject of the clause",
    text: "HALIFAX, Nov. 9 (CP) — Answering the critics, Ruth Allan rallied volunteers, saying: “Bring your boots and your neighbours.”",
    quotes: [{ text: "Bring your boots and your neighbours.", speaker: "Ruth Allan" }],
  },
  // A party and state tag after the name leaves the name the subject of a longer clause.
  {
    kind: "subject of the clause",
    text: "Senate leader Harold Pimm, R-Ont., delivered a blunt message to Brisk: “It is time to stop attacking your rivals.”",
    quotes: [{ text: "It is time to stop attacking your rivals.", speaker: "Harold Pimm" }],
  },
  // The passive agent of a verb of saying asks the question, not the subject.
  {
    kind: "subject of the clause",
    text: "Harold Pimm was asked by host Carla Benn, who backs him, “Will you raise taxes next year?”",
    quotes: [{ text: "Will you raise taxes next year?", speaker: "Carla Benn" }],
  },
  // The writer's aside `and I quote` is no verb of saying.
  {
    kind: "subject of the clause",
    text: "Walter Brisk spoke last. No wonder Brisk said, and I quote, “Give me the back row any day.”",
    quotes: [{ text: "Give me the back row any day.", speaker: "Walter Brisk" }],
  },
  // The progressive of a naming verb attributes as its past does.
  {
    kind: "speech verb in another tense",
    text: "Former Ontario Premier Dale Wynne is calling the deal “a reckless gamble with our savings.”",
    quotes: [{ text: "a reckless gamble with our savings.", speaker: "Dale Wynne" }],
  },
  // An organisation's name with a link and an amount describes the name after its role.
  {
    kind: "speaker named after the quote",
    text: "The movement plans a protest, the Daily Courier reports.\n\n“People cannot wait any longer,” Fair Pay for $20 organizing director Dana Polk told reporters in Halifax.",
    quotes: [{ text: "People cannot wait any longer,", speaker: "Dana Polk" }],
  },
  // A possessive's role, then a bare role and a full name set off: the name speaks.
  {
    kind: "description of a named person",
    text: "The rally was loud. “It is about time we had a change,” exhorted Brisk’s introducer, actress Nora Linde.",
    quotes: [{ text: "It is about time we had a change,", speaker: "Nora Linde" }],
  },
  // `el` is a name particle.
  {
    kind: "speaker named after the quote",
    text: "The minister was travelling to Rome, the Herald reported. “We spoke to him just before he left,” his cousin Karim el Said added.",
    quotes: [{ text: "We spoke to him just before he left,", speaker: "Karim el Said" }],
  },
  // A relative clause after a quoted noun phrase names nobody; a gloss after a dash signs nothing.
  {
    kind: "speaker named after the quote",
    text: "Olga Brandt sued the committee last year. She also seeks “an order barring the chairman from repeating false statements” that have been made about her.",
    quotes: [{ text: "an order barring the chairman from repeating false statements", speaker: "Olga Brandt" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Once, as Tom Baker rowed past a ferry, his cousins shouted, “Arrivederci!” - Italian for “goodbye.”",
    quotes: [{ text: "Arrivederci!", speaker: null }],
  },
  // `Late Tuesday,` opening a sentence is a time, not a person named Late.
  {
    kind: "subject of the clause",
    text: "Tom Baker chaired the meeting. Late Tuesday: “We will appeal the ruling.”",
    quotes: [{ text: "We will appeal the ruling.", speaker: "Tom Baker" }],
  },
  // A page that opens on a quotation by `he`, the speaker named only in the next sentence: the
  // subject that opens that sentence speaks, for want of anyone before the pronoun.
  {
    kind: "speaker named after the quote",
    text: "“We are not going anywhere,” he said. Farid Haddad, who runs the corner bakery on Elm Street, has baked there for 30 years.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Farid Haddad" }],
  },
  // The guard: a person named before the pronoun is its antecedent, whoever the next sentence names.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke to the crowd outside the shop.\n\n“We are not going anywhere,” he said. Farid Haddad, who runs the corner bakery on Elm Street, has baked there for 30 years.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Tom Baker" }],
  },
  // A name and a closing past-tense verb no verb list holds (`retaliated`) after a quotation
  // speak it, as `Jane Roe said` does; the speaker before does not carry over.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker told the council the farm was finished. “Nobody wants the land,” he claimed.\n\n“The land has been ours for a century,” an angry Jane Roe retaliated. “We will farm it for another.”",
    quotes: [
      { text: "Nobody wants the land,", speaker: "Tom Baker" },
      { text: "The land has been ours for a century,", speaker: "Jane Roe" },
      { text: "We will farm it for another.", speaker: "Jane Roe" },
    ],
  },
  // The guard: a verb of saying before a partial quotation introduces it; a name and an
  // unlisted verb after it (`relented`) are the main clause, no attribution.
  {
    kind: "speaker named after the quote",
    text: "The bill passed on Monday. After Pierre Lamont called the bill “a disgrace,” Justin Marchand relented.",
    quotes: [{ text: "a disgrace,", speaker: "Pierre Lamont" }],
  },
  // `state` before a title or a noun opening the clause after a quotation is a modifier, not an
  // inverted verb: the finite verb after it attributes (not the group named a paragraph before).
  {
    kind: "speaker named after the quote",
    text: "Democrats said the bill was unfair.\n\n“We are tying their hands,” state Sen. Mara Quill (D) said during the debate.",
    quotes: [{ text: "We are tying their hands,", speaker: "Mara Quill" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Liberals said the plan was late.\n\n“The roads will reopen on Monday,” state officials said in a release.",
    quotes: [{ text: "The roads will reopen on Monday,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Liberals said the plan was late.\n\n“The numbers are stark,” report author Nadia Brook said.",
    quotes: [{ text: "The numbers are stark,", speaker: "Nadia Brook" }],
  },
  // A party tag and an appositive holding another name, then an adverb before the verb: the
  // appositive is set off, and the name before it is the subject of the participle's clause.
  // The second, whose appositive the old code already passed over, guards the rule.
  {
    kind: "affiliation",
    text: "New Brunswick Premier Dana Ruelle (PC), a staunch Tom Baker ally, effectively conceded the point even as she defended Lena Baker and the campaign, saying, “Most of the speech is original.”",
    quotes: [{ text: "Most of the speech is original.", speaker: "Dana Ruelle" }],
  },
  {
    kind: "affiliation",
    text: "Coun. Jane Roe (Ward 3), a longtime Tom Baker critic, quickly dismissed the report as she read Mark Bell and the memo, saying, “It is a whitewash.”",
    quotes: [{ text: "It is a whitewash.", speaker: "Jane Roe" }],
  },
  // In a roundup, a name after a dash and before the colon signs the quotation; the verb in the
  // heading before the dash (`agree`) has a plural noun that is no speaker.
  {
    kind: "introduced by a colon",
    text: "Canvassers agree - Nadia Brook: “Keep knocking on doors until the polls close.”",
    quotes: [{ text: "Keep knocking on doors until the polls close.", speaker: "Nadia Brook" }],
  },
  // A platform after `on` before the colon is where the words appeared, not who signed them;
  // the last speaker goes on. A name after `by` still signs a statement.
  {
    kind: "introduced by a colon",
    text: "Tom Baker spoke on Friday.\n\nLater, writing in a post on Facebook: “The new release is a disaster.”",
    quotes: [{ text: "The new release is a disaster.", speaker: "Tom Baker" }],
  },
  {
    kind: "introduced by a colon",
    text: "The council met on Monday. A statement by Coun. Nadia Brook: “We will not back down.”",
    quotes: [{ text: "We will not back down.", speaker: "Nadia Brook" }],
  },
  // Two authors after the dash: the first stands for both; a heading in capitals is no name.
  {
    kind: "introduced by a colon",
    text: "VOTERS WANT LEADERS WHO INSPIRE - Nadia Brook and Tom Baker: “Across candidates, inspiring leaders drew the most support.”",
    quotes: [{ text: "Across candidates, inspiring leaders drew the most support.", speaker: "Nadia Brook" }],
  },
  // `the company` for an organisation named in a participle or relative clause, not as a
  // subject: its own name (`Ltd.`) marks it a company, and no other company spoke.
  {
    kind: "organisation continuation",
    text: "The sawmill, owned by Northwind Timber Ltd. since 2009, will close in March. “This was a difficult decision for everyone,” the company said in a statement.",
    quotes: [{ text: "This was a difficult decision for everyone,", speaker: "Northwind Timber Ltd." }],
  },
  {
    kind: "organisation continuation",
    text: "Staff at the clinic, which Harbourview Care Inc. bought last year, learned of the cuts on Friday. “We are committed to patient care,” the company said.",
    quotes: [{ text: "We are committed to patient care,", speaker: "Harbourview Care Inc." }],
  },
  // Guard: a company that spoke keeps `the company`, though another company's name came after it.
  {
    kind: "organisation continuation",
    text: "Beta Freight Corp. said on Monday it would buy the terminal from Northwind Timber Ltd. for $40 million. “The deal makes our network stronger,” the company said.",
    quotes: [{ text: "The deal makes our network stronger,", speaker: "Beta Freight Corp." }],
  },
  // `it` after a document's issuer, with places named in passing since: the issuer speaks,
  // never a place that was only named.
  {
    kind: "document for its issuer",
    text: "The budget, tabled by the Finance Department on Tuesday, sets aside $2 billion for housing in Moncton and Saskatoon. “Canadians deserve homes they can afford,” it said.",
    quotes: [{ text: "Canadians deserve homes they can afford,", speaker: "Finance Department" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Halifax Regional Police arrested a man on Friday. He was found in Dartmouth. “The investigation is continuing,” it said.",
    quotes: [{ text: "The investigation is continuing,", speaker: "Halifax Regional Police" }],
  },
  // Guard: a place only named is no speaker for `it`; a place that spoke (a country for its government) still is.
  {
    kind: "pronoun to non-person",
    text: "Saskatoon was quiet on Monday after the storm. “Crews will restore power by Wednesday,” it said.",
    quotes: [{ text: "Crews will restore power by Wednesday,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Norway said on Monday it would respond to the tariffs. “We will take all necessary measures,” it said.",
    quotes: [{ text: "We will take all necessary measures,", speaker: "Norway" }],
  },
  // A slogan quoted inside the appositive between the speaker and the verb is part of the description.
  {
    kind: "speaker named after the quote",
    text: "Not everyone was pleased.\n\n“We have had better weeks than this one,” Yukon delegate Mary Tremblay, wearing a red scarf and “Vote Roe” pins, said quietly as the hall emptied.",
    quotes: [{ text: "We have had better weeks than this one,", speaker: "Mary Tremblay" }],
  },
  // A title closing the appositive, its comma inside the marks, is part of the description too.
  {
    kind: "speaker named after the quote",
    text: "“It was a good year for the press,” Mary Tremblay, author of “The Long Winter,” said on Monday.",
    quotes: [{ text: "It was a good year for the press,", speaker: "Mary Tremblay" }],
  },
  // `it` paragraphs after a document named with its issuer (`tabled by`, `issued by`): the
  // document speaks for that issuer, past the places named since.
  {
    kind: "document for its issuer",
    text: "The budget, tabled by the Treasury Board on Tuesday, sets aside $3 billion for transit.\n\nMost of the money goes to Manitoba. Some goes to rural routes.\n\n“Riders deserve buses that come on time,” it said.",
    quotes: [{ text: "Riders deserve buses that come on time,", speaker: "Treasury Board" }],
  },
  {
    kind: "document for its issuer",
    text: "The backgrounder, issued by Parks Canada, lists 14 trails.\n\nMost are in Jasper.\n\n“These trails will reopen first,” it said.",
    quotes: [{ text: "These trails will reopen first,", speaker: "Parks Canada" }],
  },
  // Guard: a document written by a person is no organisation `it` stands for.
  {
    kind: "document for its issuer",
    text: "The report, written by Jane Roe, looks at rents.\n\nMost of the rise was in Manitoba. Some was in rural areas.\n\n“Rents rose fastest downtown,” it said.",
    quotes: [{ text: "Rents rose fastest downtown,", speaker: null }],
  },
  // `the Crown corporation`: `Crown` is Canada's word for a state-owned body, no name, so the
  // description stands for the organisation that spoke.
  {
    kind: "organisation continuation",
    text: "The province's power utility, Hydro-Québec, said crews were working through the night. “We expect most customers back by tonight,” the Crown corporation said.",
    quotes: [{ text: "We expect most customers back by tonight,", speaker: "Hydro-Québec" }],
  },
  // Guard: `the Crown` alone is the prosecution, as before.
  {
    kind: "organisation continuation",
    text: "Lawyers for the accused argued the search was illegal. “The search was lawful,” the Crown said.",
    quotes: [{ text: "The search was lawful,", speaker: "Crown" }],
  },
  // A link to another story set as its headline between paragraphs (`‘…’: Headline`), alone or in
  // a list of links, is the site's, not speech; the article's own headline of that shape, above
  // its prose, quotes someone and stays.
  {
    kind: "furniture",
    text: "Talks broke down in March.\n\nTeachers met with the board on Monday. “We gave them every chance,” union president Jane Roe said.\n\n‘We are done’: Teachers vote to strike\n\nVideo: ‘Nobody saw it coming’\n\n‘This is a crisis’: Mayor calls for help after flooding\n\nThe board did not respond.",
    quotes: [{ text: "We gave them every chance,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "‘We will fight’: Ford vows to hit back at U.S. tariffs\n\nPremier Doug Ford says Ontario is ready to respond.",
    quotes: [{ text: "We will fight", speaker: "Doug Ford" }],
  },
  // Postmedia's share bar repeats the headline under `Share this Story:`: the site's line, not speech.
  {
    kind: "furniture",
    text: "Share this Story: ‘Not on our watch’: Mayor vows to keep library open\n\nMayor Jane Roe said on Monday the branch would stay open. “We will find the money,” Roe said.",
    quotes: [{ text: "We will find the money,", speaker: "Jane Roe" }],
  },
  // A list of story links may bullet each headline; `MUST WATCH:` labels a video teaser.
  {
    kind: "furniture",
    text: "Nurses have worked without a contract since April.\n\nNurses met with the province on Friday. “We asked for a fair deal,” union leader Tom Baker said.\n\n» ‘Enough is enough’: Nurses rally in Halifax\n\n• ‘Not this time’: Paramedics reject offer\n\nMUST WATCH: ‘They broke their promise’\n\nTalks resume next week.",
    quotes: [{ text: "We asked for a fair deal,", speaker: "Tom Baker" }],
  },
  // A story link's headline may hold an abbreviation's stops (`U.S.`) or a video's running time; a
  // caption's credit may follow the closing mark of a quotation in it.
  {
    kind: "furniture",
    text: "Duties on farm goods took effect this week.\n\nFarm groups met with the minister on Thursday. “We need a plan before spring,” federation president Jane Roe said.\n\n‘We will hit back’: Premier on U.S. duties\n\n‘It’s a disaster’: Growers count losses 2:17\n\nPremier Tom Baker, left, says ‘we are ready.’ JANE DOE / TORONTO STAR\n\nThe ministry did not comment.",
    quotes: [{ text: "We need a plan before spring,", speaker: "Jane Roe" }],
  },
  // The Globe and Mail sets each photo's caption under `Open this photo in gallery:`, its credit
  // sometimes lost: the caption repeats words, it does not quote them.
  {
    kind: "furniture",
    text: "Mayor Jane Roe met the council on Monday.\n\nOpen this photo in gallery:\nMayor Jane Roe says ‘the money is there’ at city hall in Halifax on Monday.\n\n“We will find the money,” Roe said.",
    quotes: [{ text: "We will find the money,", speaker: "Jane Roe" }],
  },
  // A caption over the article's own quote-and-colon headline is one finished paragraph: the
  // headline is no link to another story, which sits under the article's prose. Its words, said
  // again in the body, are the body's speaker's.
  {
    kind: "furniture",
    text: "A jury box at the courthouse in Toronto, seen here in a 2019 file photo.\n\n‘We have a hard case here’: Split verdict shows problems with juries, lawyers say\n\nThe jury was split on the three accused, defence lawyers said.\n\n“We have a hard case here,” said Justice Tom Baker.",
    quotes: [
      { text: "We have a hard case here", speaker: "Tom Baker" },
      { text: "We have a hard case here,", speaker: "Tom Baker" },
    ],
  },
  // An honorific is the text's word for a person's sex: `Mr.` wins over a given name the lists give women.
  {
    kind: "pronoun resolved wrongly",
    text: "Harbour Board Chair Tiff Oldham knows the vote will be close.\n\nHe expects a long night.\n\n“We have done the work, and the numbers are there,” he said.\n\nMr. Oldham has led the board since 2019.",
    quotes: [{ text: "We have done the work, and the numbers are there,", speaker: "Tiff Oldham" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Harbour Board Chair Tiff Oldham knows the vote will be close.\n\nShe expects a long night.\n\n“We have done the work, and the numbers are there,” she said.",
    quotes: [{ text: "We have done the work, and the numbers are there,", speaker: "Tiff Oldham" }],
  },
  // A speaker of unknown sex who `told her` is not the `she` who speaks next.
  {
    kind: "pronoun resolved wrongly",
    text: "“The water came right through the kitchen,” said homeowner Mary Kettle.\n\nA building inspector has told her the foundation is cracked.\n\n“We have nowhere else to go,” she said.",
    quotes: [
      { text: "The water came right through the kitchen,", speaker: "Mary Kettle" },
      { text: "We have nowhere else to go,", speaker: "Mary Kettle" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "“The water came right through the kitchen,” said homeowner Mary Kettle.\n\nA building inspector said her report is not finished.\n\n“We have to check the beams first,” she said.",
    quotes: [
      { text: "The water came right through the kitchen,", speaker: "Mary Kettle" },
      { text: "We have to check the beams first,", speaker: null },
    ],
  },
  // A headline's quotation repeats the body's: whoever the body has say it said it.
  {
    kind: "speaker named after the quote",
    text: "Skip to content\n\n‘We will rebuild every home’: Flooded town counts the cost, officials say\n\nWater covered the main street for three days.\n\n“We will rebuild every home, and we will start this week,” Mayor Rita Vale said on Monday.",
    quotes: [
      { text: "We will rebuild every home", speaker: "Rita Vale" },
      { text: "We will rebuild every home, and we will start this week,", speaker: "Rita Vale" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Skip to content\n\n‘Not on my watch’: Flooded town counts the cost, officials say\n\nWater covered the main street for three days.\n\n“We will rebuild every home, and we will start this week,” Mayor Rita Vale said on Monday.",
    quotes: [
      { text: "Not on my watch", speaker: null },
      { text: "We will rebuild every home, and we will start this week,", speaker: "Rita Vale" },
    ],
  },
  // Toni is a man's name too (Portuguese, Italian, Finnish): it rules out neither pronoun.
  {
    kind: "pronoun resolved wrongly",
    text: "Near the market on Bloor, baker Toni Ferreira stood outside the shop he has run for 20 years.\n\n“The street has changed so much,” he said.",
    quotes: [{ text: "The street has changed so much,", speaker: "Toni Ferreira" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Near the market on Bloor, baker Toni Ferreira stood outside the shop she has run for 20 years.\n\n“The street has changed so much,” she said.",
    quotes: [{ text: "The street has changed so much,", speaker: "Toni Ferreira" }],
  },
  // An honorific overrules only a generated list's guess: `Mr. Roe` after `Jane Roe` is another Roe.
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Roe spoke first at the hearing.\n\n“We have done the work,” she said.\n\nMr. Roe, her husband, sat behind her.",
    quotes: [{ text: "We have done the work,", speaker: "Jane Roe" }],
  },
  // Two offices joined by `and` before one holder's name: the holder speaks, not the first office.
  {
    kind: "title inside the attribution",
    text: "“We have to show unity,” Manitoba Premier and Council Chair Dana Lowe told reporters.",
    quotes: [{ text: "We have to show unity,", speaker: "Dana Lowe" }],
  },
  {
    kind: "title inside the attribution",
    text: "“We have to show unity,” said Manitoba Premier and Council Chair Dana Lowe.",
    quotes: [{ text: "We have to show unity,", speaker: "Dana Lowe" }],
  },
  // Guard: a first part with a name is a person of its own, the first of a pair.
  {
    kind: "title inside the attribution",
    text: "“We agree on the plan,” Premier Jane Roe and Council Chair Tom Baker said.",
    quotes: [{ text: "We agree on the plan,", speaker: "Jane Roe" }],
  },
  // The subject (`Premier Grant`, introduced in full before) outranks the last speaker's possessive in its predicate.
  {
    kind: "person named since the last speaker",
    text: "Premier Hal Grant opened the meeting on Monday.\n\n“We have a good relationship with her,” Council Chair Tom Baker told reporters.\n\nPremier Grant shared Baker’s appreciation for the departing minister.\n\n“I spoke with her last week as well,” he said.",
    quotes: [
      { text: "We have a good relationship with her,", speaker: "Tom Baker" },
      { text: "I spoke with her last week as well,", speaker: "Hal Grant" },
    ],
  },
  // Guard: a possessor the predicate names twice is what the sentence is about.
  {
    kind: "person named since the last speaker",
    text: "“I did nothing wrong,” Tom Baker said.\n\nHe did not elaborate.\n\nOfficer Hal Grant holds up the crowbar swung by Tom Baker during the trial that led to Baker’s acquittal.\n\n“The crowbar is still bent,” he added.",
    quotes: [
      { text: "I did nothing wrong,", speaker: "Tom Baker" },
      { text: "The crowbar is still bent,", speaker: "Tom Baker" },
    ],
  },
  // A body's initialisms joined by a slash run on into the title and its holder's name.
  {
    kind: "affiliation",
    text: "“This week we began a work-to-rule campaign,” said ETFO/FEEO President Dana Lowe.",
    quotes: [{ text: "This week we began a work-to-rule campaign,", speaker: "Dana Lowe" }],
  },
  {
    kind: "organisation continuation",
    text: "The union will strike on Friday. “We have no choice,” ETFO/FEEO said in a statement.",
    quotes: [{ text: "We have no choice,", speaker: "ETFO/FEEO" }],
  },
  // A handle that spells a person named in full is that person; a handle that spells nobody named is no name.
  {
    kind: "speaker named after the quote",
    text: '“We began a work-to-rule campaign,” said union President Dana Lowe.\n\n"They did not bring a single offer" says @DanaLowe of the union. — Ron Pike (@RPikeNews) May 2, 2020',
    quotes: [
      { text: "We began a work-to-rule campaign,", speaker: "Dana Lowe" },
      { text: "They did not bring a single offer", speaker: "Dana Lowe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: 'Talks broke down on Friday.\n\n"They did not bring a single offer" says @RPikeNews. — Ron Pike May 2, 2020',
    quotes: [{ text: "They did not bring a single offer", speaker: null }],
  },
  // A body's name through `of` (its head no listed one), a title and a full name: the titled person speaks.
  {
    kind: "affiliation",
    text: "Assembly of Treaty Nations National Chief Tom Baker, who is from Manitoba, said in a post the finding is “tragic, but not surprising.”",
    quotes: [{ text: "tragic, but not surprising.", speaker: "Tom Baker" }],
  },
  {
    kind: "affiliation",
    text: "“We will keep searching,” said Assembly of Treaty Nations National Chief Tom Baker.",
    quotes: [{ text: "We will keep searching,", speaker: "Tom Baker" }],
  },
  // Guard: a name before `of` and a body with no title after it is still the speaker.
  {
    kind: "affiliation",
    text: "Jane Roe of Acme Holdings said the deal was “a fair one.”",
    quotes: [{ text: "a fair one.", speaker: "Jane Roe" }],
  },
  // `St.` opens a street's or a town's name, no person's: `St. Clair` is no one a later pronoun stands for.
  {
    kind: "pronoun resolved wrongly",
    text: "Toni Walsh opened her bakery on St. Clair in 2010.\n\n“We sold out by noon,” she said.",
    quotes: [{ text: "We sold out by noon,", speaker: "Toni Walsh" }],
  },
  // Guard: with no person named since, `he` is still the last speaker, the street no antecedent.
  {
    kind: "pronoun resolved wrongly",
    text: "“I’ve waited an hour,” Omar Haddad said at a stop on Queen Street.\n\nStrolling along St. Clair, the comedian stopped.\n\n“It is always like this,” he said.",
    quotes: [
      { text: "I’ve waited an hour,", speaker: "Omar Haddad" },
      { text: "It is always like this,", speaker: "Omar Haddad" },
    ],
  },
  // `“…,” came shouts from the gallery`: `came` and a noun of answering or crying out attribute the
  // words, inverted, to whoever comes after `from`; the sentence does not run on from a term.
  {
    kind: "scare quotes and lists",
    text: "The board chair called for a voice vote and declared the motion lost.\n\n“Count the votes,” came shouts from the gallery, as members booed.\n\n“Not today,” came the reply from Mayor Rita Vale.",
    quotes: [
      { text: "Count the votes,", speaker: null },
      { text: "Not today,", speaker: "Rita Vale" },
    ],
  },
  // Guard: a term the sentence runs on from with `came` and no noun of answering is still no one's words.
  {
    kind: "scare quotes and lists",
    text: "The board chair called for a voice vote and declared the motion lost.\n\nThe result, a “clear mandate,” came as no surprise to members.",
    quotes: [],
  },
  // What a crowd chants is its words, each item a cry of its own, even listed side by side.
  {
    kind: "scare quotes and lists",
    text: "Fans lined the road outside the arena, chanting “Go Lions go” and “One more year” as the coach walked by.",
    quotes: [
      { text: "Go Lions go", speaker: null },
      { text: "One more year", speaker: null },
    ],
  },
  // Guard: a list of short quoted items led by anything else stays a list of terms.
  {
    kind: "scare quotes and lists",
    text: "The mayor listed her priorities as “housing” and “transit” at the meeting on Monday.",
    quotes: [],
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
  // A partial quotation's content runs on to the clause's end, but not into `after …`, which dates
  // the saying in the writer's words; a condition (`if …`) stays what was promised.
  {
    kind: "boundaries",
    text: "The harbour board issued a statement on Monday, offering “a full and sincere apology” to Mayor Rita Vale after leaked letters showed staff mocking her.",
    quotes: [{ text: "a full and sincere apology", speaker: null, endsWith: "to Mayor Rita Vale" }],
  },
  {
    kind: "boundaries",
    text: "Council member Tom Baker promised “a balanced budget” for the city if the province keeps its grant.",
    quotes: [{ text: "a balanced budget", speaker: "Tom Baker", endsWith: "if the province keeps its grant" }],
  },
  // Words mouthed or chanted are all that was said: the sentence after them is the writer's.
  {
    kind: "boundaries",
    text: "The coach stood by the bus door, mouthing “thank you” toward the fans who lined the road.",
    quotes: [{ text: "thank you", speaker: null, endsWith: "thank you" }],
  },
  // A hyphen between spaces is a dash typed on a plain keyboard: the run-on stops there as at a dash.
  {
    kind: "boundaries",
    text: 'The central bank did not name the premier, but it cited "regional tensions" in the eastern provinces that are slowing investment - further dimming the outlook for jobs.',
    quotes: [{ text: "regional tensions", speaker: null, endsWith: "slowing investment" }],
  },
  // A description by common nouns alone is nobody's name: it stands for the body the text named
  // (`the band`, `the community` for a First Nation; `police` for the force named with that
  // word; `the group` for the one just cited), else for no one.
  {
    kind: "organisation continuation",
    text: "A meeting is set for Friday, where the Redwillow Cree Nation will explain the findings.\n\nThe band posted a notice online for its members.\n\n“We know this news weighs on many families,” the band said in its post.",
    quotes: [{ text: "We know this news weighs on many families,", speaker: "Redwillow Cree Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "The band posted a notice online for its members.\n\n“We know this news weighs on many families,” the band said in its post.",
    quotes: [{ text: "We know this news weighs on many families,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "The Stoney Lake First Nation has asked visitors to stay away from the site.\n\n“Please respect our wishes and our grief,” the community said.",
    quotes: [{ text: "Please respect our wishes and our grief,", speaker: "Stoney Lake First Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "A man was arrested downtown on Monday, Hamilton police say.\n\nPolice said officers found a knife in his bag.\n\n“The suspect ran from officers and was caught a block away,” police said in a statement.",
    quotes: [{ text: "The suspect ran from officers and was caught a block away,", speaker: "Hamilton police" }],
  },
  {
    kind: "organisation continuation",
    text: "Almost 600 stores have closed since 2019, according to the National Florists Association. Closures will go on “for years to come,” the group says.",
    quotes: [{ text: "for years to come,", speaker: "National Florists Association" }],
  },
  // A government's body (`Police`) is no team named before it; a capitalised `Police` opening a sentence is no name.
  {
    kind: "organisation continuation",
    text: "The Riverside Hawks are set to host a game in the city on Sunday. Police say they have “enough officers” for the event.",
    quotes: [{ text: "enough officers", speaker: null }],
  },
  // `a photo of the officers` introduces a photo, not the officers; `a controversial motion` names no one.
  {
    kind: "unnamed person",
    text: "A photo of the officers spread online on Sunday.\n\n“We were only trying to calm things down,” the officers said.",
    quotes: [{ text: "We were only trying to calm things down,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Council approved a disputed motion from the mayor on Wednesday. The motion notes that it “leaves the skating rink alone.”",
    quotes: [{ text: "leaves the skating rink alone.", speaker: null }],
  },
  // `X is the Scrooge who refuses to talk …`: the relative clause on a copula's complement is the
  // subject's; a character's name there is no one who speaks. The guard: a relative on an object
  // (`praised Jane Roe, who runs …`) stays with its own antecedent.
  {
    kind: "pronoun resolved wrongly",
    text: "Bank governor Tom Baker raised rates again on Monday.\n\nTo many borrowers, Mr. Baker is the Scrooge who refuses to talk of lowering rates.\n\n“We have a job to do,” he said.",
    quotes: [{ text: "We have a job to do,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, the mayor, praised Jane Roe, who runs the shelter on Elm Street.\n\n“We need more beds,” she said.",
    quotes: [{ text: "We need more beds,", speaker: "Jane Roe" }],
  },
  // `a statement by Acme said`: `by` links a writing to its author as `from` does, so the
  // statement speaks for the organisation, not for a description named "Statement by Acme".
  {
    kind: "document for its issuer",
    text: "Freight shippers warned of delays on Monday.\n\n“A stoppage would strand grain at the docks,” a statement by the Northern Rail Authority said.",
    quotes: [{ text: "A stoppage would strand grain at the docks,", speaker: "Northern Rail Authority" }],
  },
  // Guard: a person reached through `by` (`a man stopped by police`) keeps its own description.
  {
    kind: "document for its issuer",
    text: "Freight shippers warned of delays on Monday.\n\n“We waited all night,” a driver stopped by police said.",
    quotes: [{ text: "We waited all night,", speaker: null }],
  },
  // A bare quotation after a sentence whose subject is a pronoun: the person the pronoun stands
  // for speaks, as a named subject leading into it would.
  {
    kind: "speaker introduced before the quote",
    text: "The Harbour Hawks won the title on Sunday. It was the first championship for coach Daniel Moreau. After the final he talked about the grit of his players.\n\n“Nobody gave us a chance in August. These players never stopped believing.”",
    quotes: [{ text: "Nobody gave us a chance in August. These players never stopped believing.", speaker: "Daniel Moreau" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Fans lined the street for the parade. The grand marshal was retired nurse Helen Ouellet. She waved from the lead float. “I have never felt so proud of this town.”",
    quotes: [{ text: "I have never felt so proud of this town.", speaker: "Helen Ouellet" }],
  },
  // Guard: a named subject after the opening word is the subject, not a pronoun later on.
  {
    kind: "speaker introduced before the quote",
    text: "The grand marshal was retired nurse Helen Ouellet. Then Mayor Tom Baker said she had earned it.\n\n“This town owes her a great deal.”",
    quotes: [{ text: "This town owes her a great deal.", speaker: "Tom Baker" }],
  },
  // `Receiver Jane Roe said`: a football position opening the sentence is her role, not her name.
  {
    kind: "title inside the attribution",
    text: "Receiver Brede Okafor said the team had believed since training camp. “We knew this group was special.”",
    quotes: [{ text: "We knew this group was special.", speaker: "Brede Okafor" }],
  },
  // `residents, including Jane Roe.` then `says the 79-year-old resident`: the description stands
  // for the one person picked out of the group its noun names, not for the last speaker.
  {
    kind: "description of a named person",
    text: "“Crews are working around the clock,” said utility spokesperson Dana Whitfield.\n\nThe rain flooded basements for several residents, including Olga Marchetti.\n\n“I bought a new pump in the spring and it still flooded,” says the 79-year-old resident.",
    quotes: [
      { text: "Crews are working around the clock,", speaker: "Dana Whitfield" },
      { text: "I bought a new pump in the spring and it still flooded,", speaker: "Olga Marchetti" },
    ],
  },
  // So too when the description names where the resident lives: a street is no party or office.
  {
    kind: "description of a named person",
    text: "“Crews are working around the clock,” said utility spokesperson Dana Whitfield.\n\nThe rain flooded basements for several Riverside residents, including Olga Marchetti.\n\n“I bought a new pump in the spring and it still flooded,” says the 79-year-old Birch Court resident.",
    quotes: [
      { text: "Crews are working around the clock,", speaker: "Dana Whitfield" },
      { text: "I bought a new pump in the spring and it still flooded,", speaker: "Olga Marchetti" },
    ],
  },
  // Guard: a description met for the first time (`a … landlord`) is somebody new.
  {
    kind: "description of a named person",
    text: "“Crews are working around the clock,” said utility spokesperson Dana Whitfield.\n\nThe rain flooded basements for several Riverside residents, including Olga Marchetti.\n\n“Nobody warned us about the drains,” says a Birch Court landlord.",
    quotes: [
      { text: "Crews are working around the clock,", speaker: "Dana Whitfield" },
      // A description is no one's name, though a street's name qualifies it.
      { text: "Nobody warned us about the drains,", speaker: null },
    ],
  },
  // Below a headline, a lead that opens on a description (`Halifax’s fire chief says …`) is the
  // story's first word of a person: the holder the body names later with that role speaks.
  {
    kind: "description of a named person",
    text: "Fire crews battle harbour blaze\n\nHalifax’s fire chief says crews are “stretched to the limit” after a blaze at the port.\n\nCrews battled the fire for nine hours on Saturday.\n\n“The fire is out on the east pier,” said Jane Doyle, the port’s manager.\n\nChief Tom Farrell told council that crews were exhausted.",
    quotes: [
      { text: "stretched to the limit", speaker: "Tom Farrell" },
      { text: "The fire is out on the east pier,", speaker: "Jane Doyle" },
    ],
  },
  // Guard: no one named later with the role, no one stands for the description.
  {
    kind: "description of a named person",
    text: "Fire crews battle harbour blaze\n\nHalifax’s fire chief says crews are “stretched to the limit” after a blaze at the port.\n\nCrews battled the fire for nine hours on Saturday.\n\n“The fire is out on the east pier,” said Jane Doyle, the port’s manager.",
    quotes: [
      { text: "stretched to the limit", speaker: null },
      { text: "The fire is out on the east pier,", speaker: "Jane Doyle" },
    ],
  },
  // `after Baker threatened … unless they stop what he called …`: the pronoun sits in the clause
  // the subordinate subject governs, so it stands for him, not for the sentence's first subject.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Roe flew to Oakvale last week after Bill Baker threatened to shut the ferry to lorries unless both towns halt what he called a “flood” of litter, “in particular bottles, and all the cans” onto the beaches.",
    quotes: [
      // `what he called a “…”`: his word, after the article as before it (given-words.ts).
      { text: "flood", speaker: "Bill Baker" },
      { text: "in particular bottles, and all the cans", speaker: "Bill Baker" },
    ],
  },
  // Guard: `that` after the subordinate clause resumes the first subject's reported speech.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Roe told reporters after Bill Baker left that he would fight what he called “a shameful deal.”",
    quotes: [{ text: "a shameful deal.", speaker: "Tom Roe" }],
  },
  // A headline's role qualified by its place (`Alberta premier says`) is the holder the article names below with those words.
  {
    kind: "description of a named person",
    text: "Facing critics, Alberta premier says the levy 'will stay'\n\nAlberta Premier Nora Vance spoke to reporters in Calgary on Monday.\n\nVance said the levy is needed to pay for new schools.",
    quotes: [{ text: "will stay", speaker: "Nora Vance" }],
  },
  {
    kind: "description of a named person",
    text: 'Despite the deficit, Manitoba\'s premier says there is "no time to waste" on the new clinics.\n\nManitoba Premier Joel Okafor announced the plan on Tuesday in Winnipeg.',
    quotes: [{ text: "no time to waste", speaker: "Joel Okafor" }],
  },
  // Guard: a premier of another province named below is not the headline's premier.
  {
    kind: "description of a named person",
    text: "Facing critics, Alberta premier says the levy 'will stay'\n\nSaskatchewan Premier Joel Okafor criticized the levy on Monday.",
    quotes: [{ text: "will stay", speaker: null }],
  },
  // `Coastal premier urges …` heading the article, then `“…,” Jane Roe said.` and `The premier said`:
  // the bare title is the named person with the floor, not the headline's role.
  {
    kind: "description of a named person",
    text: "Coastal premier urges calm as storm nears\n\nOfficials closed 20 roads on Sunday.\n\n“Stay home if you can,” Rosa Lindqvist told reporters.\n\nThe premier said the province will ask for federal help.\n\n“Nobody will be left alone,” she said.",
    quotes: [
      { text: "Stay home if you can,", speaker: "Rosa Lindqvist" },
      { text: "Nobody will be left alone,", speaker: "Rosa Lindqvist" },
    ],
  },
  // `prompting Roe to say`: the object of a verb that moves someone to speak is who speaks, not the clause's subject.
  {
    kind: "subject of the clause",
    text: 'Councillor Tom Baker read out the figure in a follow-up, prompting Jane Roe to say, "That is hardly a crisis."',
    quotes: [{ text: "That is hardly a crisis.", speaker: "Jane Roe" }],
  },
  // Guard: a passive (`was prompted to say`) still has its subject speak.
  {
    kind: "subject of the clause",
    text: 'After the vote, Jane Roe was prompted to say "We will try again."',
    quotes: [{ text: "We will try again.", speaker: "Jane Roe" }],
  },
  // A spokesperson with no body of their own speaks for the body the sentence before is about.
  {
    kind: "organisation continuation",
    text: "Talks stalled.\n\nAccording to Prairie Health, it employs about 4,000 nurses at Valley Hospital.\n\nA spokesperson tells Millbrook Radio they are working with the union.\n\n“Nursing never stops for a strike,” the spokesperson said in an email.",
    quotes: [{ text: "Nursing never stops for a strike,", speaker: "Spokesperson for Prairie Health" }],
  },
  // Guard: after a sentence about a person, a spokesman is that person's, not the party's named in passing.
  {
    kind: "organisation continuation",
    text: "Former mayor Jane Roe will not attend the Liberal Party’s gala.\n\n“She has other plans,” a spokesman said Friday.",
    quotes: [{ text: "She has other plans,", speaker: null }],
  },
  // A headline's quotation with no speaker of its own (`Comets GM ‘…’ by …`, no verb of saying)
  // is the words the body quotes from a named speaker.
  {
    kind: "speaker named after the quote",
    text: 'Skip to main content\n\nComets GM \'deeply, deeply, deeply disappointed\' by playoff exit but plans to stay on\n\nShare\n\nJane Roe made it clear she believes the team can win.\n\nRoe said her players are "crushed," and said she is personally "deeply, deeply, deeply disappointed."',
    quotes: [
      { text: "deeply, deeply, deeply disappointed", speaker: "Jane Roe" },
      { text: "crushed,", speaker: "Jane Roe" },
      { text: "deeply, deeply, deeply disappointed.", speaker: "Jane Roe" },
    ],
  },
  // Guard: inside a sentence, three words the body repeats are as often a slogan: not lent.
  {
    kind: "speaker named after the quote",
    text: "Skip to main content\n\nComets fans 'feel the heat' at packed home opener but stay upbeat\n\nShare\n\nJane Roe made it clear she believes the team can win.\n\nRoe said fans could \"feel the heat\" from the stands.",
    quotes: [
      { text: "feel the heat", speaker: null },
      { text: "feel the heat", speaker: "Jane Roe" },
    ],
  },
  // `Canada’s prime minister says …` above `Prime Minister Tom Baker`: the holder given the office and no other place.
  {
    kind: "description of a named person",
    text: "In Paris, Canada's prime minister says the deal is 'a good one'\n\nPrime Minister Tom Baker signed the deal on Monday.",
    quotes: [{ text: "a good one", speaker: "Tom Baker" }],
  },
  // `president of PNA says` in a headline: the president the article introduces with the body written out, by its initials.
  {
    kind: "description of a named person",
    text: "Talks 'a turning point' for members, president of PNA says\n\nJane Roe, president of the Prairie Nurses Alliance, spoke on Monday.",
    quotes: [{ text: "a turning point", speaker: "Jane Roe" }],
  },
  // Guard: the president of another body is not the headline's.
  {
    kind: "description of a named person",
    text: "Talks 'a turning point' for members, president of PNA says\n\nJane Roe, president of the Coastal Teachers Union, spoke on Monday.",
    quotes: [{ text: "a turning point", speaker: null }],
  },
  // A headline's place as speaker (`Ontario declares … amid ‘…’`) gives way to the person the body quotes saying the words.
  {
    kind: "speaker named after the quote",
    text: "Advertisement\n\nOntario declares state of emergency amid ‘driest summer anyone can remember’\n\nOntario Premier Jane Roe declared a provincial emergency Friday evening.\n\n“We are facing the driest summer anyone can remember,” Roe said.",
    quotes: [
      { text: "driest summer anyone can remember", speaker: "Jane Roe" },
      { text: "We are facing the driest summer anyone can remember,", speaker: "Jane Roe" },
    ],
  },
  // Guard: a person named as the headline's speaker keeps the words, though another says them below.
  {
    kind: "speaker named after the quote",
    text: "Advertisement\n\nJane Roe says province faces ‘worst flood season in our history’\n\nOntario Premier Jane Roe declared a provincial emergency Friday evening.\n\n“We are facing the worst flood season in our history,” said Tom Baker, the mayor.",
    quotes: [
      { text: "worst flood season in our history", speaker: "Jane Roe" },
      { text: "We are facing the worst flood season in our history,", speaker: "Tom Baker" },
    ],
  },
  // `the Comets right-fielder` with no subject to stand for: the one person named nearby, whom nothing contradicts.
  {
    kind: "description of a named person",
    text: 'So when Jane Roe hit the winning home run for the Comets on Monday, her trot meant more.\n\n"I enjoyed it a lot," said the Comets right-fielder, who scored twice.',
    quotes: [{ text: "I enjoyed it a lot,", speaker: "Jane Roe" }],
  },
  // Guard: one named only in passing, a preposition's object, is as often whom the speaker spoke of.
  {
    kind: "description of a named person",
    text: 'The veteran praised the rookie, speaking warmly of Tom Baker after the game.\n\n"He is a fine player," the Comets right-fielder said.',
    quotes: [{ text: "He is a fine player,", speaker: null }],
  },
  // `Judge Tom Baker wrote …` in a deck, then `A judge in Sudbury says …` captioning the photo: the holder the opening named.
  {
    kind: "description of a named person",
    text: "Ontario\n\nSudbury judge calls his own ruling 'far too lenient'\n\nJudge Tom Baker wrote he would rather have sent the man to jail.\n\nJudge wanted jail time for fraudster\n\nA judge in Sudbury says his sentence of probation is 'far too lenient.' (CBC)\n\nThe ruling came last week.",
    quotes: [
      { text: "far too lenient", speaker: "Tom Baker" },
      { text: "far too lenient.", speaker: "Tom Baker" },
    ],
  },
  // Guard: one named with another title is not `a judge`.
  {
    kind: "description of a named person",
    text: "Ontario\n\nSudbury ruling called 'far too lenient'\n\nMayor Tom Baker wrote he would rather have seen jail time.\n\nCritics want jail time for fraudster\n\nA judge in Sudbury says the sentence of probation is 'far too lenient.' (CBC)\n\nThe ruling came last week.",
    quotes: [{ text: "far too lenient.", speaker: null }],
  },
  // `“We …,” said Whitfield …, adding that …`: the participle's subject is the attribution's
  // speaker, never the quotation's first word (`We`, the outlet's voice), so the bare
  // quotation after it stays hers.
  {
    kind: "subject of the clause",
    text: 'Dana Whitfield of Harbour Hydro said repairs would take days.\n\n"We thank everyone for waiting so calmly," said Whitfield on Sunday evening, adding that 8,000 homes were still dark.\n\n"I know how hard this week has been."',
    quotes: [
      { text: "We thank everyone for waiting so calmly,", speaker: "Dana Whitfield" },
      { text: "I know how hard this week has been.", speaker: "Dana Whitfield" },
    ],
  },
  // Guard: the attribution's subject before its verb still speaks on.
  {
    kind: "subject of the clause",
    text: 'Harbour Hydro posted an update on Sunday.\n\n"Our crews have restored power to most homes," the utility said in the update, adding that 800 homes were still dark.\n\n"We ask for patience."',
    quotes: [
      { text: "Our crews have restored power to most homes,", speaker: "Harbour Hydro" },
      { text: "We ask for patience.", speaker: "Harbour Hydro" },
    ],
  },
  // A link line between paragraphs (`READ MORE: Timeline: …`) is the page's: its capitalised
  // words name nobody, so the speaker above it keeps the floor for the bare quotation after it.
  {
    kind: "speaker introduced before the quote",
    text: "Jane Roe of Maple Bay lost two cousins in the flood.\n\n“Everyone is numb right now,” Roe said in an interview with a local station.\n\nREAD MORE: Timeline: How the river rose in one night\n\n“Tom, her husband, grew up here and they moved back last spring.”",
    quotes: [
      { text: "Everyone is numb right now,", speaker: "Jane Roe" },
      { text: "Tom, her husband, grew up here and they moved back last spring.", speaker: "Jane Roe" },
    ],
  },
  // Guard: a person opening the paragraph between takes the floor.
  {
    kind: "speaker introduced before the quote",
    text: "Jane Roe of Maple Bay lost two cousins in the flood.\n\n“Everyone is numb right now,” Roe said in an interview with a local station.\n\nMayor Tom Baker visited the shelter on Monday.\n\n“Her husband grew up here and they moved back last spring.”",
    quotes: [
      { text: "Everyone is numb right now,", speaker: "Jane Roe" },
      { text: "Her husband grew up here and they moved back last spring.", speaker: "Tom Baker" },
    ],
  },
  // `According to Harbour Police, …` / a paragraph of facts naming no one / a bare quotation:
  // the source of the reported speech two paragraphs up still speaks.
  {
    kind: "organisation continuation",
    text: "Harbour Police say an officer has been charged after a chase in 2021.\n\nAccording to Harbour Police, the officer reached the yard first on June 3.\n\nA man fitting the description was seen running from the yard.\n\n“Orders were given to stop, but the man kept running.”",
    quotes: [{ text: "Orders were given to stop, but the man kept running.", speaker: "Harbour Police" }],
  },
  // Guard: a person who speaks in the paragraph between (`called the charge overdue`) has the floor.
  {
    kind: "organisation continuation",
    text: "Harbour Police say an officer has been charged after a chase in 2021.\n\nAccording to Harbour Police, the officer reached the yard first on June 3.\n\nA man fitting the description was seen running from the yard. Defence lawyer Ann Kerr called the charge overdue.\n\n“Orders were given to stop, but the man kept running.”",
    quotes: [{ text: "Orders were given to stop, but the man kept running.", speaker: "Ann Kerr" }],
  },
  // `And for Ryan Kowal, one thing stung.` then a bare quotation: the name set off after `For`
  // is whom the sentence is about, and the quotation is his.
  {
    kind: "speaker introduced before the quote",
    text: "Coach Tom Baker said the team lacked fight.\n\n“We had no push at all,” Baker said.\n\nAnd for Ryan Kowal, one thing in particular stung.\n\n“I guess it came out of nowhere for us.”",
    quotes: [
      { text: "We had no push at all,", speaker: "Tom Baker" },
      { text: "I guess it came out of nowhere for us.", speaker: "Ryan Kowal" },
    ],
  },
  // Guard: a place after `For` is no speaker; the last one keeps the floor.
  {
    kind: "speaker introduced before the quote",
    text: "Coach Tom Baker said the team lacked fight.\n\n“We had no push at all,” Baker said.\n\nFor Winnipeg, the loss ends a long season.\n\n“I guess it came out of nowhere for us.”",
    quotes: [
      { text: "We had no push at all,", speaker: "Tom Baker" },
      { text: "I guess it came out of nowhere for us.", speaker: "Tom Baker" },
    ],
  },
  // `“…” to the families, said Grand Chief Jane Roe.`: the quotation runs on into the sentence,
  // and `said` set off by a comma with a name closing the sentence is its inverted attribution.
  {
    kind: "speaker named after the quote",
    text: 'Tom Baker said the hearings began in May.\n\n"It is painful, but it is giving some answers" to the families, said Grand Chief Jane Roe.',
    quotes: [{ text: "It is painful, but it is giving some answers", speaker: "Jane Roe" }],
  },
  // Guard: after `“…,” Name, an appositive, told X`, the subject before the comma speaks, not the object.
  {
    kind: "speaker named after the quote",
    text: 'Tom Baker said the hearings began in May.\n\n"It is painful, but it is giving some answers," Grand Chief Jane Roe, a speaker at the hearing, told Tom Baker.',
    quotes: [{ text: "It is painful, but it is giving some answers,", speaker: "Jane Roe" }],
  },
  // `the Tigers shortstop`: a role noun a proper name qualifies describes the one person the text
  // just named (in a `when` clause, or as an object); the qualifier is no name of theirs.
  {
    kind: "description of a named person",
    text: 'So when Mark Tolliver hit his late double to right field, the Hamilton Tigers won 4-3 on Tuesday.\n\n"It felt pretty good after the week we had," said the Tigers shortstop, who drove in all four runs.',
    quotes: [{ text: "It felt pretty good after the week we had,", speaker: "Mark Tolliver" }],
  },
  // Guards: with the paragraph about someone the text calls `he`, the one person it names (`Mr.
  // Baker`) is not the description's; nor is either of two people named. Such a description is
  // then no one's name. A spokesperson's description still names the body they speak for.
  {
    kind: "unnamed person",
    text: "He also praised Mr. Baker in remarks after the summit ended.\n\n“He is a very talented man,” the Latvian leader said.",
    quotes: [{ text: "He is a very talented man,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Reporters questioned Jane Roe and Tom Baker in Ottawa on Monday.\n\n“We made progress,” said the Yukon premier.",
    quotes: [{ text: "We made progress,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "Reporters questioned Jane Roe and Tom Baker in Ottawa on Monday.\n\n“We made progress,” said the NSC spokesperson.",
    quotes: [{ text: "We made progress,", speaker: "NSC spokesperson" }],
  },
  // `…, chair of ATC says` in a headline, no article: a role noun a proper name qualifies is no
  // one's name; it stands for the person the body introduces in that role. The guard: with no one
  // introduced so (a lawyer for the council is not its chair), the quotation has no named speaker.
  {
    kind: "description of a named person",
    text: "Alberta\n\n'We are finally at the table' on water rights, chair of ATC says\n\nThe chair of the Alberta Treaty Council says the talks mark a new start.\n\nRose Kettle, chair of the Alberta Treaty Council, spoke in Edmonton.\n\n\"I think we are finally at the table, where we should have been all along,\" said Rose Kettle on Monday.",
    quotes: [
      { text: "We are finally at the table", speaker: "Rose Kettle" },
      { text: "I think we are finally at the table, where we should have been all along,", speaker: "Rose Kettle" },
    ],
  },
  {
    kind: "unnamed person",
    text: "Alberta\n\n'We are finally at the table' on water rights, chair of ATC says\n\nThe chair of the Alberta Treaty Council says the talks mark a new start.\n\nRose Kettle, a lawyer for the council, said the talks open in May.",
    quotes: [{ text: "We are finally at the table", speaker: null }],
  },
  // `New Brunswick premier` in a headline is no one's name: `the premier` in the body then stands
  // for the person the text has named since, as `he` after it does. `in New Brunswick, where
  // the premier …`: a clause on a place is no appositive introducing the place as a premier.
  {
    kind: "description of a named person",
    text: "Nova Scotia premier asks for patience as rivers swell\n\nHALIFAX — High water has shut highways across Nova Scotia, where the premier is asking people to keep off the levees.\n\n“We will not hesitate to call in help,” Dana Whitcombe told reporters on Sunday.\n\nThe premier said the province will ask Ottawa for aid.\n\n“Nobody will be left to pay for this alone,” he said.",
    quotes: [
      { text: "We will not hesitate to call in help,", speaker: "Dana Whitcombe" },
      { text: "Nobody will be left to pay for this alone,", speaker: "Dana Whitcombe" },
    ],
  },
  {
    kind: "unnamed person",
    text: "Floods rise\n\nRoads are shut in Manitoba, where the premier said “we will act.”",
    quotes: [{ text: "we will act.", speaker: null }],
  },
  // Guard: a person's appositive with `who` still says what office they hold.
  {
    kind: "description of a named person",
    text: "Flood aid promised\n\nRoads closed across New Brunswick on Sunday. Dana Whitcombe, who became premier in May, toured the area.\n\nThe premier said the province will ask Ottawa for aid.\n\n“Nobody will be left to pay for this alone,” he said.",
    quotes: [{ text: "Nobody will be left to pay for this alone,", speaker: "Dana Whitcombe" }],
  },
  // A delayed identification lead below a headline that gives the person's surname alone: the
  // lead's role (`Manitoba's premier`) is the person the next sentence names in full, though the
  // headline's lone `Roe` came first.
  {
    kind: "description of a named person",
    text: 'Roe and party begin selling school plan to skeptical parents\n\nManitoba\'s premier told a hall full of parents "we hear you and we will act" on Friday as she took the stage in Brandon.\n\nJane Roe had just spent an hour meeting teachers and trustees at a school board gathering.',
    quotes: [{ text: "we hear you and we will act", speaker: "Jane Roe" }],
  },
  // Guard: a next sentence that names someone with a role of their own introduces another person.
  {
    kind: "description of a named person",
    text: 'Roe and party begin selling school plan to skeptical parents\n\nManitoba\'s premier told a hall full of parents "we hear you and we will act" on Friday as she took the stage in Brandon.\n\nUnion president Tom Baker had just spent an hour meeting teachers and trustees at a school board gathering.',
    quotes: [{ text: "we hear you and we will act", speaker: null }],
  },
  // `declared … that “Manitoba is …”`: a quotation after `that` opening with a named subject and
  // its verb is a clause of reported speech, not a term; a headline's lone `Premier` names no one,
  // so the headline's words are the body's speaker's.
  {
    kind: "partial quote in a reported clause",
    text: "Premier declares 'Manitoba is open for business' at party convention\n\nManitoba's premier praised his government's record on Saturday, claiming gains in jobs and housing.\n\nTom Baker declared to a crowd at the Brandon Civic Centre that \"Manitoba is open for business again.\"",
    quotes: [
      { text: "Manitoba is open for business", speaker: "Tom Baker" },
      { text: "Manitoba is open for business again.", speaker: "Tom Baker" },
    ],
  },
  // A lone title heading an article whose body names no holder: no speaker, never `Premier`.
  {
    kind: "unnamed person",
    text: "Premier vows 'no new taxes this year or next' in budget speech\n\nThe budget was tabled on Tuesday in a packed legislature, with rural members cheering.",
    quotes: [{ text: "no new taxes this year or next", speaker: null }],
  },
  // Guard: after `that`, a capitalised phrase with no verb of its own is a slogan named, not speech.
  {
    kind: "scare quotes and lists",
    text: 'Jane Roe said the campaign would focus on jobs. She dropped that "Manitoba first" slogan as the party changed course.',
    quotes: [],
  },
  // A First Nation's name with its own language's particle (`te`), apostrophes and a combining
  // mark is one name, spelt either way; `The community` and `They` after it are that nation.
  // The guard: `the community` where no nation is named stays nobody's name.
  {
    kind: "organisation continuation",
    text: "The chief of the Sq’waxin te Halqémeylem First Nation says people there are still grieving after the flood.\n\nThe community asked visitors to respect Sq̓waxin te Halqémeylem protocols.\n\nThey also asked that people avoid “a disaster upon a disaster.”",
    quotes: [{ text: "a disaster upon a disaster.", speaker: "Sq’waxin te Halqémeylem First Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "The community gathered at the hall on Sunday.\n\n“We only ask for a little patience from the city,” they said.",
    quotes: [{ text: "We only ask for a little patience from the city,", speaker: null }],
  },
  // `Stó:lō`: a colon between lower-case letters is a letter of the name, not its end.
  {
    kind: "organisation continuation",
    text: "“The river is our highway,” the Stó:lō Tribal Council said on Monday.",
    quotes: [{ text: "The river is our highway,", speaker: "Stó:lō Tribal Council" }],
  },
  // A body's initials in brackets, then a title and a person: the person opens the lead, and
  // speaks the bare quotation below it; so too after `New` (`New ARN Chief Jane Roe`). The guard:
  // initials before common nouns leave the body's name whole.
  {
    kind: "speaker introduced before the quote",
    text: "Assembly of Riverside Nations (ARN) Chief Jane Roe visited Elm Lake First Nation on Friday to talk about schools.\n\n“We came to listen to the elders who came before us.”",
    quotes: [{ text: "We came to listen to the elders who came before us.", speaker: "Jane Roe" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "New ARN Chief Jane Roe visited Elm Lake First Nation on Friday to talk about schools.\n\n“We came to listen to the elders who came before us.”",
    quotes: [{ text: "We came to listen to the elders who came before us.", speaker: "Jane Roe" }],
  },
  {
    kind: "organisation continuation",
    text: "Riverside Tenants Association (RTA) members marched on Friday.\n\n“We will not be moved,” the association said.",
    quotes: [{ text: "We will not be moved,", speaker: "Riverside Tenants Association" }],
  },
  // A headline in Title Case is one run of capitals: its verb and the words after it are no part
  // of the name that opens it. The guard: one capitalised `For` inside a body's name keeps it.
  {
    kind: "description of a named person",
    text: "Riverside MP Jane Roe Apologizes For Careless Remark About Flood Victims\n\nOTTAWA — The MP said on Thursday her comments “were never meant to hurt anyone.”",
    quotes: [{ text: "were never meant to hurt anyone.", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Riverside Centre For Policy Studies President Tom Baker said the budget “leaves renters behind.”",
    quotes: [{ text: "leaves renters behind.", speaker: "Tom Baker" }],
  },
  // One surname with a curly and a straight apostrophe (`O’Neill`, `O'Neill`) is one person's.
  {
    kind: "surname shared by two people",
    text: "Fire Chief Jane O’Neill spoke to reporters on Monday.\n\n“The cause has not been determined,” O'Neill said.",
    quotes: [{ text: "The cause has not been determined,", speaker: "Jane O’Neill" }],
  },
  // The guard for `New ARN Chief …`: a titled name after a preposition opens a phrase of its own,
  // and the main clause's subject is who is introduced before the bare quotation.
  {
    kind: "speaker introduced before the quote",
    text: "Before Premier Jane Roe arrived, Mayor Tom Baker had a message for the crowd.\n\n“We will not back down.”",
    quotes: [{ text: "We will not back down.", speaker: "Tom Baker" }],
  },
  // `… if the lockout continued into spring.` reads `continued` as a verb of saying whose
  // subject, `the lockout`, is no person: `she` after it stands for the woman named before.
  {
    kind: "pronoun resolved wrongly",
    text: "“We have not heard from the company in weeks,” said Sam Ruiz, the local’s president.\n\nMaria Lopez said families saved what they could, but rent would be hard to pay if the lockout continued into spring.\n\n“I may have to move back home with my parents,” she said.",
    quotes: [
      { text: "We have not heard from the company in weeks,", speaker: "Sam Ruiz" },
      { text: "I may have to move back home with my parents,", speaker: "Maria Lopez" },
    ],
  },
  // Guard: a description of a person (`A shop steward noted`) still takes the pronoun, naming no one.
  {
    kind: "pronoun resolved wrongly",
    text: "“We have not heard from the company in weeks,” said Sam Ruiz, the local’s president.\n\nA shop steward noted that the plant had been quiet since the lockout began.\n\n“We are not going back without a deal,” he said.",
    quotes: [
      { text: "We have not heard from the company in weeks,", speaker: "Sam Ruiz" },
      { text: "We are not going back without a deal,", speaker: null },
    ],
  },
  // `The authority says the officers agreed to … “…”`: a verb of saying with an infinitive reports
  // no words; its subject opens the clause `says` reports, and the reporter speaks.
  {
    kind: "partial quote in a reported clause",
    text: "The Halifax Port Authority is defending two of its officers after a near collision on Friday.\n\nThe authority says the officers agreed to slow down in an effort to “keep everyone safe,” and only left the channel after the ferry had passed.",
    quotes: [{ text: "keep everyone safe,", speaker: "Halifax Port Authority" }],
  },
  // Guard: a verb of saying proper in the reported clause (`say that Poirier told …`) keeps its subject.
  {
    kind: "partial quote in a reported clause",
    text: "Dan Poirier, a ferry captain, was fined on Friday.\n\nInspectors say that Poirier told one officer “the channel was clear” before the crash.",
    quotes: [{ text: "the channel was clear", speaker: "Dan Poirier" }],
  },
  // `the outlet said` three paragraphs after the outlet spoke: the last outlet that did, not one
  // named since only inside a phrase (`The closing of the Gazette and the Herald was`).
  {
    kind: "organisation continuation",
    text: "The Riverside Gazette announced on Monday that it would stop printing at the end of the month.\n\nThe closing of the Riverside Gazette and the Lakeview Herald was a shock to staff.\n\n“We had no warning at all,” said reporter Ana Silva.\n\nThe outlet said in a statement that it will “keep the archive online” for a year.",
    quotes: [
      { text: "We had no warning at all,", speaker: "Ana Silva" },
      { text: "keep the archive online", speaker: "Riverside Gazette" },
    ],
  },
  // Guard: an outlet named as a subject since (`Coastal News was quick to deny`) is the one meant.
  {
    kind: "organisation continuation",
    text: "The Riverside Gazette announced on Monday that it would stop printing at the end of the month.\n\n“We had no warning at all,” said reporter Ana Silva.\n\nCoastal News was quick to deny a report that it would close too.\n\nIn a statement, the network said the report was “simply false.”",
    quotes: [
      { text: "We had no warning at all,", speaker: "Ana Silva" },
      { text: "simply false.", speaker: "Coastal News" },
    ],
  },
  // `HuffPost Canada`, one of the national outlets, is an outlet that `the outlet` stands for, no place's government.
  {
    kind: "organisation continuation",
    text: "HuffPost Canada said on Monday it would publish the records.\n\n“Readers deserve to see every page,” the outlet said.",
    quotes: [{ text: "Readers deserve to see every page,", speaker: "HuffPost Canada" }],
  },
  // `The court found … “…”`: a court's finding quotes its decision, as `ruled` does.
  {
    kind: "document for its issuer",
    text: "The Nova Scotia Court of Appeal upheld the conviction of a Sudbury man on Friday.\n\nThe court found the officers had “ample reason to search the vehicle.” It ordered a new hearing on the fine.",
    quotes: [{ text: "ample reason to search the vehicle.", speaker: "Nova Scotia Court of Appeal" }],
  },
  // Guard: what investigators found is no one's words.
  {
    kind: "document for its issuer",
    text: "The Nova Scotia Court of Appeal upheld the conviction of a Truro man on Friday.\n\nInvestigators found the driver had been “travelling far too fast” before the crash.",
    quotes: [{ text: "travelling far too fast", speaker: null }],
  },
  // A motion speaks for its mover as a statement for its issuer: `a motion from Coun. Rita
  // Vance` … `the motion notes`.
  {
    kind: "document for its issuer",
    text: "Halifax council passed a motion from Coun. Rita Vance on Tuesday to pause new parking fees.\n\nThe motion notes that it “leaves out” the accessible bays.",
    quotes: [{ text: "leaves out", speaker: "Rita Vance" }],
  },
  // Guard: `from last spring` names no mover; the councillor named before did not move it.
  {
    kind: "document for its issuer",
    text: "Coun. Rita Vance spoke first.\n\nCouncil revived a motion from last spring to pause new parking fees.\n\nThe motion notes that it “leaves out” the accessible bays.",
    quotes: [{ text: "leaves out", speaker: null }],
  },
  // `<organisation> <role> of … and … <name> said`: a lower-case portfolio with `of` and `and`
  // between the organisation and the person still only describes the name before the verb.
  {
    kind: "affiliation",
    text: "Lakeshore Transit said on Friday that most buses were running again.\n\n“We expect a normal schedule by Monday,” Lakeshore Transit director of fleet planning and service design Marta Kowalczyk said Friday evening.",
    quotes: [{ text: "We expect a normal schedule by Monday,", speaker: "Marta Kowalczyk" }],
  },
  // Guard: a name after `and` is a second subject, not the person the portfolio describes; the
  // two speak together for the organisation, as before.
  {
    kind: "affiliation",
    text: "Lakeshore Transit said on Friday that most buses were running again.\n\n“We expect a normal schedule by Monday,” Lakeshore Transit director of planning and Marta Kowalczyk said.",
    quotes: [{ text: "We expect a normal schedule by Monday,", speaker: "Lakeshore Transit" }],
  },
  // `Jane Roe said it addressed “…”`: `it` opening the reported clause speaks no words; the reporter does.
  {
    kind: "partial quote in a reported clause",
    text: "The housing plan drew praise from two councillors.\n\nOmar Haddad said it addressed “most of what tenants asked for,” though not rent control.",
    quotes: [{ text: "most of what tenants asked for,", speaker: "Omar Haddad" }],
  },
  // Guard: `it` as the sentence's own subject is still the thing, which names no speaker here.
  {
    kind: "partial quote in a reported clause",
    text: "The housing plan drew praise from two councillors.\n\nIt addressed “most of what tenants asked for,” though not rent control.",
    quotes: [{ text: "most of what tenants asked for,", speaker: null }],
  },
  // `…, near Red Lake, Ont., and has …`: a province's abbreviation after a place is a place inside
  // the appositive, never the speaker; the subject stands before it.
  {
    kind: "subject of the clause",
    text: "The Birchwood Band Council met on Monday.\n\nThe council, which sits about 60 kilometres north of Sioux Lookout, Ont., and serves 2,000 people, said the fire was “a real threat” to homes.",
    quotes: [{ text: "a real threat", speaker: "Birchwood Band Council" }],
  },
  // Guard: a person's own name before such a place is still the speaker.
  {
    kind: "subject of the clause",
    text: "Dana Whitford, who grew up in Sioux Lookout, Ont., said the fire was “a real threat” to homes.",
    quotes: [{ text: "a real threat", speaker: "Dana Whitford" }],
  },
  // `a Canadian woman` introduces someone by nationality, no name: `the woman` and a `she` for
  // her later are unnamed, never `Canadian woman`.
  {
    kind: "unnamed person",
    text: "A Canadian woman says she waited nine hours for a flight home.\n\nPriya Nair said the line never moved. Then a stranger offered help. The woman asked if she could drive them.\n\n“It was a kindness we will never forget,” she said.",
    quotes: [{ text: "It was a kindness we will never forget,", speaker: null }],
  },
  // Guard: an organisation's proper name before the noun still names it.
  {
    kind: "unnamed person",
    text: "A Maple Air spokesperson says the delays were caused by weather.\n\nThe spokesperson said the airline was “doing everything it can.”",
    quotes: [{ text: "doing everything it can.", speaker: "Maple Air spokesperson" }],
  },
  // `Speaking at the summit, Roe first thanked Baker on his win before remarks about Baker’s plans.`:
  // the possessor named before only as an object acts in no clause there; the subject is `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Premier John Roe met Opposition Leader Tom Baker in Halifax.\n\nSpeaking at the summit, Roe first thanked Baker on his win before making sharp remarks about Baker’s tax plans.\n\n“We will work with every member of the house,” he said Friday.",
    quotes: [{ text: "We will work with every member of the house,", speaker: "John Roe" }],
  },
  // Guard: named before as the agent of a passive (`used by Tom Baker`), the possessor is the one
  // the sentence is about, and `he` is him rather than the subject who holds the gun.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker is selling a rifle online.\n\nOfficer Jane Roe holds up the rifle used by Tom Baker during the hunt that led to Baker’s arrest.\n\n“The rifle still works perfectly,” he added.",
    quotes: [{ text: "The rifle still works perfectly,", speaker: "Tom Baker" }],
  },
  // `Madam Justice Jane Roe` … `said the judge`: a judge of a higher court is titled Justice, and
  // `the judge` is the one with the floor, not `a trial judge` in her reported words.
  {
    kind: "description of a named person",
    text: "Supreme Court Justice Tom Baker had approved the class action last year.\n\nIn a ruling released Monday, Court of Appeal Madam Justice Jane Roe upheld that decision.\n\nRoe said a trial judge’s ruling on such a question deserves deference.\n\n“I see no error in the ruling below,” said the judge.",
    quotes: [{ text: "I see no error in the ruling below,", speaker: "Jane Roe" }],
  },
  // `…,” according to the RCMP.`: a body's name after `the`, ending in no speaker noun, is the source.
  {
    kind: "speaker named after the quote",
    text: "The alerts are meant for “only the most urgent abduction cases,” according to the RCMP.",
    quotes: [{ text: "only the most urgent abduction cases,", speaker: "RCMP" }],
  },
  // Guard: `according to the FBI data` names a writing, no speaker.
  {
    kind: "speaker named after the quote",
    text: "The town had “the lowest crime rate in a decade,” according to the FBI data.",
    quotes: [{ text: "the lowest crime rate in a decade,", speaker: null }],
  },
  // `B.C. RCMP said …` then `police said`: a force named by its initialism is a body of
  // government, and a bare `police` after it is that force.
  {
    kind: "organisation continuation",
    text: "In a news release on Sunday, Manitoba RCMP said the driver had been found.\n\n“The driver was taken to hospital in stable condition,” police said in the release.",
    quotes: [{ text: "The driver was taken to hospital in stable condition,", speaker: "Manitoba RCMP" }],
  },
  // Guard: a force named with `police` later than the initialism is the one meant.
  {
    kind: "organisation continuation",
    text: "Manitoba RCMP said on Sunday the driver had crossed into the city.\n\nWinnipeg Police Service officers stopped the car on Monday.\n\n“The driver was arrested without incident,” police said.",
    quotes: [{ text: "The driver was arrested without incident,", speaker: "Winnipeg Police Service" }],
  },
  // `The accounting firm … “…”` below the lead, then `Kestrel Law … said` and `the accounting
  // firm’s statement said`: the firm known only by its noun is the organisation named since.
  {
    kind: "organisation continuation",
    text: "Jane Roe, who chairs the charity, spoke on Monday.\n\nThe accounting firm that audits the charity released a statement on Tuesday saying its books were “in order by every measure we apply.”\n\nKestrel Law, based in Moncton, said the review had found no wrongdoing by the board.\n\n“We stand by every figure in our report, and we will defend it in any forum,” the accounting firm’s statement said.",
    quotes: [
      { text: "in order by every measure we apply.", speaker: null },
      { text: "We stand by every figure in our report, and we will defend it in any forum,", speaker: "Kestrel Law" },
    ],
  },
  // Guard: a body met first by its noun (`the union’s statement`) is not the employer named before.
  {
    kind: "organisation continuation",
    text: "Halvorsen Health Inc., the employer, said the talks would resume next week.\n\n“We will not accept a contract that cuts staffing,” the union’s statement said.",
    quotes: [{ text: "We will not accept a contract that cuts staffing,", speaker: null }],
  },
  // `KRB officials said` after `The Kestrel Review Board (KRB)`: officials of a named body speak for it.
  {
    kind: "organisation continuation",
    text: "The Kestrel Review Board (KRB) opened a file on Monday.\n\n“The man was found in distress in the lane behind the store,” KRB officials said in their update.",
    quotes: [{ text: "The man was found in distress in the lane behind the store,", speaker: "Kestrel Review Board" }],
  },
  // Guard: a place's officials (`B.C. officials`) name no one.
  {
    kind: "organisation continuation",
    text: "B.C. officials said the fire season was “rapidly getting worse,” and more orders may follow.",
    quotes: [{ text: "rapidly getting worse,", speaker: null }],
  },
  // `In a story on TSN, the website reported`: the website is the outlet the sentence named.
  {
    kind: "organisation continuation",
    text: "In a sourced story on TSN, the website reported the pitcher has seen doctors “with a view to ruling out a torn ligament in the elbow.”",
    quotes: [{ text: "with a view to ruling out a torn ligament in the elbow.", speaker: "TSN" }],
  },
  // Guard: a post's platform (`a post on Facebook`) is not the website's owner.
  {
    kind: "organisation continuation",
    text: "In a post on Facebook, the website said it was “closing for good after twenty years.”",
    quotes: [{ text: "closing for good after twenty years.", speaker: null }],
  },
  // `was described by the police chief as “…,” but critics said`: the passive's agent speaks, and
  // `but` opens another clause whose subject disputes the words rather than says them.
  {
    kind: "description of a named person",
    text: "Police Chief Tom Baker spoke on Tuesday.\n\nA new street check policy aimed at curbing stops was described by the police chief as “a real change in how we work,” but critics said it will do little to reduce profiling.",
    quotes: [{ text: "a real change in how we work,", speaker: "Tom Baker" }],
  },
  // Guard: with no verb of saying before it, the speaker after `but` still speaks it.
  {
    kind: "speaker named after the quote",
    text: "The council met on Tuesday.\n\n“We cannot afford another delay on this road,” but Mayor Jane Roe said that was the last word.",
    quotes: [{ text: "We cannot afford another delay on this road,", speaker: "Jane Roe" }],
  },
  // `The law firm that represents … “…”` opening the story, then `Kestrel Law, based in Moncton,
  // said`: the body the lead described is the organisation that opens the next paragraph.
  {
    kind: "description of a named person",
    text: "The law firm that represents the families issued a statement on Monday saying its clients feel “shut out of the process entirely.”\n\nKestrel Law, based in Moncton, said the families were discouraged.",
    quotes: [{ text: "shut out of the process entirely.", speaker: "Kestrel Law" }],
  },
  // Guard: a person opening the next paragraph is no body the lead described.
  {
    kind: "description of a named person",
    text: "The company that runs the mine issued a statement on Monday saying the shutdown was “only a precaution for now.”\n\nJane Roe, a miner for 20 years, said the workers were worried.",
    quotes: [{ text: "only a precaution for now.", speaker: null }],
  },
  // `the president of the Millbrook Nurses’ Association, Jane Roe, said`: the name run stops at the
  // plural's apostrophe, leaving `Association` alone; the full name set off after it is the speaker.
  {
    kind: "description of a named person",
    text: "The president of the Millbrook Nurses’ Association, Jane Roe, said Monday the walkout was “going ahead regardless.”",
    quotes: [{ text: "going ahead regardless.", speaker: "Jane Roe" }],
  },
  // Guard: a player owned by a plural team's name is still a person.
  {
    kind: "description of a named person",
    text: "The Flames’ Tom Baker, who scored twice, said the game was “as rough as they come.”",
    quotes: [{ text: "as rough as they come.", speaker: "Tom Baker" }],
  },
  // `…,” said Libe` closing the page: a name cut off by the text's end, no full stop after it,
  // names no one, and no earlier speaker is lent to the quotation either.
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Monday the plan would go ahead.\n\n“This closure puts every family in the valley at risk,” said Opp",
    quotes: [{ text: "This closure puts every family in the valley at risk,", speaker: null }],
  },
  // Guard: a surname known from before is whole, even with no full stop after it.
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Monday the plan would go ahead.\n\n“This closure protects every family in the valley,” said Baker",
    quotes: [{ text: "This closure protects every family in the valley,", speaker: "Tom Baker" }],
  },
  // `… of Indigenous Peoples (UNDRIP), said Baker.`: after a bracket closing what was reported,
  // the name after the verb speaks, and a later `he` stands for him.
  {
    kind: "speaker named after the quote",
    text: "The deal follows the Declaration on the Rights of Northern Peoples (DRNP), said Baker.\n\n“We will finally stand as our own government,” he said.",
    quotes: [{ text: "We will finally stand as our own government,", speaker: "Baker" }],
  },
  // Guard: a name with its party in brackets before `said` is still the subject.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe (Liberal) said the deal was “a long time coming.”",
    quotes: [{ text: "a long time coming.", speaker: "Jane Roe" }],
  },
  // `and Northern Cree members`: a name before a plural noun for people only says which people
  // they are; it takes no speaker's floor from the one who spoke, so `he` is still the speaker.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, the president of the Acme Nation (ANN), said the deal was “a long time coming.”\n\nSigning the agreement is in line with the principles of the Declaration, said Baker.\n\nIt will “set the stage” to write a constitution that governs relations between the ANN, three regional councils, and Tallwood members.\n\nThrough the agreement, the ANN and councils will stand as governments, he said.\n\n“We will finally stand as our own government,” he said.",
    quotes: [
      { text: "a long time coming.", speaker: "Tom Baker" },
      { text: "set the stage", speaker: "Tom Baker" },
      { text: "We will finally stand as our own government,", speaker: "Tom Baker" },
    ],
  },
  // Guard: a subject named since the speaker, before a verb, takes the floor as before.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, the president of the Acme Nation (ANN), said the deal was “a long time coming.”\n\nSigning the agreement is in line with the principles of the Declaration, said Baker.\n\nIt will “set the stage” to write a constitution that governs relations between the ANN and three regional councils. Chief Sam Roe welcomes members to the talks.\n\n“We will finally stand as our own government,” he said.",
    quotes: [
      { text: "a long time coming.", speaker: "Tom Baker" },
      { text: "set the stage", speaker: "Tom Baker" },
      { text: "We will finally stand as our own government,", speaker: "Sam Roe" },
    ],
  },
  // `‘…’: Teen charged with …` heading the page: a lone capitalised word with nothing to show it
  // is a person is a common noun in a headline; the body's named speaker of the words said them.
  {
    kind: "description of a named person",
    text: "‘They just would not back down’: Teen charged after downtown brawl\n\nPolice say a teen has been charged.\n\nSgt. Tom Baker said the two groups had traded insults. “They just would not back down. It got out of hand,” he said.",
    quotes: [
      { text: "They just would not back down", speaker: "Tom Baker" },
      { text: "They just would not back down. It got out of hand,", speaker: "Tom Baker" },
    ],
  },
  // Guard: a full name in the headline keeps its quotation though the body repeats the words.
  {
    kind: "description of a named person",
    text: "‘They just would not back down’: Jane Roe slams rivals\n\nJane Roe spoke on Monday.\n\nSgt. Tom Baker said the two groups had traded insults. “They just would not back down. It got out of hand,” he said.",
    quotes: [
      { text: "They just would not back down", speaker: "Jane Roe" },
      { text: "They just would not back down. It got out of hand,", speaker: "Tom Baker" },
    ],
  },
  // A page's menu (`Menu`, `Topics`, one word a line) above the headline: the headline's
  // quotation is still among the article's first paragraphs, and the body's speaker of its words said it.
  {
    kind: "speaker named after the quote",
    text: "Menu\n\nTopics\n\nConnect\n\nComments\n\nWant to discuss? Please read our policy first.\n\n‘We are ready for the season’: Coach looks ahead in year-end interview\n\nThe biggest questions facing the club this year include injuries, the salary cap and a new arena.\n\nThe biggest questions facing the club this year include injuries, the salary cap and a new arena.\n\nIn a sit-down interview, coach Tom Baker spoke to reporters about the year.\n\n“It has been a long year. We are ready for the season,” he said.",
    quotes: [
      { text: "We are ready for the season", speaker: "Tom Baker" },
      { text: "It has been a long year. We are ready for the season,", speaker: "Tom Baker" },
    ],
  },
  // `“…?” questioned commuter Jane Roe on Sunday`: after a question, `questioned` is inverted
  // like `asked`, its speaker after it.
  {
    kind: "speaker named after the quote",
    text: "Title here\n\nTransit riders gathered downtown.\n\n“Which bus reaches the mill now?” questioned commuter Jane Roe on Sunday.",
    quotes: [{ text: "Which bus reaches the mill now?", speaker: "Jane Roe" }],
  },
  // A headline's `premier says`, then the named premier's words, a paragraph of background, and
  // `said the premier`: the title is the named person who spoke two paragraphs up, not the headline's role.
  {
    kind: "description of a named person",
    text: "Surging rivals a threat to the province, premier says\n\nJane Roe has led the province for about fourteen months.\n\n“We will hold the election on the fixed date,” said Roe.\n\nPolls show the rivals gaining ground, a trend Roe has watched closely.\n\n“The danger they pose goes beyond one vote,” said the premier.",
    quotes: [
      { text: "We will hold the election on the fixed date,", speaker: "Jane Roe" },
      { text: "The danger they pose goes beyond one vote,", speaker: "Jane Roe" },
    ],
  },
  // Words on placards whose sentence names no one to carry them (`Protesters … held up placards
  // that read:`) are nobody's: not the speaker of the paragraph before.
  {
    kind: "unnamed person",
    text: "“The ward has been closed for a month,” said Ann Lee, who lives in Dunmore.\n\nProtesters outside the clinic held up placards that read: “Our families need this clinic open every night.”",
    quotes: [
      { text: "The ward has been closed for a month,", speaker: "Ann Lee" },
      { text: "Our families need this clinic open every night.", speaker: null },
    ],
  },
  // The same for the last of a list of banners, read back past the items before it.
  {
    kind: "unnamed person",
    text: "“The ward has been closed for a month,” said Ann Lee, who lives in Dunmore.\n\nMarchers carried banners reading “Hands off our clinic,” “Nurses not cuts” and “Every family in Dunmore needs this clinic open at night.”",
    quotes: [
      { text: "The ward has been closed for a month,", speaker: "Ann Lee" },
      { text: "Every family in Dunmore needs this clinic open at night.", speaker: null },
    ],
  },
  // A crowd's chant is the crowd's, not the mayor's who spoke before it.
  {
    kind: "unnamed person",
    text: "Mayor Tom Baker spoke for twenty minutes. “We will not let this mill close,” Baker said.\n\nWhen he finished, the crowd in the square chanted “Save the mill, save the town!”",
    quotes: [
      { text: "We will not let this mill close,", speaker: "Tom Baker" },
      { text: "Save the mill, save the town!", speaker: null },
    ],
  },
  // Guard: a named person who holds the placard still carries its words.
  {
    kind: "unnamed person",
    text: "“The ward has been closed for a month,” said Ann Lee, who lives in Dunmore.\n\nSam Green held up a placard that read: “Our families need this clinic open every night.”",
    quotes: [
      { text: "The ward has been closed for a month,", speaker: "Ann Lee" },
      { text: "Our families need this clinic open every night.", speaker: "Sam Green" },
    ],
  },
  // `a banner … that read`: `that` (a person takes `who`) gives the thing bearing the words, however
  // far from it, so the words are nobody's, not the speaker's before them.
  {
    kind: "unnamed person",
    text: "Council member Ann Lee conceded the vote on Tuesday: “It is over, and we accept it.” By evening a banner hung from the union hall window that read “We are not done yet.”",
    quotes: [
      { text: "It is over, and we accept it.", speaker: "Ann Lee" },
      { text: "We are not done yet.", speaker: null },
    ],
  },
  // `said Harbour Authority safety officer, Jane Roe.`: a body's name and a role in lower case,
  // then the person's name set off by a comma: the person speaks, not the body.
  {
    kind: "title inside the attribution",
    text: "“Every boat should carry a radio,” said Northshore Harbour Authority marine safety officer, Jane Roe. “Conditions change fast out there.”",
    quotes: [
      { text: "Every boat should carry a radio,", speaker: "Jane Roe" },
      { text: "Conditions change fast out there.", speaker: "Jane Roe" },
    ],
  },
  // `said Valley Party MLA, Tom Baker`: the office closes the body's name itself; after the verb
  // or set off before it, the name after the comma is its holder.
  {
    kind: "title inside the attribution",
    text: "“The budget ignores rural roads,” said Valley Party MLA, Tom Baker.\n\n“We will keep asking,” Valley Party MLA, Sam Kerr, told reporters.",
    quotes: [
      { text: "The budget ignores rural roads,", speaker: "Tom Baker" },
      { text: "We will keep asking,", speaker: "Sam Kerr" },
    ],
  },
  // `Tourism and Heritage Minister Jane Roe said`: a portfolio of two parts, one holder; not two
  // people joined by `and`, though the first part's word is a title's (`Treasury`).
  {
    kind: "title inside the attribution",
    text: "“Visitors are coming back,” Tourism and Heritage Minister Jane Roe said Tuesday.\n\n“Costs are rising,” Finance and Treasury Board Minister Tom Baker said.",
    quotes: [
      { text: "Visitors are coming back,", speaker: "Jane Roe" },
      { text: "Costs are rising,", speaker: "Tom Baker" },
    ],
  },
  // `Northland labour minister Jane Roe is urging …` then a bare quotation: a lower-case word
  // qualifying the office (`labour`) still leaves the person the subject, and the office in lower
  // case shows her a person as a title would, so the quotation that follows is hers.
  {
    kind: "speaker introduced before the quote",
    text: "The strike entered its third week on Monday.\n\nNorthland labour minister Jane Roe is urging both sides to return to the table.\n\n“I am worried by the situation. Both sides must find a deal soon.”\n\nBus drivers walked out last month.",
    quotes: [{ text: "I am worried by the situation. Both sides must find a deal soon.", speaker: "Jane Roe" }],
  },
  // `Tom d'Arcy`, `Ben van der Berg`: a surname with an elided particle in lower case or with
  // two particles is one name with its given name, not a given name alone.
  {
    kind: "affiliation",
    text: "But former Liberal housing minister Tom d'Arcy said the numbers show a crisis. “There is still no plan,” he said.\n\n“He was a fair coach,” said Ben van der Berg, the team's captain.",
    quotes: [
      { text: "There is still no plan,", speaker: "Tom d'Arcy" },
      { text: "He was a fair coach,", speaker: "Ben van der Berg" },
    ],
  },
  // `said president of the Northland Federation of Labour Jane Roe`: a role through `of the` and a
  // body's name that runs into a full name: the holder speaks, not a role nobody resolves.
  {
    kind: "title inside the attribution",
    text: "“This is a good day for workers,” said president of the Northland Federation of Labour Jane Roe.",
    quotes: [{ text: "This is a good day for workers,", speaker: "Jane Roe" }],
  },
  // `said Valley Party MP and health critic Jane Roe`, `said deputy premier and finance minister
  // Tom Baker`: two offices joined by `and`, in lower case or after a capitalised one, run on to
  // the holder's name.
  {
    kind: "title inside the attribution",
    text: "“The wait lists keep growing,” said Valley Party MP and health critic Jane Roe.\n\n“We will review the file,” said deputy premier and finance minister Tom Baker.",
    quotes: [
      { text: "The wait lists keep growing,", speaker: "Jane Roe" },
      { text: "We will review the file,", speaker: "Tom Baker" },
    ],
  },
  // `said Lake of the Hills Trust director Jane Roe`, `said Rivers and Harbours Canada hydrologist
  // Tom Baker`: a body's name running on through `of the` or `and` before a role in lower case;
  // the person after the role speaks, not the body's first words.
  {
    kind: "title inside the attribution",
    text: "“The water is higher than last spring,” said Lake of the Hills Trust executive director Jane Roe.\n\n“Expect more rain,” said Rivers and Harbours Canada senior hydrologist Tom Baker.",
    quotes: [
      { text: "The water is higher than last spring,", speaker: "Jane Roe" },
      { text: "Expect more rain,", speaker: "Tom Baker" },
    ],
  },
  // `said Northland's Minister of Rural Affairs Jane Roe`: an office with its portfolio after a
  // place's possessive names its holder, not the place's office.
  {
    kind: "title inside the attribution",
    text: "“Every town deserves a clinic,” said Northland's Minister of Rural Affairs Jane Roe.",
    quotes: [{ text: "Every town deserves a clinic,", speaker: "Jane Roe" }],
  },
  // `according to Valley Wildfire information officer Jane Roe`: after `according to`, the person
  // after the body's role is the source, as after `said`.
  {
    kind: "title inside the attribution",
    text: "“Conditions remain extreme,” according to Valley Wildfire information officer Jane Roe.",
    quotes: [{ text: "Conditions remain extreme,", speaker: "Jane Roe" }],
  },
  // `said chief public health officer Dr. Jane Roe`: a bare role of four words, ending in a
  // person's noun right before the name, is still her title; she speaks, not `chief`.
  {
    kind: "title inside the attribution",
    text: "“Please stay home if you are sick,” said chief public health officer Dr. Jane Roe.",
    quotes: [{ text: "Please stay home if you are sick,", speaker: "Jane Roe" }],
  },
  // `the Fair Access to Care Act` named after the premier: a law's name is a thing, never a person
  // `he` stands for, though a given name (`Harbour`, `Care`) may open it; the premier is `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker cited the new ferry and the Fair Access to Care Act as the year's two big wins.\n\n“The ferry already carries 4,000 people a week,” he said.\n\nMayor Jane Roe praised the Green Harbour Accord.\n\n“It works for everyone,” she said.",
    quotes: [
      { text: "The ferry already carries 4,000 people a week,", speaker: "Tom Baker" },
      { text: "It works for everyone,", speaker: "Jane Roe" },
    ],
  },
  // Guard: `Bill` closes a nickname as often as a bill's name; `Wild Bill` stays a person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Wild Bill told the crowd the mill would stay open.\n\n“We are not going anywhere,” he said.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Wild Bill" }],
  },
  // `Chris d'Entremont`: a surname opened by the particle `d'` is a name as `O'Hara` is; read as
  // lower case, the party before it (`Progressive Conservative`) was taken for the speaker.
  {
    kind: "affiliation",
    text: "Former Progressive Conservative finance minister Anne d'Aubin said the numbers show a real problem.\n\n“It is not getting any better,” she said.",
    quotes: [{ text: "It is not getting any better,", speaker: "Anne d'Aubin" }],
  },
  // `Rural Roads and Ferry Services Minister Tom Baker said`: one portfolio of two parts joined by
  // `and` before the office, not a pair `Rural Roads` and the minister; the minister speaks.
  {
    kind: "affiliation",
    text: "“We will fix the crossings,” Rural Roads and Ferry Services Minister Tom Baker said on Tuesday.\n\nTrade and Tourism Minister Jane Roe said: “The season starts early.”",
    quotes: [
      { text: "We will fix the crossings,", speaker: "Tom Baker" },
      { text: "The season starts early.", speaker: "Jane Roe" },
    ],
  },
  // `the Acme Creek First Nation in northern Manitoba declared`: a place after `in`
  // (with a word of direction) says where the subject is and never speaks; the subject is the
  // name or description before the preposition.
  {
    kind: "subject of the clause",
    text: "The Acme Creek First Nation in northern Manitoba declared an emergency, saying in a statement that “the water is no longer safe to drink.”\n\nFarmers in rural Alberta said they were “running out of time.”",
    quotes: [
      { text: "the water is no longer safe to drink.", speaker: "Acme Creek First Nation" },
      { text: "running out of time.", speaker: null },
    ],
  },
  // `said Acme Valley Fire Service fire information officer, Jane Roe.`: a comma may part an
  // inverted verb's role from the name; the name closing the clause speaks, not the service.
  // Guard: a list after the comma (`officer, Jane Roe and Tom Baker`) is left to the service.
  {
    kind: "affiliation",
    text: "“Pack a bag now,” said Acme Valley Fire Service fire information officer, Jane Roe. “It is a matter of when, not if.”\n\n“Roads will close,” said Acme Valley Fire Service fire information officers, Tom Baker and Sam Roe.",
    quotes: [
      { text: "Pack a bag now,", speaker: "Jane Roe" },
      { text: "It is a matter of when, not if.", speaker: "Jane Roe" },
      { text: "Roads will close,", speaker: "Acme Valley Fire Service" },
    ],
  },
  // `said Acme Valley Fire Service fire information officer Jane Roe` and then `reads the
  // situation report`: a report with no author named, after a spokesperson spoke for a body,
  // is that body's, as it was when the body itself was the speaker.
  {
    kind: "document for its issuer",
    text: "“Pack a bag now,” said Acme Valley Fire Service fire information officer Jane Roe.\n\n“Crews held the line overnight on the north flank,” reads the situation report on the Tallwood blaze.",
    quotes: [
      { text: "Pack a bag now,", speaker: "Jane Roe" },
      { text: "Crews held the line overnight on the north flank,", speaker: "Acme Valley Fire Service" },
    ],
  },
  // `Many Nova Scotians …`, `Progressive Conservatives …` named after the speaker: a plural of
  // people from a place or of a party's members is a crowd, never the `he` who speaks next.
  {
    kind: "pronoun to non-person",
    text: "Mayor Tom Baker spoke at the wharf on Monday.\n\nMany Nova Scotians are worried about the ferry this summer.\n\n“We are ready for the season,” he said.\n\nMayor Jane Roe spoke at the rink on Monday.\n\nProgressive Conservatives on council voted against the plan.\n\n“We will build it anyway,” she said.",
    quotes: [
      { text: "We are ready for the season,", speaker: "Tom Baker" },
      { text: "We will build it anyway,", speaker: "Jane Roe" },
    ],
  },
  // A headline working a quoted phrase into its own words keeps it as a phrase: `Go` there is no
  // verb of saying (that is `she goes, “No”`), nor is `Post` in an outlet's name.
  {
    kind: "scare quotes and lists",
    text: "Harbour Band Is Ready To Go ‘Gold’ Again\n\nThe band played its first show in a decade on Friday night.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Valley Post Sends ‘A Small Squad’ Of Reporters To The Fair\n\nThe newspaper has sent six reporters to cover the fair this week.",
    quotes: [],
  },
  // Guard: a headline's own verb of saying still gives the quotation to its speaker.
  {
    kind: "scare quotes and lists",
    text: "Staff Must Go ‘Back To Work,’ Jane Roe Says\n\nJane Roe spoke at the hall on Monday.",
    quotes: [{ text: "Back To Work,", speaker: "Jane Roe" }],
  },
  // A work's title, the phrase after it saying what work it is (`“…,” a biography written by`): a
  // title, not anyone's words; `written by` describes the work, it does not quote it.
  {
    kind: "scare quotes and lists",
    text: "In the spring, Harbour Press will release “Salt and Stone,” a biography written by the historian Jane Roe.",
    quotes: [],
  },
  // Guard: the work speaking (`an editorial in the Star said`) keeps its words.
  {
    kind: "scare quotes and lists",
    text: "“The budget leaves families behind,” an editorial in the Valley Star said on Monday.",
    quotes: [{ text: "The budget leaves families behind,", speaker: null }],
  },
  // Markup left in a scraped page: a mark that closed a tag's attribute opens no quotation (its text
  // starts at the tag's `>`), and one whose only letters are a tag's is no one's words.
  {
    kind: "furniture",
    text: 'The mayor posted about the fair.\n\n<tweet author="@valleymayor" date="May 1, 2024\n">Great crowd at the fair today.<tweet/>.\n\nShe went home early.',
    quotes: [],
  },
  {
    kind: "furniture",
    text: 'The account shared a line from an old speech.\n\n<tweet author="@harbourfan">“Work hard and be kind” – @janeroe #Harbour“<tweet/>.\n\nThe line was not hers.',
    quotes: [{ text: "Work hard and be kind", speaker: null }],
  },
  // A list of links to other stories set with hyphens for bullets, each a headline opening on a
  // quotation and a colon: other stories' headlines, not this one's speech.
  {
    kind: "furniture",
    text: "The river rose two metres overnight, the town said.\n\n“We have sandbags on every street,” Mayor Jane Roe told reporters.\n\n- ‘Worst in decades’: Valley farmers count flood losses\n- 'Stay off the bridge': Police close crossing in Harbour Town\n\nCrews will work through the night.",
    quotes: [{ text: "We have sandbags on every street,", speaker: "Jane Roe" }],
  },
  // A hyphen-bulleted list of other stories' headlines, no stop at their ends: a quotation in one
  // is that story's headline, though a verb of saying stands in it.
  {
    kind: "furniture",
    text: "The river rose two metres overnight, the town said.\n\n“We have sandbags on every street,” Mayor Jane Roe told reporters.\n\n- Harbour schools to stay closed through Friday\n- ‘No easy fix’ for flood maps, minister says after storm\n- Valley council calls river dredging ‘long overdue’\n\nCrews will work through the night.",
    quotes: [{ text: "We have sandbags on every street,", speaker: "Jane Roe" }],
  },
  // Guard: a bulleted summary of the story itself ends its items with stops and keeps its quotations.
  {
    kind: "furniture",
    text: "Mayor Jane Roe spoke to reporters on Monday.\n\n- Roe said the town had “done everything it could.”\n- She said the bridge would reopen “as soon as it is safe.”\n\nCrews will work through the night.",
    quotes: [
      { text: "done everything it could.", speaker: "Jane Roe" },
      { text: "as soon as it is safe.", speaker: "Jane Roe" },
    ],
  },
  // A quotation that is its whole paragraph and ends in a stop before a closing parenthesis or a
  // nested quotation's mark (`….)”`, `… ‘Not here.’”`) ends a sentence: speech, not a subhead.
  {
    kind: "furniture",
    text: "The council explained its reasoning in a memo.\n\nIt gets better:\n\n“By statute, the mayor sets the number of permits each year. (Note to readers: this is not done by decree.)”\n\nTom Baker, a resident, recalled the meeting.\n\n“I kept asking them, ‘Why are we here? Who decided this?’”\n\nThe vote is on Monday.",
    quotes: [
      { text: "By statute, the mayor sets the number of permits each year. (Note to readers: this is not done by decree.)", speaker: null },
      { text: "I kept asking them, ‘Why are we here? Who decided this?’", speaker: "Tom Baker" },
    ],
  },
  // A quotation in single marks standing as its own paragraph without a stop heads a section with
  // words the section quotes (`'Far too many questions'`): speech, said by whoever the body names as
  // saying them, not the speaker before it. With a stop (`'A long night.'`) it is a subhead as before.
  {
    kind: "furniture",
    text: 'Town council delays vote on arena\n\nThe council put off its vote on the new arena for a second time on Tuesday.\n\nThe project would replace the rink that closed last year.\n\n"We need more time to read the numbers," said Mayor Jane Roe. "The last thing we want is a surprise."\n\nA report on the cost is due next month.\n\n\'Far too many questions\'\n\n"I proposed it in 2019 and I still like it," said Sam Lee, a former councillor.\n\n"There are still far too many questions about the cost, and nobody is answering them," Coun. Tom Baker said.\n\n\'A long night.\'\n\nThe meeting ran past midnight.',
    quotes: [
      { text: "We need more time to read the numbers,", speaker: "Jane Roe" },
      { text: "The last thing we want is a surprise.", speaker: "Jane Roe" },
      { text: "Far too many questions", speaker: "Tom Baker" },
      { text: "I proposed it in 2019 and I still like it,", speaker: "Sam Lee" },
      { text: "There are still far too many questions about the cost, and nobody is answering them,", speaker: "Tom Baker" },
    ],
  },
  // A title's full stop (`Ms.`, `Dr.`) ends no sentence: the verb of saying after it (`“…,” a
  // tearful Ms. Roe said`) attributes the short quotation, which is speech, not a term.
  {
    kind: "scare quotes and lists",
    text: 'The shelter will close at the end of the month.\n\nThe director, Jane Roe, said the closure has hit families hard. "It\'s truly heartbreaking," a tearful Ms. Roe said.\n\nThe city has not said what will replace it.',
    quotes: [{ text: "It's truly heartbreaking,", speaker: "Jane Roe" }],
  },
  // A quotation opening the first line before a colon (`'Truly baffling': Mayor rejects …`) is a
  // headline's quotation of the one it names, however short, said by whoever the body quotes saying it.
  {
    kind: "scare quotes and lists",
    text: "'Truly baffling': Mayor rejects budget plan\n\nThe mayor on Monday rejected the budget plan put forward by council.\n\nMayor Jane Roe called the plan \"truly baffling\" and said she would not sign it.\n\nCouncil will meet again next week.",
    quotes: [
      { text: "Truly baffling", speaker: "Jane Roe" },
      { text: "truly baffling", speaker: "Jane Roe" },
    ],
  },
  // An organisation's name with its acronym in brackets before a role and a name (`Halifax
  // Transit Authority (HTA) Deputy Chief Jane Roe said`): the brackets break no attribution, so
  // the name after them speaks, not the speaker of the sentence before.
  {
    kind: "speaker named after the quote",
    text: "The bridge was closed for six hours, officials said.\n\n“Divers searched the river until dark,” Halifax Transit Authority (HTA) Deputy Chief Jane Roe told reporters on Monday.\n\n“The union has not been consulted,” Canadian Union of Bus Drivers (CUBD) president Tom Baker said.\n\nThe bridge reopened at noon, Mayor Sam Lee said.\n\n“We will review every call,” Ottawa Fire Services (OFS) Capt. Ann Chu said.",
    quotes: [
      { text: "Divers searched the river until dark,", speaker: "Jane Roe" },
      { text: "The union has not been consulted,", speaker: "Tom Baker" },
      { text: "We will review every call,", speaker: "Ann Chu" },
    ],
  },
  // `Jane Roe, the aunt of Tom Baker, decried the ruling.` then `“…,” she said`: a person named
  // after `of` in the subject's appositive only says who the subject is; the pronoun goes on from
  // the subject, not from the last name.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker was sentenced on Friday.\n\nThe hearing lasted two days.\n\nJane Roe, the aunt of Tom Baker, decried the sentence outside court.\n\n“This is not the end,” she told reporters.\n\nSam Lee was released on bail in March.\n\nMark Chu, a longtime friend of Sam Lee, sat in the front row.\n\n“We will keep coming,” he said.",
    quotes: [
      { text: "This is not the end,", speaker: "Jane Roe" },
      { text: "We will keep coming,", speaker: "Mark Chu" },
    ],
  },
  // A photo's caption (with its alt text line above it) set between two paragraphs of quotation
  // is page furniture, not prose: the bare quotation below it goes on from the speaker above, and
  // a person the caption names does not take the floor.
  {
    kind: "furniture",
    text: 'The team lost the final on Sunday.\n\n"We gave it everything," coach Jane Roe said. "It was not enough tonight.\n\nFans leave the stadium\nFans leave the stadium after the loss on Sunday night, as goalie Tom Baker skates off. (Ann Lee/CBC)\n\n"We will be back next year and we will be better."\n\nThe club opened its season in March.\n\n"The young players grew up this year," captain Sam Lee said.\n\nGoalie Mark Chu skates off after the loss on Sunday night. (Ann Lee/The Canadian Press)\n\n"Nobody in this room will forget it."',
    quotes: [
      { text: "We gave it everything,", speaker: "Jane Roe" },
      { text: "It was not enough tonight.", speaker: "Jane Roe" },
      { text: "We will be back next year and we will be better.", speaker: "Jane Roe" },
      { text: "The young players grew up this year,", speaker: "Sam Lee" },
      { text: "Nobody in this room will forget it.", speaker: "Sam Lee" },
    ],
  },
  // A headline trims the quotation it repeats (`'It's hard to believe this happened to us'` above
  // `“It's really hard to believe that this happened to us,” Jane Roe said`): its words, in order
  // with a word or two left out, are still the body's quotation, and its speaker said them.
  {
    kind: "speaker named after the quote",
    text: "'It's hard to believe this happened to us': flood leaves town reeling\n\nThe river rose two metres overnight.\n\nHundreds of homes were flooded.\n\nJane Roe lost her home on Main Street.\n\n\"It's really hard to believe that this happened to us, but the water came so fast,\" Roe said.\n\n\"We had ten minutes to get out.\"",
    quotes: [
      { text: "It's hard to believe this happened to us", speaker: "Jane Roe" },
      { text: "It's really hard to believe that this happened to us, but the water came so fast,", speaker: "Jane Roe" },
      { text: "We had ten minutes to get out.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "'We will not let them close this school without a fight': parents rally\n\nParents gathered outside the school board on Tuesday.\n\nThe board will vote next week.\n\n\"We will not let them close this school without a real fight,\" said Tom Baker, whose two children attend it.",
    quotes: [
      { text: "We will not let them close this school without a fight", speaker: "Tom Baker" },
      { text: "We will not let them close this school without a real fight,", speaker: "Tom Baker" },
    ],
  },
  // `Earlier: Mayor warns council against any ‘nonsense.’` links to an earlier story by its
  // headline: a teaser label, like `READ MORE:`, and the words it quotes are that story's, not speech here.
  {
    kind: "furniture",
    text: "The transit strike entered its third day on Wednesday.\n\n“We are ready to talk at any hour,” union president Jane Roe said.\n\nEarlier: Mayor Tom Baker warns drivers against any strike ‘nonsense.’ Story continues below.\n\nThe city says buses will run on Sunday.\n\nEarlier: Premier Sam Lee calls the walkout “a disgrace”\n\n“Nobody wants this to last,” Roe said.",
    quotes: [
      { text: "We are ready to talk at any hour,", speaker: "Jane Roe" },
      { text: "Nobody wants this to last,", speaker: "Jane Roe" },
    ],
  },
  // `Jane Roe of the Acme Centre (ACC) said`: the initials closing the affiliation leave the person
  // before `of` the subject, as without them; not the organisation, nor the speaker before.
  {
    kind: "affiliation",
    text: "The road was closed for six hours, Mayor Sam Lee said.\n\n“Divers searched the river until dark,” Const. Jane Roe of the Ontario Provincial Police (OPP) told reporters.\n\n“We need a new bridge,” Tom Baker of the Northern Road Builders Association (NRBA) said.",
    quotes: [
      { text: "Divers searched the river until dark,", speaker: "Jane Roe" },
      { text: "We need a new bridge,", speaker: "Tom Baker" },
    ],
  },
  // `said Higgs’ comments were “…”`: a word ending in `s` and a bare apostrophe is a possessive,
  // like `Ford’s`, so the word after it (`comments`, `remarks`, `claims`) is a noun, never a verb
  // of saying whose subject is the possessor. The subject of `said` speaks.
  {
    kind: "subject of the clause",
    text: "Opposition leader Jane Roe said Higgs’ comments were “deeply unfortunate.”\n\nCouncillor Tom Baker said the ministers' claims were “simply untrue,” and asked for a vote.\n\nAnn Lee, a union organizer, said the Joneses’ remarks were “hurtful to every worker here.”",
    quotes: [
      { text: "deeply unfortunate.", speaker: "Jane Roe" },
      { text: "simply untrue,", speaker: "Tom Baker" },
      { text: "hurtful to every worker here.", speaker: "Ann Lee" },
    ],
  },
  // `The premier -- who campaigned … before his 2021 win -- says`: a dash right before the verb
  // closes an aside a dash opened; the subject stands before the opening dash, never a noun
  // phrase inside the aside (`his 2021 win`, `a lawyer who fought the Crown`).
  {
    kind: "subject of the clause",
    text: "Alberta Premier Jane Roe spoke to party members on Friday.\n\nThe premier -- who won office on a promise to cut wait times before her October 2022 win -- says more work is needed, “the clock is ticking.”\n\nTom Baker — who ran the agency for a decade before his 2019 exit — said the plan was “a step backwards.”\n\nAnn Lee -- a lawyer who fought the Crown in court for years -- said the ruling was “long overdue.”",
    quotes: [
      { text: "the clock is ticking.", speaker: "Jane Roe" },
      { text: "a step backwards.", speaker: "Tom Baker" },
      { text: "long overdue.", speaker: "Ann Lee" },
    ],
  },
  // `says Premier on floods`, `The Premier said`: an office capitalised as a title is written,
  // with only titles before it, is a description, no name. With no holder named in the text, the
  // speaker is null, not `Premier`; a holder named before still takes the words.
  {
    kind: "unnamed person",
    text: "'Worst we have seen,' says Premier on wildfires\n\nCrews battled the fires for a third day.\n\nThe Premier said it was “a dark day for the north.”\n\nThe Mayor told residents the town would “rebuild, whatever it takes.”",
    quotes: [
      { text: "Worst we have seen,", speaker: null },
      { text: "a dark day for the north.", speaker: null },
      { text: "rebuild, whatever it takes.", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Premier Jane Roe toured the flooded area on Saturday.\n\nThe Premier said it was “a dark day for the valley.”",
    quotes: [{ text: "a dark day for the valley.", speaker: "Jane Roe" }],
  },
  // `the Sel’tawet’en announced`: a name the text gives after `the`, with no title, is a people's
  // or a body's, never one person's, so `she said` after it reads back past it to the person.
  {
    kind: "pronoun to non-person",
    text: "Chief Jane Roe spoke at the gathering on Monday.\n\n“We are here to listen,” said Ms. Roe.\n\nLast year, the Sel’tawet’en announced that ledgers of the mill had been found.\n\nThe chief walked the grounds before speaking. “They carried off our songs,” she said.",
    quotes: [
      { text: "We are here to listen,", speaker: "Jane Roe" },
      { text: "They carried off our songs,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, the band's lawyer, met reporters after the hearing.\n\n“This is a good day,” Baker said.\n\nIn March, the Nuxalk Hanaksiala announced a second claim over the same land.\n\nThe lawyer, who has argued land cases for decades, paused on the courthouse steps. “We will see this through to the end,” he said.",
    quotes: [
      { text: "This is a good day,", speaker: "Tom Baker" },
      { text: "We will see this through to the end,", speaker: "Tom Baker" },
    ],
  },
  // `“….” Rival coach Tom Baker called her “…”`: after a quotation closed by a full stop, a verb
  // whose own clause runs on past its object into quoted words opens a new statement (as one
  // taking `that` does); it attributes nothing before it, so the quotation keeps its paragraph's speaker.
  {
    kind: "speaker introduced before the quote",
    text: 'Ann Lee said the deal was "a good start." "We still have work to do." Councillor Sam Cole said the plan was "far too timid."\n\nThe vote is on Monday.',
    quotes: [
      { text: "a good start.", speaker: "Ann Lee" },
      { text: "We still have work to do.", speaker: "Ann Lee" },
      { text: "far too timid.", speaker: "Sam Cole" },
    ],
  },
  {
    kind: "speaker introduced before the quote",
    text: 'The coach praised her captain after the win.\n\n"She is the heart of this team," teammate Jane Roe said. "Honestly, she is the whole team." Rival coach Tom Baker said she was "the best player in the league by a mile."',
    quotes: [
      { text: "She is the heart of this team,", speaker: "Jane Roe" },
      { text: "Honestly, she is the whole team.", speaker: "Jane Roe" },
      { text: "the best player in the league by a mile.", speaker: "Tom Baker" },
    ],
  },
  // `the opposition leader said`: a description of a person (a title or a person's noun) stands
  // for a person, never for an outlet or a body whose name holds the word (`the Daily Leader`).
  {
    kind: "description of a named person",
    text: 'Tom Baker won the endorsement of the Halifax Daily Leader on Sunday.\n\nJane Roe praised Baker in an interview on Monday. "He has done the work," the opposition leader said. "He deserves a chance."',
    quotes: [
      { text: "He has done the work,", speaker: "Jane Roe" },
      { text: "He deserves a chance.", speaker: "Jane Roe" },
    ],
  },
  // `there are still a few “closed blocks” which …`: a quantifier (`few`, `several`, `many`) before a
  // short quoted noun phrase counts things the text names so, as an article does; no words said.
  {
    kind: "scare quotes and lists",
    text: 'Mayor Jane Roe said there are still a few "closed blocks" which stay fenced.\n\nThe fire chief said several "hot spots" that flared overnight were under control.\n\nRoe said many "quiet streets" had flooded, and that crews would be "working all night."',
    quotes: [{ text: "working all night.", speaker: "Jane Roe" }],
  },
  // A page's date stamp (`date 2021-04-02`) opening the first paragraph is no part of its
  // sentence: the name after it is that sentence's subject, whom a description in the next
  // paragraph (`the Green MLA for Riverside`, `The Ward 3 parent`) stands for.
  {
    kind: "furniture",
    text: " date 2021-04-02 Jane Roe is responding to a report from Ombudsman Tom Baker that found the transit agency “ignored its own rules” and wasted money\n\nIn a post online, the Green MLA for Riverside said “This report shows exactly what we warned about for two years.”\n\nThe minister has not commented.",
    quotes: [
      { text: "ignored its own rules", speaker: "Jane Roe" },
      { text: "This report shows exactly what we warned about for two years.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "furniture",
    text: "date 2019-06-30 Sam Lee is asking the school board to keep the library open over the summer after a vote led by chair Ann Diaz\n\nThe Ward 3 parent said “The kids need somewhere to go when the weather is bad.”",
    quotes: [{ text: "The kids need somewhere to go when the weather is bad.", speaker: "Sam Lee" }],
  },
  // A title alone joined by `and` to a body (`Chief and council`, `The mayor and council`) is one
  // of a joint subject: the title's holder named later did not speak alone. They speak for the
  // organisation they govern when one is named after them (`of the Acme Lake First Nation`);
  // else no speaker.
  {
    kind: "subject of the clause",
    text: 'Chief and council of the Acme Lake First Nation declared a state of emergency on Friday, saying that "our people cannot wait any longer for clean water."\n\nChief Jane Roe signed the declaration on Friday afternoon.',
    quotes: [{ text: "our people cannot wait any longer for clean water.", speaker: "Acme Lake First Nation" }],
  },
  {
    kind: "subject of the clause",
    text: 'Pool to close for good\n\nThe mayor and council voted on Tuesday to close the outdoor pool, saying "the repairs would cost far more than a new one."\n\nMayor Tom Baker has said the city will look at a splash pad.',
    quotes: [{ text: "the repairs would cost far more than a new one.", speaker: null }],
  },
  // A place before a noun of residence (`the 19-year-old Brandon, Man., native`, `the Toronto
  // native`), its province set off by commas or not, only qualifies the noun: the description is
  // the person the text is about, never the place.
  {
    kind: "description of a named person",
    text: 'Jane Roe won her first national title on Sunday in a final that went to a tiebreak.\n\n"I never thought I would be standing here," said the 19-year-old Brandon, Man., native after the match.',
    quotes: [{ text: "I never thought I would be standing here,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: 'Tom Baker has lived on the same street for 40 years and says the new bike lane is a mistake.\n\n"Nobody on this block was asked," said the Kingston, Ont., resident.',
    quotes: [{ text: "Nobody on this block was asked,", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: 'Sam Lee opened the bakery in 1998 with a loan from his aunt.\n\n"We almost closed twice," said the Toronto native, who still bakes every loaf.',
    quotes: [{ text: "We almost closed twice,", speaker: "Sam Lee" }],
  },
  // A quotation after a naming noun and a comma that opens in lower case (`Roe said about defending
  // the title, “you want …”`) goes on the quotation the attribution broke off; it names nothing.
  {
    kind: "boundaries",
    text: "The striker scored twice in the final on Sunday.\n\n“Once you lift the cup,” Jane Roe said about defending the title, “you want to lift it every year.”\n\nThe team flies home on Tuesday.",
    quotes: [
      { text: "Once you lift the cup,", speaker: "Jane Roe" },
      { text: "you want to lift it every year.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "boundaries",
    text: "The campaign went viral within a day.\n\n“People were waiting for this,” Tom Baker said of the hashtag, “and now they have a way to say it.”",
    quotes: [
      { text: "People were waiting for this,", speaker: "Tom Baker" },
      { text: "and now they have a way to say it.", speaker: "Tom Baker" },
    ],
  },
  // A work of art named in quotation marks (`the painting “…” by Jane Roe`, `the photograph “…”`)
  // is a title, with its longer prepositions in lower case as Chicago style writes them.
  {
    kind: "scare quotes and lists",
    text: "Visitors lined up on Saturday to see the painting “Crossing through the Night” by Jane Roe, on loan from a private collector.\n\nThe gallery will stay open late all week.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "A guide pointed to the photograph “Soldiers against the Sky” in the main hall.\n\nIt was taken in 1944.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The crowd stopped in front of the portrait “Waiting for Spring beyond the Hill” by Ann Diaz, the last she painted.\n\nThe artist died in 1990.",
    quotes: [],
  },
  // `charged with`, `accused of`: a verb of saying's participle in the law's sense says who faces a
  // charge, not who spoke; the verb of saying before it (`told reporters that`) attributes.
  {
    kind: "subject of the clause",
    text: 'Insp. Jane Roe told reporters that three officers charged with assault were "excellent officers" and that she stood behind them.\n\nThe three are due in court next month.',
    quotes: [{ text: "excellent officers", speaker: "Jane Roe" }],
  },
  {
    kind: "subject of the clause",
    text: 'Coach Tom Baker told the board that the two players accused of cheating were "good kids who made a mistake" and deserved a second chance.\n\nThe board meets on Friday.',
    quotes: [{ text: "good kids who made a mistake", speaker: "Tom Baker" }],
  },
  // `a man thought to have links`, `a woman believed to be …`: what others take to be true of
  // someone is no speech of theirs, so a pronoun after it stays with the one who spoke.
  {
    kind: "pronoun resolved wrongly",
    text: 'Det. Tom Baker said officers arrested a man thought to have links to the gang.\n"We are not done with this case yet," he said on Friday.',
    quotes: [{ text: "We are not done with this case yet,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Coach Jane Roe said the club had signed a young woman believed to be the fastest sprinter in the province.\n"We are lucky to have found her," she said after practice.',
    quotes: [{ text: "We are lucky to have found her,", speaker: "Jane Roe" }],
  },
  // A platform's page or group (`the Acme Facebook page`, `the “Acme” Facebook group`) carries
  // its owner's posts and is never the speaker: the owner named before the platform is, or no one.
  {
    kind: "document for its issuer",
    text: 'A trustee has apologized for a message posted over the weekend.\n\nThe deleted post on the "Harbour Parents Network" Facebook group read: "Our schools deserve better than this board."\n\nThe trustee said she did not write it.',
    quotes: [{ text: "Our schools deserve better than this board.", speaker: "Harbour Parents Network" }],
  },
  {
    kind: "document for its issuer",
    text: 'The festival has been cancelled for a second year.\n\n"We know this is hard news for the whole valley," the Riverbend Folk Society Facebook page said on Sunday.\n\nTickets will be refunded.',
    quotes: [{ text: "We know this is hard news for the whole valley,", speaker: "Riverbend Folk Society" }],
  },
  {
    kind: "document for its issuer",
    text: 'Coun. Ann Kwan spoke at the rally on Saturday.\n\nLater that night, the Twitter account posted: "Nobody should lose their home over a tax bill."\n\nThe rally ended peacefully.',
    quotes: [{ text: "Nobody should lose their home over a tax bill.", speaker: null }],
  },
  // Two people, each with a role before the name, joined by `and` as the subject of one verb of
  // saying (`union leader Tom Reid and board chair Ann Kwan said in a joint statement`): the
  // statement is theirs, not the one an earlier paragraph's `officials noted` introduced.
  {
    kind: "speaker named after the quote",
    text: 'Officials noted that the mill had been losing money for years.\n\n"We can only wonder whether anyone in the ministry read our proposal," union leader Tom Reid and board chair Ann Kwan said in a joint statement.\n\nThe mill employs 300 people.',
    quotes: [{ text: "We can only wonder whether anyone in the ministry read our proposal,", speaker: "Ann Kwan" }],
  },
  {
    kind: "speaker named after the quote",
    text: 'Residents say the crossing has been dangerous for a decade.\n\n"This intersection needs a signal before someone else is hurt," ward councillor Lise Moreau and school trustee Dev Patel, both longtime residents, wrote in a letter to the city.\n\nThe city will study the crossing this fall.',
    quotes: [{ text: "This intersection needs a signal before someone else is hurt,", speaker: "Dev Patel" }],
  },
  // `police` speaks for the force a place named before the word, even where the text never had
  // it speak (`charged by Kingston police`, `a standoff with Moncton police`): that force,
  // as `Sudbury police said` would have named it. A place before `police officer` names no force.
  {
    kind: "organisation continuation",
    text: 'A woman has been charged by Kingston police after a crash that injured two cyclists.\n\nThe cyclists were taken to hospital.\n\n"Alcohol is believed to have been a factor," police said in a news release.',
    quotes: [{ text: "Alcohol is believed to have been a factor,", speaker: "Kingston police" }],
  },
  {
    kind: "organisation continuation",
    text: 'A man was arrested after an hours-long standoff with Moncton police on Tuesday.\n\nNeighbours were told to stay inside.\n\n"Officers spoke with him for most of the afternoon," police said.',
    quotes: [{ text: "Officers spoke with him for most of the afternoon,", speaker: "Moncton police" }],
  },
  {
    kind: "organisation continuation",
    text: 'A former Sudbury police officer was charged on Friday.\n\n"The investigation is continuing," police said.',
    quotes: [{ text: "The investigation is continuing,", speaker: null }],
  },
  // Two sets of initials joined by a hyphen (`the M.T.W.-O.L.F.`) are one abbreviation: its
  // full stop ends no sentence, so the appositive and the verb after it still attribute.
  {
    kind: "speaker named after the quote",
    text: 'The vote was closer than anyone expected.\n\n"Members were never going to follow the leadership blindly," Rita Okafor, a former organizer for the M.T.W.-O.L.F. and a longtime activist, wrote in an email.\n\nThe results will be certified next week.',
    quotes: [{ text: "Members were never going to follow the leadership blindly,", speaker: "Rita Okafor" }],
  },
  // A participle between the article and the writing (`an emailed statement`, `a prepared
  // statement`) still introduces it: `the statement said` after it is its issuer's.
  {
    kind: "document for its issuer",
    text: 'The library will close two branches this spring.\n\nIn an emailed statement on Friday, Coun. Ruth Adeyemi said she was disappointed by the decision.\n\n"Residents were never asked what they wanted from their library," the statement said.',
    quotes: [{ text: "Residents were never asked what they wanted from their library,", speaker: "Ruth Adeyemi" }],
  },
  {
    kind: "document for its issuer",
    text: 'Board chair Colin Ferreira issued a prepared statement after the vote.\n\nTrustees met for four hours on Tuesday.\n\n"This budget protects every classroom in the district," the statement reads.',
    quotes: [{ text: "This budget protects every classroom in the district,", speaker: "Colin Ferreira" }],
  },
  // Two people introduced together by a plural role noun (`trustees Mina Park and Joel Arsenault`)
  // are who a later `the trustees` stands for: their joint letter speaks for both, and a name of
  // either is theirs.
  {
    kind: "description of a named person",
    text: 'Two members of the school board want the closure vote delayed.\n\nIn a letter to the chair, trustees Mina Park and Joel Arsenault asked for a public meeting first.\n\n"Families deserve to be heard before any school is closed," the trustees wrote.',
    quotes: [{ text: "Families deserve to be heard before any school is closed,", speaker: "Mina Park" }],
  },
  {
    kind: "description of a named person",
    text: 'Ministers Claire Dubois and Arjun Mehta toured the flooded towns on Sunday.\n\nThey met with mayors and volunteers.\n\n"Every household will get help, and it will come quickly," the ministers said in a joint statement.',
    quotes: [{ text: "Every household will get help, and it will come quickly,", speaker: "Claire Dubois" }],
  },
  // `United Nurses of Alberta` … `the UNA said`: a body's name the mentions split at `of`
  // (`United Nurses`, `Alberta`) is spelt whole by initials given later, which name it in full.
  {
    kind: "organisation continuation",
    text: "Jane Roe, president of the Prairie Nurses of Manitoba, met the minister on Monday.\n\n“We are far apart on wages,” the PNM said in a statement.",
    quotes: [{ text: "We are far apart on wages,", speaker: "Prairie Nurses of Manitoba" }],
  },
  // `Teachers’ Association`: a plural possessive's apostrophe ends a mention inside a body's name;
  // the initials spell the whole name (`Lakeland Teachers’ Association`, `LTA`), not its last part.
  {
    kind: "organisation continuation",
    text: "Members of the Lakeland Teachers’ Association will vote next week.\n\n“This offer ignores class sizes,” the LTA said on Friday.",
    quotes: [{ text: "This offer ignores class sizes,", speaker: "Lakeland Teachers’ Association" }],
  },
  // `United Nurses of Alberta (UNA)`: initials in brackets after a name the mentions split at
  // `of` spell the whole name, not its first part, and the part named as the speaker (`the
  // Coastal Nurses`, `the Federation`) names the whole body.
  {
    kind: "organisation continuation",
    text: "Talks resumed on Tuesday.\n\nThe Coastal Nurses of Nova Scotia (CNNS) said the talks were “going nowhere.”\n\n“We will not be rushed,” the Federation of Island Teachers (FIT) said.",
    quotes: [
      { text: "going nowhere.", speaker: "Coastal Nurses of Nova Scotia" },
      { text: "We will not be rushed,", speaker: "Federation of Island Teachers" },
    ],
  },
  // Initials spell a body, never a person: `Mary Ann Lee` does not make `MAL` hers, nor does a
  // person start a body's name (`Tom Baker of the Coastal Ferry Board`), and initials spelling no
  // body named stay as written (`TRB`).
  {
    kind: "organisation continuation",
    text: "Mary Ann Lee of the Coastal Ferry Board spoke first.\n\n“We need new boats,” the MAL said.\n\n“Fares will rise,” the TRB said.",
    quotes: [
      { text: "We need new boats,", speaker: "MAL" },
      { text: "Fares will rise,", speaker: "TRB" },
    ],
  },
  // `UNA ratifies deal` heading an article that names `the United Nurses of Alberta` below:
  // initials before the name they spell name that body too.
  {
    kind: "organisation continuation",
    text: "PNM rejects latest wage offer\n\n“We are far apart,” the PNM said on Monday.\n\nJane Roe, president of the Prairie Nurses of Manitoba, said talks would resume next week.",
    quotes: [{ text: "We are far apart,", speaker: "Prairie Nurses of Manitoba" }],
  },
  // `Neither Roe nor Doe seemed worried`, `Either Roe or Doe will start`: the pairing's opener is
  // never part of the first name, so a later `Roe said` is Roe's, not `Neither Roe`'s.
  {
    kind: "affiliation",
    text: 'Neither Carter nor Brooks seemed worried about the vote.\n\n"We have the numbers," Carter said. "Nobody here is nervous."',
    quotes: [
      { text: "We have the numbers,", speaker: "Carter" },
      { text: "Nobody here is nervous.", speaker: "Carter" },
    ],
  },
  {
    kind: "affiliation",
    text: 'Either Doyle or Kerr will start in goal on Saturday.\n\n"I am ready whenever they need me," Doyle said after practice.',
    quotes: [{ text: "I am ready whenever they need me,", speaker: "Doyle" }],
  },
  // `Transcript as follows:`, `Partial transcript as follows:`, `Text messages kept arriving,
  // saying`: a writing's noun, or a capitalised word qualifying one, opens its sentence; it
  // names no one, so the words it introduces get no speaker rather than `Transcript`.
  {
    kind: "unnamed person",
    text: 'Senator Gary Bloom spoke in Dayton on Friday.\n\nTranscript as follows:\n\n"We arrived tonight and the crowd was huge. I love this state."',
    quotes: [{ text: "We arrived tonight and the crowd was huge. I love this state.", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: 'The debate ran long on Tuesday.\n\nPartial transcript as follows:\n\n"Thank you all for coming. This campaign is about you."',
    quotes: [{ text: "Thank you all for coming. This campaign is about you.", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: 'The scam began with a phone call.\n\nText messages kept arriving, saying the account was "frozen until payment is made."',
    quotes: [{ text: "frozen until payment is made.", speaker: null }],
  },
  // `the Texan said`, `said the Calgarian`, `Quebecers say`: a demonym (a place's name with a
  // demonym's ending) describes someone by where they are from; it is nobody's name.
  {
    kind: "unnamed person",
    text: 'The former governor weighed in on the race.\n\n"Those are very skilled candidates," the Texan said. "But voters want something else."',
    quotes: [
      { text: "Those are very skilled candidates,", speaker: null },
      { text: "But voters want something else.", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: 'The final was decided by a tenth of a second.\n\n"I gave it everything I had," said the Calgarian, who took silver.',
    quotes: [{ text: "I gave it everything I had,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: 'A new poll was released on Monday.\n\nQuebecers say the plan is "a mess from start to finish," the poll found.',
    quotes: [{ text: "a mess from start to finish,", speaker: null }],
  },
  // `said the Democratic nominee`, `the Conservative candidate said`: a party's word after `the`
  // qualifies a description; alone, it names no one (a title alone names no holder).
  {
    kind: "unnamed person",
    text: 'The rally drew thousands.\n\n"We will not back down," said the Democratic nominee.',
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: 'Polls closed at eight.\n\n"Vote on Tuesday," said the Republican presidential candidate, who toured three towns.',
    quotes: [{ text: "Vote on Tuesday,", speaker: null }],
  },
  // `Hurricane Fiona`, `the Stanley Cup`, `the Tokyo Olympics`: a storm's or an event's name is
  // no one a later `he` or `she` stands for, nor anyone who speaks.
  {
    kind: "pronoun to non-person",
    text: 'Hurricane Fiona struck the coast on Saturday.\n\n"Nobody has seen anything like it," he said.',
    quotes: [{ text: "Nobody has seen anything like it,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Stanley Cup was paraded downtown on Monday.\n\n"We finally did it," he said.',
    quotes: [{ text: "We finally did it,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Boston Marathon drew thousands of runners on Monday.\n\n"What a race that was," he said.',
    quotes: [{ text: "What a race that was,", speaker: null }],
  },
  // `‘…,’ says Dr. Jane Doe. (John Roe/CBC)`: a caption closed by a bracketed credit that reports
  // its quotation with `says` or `said` sums up that person's words, often ones the article does
  // not repeat; a caption's other quotations (a sign, a title) stay furniture.
  {
    kind: "furniture",
    text: "The clinic reopened on Monday.\n\n'We had to rethink the whole schedule before winter,' says Dr. Anna Ferris, head of the clinic. (Jane Doe/CBC)\n\nThe waiting list has shrunk since spring.",
    quotes: [{ text: "We had to rethink the whole schedule before winter,", speaker: "Anna Ferris" }],
  },
  {
    kind: "furniture",
    text: 'The council met on Tuesday.\n\nCouncillor Sam Cole said the budget was "dead on arrival" after the vote. (Tom Baker/CBC)\n\nThe budget goes back to staff.',
    quotes: [{ text: "dead on arrival", speaker: "Sam Cole" }],
  },
  {
    kind: "furniture",
    text: 'The march crossed the bridge at noon.\n\nA protester holds a sign reading "Save our river" near the bridge. (Tom Baker/CBC)\n\n"We will keep coming back," organizer Jane Roe said.',
    quotes: [{ text: "We will keep coming back,", speaker: "Jane Roe" }],
  },
  // `the port authority’s Governor conceded`: a capitalised title after a possessive is the
  // office of a body, a description of the person named in it, never a name of its own.
  {
    kind: "description of a named person",
    text: 'Stephen Lustrik has led the Bank of Millbrook since 2019 and speaks often about jobs.\n\n"This winter tested everyone," the central bank\'s Governor admitted in an interview. "The job is not finished."',
    quotes: [
      { text: "This winter tested everyone,", speaker: "Stephen Lustrik" },
      { text: "The job is not finished.", speaker: "Stephen Lustrik" },
    ],
  },
  {
    kind: "description of a named person",
    text: 'Jane Roe, who took over the finance file in May, tabled the budget on Tuesday.\n\n"This is a careful plan," the province\'s Finance Minister told reporters.',
    quotes: [{ text: "This is a careful plan,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: 'Ottawa Mayor Tom Baker spent the morning at the scene of the flood.\n\n"We will rebuild every street," the city’s Mayor said.',
    quotes: [{ text: "We will rebuild every street,", speaker: "Tom Baker" }],
  },
  // `Says Jane Roe to Ottawa: ‘…’`: an inverted verb names the speaker right after it; the one
  // spoken to, after `to` and before the colon, is no speaker.
  {
    kind: "introduced by a colon",
    text: "Pipeline fight heats up\n\nSays Jane Roe to Ottawa: 'You cannot stall this forever'\n\nThe premier spoke on Monday.",
    quotes: [{ text: "You cannot stall this forever", speaker: "Jane Roe" }],
  },
  {
    kind: "introduced by a colon",
    text: 'Council met on Tuesday.\n\nSays Tom Baker to the Toronto Star: "We have been clear from the start."',
    quotes: [{ text: "We have been clear from the start.", speaker: "Tom Baker" }],
  },
  {
    kind: "introduced by a colon",
    text: 'The strike enters its third week.\n\nSaid union president Ann Lee to Queen\'s Park: "Come back to the table."',
    quotes: [{ text: "Come back to the table.", speaker: "Ann Lee" }],
  },
  // `that Tom Baker has always said “…”`: an adverb of time between the subject and its verb
  // (`always`, `long`, `usually`) is read past, as `often` is; the subject is the name, never a
  // phrase running from `that` through the adverb.
  {
    kind: "subject of the clause",
    text: 'The vote is set for Friday.\n\nJane Roe said Tuesday that Tom Baker has always said "we will not back down."',
    quotes: [{ text: "we will not back down.", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: 'The budget passed on Monday.\n\nCritics noted Thursday that Ann Lee has long argued the cuts were "reckless and cruel."',
    quotes: [{ text: "reckless and cruel.", speaker: "Ann Lee" }],
  },
  {
    kind: "subject of the clause",
    text: 'The team flew home on Sunday.\n\nHis agent said Monday that Sam Cole usually tells reporters "the next game is the only game."',
    quotes: [{ text: "the next game is the only game.", speaker: "Sam Cole" }],
  },
  // `said Acme’s spokesperson`: after an inverted verb, a possessor's name before a person's noun
  // says whose that person is; the speaker is the one described (null when the text names no one),
  // never the possessor, as when the description leads the clause (`Acme’s spokesperson said`).
  {
    kind: "description of a named person",
    text: 'Brightwater Utilities restored power to most homes on Friday.\n\n"Crews will work through the weekend," said Brightwater\'s spokesperson.',
    quotes: [{ text: "Crews will work through the weekend,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: 'Former coach Dana Hill filed a lawsuit against the league on Monday.\n\n"My client was treated unfairly from the start," said Hill\'s lawyer.',
    quotes: [{ text: "My client was treated unfairly from the start,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: 'Councillor Ray Dunn voted against the budget on Tuesday.\n\n"He feels the city is spending far too much," said Dunn\'s chief of staff.',
    quotes: [{ text: "He feels the city is spending far too much,", speaker: null }],
  },
  // `the vice-president said`: a hyphenated office is a person's noun, so the description
  // stands for the person introduced with it.
  {
    kind: "description of a named person",
    text: 'The ferry service cut two sailings this week. Tidewater Ferries vice-president Nora Blake said the crews were short-staffed.\n\n"We hope to be back to a full schedule by June," said the vice-president.',
    quotes: [{ text: "We hope to be back to a full schedule by June,", speaker: "Nora Blake" }],
  },
  // `“…,” Staff Sgt. Jane Roe, told reporters`: a name opening the clause after the quotation, then a
  // stray comma straight before the verb, sets off nothing; the name is the subject, and a bare
  // quotation in the next paragraph is still hers, never the outlet she spoke to.
  {
    kind: "subject of the clause",
    text: 'Police said a home was hit by gunfire overnight.\n\n"Crews put the small fire out within minutes," Staff Sgt. Jane Roe, told Global News.\n\n"Thankfully, nobody inside was hurt."',
    quotes: [
      { text: "Crews put the small fire out within minutes,", speaker: "Jane Roe" },
      { text: "Thankfully, nobody inside was hurt.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "subject of the clause",
    text: 'The council delayed the vote again.\n\n"We have waited long enough for this bridge," Tom Baker, said on Tuesday.',
    quotes: [{ text: "We have waited long enough for this bridge,", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: 'Officials closed the beach after the storm.\n\n"The sand is full of debris," Mayor Ann Lee, told reporters.',
    quotes: [{ text: "The sand is full of debris,", speaker: "Ann Lee" }],
  },
  // `added the diver`, `the weightlifter said`: an athlete named by the sport, as `the boxer` and
  // `the rower` are, is a person's noun; the description stands for the athlete who has the floor.
  {
    kind: "description of a named person",
    text: 'Jane Roe waved to fans at the airport on Monday.\n\n"I am so glad to be home and to sleep in my own bed," Roe told reporters.\n\n"The last two weeks went by in a blur, but I will never forget them," added the gymnast.',
    quotes: [
      { text: "I am so glad to be home and to sleep in my own bed,", speaker: "Jane Roe" },
      { text: "The last two weeks went by in a blur, but I will never forget them,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: 'Tom Baker lifted a Canadian record in the final round.\n\n"I felt strong from the first attempt," Baker said.\n\n"My coach believed in me when nobody else did," the weightlifter said.',
    quotes: [
      { text: "I felt strong from the first attempt,", speaker: "Tom Baker" },
      { text: "My coach believed in me when nobody else did,", speaker: "Tom Baker" },
    ],
  },
  // `…, says Alberta NDP leader`: a body's name straight before a lower-case office, with no name
  // after it, describes the office's holder (as `the NDP leader` does); the body is no speaker.
  {
    kind: "description of a named person",
    text: "Plan to close rural clinic a 'grave error,' says Alberta NDP leader\n\nThe clinic in the town will close in May, the health authority said.",
    quotes: [{ text: "grave error,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Budget 'does nothing for renters,' says Ontario Liberal leader\n\nThe province tabled its budget on Thursday.",
    quotes: [{ text: "does nothing for renters,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: '"We will not support this bill in its current form," said Green Party leader.\n\nThe bill goes to a vote next week.',
    quotes: [{ text: "We will not support this bill in its current form,", speaker: null }],
  },
  // Verbs of a raised or measured voice, of declining and of pleasure (`bellowed`, `intoned`,
  // `demurred`, `gloated`, `enthused`, `crowed`) attribute a quotation on either side of their
  // speaker, and a verb that speaks only with its particle inverts past it (`summed up the captain`).
  {
    kind: "speech verb in another tense",
    text: 'Council met late into the night on Tuesday.\n\n"We will not wait another decade for this," bellowed Councillor Jane Roe from the back of the hall.\n\n"Nobody asked me," Tom Baker demurred when pressed on the rumours.\n\nAnn Lee tabled the budget on Thursday.\n\n"This is the finest budget we have ever passed," the finance minister gloated.',
    quotes: [
      { text: "We will not wait another decade for this,", speaker: "Jane Roe" },
      { text: "Nobody asked me,", speaker: "Tom Baker" },
      { text: "This is the finest budget we have ever passed,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: 'Goaltender Mary Smith stopped 40 shots in the final.\n\n"Order in the chamber, please," Speaker Sam Jones intoned as the members settled.\n\n"It was the trip of a lifetime," Kim Lee enthused after the parade.\n\n"You can count on us next year," coach Tim Ross crowed after the game.',
    quotes: [
      { text: "Order in the chamber, please,", speaker: "Sam Jones" },
      { text: "It was the trip of a lifetime,", speaker: "Kim Lee" },
      { text: "You can count on us next year,", speaker: "Tim Ross" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: 'Captain Mary Smith scored twice in the final on Sunday.\n\n"We never stopped believing," coach Tom Baker said.\n\n"It was a long season, but we got there in the end," summed up the captain.',
    quotes: [
      { text: "We never stopped believing,", speaker: "Tom Baker" },
      { text: "It was a long season, but we got there in the end,", speaker: "Mary Smith" },
    ],
  },
  // Person nouns the lexicon lacked: a hyphenated step of rank or of office (`deputy-mayor`,
  // `premier-designate`) is still the office's holder, and occupations such as `philanthropist`
  // describe the person the text has named, as `surgeon` does.
  {
    kind: "description of a named person",
    text: 'Jane Roe chaired the council meeting while the mayor was away.\n\n"We will rebuild the bridge before winter," the deputy-mayor said.',
    quotes: [{ text: "We will rebuild the bridge before winter,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: 'Tom Roe won the party leadership on Saturday and will be sworn in next week.\n\n"The hard work starts now," the premier-designate told reporters.',
    quotes: [{ text: "The hard work starts now,", speaker: "Tom Roe" }],
  },
  {
    kind: "description of a named person",
    text: 'Sam Roe gave $5 million to the children\'s hospital in March.\n\n"Every dollar goes to the patients," the philanthropist said.',
    quotes: [{ text: "Every dollar goes to the patients,", speaker: "Sam Roe" }],
  },
  // An office's `assistant` and a game's `scorer` are people as `aide` and `goalie` are: the
  // description stands for the person the text has just named.
  {
    kind: "description of a named person",
    text: 'Jane Roe has worked for the premier since 2019.\n\n"The file is closed," the assistant said.',
    quotes: [{ text: "The file is closed,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: 'Tom Roe scored twice in the final.\n\n"We never gave up," the scorer said.',
    quotes: [{ text: "We never gave up,", speaker: "Tom Roe" }],
  },
  // Given names the lists lacked (`Nargis`, `Siamak`, `Yuliia`, `Oleg`, `Marjolaine`, `Ghyslain`,
  // `Liezel`, `Ruel`): without their gender an honorific cannot pick, among a family sharing a
  // surname, the member it names, and `Ms.` and `Mr.` swap.
  {
    kind: "surname shared by two people",
    text: 'The bakery on the corner is run by a couple, Nargis Rahimi and Siamak Rahimi, who came to the city in 2009.\n\n"We opened with two ovens and one table," Ms. Rahimi said.\n\n"Now we bake for three schools," Mr. Rahimi said.',
    quotes: [
      { text: "We opened with two ovens and one table,", speaker: "Nargis Rahimi" },
      { text: "Now we bake for three schools,", speaker: "Siamak Rahimi" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'Yuliia Marchenko and Oleg Marchenko arrived last spring with their two children.\n\n"Everything was new, even the snow," Ms. Marchenko said.\n\n"I found work in a week," Mr. Marchenko said.',
    quotes: [
      { text: "Everything was new, even the snow,", speaker: "Yuliia Marchenko" },
      { text: "I found work in a week,", speaker: "Oleg Marchenko" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'The farm has been in the family since 1952; Marjolaine Gagnon and Ghyslain Gagnon took it over from his parents.\n\n"The spring came late again," Ms. Gagnon said.\n\n"We lost a week of planting," Mr. Gagnon said.',
    quotes: [
      { text: "The spring came late again,", speaker: "Marjolaine Gagnon" },
      { text: "We lost a week of planting,", speaker: "Ghyslain Gagnon" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'Liezel Santos and Ruel Santos both work nights at the care home.\n\n"We see our kids on Sundays," Ms. Santos said.\n\n"The overtime pays the rent," Mr. Santos said.',
    quotes: [
      { text: "We see our kids on Sundays,", speaker: "Liezel Santos" },
      { text: "The overtime pays the rent,", speaker: "Ruel Santos" },
    ],
  },
  // `Will` is a modal (NOT_NAMES) and a given name: set off by a comma after its surname, or
  // capitalised mid-sentence after a comma or a lower-case word, it opens a person's name, where
  // `he` stands for him, not for the person named before. A question's `Will` stays the modal.
  {
    kind: "pronoun resolved wrongly",
    text: 'Mayor Ruth Kessler opened the fair on Friday. Will Tanaka, president of the harbour rowing club, thanked the volunteers.\n\n"They built the new dock in a month," he said.',
    quotes: [{ text: "They built the new dock in a month,", speaker: "Will Tanaka" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Councillor Joan Brody asked for a delay. The league\'s treasurer, Will Fenwick, disagreed.\n\n"The money is already spent," he said.',
    quotes: [{ text: "The money is already spent,", speaker: "Will Fenwick" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Ray Dunmore has run the rink for a decade. Will the council pay for a new roof? "Not before spring," he said.',
    quotes: [{ text: "Not before spring,", speaker: "Ray Dunmore" }],
  },
  // `Bill C-11`, `Bill 21`: `Bill` before a number is a bill, which no `he` stands for.
  {
    kind: "pronoun to non-person",
    text: 'Senator Paul Greer spoke first. Bill C-40, the ferry safety law, passed last spring. "It came too late for us," he said.',
    quotes: [{ text: "It came too late for us,", speaker: "Paul Greer" }],
  },
  // A place after `from`, `of` or `in`, then its province or state set off by commas (`from
  // Moncton, N.B.,`, `of Red Deer, Alberta,`, `from Albany, New York,`), is inside the appositive:
  // neither the region nor the description it closes is the subject of the verb after it; the
  // name before the appositive is, and keeps the pronouns after it.
  {
    kind: "subject of the clause",
    text: 'Lena Fortin, a paramedic from Dieppe, N.B., said: "The calls never stop."',
    quotes: [{ text: "The calls never stop.", speaker: "Lena Fortin" }],
  },
  {
    kind: "subject of the clause",
    text: 'Gord Halvorsen, 58, of Lacombe, Alberta, said the hail came at noon: "It flattened the canola."',
    quotes: [{ text: "It flattened the canola.", speaker: "Gord Halvorsen" }],
  },
  {
    kind: "subject of the clause",
    text: 'Priya Nair, a mother of two from Langley, B.C., said: "The bus never came."',
    quotes: [{ text: "The bus never came.", speaker: "Priya Nair" }],
  },
  {
    kind: "subject of the clause",
    text: 'Colin MacRae, a fisher from Souris, Prince Edward Island, said: "The lobster moved north."',
    quotes: [{ text: "The lobster moved north.", speaker: "Colin MacRae" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Dana Whitfield, a pharmacist from Utica, New York, said the shelves were bare in March.\n\n"We rationed insulin," she said.',
    quotes: [{ text: "We rationed insulin,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "subject of the clause",
    text: 'Marc Thibault, 71, of Edmundston, N.B., told the committee: "The clinic closed in June."',
    quotes: [{ text: "The clinic closed in June.", speaker: "Marc Thibault" }],
  },
  // A body's acronym in brackets between the body and the role (`Halifax police (HRP)
  // spokesperson`) only names the body again: the name after the role is the speaker, as it is
  // without the brackets, not the town the body is named for.
  {
    kind: "affiliation",
    text: 'A car was stopped downtown on Sunday.\n\n"Two men were taken into custody," said Halifax police (HRP) spokesperson Corinne Mabry.',
    quotes: [{ text: "Two men were taken into custody,", speaker: "Corinne Mabry" }],
  },
  {
    kind: "affiliation",
    text: 'The bridge stayed shut overnight.\n\n"Inspectors found cracks," said Sudbury Fire (GSFS) deputy chief Anil Rask.',
    quotes: [{ text: "Inspectors found cracks,", speaker: "Anil Rask" }],
  },
  {
    kind: "affiliation",
    text: 'A man was arrested on Friday.\n\n"He was known to officers," said Laval police (SPL) Sgt. Odile Carrier. "He had a record."',
    quotes: [
      { text: "He was known to officers,", speaker: "Odile Carrier" },
      { text: "He had a record.", speaker: "Odile Carrier" },
    ],
  },
  // A town, its province or state set off by commas, then a role (`Weldon, Sask., resident`,
  // `Brandon, Man., farmer`): the place says where the person lives, in a signature after a dash
  // as after an inverted verb; the name after the role is the speaker.
  {
    kind: "affiliation",
    text: 'The storm flattened three barns.\n\n"Nobody here will sleep tonight." -- Tisdale, Sask., resident Marnie Okoro.',
    quotes: [{ text: "Nobody here will sleep tonight.", speaker: "Marnie Okoro" }],
  },
  {
    kind: "affiliation",
    text: 'Hail fell for an hour.\n\n"The canola is gone," said Dauphin, Man., farmer Lise Okafor.',
    quotes: [{ text: "The canola is gone,", speaker: "Lise Okafor" }],
  },
  {
    kind: "affiliation",
    text: 'The ferry was cancelled again.\n\n"We wait every winter," said Souris, Prince Edward Island, fisher Colm Rainey.',
    quotes: [{ text: "We wait every winter,", speaker: "Colm Rainey" }],
  },
  // `THE CANADIAN PRESS/Jane Doe` closing a caption credits the photographer, who says nothing: a
  // `he said` after the caption stands for the person the caption and the text are about.
  {
    kind: "pronoun resolved wrongly",
    text: 'Mayor Ilse Varga opened the new arena on Monday.\n\nMayor Ilse Varga cuts the ribbon at the arena in Moose Jaw, Sask., on Monday, Jan. 8, 2024. THE CANADIAN PRESS/Darlene Quist\n\n"This is for the kids," she said.',
    quotes: [{ text: "This is for the kids,", speaker: "Ilse Varga" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Chief Tomas Reyes spoke after the vote.\n\nChief Tomas Reyes speaks in Ottawa on Tuesday, March 5, 2024. THE CANADIAN PRESS/Ravi Dhanoa\n\n"We were not consulted," he said.',
    quotes: [{ text: "We were not consulted,", speaker: "Tomas Reyes" }],
  },
  // `Premier Designate`, `President Elect` written apart and capitalised: the office not yet
  // taken is the title's, not the person's first name.
  {
    kind: "title inside the attribution",
    text: 'Premier Designate Wabi Tenaske toured the legislature on Thursday.\n\n"It is a new day," Tenaske said.',
    quotes: [{ text: "It is a new day,", speaker: "Wabi Tenaske" }],
  },
  {
    kind: "title inside the attribution",
    text: 'President Elect Tavik Orun met the board on Monday.\n\n"We start now," Orun said.',
    quotes: [{ text: "We start now,", speaker: "Tavik Orun" }],
  },
  // `She was asked whether the Liberal government …`: in the passive the one asked is the
  // subject; and the question asked (after `whether`, `about`) names no one asked. A bare
  // quotation after it is the subject's answer, not a capitalised word's inside the question.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Nadia Brisebois spoke about the pipeline on Monday.\n\n"It must be built," Brisebois said.\n\nShe was asked whether the Liberal government deserved another term.\n\n"The last government did not build it either."',
    quotes: [
      { text: "It must be built,", speaker: "Nadia Brisebois" },
      { text: "The last government did not build it either.", speaker: "Nadia Brisebois" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Councillor Tom Ashdown spoke after the meeting.\n\n"The budget is late," Ashdown said.\n\nHe was asked about the Conservative plan for transit.\n\n"It has no money behind it."',
    quotes: [
      { text: "The budget is late,", speaker: "Tom Ashdown" },
      { text: "It has no money behind it.", speaker: "Tom Ashdown" },
    ],
  },
  // `Jane Roe, a doctor who has called for …`: a description in apposition to a name opening its
  // sentence is that person, so the relative clause on it (and a verb it is the subject of, the
  // closing comma left out) is the named person's, and a later `he said` stands for them.
  {
    kind: "pronoun resolved wrongly",
    text: 'The city will fund the shelter.\n\nCouncillor Ravi Tulsi, a nurse who has long called for more beds, questioned the delay.\n\n"People are sleeping outside," he said in a release.',
    quotes: [{ text: "People are sleeping outside,", speaker: "Ravi Tulsi" }],
  },
  {
    kind: "description of a named person",
    text: 'The clinic closed in May.\n\nTavik Orun, a nurse in the ward told us: "We are exhausted."',
    quotes: [{ text: "We are exhausted.", speaker: "Tavik Orun" }],
  },
  // Not when the name closes a phrase before the subject (`At a rally in Chelsea, the mayor
  // said`), nor when the description and its verb are a parenthesis (`Roe, an aide said, “…”`).
  {
    kind: "description of a named person",
    text: 'Mayor Ola Brandt spoke on Sunday.\n\nAt a rally in Kingsport, the mayor said the plan was "a start."',
    quotes: [{ text: "a start.", speaker: "Ola Brandt" }],
  },
  // A newsletter box's line (`Big stories from Tallwood … sent to your email, the moment they break.`)
  // set between two paragraphs is the page's: the quotation after it goes on from the one before.
  {
    kind: "furniture",
    text: '"Jobs may move to other provinces for a while," said Minister Greta Lund.\n\nBreaking news from Canada and around the world sent to your email, as it happens.\n\n"It is a hard time for everybody."',
    quotes: [
      { text: "Jobs may move to other provinces for a while,", speaker: "Greta Lund" },
      { text: "It is a hard time for everybody.", speaker: "Greta Lund" },
    ],
  },
  // A speech verb in a clause that is another verb's object (`took issue with the way Roe asked`,
  // `rejected what Roe said`, `questioned how Roe described it`): the sentence is about that speech,
  // and its main subject keeps the floor for the `he said` after it.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Tom Baker spoke on Friday.\n\nModerator Zala Orun asked about the law.\n\n"It was an attack," Baker said.\n\nBaker took issue with the way Orun asked the question.\n\n"It is ridiculous," he said.',
    quotes: [
      { text: "It was an attack,", speaker: "Tom Baker" },
      { text: "It is ridiculous,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Mayor Ken Ostrowski met the council.\n\nCouncillor Ari Tamsin said the budget was late.\n\nOstrowski rejected what Tamsin said about the delay.\n\n"The numbers are ready," he said.',
    quotes: [{ text: "The numbers are ready,", speaker: "Ken Ostrowski" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Chief Dale Ferris held a briefing.\n\nA reporter, Sam Idowu, asked about the raid.\n\nFerris questioned how Idowu described the raid.\n\n"That is not what happened," he said.',
    quotes: [{ text: "That is not what happened,", speaker: "Dale Ferris" }],
  },
  // A name the text only ever gives after `a` and at most one adjective (`a red Honda Civic`,
  // `a white Ford Ranger`) is a make or a model, a thing of a kind, as it is after `the`: no
  // `he` after it stands for it. A person met first without the article still may be (`A visibly
  // shaken Baker`).
  {
    kind: "pronoun to non-person",
    text: 'Police Chief Bryn Lasko met reporters on Friday.\n\n"The week has been hard," Lasko said.\n\nDuring the briefing, the chief gave new details about the case.\n\nThe case began when Nora Hale, 58, was shot in a parking lot.\n\nThe chief reviewed the file, stating that officers are still looking for a blue pickup and a short man.\n\nHe called it "a cowardly act."',
    quotes: [
      { text: "The week has been hard,", speaker: "Bryn Lasko" },
      { text: "a cowardly act.", speaker: "Bryn Lasko" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: 'Staff Sgt. Omar Haddad spoke to reporters on Monday.\n\n"It was a long night," Haddad said.\n\nAt the briefing, the sergeant shared more about the chase.\n\nIt started when Susan Price, 44, reported a break-in at her home.\n\nThe sergeant described the chase, saying the suspects fled in a white Ford Ranger with no plates.\n\n"Someone knows who they are," he said.',
    quotes: [
      { text: "It was a long night,", speaker: "Omar Haddad" },
      { text: "Someone knows who they are,", speaker: "Omar Haddad" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: 'Coach Tom Baker lost the final on Sunday.\n\nA visibly shaken Baker left the ice first.\n\n"We gave it everything," he said.',
    quotes: [{ text: "We gave it everything,", speaker: "Tom Baker" }],
  },
  // `Jane Roe, left, co-owner of Acme Outfitters in Dauphin, Man., carries …`: a role with no
  // article (`co-owner of`, `owner of`) and a caption's place in the photo (`, left,`) still make
  // the business after `of` an appositive of the subject, closed by its comma after where it is
  // (`in Dauphin,`); the `she said` after stands for the subject, not the business.
  {
    kind: "pronoun resolved wrongly",
    text: '"The water keeps rising," said Dana Wirth.\n\nWirth moved the stock out on Monday.\n\nDana Wirth, left, co-owner of Blue Heron Outfitters in Dauphin, Man., carries boxes on Tuesday. (Jo Lam/CBC)\n\n"Everyone came to help," she said.',
    quotes: [
      { text: "The water keeps rising,", speaker: "Dana Wirth" },
      { text: "Everyone came to help,", speaker: "Dana Wirth" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: '"We lost the spring season," said Tomas Reyes.\n\nReyes has run the shop for a decade.\n\nTomas Reyes, owner of Northern Spoke Cycles in Whitehorse, fixes a wheel on Friday.\n\n"It has been a hard year," he said.',
    quotes: [
      { text: "We lost the spring season,", speaker: "Tomas Reyes" },
      { text: "It has been a hard year,", speaker: "Tomas Reyes" },
    ],
  },
  // `Roe asked Baker if she had advice.` then `“…,” she said`: the last speaker asked a named
  // person something, so the answer after it is the one asked's; not when the asking is a request
  // (`asked Baker to resign`), which leaves the floor with the asker.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Tavi Orun met the outgoing premier, Kim Baxter, on Thursday.\n\n"It is a milestone," Orun said.\n\nOrun asked Baxter if she had any advice.\n\n"I will leave that in a letter," she said.',
    quotes: [
      { text: "It is a milestone,", speaker: "Tavi Orun" },
      { text: "I will leave that in a letter,", speaker: "Kim Baxter" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Host Dale Rinn interviewed Mayor Sasha Petrov on stage.\n\n"We will finish the bridge," Petrov said.\n\nRinn asked Petrov how long it would take.\n\n"Two years at most," he told Rinn.',
    quotes: [
      { text: "We will finish the bridge,", speaker: "Sasha Petrov" },
      { text: "Two years at most,", speaker: "Sasha Petrov" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Councillor Dale Rinn spoke after Mayor Sasha Petrov left the room.\n\n"The vote was rigged," Rinn said.\n\nRinn asked Petrov to resign.\n\n"The city deserves better," he said.',
    quotes: [
      { text: "The vote was rigged,", speaker: "Dale Rinn" },
      { text: "The city deserves better,", speaker: "Dale Rinn" },
    ],
  },
  // A place whose name opens with a word that is no name (`New York`, `New Brunswick`) is named
  // whole: `York` alone, left as the subject of `said`, stood as a person the later `he` took.
  {
    kind: "pronoun resolved wrongly",
    text: 'Senator Rhea Collier of New York said the vote would be close.\n\n"I have counted twice," she said.',
    quotes: [{ text: "I have counted twice,", speaker: "Rhea Collier" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'MP Owen Tardif of New Brunswick said the wharf needed repairs.\n\n"The pilings are rotten," he said after the meeting.',
    quotes: [{ text: "The pilings are rotten,", speaker: "Owen Tardif" }],
  },
  // A one-word surname ending in s (`Banks`, `Evans`) reads as a group for want of a given name;
  // a relative clause after it with a verb one subject agrees with (`who chairs`, `who is`) shows
  // one person, whom a later `she` or `he` stands for.
  {
    kind: "pronoun resolved wrongly",
    text: 'The library will close on Sundays.\n\n"It was a hard choice," said Banks, who chairs the library board.\n\n"We ran out of money," she said.',
    quotes: [
      { text: "It was a hard choice,", speaker: "Banks" },
      { text: "We ran out of money,", speaker: "Banks" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Ferry service resumed on Monday.\n\n"The engines are fixed," said Hughes, who is the ferry\'s chief engineer.\n\n"We tested them twice," he said.',
    quotes: [
      { text: "The engines are fixed,", speaker: "Hughes" },
      { text: "We tested them twice,", speaker: "Hughes" },
    ],
  },
  // A chief's title in an Indigenous language (`Kukpi7`, with a digit for a glottal stop;
  // `Ogimaakwe`) stands before the name as `Chief` does and is no part of it.
  {
    kind: "affiliation",
    text: 'Kukpi7 Mara Sellars spoke at the hearing.\n\n"Our title was never ceded," Kukpi7 Sellars said.',
    quotes: [{ text: "Our title was never ceded,", speaker: "Mara Sellars" }],
  },
  {
    kind: "affiliation",
    text: 'Ogimaakwe Rita Fox opened the meeting. "We welcome everyone," said Ogimaakwe Fox.',
    quotes: [{ text: "We welcome everyone,", speaker: "Rita Fox" }],
  },
  // A demonym after `the`, with an age between or not (`the Calgarian`, `the 25-year-old
  // Quebecer`), describes as `the premier` does: the person the text introduced with it.
  {
    kind: "description of a named person",
    text: 'Noor Haddad, a 25-year-old Quebecer, waited six hours at the clinic.\n\n"Nobody told us anything," the 25-year-old Quebecer said.',
    quotes: [{ text: "Nobody told us anything,", speaker: "Noor Haddad" }],
  },
  {
    kind: "description of a named person",
    text: 'Gus Petrakis, a Calgarian who runs a diner on 17th Avenue, opposed the tax.\n\n"We were never asked," said the Calgarian.',
    quotes: [{ text: "We were never asked,", speaker: "Gus Petrakis" }],
  },
  // `the city said` in a release stands for the one body of local government the text named
  // by its kind and place, in lower case too (`the city of Kingston`); with two named, no one.
  {
    kind: "organisation continuation",
    text: 'The town of Antigonish will close its outdoor rink this winter.\n\n"The ice plant can no longer be repaired safely," the town said in a release.',
    quotes: [{ text: "The ice plant can no longer be repaired safely,", speaker: "Town of Antigonish" }],
  },
  {
    kind: "organisation continuation",
    text: 'The town of Truro and the town of Yarmouth both asked for flood money.\n\n"We have waited since April," the town said.',
    quotes: [{ text: "We have waited since April,", speaker: null }],
  },
  // A naming noun (`title`, `slogan`, `headline`) that ends the sentence before a quotation
  // governs nothing in the next one: the quotation opening the next paragraph is speech, not the
  // name the noun would introduce in its own sentence (`its slogan “…”`).
  {
    kind: "boundaries",
    text: 'The Oilers finally won the title.\n\n"We never stopped believing in each other," Marco Diaz said.',
    quotes: [{ text: "We never stopped believing in each other,", speaker: "Marco Diaz" }],
  },
  {
    kind: "boundaries",
    text: 'The campaign needed a new slogan.\n\n"We have to start over from scratch," organizer Ruth Kane said.',
    quotes: [{ text: "We have to start over from scratch,", speaker: "Ruth Kane" }],
  },
  {
    kind: "boundaries",
    text: 'Her story made the headline.\n"I just wanted my son home safe," Lena Park said.',
    quotes: [{ text: "I just wanted my son home safe,", speaker: "Lena Park" }],
  },
  // A given name right before a surname that is also a title (`Premier Dennis King`, `Coach
  // Jerry Bishop`) makes a person's name, not a bare role whose holder the cast met before: it
  // must not resolve to a capitalised label (`Caption`) that stood after an earlier mention.
  {
    kind: "title inside the attribution",
    text: 'Relief is coming, says Premier Dennis King\n\nCaption: "We will rebuild every wharf, and we will do it together," says Premier Dennis King.',
    quotes: [{ text: "We will rebuild every wharf, and we will do it together,", speaker: "Dennis King" }],
  },
  {
    kind: "title inside the attribution",
    text: 'Coach Jerry Bishop watched the drills\n\nPractice notes "The kids worked hard today, and it showed," said Coach Jerry Bishop.',
    quotes: [{ text: "The kids worked hard today, and it showed,", speaker: "Jerry Bishop" }],
  },
  // A party's or body's name straight before a lower-case office and its holder's name (`Alberta
  // NDP leader Tom Brandt`) is the holder's affiliation: `he` or `she` after it stands for the holder.
  {
    kind: "pronoun to non-person",
    text: 'Alberta NDP leader Tom Brandt says he will not back down as he says the premier did.\n\n"We will keep asking questions," he said.',
    quotes: [{ text: "We will keep asking questions,", speaker: "Tom Brandt" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Yukon Liberal leader Jane Moss says she will run again as she says the party asked.\n\n"I am not finished," she said.',
    quotes: [{ text: "I am not finished,", speaker: "Jane Moss" }],
  },
  // A plural's bare apostrophe before a capitalised word (`Prairie Workers' Council`, `Ontario
  // Nurses' Association`) opens a body's name; the words before it are no person a pronoun stands for.
  {
    kind: "pronoun to non-person",
    text: 'Tom Reid, a shop steward, spoke outside the plant.\n\nHe was flanked by Prairie Workers\' Council organizers.\n\n"This strike is about safety," he said.',
    quotes: [{ text: "This strike is about safety,", speaker: "Tom Reid" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Acme Mining spokesperson Carla Dunn says she expects the mine to reopen as she says the union agreed.\n\n"We are close to a deal," she said.',
    quotes: [{ text: "We are close to a deal,", speaker: "Carla Dunn" }],
  },
  // A headline's topic before a colon (`Wildfire season:`, `School closures:`) is no label of the
  // speaker when a verb of saying after the quotation names someone else (`B.C. firefighter
  // says`): that clause attributes it, and a description with no name gives no one.
  {
    kind: "speaker named after the quote",
    text: "Wildfire season: ‘It was like a wall of flame’ B.C. firefighter says\n\nThe fire jumped the highway overnight.",
    quotes: [{ text: "It was like a wall of flame", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "School closures: ‘My kids are lost’ Halifax mother says\n\nClasses were cancelled for a third week.",
    quotes: [{ text: "My kids are lost", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ferry cuts: ‘We feel abandoned,’ says Mayor Nora Quinlan\n\nThe last sailing left at noon.",
    quotes: [{ text: "We feel abandoned,", speaker: "Nora Quinlan" }],
  },
  // `North Keeper` after `Donna North Keeper`, `La Forest` after `Paul La Forest`: a first word
  // that only the long generated lists call a given name may open a compound surname; the short
  // form is the person named in full before, not a new person.
  {
    kind: "surname shared by two people",
    text: '"We stand together," said Donna North Keeper, grand chief of the council.\n\nNorth Keeper was joined by two other chiefs.\n\n"We have waited long enough," North Keeper said.',
    quotes: [
      { text: "We stand together,", speaker: "Donna North Keeper" },
      { text: "We have waited long enough,", speaker: "Donna North Keeper" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: '"The ice is thin," said Paul La Forest, a guide.\n\n"Nobody should cross it now," La Forest said.',
    quotes: [
      { text: "The ice is thin,", speaker: "Paul La Forest" },
      { text: "Nobody should cross it now,", speaker: "Paul La Forest" },
    ],
  },
  // `referred to it at the time as “…”`: the subject of `refer to … as` calls the thing by the quoted
  // words, as `called it “…”` does; the speaker quoted before in the paragraph did not say them.
  {
    kind: "person named since the last speaker",
    text: 'Senator Ann Price spoke first. "We need answers," she said. Liberal MP Tom Hale also referred to it that day as "a slush fund for friends."',
    quotes: [
      { text: "We need answers,", speaker: "Ann Price" },
      { text: "a slush fund for friends.", speaker: "Tom Hale" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: 'Mayor Ann Price spoke at noon. "We are broke," she said. Coun. Rob Dale referred to the plan as "a fantasy budget."',
    quotes: [
      { text: "We are broke,", speaker: "Ann Price" },
      { text: "a fantasy budget.", speaker: "Rob Dale" },
    ],
  },
  // `they` in the sentence whose subject is two people joined by `and` (a lower-case role may
  // stand before the second) stands for the pair, named by its first; not for a place the
  // predicate names in passing (`the U.S.`, `Ottawa`).
  {
    kind: "pronoun to non-person",
    text: 'In Denver, Premier Mark Duval and energy minister Rita Olsen pitched Canada as a steadier supplier for the U.S. market than what they call "petro-tyrants".',
    quotes: [{ text: "petro-tyrants", speaker: "Mark Duval" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Jane Roe and Tom Baker met federal officials in Ottawa to argue for what they called "a fair deal for farmers".',
    quotes: [{ text: "a fair deal for farmers", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Acme union faulted Jane Roe and Tom Baker for what they called "a betrayal".',
    quotes: [{ text: "a betrayal", speaker: null }],
  },
  // A minister's office as a description (`the federal labour minister`) with no one introduced
  // in it is not the last person named when the text gave that person another office (`Premier`,
  // `Mayor`, `Chief`): no speaker rather than the wrong office holder.
  {
    kind: "description of a named person",
    text: 'Premier Ann Lowry toured the mill on Monday.\n\nThe federal labour minister called the closure "a tragedy for the whole town."',
    quotes: [{ text: "a tragedy for the whole town.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: 'Chief Dan Whitehorse spoke at the hearing.\n\nThe provincial justice minister called the ruling "a turning point."',
    quotes: [{ text: "a turning point.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: 'Mayor Rob Dale cut the ribbon.\n\nLater the health minister described the clinic as "a model for the province."',
    quotes: [{ text: "a model for the province.", speaker: null }],
  },
  // A bare surname no one bears, a letter or two off the surname of a person named in full, is
  // that surname misspelt (a slip news pages make), not a new speaker named by surname alone.
  {
    kind: "surname shared by two people",
    text: 'Chief Harold Wapistan said the road closed twice this spring.\n\n"We are cut off," Wapistain said.',
    quotes: [{ text: "We are cut off,", speaker: "Harold Wapistan" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Fishers like Glenn Fewer, who started at 16, want the cap lifted.\n\n"Nobody buys our catch," Feweer said.',
    quotes: [{ text: "Nobody buys our catch,", speaker: "Glenn Fewer" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Councillor Sandra Kowalchuk voted against the budget.\n\n"It cuts the wrong things," Kowalchyk said.',
    quotes: [{ text: "It cuts the wrong things,", speaker: "Sandra Kowalchuk" }],
  },
  // `Pier-Luc`, `Jean-Marc`-like compound given names whose first part only the generated lists
  // know (as a woman's name): the curated last part gives the gender a later `he` needs.
  {
    kind: "pronoun resolved wrongly",
    text: '"The river is rising," said Pier-Luc Gagnon, a resident of the area.\n\nGagnon checks the gauges every morning.\n\n"We are ready," he said.',
    quotes: [
      { text: "The river is rising,", speaker: "Pier-Luc Gagnon" },
      { text: "We are ready,", speaker: "Pier-Luc Gagnon" },
    ],
  },
  // French place names open with their kind (`Île`, `Pointe`, `Baie`) as `Lake` and `Fort` do:
  // a place, which no later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: '"We have sandbags," said Pierre Roy, who lives nearby.\n\nWhen Île Perrot flooded in 2019, many called him.\n\n"We made a team," he recalled.',
    quotes: [
      { text: "We have sandbags,", speaker: "Pierre Roy" },
      { text: "We made a team,", speaker: "Pierre Roy" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: '"The ferry is late again," said Marc Cloutier.\n\nLast winter Baie Sainte-Anne lost power for a week.\n\n"We coped," he said.',
    quotes: [
      { text: "The ferry is late again,", speaker: "Marc Cloutier" },
      { text: "We coped,", speaker: "Marc Cloutier" },
    ],
  },
  // A union local's number written right after the union's name (`CUPE 500`, no `Local`) closes
  // the body's name: the person after the role is the speaker, not the union.
  {
    kind: "affiliation",
    text: '"Our crews keep the buses moving," said MTWU 212 president Tom Hadley.',
    quotes: [{ text: "Our crews keep the buses moving,", speaker: "Tom Hadley" }],
  },
  {
    kind: "affiliation",
    text: '"The drivers deserve a raise," said Teamsters 879 steward Ana Pereira on Monday.',
    quotes: [{ text: "The drivers deserve a raise,", speaker: "Ana Pereira" }],
  },
  // A municipality named in lower case (`the city of Brandon`, `the town of Cobourg`) is the body
  // a later `the city said` stands for, spelt as its capitalised name would be.
  {
    kind: "organisation continuation",
    text: 'The city of Brandon will close two arenas this winter.\n\nIn a release, the city said repairs would take months.\n\n"We regret the disruption to user groups," the city said.',
    quotes: [{ text: "We regret the disruption to user groups,", speaker: "City of Brandon" }],
  },
  {
    kind: "organisation continuation",
    text: 'Council in the town of Cobourg voted to ban fireworks on the beach.\n\n"Public safety has to come first," the town said in a statement.',
    quotes: [{ text: "Public safety has to come first,", speaker: "Town of Cobourg" }],
  },
  // A misspelt surname may change its third letter (`Kemp` printed `Keamp`): the first two bound the search.
  {
    kind: "surname shared by two people",
    text: 'Farmer Derek Kemp says the crop is stunted.\n\n"The pods are empty," Keamp said.',
    quotes: [{ text: "The pods are empty,", speaker: "Derek Kemp" }],
  },
  // After an inverted verb, a place before a speaker's noun (`says Regina nurse`) says where the
  // speaker is from: the unnamed nurse speaks, never the province or the city.
  {
    kind: "unnamed person",
    text: 'Hospital beds run short in the south\n\n"We are sending patients home too early," says Regina nurse.',
    quotes: [{ text: "We are sending patients home too early,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: 'Drought hits the Prairies\n\n"The canola never came up," said Alberta grain farmer on Monday.',
    quotes: [{ text: "The canola never came up,", speaker: null }],
  },
  // A place words after the verb, right before another noun (`at Halifax museum`), is inside the
  // speaker's description: the quotation is attributed, to no one rather than to the place.
  {
    kind: "unnamed person",
    text: 'New show opens\n\n"Every piece tells a story," says curator of exhibit at Halifax museum.',
    quotes: [{ text: "Every piece tells a story,", speaker: null }],
  },
  // A video player's teaser line and the title it repeats below it sit between two paragraphs of
  // prose: a bare quotation after them goes on from the speaker before, not the title's subject.
  {
    kind: "furniture",
    text: "\u201cWe came to listen,\u201d Mayor Carla Benoit said at the hall.\n\nClick to play video: 'Premier signs flood recovery deal with northern towns'\nPremier signs flood recovery deal with northern towns\n\n\u201cNow we have to rebuild, street by street.\u201d",
    quotes: [
      { text: "We came to listen,", speaker: "Carla Benoit" },
      { text: "Now we have to rebuild, street by street.", speaker: "Carla Benoit" },
    ],
  },
  {
    kind: "furniture",
    text: "\u201cThe season is over for us,\u201d said coach Dale Pruitt.\n\nClick to play video: 'Minister announces new arena funding'\nMinister announces new arena funding\n\n\u201cWe will be back next fall.\u201d",
    quotes: [
      { text: "The season is over for us,", speaker: "Dale Pruitt" },
      { text: "We will be back next fall.", speaker: "Dale Pruitt" },
    ],
  },
  // Before the verb too, a union local's number (`Unifor Local 88`, `CUPE 2204`) sits inside the
  // description of the name after it: that name speaks, not the speaker of the paragraph before.
  {
    kind: "affiliation",
    text: '"We want a deal by Friday," said plant manager Rosa Lindqvist.\n\n"Nobody wants a strike," Unifor Local 88 president Omar Haddad said.',
    quotes: [
      { text: "We want a deal by Friday,", speaker: "Rosa Lindqvist" },
      { text: "Nobody wants a strike,", speaker: "Omar Haddad" },
    ],
  },
  {
    kind: "affiliation",
    text: '"The centre stays open," said Mayor Ellen Fraser.\n\n"Staff found out on Twitter," OPSEU Local 204 president Wendy Sauvé said Monday.',
    quotes: [
      { text: "The centre stays open,", speaker: "Ellen Fraser" },
      { text: "Staff found out on Twitter,", speaker: "Wendy Sauvé" },
    ],
  },
  // The title a video teaser repeats on the line under it is the player's, quotations and all.
  {
    kind: "furniture",
    text: "The rink will stay closed until spring, the city said.\n\nClick to play video: 'Hockey parents say \u2018we were never asked\u2019 about rink closure'\nHockey parents say \u2018we were never asked\u2019 about rink closure\n\nRepairs are expected to cost $2 million.",
    quotes: [],
  },
  {
    kind: "furniture",
    text: "Crews worked through the night to clear the highway.\n\nClick to play video: 'Trucker calls storm \u201cthe worst I have seen\u201d'\nTrucker calls storm \u201cthe worst I have seen\u201d\n\nThe road reopened at noon.",
    quotes: [],
  },
  // Publishing-system markup left in a page (`[storybar title=”…”]`): its attributes are a linked
  // story's headline, and a quotation inside it is no one's words.
  {
    kind: "furniture",
    text: "The Oilers lost again on Tuesday.\n\n[np_storybar title=\u201dCoach says team \u2018needs to find its legs,\u2019 GM insists\u201d link=\u201dhttp://example.com/story\u201d]\n[/np_storybar]\n\nThey play again Thursday.",
    quotes: [],
  },
  {
    kind: "furniture",
    text: "Council met late into the night.\n\n[related_story title=\u201dMayor calls plan \u2018a good start\u2019 for transit\u201d]\n\nThe vote was 9-4.",
    quotes: [],
  },
  // A headline's quotation before a colon (`‘…’: Halifax nurse says …`) leaves the description after
  // it opening the clause: the lead's delayed identification names who the description is.
  {
    kind: "description of a named person",
    text: '\u2018We ran out of beds\u2019: Halifax nurse says shifts are unsafe\nA Halifax nurse is speaking out about staffing at the city\'s largest hospital.\nJane Whitcombe is a registered nurse who has worked there for 12 years.\n"We are exhausted," Whitcombe said.',
    quotes: [
      { text: "We ran out of beds", speaker: "Jane Whitcombe" },
      { text: "We are exhausted,", speaker: "Jane Whitcombe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "'Nobody told us': Yukon trapper says mine spoiled his creek\nA Yukon trapper says a mining company never warned him before the spill.\nGordon Tetlichi is a trapper who has worked the creek since 1990.\n\"The fish are gone,\" Tetlichi said.",
    quotes: [
      { text: "Nobody told us", speaker: "Gordon Tetlichi" },
      { text: "The fish are gone,", speaker: "Gordon Tetlichi" },
    ],
  },
  // A quoted subhead (`'…'` standing alone, a heading's few words, no stop) heads the section
  // below it: the speaker of the section above never said it, and a person introduced below
  // without speech did not either. Only a section opening with someone's speech gives it a speaker.
  {
    kind: "person named since the last speaker",
    text: "Council debated the farm budget on Monday.\n\n\"We cannot keep raising taxes on the same people,\" Mayor Jane Holloway said.\n\n'Nobody asked the farmers'\n\nThe vote is set for next week. Provincial grants could cover part of the shortfall.",
    quotes: [
      { text: "We cannot keep raising taxes on the same people,", speaker: "Jane Holloway" },
      { text: "Nobody asked the farmers", speaker: null },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Tickets sold out in minutes across the country.\n\n'I gave up after three hours'\n\nPriya Mandal was determined to see the band play in Calgary this summer. She joined the online queue at dawn.\n\n\"The site crashed twice before I got in,\" Mandal said.",
    quotes: [
      { text: "I gave up after three hours", speaker: null },
      { text: "The site crashed twice before I got in,", speaker: "Priya Mandal" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "The union met with the city on Friday.\n\n\"There is no deal yet,\" Omar Lindqvist said.\n\n'Not a penny more'\n\nCouncillor Ray Dubois said the city will not pay for a plan nobody has costed. The finance committee meets in March.",
    quotes: [
      { text: "There is no deal yet,", speaker: "Omar Lindqvist" },
      { text: "Not a penny more", speaker: "Ray Dubois" },
    ],
  },
  // A photo caption set between a story's paragraphs (`… (Jan Novak/CBC)`, `Caption: …`) names
  // someone the story has not turned to: the next `he said` goes on from the story's last
  // speaker. The caption's full name still says who a later bare surname is.
  {
    kind: "person named since the last speaker",
    text: 'Fish harvesters rallied outside the legislature on Monday.\n\nUnion president Mark Costa told the crowd the price offered was far too low.\n\n"We will not fish at that price," Costa said.\n\nOpposition Leader Paul Hennessey greets harvesters outside the legislature on Monday. (Jan Novak/CBC)\n\nHe accused the processors of treating harvesters like employees.\n\n"They do not own us, and this has to stop," he said.',
    quotes: [
      { text: "We will not fish at that price,", speaker: "Mark Costa" },
      { text: "They do not own us, and this has to stop,", speaker: "Mark Costa" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: 'The province\'s vacancy rate fell again last year.\n\n"We have been slow to build, and we are paying for it now," said Premier Dan Whitfield.\n\nCaption: Opposition Leader Peter Marsh has called for a cap on rent increases. This photo is from 2022. (Legislative Assembly)\n\n"We will build more homes than any government before us," he said.',
    quotes: [
      { text: "We have been slow to build, and we are paying for it now,", speaker: "Dan Whitfield" },
      { text: "We will build more homes than any government before us,", speaker: "Dan Whitfield" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: 'Premier Jane Whitfield speaks to reporters in Regina on Tuesday. (John Doe/CBC)\n\nSaskatchewan will hold a byelection next month.\n\n"We are ready for it," Whitfield said.',
    quotes: [{ text: "We are ready for it,", speaker: "Jane Whitfield" }],
  },
  // A headline or deck picks two or three words out of a body's quotation (`Town ‘on alert’ as …`,
  // `Minister slams ‘lazy planning’`): the one person the body quotes saying them said them.
  // Not when two people say them, nor when the body quotes them as no one's (a slogan).
  {
    kind: "speaker named after the quote",
    text: "Floods: Town ‘on alert’ as hundreds evacuated, state of emergency declared\n\nThe river rose half a metre overnight.\n\nSandbags were handed out at the arena on Sunday.\n\n“The whole town is on alert tonight, and the arena stays open,” Mayor Jane Roe said.",
    quotes: [
      { text: "on alert", speaker: "Jane Roe" },
      { text: "The whole town is on alert tonight, and the arena stays open,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Transit plan delayed again\n\nMinister slams 'lazy planning' as rail line falls two years behind\n\nThe provincial transport minister criticized the city on Monday.\n\n\"This is lazy planning, pure and simple, and riders are paying for it,\" said Tom Baker, who took the portfolio in May.",
    quotes: [
      { text: "lazy planning", speaker: "Tom Baker" },
      { text: "This is lazy planning, pure and simple, and riders are paying for it,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Floods: Town ‘on alert’ as hundreds evacuated, state of emergency declared\n\nThe river rose half a metre overnight.\n\n“We are on alert and the arena stays open,” Mayor Jane Roe said.\n\n“Every farm on the flats is on alert too,” said Tom Baker, who farms near the river.",
    quotes: [
      { text: "on alert", speaker: null },
      { text: "We are on alert and the arena stays open,", speaker: "Jane Roe" },
      { text: "Every farm on the flats is on alert too,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Byelection: Barrie ‘ready for change’ as hundreds rally, advance polls opened\n\nSupporters filled the hall on Saturday night.\n\nThe party's “ready for change” slogan is printed on every lawn sign in the riding.\n\n“This town is ready for change, and we will deliver it,” said candidate Tom Baker.",
    quotes: [
      { text: "ready for change", speaker: null },
      { text: "This town is ready for change, and we will deliver it,", speaker: "Tom Baker" },
    ],
  },
  // A headline's contraction echoes the body's words spelled out (`‘We’re not leaving’` above
  // `“We are not leaving …”`); a body in the headline (`Food Bank pleads`) gives way to the
  // person in it whom the body quotes saying the headline's words.
  {
    kind: "speaker named after the quote",
    text: "‘We’re not leaving’: tenants dig in as landlord seeks eviction\n\nTenants of a Halifax apartment block say they will fight the notices.\n\nThe landlord wants the building empty by June.\n\n“We are not leaving this building without a fight,” said Ana Ruiz, who has lived there for 20 years.",
    quotes: [
      { text: "We’re not leaving", speaker: "Ana Ruiz" },
      { text: "We are not leaving this building without a fight,", speaker: "Ana Ruiz" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "‘Every shelf is empty’: Valley Food Bank pleads for donations\n\nDemand has doubled since the spring.\n\n“Every shelf is empty this week, and the families keep coming,” said Ana Ruiz, who runs the food bank.",
    quotes: [
      { text: "Every shelf is empty", speaker: "Ana Ruiz" },
      { text: "Every shelf is empty this week, and the families keep coming,", speaker: "Ana Ruiz" },
    ],
  },
  // `‘…’ Cree chief says` with no colon after the quotation: the description still opens the
  // headline's clause, and names the person the body introduces in that role.
  {
    kind: "description of a named person",
    text: "Water crisis: ‘We just boil everything now’ Cree chief says\n\nFive northern communities have been under boil-water advisories for more than a decade.\n\nOttawa promised a new treatment plant in 2019.\n\n“Our children have never seen clean water come out of a tap,” said Chief Mary Stonechild.",
    quotes: [
      { text: "We just boil everything now", speaker: "Mary Stonechild" },
      { text: "Our children have never seen clean water come out of a tap,", speaker: "Mary Stonechild" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Housing crunch: ‘We have nowhere left to go’ Halifax mother says\n\nRents in the city rose 14 per cent last year.\n\nDana Kerr, a mother of three, has been on the waiting list for public housing since 2021.\n\n“Every month the rent goes up and the list gets longer,” Kerr said.",
    quotes: [
      { text: "We have nowhere left to go", speaker: "Dana Kerr" },
      { text: "Every month the rent goes up and the list gets longer,", speaker: "Dana Kerr" },
    ],
  },
  // Before a headline's colon a quotation of three or four words may leave out one word of the
  // body's (`‘We lost everything’:` above `“We lost almost everything …”`).
  {
    kind: "speaker named after the quote",
    text: "'We lost everything': Families count the cost after tornado\n\nThe storm tore through the subdivision just after midnight.\n\nCrews were still clearing roads on Sunday.\n\n\"We lost almost everything, but the kids are safe,\" said Marc Tremblay, whose house was levelled.",
    quotes: [
      { text: "We lost everything", speaker: "Marc Tremblay" },
      { text: "We lost almost everything, but the kids are safe,", speaker: "Marc Tremblay" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "‘It’s pure chaos’: Drivers stranded as storm shuts highway\n\nThe highway was closed in both directions for ten hours.\n\nHundreds of trucks lined the shoulder near Moncton.\n\n“Honestly, it’s just pure chaos out here,” said trucker Lena Morrow, who had waited since noon.",
    quotes: [
      { text: "It’s pure chaos", speaker: "Lena Morrow" },
      { text: "Honestly, it’s just pure chaos out here,", speaker: "Lena Morrow" },
    ],
  },
  // A role and what qualifies it (`the league's busiest netminder`), paragraphs after the one
  // person the text introduced in that role, or by a sports page's other word for it (`goalie`),
  // stands for that person; with two such people named, for no one.
  {
    kind: "description of a named person",
    text: 'Riverton Otters goalie Mika Salo was not happy to be pulled early in Tuesday\'s loss.\n\nAsked whether he handles a bad night differently now, he said: "Maybe a little, with more experience."\n\nStory continues below advertisement\n\n"I felt sharp in the crease and I thought we could still win," said the NHL\'s third-busiest netminder this season.',
    quotes: [
      { text: "Maybe a little, with more experience.", speaker: "Mika Salo" },
      { text: "I felt sharp in the crease and I thought we could still win,", speaker: "Mika Salo" },
    ],
  },
  {
    kind: "description of a named person",
    text: 'Coach Dana Brill says the Harbour City Gulls will stick with goaltender Piet Varga for the playoffs.\n\nThe team traded for him in March.\n\nFans have chanted his name at every home game since.\n\n"Every night I just try to give the guys a chance," said the NHL\'s most-improved goalie.',
    quotes: [{ text: "Every night I just try to give the guys a chance,", speaker: "Piet Varga" }],
  },
  {
    kind: "description of a named person",
    text: 'Riverton Otters goalie Mika Salo and Lakeside Herons goaltender Ben Ortiz faced each other for the third time this season.\n\nThe Otters won in overtime.\n\nBoth teams play again on Friday.\n\n"That was the hardest game of my year," said the AHL\'s busiest netminder.',
    quotes: [{ text: "That was the hardest game of my year,", speaker: null }],
  },
  // `Acme's vice-president` after `Acme executive vice-president Jane Roe`: the one introduced
  // with the owner's name and the role; another company's vice-president is no one named.
  {
    kind: "description of a named person",
    text: 'At a briefing on Saturday, Northgrid executive vice-president Lena Marchetti said crews were working through the night.\n\nAbout 200,000 homes were still without power.\n\n"The storm is not over, so new outages are still coming in," said Northgrid\'s vice-president.',
    quotes: [{ text: "The storm is not over, so new outages are still coming in,", speaker: "Lena Marchetti" }],
  },
  {
    kind: "description of a named person",
    text: 'At a briefing on Saturday, Northgrid executive vice-president Lena Marchetti said crews were working through the night.\n\nAbout 200,000 homes were still without power.\n\n"We have our own crews out too," said Eastline\'s vice-president.',
    quotes: [{ text: "We have our own crews out too,", speaker: null }],
  },
  // `Interior Health`, a health authority's name of two title words, names the body (not a person
  // `Health`), and `the health authority` paragraphs on stands for the one body the text named by
  // the description's word; with two such bodies named, for neither.
  {
    kind: "organisation continuation",
    text: 'Interior Health says the emergency room at Cedar Falls Hospital will close overnight on Friday.\n\nThe mayor said he was upset.\n\n"We need doctors here," Mayor Tom Baker said.\n\nPatients are told to drive to the next town instead.\n\nThe health authority has said it is "committed to finding a lasting fix."',
    quotes: [
      { text: "We need doctors here,", speaker: "Tom Baker" },
      { text: "committed to finding a lasting fix.", speaker: "Interior Health" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Island Health will close the clinic in Port Ellis for two weeks.\n\nResidents gathered outside the clinic on Monday.\n\n"It is the only clinic for an hour in any direction," said Ada Fenwick, who lives nearby.\n\nThe clinic has lost three nurses this year.\n\nThe health authority said staff would be "moved to where they are needed most."',
    quotes: [
      { text: "It is the only clinic for an hour in any direction,", speaker: "Ada Fenwick" },
      { text: "moved to where they are needed most.", speaker: "Island Health" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Island Health will close the clinic in Port Ellis for two weeks, and patients will be sent to a hospital run by Coastal Health.\n\nResidents gathered outside the clinic on Monday.\n\n"It is the only clinic for an hour in any direction," said Ada Fenwick, who lives nearby.\n\nThe clinic has lost three nurses this year.\n\nThe health authority said staff would be "moved to where they are needed most."',
    quotes: [
      { text: "It is the only clinic for an hour in any direction,", speaker: "Ada Fenwick" },
      { text: "moved to where they are needed most.", speaker: null },
    ],
  },
  // `the Premier Designate`, `the Mayor-elect`: an office not yet taken, capitalised as a title
  // after `the`, is the one the text introduced in it, and names no one called `Mayor-elect`.
  {
    kind: "title inside the attribution",
    text: 'Premier Designate Mila Sorensen met the outgoing premier at the legislature on Tuesday.\n\n"It is a big day for all of us," Sorensen told reporters.\n\nThe fuel tax cut needs a bill first.\n\n"People need help with prices now, and we are working out how," according to the Premier Designate.',
    quotes: [
      { text: "It is a big day for all of us,", speaker: "Mila Sorensen" },
      { text: "People need help with prices now, and we are working out how,", speaker: "Mila Sorensen" },
    ],
  },
  {
    kind: "title inside the attribution",
    text: 'Mayor-elect Ravi Anand toured city hall on Monday with the outgoing mayor, Pat Kelso.\n\n"I have a lot to learn," Anand said.\n\nKelso has held the job for 12 years.\n\n"The first budget will be the hardest," the Mayor-elect said.',
    quotes: [
      { text: "I have a lot to learn,", speaker: "Ravi Anand" },
      { text: "The first budget will be the hardest,", speaker: "Ravi Anand" },
    ],
  },
  {
    kind: "title inside the attribution",
    text: 'The outgoing mayor, Pat Kelso, cleared her office on Monday.\n\n"I will miss this place," Kelso said.\n\nThe new council is sworn in next week.\n\n"The first budget will be the hardest," the Mayor-elect said.',
    quotes: [
      { text: "I will miss this place,", speaker: "Pat Kelso" },
      { text: "The first budget will be the hardest,", speaker: null },
    ],
  },
  // `Lakeshore officials` after `Lakeshore Health Network`: officials named by the word that opens
  // one body's name speak for it; with two such bodies, or a place's word (`Calgary officials`), for no one.
  {
    kind: "organisation continuation",
    text: "Lakeshore Health Network says the ER at Cedar Hospital will send walk-in patients elsewhere for now.\n\nDana Whitby, the network's chief executive, said she had never seen a summer like it.\n\nCedar Hospital is the region's trauma centre, Lakeshore officials explained in a news release.\n\n\"Its staff must be kept for patients with the most urgent needs.\"",
    quotes: [{ text: "Its staff must be kept for patients with the most urgent needs.", speaker: "Lakeshore Health Network" }],
  },
  {
    kind: "organisation continuation",
    text: "Lakeshore Health Network says the ER at Cedar Hospital will send walk-in patients elsewhere for now. Lakeshore Transit will add a late bus for patients.\n\nDana Whitby, the network's chief executive, said she had never seen a summer like it.\n\nCedar Hospital is the region's trauma centre, Lakeshore officials explained in a news release.\n\n\"Its staff must be kept for patients with the most urgent needs.\"",
    quotes: [{ text: "Its staff must be kept for patients with the most urgent needs.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'The Calgary Police Service says it will add patrols downtown.\n\nResidents have complained about noise for weeks.\n\nThe patrols will cost $2 million, Calgary officials explained in a news release.\n\n"The money will come from reserves."',
    quotes: [{ text: "The money will come from reserves.", speaker: null }],
  },
  // A qualifier naming another body the text named (`the Leafs' goalie` after `Jets goalie Tom
  // Baker` and `the Toronto Maple Leafs`) describes someone else: no speaker.
  {
    kind: "description of a named person",
    text: 'Riverton Jets goalie Tom Baker was pulled early in Tuesday\'s loss to the Oakvale Maple Leafs.\n\nAsked whether he handles a bad night differently now, he said: "Maybe a little, with more experience."\n\nThe Jets play again on Friday.\n\n"We knew we had to get pucks on net early," said the Leafs\' goalie.',
    quotes: [
      { text: "Maybe a little, with more experience.", speaker: "Tom Baker" },
      { text: "We knew we had to get pucks on net early,", speaker: null },
    ],
  },
  // A title capitalised alone after lower-case words a `the` opens (`the central bank Governor`,
  // `the veteran trial Judge`) describes its holder as `the Governor` does; with no one given the
  // title (`the federal Minister` after `Premier Dana Holt`), no one.
  {
    kind: "title inside the attribution",
    text: 'Bank of Millbrook Governor Jane Roe has long promised to cool prices.\n\n"We are not there yet," Roe said.\n\nLast spring, the central bank Governor boldly claimed that prices were "on the last stretch, and closing in."',
    quotes: [
      { text: "We are not there yet,", speaker: "Jane Roe" },
      { text: "on the last stretch, and closing in.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "title inside the attribution",
    text: 'Judge Omar Haddad delivered the ruling on Friday.\n\nThe trial lasted six weeks.\n\nIn his reasons, the veteran trial Judge wrote that the law was "plainly overbroad."',
    quotes: [{ text: "plainly overbroad.", speaker: "Omar Haddad" }],
  },
  {
    kind: "title inside the attribution",
    text: 'Premier Dana Holt toured the flooded town on Monday.\n\nThe water is expected to drop by Friday.\n\nLater, the federal Minister promised that help was "on the way."',
    quotes: [{ text: "on the way.", speaker: null }],
  },
  // A word the text writes in lower case elsewhere and capitalises only to open a sentence or a
  // headline (`Pressure`, `Criticism`) is a common noun, no one a bare quotation goes to.
  {
    kind: "pronoun to non-person",
    text: 'Jane Roe said the council had stalled for years.\n\nPressure is building on the mayor, who met angry chants of "Resign!" at the hall. Roe said the pressure would grow.',
    quotes: [{ text: "Resign!", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Criticism within council pushes mayor to call remarks "misconstrued"\n\nThe criticism came from three councillors.',
    quotes: [{ text: "misconstrued", speaker: null }],
  },
  // A capitalised word hyphened to a lower-case one (`Halifax-area`, `Boil-water`) is a compound
  // modifier, no part of the name after it: `Roe` is the premier, not a `Halifax-area Roe`.
  {
    kind: "surname shared by two people",
    text: 'Premier Jane Roe toured the port on Monday.\n\nTom Baker, a Halifax-area Roe volunteer, said the crowd was the biggest he had seen.\n\n"We will win this riding," Roe said.',
    quotes: [{ text: "We will win this riding,", speaker: "Jane Roe" }],
  },
  // A step of office written apart (`Premier Designate`) is a title, not the holder's name, and
  // `the Premier Designate` is that holder; titles alone in a headline (`Prime Minister signs …`)
  // name no one when the holder's name is not found.
  {
    kind: "title inside the attribution",
    text: 'Premier Designate Ann Lowry met the outgoing premier on Tuesday.\n\n"We will cut the fuel tax this fall," the Premier Designate said.',
    quotes: [{ text: "We will cut the fuel tax this fall,", speaker: "Ann Lowry" }],
  },
  {
    kind: "title inside the attribution",
    text: 'Prime Minister signs land deal with Pine Creek Nation\n\n"Today we start to rebuild trust."\n\nThe deal settles a claim made a century ago.',
    quotes: [{ text: "Today we start to rebuild trust.", speaker: null }],
  },
  // A plural's possessive (`Chiefs’`, `Nurses'`), whose apostrophe the word leaves outside it,
  // joins a body's name to the capitalised words after it as `Russia's` does: the person after
  // the body's office speaks, not a person named `Northern Chiefs`.
  {
    kind: "affiliation",
    text: '"The report took too long," said Northern Chiefs\u2019 Council Grand Chief Mary Doe.',
    quotes: [{ text: "The report took too long,", speaker: "Mary Doe" }],
  },
  {
    kind: "affiliation",
    text: '"Our members are exhausted," said Prairie Nurses\' Union president Ana Lopes.',
    quotes: [{ text: "Our members are exhausted,", speaker: "Ana Lopes" }],
  },
  // A page's label before a caption's subject (`Caption`, `FILE`, `Video`) is no part of the
  // name after it.
  {
    kind: "furniture",
    text: 'Caption Tavik Oolayou speaks at the legislature on Tuesday.\n\n"We waited a long time," Oolayou said.',
    quotes: [{ text: "We waited a long time,", speaker: "Tavik Oolayou" }],
  },
  // A sentence that opens on a writing and its author (`In a letter from Jane Roe, …, the agency
  // expects “…”`) quotes the writing: its author speaks, not the last speaker before it, nor the
  // clause's own unnamed subject (`teams are warned “…”`).
  {
    kind: "document for its issuer",
    text: 'Premier Jane Doe announced the changes on Monday. "We will move quickly," Doe said.\n\nIn a letter from Mark Brown, the agency\'s director of labour relations, to the nurses\' union, the agency expects to cut "roles that will be moving" once its new mandate is set.',
    quotes: [
      { text: "We will move quickly,", speaker: "Jane Doe" },
      { text: "roles that will be moving", speaker: "Mark Brown" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'Mayor Tom Hill opened the new library on Friday. "This is a great day for the town," Hill said.\n\nIn a report by town auditor Sara Lane, the library project is described as "over budget and behind schedule" for most of its life.',
    quotes: [
      { text: "This is a great day for the town,", speaker: "Tom Hill" },
      { text: "over budget and behind schedule", speaker: "Sara Lane" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'Coach Dan Price was upbeat after practice. "The team looks sharp," Price said.\n\nIn a memo from league commissioner Rita Okafor to all clubs, teams are warned that late rosters will bring "immediate fines" this season.',
    quotes: [
      { text: "The team looks sharp,", speaker: "Dan Price" },
      { text: "immediate fines", speaker: "Rita Okafor" },
    ],
  },
  // `In the report, Jane Roe says …` makes her the report's author: a later `the report states`
  // is hers, not the name that qualified the report earlier (`the Harbour Bridge report`), nor no one.
  {
    kind: "document for its issuer",
    text: 'In the report, Coun. Beth Adler writes that the depot was "never fit for purpose."\n\nTransit chief Leo Marsh disagreed. "The depot served us well," Marsh said.\n\nThe report says repairs were "delayed for a decade" by budget cuts.',
    quotes: [
      { text: "never fit for purpose.", speaker: "Beth Adler" },
      { text: "The depot served us well,", speaker: "Leo Marsh" },
      { text: "delayed for a decade", speaker: "Beth Adler" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'The Harbour Bridge report was made public on Monday.\n\nIn the 400-page report, Auditor General Nina Ford says the city "ignored every warning sign" for years.\n\nMayor Ken Wu said he had not read it yet. "We will study it carefully," Wu said.\n\nThe report states that costs rose because managers "hid the true figures" from council.',
    quotes: [
      { text: "ignored every warning sign", speaker: "Nina Ford" },
      { text: "We will study it carefully,", speaker: "Ken Wu" },
      { text: "hid the true figures", speaker: "Nina Ford" },
    ],
  },
  // `the letter she sent to the prime minister`: the subject of a relative clause with no `that`
  // after the writing sent or wrote it, so `the letter begins` later speaks for that author.
  {
    kind: "document for its issuer",
    text: 'Chief Anna Blackbird posted a copy of the letter she sent to the prime minister on Tuesday and asked people to "stand with us" this week.\n\nThe federal minister said officials were reviewing the request.\n\n"Our young people cannot wait another year for help," the letter begins.',
    quotes: [
      { text: "stand with us", speaker: "Anna Blackbird" },
      { text: "Our young people cannot wait another year for help,", speaker: "Anna Blackbird" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'Union leaders met with the mayor on Monday, one week after the letter Acme Steel sent to every worker.\n\nMayor Lou Grant said talks would go on. "Nobody wants a lockout," Grant said.\n\n"The company cannot keep the plant open under the current contract," the letter reads.',
    quotes: [
      { text: "Nobody wants a lockout,", speaker: "Lou Grant" },
      { text: "The company cannot keep the plant open under the current contract,", speaker: "Acme Steel" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'Councillor Raj Mehta read out the email he wrote to the transit chief at Tuesday\'s meeting.\n\nTransit chief Ellen Ward said she would reply this week. "We take every complaint seriously," Ward said.\n\n"Riders in the east end have waited long enough," the email says.',
    quotes: [
      { text: "We take every complaint seriously,", speaker: "Ellen Ward" },
      { text: "Riders in the east end have waited long enough,", speaker: "Raj Mehta" },
    ],
  },
  // Words quoted from a writing that is the subject of their clause (`a draft communiqué that
  // describes the pipeline as “…”`, `a report on the fleet found “…”`), with no issuer named, are
  // nobody's the text names: not those of the person whose speech follows.
  {
    kind: "document for its issuer",
    text: 'The talks in Halifax ended without a deal on Friday, after Quebec rejected wording in a draft communiqué that describes the new pipeline as "vital to the national interest."\n\n"We could not sign something we do not believe," Quebec Energy Minister Luc Morin said.',
    quotes: [
      { text: "vital to the national interest.", speaker: null },
      { text: "We could not sign something we do not believe,", speaker: "Luc Morin" },
    ],
  },
  {
    kind: "document for its issuer",
    text: 'Staff at the Riverside depot are bracing for changes after a long-awaited report on the city\'s troubled bus fleet found "a culture of neglect" in its maintenance shops. Transit director Maria Lopez told council on Monday that the fleet would be renewed.',
    quotes: [{ text: "a culture of neglect", speaker: null }],
  },
  // `The agreement between the Liberals and the NDP says`: the parties after `between` are not the
  // subject; the pact is, and its words are no one party's.
  {
    kind: "document for its issuer",
    text: 'The Greens and the Liberals unveiled their deal at Queen\'s Park. The pact between the Greens and Liberals says both parties will work toward "a fairer voting system." Green Leader Tom Fraser said the deal would last two years.',
    quotes: [{ text: "a fairer voting system.", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: 'The two provinces renewed their water pact this spring. The accord between Alberta and Saskatchewan states that neither may draw more than "its fair share of the river." Officials in Regina said talks on the next accord begin in 2030.',
    quotes: [{ text: "its fair share of the river.", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: 'Premier Dana Cole defended the border plan on Friday. The treaty between Canada and Norway says each country will guard "its own waters and no more." Cole said the treaty has served both nations well.',
    quotes: [{ text: "its own waters and no more.", speaker: null }],
  },
  // `the review led by Judge Mary Holt, which released its final report`: a possessive and a
  // modifier or two before the writing; the name nearest before it issued it, not the body that
  // spoke last before `the report said`.
  {
    kind: "document for its issuer",
    text: 'The province set up the review led by Judge Mary Holt, which released its final report on Monday.\n\nPremier Sam Ruiz\'s government said it would study the findings.\n\nThe report said the agency showed "a troubling disregard for safety" for years.',
    quotes: [{ text: "a troubling disregard for safety", speaker: "Mary Holt" }],
  },
  {
    kind: "document for its issuer",
    text: "Mayor Kim Daly's office said the city would respond next week.\n\nOn Thursday the inquest chaired by Dr. Ben Okoro delivered its 200-page report to council.\n\nDaly's office said the mayor would meet families.\n\nThe report says the deaths were \"entirely preventable\" with better staffing.",
    quotes: [{ text: "entirely preventable", speaker: "Ben Okoro" }],
  },
  {
    kind: "document for its issuer",
    text: 'The privacy office headed by Commissioner Lena Hart tabled its annual report in the legislature on Friday.\n\nPremier Joe Tran\'s government promised to respond.\n\nThe report says police databases hold "far more than the law allows" about ordinary people.',
    quotes: [{ text: "far more than the law allows", speaker: "Lena Hart" }],
  },
  // A speech event in the trailing clause of an attribution (`…,” she said, noting how several
  // Nordic states plan to ban it`) reports someone else; the bare quotation in the next paragraph
  // goes on with the one quoted.
  {
    kind: "person named since the last speaker",
    text: "Premier Ann Chu faced reporters on Friday.\n\n“This is a quarrel brought in to scare people,” she said, noting how several coastal towns plan to drop it.\n\n“We are not going back to that argument.”",
    quotes: [
      { text: "This is a quarrel brought in to scare people,", speaker: "Ann Chu" },
      { text: "We are not going back to that argument.", speaker: "Ann Chu" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Councillor Tom Baker met residents in the east end.\n\n“We owe these families an answer by spring,” Baker said in a statement, after the housing board says it needs another year.\n\n“Nobody should wait that long for a roof.”",
    quotes: [
      { text: "We owe these families an answer by spring,", speaker: "Tom Baker" },
      { text: "Nobody should wait that long for a roof.", speaker: "Tom Baker" },
    ],
  },
  // `Discretion is advised.`: the subject of a passive of telling, with no `by` and an agent, was
  // spoken to; a capitalised noun opening that sentence speaks no later quotation.
  {
    kind: "person named since the last speaker",
    text: "Warning: This story deals with violence that may upset some readers. Discretion is advised.\n\nProtesters on Monday rejected \u201cthe story of a gentle nation\u201d in a ceremony near the river.",
    quotes: [{ text: "the story of a gentle nation", speaker: null }],
  },
  {
    kind: "person named since the last speaker",
    text: "Road crews expect delays on the bridge all week. Patience is urged.\n\nDrivers on Tuesday described the detour as \u201ca maze with no exit\u201d on social media.",
    quotes: [{ text: "a maze with no exit", speaker: null }],
  },
  // `said Milton resident and hospital crusader, Jane Roe.`: after an inverted verb, a comma sets
  // the name off from its roles; the place or firm before the roles only affiliates the speaker.
  {
    kind: "affiliation",
    text: "\u201cIt is a failure,\u201d said Millbrook resident and library crusader, Brenda Quill.",
    quotes: [{ text: "It is a failure,", speaker: "Brenda Quill" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe cannot keep the line running,\u201d said Acme Foods plant manager and union steward, Tom Baker.",
    quotes: [{ text: "We cannot keep the line running,", speaker: "Tom Baker" }],
  },
  // `her Spanish-language skills`: a compound modifier names no one, after a possessive too;
  // `the actress` is the woman named before. With no-break spaces (as web pages have), which
  // the three separate tests of such a modifier missed.
  {
    kind: "description of a named person",
    text: "Marta Lustrik became the target of insults online last spring, after a few of her followers\u00a0mocked\u00a0her\u00a0Portuguese-language accent and doubted her roots. Since then, the singer has spoken out against the idea of whether anyone is \u201cBrazilian enough.\u201d",
    quotes: [{ text: "Brazilian enough.", speaker: "Marta Lustrik" }],
  },
  // `In a 12-page letter from Jane Roe, …`: a number among the words between `In` and the
  // writing is no capital; the letter's author speaks its words, as without the number.
  {
    kind: "document for its issuer",
    text: 'Talks at the mill broke down on Friday.\n\nIn a 12-page letter from Dana Whitcombe, the company\'s director of labour relations, to the union, the company expects workers to "return to the table in good faith."',
    quotes: [{ text: "return to the table in good faith.", speaker: "Dana Whitcombe" }],
  },
  // `this year's Walcott Prize`: a name ending in a prize's or an event's word is a thing, never
  // the person `she` stands for, whatever word opens it.
  {
    kind: "pronoun to non-person",
    text: "For Nadia Kowalchuk, it was not learning she was a finalist for this year\u2019s Walcott Prize that meant the most this fall.\n\n\u201cThe city prize is the one I wanted,\u201d she said.",
    quotes: [{ text: "The city prize is the one I wanted,", speaker: "Nadia Kowalchuk" }],
  },
  // `Tarkell Morrow's bid`: a name whose only sign of a person is its two capitalised words does
  // not displace a speaker the text shows to be of the pronoun's sex.
  {
    kind: "pronoun to non-person",
    text: 'Premier Sandra Lyle says Ottawa must not delay a decision on the new line.\n\n"We need an answer this summer," Lyle said Thursday.\n\nThe previous cabinet approved the project in 2015. A court later quashed the permit.\n\nMeanwhile, Tarkell Morrow\'s bid to expand its existing terminal near the coast is before a federal regulator.\n\n"If I were in Ottawa, I would keep every option open," she said.',
    quotes: [
      { text: "We need an answer this summer,", speaker: "Sandra Lyle" },
      { text: "If I were in Ottawa, I would keep every option open,", speaker: "Sandra Lyle" },
    ],
  },
  // ... unless a person's pronoun follows the name (`In 2019, he and his son …`): a given name
  // no list holds still names the person who speaks next.
  {
    kind: "person named since the last speaker",
    text: '"The river is higher than last spring," said Mayor Tom Baker.\n\n"Crews will work through the weekend," Baker said.\n\nFlood crews filled sandbags all night near the dike.\n\nTsegaye Worku lives beside the river. In 2019, he and his son rebuilt the basement after the water came in.\n\n"This time we built the wall higher," he said.',
    quotes: [
      { text: "The river is higher than last spring,", speaker: "Tom Baker" },
      { text: "Crews will work through the weekend,", speaker: "Tom Baker" },
      { text: "This time we built the wall higher,", speaker: "Tsegaye Worku" },
    ],
  },
  // `Premier Houston`, `Coun. Kingston`: a title that opens only a person's name makes the
  // person, though the surname is also a town's (where `Health Canada` is a department).
  {
    kind: "affiliation",
    text: "Premier Tim Houston announced the new rules on Friday, joined by Coun. Rob Kingston.\n\n\u201cWe will not wait for Ottawa,\u201d said Premier Houston.\n\n\u201cThe city is ready,\u201d said Coun. Kingston.",
    quotes: [
      { text: "We will not wait for Ottawa,", speaker: "Tim Houston" },
      { text: "The city is ready,", speaker: "Rob Kingston" },
    ],
  },
  // `at City Hall.Mark Dunn/The Globe and Mail`: a photo credit glued to a caption's last stop
  // is set aside with the word it is glued to; the name run on into it is no one `he` stands for.
  {
    kind: "furniture",
    text: "Shelter beds fill up early as the cold sets in\n\nCouncillor Sam Okafor speaks to reporters at City Hall.Mark Dunn/The Globe and Mail\n\nThe city says nine in ten beds were taken on Tuesday.\n\n\u201cWhere do people go at night?\u201d he asked.",
    quotes: [{ text: "Where do people go at night?", speaker: "Sam Okafor" }],
  },
  // `said the Englishman`, `said the 24-year-old Quebecer`: a demonym after `the` is a
  // description of one person, never a name; no introduction giving it, it stands for the person
  // the text is about, as `the veteran` does.
  {
    kind: "person named since the last speaker",
    text: "The team lost its third final in a row on Sunday.\n\nHead coach Tom Baker agrees that the players lack belief.\n\n\u201cWe get close, but we never finish the job,\u201d said the Englishman.\n\nSprinter Luc Gagnon, who reached the final against the odds, hurt his ankle in the last lap.\n\n\u201cIt was a hard way to end the season,\u201d said the 24-year-old Quebecer.",
    quotes: [
      { text: "We get close, but we never finish the job,", speaker: "Tom Baker" },
      { text: "It was a hard way to end the season,", speaker: "Luc Gagnon" },
    ],
  },
  // `his report states`: a possessive determiner before a writing's noun makes the writing its
  // owner's words, whoever the pronoun stands for; never a speaker left null.
  {
    kind: "document for its issuer",
    text: "Retired judge Carla Mendes spent a year reviewing the harbour authority.\n\n\u201cThe board ignored every warning it was given,\u201d her report states.",
    quotes: [{ text: "The board ignored every warning it was given,", speaker: "Carla Mendes" }],
  },
  {
    kind: "document for its issuer",
    text: "The Lakeshore Tenants Union met landlords on Monday.\n\n\u201cRents rose faster than wages for a decade,\u201d its latest statement reads.",
    quotes: [{ text: "Rents rose faster than wages for a decade,", speaker: "Lakeshore Tenants Union" }],
  },
  // `the CCPA website`, `a Fair news release`: a name the text gives a body elsewhere, right before
  // the writing's noun, names its author (an acronym the body it spells), never `CCPA website`.
  {
    kind: "document for its issuer",
    text: "The Canadian Crop Protection Agency tracks blight in the province.\n\n\u201cThe latest outbreaks cover the largest area yet,\u201d said the CCPA website.",
    quotes: [{ text: "The latest outbreaks cover the largest area yet,", speaker: "Canadian Crop Protection Agency" }],
  },
  {
    kind: "document for its issuer",
    text: "The Riverside Fair drew record crowds this week.\n\n\u201cThe horse showed no sign of illness before the race,\u201d a Fair news release said on Monday.",
    quotes: [{ text: "The horse showed no sign of illness before the race,", speaker: "Riverside Fair" }],
  },
  // `The Harbour Bridge inquiry’s final report found …` then `the report said`: the writing met
  // with its possessor speaks for that possessor later on.
  {
    kind: "document for its issuer",
    text: "The Harbour Bridge inquiry\u2019s final report found that managers hid test results from council.\n\n\u201cThis conduct cannot be excused,\u201d the report said.",
    quotes: [{ text: "This conduct cannot be excused,", speaker: "Harbour Bridge inquiry" }],
  },
  {
    kind: "document for its issuer",
    text: "Acme Mining\u2019s annual report was released on Friday.\n\nShareholders met in Sudbury.\n\n\u201cWe expect output to double by 2030,\u201d the report said.",
    quotes: [{ text: "We expect output to double by 2030,", speaker: "Acme Mining" }],
  },
  // `sent a fundraising email` then `the email read`: past a word or two after the article, a
  // writing that a verb of issuing takes as its object is its subject's; after `in the wake of`
  // or `after`, a writing so qualified names no author.
  {
    kind: "document for its issuer",
    text: "The Jane Roe campaign sent a fundraising email on Friday, days before the vote.\n\n\u201cWe can win this seat, but only with your help,\u201d the email read.",
    quotes: [{ text: "We can win this seat, but only with your help,", speaker: "Jane Roe" }],
  },
  {
    kind: "document for its issuer",
    text: "Lakeview Transit released a detailed safety report on Monday.\n\nRiders gathered at the depot to read it.\n\n\u201cHalf the buses were overdue for repair,\u201d the report said.",
    quotes: [{ text: "Half the buses were overdue for repair,", speaker: "Lakeview Transit" }],
  },
  {
    kind: "document for its issuer",
    text: "Councillor Ann Ortiz says she is watching closely after a damning safety report went to council.\n\n\u201cInspections were skipped for years,\u201d the report said.",
    quotes: [{ text: "Inspections were skipped for years,", speaker: null }],
  },
  // `the memos said`, `the CGSA memos say`: several writings speak for their issuer as one does.
  {
    kind: "document for its issuer",
    text: "The opposition released two internal Harbour Health Authority memos on Tuesday.\n\n\u201cEvery bed in the east wing is full,\u201d the memos said.",
    quotes: [{ text: "Every bed in the east wing is full,", speaker: "Harbour Health Authority" }],
  },
  {
    kind: "document for its issuer",
    text: "The Canadian Grain Safety Agency inspected 40 farms this year.\n\n\u201cTwo farms failed every test,\u201d the CGSA memos say.",
    quotes: [{ text: "Two farms failed every test,", speaker: "Canadian Grain Safety Agency" }],
  },
  // A writing is never a speaker by its own name: `a Westmark poll` is Westmark's though the text
  // names the pollster nowhere else, and `the Monday statement`, dated and not signed, is no one's.
  {
    kind: "document for its issuer",
    text: "\u201cSupport for the plan fell in every region,\u201d according to a Westmark poll released on Tuesday.",
    quotes: [{ text: "Support for the plan fell in every region,", speaker: "Westmark" }],
  },
  {
    kind: "document for its issuer",
    text: "Workers at the Lakeview plant learned of the closure on Monday.\n\n\u201cWe are closing the plant at the end of the year,\u201d the Monday statement said.",
    quotes: [{ text: "We are closing the plant at the end of the year,", speaker: null }],
  },
  // `the panel’s final report found that …`: `report` in its bare form before a finite verb is
  // that verb's subject, not a verb of saying (which cut the subject to `… inquiry’s final`), and
  // a report's or a ruling's finding, through its `that`, is its author's words as a court's is.
  {
    kind: "document for its issuer",
    text: "The Harbour Bridge public inquiry\u2019s closing report concluded that the former town clerk Tom Baker \u201cknowingly hid the overruns\u201d from council.",
    quotes: [{ text: "knowingly hid the overruns", speaker: "Harbour Bridge public inquiry" }],
  },
  {
    kind: "document for its issuer",
    text: "Justice Jane Roe spent a year on the review of the fire service. Her final report found that former fire chief Tom Baker \u201cignored every warning\u201d for years.",
    quotes: [{ text: "ignored every warning", speaker: "Jane Roe" }],
  },
  // `a 2019 Harbour Port Authority report`: a year or a word of no capital may stand between the
  // article and the name that qualifies the writing.
  {
    kind: "document for its issuer",
    text: "The Harbour Port Authority reviewed the spill.\n\n\u201cCrews ignored the alarms for hours,\u201d said a 2019 Harbour Port Authority report.",
    quotes: [{ text: "Crews ignored the alarms for hours,", speaker: "Harbour Port Authority" }],
  },
  // Quotations listed with `and` or `or` are one thing said: the first one's content runs on over
  // the list to the last item's words (PolNeAR's gold holds the list in one content).
  {
    kind: "boundaries",
    text: "Jane Roe told the crowd, \u201cWe will keep the library open,\u201d and, \u201cWe will not sell the land to anyone.\u201d",
    quotes: [
      { text: "We will keep the library open,", speaker: "Jane Roe", endsWith: "sell the land to anyone." },
      { text: "We will not sell the land to anyone.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said the council would \u201cfix every road this year\u201d or \u201cresign at the next election.\u201d",
    quotes: [
      { text: "fix every road this year", speaker: "Tom Baker", endsWith: "resign at the next election." },
      { text: "resign at the next election.", speaker: "Tom Baker" },
    ],
  },
  // A headline's quoted words run on to the headline's end, title case or not, but not past the
  // comma before the words that follow (PolNeAR's gold holds the headline's claim in one content).
  {
    kind: "boundaries",
    text: "Jane Roe Says Budget Is \u2018A Betrayal Of Every Family\u2019 In The North\n\nThe mayor spoke to reporters at city hall on Monday.",
    quotes: [{ text: "A Betrayal Of Every Family", speaker: "Jane Roe", endsWith: "Family\u2019 In The North" }],
  },
  {
    kind: "boundaries",
    text: "Mayor Tom Baker: \u2018We Will Not Close The Library\u2019 Despite Cuts, Council Hears\n\nThe mayor spoke to reporters at city hall on Monday.",
    quotes: [{ text: "We Will Not Close The Library", speaker: "Tom Baker", endsWith: "Library\u2019 Despite Cuts" }],
  },
  // `because` gives the quoted words' reason, part of what is reported: the content runs on over
  // its clause, or over the quotation it opens (PolNeAR's gold has it so).
  {
    kind: "boundaries",
    text: "Jane Roe said voters \u201cfeel ignored by the council\u201d because it never asked them, and left the hall.",
    quotes: [{ text: "feel ignored by the council", speaker: "Jane Roe", endsWith: "because it never asked them" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said the town \u201ccannot wait any longer\u201d because \u201cnobody has fixed the roads in ten years.\u201d",
    quotes: [
      { text: "cannot wait any longer", speaker: "Tom Baker", endsWith: "fixed the roads in ten years." },
      { text: "nobody has fixed the roads in ten years.", speaker: "Tom Baker" },
    ],
  },
  // A reason or a condition runs on after words that end in a comma, too; a run-on stops at a dash
  // typed as two hyphens, as at one.
  {
    kind: "boundaries",
    text: "Jane Roe called the vote \u201ca turning point for the whole city,\u201d since the council had never agreed on anything before.",
    quotes: [{ text: "a turning point for the whole city,", speaker: "Jane Roe", endsWith: "never agreed on anything before" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said repairs would cost \u201cmore than the whole budget\u201d if the council waited -- a claim his rivals dispute.",
    quotes: [{ text: "more than the whole budget", speaker: "Tom Baker", endsWith: "if the council waited" }],
  },
  // `and` before a determiner or `that` joins a second object or clause to the quoted words: the
  // content runs on over it, taking a quotation it reaches in whole, commas and all.
  {
    kind: "boundaries",
    text: "Jane Roe said the plan offered \u201creal fairness\u201d and a clear path for renters in the east end.",
    quotes: [{ text: "real fairness", speaker: "Jane Roe", endsWith: "for renters in the east end" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker told reporters that the count \u201cwent smoothly\u201d and that the council \u201cwill respect the result.\u201d Residents left the hall quietly.",
    quotes: [
      { text: "went smoothly", speaker: "Tom Baker", endsWith: "will respect the result" },
      { text: "will respect the result.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "boundaries",
    text: "Jane Roe said residents felt \u201clet down\u201d and that the council had \u201cignored, again, every warning\u201d about the bridge, before leaving.",
    quotes: [
      { text: "let down", speaker: "Jane Roe", endsWith: "every warning\u201d about the bridge" },
      { text: "ignored, again, every warning", speaker: "Jane Roe" },
    ],
  },
  // The comma of a number or before a date's year is no clause break: the run-on goes past it.
  {
    kind: "boundaries",
    text: "Jane Roe said the plant would \u201chire from the town first\u201d to fill 12,000 new jobs by the end of the year.",
    quotes: [{ text: "hire from the town first", speaker: "Jane Roe", endsWith: "12,000 new jobs by the end of the year" }],
  },
  {
    kind: "boundaries",
    text: "Tom Baker said the council \u201cmade its final choice\u201d at the meeting of March 3, 2021.",
    quotes: [{ text: "made its final choice", speaker: "Tom Baker", endsWith: "March 3, 2021" }],
  },
  // `but`, `but to`, `while` and `rather than` join quotations as `and` does: one content.
  {
    kind: "boundaries",
    text: "Jane Roe said the town was \u201cnot finished yet\u201d but \u201conly getting started on the work.\u201d",
    quotes: [
      { text: "not finished yet", speaker: "Jane Roe", endsWith: "only getting started on the work." },
      { text: "only getting started on the work.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "boundaries",
    text: "Tom Baker told the crowd to \u201cstop blaming the council\u201d but to \u201cstart asking better questions.\u201d",
    quotes: [
      { text: "stop blaming the council", speaker: "Tom Baker", endsWith: "start asking better questions." },
      { text: "start asking better questions.", speaker: "Tom Baker" },
    ],
  },
  // A list's comma may stand inside the marks: the first item's content runs on over the list too.
  {
    kind: "boundaries",
    text: "Jane Roe promised to \u201cfix the roads first,\u201d \u201copen the library on Sundays\u201d and \u201ccut parking fees for residents.\u201d",
    quotes: [
      { text: "fix the roads first,", speaker: "Jane Roe", endsWith: "cut parking fees for residents." },
      { text: "open the library on Sundays", speaker: "Jane Roe", endsWith: "cut parking fees for residents." },
      { text: "cut parking fees for residents.", speaker: "Jane Roe" },
    ],
  },
  // A headline's run-on goes over another quotation in it, to the headline's end.
  {
    kind: "boundaries",
    text: "Jane Roe Says Council Made \u2018A Serious Error\u2019 When It Sold The \u2018Old\u2019 Library To Developers\n\nThe mayor spoke to reporters at city hall on Monday.",
    quotes: [{ text: "A Serious Error", speaker: "Jane Roe", endsWith: "Library To Developers" }],
  },
  // `thanked her staff, her parents and her rivals before telling the minister: “…”`: a
  // participle after `before`, `by` or `after` opens an adjunct of the verb before it; read back
  // from the participle, the object list's last item and the preposition are no subject.
  {
    kind: "speaker introduced before the quote",
    text: "Accepting the award, Mara Quill thanked her staff, her parents and her rivals before telling the minister: \u201cA treaty is not a pipeline route.\u201d",
    quotes: [{ text: "A treaty is not a pipeline route.", speaker: "Mara Quill" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Ann Chu greeted the nurses and the porters by saying: \u201cNobody here will go hungry.\u201d",
    quotes: [{ text: "Nobody here will go hungry.", speaker: "Ann Chu" }],
  },
  // `The minister's press conference was called off`: a passive of naming, summoning or
  // cancelling has a subject that said nothing; read as a speaker, it kept the floor from the
  // person named since, and a later `he said` went to no one.
  {
    kind: "person named since the last speaker",
    text: "The minister's press conference was called off when protesters filled the hall.\n\nIt was Mayor Tom Baker, who had just been briefed by the province, who broke the news.\n\n\u201cThis is a betrayal of the town,\u201d he said to reporters.",
    quotes: [{ text: "This is a betrayal of the town,", speaker: "Tom Baker" }],
  },
  {
    kind: "person named since the last speaker",
    text: "The spokesperson was called away before the briefing.\n\nIt was Chief Ann Chu who spoke instead.\n\n\u201cWe are not out of this yet,\u201d she said.",
    quotes: [{ text: "We are not out of this yet,", speaker: "Ann Chu" }],
  },
  // `‘We held on’: Tom Baker` heading a story or a section: a name after a colon that closes
  // the paragraph signs the quotation, as a dash does; a caption after it named no one to lend.
  {
    kind: "speaker named after the quote",
    text: "Riverside Hawks look for positives after home loss\n\n\u2018The squad bent but we kept our shape\u2019: Tom Baker\n\nA man in a ball cap watches practice from the sideline.\n\nThe Hawks are back on the field on Tuesday.",
    quotes: [{ text: "The squad bent but we kept our shape", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Province tables budget\n\n'We are building for the next generation': Roe\n\nA woman in a grey suit speaks at a podium.\n\nFinance Minister Jane Roe tabled the budget on Tuesday.",
    quotes: [{ text: "We are building for the next generation", speaker: "Jane Roe" }],
  },
  // `the central bank Governor`, `the town Mayor`: an office capitalised after lower-case words
  // and `the` is the description it is in lower case; with no one given that title, it varies
  // the name of the person the text is about rather than naming no one.
  {
    kind: "person named since the last speaker",
    text: "Stephen Roe, head of the Bank of Millbrook, has promised to cool prices.\n\nLast spring, the central bank Governor asserted that we are \u201con the last stretch, and closing in.\u201d",
    quotes: [{ text: "on the last stretch, and closing in.", speaker: "Stephen Roe" }],
  },
  {
    kind: "person named since the last speaker",
    text: "Jane Roe has led the town through the flood since April.\n\nOn Monday, the town Mayor said the water was \u201cfinally going down, street by street.\u201d",
    quotes: [{ text: "finally going down, street by street.", speaker: "Jane Roe" }],
  },
  // ` date 2024-05-06 Halifax's police chief …`: a saved page's date stamp before the lead is the
  // page's; read with the lead, it hid the lead's subject (a description running back into it).
  {
    kind: "speaker introduced before the quote",
    text: ' date 2024-05-06 Riverton\'s police chief has praised the handling of a rally he called "rare in kind, huge in size and tense in mood."\n\nThe protest is in its fifth day.\n\nDuring a news conference Monday, Riverton Police Chief Tom Baker called the operation a success.',
    quotes: [{ text: "rare in kind, huge in size and tense in mood.", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: ' date 2023-11-20 Moncton\'s fire chief says the blaze was "the worst we have seen in a decade."\n\nCrews worked through the night.\n\nFire Chief Ann Chu said no one was hurt.',
    quotes: [{ text: "the worst we have seen in a decade.", speaker: "Ann Chu" }],
  },
  // `proclaimed the new pavilion was “…”`: a verb of declaring, like `declared`, attributes a
  // quotation inside its reported clause even with no `that` and several words before it.
  {
    kind: "speech verb in another tense",
    text: 'Mayor Tom Baker opened the fair on Saturday and proclaimed the new pavilion was "the finest building this town has ever put up."',
    quotes: [{ text: "the finest building this town has ever put up.", speaker: "Tom Baker" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'At the ribbon cutting, Coun. Ann Chu proclaims the new library branch will be "a second living room for every family on the east side."',
    quotes: [{ text: "a second living room for every family on the east side.", speaker: "Ann Chu" }],
  },
  // `describes the latest round of cuts … as “…”`: a verb of describing, a long object, then `as`
  // straight into the quotation; the quotation is the describer's however far the verb stands.
  {
    kind: "speech verb in another tense",
    text: 'In her newsletter, Ann Chu describes the proposed closure of three library branches as "a slow death for reading."',
    quotes: [{ text: "a slow death for reading.", speaker: "Ann Chu" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'Tom Baker, the union\'s president, describes the latest offer from the company as "an insult to every worker."',
    quotes: [{ text: "an insult to every worker.", speaker: "Tom Baker" }],
  },
  // `characterized the proposed bylaw … as “…”`: before `as` and the quotation, a verb of
  // characterizing speaks as `described` does, though alone (`a period characterized by …`) it is no verb of saying.
  {
    kind: "speech verb in another tense",
    text: 'Ann Chu characterized the rent plan as "a disaster for every tenant in the city."',
    quotes: [{ text: "a disaster for every tenant in the city.", speaker: "Ann Chu" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'Coun. Tom Baker characterized the proposed bylaw on rooming houses as "far too restrictive for the people it claims to help" and voted against it.',
    quotes: [{ text: "far too restrictive for the people it claims to help", speaker: "Tom Baker" }],
  },
  // `Headline\n\n date 2025-02-14 Saint John's fire chief says …`: a date stamp opening the lead after
  // a headline is the page's too; read with the lead, the description ran back into it and the
  // quotation went to the place.
  {
    kind: "speaker introduced before the quote",
    text: 'Warehouse fire was the hardest yet\n\n date 2025-02-14 Saint John\'s fire chief says the warehouse fire was "the hardest call of my career."\n\nThe building stood empty.\n\nFire Chief Sam Lee said no one was hurt.',
    quotes: [{ text: "the hardest call of my career.", speaker: "Sam Lee" }],
  },
  // `Alex Chu … said …. “…,” it said`: a speaker whose name opens with a given name (of either
  // sex: `Alex`, `Morgan`) is a person, never what `it` stands for; the body that spoke before is.
  {
    kind: "pronoun resolved wrongly",
    text: 'Statistics Canada said on Monday that prices rose. Alex Chu, who runs a bakery, said the rise was "too much, too fast." "Food prices rose most of all," it said.',
    quotes: [
      { text: "too much, too fast.", speaker: "Alex Chu" },
      { text: "Food prices rose most of all,", speaker: "Statistics Canada" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'The Tribune reported that the mill will close in May. Morgan Lee said the town "will not recover from this."\n\n"Three hundred jobs will go," it reported.',
    quotes: [
      { text: "will not recover from this.", speaker: "Morgan Lee" },
      { text: "Three hundred jobs will go,", speaker: "Tribune" },
    ],
  },
  // `The Lakeshore Ferry inquiry’s final statement …` then `the release said`: one writing by
  // another of its names still speaks for the possessor met with its first name.
  {
    kind: "document for its issuer",
    text: "The Lakeshore Ferry inquiry\u2019s final statement blamed the operator for the delays.\n\n\u201cNobody on the dock was told the truth,\u201d the release said.",
    quotes: [{ text: "Nobody on the dock was told the truth,", speaker: "Lakeshore Ferry inquiry" }],
  },
  // `‘We held our nerve’: Lakeview Otters coach Ann Chu`: after a colon, as after a dash, the
  // team and role before the signer's name only say who signs.
  {
    kind: "speaker named after the quote",
    text: "Otters edge Hawks in overtime\n\n\u2018We held our nerve when it mattered\u2019: Lakeview Otters coach Ann Chu\n\nThe Otters play again on Friday.",
    quotes: [{ text: "We held our nerve when it mattered", speaker: "Ann Chu" }],
  },
  // `distributed a two-page statement` then `the statement said`: a writing that any verb of
  // issuing takes as its object, past a word of qualification, is its subject's.
  {
    kind: "document for its issuer",
    text: "The Lakeview Nurses Union distributed a two-page statement at the rally on Monday.\n\n\u201cWe will not accept these cuts,\u201d the statement said.",
    quotes: [{ text: "We will not accept these cuts,", speaker: "Lakeview Nurses Union" }],
  },
  // `Superior Court Justice Jane Roe found that …`: a judge named with her title finds in her
  // ruling's words, as `the judge found` does.
  {
    kind: "partial quote in a reported clause",
    text: "Ontario Superior Court Justice Mira Castellano found that the landlord\u2019s notice \u201cfell far short of what the law requires\u201d and set it aside.",
    quotes: [{ text: "fell far short of what the law requires", speaker: "Mira Castellano" }],
  },
  // `Kestrova said … the company said it will need “…”`: a company named by one word that spoke,
  // for want of an organisation's word read as a person's, is still the one `the company` means.
  {
    kind: "organisation continuation",
    text: "Kestrova said the smelter will close in March after years of losses.\n\nThe company said it will offer \u201cevery possible support\u201d to the affected workers.",
    quotes: [{ text: "every possible support", speaker: "Kestrova" }],
  },
  // `The tenant’s lawyer, Ana Ruiz, asked …, saying …`: the participle's subject is the clause's,
  // and the name set off after the description is who that is, not the last lawyer who spoke.
  {
    kind: "subject of the clause",
    text: "Crown prosecutor Dev Malhotra said the offence was planned.\n\nThe tenant\u2019s lawyer, Ana Ruiz, asked the board to delay the eviction, saying her client \u201chad nowhere else to go\u201d that winter.",
    quotes: [{ text: "had nowhere else to go", speaker: "Ana Ruiz" }],
  },
  // `Acme, which makes Alpha, Beta and Gamma boats, warned …, saying`: the relative clause set off
  // after the subject holds a list of its own; a name in that list is its object, not who speaks.
  {
    kind: "subject of the clause",
    text: "Norrland Marine, which builds Kestrel, Osprey and Tern boats among others, warned the province on Friday, saying it has started to draw up \u201cplans to move south.\u201d",
    quotes: [{ text: "plans to move south.", speaker: "Norrland Marine" }],
  },
  // `CAO of Lakeview County Jane Roe told council`: an office in capitals (`CAO`, as `CEO`) before
  // its body's name through `of` runs straight into its holder's name, as `Minister of Health` does.
  {
    kind: "affiliation",
    text: "\u201cThe ambulances wait for hours at the hospital,\u201d CAO of Lakeview County Dana Whitfield told council on Tuesday.",
    quotes: [{ text: "The ambulances wait for hours at the hospital,", speaker: "Dana Whitfield" }],
  },
  // `Asst. Comm. Jane Roe said`: an RCMP rank abbreviated opens her name; the full stops of
  // `Asst.` and `Comm.` end no sentence.
  {
    kind: "title inside the attribution",
    text: "\u201cThe camp is closed,\u201d said Tom Baker, a spokesperson for the Lakeview police.\n\n\u201cWe will use as little force as we can,\u201d Asst. Comm. Dana Whitfield said.",
    quotes: [
      { text: "The camp is closed,", speaker: "Tom Baker" },
      { text: "We will use as little force as we can,", speaker: "Dana Whitfield" },
    ],
  },
  // `said Fédération des infirmières du Québec (FIQ) president Jane Roe`: a French body's name
  // writes its nouns in lower case after `des` and `du`; it runs on to its acronym, and the
  // person after the role speaks, not the province that closes the body's name.
  {
    kind: "affiliation",
    text: "\u201cThe talks will go on all weekend,\u201d said Fédération des infirmières du Québec (FIQ) president Dana Whitfield on Friday.",
    quotes: [{ text: "The talks will go on all weekend,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "\u201cThe talks will go on all weekend,\u201d said Alliance des travailleurs du Québec president Dana Whitfield on Friday.",
    quotes: [{ text: "The talks will go on all weekend,", speaker: "Dana Whitfield" }],
  },
  // `Chief Jane Roe, Chippewas of Lakeview said`: a body's name set off bare after the person's
  // full name, running to the verb, says whom she speaks for; she speaks, not the body (and
  // not the first word of a name through `of`, which the affiliation reading took).
  {
    kind: "affiliation",
    text: "Chief Dana Whitfield, Chippewas of the Lakeview said, \u201cThe river has fed us for a thousand years.\u201d",
    quotes: [{ text: "The river has fed us for a thousand years.", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "Dana Whitfield, Lakeview Nurses Union said the cuts were \u201ca disgrace to this province.\u201d",
    quotes: [{ text: "a disgrace to this province.", speaker: "Dana Whitfield" }],
  },
  // Not a person named in an opening phrase: the body after the comma opens the main clause.
  {
    kind: "affiliation",
    text: "After meeting Dana Whitfield, Lakeview Nurses Union said the cuts were \u201ca disgrace to this province.\u201d",
    quotes: [{ text: "a disgrace to this province.", speaker: "Lakeview Nurses Union" }],
  },
  // `Jane Roe, the Lakeview Nurses Union: “…”`: a signature before a colon, the body set off
  // after the person's full name; the person signs the words, the body says for whom.
  {
    kind: "introduced by a colon",
    text: "Dana Whitfield, the Lakeview Federation of Nurses: \u201cWe will not accept these cuts.\u201d",
    quotes: [{ text: "We will not accept these cuts.", speaker: "Dana Whitfield" }],
  },
  {
    kind: "introduced by a colon",
    text: "Dana Whitfield, Lakeview Nurses Union: \u201cWe will not accept these cuts.\u201d",
    quotes: [{ text: "We will not accept these cuts.", speaker: "Dana Whitfield" }],
  },
  // `Jane Roe, a student in the ecology program at Lakeview University, one of the schools spared
  // by the cuts, said`: the university is the object of `at` inside the first appositive; the
  // comma after it opens the second, and the subject stands before both.
  {
    kind: "subject of the clause",
    text: "Dana Whitfield, a student in the marine biology program at Lakeview University, one of the few programs spared by the cuts, said Friday the campus is \u201cin shock.\u201d",
    quotes: [{ text: "in shock.", speaker: "Dana Whitfield" }],
  },
  // `the firm Lakeview, Moss & Harding LLP`: a partnership's name ends in `LLP`, as a company's in
  // `Ltd.`; its last partner's surname is no person a later `she` could stand for.
  {
    kind: "pronoun resolved wrongly",
    text: "Lawyer Dana Whitfield is fighting the order.\n\nWhitfield, who works for the firm Lakeview, Moss & Harding LLP, filed a motion on Thursday. In it, she calls the order \u201can extraordinary restriction.\u201d",
    quotes: [{ text: "an extraordinary restriction.", speaker: "Dana Whitfield" }],
  },
  // `read a plain-language release from the guild`: a compound modifier before a writing's noun
  // says what kind of writing it is and names no author (the release is the union's).
  {
    kind: "document for its issuer",
    text: "Lakeview nurses refused the latest offer on Friday.\n\n\u201cWe studied the offer with care,\u201d read a French-language release from the nurses\u2019 union.",
    quotes: [{ text: "We studied the offer with care,", speaker: null }],
  },
  // `released a 300-page report` before `the report said`: a measure written with digits is a
  // modifier of the writing as `final` is, so the report is still the object of `released` and
  // its subject's.
  {
    kind: "document for its issuer",
    text: "The Harbourview Water Commission released a 300-page report on Tuesday after a year of hearings.\n\nResidents packed the council chamber the same evening.\n\n\u201cThe pipes under the old town were never inspected,\u201d the report said.",
    quotes: [{ text: "The pipes under the old town were never inspected,", speaker: "Harbourview Water Commission" }],
  },
  // A deck set as a headline under the headline (`‘…,’ union president says`, no stop at its
  // end) gives the role whose holder the body names, though a quotation in the lines above it
  // was already someone's; a lead's prose sentence is not such a line.
  {
    kind: "description of a named person",
    text: 'Lakeview nurses sound alarm over ward staffing\n\nThe union for Lakeview nurses says the province owes patients "the whole truth" about its wards.\n\n\u2018We are running out of people to send,\u2019 union president says\n\nWhen nobody is free, nurses are called in from other towns, union president Dana Whitcombe said.',
    quotes: [
      { text: "the whole truth", speaker: "Union for Lakeview nurses" },
      { text: "We are running out of people to send,", speaker: "Dana Whitcombe" },
    ],
  },
  // A deck quoted as a heading (single marks round its whole line, no stop) is a pull quote:
  // the lead below, whether it names a person or describes a group, did not bring in its speaker.
  {
    kind: "unnamed person",
    text: "Lakeview council opens budget talks with branch closures on the table\n\n\u2018Nobody in this town is going to let the library close without a fight\u2019\n\nCouncillor Dana Whitcombe said Monday the budget committee will meet weekly until March.",
    quotes: [{ text: "Nobody in this town is going to let the library close without a fight", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Lakeview opposition parties plan to work together this session\n\n\u2018We will show this town what a real government looks like\u2019\n\nThe leaders of Lakeview\u2019s two opposition parties say they will work with the mayor when council returns.",
    quotes: [{ text: "We will show this town what a real government looks like", speaker: null }],
  },
  // A quotation heading a sentence-case headline before its colon is no lead quotation: the
  // person the next paragraph has speak did not say it unless the body repeats it as theirs.
  // The body never quoting it, the page credits it to no one: no quotation (uncredited-headings.ts).
  {
    kind: "unnamed person",
    text: "\u2018Finding them was a relief\u2019: Families share stories of the long search for lost graves\n\nDana Whitcombe, who leads the provincial search team, said Monday the work will take years.\n\nThe search began in 2021.",
    quotes: [],
  },
  // `Those concerns were echoed by Councillor Jane Roe. ¶ “…,” she said.`: a paragraph of its own
  // that names a person in any role (an agent, `from`, `including`) right before a quotation
  // leads into that person's words; the last speaker's turn ended a paragraph earlier.
  {
    kind: "person named since the last speaker",
    text: "City treasurer Marcus Delorme said the reserve was created last spring.\n\n\u201cSo at the end of the day, taxes are up three per cent,\u201d he said.\n\nThose concerns were echoed later in the day by Councillor Tobias Renwick, who voted against the budget.\n\n\u201cI think some hard choices were made,\u201d he said.",
    quotes: [
      { text: "So at the end of the day, taxes are up three per cent,", speaker: "Marcus Delorme" },
      { text: "I think some hard choices were made,", speaker: "Tobias Renwick" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "\u201cThis means tenants can return to their offices,\u201d said Mayor Colleen Ashdown.\n\nBut amid the relief came a sober warning from Premier Helena Marchetti.\n\n\u201cI don\u2019t want to alarm anyone,\u201d she said.",
    quotes: [
      { text: "This means tenants can return to their offices,", speaker: "Colleen Ashdown" },
      { text: "I don\u2019t want to alarm anyone,", speaker: "Helena Marchetti" },
    ],
  },
  // Not when that paragraph is still about the speaker, `he` before the name: the quotation's
  // `he` goes on with him, not with the one he spoke of.
  {
    kind: "person named since the last speaker",
    text: "City treasurer Marcus Delorme said the reserve was created last spring.\n\n\u201cSo at the end of the day, taxes are up three per cent,\u201d he said.\n\nHe also mocked the speech Councillor Tobias Renwick gave at the rally.\n\n\u201cI think some hard choices were made,\u201d he said.",
    quotes: [
      { text: "So at the end of the day, taxes are up three per cent,", speaker: "Marcus Delorme" },
      { text: "I think some hard choices were made,", speaker: "Marcus Delorme" },
    ],
  },
  // `the minister’s press secretary`, `the mayor’s lawyer`: a person described by their place beside
  // someone a title names is someone else, never the minister or the mayor; unnamed, no speaker.
  {
    kind: "unnamed person",
    text: "Energy Minister Claudette Vaillancourt said rates would rise.\n\n\u201cIt will be a slight increase,\u201d she said.\n\nHowever, the minister\u2019s press secretary later said, \u201cIt is a decrease in the dividend.\u201d",
    quotes: [
      { text: "It will be a slight increase,", speaker: "Claudette Vaillancourt" },
      { text: "It is a decrease in the dividend.", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Mayor Gordon Pelletier denied the claims on Monday.\n\n\u201cThe mayor will defend himself in court,\u201d the mayor\u2019s lawyer told reporters.",
    quotes: [{ text: "The mayor will defend himself in court,", speaker: null }],
  },
  // `Jane Roe told the Herald that the chief said, “…”`: whoever reports someone's words in the
  // clause that governs them is someone else (else the text would say `she`); the chief, unnamed.
  // Not across a clause break: `Roe said …, and the premier said “…”` goes on with Roe.
  {
    kind: "unnamed person",
    text: "Police spokesperson Dana Whitfield told the Herald that the chief has always said, \u201cWe will act as soon as we can.\u201d",
    quotes: [{ text: "We will act as soon as we can.", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Premier Dana Whitfield said the plan was late, and the premier said \u201cit was not clear\u201d when it would come.",
    quotes: [{ text: "it was not clear", speaker: "Dana Whitfield" }],
  },
  // `Althea, an Ottawa resident, tried …`: a person who gives a given name alone, set off by a
  // description of a person or an age, is a person all the same, and takes over from the speaker
  // before as the subject of a later paragraph.
  {
    kind: "person named since the last speaker",
    text: "\u201cWait times have grown across the country,\u201d said Dr. Quillon Varga, president of the association.\n\nYsolde, a Lakeview resident, tried three walk-in clinics last week but saw no one.\n\n\u201cI spent a fortune on cabs and never saw a doctor,\u201d she said.",
    quotes: [
      { text: "Wait times have grown across the country,", speaker: "Quillon Varga" },
      { text: "I spent a fortune on cabs and never saw a doctor,", speaker: "Ysolde" },
    ],
  },
  // A quotation that lost its opening mark starts at its first word, and that word is quoted as
  // the rest are: a name opening it is the speaker's words, no mention a later `she` can stand for.
  {
    kind: "pronoun resolved wrongly",
    text: "Councillor Ruth Calder toured the flooded treatment plant on Monday.\n\n\u201cIt is unprecedented.\u201d Lakeview Water inspectors found the valves had rusted shut years ago,\u201d she added.",
    quotes: [
      { text: "It is unprecedented.", speaker: "Ruth Calder" },
      { text: "Lakeview Water inspectors found the valves had rusted shut years ago,", speaker: "Ruth Calder" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Councillor Ruth Calder spoke after the vote.\n\nAnna Moretti has never answered a single question about the money,\u201d she said.",
    quotes: [{ text: "Anna Moretti has never answered a single question about the money,", speaker: "Ruth Calder" }],
  },
  // `\u201d The budget \u2026,\u201d Calder said.`: a closing mark typed where a paragraph's quotation opens,
  // a space and a capital after it, opens that quotation; a later mark of the paragraph closes it.
  {
    kind: "doubled marks",
    text: "Councillor Ruth Calder spoke after the vote.\n\n\u201d The budget is a disgrace. We were promised a new library,\u201d Calder said.",
    quotes: [{ text: "The budget is a disgrace. We were promised a new library,", speaker: "Ruth Calder" }],
  },
  // `said Lakeview Transit president and CEO Jane Roe`: a company's name before the first office
  // opens the role with a capital; a second office joined by `and` still runs on to the name.
  {
    kind: "affiliation",
    text: "The new line will open late.\n\n\u201cEveryone wants it running,\u201d said Lakeview Transit president and CEO Dana Whitfield.",
    quotes: [{ text: "Everyone wants it running,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "The plant will close in May.\n\n\u201cIt was not an easy choice,\u201d said Moss Foods chair and chief executive Dana Whitfield.",
    quotes: [{ text: "It was not an easy choice,", speaker: "Dana Whitfield" }],
  },
  // `chief coroner with the Lakeview Coroners Service Dr. Jane Roe said`: a body after a role's
  // link runs straight into a titled full name, the holder's, as after `director of the`; the
  // person is the subject a later `she` stands for, and the name the inverted verb's speaker.
  {
    kind: "pronoun resolved wrongly",
    text: "The panel's report came out on Monday.\n\nChief medical officer with the Lakeview Coroners Service Dr. Dana Whitfield said heat waves will come again.\n\n\u201cWe have to be ready for the next one,\u201d she said.",
    quotes: [{ text: "We have to be ready for the next one,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "The panel's report came out on Monday.\n\n\u201cWe have to be ready for the next one,\u201d said a doctor with the Lakeview Coroners Service Dr. Dana Whitfield.",
    quotes: [{ text: "We have to be ready for the next one,", speaker: "Dana Whitfield" }],
  },
  // `Jane Roe, Acme's president of mining said`: an appositive opened by a possessor, its closing
  // comma missing, is read past as one opened by an article is; the name before it speaks.
  {
    kind: "subject of the clause",
    text: "The new mine will hire hundreds.\n\n\u201cThis is only the start of the hiring,\u201d Dana Whitfield, Lakeview Mining\u2019s head of operations said.",
    quotes: [{ text: "This is only the start of the hiring,", speaker: "Dana Whitfield" }],
  },
  // `Jane Roe, Ontario vice-president of the Lakeview Grocers: “…”`: a signature line whose
  // description is a bare role; the name that opens the verbless clause signs, not the role.
  {
    kind: "introduced by a colon",
    text: "Reactions to the budget:\n\nDana Whitfield, Ontario vice-president of the Lakeview Federation of Independent Grocers: \u201cThe plan to rein in spending is very positive.\u201d",
    quotes: [{ text: "The plan to rein in spending is very positive.", speaker: "Dana Whitfield" }],
  },
  // `…, said Jane Roe, noting …`: the participle after an inverted attribution is the same
  // speaker's; read back, its subject would be words of what was reported (`1,068 people`), and
  // the bare quotation in the next paragraph would go on from no one.
  {
    kind: "speaker introduced before the quote",
    text: "The shelter count rose again this year.\n\nAt last count, 1,068 people in the city were homeless, said Whitfield, noting that many more are never counted.\n\n\u201cSix months without a home is a long time.\u201d\n\nThe count is taken every spring.",
    quotes: [{ text: "Six months without a home is a long time.", speaker: "Whitfield" }],
  },
  // `said head coach, Jane Roe when asked …`: a subordinate clause after the name set off by a
  // comma ends it as a full stop would; the name, not the role, speaks.
  {
    kind: "speaker named after the quote",
    text: "The team returned to camp on Monday.\n\n\u201cEvery practice still counts,\u201d said head coach, Dana Whitfield when asked about the week ahead.",
    quotes: [{ text: "Every practice still counts,", speaker: "Dana Whitfield" }],
  },
  // A deck quoting a line (`‘…,’ union president says`, no stop) does not make the body's
  // printing of it, alone as its paragraph, a pull quote: the body's is the speech the deck sums up.
  {
    kind: "furniture",
    text: 'Lakeview nurses warn of empty wards\n\n\u2018Every patient on this floor is waiting too long,\u2019 union president says\n\nThe union says shifts went unfilled 40 times this month, union president Dana Whitcombe said.\n\n"Every patient on this floor is waiting too long."\n\nThe health authority did not respond.',
    quotes: [
      { text: "Every patient on this floor is waiting too long,", speaker: "Dana Whitcombe" },
      { text: "Every patient on this floor is waiting too long.", speaker: "Dana Whitcombe" },
    ],
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
  // Words counted or announced as new (`a new “…”`, `seized 212 “…”`, `two “…” are`) head the
  // writer's noun phrase: a thing's name, not speech, though the sentence names who spoke.
  {
    kind: "scare quotes and lists",
    text: "Lakeview police Chief Dana Whitcombe said Monday the force will start a new \u201cknock and talk program\u201d in the spring.\n\nOfficers have collected 212 \u201cghost guns.\u201d Two \u201cpatrol pairs\u201d will visit each block this month, Whitcombe said.\n\n\u201cWe want every door knocked on by June,\u201d she said.",
    quotes: [{ text: "We want every door knocked on by June,", speaker: "Dana Whitcombe" }],
  },
  // A quoted subhead in single marks, its whole paragraph below the headline, is a quotation
  // however few its words (a two-word one is no scare quote) or however set in capitals.
  {
    kind: "furniture",
    text: "Lakeview evacuees wait out the fire in a school gym\n\nMore than 300 people spent the night on cots at Lakeview Secondary.\n\n\"We left with the clothes on our backs,\" said resident Dana Whitcombe.\n\n'We're safe'\n\nVolunteers handed out blankets and hot meals until midnight.\n\n'NOBODY TOLD US ANYTHING'\n\nSome residents said they learned of the order from neighbours.",
    quotes: [
      { text: "We left with the clothes on our backs,", speaker: "Dana Whitcombe" },
      { text: "We're safe", speaker: null },
      { text: "NOBODY TOLD US ANYTHING", speaker: null },
    ],
  },
  // A quoted subhead credited by a surname alone after its colon (`'…': Roe`) is the quotation it
  // heads, not a link to another story, whose headline has a verb.
  {
    kind: "furniture",
    text: "Lakeview braces for a third week of the blockade\n\nTrucks still lined Harbour Street on Sunday, police said.\n\nMore officers arrived from the county on Saturday, the police board said.\n\n'Not a police problem alone': Whitcombe\n\nLakeview police Chief Dana Whitcombe said the answer may lie with the province.\n\n\"This will not be settled by arrests,\" she said.",
    quotes: [
      { text: "Not a police problem alone", speaker: "Dana Whitcombe" },
      { text: "This will not be settled by arrests,", speaker: "Dana Whitcombe" },
    ],
  },
  // `The Riverside Police Service` … `the RPS letter said`: a capitalised speaker noun inside a
  // body's capitalised name (`Police`) is no title before a person `Service`; the whole name is the
  // cast's, and its initials name it wherever they recur.
  {
    kind: "affiliation",
    text: "The Riverside Police Service said on Monday that it had written to the prosecutors.\n\n\u201cWe expect the Crown to be a zealous advocate for victims,\u201d the RPS letter said.",
    quotes: [{ text: "We expect the Crown to be a zealous advocate for victims,", speaker: "Riverside Police Service" }],
  },
  // `Independent Review Office of Manitoba` … `the IRO`: a body's initials leave out the place
  // its name ends in after `of`; the acronym speaks under the full name, even from a headline.
  {
    kind: "affiliation",
    text: "Officer may face charges: IRO\n\nThe Independent Review Office of Manitoba has sent its report to the Crown.\n\n\u201cThe director found reasonable grounds to believe an offence was committed,\u201d a release from the IRO says.",
    quotes: [
      {
        text: "The director found reasonable grounds to believe an offence was committed,",
        speaker: "Independent Review Office of Manitoba",
      },
    ],
  },
  // `Its 40-page report said`: a number between the possessive and the writing's noun is read
  // past as a word of no capital is (`its final report`); the body `its` stands for wrote it.
  {
    kind: "document for its issuer",
    text: "Lakeview Hydro inspected the old dam over the winter.\n\nIts 40-page report said, \u201cThe dam needs repairs before the spring melt.\u201d",
    quotes: [{ text: "The dam needs repairs before the spring melt.", speaker: "Lakeview Hydro" }],
  },
  // `…, said Jane Roe, adding: “…”`: the participle after an inverted attribution, set off by a
  // comma, has the inverted name as its subject (isInvertedSubject); read back from the clause's
  // start, its subject would be words of what was reported (`1,068 people`), and the quotation after
  // the colon would go to no one.
  {
    kind: "introduced by a colon",
    text: "The shelter count rose again this year.\n\nAt last count, 1,068 people in the city were homeless, said Dana Whitfield, adding: \u201cMany more are never counted.\u201d\n\nThe count is taken every spring.",
    quotes: [{ text: "Many more are never counted.", speaker: "Dana Whitfield" }],
  },
  // `Zentrix, a software firm,`: a lone name set off by a body's noun (a speaker's noun all the
  // same) names a company, no person a later `she` can stand for; the speaker before goes on.
  {
    kind: "pronoun to non-person",
    text: "\u201cWait times have grown across the country,\u201d said Dr. Quillon Varga, president of the association.\n\nZentrix, a software firm, cut staff at its Lakeview office last week.\n\n\u201cPeople here are losing their family doctors too,\u201d she said.",
    quotes: [
      { text: "Wait times have grown across the country,", speaker: "Quillon Varga" },
      { text: "People here are losing their family doctors too,", speaker: "Quillon Varga" },
    ],
  },
  // `Ysolde, a Lakeview resident, tried …` leading into a quotation in the speaker's own paragraph:
  // a lone name set off by a person's description is evidence of a person for every rule a
  // pronoun tries (here the lead-in's subject), not for the last person named alone.
  {
    kind: "speaker introduced before the quote",
    text: "\u201cWait times have grown across the country,\u201d said Dr. Quillon Varga, president of the association. Ysolde, a Lakeview resident, tried three walk-in clinics last week. \u201cI spent a fortune on cabs and never saw a doctor,\u201d she said.",
    quotes: [
      { text: "Wait times have grown across the country,", speaker: "Quillon Varga" },
      { text: "I spent a fortune on cabs and never saw a doctor,", speaker: "Ysolde" },
    ],
  },
  // `read a release from the nurses’ union`: a writing met for the first time whose author is a
  // body's description, no name, speaks for the body that description resolves to (the union the
  // paragraph before named), the possessor's apostrophe read past to the noun.
  {
    kind: "document for its issuer",
    text: "The Lakeview Nurses Union says it has rejected the latest offer.\n\n\u201cWe studied the offer with care,\u201d read a release from the nurses\u2019 union.",
    quotes: [{ text: "We studied the offer with care,", speaker: "Lakeview Nurses Union" }],
  },
  // `read a statement from police` after `Winnipeg police arrested …`: the force the text named.
  {
    kind: "document for its issuer",
    text: "Winnipeg police arrested a man near the arena on Monday.\n\n\u201cThe man was carrying a knife when officers arrived,\u201d read a statement from police.",
    quotes: [{ text: "The man was carrying a knife when officers arrived,", speaker: "Winnipeg police" }],
  },
  // `says an alert from Weather Millbrook`, `the decision said`: a body's alert, warning or
  // decision speaks for it as its statement would.
  {
    kind: "document for its issuer",
    text: "Snow is on the way.\n\n\u201cA slow front will drop deep snow by Monday,\u201d says an alert from Weather Millbrook.",
    quotes: [{ text: "A slow front will drop deep snow by Monday,", speaker: "Weather Millbrook" }],
  },
  {
    kind: "document for its issuer",
    text: "In a decision on Thursday, the Lakeview Licensing Board found the bar broke its licence twice.\n\n\u201cThe breaches were serious and repeated,\u201d the decision said.",
    quotes: [{ text: "The breaches were serious and repeated,", speaker: "Lakeview Licensing Board" }],
  },
  // `in a letter from her school Acme Academy, … parents were told “…”` then `the letter read`:
  // a name closing a short description after `from` wrote the letter; the unnamed `parents` who
  // read it, though quoted in the sentence, did not.
  {
    kind: "document for its issuer",
    text: "But in a letter from their daycare Lakeview Academy, parents were told that fees could rise \u201csignificantly.\u201d\n\n\u201cWe are sharing this with you in advance,\u201d the letter read.",
    quotes: [
      { text: "significantly.", speaker: null },
      { text: "We are sharing this with you in advance,", speaker: "Lakeview Academy" },
    ],
  },
  // `Acme Power spokesman Sean Roe said …`, `Roe said …`, then `“…,” the utility said`: the body
  // the last speaker was introduced as speaking for, though its name shows no organisation's word.
  {
    kind: "organisation continuation",
    text: "Crews are in place, Lakeview Power spokesman Dale Whitfield said in a statement on Thursday.\n\nWhitfield said customers should keep flashlights and water at hand.\n\n\u201cFreezing rain can bring down lines for days,\u201d the utility said.",
    quotes: [{ text: "Freezing rain can bring down lines for days,", speaker: "Lakeview Power" }],
  },
  // `said the letter to the heads of both railways, signed by Minister Jane Roe`: past its
  // recipient, set off by a comma, the one who signed a writing wrote it.
  {
    kind: "document for its issuer",
    text: "Ottawa wants the grain moving again.\n\n\u201cThe delays have been unacceptable,\u201d said the letter to the heads of both ports, signed by Transport Minister Dana Whitfield.",
    quotes: [{ text: "The delays have been unacceptable,", speaker: "Dana Whitfield" }],
  },
  // `The guild has mailed a letter to the town` then `the letter reads`: a body's description
  // as the subject of a verb of issuing sent the writing; it speaks for the body it resolves to.
  {
    kind: "document for its issuer",
    text: "Nurses in Lakeview have filed 40 complaints this fall, with the Lakeview Nurses Union blaming a lack of staff.\n\n\u201cWards are short every week,\u201d union president Dana Whitfield said.\n\nThe union has sent a letter to the province, describing a rise in overtime.\n\n\u201cWhen shifts go unfilled, patients wait,\u201d the letter reads.",
    quotes: [
      { text: "Wards are short every week,", speaker: "Dana Whitfield" },
      { text: "When shifts go unfilled, patients wait,", speaker: "Lakeview Nurses Union" },
    ],
  },
  // `at Lakeview's Heron Park`: a name ending in `Park` whose first word is no given name is a
  // park, a place; `he` after it stands for the person who went there, never the park.
  {
    kind: "pronoun to non-person",
    text: "Opposition leader Tom Baker spoke on Monday.\n\nBaker made his first stop at Lakeview\u2019s Heron Park, where a tent camp has stood for years.\n\n\u201cThis city is at a turning point,\u201d he said.",
    quotes: [{ text: "This city is at a turning point,", speaker: "Tom Baker" }],
  },
  // `says Newfoundland and Labrador premier`: a place whose name joins two with `and` runs past
  // the `and` to the role after it; the premier speaks (unnamed here), not the first place.
  {
    kind: "pronoun to non-person",
    text: "\u2018The debt cannot keep growing,\u2019 says Newfoundland and Labrador premier\n\nThe provincial debt rose again this year.",
    quotes: [{ text: "The debt cannot keep growing,", speaker: null }],
  },
  // `“Baker did not testify, and he denied it,” he said`: a person the quotation names in the
  // third person is spoken of, not speaking, though named last before it (the speaker's own
  // surname, shared with his parents, leaves `Whitfield says` to no one).
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, who killed Lyle and Anne Whitfield, was denied parole on Thursday.\n\nSam Whitfield, the son of Lyle and Anne, spoke at the hearing.\n\n\u201cIn 2010, Tom Baker killed my parents,\u201d he told the board.\n\nWhitfield says Baker has never expressed regret for the loss of his parents.\n\n\u201cBaker did not testify at his trial, and he denied everything for years,\u201d he said.",
    quotes: [
      { text: "In 2010, Tom Baker killed my parents,", speaker: "Sam Whitfield" },
      { text: "Baker did not testify at his trial, and he denied everything for years,", speaker: "Sam Whitfield" },
    ],
  },
  // `Roe spent the day touring, warning that her rival, Tom Baker, would cut spending.`: a person
  // named inside the clause a sentence's opening subject reports is spoken of; the `he` after
  // the next quotation goes on with the one who said it.
  {
    kind: "pronoun resolved wrongly",
    text: "The campaign began on Saturday.\nNew Democrat Leader Sam Whitfield spent the day visiting swing ridings, and telling volunteers that his rival, Conservative leader Tom Baker, would close clinics.\n\u201cIf I earn your trust, I will lower the costs you face,\u201d he told a rally in Lakeview, the first stop of the campaign.",
    quotes: [{ text: "If I earn your trust, I will lower the costs you face,", speaker: "Sam Whitfield" }],
  },
  // `“…pretending like Tom Baker isn’t running again,” he said`: a negated auxiliary after a name
  // in the quotation (any of those that stand between a subject and its verb) makes it the
  // subject of a verb, spoken of; the `he` is not that person, named last before it.
  {
    kind: "pronoun resolved wrongly",
    text: "Sam Whitfield, a Lakeview councillor, spoke after the vote.\n\nTo Whitfield, the mayor\u2019s plan, from the new arena to the hope that Mayor Tom Baker can win again, is just plain silly.\n\n\u201cEveryone is pretending like Tom Baker isn\u2019t running again,\u201d he said.",
    quotes: [{ text: "Everyone is pretending like Tom Baker isn\u2019t running again,", speaker: "Sam Whitfield" }],
  },
  // A quoted subhead credited by a title and a surname after its colon (`'…': Chief Whitcombe`) is the
  // quotation it heads, as one credited by a surname alone or a full name is, not a link to another story.
  {
    kind: "furniture",
    text: "Lakeview braces for a third week of the blockade\n\nTrucks still lined Harbour Street on Sunday, police said.\n\nMore officers arrived from the county on Saturday, the police board said.\n\n'Not a police problem alone': Chief Whitcombe\n\nLakeview police Chief Dana Whitcombe said the answer may lie with the province.\n\n\"This will not be settled by arrests,\" she said.",
    quotes: [
      { text: "Not a police problem alone", speaker: "Dana Whitcombe" },
      { text: "This will not be settled by arrests,", speaker: "Dana Whitcombe" },
    ],
  },
  // A pull quote repeats a line the body quotes in a paragraph that ends on a colon before a list
  // (`…,” Roe told the crowd, before listing the union’s demands:`): that paragraph is prose, not a
  // headline's line, so the line set apart in large type is the pull quote, said once.
  {
    kind: "furniture",
    text: "Strikers rallied at the plant gates on Monday.\n\nUnion president Jane Roe addressed the crowd.\n\n\u201cWe will not back down on this.\u201d\n\n\u201cWe will not back down on this,\u201d Roe told the crowd, before listing the union\u2019s demands:\n\nHigher pay, shorter shifts and a pension plan.\n\nThe board did not comment.",
    quotes: [{ text: "We will not back down on this,", speaker: "Jane Roe" }],
  },
  // `On Friday, the union, which represents 4,000 nurses, sent out a letter` then `the letter
  // reads`: the body's description is read back from the verb of issuing as any subject is, past
  // an opening phrase, an appositive and the particle, and speaks for the body it resolves to.
  {
    kind: "document for its issuer",
    text: "Nurses in Northgate have filed 40 complaints this fall, with the Northgate Nurses Union blaming a lack of staff.\n\n\u201cWards are short every week,\u201d union president Carla Mendes said.\n\nOn Friday, the union, which represents 4,000 nurses, sent out a letter to the province.\n\n\u201cWhen shifts go unfilled, patients wait,\u201d the letter reads.",
    quotes: [
      { text: "Wards are short every week,", speaker: "Carla Mendes" },
      { text: "When shifts go unfilled, patients wait,", speaker: "Northgate Nurses Union" },
    ],
  },
  // `The premier says Westland doesn't deserve comments that …`: a description read as the subject
  // of `comments` taken for a verb runs over the finite `says`; a clause is no speaker's name, so
  // the pronoun later goes to the premier named before.
  {
    kind: "subject of the clause",
    text: "Westland Premier Jane Roe is criticizing the federal minister over remarks about a fuel tax.\n\nThe premier says Westland doesn't deserve comments that scare off investors.\n\n\u201cOttawa has no authority over our oil fields,\u201d she said in a statement.",
    quotes: [{ text: "Ottawa has no authority over our oil fields,", speaker: "Jane Roe" }],
  },
  // `a post from 4 p.m. CST`: a time zone after a clock time is the time's, never an author's name.
  {
    kind: "document for its issuer",
    text: "A wildfire burned north of the village on Thursday.\n\n\u201cLeave the village now by the south road,\u201d reads a post from 4 p.m. CST on Thursday.",
    quotes: [{ text: "Leave the village now by the south road,", speaker: null }],
  },
  // `said Lakeview's No.1`: a ranking stands for whoever holds it; neither it nor its owner (a
  // city, a team) is the speaker's name.
  {
    kind: "description of a named person",
    text: "The Lakeview goalie let in four goals on Saturday.\n\n\u201cWe all could have done better, me first,\u201d said Lakeview\u2019s No.1.",
    quotes: [{ text: "We all could have done better, me first,", speaker: null }],
  },
  // `CUPE Local 812 President Jane Roe`: a union local's number is part of the body's name, which
  // runs on through it to the titled holder; `Unifor Local 231 said` names the local whole.
  {
    kind: "affiliation",
    text: "City workers may strike next week.\n\n\u201cThe money is there, it always has been,\u201d said CUPE Local 812 President Jane Roe.\n\n\u201cOur members voted to walk out,\u201d Unifor Local 231 said in a statement.",
    quotes: [
      { text: "The money is there, it always has been,", speaker: "Jane Roe" },
      { text: "Our members voted to walk out,", speaker: "Unifor Local 231" },
    ],
  },
  // A quotation that congratulates or speaks of a person by name (`I would like to congratulate
  // Jane Roe`) is not Roe's words, though Roe is the first name of the sentence that brought
  // `the statement` in: its issuer is the subject set off after `In a statement,` (`he`, Baker).
  // A statement's possessive of its own principal (`Mayor Lee’s plan`) still leaves it Lee's.
  {
    kind: "document for its issuer",
    text: "Former candidate Tom Baker conceded the race on Monday.\n\nIn a statement, he congratulated Jane Roe, who won the mayoralty by 900 votes.\n\n\u201cI would like to congratulate Jane Roe on her win. She ran a strong race,\u201d the statement read.\n\nIn a statement on Tuesday, Mayor Ann Lee announced a new budget.\n\n\u201cMayor Lee\u2019s plan will cut transit fares for students,\u201d the statement said.",
    quotes: [
      { text: "I would like to congratulate Jane Roe on her win. She ran a strong race,", speaker: "Tom Baker" },
      { text: "Mayor Lee\u2019s plan will cut transit fares for students,", speaker: "Ann Lee" },
    ],
  },
  // `“Mr. Hall, your rivals say …,” the moderator said` after Hall was named: the one addressed
  // is not the one speaking. A speaker who counts herself in a list of names (`Bill Park, Ann
  // Lee, Joe Moss, those are able governors`) still said it.
  {
    kind: "description of a named person",
    text: "Incumbent Tom Hall took the stage first at the debate on Tuesday.\n\n\u201cMr. Hall, your rivals say the budget is too thin,\u201d the moderator said.\n\nFormer governor Ann Lee has endorsed the senator.\n\n\u201cBill Park, Ann Lee, Joe Moss, those are able governors,\u201d the former governor said.",
    quotes: [
      { text: "Mr. Hall, your rivals say the budget is too thin,", speaker: null },
      { text: "Bill Park, Ann Lee, Joe Moss, those are able governors,", speaker: "Ann Lee" },
    ],
  },
  // `But fining Mr. Baker twice would be pointless, he told the court.`: a pronoun closing its
  // sentence with a verb of saying after a comma reports the words before it, and the person they
  // name is spoken of, not the `he`; the lawyer who spoke last goes on, into the quotation after.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker was convicted of fraud in March.\n\nDefence lawyer Sam Hall spoke after the verdict. \u201cThe harm has been felt by all,\u201d he said.\n\n\u201cNo one disputes that,\u201d he added. But jailing Mr. Baker for life would be symbolic, he told the court. \u201cThere is a line between justice and revenge.\u201d",
    quotes: [
      { text: "The harm has been felt by all,", speaker: "Sam Hall" },
      { text: "No one disputes that,", speaker: "Sam Hall" },
      { text: "There is a line between justice and revenge.", speaker: "Sam Hall" },
    ],
  },
  // `a post from 4 p.m. CST said`: a time zone before the verb, read backward from it, is the
  // time's as it is read forward (`reads a post from 4 p.m. CST`), never the post's author.
  {
    kind: "document for its issuer",
    text: "A storm crossed the coast on Friday.\n\n\u201cStay off the roads until the wind drops,\u201d a post from 4 p.m. CST said on Friday.",
    quotes: [{ text: "Stay off the roads until the wind drops,", speaker: null }],
  },
  // `a post from 4pm PT`: a clock time's mark joined to its digits (`4pm`) ends the time as `4 p.m.` does.
  {
    kind: "document for its issuer",
    text: "Flights were grounded along the coast on Friday.\n\n\u201cCheck your flight before you leave home,\u201d reads a post from 4pm PT on Friday.",
    quotes: [{ text: "Check your flight before you leave home,", speaker: null }],
  },
  // `In a release from the union, …` then `“…,” the statement read`: a body's description after
  // the link that introduced the writing is its issuer, the body it stands for, named.
  {
    kind: "document for its issuer",
    text: "The Riverside Nurses Union has asked the province for more staff.\n\nIn a release from the union, nurses said wait times have doubled since spring.\n\n\u201cOur members cannot keep up with the number of patients,\u201d the statement read.",
    quotes: [{ text: "Our members cannot keep up with the number of patients,", speaker: "Riverside Nurses Union" }],
  },
  // `A statement posted online by Harbour Ferry Company said …`: the author after a participle of
  // issuing and a word (`posted online by`) issued it; not the negotiator quoted before it.
  {
    kind: "document for its issuer",
    text: "Ferry workers may strike this week. Tom Baker, the union\u2019s lead negotiator, said the team will keep talking.\n\nA statement posted online by Harbour Ferry Company said it is ready to return to bargaining.\n\n\u201cSailings run on the usual timetable for now,\u201d the statement said.",
    quotes: [{ text: "Sailings run on the usual timetable for now,", speaker: "Harbour Ferry Company" }],
  },
  // `the update on the web page of the government of the Yukon reads`: a body named after `of`
  // owns the medium, as its possessive (`the government’s website`) would.
  {
    kind: "document for its issuer",
    text: "A wildfire is burning west of the town. Crews worked through the night.\n\nAn update on Monday said rain helped crews push the fire back.\n\n\u201cWe are now able to attack the edge of this fire,\u201d the update on the website of the government of the Yukon reads.",
    quotes: [{ text: "We are now able to attack the edge of this fire,", speaker: "Government of the Yukon" }],
  },
  // `the force said` three paragraphs after `Halton Regional Police said`: Canadian news varies a
  // police service's name by `the force`, read as `police` is.
  {
    kind: "organisation continuation",
    text: "Break-ins are rising across the region.\n\nHalton Regional Police said break-ins rose this fall.\n\nThe force said officers looked into 40 break-ins in two weeks.\n\n\u201cThat is the most since 2019,\u201d police said in a release.\n\nPolice said two suspects used a ladder in one case.\n\n\u201cThe homeowner saw them on her camera and called 911,\u201d the force said.",
    quotes: [
      { text: "That is the most since 2019,", speaker: "Halton Regional Police" },
      { text: "The homeowner saw them on her camera and called 911,", speaker: "Halton Regional Police" },
    ],
  },
  // `ACHC reports long waits` heading the story: an initialism before `reports` (a verb here) is a
  // body's name, not a modifier of a writing, so `ACHC says` below names it.
  {
    kind: "subject of the clause",
    text: "MVCH reports long waits this weekend\n\nParents face long waits at MVCH again, as the hospital deals with a surge.\n\n\u201cBring your child in if the fever lasts past two days,\u201d MVCH says on its website.",
    quotes: [{ text: "Bring your child in if the fever lasts past two days,", speaker: "MVCH" }],
  },

  // A notice hard-wrapped at a fixed width puts a line break inside the marks (`we knew the` /
  // `possibility of …,”`): one quotation the wrap split, not two. A blank line between is a
  // paragraph break, stray or not, and keeps the quotation's pieces apart.
  {
    kind: "boundaries",
    text: "The health unit reported two new cases at the lodge on Friday.\n\u201cHaving seen cases spread through the town before we knew the\npossibility of more existed,\u201d said Dr. Jane Roe, the medical officer of health.\nResidents are in isolation.\n\u201cWe will test every resident before the\n\nweekend is out,\u201d Roe said.",
    quotes: [
      { text: "Having seen cases spread through the town before we knew the\npossibility of more existed,", speaker: "Jane Roe" },
      { text: "We will test every resident before the", speaker: "Jane Roe" },
      { text: "weekend is out,", speaker: "Jane Roe" },
    ],
  },
  // `\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open`: an appositive whose possessive
  // says whose work it is names a title, as `a new comedy` does. `to lead \u201cFollow the River!\u201d`
  // in a sentence about a season's musicals is a title too, its exclamation mark notwithstanding;
  // the director's words after `said` stay hers.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its new season on Monday.\n\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open the season in April.\nJane Roe, who directs most of its big musicals, will lead \u201cFollow the River!\u201d also set for the main stage.\n\u201cWe wanted a season about coming home,\u201d Roe said.",
    quotes: [{ text: "We wanted a season about coming home,", speaker: "Jane Roe" }],
  },
  // A related video's title, dated and timed on the lines under it (`5 months ago` / `Duration
  // 0:43`), is the player's words, whatever it quotes; the article's own quotation stays.
  {
    kind: "furniture",
    text: "Clinics across the east end are closing their doors.\n\nThis patient is 'worried' after two clinics closed\n\n5 months ago\nDuration 1:12\n\n\u201cI don\u2019t know where I will go now,\u201d said patient Jane Roe.",
    quotes: [{ text: "I don\u2019t know where I will go now,", speaker: "Jane Roe" }],
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
  // A caption that opens with its quotation and attributes it straight after (`“…,” a statement
  // from Acme said. Jane Doe/Getty Images`) reports what someone said, whatever its credit's
  // style; one that sets a quotation at the photo's moment stays furniture.
  {
    kind: "furniture",
    text: "Store workers in Canada will not see the raise.\n\n\u201cThe raise announced today applies to our U.S. stores only,\u201d a statement from Acme Canada said. Jane Doe/Getty Images\n\nA worker waves after saying \u201cgood luck\u201d to a customer on Friday. Jane Doe/Getty Images\n\nThe company employs 90,000 people in Canada.",
    quotes: [{ text: "The raise announced today applies to our U.S. stores only,", speaker: "Acme Canada" }],
  },
  // `… is glad to be in Silver Ledge, Alta.`, `on the Harvest Jamboree grounds`: a name with no
  // sign of a person but its two capitals, last used after a preposition of place or as a noun's
  // modifier, is a town or an event, and yields `she`/`he` to the person of that sex named near.
  {
    kind: "pronoun resolved wrongly",
    text: "After a long drive, Jane Roe of Halifax is glad to be in Silver Ledge, Alta.\n\nBut she wonders why the order came so late.\n\n\u201cWe could not breathe in our own homes,\u201d she said.",
    quotes: [{ text: "We could not breathe in our own homes,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Horse races are not what Tom Hall sees when he goes to Harvest Jamboree. He spends his time on the Harvest Jamboree grounds.\n\n\u201cI am not against it,\u201d he said.",
    quotes: [{ text: "I am not against it,", speaker: "Tom Hall" }],
  },
  // `The FIREQ spokesperson pointed to …` after `FIREQ spokesman Tom Baker`, `the Acme Water
  // spokeswoman said` after `Acme Water spokesperson Jane Roe`: writers vary a role's gendered and
  // neutral words, and the description is the one introduced in that role all the same.
  {
    kind: "description of a named person",
    text: "Crews are fighting a fire near the town, according to the agency known as FIREQ.\n\nAlongside the mayor, FIREQ spokesman Tom Baker explained that crews were busy.\n\n\u201cRight now, the fire is out of control,\u201d he said.\n\nThe FIREQ spokesperson pointed to \u201cstrong winds for two days,\u201d he said. \u201cWe are playing with luck here.\u201d",
    quotes: [
      { text: "Right now, the fire is out of control,", speaker: "Tom Baker" },
      { text: "strong winds for two days,", speaker: "Tom Baker" },
      { text: "We are playing with luck here.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Acme Water spokesperson Jane Roe said the pipes were old.\n\nMayor Tom Baker said repairs will start in May.\n\n\u201cWe have asked for the money twice,\u201d the Acme Water spokeswoman said.",
    quotes: [{ text: "We have asked for the money twice,", speaker: "Jane Roe" }],
  },
  // `In a statement, he congratulated Jane Roe` before `the statement read`: the subject set off
  // after the opening phrase issued the writing; the object of its verb (Roe) is whom it speaks of.
  {
    kind: "document for its issuer",
    text: "Tom Hall has conceded the race for mayor.\n\nIn a statement, he congratulated Jane Roe on her win.\n\n\u201cI wish her well in the job ahead,\u201d the statement read.",
    quotes: [{ text: "I wish her well in the job ahead,", speaker: "Tom Hall" }],
  },
  // `The news out of Harbour General, she said, “…”`: a name that is no subject of its clause,
  // with nothing but two capitalised words to show a person, is no `she`; nor is the pronoun
  // being resolved evidence of the person it would stand for. The nurse who spoke goes on.
  {
    kind: "pronoun resolved wrongly",
    text: "Nurse Ann Wells leads the union local at the hospital.\n\n\u201cWe have warned about crowding for years,\u201d Wells said.\n\nThe news out of Harbour General, she said, \u201cis only the latest sign of it.\u201d",
    quotes: [
      { text: "We have warned about crowding for years,", speaker: "Ann Wells" },
      { text: "is only the latest sign of it.", speaker: "Ann Wells" },
    ],
  },
  // `flew in with Boreal Lifter planes, but they “…,” he said`: a make of aircraft named in the
  // predicate is no `he`; the chief who spoke before is.
  {
    kind: "pronoun resolved wrongly",
    text: "Chief Tom Moss asked Ottawa for a longer runway last year.\n\n\u201cWe have waited long enough,\u201d Moss said.\n\nThe army flew in with Boreal Lifter planes, but they \u201ccould not land with a full load,\u201d he said.",
    quotes: [
      { text: "We have waited long enough,", speaker: "Tom Moss" },
      { text: "could not land with a full load,", speaker: "Tom Moss" },
    ],
  },
  // `Acme Foods blamed “…”`, `citing “…”`, `apologized “for …”`: the verb's subject gave the
  // reasons or the apology quoted right after it, not the speaker before. And the quotation
  // that is a sentence of its own before such a one (`“….” In a news release, Acme Foods
  // blamed “…”`) is not that body's statement: the president's e-mail goes on.
  {
    kind: "partial quote in a reported clause",
    text: "Acme Foods president Tom Moss wrote to customers on Monday.\n\n\u201cPrices went up fast this year,\u201d Moss said in the e-mail.\n\n\u201cSadly, much of this is beyond us.\u201d In a news release, Acme Foods blamed \u201chigher costs for fuel and labour,\u201d which it passed on.",
    quotes: [
      { text: "Prices went up fast this year,", speaker: "Tom Moss" },
      { text: "Sadly, much of this is beyond us.", speaker: "Tom Moss" },
      { text: "higher costs for fuel and labour,", speaker: "Acme Foods" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Jane Roe spoke to the energy conference on Thursday.\n\n\u201cWe will keep working with the industry,\u201d Roe said.\n\nNorthline Oil put off its offshore project on Wednesday, citing \u201cweak prices and high costs.\u201d\n\nIn a statement, Harbourton Transit apologized \u201cfor the delay in telling riders about the closure.\u201d",
    quotes: [
      { text: "We will keep working with the industry,", speaker: "Jane Roe" },
      { text: "weak prices and high costs.", speaker: "Northline Oil" },
      { text: "for the delay in telling riders about the closure.", speaker: "Harbourton Transit" },
    ],
  },
  // A headline's role after the comma that closes its clause (`…, chief says`) or after its verb
  // of saying put first (`… says chief`) is a delayed identification, as one right after the
  // quotation is: the chief the lead then names said the headline's quoted words.
  {
    kind: "partial quote in a reported clause",
    text: "Housing must be \u2018front and centre\u2019 in the new plan, chief says\n\nChief Ann Lee of the Elm River First Nation spoke to reporters on Monday.\n\n\u201cWe have waited long enough,\u201d Lee said.",
    quotes: [
      { text: "front and centre", speaker: "Ann Lee" },
      { text: "We have waited long enough,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pipeline plan \u2018hard to accept\u2019 says chief\n\nChief Tom Moss of the Elm River First Nation met the company on Monday.\n\n\u201cWe were not asked,\u201d Moss said.",
    quotes: [
      { text: "hard to accept", speaker: "Tom Moss" },
      { text: "We were not asked,", speaker: "Tom Moss" },
    ],
  },
  // `the union said` resolved to the federation, then paragraphs on, past other speakers,
  // `The union said … “…”` again: the same bare description of a body stands for the body it
  // stood for before, not for a union newly described and named by no one.
  {
    kind: "organisation continuation",
    text: "The Harbour Teachers Federation rejected the offer on Tuesday.\n\n\u201cWe cannot accept it,\u201d the union said in a release.\n\nPremier Tom Moss spoke to reporters on Friday.\n\n\u201cOur children need to be in class,\u201d Moss said.\n\nEducation Minister Ann Lee said talks would resume next week.\n\nThe union said the premier\u2019s words amount to \u201ca threat.\u201d",
    quotes: [
      { text: "We cannot accept it,", speaker: "Harbour Teachers Federation" },
      { text: "Our children need to be in class,", speaker: "Tom Moss" },
      { text: "a threat.", speaker: "Harbour Teachers Federation" },
    ],
  },
  // `the Acme spokesman said` after `Acme spokesperson Jane Roe` and, nearer, `Acme spokesman Tom
  // Baker`: a role's variants are read in one walk back, so the nearest introduction wins.
  {
    kind: "description of a named person",
    text: "Acme spokesperson Jane Roe declined to comment last week.\n\nOn Tuesday, Acme spokesman Tom Baker said the plant would close.\n\n\u201cWe have no other choice,\u201d the Acme spokesman said.",
    quotes: [{ text: "We have no other choice,", speaker: "Tom Baker" }],
  },
  // `The new play by Dr. Roe will lead \u201c…!\u201d`: the sentence's start is the one sentenceEnds
  // finds, past an abbreviation, so its kind of work is read. `who plays hockey`: a word in `-s`
  // after a relative or a subject pronoun is a verb, not the plural of a work.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its summer season on Monday.\nThe new play by Dr. Roe will lead \u201cFollow the River!\u201d also at the festival in July.\n\u201cWe wanted a season about coming home,\u201d Roe said.",
    quotes: [{ text: "We wanted a season about coming home,", speaker: "Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The premier, who plays hockey on weekends, will lead \u201cTeam Ontario!\u201d also at the summit.",
    quotes: [{ text: "Team Ontario!", speaker: null }],
  },
  // `\u201c…,\u201d Tom Baker\u2019s new comedy, will open …, the company said`: a possessive name of two
  // words before the work's noun says whose work the title names, as `Shakespeare\u2019s` does.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its new season.\n\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open in April, the company said on Monday.",
    quotes: [],
  },
  // `In a letter Friday, the union thanked Tom Baker`: a body's description set off after the
  // writing's opening issued it, as a name or a pronoun there does; never the verb's object.
  {
    kind: "document for its issuer",
    text: "The Acme Workers Union signed a new contract this week.\n\nIn a letter Friday, the union thanked Tom Baker for his help.\n\n\u201cWe could not have done it without him,\u201d the letter said.",
    quotes: [{ text: "We could not have done it without him,", speaker: "Acme Workers Union" }],
  },
  // `the force said` with only a company named before: `the force` is read as `police`, a body of
  // government, so it never falls back to the company.
  {
    kind: "organisation continuation",
    text: "The Acme Mining Company closed its plant in the town last week.\n\n\u201cThe investigation is ongoing,\u201d the force said.",
    quotes: [{ text: "The investigation is ongoing,", speaker: null }],
  },
  // `in New Silver Ledge, Alta.`, the name read without the `New` it lost: the preposition of place
  // stands before that capital, and the name is still a town's, no antecedent for `she`.
  {
    kind: "pronoun resolved wrongly",
    text: "After a long drive, Jane Roe of Halifax is glad to be in New Silver Ledge, Alta.\n\nBut she wonders why the order came so late.\n\n\u201cWe could not breathe in our own homes,\u201d she said.",
    quotes: [{ text: "We could not breathe in our own homes,", speaker: "Jane Roe" }],
  },
  // `“…,” Name, Body Role said` with no comma closing the role: the body's name stands bare before
  // the role (`Harbour Nurses Union president`, `Northline Telecom president and CEO`), and the
  // name before it speaks, not the role.
  {
    kind: "speaker named after the quote",
    text: "\u201cOur members held firm for a fair deal,\u201d Ann Lee, Harbour Nurses Union Provincial President said in a release.\n\n\u201cThey earned every gain.\u201d\n\n\u201cThe outage was not acceptable,\u201d Tom Moss, Northline Telecom president and CEO said in a statement on Friday.",
    quotes: [
      { text: "Our members held firm for a fair deal,", speaker: "Ann Lee" },
      { text: "They earned every gain.", speaker: "Ann Lee" },
      { text: "The outage was not acceptable,", speaker: "Tom Moss" },
    ],
  },
  // An agency's photo credit (`(AP Photo/The Canadian Press, Name)`) names the photographer, whom
  // no later description or pronoun stands for.
  {
    kind: "furniture",
    text: "The company\u2019s tower stands in downtown Halifax on Monday. (AP Photo/The Canadian Press, Piet Vandermolen)\n\nThe head of the carrier says the outage was unacceptable.\n\n\u201cWe let our customers down,\u201d he said.",
    quotes: [{ text: "We let our customers down,", speaker: null }],
  },
  // A holiday (`Christmas Eve`, `Civic Holiday`) is a date, never the person a `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Tom Moss and his wife flew south on Dec. 10, but their trip went wrong on Christmas Eve when they reached the terminal.\n\n\u201cIt was total confusion at the gates,\u201d he told reporters.",
    quotes: [{ text: "It was total confusion at the gates,", speaker: "Tom Moss" }],
  },
  // `May` after a given name is a surname (`Ann May said`), not the modal the subject reader
  // skips on its way back to the subject, which cut the name to its title and given name.
  {
    kind: "title inside the attribution",
    text: "Harbour Party Leader Ann May said, \u201cThis bill was rushed through without a real debate.\u201d",
    quotes: [{ text: "This bill was rushed through without a real debate.", speaker: "Ann May" }],
  },
  // `Zentrix says it will close …` then `“…,” said the company`: with no body of the sort named,
  // a bare description of a body stands for the body the sentence before had as its subject,
  // before a company met only by common nouns (`In a memo to staff`, `a company memo`).
  {
    kind: "organisation continuation",
    text: "In a company memo to staff, Zentrix says it will close its Sudbury plant in March.\n\n\u201cWe thank our workers for their years of service,\u201d said the company.",
    quotes: [{ text: "We thank our workers for their years of service,", speaker: "Zentrix" }],
  },
  // `The Harbourfront Winter Festival announced …` then `“…,” festival organizers said`: those
  // who organise speak for the body the sentence before was about.
  {
    kind: "organisation continuation",
    text: "The Harbourfront Winter Festival announced Monday it is cancelling its 2021 season.\n\n\u201cWe will be back next winter,\u201d festival organizers said in a release.",
    quotes: [{ text: "We will be back next winter,", speaker: "Harbourfront Winter Festival" }],
  },
  // A writing with no issuer named (`read a message`) after a sentence whose subject is those who
  // organise, unnamed, is the body the sentence before that had as its subject, past a dateline
  // and a time's possessive (`This year's`).
  {
    kind: "organisation continuation",
    text: "HALIFAX -- This year's Maple Ridge Jazz Festival has been cancelled because of flooding.\n\nOrganizers made the announcement online Monday.\n\n\u201cWe are sad to share this news,\u201d read a message.",
    quotes: [{ text: "We are sad to share this news,", speaker: "Maple Ridge Jazz Festival" }],
  },
  // `“…,” Jane Roe, Opposition critic for housing said`: the role set off after the name, its
  // closing comma missing, is qualified by capitalised words before its noun (a side, a body); the
  // name opening the clause is still the speaker, not one named earlier, nor the role alone.
  {
    kind: "speaker named after the quote",
    text: "Rents rose again, according to Housing Minister Tom Moss.\n\n\u201cFamilies are being pushed out,\u201d Ann Lee, Opposition critic for housing said on Monday.\n\n\u201cWe need a plan now.\u201d\n\n\u201cThe members held firm,\u201d Rob Hale, Corvex National President said.",
    quotes: [
      { text: "Families are being pushed out,", speaker: "Ann Lee" },
      { text: "We need a plan now.", speaker: "Ann Lee" },
      { text: "The members held firm,", speaker: "Rob Hale" },
    ],
  },
  // `Shopper Ann Church`, `Rob Code`: a body's or a law's word that is also a common surname,
  // after a given name, ends a person's name, so `she` after it is her, not the woman quoted
  // before; and the surname alone later is the same person, not a church or a code.
  {
    kind: "pronoun resolved wrongly",
    text: "Store spokesperson Jane Moss said the shelves would be full by Friday.\n\n\u201cWe are doing all we can,\u201d she said.\n\nShopper Ann Church spoke with reporters and said she had waited for hours.\n\n\u201cIt is not looking good,\u201d she said.\n\nLawyer Rob Code said the case was weak.\n\n\u201cThere is no evidence,\u201d Code said.",
    quotes: [
      { text: "We are doing all we can,", speaker: "Jane Moss" },
      { text: "It is not looking good,", speaker: "Ann Church" },
      { text: "There is no evidence,", speaker: "Rob Code" },
    ],
  },
  // A newsletter's box (`The latest … news emailed to you every …`) set between a quotation and
  // the one that continues it is page furniture: the continuation keeps its speaker, not the
  // source the paragraph after it names.
  {
    kind: "furniture",
    text: "\u201cThis clinic fills a real gap,\u201d said Health Minister Ann Lee.\n\nThe latest science and health news emailed to you every Monday.\n\n\u201cPatients will stay as long as they need.\u201d\n\nAccording to Mayor Tom Moss, the town has waited years for it.",
    quotes: [
      { text: "This clinic fills a real gap,", speaker: "Ann Lee" },
      { text: "Patients will stay as long as they need.", speaker: "Ann Lee" },
    ],
  },
  // `“…,” Rob Hale, the president and chief of finance of the Lakeview Regional Airport said`:
  // a role opened by an article, two role nouns coordinated and a long complement, its closing
  // comma missing, is still set off after the name that opens the clause, the speaker.
  {
    kind: "speaker named after the quote",
    text: "The Lakeview Regional Airport has seen many cancelled flights.\n\n\u201cIt happens with every airline,\u201d Rob Hale, the president and chief of operations of the Lakeview Regional Airport said.",
    quotes: [{ text: "It happens with every airline,", speaker: "Rob Hale" }],
  },
  // `Roe wrote that she was outside when a neighbour shouted about a fire.` then a bare quotation:
  // the unnamed neighbour's verb is inside what Roe reports, after `that`; Roe goes on speaking,
  // as she does when no one else is inside her clause.
  {
    kind: "person named since the last speaker",
    text: "Resident Ann Lee posted about the fire on Monday. Lee wrote that she was outside when a neighbour shouted about the smoke.\n\n\u201cI ran out and saw flames on the roof.\u201d\n\nHousing Minister Tom Moss said in a statement that he was worried and that landlords need to keep tenants informed.\n\n\u201cThis is not acceptable.\u201d",
    quotes: [
      { text: "I ran out and saw flames on the roof.", speaker: "Ann Lee" },
      { text: "This is not acceptable.", speaker: "Tom Moss" },
    ],
  },
  // `Ann Still, a nurse, …` then `“…,” Still said`: a surname that is an adverb or a closed-class
  // word (`Still`, `Long`, `From`) is read as the page's person, not skipped as a word between a
  // subject and its verb, once the page writes it after a given name; `Will Bishop,` is a given
  // name before a title word that no name follows, as `Tom Bishop` is.
  {
    kind: "subject of the clause",
    text: "Ann Still, a nurse at the clinic, said the wait was long. The clinic director, Tom Reed, said more staff were coming.\n\n\u201cWe see the same patients every week,\u201d Still said.\n\nWill Bishop, from the Lakeview Rowing Club, says the season went well.\n\n\u201cWe trained hard all winter,\u201d Bishop said.",
    quotes: [
      { text: "We see the same patients every week,", speaker: "Ann Still" },
      { text: "We trained hard all winter,", speaker: "Will Bishop" },
    ],
  },
  // `“…,” saidAcme president Jane Roe`: a verb of saying glued to the capitalised word after it
  // by a lost space is read as two words, so the name after it is the speaker.
  {
    kind: "speaker named after the quote",
    text: "Acme closed the plant on Monday.\n\n\u201cIt is a hard day for all of us,\u201d saidAcme president Jane Roe.",
    quotes: [{ text: "It is a hard day for all of us,", speaker: "Jane Roe" }],
  },
  // `Dana Hollings owns Maplebrook Orchards and says …` then `“…,” he told reporters.`: a name in
  // the predicate with nothing to show a person (no given name, title or sex) is the subject's
  // shop or farm; the subject, a person by evidence, is who `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Growers across the valley are struggling with the dry summer.\n\nDana Hollings owns Maplebrook Orchards and says the apples are small this year.\n\n\u201cWe have never seen a season this dry,\u201d he told reporters.",
    quotes: [{ text: "We have never seen a season this dry,", speaker: "Dana Hollings" }],
  },
  // `Pharmacist warns of …` in a headline, then `“…,” he said.` before the article names anyone:
  // a role word capitalised at the head of a sentence is no name `he` stands for; the person the
  // next sentence opens on is.
  {
    kind: "pronoun resolved wrongly",
    text: "'Shelves half empty': Pharmacist warns of supply troubles in Truro\n\n\"We just don't know what will arrive from one week to the next,\" he said.\n\nKei Moto has run a small pharmacy on Prince Street for twelve years.",
    quotes: [
      { text: "Shelves half empty", speaker: "Pharmacist" },
      { text: "We just don't know what will arrive from one week to the next,", speaker: "Kei Moto" },
    ],
  },
  // `For Omar Pelletier, the co-owner of Pelletier Family Farms, …` then `Pelletier said`: the
  // surname after a given name is the person's, not the first word of a farm's name no given
  // name opens.
  {
    kind: "affiliation",
    text: "For Omar Pelletier, the co-owner of Pelletier Family Farms, the heat is the worst part.\n\n\u201cThe beans just stop growing,\u201d Pelletier said.",
    quotes: [{ text: "The beans just stop growing,", speaker: "Omar Pelletier" }],
  },
  // `the Court` after `the Supreme Court`: a body's word that is also a surname (`Court`, `Fox`),
  // alone, is the body its longer name gave when no person of that surname is in the cast.
  {
    kind: "organisation continuation",
    text: "The Supreme Court ruled on Friday that the law stands.\n\n\u201cThe statute is clear,\u201d the Court said in its ruling.",
    quotes: [{ text: "The statute is clear,", speaker: "Supreme Court" }],
  },
  // `Jordan Holiday`, then `Holiday said`: a holiday's last word (`Civic Holiday`) after a given
  // name, or alone, is a surname, not a date that names no one.
  {
    kind: "speaker named after the quote",
    text: "Jordan Holiday is the owner of the Lakeview Bakery.\n\n\u201cWe have never been busier,\u201d Holiday said.",
    quotes: [{ text: "We have never been busier,", speaker: "Jordan Holiday" }],
  },
  // `St. Paul Church`: a given name and a body's word that is also a surname (`Church`, `Court`)
  // after a word that is no speaker's noun (`St.`, unlike `Shopper Ann Church`) are a body's name,
  // whole, which `it` stands for.
  {
    kind: "organisation continuation",
    text: "The vigil is on Sunday.\n\n\u201cAll are welcome,\u201d St. Paul Church said in a statement.\n\n\u201cWe will light a candle for each of them,\u201d it said.",
    quotes: [
      { text: "All are welcome,", speaker: "St. Paul Church" },
      { text: "We will light a candle for each of them,", speaker: "St. Paul Church" },
    ],
  },
  // `HALIFAX, N.S. – This year's …`: a dateline read as afterDateline reads it (a province, an en
  // dash) before a time's possessive; the body after them is the sentence's subject all the same.
  {
    kind: "organisation continuation",
    text: "HALIFAX, N.S. \u2013 This year's Harbour Lights Festival has been cancelled because of the storm.\n\nOrganizers made the announcement online Monday.\n\n\u201cWe will be back next summer,\u201d read a message.",
    quotes: [{ text: "We will be back next summer,", speaker: "Harbour Lights Festival" }],
  },
  // Every agency a caption's photo label names (`(EPA Photo/The Canadian Press, Name)`, as `AP`)
  // closes the credit, whose photographer no later pronoun stands for.
  {
    kind: "furniture",
    text: "The company\u2019s tower stands in downtown Halifax on Monday. (EPA Photo/The Canadian Press, Piet Vandermolen)\n\nThe head of the carrier says the outage was unacceptable.\n\n\u201cWe let our customers down,\u201d he said.",
    quotes: [{ text: "We let our customers down,", speaker: null }],
  },
  // As above, two paragraphs up past one that names no one: Roe, who reports, goes on speaking,
  // not the unnamed neighbour inside her clause after `that`.
  {
    kind: "person named since the last speaker",
    text: "Resident Ann Lee posted about the fire on Monday. Lee wrote that she was outside when a neighbour shouted about the smoke.\n\nThe fire started in the kitchen of a home on Elm Street.\n\n\u201cI ran out and saw flames on the roof.\u201d",
    quotes: [{ text: "I ran out and saw flames on the roof.", speaker: "Ann Lee" }],
  },
  // `Grace May 5` is a given name before a date, not `May` written as a surname after one: a
  // later `May said` is no name (the modal or the month), as names17 read `Jane May 5`.
  {
    kind: "speaker named after the quote",
    text: "Organizers asked residents to mark the date. Voters will see Grace May 5 at the hall.\n\n\u201cWe are ready for the vote,\u201d May said.",
    quotes: [{ text: "We are ready for the vote,", speaker: null }],
  },
  // A report with no author after a spokesperson who spoke again by surname: the body she was
  // introduced as speaking for (`Acme Fire Service information officer Jane Roe`), not nobody.
  {
    kind: "organisation continuation",
    text: "Acme Fire Service information officer Jane Roe said the fire was out by noon.\n\nThe blaze destroyed two homes on Elm Street, Roe said.\n\n\u201cThe cause was electrical,\u201d the report said.",
    quotes: [{ text: "The cause was electrical,", speaker: "Acme Fire Service" }],
  },
  // A body's description after a writing the sentence opens on, past a plural possessor (`the
  // nurses’ association`): the body it describes issued the statement, never the verb's object.
  {
    kind: "organisation continuation",
    text: "The Acme Nurses\u2019 Association represents 6,000 nurses in the province.\n\nIn a statement, the nurses\u2019 association praised Ann Lee for her years of service.\n\n\u201cShe changed how we care for patients,\u201d the statement said.",
    quotes: [{ text: "She changed how we care for patients,", speaker: "Acme Nurses\u2019 Association" }],
  },
  // A click-to-tweet box's label (`Tweet This`) after a quotation left open: the box holds one whole
  // quotation, which ends before the label and does not run on into the next paragraph's.
  {
    kind: "boundaries",
    text: "Union president Ann Lee said staff had warned the board for a year.\n\n\u201cWe raised the alarm again and again and nobody listened. Tweet This\n\n\u201cOur members deserve a safe place to work,\u201d Lee said.",
    quotes: [
      { text: "We raised the alarm again and again and nobody listened.", speaker: "Ann Lee" },
      { text: "Our members deserve a safe place to work,", speaker: "Ann Lee" },
    ],
  },
  // A person's noun a name owns (`Roe’s lawyer`, `Baker’s press secretary`) is someone else than
  // the owner: the subject before a participle of saying is the description, not the owner.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe was acquitted on Friday.\n\nJane Roe\u2019s lawyer has responded to the verdict by saying the family is relieved but \u201cthis is no day for celebration.\u201d",
    quotes: [{ text: "this is no day for celebration.", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Tom Baker faced questions in the legislature on Tuesday.\n\nBaker\u2019s press secretary brushed off the questions, first saying the donor is \u201ca private citizen,\u201d then declining to comment.",
    quotes: [{ text: "a private citizen,", speaker: null }],
  },
  // After `according to`, the name set off after the owned person's noun is the source (`Roe’s
  // cousin, Ann Lee`), as after `said`; the owner never is.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe died in hospital in March.\n\nThe hearing on Monday was \u201ca painful day,\u201d according to Jane Roe\u2019s cousin, Ann Lee.",
    quotes: [{ text: "a painful day,", speaker: "Ann Lee" }],
  },
  // Words quoted inside a sentence whose subject is a name (a body, a person) are part of what
  // that name did; the speaker of the sentence before never said them.
  {
    kind: "partial quote in a reported clause",
    text: "The Acme Farmers Federation met with the minister on Monday.\n\n\u201cThe talks went well,\u201d federation president Jane Roe said.\n\nThe Acme Farmers Federation has created a new committee to manage the fund and invest it to \u201csupport farm families for years to come.\u201d",
    quotes: [
      { text: "The talks went well,", speaker: "Jane Roe" },
      { text: "support farm families for years to come.", speaker: "Acme Farmers Federation" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "\u201cWe are grateful for every volunteer,\u201d shelter director Tom Baker said.\n\nOn Tuesday, councillor Ann Lee thanked the volunteers for keeping the shelter\u2019s \u201cdoors open all winter.\u201d",
    quotes: [
      { text: "We are grateful for every volunteer,", speaker: "Tom Baker" },
      { text: "doors open all winter.", speaker: "Ann Lee" },
    ],
  },
  // A noun in -ly (`assembly`, `family`) is no adverb between a subject and its verb: read as
  // one, the subject reader stepped past it and kept only `the`, and the body spoke for no one.
  {
    kind: "subject of the clause",
    text: "The Tallwood Growers Assembly wrote to the council on Friday.\n\nIf the barges stay tied up, the assembly said the council should free them \u201cat once and at no cost.\u201d",
    quotes: [{ text: "at once and at no cost.", speaker: "Tallwood Growers Assembly" }],
  },
  // As above, `family` is the head of `the Roe family`: the family's words, not those of the
  // person of that surname the article is about.
  {
    kind: "subject of the clause",
    text: "Jane Roe, 34, died in the crash on Monday.\n\n\u201cShe was our light and our joy,\u201d the Roe family said in a statement.",
    quotes: [{ text: "She was our light and our joy,", speaker: "Roe family" }],
  },
  // A level of government names its government as a name would (`the federal government`, the
  // one body of the country), where `the government` alone names no one.
  {
    kind: "organisation continuation",
    text: "Women who served in the force faced harassment for decades.\n\n\u201cWe will do better,\u201d the federal government said in a news release.",
    quotes: [{ text: "We will do better,", speaker: "Federal government" }],
  },
  // A writing a description owns (`the company’s report`), with no body known by that noun yet:
  // the one body named before whose name marks it a company, not a company met for the first
  // time that names no one (and that `the company said` then found by its noun).
  {
    kind: "document for its issuer",
    text: "Acme Quarries Inc. plans a new gravel pit near the river.\n\nThe company\u2019s environmental report concluded the pit would have \u201cno lasting effect on the river or its fish.\u201d\n\n\u201cWe will protect the river,\u201d the company said.",
    quotes: [
      { text: "no lasting effect on the river or its fish.", speaker: "Acme Quarries Inc." },
      { text: "We will protect the river,", speaker: "Acme Quarries Inc." },
    ],
  },
  // As for `family` above: `a Roe ally said` is an ally's words, never Roe's, though only the
  // article and the name were left of the subject once `ally` was read as an adverb.
  {
    kind: "subject of the clause",
    text: "Premier Jane Roe toured the flooded towns on Monday.\n\n\u201cShe will win this fight easily,\u201d a Roe ally said.",
    quotes: [{ text: "She will win this fight easily,", speaker: null }],
  },
  // A writing the article names as if met already (`the post`), with no sentence introducing it,
  // after a paragraph that quotes no one: the writing just quoted under another noun (`a
  // message`), whose issuer speaks again, not no one.
  {
    kind: "organisation continuation",
    text: "This year's Oakvale Kite Festival is off after a week of high winds.\n\nOrganizers shared the news online Tuesday.\n\n\u201cWe hate this as much as you do,\u201d read a message.\n\nTicket buyers will get their money back.\n\n\u201cEvery helper who gave their time has our thanks,\u201d read the post.",
    quotes: [
      { text: "We hate this as much as you do,", speaker: "Oakvale Kite Festival" },
      { text: "Every helper who gave their time has our thanks,", speaker: "Oakvale Kite Festival" },
    ],
  },
  // A writing from `the city` is the local government the text named by kind and place, as
  // `the city said` is, though `Marion` reads as a given name and a sentence between names no
  // body as its subject.
  {
    kind: "organisation continuation",
    text: "The City of Marion has halted public hearings on its bus plan.\n\nThe dispute began after two town halls the city hosted last month.\n\n\u201cStaff were jeered and could not get a word in,\u201d a memo from the city reads.",
    quotes: [{ text: "Staff were jeered and could not get a word in,", speaker: "City of Marion" }],
  },
  // So too `a city memo`: the kind's word after the article qualifies the writing as a name would.
  {
    kind: "organisation continuation",
    text: "The city of Kingston is defending how it cleared the first big snowfall of the winter.\n\nThe city admits the storm was hard on its crews.\n\n\u201cMany faults only show up once the plows are out on the road,\u201d says a city memo to council.",
    quotes: [{ text: "Many faults only show up once the plows are out on the road,", speaker: "City of Kingston" }],
  },
  // `the city` never stands for a name that only holds the word (a plan, a hall): a plan does
  // not speak; the City of Kingston the text named does.
  {
    kind: "organisation continuation",
    text: "The City of Kingston has paused public meetings on its transit plan.\n\nResidents were asked to comment on the Kingston City Plan, which sets out growth for 30 years.\n\n\u201cWe will take the comments we have and go on,\u201d the city said.",
    quotes: [{ text: "We will take the comments we have and go on,", speaker: "City of Kingston" }],
  },
  // `the province` (or `the government`), paragraphs past the government the text named by its
  // place, with no body speaking between: that government, not no one.
  {
    kind: "organisation continuation",
    text: 'The Manitoba government has filed an appeal of a ruling on teachers\' pensions.\n\nTwo unions took the government to court last spring.\n\n"The ruling misreads both the evidence and the statute," the province wrote in its court filing.',
    quotes: [{ text: "The ruling misreads both the evidence and the statute,", speaker: "Manitoba government" }],
  },
  // Two governments named by place: `the province` may be either, so no one.
  {
    kind: "organisation continuation",
    text: 'The Manitoba government has filed an appeal of a ruling on teachers\' pensions.\n\nThe Ontario government is mulling an appeal of its own.\n\nTwo unions took the government to court last spring.\n\n"The ruling misreads both the evidence and the statute," the province wrote in its court filing.',
    quotes: [{ text: "The ruling misreads both the evidence and the statute,", speaker: null }],
  },
  // `Chief Jane Roe of the Assembly of … Chiefs said`: a body's name runs on through `of` after
  // `Assembly` (or `Agency`, `Service`, `Foundation`) as after `University`, and the person
  // before it speaks, never the body cut at `of`.
  {
    kind: "affiliation",
    text: "Dozens of people gathered on the vacant lot for the blessing of the land.\n\n\u201cThis is something our families have waited years for,\u201d Chief Jane Roe of the Assembly of Lakeshore Chiefs said.",
    quotes: [{ text: "This is something our families have waited years for,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "The ferry will not sail until the ice clears from the harbour.\n\n\u201cWe will not send a crew out in these conditions,\u201d Tom Baker of the Marine Safety Service of Canada said.",
    quotes: [{ text: "We will not send a crew out in these conditions,", speaker: "Tom Baker" }],
  },
  // A subhead between sections that credits its quotation in single marks (`'…': guide`, `Hall
  // '…,' councillor says`) echoes the body below it as a headline does: the body's speaker of
  // those words said them, though the subhead's credit is only a role.
  {
    kind: "speaker named after the quote",
    text: "Caribou herd count questioned at hearing\n\nWildlife officials defended their survey of the herd on Monday.\n\nThe government says the herd has fallen by half in three years.\n\nBiologists flew over the range twice last winter.\n\nThe board will rule on a hunting ban next month.\n\n'Nobody is counting the herd': guide\n\nNot everyone accepts the survey.\n\n\u201cI keep asking who counts them. Nobody is counting the herd,\u201d said Ann Lee, a hunting guide in the region.",
    quotes: [
      { text: "Nobody is counting the herd", speaker: "Ann Lee" },
      { text: "I keep asking who counts them. Nobody is counting the herd,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Council delays vote on youth centre funding\n\nCouncil met for six hours on Monday.\n\nThe centre asked for another year of funding.\n\nStaff said the centre serves 200 youth a week.\n\nA vote is now set for next month.\n\nHall 'open past midnight every night,' councillor says\n\nSome members raised concerns about the hours.\n\n\u201cI am told the hall is open past midnight every night and nobody checks,\u201d Coun. Tom Baker said.",
    quotes: [
      { text: "open past midnight every night,", speaker: "Tom Baker" },
      { text: "I am told the hall is open past midnight every night and nobody checks,", speaker: "Tom Baker" },
    ],
  },
  // A heading whose quotation names no speaker but one title outside it (`premier blasts …`,
  // `'…': River County mayor reacts`) quotes the person the lead introduces with that title.
  {
    kind: "description of a named person",
    text: "News\n\nLakeview premier blasts mill's 'lack of care' after the river spill\n\nSpeaking to reporters on Monday, Premier Ann Lee said the company had failed the town.\n\n\u201cWe expected far more from them,\u201d Lee said.",
    quotes: [
      { text: "lack of care", speaker: "Ann Lee" },
      { text: "We expected far more from them,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "description of a named person",
    text: "'A sad day for all of us': River County mayor reacts to plant closing\n\nThe Acme plant will close in June, the company said on Tuesday.\n\nMayor Tom Baker said the town would help the 300 workers find jobs.\n\n\u201cWe will not leave anyone behind,\u201d Baker said.",
    quotes: [
      { text: "A sad day for all of us", speaker: "Tom Baker" },
      { text: "We will not leave anyone behind,", speaker: "Tom Baker" },
    ],
  },
  // As above, but the lead introduces two people with the title: the heading's is neither for
  // sure, and a heading's quotation credited to no one, never quoted below, is left out.
  {
    kind: "description of a named person",
    text: "'A sad day for all of us': River County mayor reacts to plant closing\n\nThe Acme plant will close in June, the company said on Tuesday.\n\nMayor Tom Baker and former mayor Jane Roe met the workers.\n\n\u201cWe will not leave anyone behind,\u201d Baker said.",
    quotes: [{ text: "We will not leave anyone behind,", speaker: "Tom Baker" }],
  },
  // A possessor before a body's name (`Lakeview’s Water Safety Board (WSB)`) is left out of its
  // initials: the headline's acronym names the body spelt out below, not the letters alone.
  {
    kind: "organisation continuation",
    text: "Tap water 'safe to drink again' in Lakeview, says WSB\n\nOn Monday, Lakeview\u2019s Water Safety Board (WSB) lifted the boil-water advisory for the town.\n\nThe WSB said tests over three days found no bacteria.",
    quotes: [{ text: "safe to drink again", speaker: "Water Safety Board" }],
  },
  // A speaker's noun capitalised after a heading's colon (`Pharmacist warns`) is no one's name:
  // the quotation is the person the lead introduces with that noun (`Ann Lee, a pharmacist`).
  {
    kind: "description of a named person",
    text: "'Half our shelves are empty': Pharmacist warns of drug shortages\n\nA Lakeview pharmacist is warning residents that shortages could come without notice.\n\nAnn Lee, a pharmacist at the Main Street Pharmacy, says cold medicine is the hardest to find.\n\n\u201cWe order it every week and get half,\u201d Lee said.",
    quotes: [
      { text: "Half our shelves are empty", speaker: "Ann Lee" },
      { text: "We order it every week and get half,", speaker: "Ann Lee" },
    ],
  },
  // A heading's title after its verb is the verb's object (`Teachers tell premier …`), not the
  // one quoted: the premier the lead introduces said none of it.
  {
    kind: "description of a named person",
    text: "News\n\nTeachers tell premier wage freeze 'will drive us out' of province\n\nPremier Jane Roe announced a two-year wage freeze on Monday.\n\n\u201cWe expect the talks to go on,\u201d Roe said.",
    quotes: [
      { text: "will drive us out", speaker: null },
      { text: "We expect the talks to go on,", speaker: "Jane Roe" },
    ],
  },
  // A family met first by a description (`a Ukrainian family`), then by its surname (`the Roe
  // family`): the surname names the family, so the speaker is `Roe family`, not the description.
  {
    kind: "description of a named person",
    text: "Neighbours waved flags as a Ukrainian family stepped off the bus in Lakeview.\n\n\u201cWe feel at home already,\u201d the Kovalenko family told reporters on Friday.",
    quotes: [{ text: "We feel at home already,", speaker: "Kovalenko family" }],
  },
  // A name ending a description (`consultancy Acme Solutions`) before a `which` clause is that
  // clause's antecedent, inside the appositive: the person set off before it is the subject.
  {
    kind: "affiliation",
    text: "Tom Baker, a partner at consultancy Lakeview Strategic Partners, which advises the band, said the board had become \u201ca captive of the companies it watches.\u201d",
    quotes: [{ text: "a captive of the companies it watches.", speaker: "Tom Baker" }],
  },
  // A date (`from Aug. 4`) or a place after the link of a writing that opens the sentence says
  // when or where it is from, never who wrote it.
  {
    kind: "document for its issuer",
    text: "In a crop report from Aug. 4, the farm ministry says that \u201cmost fields east of the river have had no rain since June.\u201d",
    quotes: [{ text: "most fields east of the river have had no rain since June.", speaker: null }],
  },
  // A quotation inside the subordinate clause that opens its sentence (`While X describes … as`)
  // is that clause's verb's; the main clause after it (`Y called …`) speaks other words, and a
  // bare quotation in the next paragraph goes on with Y, who took the floor.
  {
    kind: "partial quote in a reported clause",
    text: "While Acme Potash describes the shutdown as \u201ca short pause for the season,\u201d union representative Tom Baker called the layoffs a blow to the town.\n\n\u201cNobody has been told when to come back, so who can say how short it is.\u201d",
    quotes: [
      { text: "a short pause for the season,", speaker: "Acme Potash" },
      { text: "Nobody has been told when to come back, so who can say how short it is.", speaker: "Tom Baker" },
    ],
  },
  // The name after a verb of saying in a heading is the one asked (`Green leader asks Roe …`): the
  // words before the verb describe the asker, never her, so the heading's role is the asker's.
  {
    kind: "description of a named person",
    text: "Transit vote: Green leader asks Roe 'to stop the delays'\n\nMayor Jane Roe put off a vote on the new line on Monday, and Green Party leader Tom Baker is asking her to move faster.\n\n\u201cThe city has waited long enough,\u201d Baker said on Tuesday.\n\nThe Green leader later said the plan is \u201cready to build.\u201d",
    quotes: [
      { text: "to stop the delays", speaker: "Tom Baker" },
      { text: "The city has waited long enough,", speaker: "Tom Baker" },
      { text: "ready to build.", speaker: "Tom Baker" },
    ],
  },
  // A question quoted and credited to its asker (`“Why …?” Roe asked Minister Tom Baker`): the bare
  // quotation after it goes on with her turn; the minister's answer would be credited by name.
  {
    kind: "person named since the last speaker",
    text: "Question period grew heated on Wednesday.\n\n\u201cWhy are you letting rents climb every month?\u201d Jane Roe asked Housing Minister Tom Baker in the legislature.\n\n\u201cFamilies in my riding are choosing between rent and food.\u201d\n\nBaker said the province is building more homes.",
    quotes: [
      { text: "Why are you letting rents climb every month?", speaker: "Jane Roe" },
      { text: "Families in my riding are choosing between rent and food.", speaker: "Jane Roe" },
    ],
  },
  // `Minister of Long-Term Care Ann Roe`: the portfolio's last word is on the long lists of given
  // names only as a guess (`Care`); her name opens at `Ann`, whose gender lets `she` find her.
  {
    kind: "pronoun resolved wrongly",
    text: "The province released its report on Monday.\n\nMinister of Long-Term Care Ann Roe spoke to reporters after it came out.\n\n\u201cWe were not ready for this,\u201d she said.",
    quotes: [{ text: "We were not ready for this,", speaker: "Ann Roe" }],
  },
  // A quotation in the `that` clause of a possessed noun of saying (`Mayor Jane Roe’s comments that
  // … “…,”`) is the possessor's words; the verb after it belongs to the main clause's subject.
  {
    kind: "subject of the clause",
    text: "The council met on Monday.\n\nIn the wake of Mayor Jane Roe\u2019s comments that a new tax would be \u201cthe last resort,\u201d Coun. Tom Baker is asking her to rule it out.\n\n\u201cWe cannot keep raising fees,\u201d Baker said.",
    quotes: [
      { text: "the last resort,", speaker: "Jane Roe" },
      { text: "We cannot keep raising fees,", speaker: "Tom Baker" },
    ],
  },
  // A government named by its place (`The Ontario government`) stands only for the bare noun
  // (`the government`, `the province`): a level of government (`the federal government`) is its own.
  {
    kind: "organisation continuation",
    text: "The Ontario government has filed an appeal of the ruling.\n\nThe appeal will be heard in May.\n\n\u201cWe are reviewing the decision,\u201d the federal government said.",
    quotes: [{ text: "We are reviewing the decision,", speaker: "Federal government" }],
  },
  // A civic body's possessive (`the town’s notice`) is the local government the text named by
  // its kind and place (`The town of Cobourg`), as `the town said` is.
  {
    kind: "document for its issuer",
    text: "The town of Cobourg will close the main beach on Friday.\n\n\u201cThe water is unsafe for swimming,\u201d the town\u2019s notice said.",
    quotes: [{ text: "The water is unsafe for swimming,", speaker: "Town of Cobourg" }],
  },
  // A platform never writes a post: `said in a Facebook post` then `the post reads` is the subject's
  // post, the town's, not Facebook's.
  {
    kind: "document for its issuer",
    text: "The boil-water advisory for Elm Flats has ended, the Town of Smallville said in a Facebook post late Tuesday.\n\n\u201cTap water is safe to drink again. Crews will flush the mains across town this week,\u201d the post reads.",
    quotes: [
      { text: "Tap water is safe to drink again. Crews will flush the mains across town this week,", speaker: "Town of Smallville" },
    ],
  },
  // A public body's warning goes by more than one name (`issued a notice` then `the alert reads`),
  // and its issuer is the named subject, not the region set off after it (`Alta.`).
  {
    kind: "document for its issuer",
    text: "The Town of Tallwood, Alta., issued a notice Thursday telling residents to pack a bag.\n\n\u201cThis is a precaution for the moment,\u201d the alert reads.",
    quotes: [{ text: "This is a precaution for the moment,", speaker: "Town of Tallwood" }],
  },
  // A name after the preposition a clause opens with (`On Twitter,`, `In Halifax,`) says where or
  // how; the subject is the name set off after the description of its organisation.
  {
    kind: "subject of the clause",
    text: "Shelters in the city were full again this week.\n\nOn Twitter, the chair of the Harbourfront Merchants Group, Jane Roe, wrote \u201cthe situation downtown is frankly dire.\u201d",
    quotes: [{ text: "the situation downtown is frankly dire.", speaker: "Jane Roe" }],
  },
  // `the town’s website` is the local government's that the text named by kind and place, even
  // after an unnamed `The town issued …`, as `the town said` would be.
  {
    kind: "document for its issuer",
    text: "Flames reached the edge of the town of Pinecrest on Sunday.\n\nThe town issued an evacuation order in the evening, and residents fled to the beach.\n\n\u201cPlease move to the beach parking lots now,\u201d the town\u2019s website read.",
    quotes: [{ text: "Please move to the beach parking lots now,", speaker: "Town of Pinecrest" }],
  },
  // `X posted on its website that …` introduces the post: `the post reads` is X's, not the last
  // person quoted.
  {
    kind: "document for its issuer",
    text: "\u201cWe are staying put,\u201d said union president Tom Baker.\n\nOn Saturday, the Riverton Shippers Association posted on its website that bargaining had stopped for the weekend.\n\n\u201cOur team will be back at the table on Monday, once both sides have had time to think,\u201d the post reads.",
    quotes: [
      { text: "We are staying put,", speaker: "Tom Baker" },
      {
        text: "Our team will be back at the table on Monday, once both sides have had time to think,",
        speaker: "Riverton Shippers Association",
      },
    ],
  },
  // `organizers` with no name of their own speak for the event the text named after `organizers
  // of` (a name before or after the event's noun), not for no one.
  {
    kind: "organisation continuation",
    text: "Organizers of the popular Maplefest music festival say the event is off this summer.\n\nIt was set for July in Smallville.\n\n\u201cWe tried everything to make the show go on this year,\u201d organizers said on Instagram.",
    quotes: [{ text: "We tried everything to make the show go on this year,", speaker: "Maplefest" }],
  },
  // Where an unnamed person is from and what they are (`A New Brunswick man`, a place of two
  // words before a person's noun) is a description, not a name: the pronoun read back to it
  // gives no speaker, never one called `New Brunswick man`.
  {
    kind: "unnamed person",
    text: "New Brunswick man takes town to tribunal over sewer backups\n\nA New Brunswick man has gone to a tribunal over the town's handling of sewer backups.\n\nA New Brunswick man has gone to a tribunal after his basement filled with water three times in one year.\n\nThe man says the town never answered him.\n\n\u201cI phoned each week and no one showed up,\u201d he said.",
    quotes: [{ text: "I phoned each week and no one showed up,", speaker: null }],
  },
  // So too people counted and placed (`Two Regina city councillors`): no name among them.
  {
    kind: "unnamed person",
    text: "Two Regina city councillors are asking for a review of the snow-clearing budget.\n\n\u201cThe streets were left for days,\u201d they said in a joint statement.",
    quotes: [{ text: "The streets were left for days,", speaker: null }],
  },
  // A date's abbreviation read as a name (`from Sept. 3, the … ministry says that`) names no
  // speaker: a month is never who spoke.
  {
    kind: "unnamed person",
    text: "Dry summer hits crops\n\nIn a crop report from Sept. 3, the province\u2019s agriculture ministry says that \u201cmost fields east of the river have had less than half their usual rain.\u201d",
    quotes: [{ text: "most fields east of the river have had less than half their usual rain.", speaker: null }],
  },
  // A minister's portfolio of names joined by `and` (`Minister of Families and Children`) is
  // the object of `of`, not a speaker called `Children`: the office's holder said it.
  {
    kind: "description of a named person",
    text: "Cabinet shuffle\n\nJane Roe took over the families file last spring.\n\nThe Minister of Families and Children says the new benefit is \u201clong overdue\u201d for parents.",
    quotes: [{ text: "long overdue", speaker: "Jane Roe" }],
  },
  // An office after a place's possessive (`Ontario’s Minister of Health says`) describes its
  // holder: its portfolio (`Health`) is no one's name. No holder named: no speaker.
  {
    kind: "description of a named person",
    text: "Jane Roe was named to cabinet last year.\n\nOntario\u2019s Minister of Health says her government is still \u201crunning numbers\u201d on the cap.",
    quotes: [{ text: "running numbers", speaker: null }],
  },
  // A heading's title and its holder's introduction may spell the role two ways (`councilor`,
  // `Coun.`; `chair`, `chairman`): one role, whose holder the lead introduces.
  {
    kind: "description of a named person",
    text: "News\n\nLakeview councilor slams 'years of neglect' at city rink\n\nSpeaking after Monday's meeting, Coun. Tom Baker said the city had put off the work for a decade.\n\n\u201cWe patch it every spring,\u201d Baker said.",
    quotes: [
      { text: "years of neglect", speaker: "Tom Baker" },
      { text: "We patch it every spring,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "description of a named person",
    text: "News\n\nBoard chair blasts province's 'lack of funding' for schools\n\nSpeaking on Monday, board chairman Tom Baker said the province had cut the budget twice.\n\n\u201cWe patch it every spring,\u201d Baker said.",
    quotes: [
      { text: "lack of funding", speaker: "Tom Baker" },
      { text: "We patch it every spring,", speaker: "Tom Baker" },
    ],
  },
  // A heading's title is no one's the lead names past a sentence's stop (`… to the premier. Jane
  // Roe, who …`), nor a surname's word (`Mayor Tom Farmer` under `farmer blasts …`); credited to
  // no one and never quoted below, the heading's words are left out (uncredited-headings.ts).
  {
    kind: "description of a named person",
    text: "News\n\nLakeview premier blasts mill's 'lack of care' after the river spill\n\nResidents wrote an open letter to the premier. Jane Roe, who lives by the river, said the water smells.\n\n\u201cNobody came to see us,\u201d Roe said.",
    quotes: [{ text: "Nobody came to see us,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "News\n\nLakeview farmer blasts mill's 'lack of care' after the river spill\n\nMayor Tom Farmer said on Monday the mill should have warned the town.\n\n\u201cNobody came to see us,\u201d Farmer said.",
    quotes: [{ text: "Nobody came to see us,", speaker: "Tom Farmer" }],
  },
  // A given name alone that the text gives to two people (`Frank Roe`, `Frank Doe`) tells
  // neither apart: `her brother Frank` is no one named in full before him.
  {
    kind: "pronoun resolved wrongly",
    text: "A jury found Frank Roe guilty of arson on Friday.\n\nThe family of the victim sat in the front row, among them Mary's brother Frank who said he prays the family can now heal.\n\n\u201cShe lit up every room she walked into,\u201d he said.\n\nFrank Doe, the brother of Mary Doe, spoke to reporters after the verdict.",
    quotes: [{ text: "She lit up every room she walked into,", speaker: "Frank" }],
  },
  // `COVID-19`: a word that a number ends after a hyphen names a disease, no one; a paragraph of
  // case counts that names it names no one, and the bare quotation after goes on from the speaker before.
  {
    kind: "person named since the last speaker",
    text: "Dr. Jane Roe, the chief health officer, announced new rules on Friday.\n\n\u201cWe need to act now,\u201d Roe said.\n\nThe rules come as the region recorded 410 new COVID-19 cases on Friday.\n\n\u201cWe had little choice but to tighten them again.\u201d",
    quotes: [
      { text: "We need to act now,", speaker: "Jane Roe" },
      { text: "We had little choice but to tighten them again.", speaker: "Jane Roe" },
    ],
  },
  // `Read more: Police say …` between two quotations of one speaker: the page's link to another
  // story, whose speech is no one's in this one; the bare quotation after it goes on from the speaker above.
  {
    kind: "furniture",
    text: "\u201cWe think one group placed all of these calls,\u201d Cst. Jane Roe told reporters in an email.\n\nRead more: Police say Millbrook woman loses $4K to fake lottery win\n\n\u201cThe callers tell people not to mention the call to anyone.\u201d",
    quotes: [
      { text: "We think one group placed all of these calls,", speaker: "Jane Roe" },
      { text: "The callers tell people not to mention the call to anyone.", speaker: "Jane Roe" },
    ],
  },
  // `“…,” Roe, who was traded by the Jets to the Flames said`: a relative clause after the name
  // whose closing comma is missing; the name, opening the clause, speaks, not a name inside it.
  {
    kind: "subject of the clause",
    text: "\u201cI know they are upset but he is only giving his honest view,\u201d Vrbel, who was traded by the Jets to the Canucks said.",
    quotes: [{ text: "I know they are upset but he is only giving his honest view,", speaker: "Vrbel" }],
  },
  // Ranks chained by a hyphen or a slash (`Det.-Insp.`, `S/Sgt.`) are one abbreviated title:
  // their stop ends no sentence and they open the name rather than close a body's.
  {
    kind: "title inside the attribution",
    text: "Police closed the highway on Friday.\n\n\u201cThe trucks were carrying stolen parts,\u201d said OPP Det.-Insp. Mara Quill.\n\n\u201cWe found the driver within an hour,\u201d said S/Sgt. Owen Pike.",
    quotes: [
      { text: "The trucks were carrying stolen parts,", speaker: "Mara Quill" },
      { text: "We found the driver within an hour,", speaker: "Owen Pike" },
    ],
  },
  // Abbreviated ranks in a row (`Dir. Supt.`, `Asst. Commr.`): each stop is the rank's, not a name's end.
  {
    kind: "title inside the attribution",
    text: "The unit made six arrests on Friday.\n\n\u201cThe network reached every town in the region,\u201d said Lakeview Dir. Supt. Ada Brisk.\n\n\u201cMore arrests will follow,\u201d said Asst. Commr. Leo Vance.",
    quotes: [
      { text: "The network reached every town in the region,", speaker: "Ada Brisk" },
      { text: "More arrests will follow,", speaker: "Leo Vance" },
    ],
  },
  // A pull quote's credit line after a dash may describe its signer in lower-case words before
  // the name, as after an inverted verb: the name is the run that closes the line.
  {
    kind: "speaker named after the quote",
    text: "Police searched homes in three towns on Friday.\n\n'We will take the ring apart piece by piece.' \u2014Lakeview provincial police Insp. Noor Hale\n\nOfficers seized cash and phones.",
    quotes: [{ text: "We will take the ring apart piece by piece.", speaker: "Noor Hale" }],
  },
  // A place's name before a writing names no author (qualifierOf), and issuerOf does not ask
  // the name again without that check: `the Ontario report said` is no one's.
  {
    kind: "document for its issuer",
    text: "The province released its review of long-term care on Monday.\n\n\u201cStaffing levels were too low,\u201d the Ontario report said.",
    quotes: [{ text: "Staffing levels were too low,", speaker: null }],
  },
  // A place after a writing's link says where it is from, for every reader of the name after
  // the link (nameAfterAuthorLink), not only a sentence that opens on the writing.
  {
    kind: "document for its issuer",
    text: "A report from Toronto said the agency missed its targets.\n\n\u201cWe fell short this year,\u201d it said.",
    quotes: [{ text: "We fell short this year,", speaker: null }],
  },
  // `Minister of Long-Term Care said`: a portfolio's word on the long lists of given names only as
  // a guess (`Care`), closing the office's run, is no person's name.
  {
    kind: "title inside the attribution",
    text: "The province released its report on Monday.\n\n\u201cWe will act now,\u201d Ontario\u2019s Minister of Long-Term Care said.\n\n\u201cWe were not ready,\u201d the Minister of Seniors and Long-Term Care said.",
    quotes: [
      { text: "We will act now,", speaker: null },
      { text: "We were not ready,", speaker: null },
    ],
  },
  // `Mass. said`: a state's abbreviation stands for its government as `Calif.` and `Alberta` do;
  // only a month's (`Aug.`) is a date, no speaker.
  {
    kind: "document for its issuer",
    text: "The two states sued the company on Monday.\n\n\u201cThe company knew,\u201d Mass. said in its filing.\n\n\u201cIt hid the tests,\u201d Calif. said in its own.",
    quotes: [
      { text: "The company knew,", speaker: "Mass." },
      { text: "It hid the tests,", speaker: "Calif." },
    ],
  },
  // A body's acronym keeps all the letters of a place's dotted initials in its name: `the BCWS`
  // stands for the `B.C. Wildfire Service` spelt out above (initials B-C-W-S, not B-W-S), bracketed
  // or not, and the body speaks by its full name.
  {
    kind: "organisation continuation",
    text: "Crews from the N.B. Forest Fire Service (NBFFS) were sent north on Monday.\n\n\u201cThe fire is now held,\u201d the NBFFS said.",
    quotes: [{ text: "The fire is now held,", speaker: "N.B. Forest Fire Service" }],
  },
  {
    kind: "organisation continuation",
    text: "The dock workers' employer, the P.E.I. Harbour Employers Association, left the talks on Friday.\n\nOn Sunday the PEIHEA posted an update. \u201cWe will return to the table tomorrow,\u201d the post read.",
    quotes: [{ text: "We will return to the table tomorrow,", speaker: "P.E.I. Harbour Employers Association" }],
  },
  // A practice, a shop or a farm named by its last word (`Medicine`, `Dental`) is a business, not
  // the person its first words might name, so its notice speaks for it.
  {
    kind: "document for its issuer",
    text: "In a sign taped to the front door, Dunmore Family Medicine said its walk-in hours will end this month.\n\n\u201cWe are grateful to our patients for many years of trust,\u201d the statement read.",
    quotes: [{ text: "We are grateful to our patients for many years of trust,", speaker: "Dunmore Family Medicine" }],
  },
  {
    kind: "document for its issuer",
    text: "In an email to patients, Grace Lee Dental said it would shut its west-end office in June.\n\n\u201cEvery file will move to our downtown office,\u201d the statement read.",
    quotes: [{ text: "Every file will move to our downtown office,", speaker: "Grace Lee Dental" }],
  },
  // After an inverted verb, a body's name runs on through `for` as through `of` to the role and
  // the person it describes (`said Parents for Safe Streets organizer …`): the person speaks.
  {
    kind: "title inside the attribution",
    text: "\u201cThe crossing is a danger to every child,\u201d said Parents for Safe Streets organizer Dana Whitfield. \u201cWe asked for lights a year ago.\u201d",
    quotes: [
      { text: "The crossing is a danger to every child,", speaker: "Dana Whitfield" },
      { text: "We asked for lights a year ago.", speaker: "Dana Whitfield" },
    ],
  },
  // A body's name through `of` before a noun it qualifies (`the … Workers of Ontario union`, `the
  // Court of Appeal panel`) is read whole, never cut at `of` to the place and the noun.
  {
    kind: "subject of the clause",
    text: "The Brewery and Distillery Workers of Ontario union says the closure is \u201ca hard blow for the valley.\u201d",
    quotes: [{ text: "a hard blow for the valley.", speaker: "Brewery and Distillery Workers of Ontario union" }],
  },
  // A day's name dates a writing and names no one: `a notice posted Thursday evening` is not a
  // speaker called `Notice posted Thursday evening`; with no issuer found, no speaker.
  {
    kind: "document for its issuer",
    text: "Hikers were turned back at the trailhead all weekend.\n\nA notice posted Thursday evening says the trail is \u201cclosed until the bridge is rebuilt.\u201d",
    quotes: [{ text: "closed until the bridge is rebuilt.", speaker: null }],
  },
  // A heading's role linked to a body whose name runs on through `for` (`organizer for Parents for
  // Safe Streets`) is that body's organizer, named below; never the tail of the name (`Safe Streets`).
  {
    kind: "description of a named person",
    text: "News\n\n'We asked for lights a year ago,' says organizer for Parents for Safe Streets\n\nThe group wants signals at the school crossing.\n\n\u201cThe crossing is a danger to every child,\u201d said Parents for Safe Streets organizer Dana Whitfield.",
    quotes: [
      { text: "We asked for lights a year ago,", speaker: "Dana Whitfield" },
      { text: "The crossing is a danger to every child,", speaker: "Dana Whitfield" },
    ],
  },
  // A qualifier before a chain of abbreviated ranks (`Acting S/Sgt.`) is a title's, as before a
  // title of the list: both are cut off, and the speaker is the surname alone.
  {
    kind: "title inside the attribution",
    text: "\u201cWe found the car near the river,\u201d said Acting S/Sgt. Whitfield.",
    quotes: [{ text: "We found the car near the river,", speaker: "Whitfield" }],
  },
  // A month's abbreviation that is also a given name (`Jan`, `Mar`, `Jun`) is a date's word only
  // with its stop (`Jan. 5`): a speaker called `Jan` is named, not refused as a date.
  {
    kind: "speaker named after the quote",
    text: "The river rose three metres overnight and took the lower road with it.\n\n\u201cWe lost everything,\u201d said Jan, who has lived on the flats for 40 years.",
    quotes: [{ text: "We lost everything,", speaker: "Jan" }],
  },
  // A credit line in the paragraph below a quotation (`— Quebec provincial police Insp. Jane Roe`)
  // names its signer last, as one after the quotation does: never the place that opens it.
  {
    kind: "speaker named after the quote",
    text: "Officers searched the area through the night.\n\n\u201cWe are asking anyone who saw the vehicle to call us.\u201d\n\n\u2014 Quebec provincial police Insp. Jane Roe",
    quotes: [{ text: "We are asking anyone who saw the vehicle to call us.", speaker: "Jane Roe" }],
  },
  // `a statement from the city councillor`: a person's description that opens on `the city`
  // names no city government, though the text named the city of Brandon before.
  {
    kind: "document for its issuer",
    text: "The city of Brandon closed the pool. A statement from the city councillor says the closure is \u201ca mistake we can still fix.\u201d",
    quotes: [{ text: "a mistake we can still fix.", speaker: null }],
  },
  // A bare role set off after the name that opens the clause (`, chief operating officer of the
  // hospital,`, no article) is the name's appositive, as one with an article is: the participle
  // after the main verb (`spoke …, saying`) is the name's, and so is the `he` that follows.
  {
    kind: "subject of the clause",
    text: "Dr. Tom Baker, chief operating officer of the Lakeview hospital, spoke during a news conference, saying the man arrived shortly after midnight.\n\n\u201cWithin the hour his condition worsened,\u201d he said.",
    quotes: [{ text: "Within the hour his condition worsened,", speaker: "Tom Baker" }],
  },
  // A description of a thing (`This week there were reports`, read as a subject that reports) is
  // no holder of an office: `the premier` stands for the person named before it, not for that.
  {
    kind: "description of a named person",
    text: 'Luc Brenvo said his caucus still pulls in one direction.\n\nThis week there were reports that two ministers no longer speak.\n\n"We work just fine together," the premier said at the caucus retreat.',
    quotes: [{ text: "We work just fine together,", speaker: "Luc Brenvo" }],
  },
  // A sex guessed from a given name the long lists hold (`Tomi`, guessed a woman) yields to the
  // text's own pronoun for the person (`Sato says he`), as an honorific does: `he` is Sato.
  {
    kind: "pronoun resolved wrongly",
    text: "Tomi Sato runs the only pharmacy in the village. Sato says he has never seen shortages like these.\n\n\u201cWe phone the distributor every morning,\u201d he said.",
    quotes: [{ text: "We phone the distributor every morning,", speaker: "Tomi Sato" }],
  },
  // A description qualified by a proper name (`the Dominican skipper`) with no one named as a
  // subject in reach stands for the person who spoke last there, through `he`, only when the text
  // gave them the role (`Tallwood Owls manager Tom Baker`, below): a role noun never given them, no
  // office, may as well be a new person's (`the Dominican rookie`), so no one is told.
  {
    kind: "description of a named person",
    text: "On Thursday, Tom Baker greeted his new roster at the ballpark on day one of camp.\n\n\u201cIt finally feels like baseball,\u201d he said.\n\n\u201cWe will find out who is sharp,\u201d the Dominican skipper said.",
    quotes: [
      { text: "It finally feels like baseball,", speaker: "Tom Baker" },
      { text: "We will find out who is sharp,", speaker: null },
    ],
  },
  // The words before a description's noun are determiners, adjectives and nouns: a pronoun, a
  // wh-word or a preposition before them ends the phrase (`It’s what Lakeview police call`
  // names `Lakeview police`, never `It’s what Lakeview police`).
  {
    kind: "organisation continuation",
    text: "In one year, 40 people died violent deaths in Lakeview.\n\nIt\u2019s what Lakeview police call \u201ca very busy year.\u201d",
    quotes: [{ text: "a very busy year.", speaker: "Lakeview police" }],
  },
  // A caption run into its credit by a lost space (`lawyer Jane Roe.Mary Major`): the full stop
  // between a lower-case letter and a capitalised word ends the name; the next is no part of it.
  {
    kind: "speaker named after the quote",
    text: "Skip to main content\n\nOn phone scams, \u2018Often the clerks spot it at the counter,\u2019 says Acme lawyer Jane Roe.Mary Major\n\nThe story continues below.",
    quotes: [{ text: "Often the clerks spot it at the counter,", speaker: "Jane Roe" }],
  },
  // `Pharmacist Sam Lee of Lawlor Drugs in Red Deer said`: the place says where the shop is, and
  // the person before the shop's link speaks, as without the place; his later `he said` is his.
  {
    kind: "affiliation",
    text: "Pharmacist Sam Lee of Lawlor Drugs in Red Deer said the main challenge is a shortage of two antibiotics.\n\n\u201cThe children\u2019s formulations are on backorder,\u201d he said.",
    quotes: [{ text: "The children\u2019s formulations are on backorder,", speaker: "Sam Lee" }],
  },
  // The same after the quotation, with a body's name holding `and` (`Society for Reading Help
  // and Tutoring in Calgary told`): the titled person speaks, never the name's tail.
  {
    kind: "affiliation",
    text: "Waitlists for reading tutors keep getting longer.\n\n\u201cOther provinces once envied us,\u201d Dr. Kim Wade of the Society for Reading Help and Tutoring in Calgary told reporters.",
    quotes: [{ text: "Other provinces once envied us,", speaker: "Kim Wade" }],
  },
  // `talking with the Liberal MLAs and the three Labour Party MLAs but said`: a conjunction
  // before the verb joins verb phrases; it ends no description, and the clause's subject speaks.
  {
    kind: "subject of the clause",
    text: "Dana Roe would not rule out talking with the 30 Liberal MLAs and the three Labour Party MLAs but said her team will sit down with anyone who \u201cwants the town to thrive.\u201d",
    quotes: [{ text: "wants the town to thrive.", speaker: "Dana Roe" }],
  },
  // `according to the Ministry of the Harbour Master's website`: the ministry speaks for its
  // website, and its name holds no possessive (never `Ministry of the Harbour Master's`).
  {
    kind: "document for its issuer",
    text: "The notice goes to every ferry operator to \u201ckeep the docks clear,\u201d according to the Ministry of the Harbour Master's website.",
    quotes: [{ text: "keep the docks clear,", speaker: "Ministry of the Harbour Master" }],
  },
  // `the city` with no city government named by kind and place (`the City of Kamloops`) is no
  // one's: a town named by its name alone may be one named in passing, a state, a region or a
  // former city (see the last texts of this list). With two towns named, which one it is the text
  // does not say either.
  {
    kind: "organisation continuation",
    text: "Heat is expected to settle over Kamloops, B.C., from Thursday to Sunday.\n\nCooling centres will open at noon.\n\n\u201cExtreme heat can harm anyone who cannot keep cool,\u201d the city said.",
    quotes: [{ text: "Extreme heat can harm anyone who cannot keep cool,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Crews from Kamloops and Nanaimo cleared the roads overnight.\n\n\u201cThe roads are open again,\u201d the city said.",
    quotes: [{ text: "The roads are open again,", speaker: null }],
  },
  // `the province` with no government named by place and `government` (`the Ontario government`):
  // the one province the text named by its name alone, acting (`Ontario has appealed`), is the one
  // whose government speaks. With two provinces named, which one it is the text does not say.
  {
    kind: "organisation continuation",
    text: "Ontario has appealed a ruling that threw out parts of its fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing.",
    quotes: [{ text: "The judge misread the evidence,", speaker: "Ontario government" }],
  },
  {
    kind: "organisation continuation",
    text: "Ontario and Quebec have appealed rulings that threw out parts of their fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing.",
    quotes: [{ text: "The judge misread the evidence,", speaker: null }],
  },
  // An unsigned writing (`according to a release`) after a sentence whose subject is a body's class
  // noun alone (`Police responded …`) is that body's, resolved as the noun is (the force the text
  // named by its place). A noun with a modifier (`The provincial government`) names no body the
  // text named, and its release stays no one's.
  {
    kind: "document for its issuer",
    text: "Saskatoon police charged a man with robbery on Sunday.\n\nPolice responded to a call on Main Street shortly after 6 a.m.\n\n\u201cOfficers found a man with serious injuries,\u201d according to a release.",
    quotes: [{ text: "Officers found a man with serious injuries,", speaker: "Saskatoon police" }],
  },
  {
    kind: "document for its issuer",
    text: "The provincial government hired buses for the evacuees.\n\nThe buses will pull in by dusk, a news release said.\n\n\u201cStaff will meet each bus with food and blankets,\u201d the release said.",
    quotes: [{ text: "Staff will meet each bus with food and blankets,", speaker: null }],
  },
  // A prize's jury speaks for the prize, as Canadian news's gold names it: `the jury’s citation`
  // (a writing of its issuer's) and `the jury said` after the one prize the text named. A trial's
  // jury, with no prize named, stays no one's.
  {
    kind: "document for its issuer",
    text: "Jane Roe won the Acme Fiction Prize on Tuesday for her third novel.\n\n\u201cRoe writes grief with a light hand,\u201d read the jury\u2019s citation.\n\n\u201cIt is a book to keep,\u201d the jury said.",
    quotes: [
      { text: "Roe writes grief with a light hand,", speaker: "Acme Fiction Prize jury" },
      { text: "It is a book to keep,", speaker: "Acme Fiction Prize jury" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "The jury heard from the detective on Tuesday.\n\n\u201cWe find the accused not guilty,\u201d the jury said.",
    quotes: [{ text: "We find the accused not guilty,", speaker: null }],
  },
  // `the Crown` speaks through the one lawyer the text introduced as the Crown's (`Crown
  // prosecutor Jane Roe`), as Canadian news's gold names them; with two such, the Crown itself.
  {
    kind: "organisation continuation",
    text: "Crown prosecutor Jane Roe asked for the maximum fine on Tuesday.\n\n\u201cThe company took a risk with its workers,\u201d the Crown argued.",
    quotes: [{ text: "The company took a risk with its workers,", speaker: "Jane Roe" }],
  },
  {
    kind: "organisation continuation",
    text: "Crown prosecutor Jane Roe asked for the maximum fine. Crown attorney Tom Baker agreed.\n\n\u201cThe company took a risk with its workers,\u201d the Crown argued.",
    quotes: [{ text: "The company took a risk with its workers,", speaker: "Crown" }],
  },
  // A video's caption, its running time after its last stop (`… through the town. 2:32`), sits
  // between two paragraphs of prose: the reporter it names is no antecedent of the next `he said`,
  // which goes on with the last person the story quoted.
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cWe are ready for the first residents,\u201d said John Doe, the town's emergency director.\n\nTour the burned streets with Tom Baker as he walks past the school. 3:14\n\nResidents will need a pass to enter the upper town.\n\n\u201cThe water is not safe to drink yet,\u201d he said.",
    quotes: [
      { text: "We are ready for the first residents,", speaker: "John Doe" },
      { text: "The water is not safe to drink yet,", speaker: "John Doe" },
    ],
  },
  // `“…,” Jane Roe, a member of the bargaining team.`: an attribution that lost its verb keeps the
  // name right after the quotation's closing comma, which says who spoke, not the last speaker.
  {
    kind: "speaker named after the quote",
    text: "\u201cWe cannot wait any longer,\u201d said Tom Baker, the hospital's chief executive.\n\n\u201cWe put forward every offer we had and heard nothing back,\u201d Jane Roe, a nurse on the union bargaining team.",
    quotes: [
      { text: "We cannot wait any longer,", speaker: "Tom Baker" },
      { text: "We put forward every offer we had and heard nothing back,", speaker: "Jane Roe" },
    ],
  },
  // `Roe was in that lineup, but says she …`: a form of `be` and its complement before `but says`
  // is the first of two verbs sharing one subject, whatever sentence of the paragraph it opens.
  {
    kind: "subject of the clause",
    text: "Jane Roe scored the winner in the semifinal.\n\nThe defeat echoed one from years ago for the hosts. Roe was in that lineup, but says she recalls little of it.\n\n\u201cI know I played that night. But it is all a blur now.\u201d",
    quotes: [{ text: "I know I played that night. But it is all a blur now.", speaker: "Jane Roe" }],
  },
  // The same video caption with no stop before its running time (`… near the school 3:14`).
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cWe are ready for the first residents,\u201d said John Doe, the town's emergency director.\n\nTom Baker tours the burned streets near the school 3:14\n\nResidents will need a pass to enter the upper town.\n\n\u201cThe water is not safe to drink yet,\u201d he said.",
    quotes: [
      { text: "We are ready for the first residents,", speaker: "John Doe" },
      { text: "The water is not safe to drink yet,", speaker: "John Doe" },
    ],
  },
  // `the tweet read`: `tweet` is a noun here, the subject of `read`, not a verb of saying beside
  // it; the tweet speaks for whoever the sentence before shared it. `Roe's tweet saying …` (a
  // participle) stays the reporter's words.
  {
    kind: "document for its issuer",
    text: "The road is closed to traffic, the Smallville Police Service shared in a tweet on Monday.\n\n\u201cCrews are clearing fallen trees from the highway,\u201d the tweet read.",
    quotes: [{ text: "Crews are clearing fallen trees from the highway,", speaker: "Smallville Police Service" }],
  },
  // `the company` stands for a name of two words that nothing shows a person's (no title, no sex,
  // no given name first) when its own sentence calls it `it`: a company read as a person by its
  // capitals. A person's name with no `it` after it stays no company.
  {
    kind: "document for its issuer",
    text: "Brenvo Lustrik sells the syrup across Canada and says it is short of bottles after a busy winter.\n\n\u201cNew shipments should reach stores within weeks,\u201d a note from the company read.",
    quotes: [{ text: "New shipments should reach stores within weeks,", speaker: "Brenvo Lustrik" }],
  },
  {
    kind: "document for its issuer",
    text: "Brenvo Lustrik worked as a finance director at the plant for eight years.\n\n\u201cNew shipments should reach stores within weeks,\u201d the company said.",
    quotes: [{ text: "New shipments should reach stores within weeks,", speaker: null }],
  },
  // `read the note` after `read the post`: a note is a writing its issuer speaks through, the one
  // just quoted under another noun (writingThatSpokeLast), past a paragraph that quotes no one.
  {
    kind: "document for its issuer",
    text: "The Smallville Jazz Festival called off this year\u2019s shows on Monday.\n\n\u201cSee you all the year after,\u201d read the post.\n\nTicket buyers will get their money back.\n\n\u201cIf you can, give your ticket money to the food bank,\u201d read the note.",
    quotes: [
      { text: "See you all the year after,", speaker: "Smallville Jazz Festival" },
      { text: "If you can, give your ticket money to the food bank,", speaker: "Smallville Jazz Festival" },
    ],
  },
  // `the city` is no town named by its name alone: not a country, a state or a region (`China`,
  // `Texas`, `Muskoka`), nor a city named in passing (`north of Winnipeg`); only a city named by
  // kind and place (`the City of Kingston`) is the one whose government speaks.
  {
    kind: "organisation continuation",
    text: "Wildfires spread across Texas this week.\n\n\u201cResidents should stay indoors,\u201d the city said.",
    quotes: [{ text: "Residents should stay indoors,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Residents of Oakvale were told to boil their water on Tuesday after a pipe burst by the docks. The town is about an hour east of Riverton.\n\n\u201cOur crews will stay on it day and night,\u201d the city said in an update.",
    quotes: [{ text: "Our crews will stay on it day and night,", speaker: null }],
  },
  // `the province` is the one province the text named before it, whatever government it names
  // after the quotation (`The Manitoba government has not said`).
  {
    kind: "organisation continuation",
    text: "Ontario has appealed a ruling that threw out parts of its fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing. The Manitoba government has not said whether it will join.",
    quotes: [{ text: "The judge misread the evidence,", speaker: "Ontario government" }],
  },
  // A trial's jury is no prize's, though the accused or a witness once won one.
  {
    kind: "document for its issuer",
    text: "Jane Roe, who won the Acme Fiction Prize in 2019, is on trial for fraud in Toronto.\n\n\u201cWe find the accused not guilty,\u201d the jury said.",
    quotes: [{ text: "We find the accused not guilty,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "The jury in the murder trial of Tom Baker began deliberating on Tuesday. Baker, who won the Acme Fiction Prize in 2019, has pleaded not guilty.\n\n\u201cWe have reached a verdict,\u201d the jury said in a note to the judge.",
    quotes: [{ text: "We have reached a verdict,", speaker: null }],
  },
  // `the province` after a town's `Ont.` is Ontario's government, by the name it goes by.
  {
    kind: "organisation continuation",
    text: "The blaze destroyed three cottages near Millbrook, Ont., on Tuesday.\n\n\u201cTeams are on site,\u201d the province said.",
    quotes: [{ text: "Teams are on site,", speaker: "Ontario government" }],
  },
  // An unsigned statement after `The company announced …` is no company's when the text named two
  // companies, nor when `The company` opens a relative clause (`that bought her old firm`).
  {
    kind: "document for its issuer",
    text: "Acme Mining Inc. shares fell on Tuesday after Borealis Energy Corp. cancelled a contract.\n\nThe company announced layoffs this week. \u201cWe regret the decision,\u201d read a statement.",
    quotes: [{ text: "We regret the decision,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Acme Mining Inc. shares fell on Tuesday after Jane Roe left.\n\nThe company that bought her old firm announced layoffs this week. \u201cWe regret the decision,\u201d read a statement.",
    quotes: [{ text: "We regret the decision,", speaker: null }],
  },
  // `the Crown` speaks through a lawyer only one introduced as the Crown's, `Crown` joined to the lawyer's
  // noun: not the defence lawyer whose predicate names the Crown, nor one who fought it, nor one
  // of two Crown prosecutors.
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. His lawyer, Ann Smith, said the Crown has no case.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. Defence lawyer Ann Smith, who has fought the Crown in several fraud trials, said the case is weak.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. Crown prosecutors Jane Roe and Mark Lee told the court the case is strong.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  // The last speaker is not a description's holder when the text introduced them as another person
  // (`the team's manager` is no `rookie`); a manager is a baseball team's `skipper`.
  {
    kind: "description of a named person",
    text: "On Thursday, Tom Baker, the team's manager, greeted his new roster at the ballpark on day one of camp.\n\n\u201cIt finally feels like baseball,\u201d he said.\n\n\u201cI only want a fair shot at playing,\u201d the Dominican rookie said.",
    quotes: [
      { text: "It finally feels like baseball,", speaker: "Tom Baker" },
      { text: "I only want a fair shot at playing,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "On Thursday, Tallwood Owls manager Tom Baker greeted his new roster at the ballpark on day one of camp.\n\n\u201cIt finally feels like baseball,\u201d he said.\n\n\u201cWe will find out who is sharp,\u201d the Venezuelan skipper said.",
    quotes: [
      { text: "It finally feels like baseball,", speaker: "Tom Baker" },
      { text: "We will find out who is sharp,", speaker: "Tom Baker" },
    ],
  },
  // The sex a pronoun after a name says (`Lustrik says he`) wins over the guess from a given name for
  // the `he` and `she` resolved, in both directions; not when a first pronoun after another of the
  // name's mentions gives the other sex (`for her son. Lustrik said he …`: the son).
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Roe, a nurse at the clinic, met the students on Monday.\n\nYoshi Lustrik says he graduated in 2015 and found work quickly.\n\n\u201cI never expected this,\u201d she said.",
    quotes: [{ text: "I never expected this,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Yoshi Lustrik waited outside the school for her son on Tuesday. Lustrik said he had been gone since morning.\n\nPolice searched the area through the night.\n\n\u201cHe never came home,\u201d he said.",
    quotes: [{ text: "He never came home,", speaker: null }],
  },
  // A run after a name whose only person nouns are plural (`teachers at the school, parents and
  // students`) is a list, no bare role: the name is not the subject of the verb after it.
  {
    kind: "subject of the clause",
    text: "Principal Tom Baker, teachers at the school, parents and students all said the vote came as a shock, calling the plan \u201ca betrayal of the neighbourhood.\u201d",
    quotes: [{ text: "a betrayal of the neighbourhood.", speaker: null }],
  },
  // A place after a body set off after a person (`Chief Tom Baker, Lakeview Nurses Union in
  // Toronto said`) leaves the person the subject, as without the place.
  {
    kind: "subject of the clause",
    text: "Chief Tom Baker, Lakeview Nurses Union in Toronto said the shortage is \u201ca crisis for our members.\u201d",
    quotes: [{ text: "a crisis for our members.", speaker: "Tom Baker" }],
  },
  // An introduction after a name ends at a verb of saying (`His lawyer, Ann Smith, said the Liberal
  // premier …` is her predicate): `the Liberal premier` is the one introduced so, not the lawyer.
  {
    kind: "description of a named person",
    text: "Liberal Premier Jane Roe spoke about the fraud case on Monday.\n\nTom Baker is charged with fraud. His lawyer, Ann Smith, said the Liberal premier was wrong to comment.\n\n\u201cThe law applies to everyone,\u201d the Liberal premier said on Friday.",
    quotes: [{ text: "The law applies to everyone,", speaker: "Jane Roe" }],
  },
  // A body's name that holds `and` is one name (`Lakes and Rivers Canada`, `Department of Lakes
  // and Rivers`, `Truth and Healing Commission`): the part before `and` alone is no name of its
  // own. A place that runs on through `and` (`Newfoundland and Labrador`) opens a force's name.
  // A word the page names alone elsewhere (`Tallwood`) is a body of its own beside the other.
  {
    kind: "affiliation",
    text: "Boats stayed at the wharf on Monday.\n\n\u201cWe are watching the stocks closely,\u201d Lakes and Rivers Canada said in a statement.",
    quotes: [{ text: "We are watching the stocks closely,", speaker: "Lakes and Rivers Canada" }],
  },
  {
    kind: "affiliation",
    text: "Boats stayed at the wharf on Monday.\n\n\u201cThe quota will not change,\u201d the Department of Lakes and Rivers said.",
    quotes: [{ text: "The quota will not change,", speaker: "Department of Lakes and Rivers" }],
  },
  {
    kind: "affiliation",
    text: "The hearings ended on Friday.\n\n\u201cThe final report will be late,\u201d said the Truth and Healing Commission.",
    quotes: [{ text: "The final report will be late,", speaker: "Truth and Healing Commission" }],
  },
  {
    kind: "affiliation",
    text: "A storm hit the west coast overnight.\n\n\u201cOfficers are at the scene,\u201d Newfoundland and Labrador RCMP said.",
    quotes: [{ text: "Officers are at the scene,", speaker: "Newfoundland and Labrador RCMP" }],
  },
  {
    kind: "affiliation",
    text: "The mill is run by Tallwood and Kiro Paper Canada.\n\nThe Timber and Mill Hands of Canada union says the cuts are \u201cheartless and short-sighted.\u201d Tallwood declined to comment.",
    quotes: [{ text: "heartless and short-sighted.", speaker: "Timber and Mill Hands of Canada union" }],
  },
  // An acronym stands for a body the text named before with a possessor opening its name
  // (`Ontario’s Special Review Unit` … `the SRU`), the possessor left out of its initials.
  {
    kind: "organisation continuation",
    text: "An officer was charged after a probe by Ontario\u2019s Special Review Unit.\n\n\u201cThe man was hurt in the cells,\u201d the SRU said in a release.",
    quotes: [{ text: "The man was hurt in the cells,", speaker: "Special Review Unit" }],
  },
  // A role's acronym (`the GM`, `Millbrook’s CAO`) is the one person the text introduced with the
  // role spelt out in lower case before their name (`general manager Jane Roe`).
  {
    kind: "description of a named person",
    text: "The Riverside Hawks general manager Jane Roe spoke after the trade deadline.\n\n\u201cWe wanted more depth,\u201d said Roe.\n\n\u201cIt was a long day,\u201d the GM said.",
    quotes: [
      { text: "We wanted more depth,", speaker: "Jane Roe" },
      { text: "It was a long day,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "The town's chief administrative officer Tom Baker talks about the layoffs.\n\n\u2018Grown men wept in my office,\u2019 Millbrook\u2019s CAO says after the mill closes",
    quotes: [{ text: "Grown men wept in my office,", speaker: "Tom Baker" }],
  },
  // A prize's jury stays the prize's when the novel's plot holds a word a court's business also
  // uses (`a woman accused of …`): only a court's own words, near the jury, make it a trial's.
  {
    kind: "document for its issuer",
    text: "Jane Roe won the Acme Fiction Prize on Monday. Her novel follows a woman accused of killing her husband.\n\n\u201cA luminous, unsettling book,\u201d read the jury\u2019s citation.",
    quotes: [{ text: "A luminous, unsettling book,", speaker: "Acme Fiction Prize jury" }],
  },
  // A race's time or a clock time at a line's end is no video's running time: the line's person
  // stays the antecedent of the next `she said`.
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cWe are proud of the team,\u201d said John Doe, the coach.\n\nJane Roe finished the marathon in 2:32\n\n\u201cIt was a hard day,\u201d she said.",
    quotes: [
      { text: "We are proud of the team,", speaker: "John Doe" },
      { text: "It was a hard day,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cWe are proud of the team,\u201d said John Doe, the coach.\n\nJane Roe and the band take the stage tonight 7:30\n\n\u201cIt was a hard day,\u201d she said.",
    quotes: [
      { text: "We are proud of the team,", speaker: "John Doe" },
      { text: "It was a hard day,", speaker: "Jane Roe" },
    ],
  },
  // `The company` reached another way than by the sentence before's subject (the last speaker) is
  // no company when it is a person's name: only that subject, called `it`, is read as a company.
  {
    kind: "document for its issuer",
    text: "\u201cWe need these jobs,\u201d Zhang Wei told the rally. The company announced layoffs on Friday. \u201cWe regret the decision,\u201d read a statement.",
    quotes: [
      { text: "We need these jobs,", speaker: "Zhang Wei" },
      { text: "We regret the decision,", speaker: null },
    ],
  },
  // `X says it is too late to …`: an `it` that stands for nothing makes no company of a name.
  {
    kind: "document for its issuer",
    text: "Residents fear the plant will close. Chukwuemeka Oyelaran says it is too late to save the jobs. \u201cWe regret the decision,\u201d a statement from the company said.",
    quotes: [{ text: "We regret the decision,", speaker: null }],
  },
  // `Millbrook, Ont.` then `Ontario has sent …`: two names of one province, no two provinces, so
  // `the province` is Ontario's government.
  {
    kind: "organisation continuation",
    text: "A flood near Millbrook, Ont., forced dozens from their homes. Ontario has sent rescue boats.\n\n\u201cOur teams are out on every road,\u201d the province said in an update.",
    quotes: [{ text: "Our teams are out on every road,", speaker: "Ontario government" }],
  },
  // `“…,” Jane Roe, the union leader, heard from …`: a name, its role, then its own verb (no verb
  // of saying) is no attribution that lost its verb: she heard the words, she did not say them.
  {
    kind: "speaker named after the quote",
    text: "The strike entered its third week on Monday.\n\n\u201cWe will fight on,\u201d Jane Roe, the union leader, heard from members all week.",
    quotes: [{ text: "We will fight on,", speaker: null }],
  },
  // A role's acronym stands only for the role a closed list spells out (`general manager` for
  // `GM`): words whose initials spell two letters recur by chance (`defence attorney`, `party
  // member`, `grieving mother`); of two introduced with it, the text does not say which.
  {
    kind: "description of a named person",
    text: "District Attorney Tom Baker filed the charges on Monday. The accused was represented by defence attorney Jane Roe at the hearing.\n\n\u201cThe evidence is overwhelming,\u201d the DA said.",
    quotes: [{ text: "The evidence is overwhelming,", speaker: "DA" }],
  },
  {
    kind: "description of a named person",
    text: "Prime Minister Tom Baker visited the plant on Monday with party member Jane Roe.\n\n\u201cThis is a great day,\u201d the PM said.",
    quotes: [{ text: "This is a great day,", speaker: "PM" }],
  },
  {
    kind: "description of a named person",
    text: "The coach spoke after grieving mother Jane Roe addressed the crowd.\n\n\u201cWe need answers,\u201d the GM said.",
    quotes: [{ text: "We need answers,", speaker: "GM" }],
  },
  {
    kind: "description of a named person",
    text: "The team hired general manager Tom Baker in May. Later, general manager Jane Roe joined the rival club.\n\n\u201cWe need answers,\u201d the GM said.",
    quotes: [{ text: "We need answers,", speaker: "GM" }],
  },
  // An acronym after a possessor that no one was introduced with spelt out is read as any role:
  // the person introduced with the possessor and the acronym before their name.
  {
    kind: "description of a named person",
    text: "Acme\u2019s CEO Jane Roe spoke to reporters on Monday about the layoffs.\n\n\u201cWe had no choice,\u201d Acme\u2019s CEO said.",
    quotes: [{ text: "We had no choice,", speaker: "Jane Roe" }],
  },
  // The Crown speaks through a lawyer only as `Crown` joined to a lawyer's noun among the words
  // the lawyer was introduced with: not in the sentence before, nor in a quotation beside the name.
  {
    kind: "description of a named person",
    text: "Court heard from the Crown prosecutor. Jane Roe, who fought the Crown for years, spoke next.\n\n\u201cThe evidence is clear,\u201d the Crown argued.",
    quotes: [{ text: "The evidence is clear,", speaker: "Crown" }],
  },
  {
    kind: "description of a named person",
    text: "Defence lawyer Jane Roe, who fought the Crown, said \u201cthe Crown prosecutor is wrong.\u201d\n\n\u201cThe evidence is clear,\u201d the Crown argued.",
    quotes: [
      { text: "the Crown prosecutor is wrong.", speaker: "Jane Roe" },
      { text: "The evidence is clear,", speaker: "Crown" },
    ],
  },
  // A party's members in the plural before `and` are a body of their own, not the first part of
  // one name that runs on through `and` (`Lakes and Rivers Canada`).
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cWe disagree,\u201d the Conservatives and Green Party said in a joint statement.",
    quotes: [{ text: "We disagree,", speaker: "Conservatives" }],
  },
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cWe disagree,\u201d the Tories and Liberal Party said.",
    quotes: [{ text: "We disagree,", speaker: "Tories" }],
  },
  // One set of party plurals: the Progressives are a body of their own before `and` too.
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cThis is wrong,\u201d the Progressives and Reform Party said.",
    quotes: [{ text: "This is wrong,", speaker: "Progressives" }],
  },
  // A Crown office held once, or a defence lawyer's, makes no one the Crown's lawyer now.
  {
    kind: "description of a named person",
    text: "Jane Roe, a former Crown prosecutor, now represents the accused.\n\n\u201cHe had every chance to stop,\u201d the Crown argued.",
    quotes: [{ text: "He had every chance to stop,", speaker: "Crown" }],
  },
  {
    kind: "description of a named person",
    text: "Defence lawyer Jane Roe, once a Crown prosecutor herself, said the case was weak.\n\n\u201cHe had every chance to stop,\u201d the Crown argued.",
    quotes: [{ text: "He had every chance to stop,", speaker: "Crown" }],
  },
  // An owned acronym is not the role spelt out for another body: `Beta’s CEO` after Acme's chief
  // executive officer and Beta Inc. Her own body's still is, though it stands past her introduction.
  {
    kind: "description of a named person",
    text: "Acme Corp. chief executive officer Jane Roe announced the merger with Beta Inc. on Monday.\n\n\u201cThis deal makes no sense for our shareholders,\u201d Beta\u2019s CEO said in a statement.",
    quotes: [{ text: "This deal makes no sense for our shareholders,", speaker: "CEO" }],
  },
  {
    kind: "description of a named person",
    text: "Acme Corp. chief executive officer Jane Roe announced the merger with Beta Inc. on Monday.\n\n\u201cThis deal makes sense for our shareholders,\u201d Acme\u2019s CEO said in a statement.",
    quotes: [{ text: "This deal makes sense for our shareholders,", speaker: "Jane Roe" }],
  },
  // `the province` is the one province named before, by whichever of its names (PROVINCES gives
  // each one government's name): `Prince Edward Island` too, whose `Prince` the cast drops.
  {
    kind: "affiliation",
    text: "Heavy snow hit Prince Edward Island on Tuesday.\n\n\u201cPlows will be out all night,\u201d the province said in an update.",
    quotes: [{ text: "Plows will be out all night,", speaker: "Prince Edward Island government" }],
  },
  {
    kind: "affiliation",
    text: "Storms battered British Columbia this week. Line crews in B.C. have worked long shifts.\n\n\u201cPower should be back for most homes by Friday,\u201d the province said in an update.",
    quotes: [{ text: "Power should be back for most homes by Friday,", speaker: "B.C. government" }],
  },
  {
    kind: "affiliation",
    text: "The British Columbia government has filed an appeal. The B.C. government says it will win.\n\n\u201cWe will fight this,\u201d the province said.",
    quotes: [{ text: "We will fight this,", speaker: "B.C. government" }],
  },
  // `the company` is no person's whose sentence calls a thing `it` (`says it will take years`):
  // only an `it` that a company's act follows (`it is short of stock`, `it will close`) makes the
  // name a company's.
  {
    kind: "document for its issuer",
    text: "Residents fear the plant will close. Chukwuemeka Oyelaran says it will take years to rebuild the town.\n\n\u201cWe regret the decision,\u201d a statement from the company said.",
    quotes: [{ text: "We regret the decision,", speaker: null }],
  },
  // A description by a noun that is no office nor age (`the Dominican rookie`, `the Tallwood
  // Owls fan`) is the last speaker's only when one of their names was introduced with it (or its
  // variant: `manager` is `the skipper`): else it is a new person's.
  {
    kind: "description of a named person",
    text: "On Thursday, Tom Baker greeted his new roster at the ballpark on day one of camp.\n\n\u201cIt finally feels like baseball,\u201d he said.\n\n\u201cI only want a fair shot at playing,\u201d the Dominican rookie said.",
    quotes: [
      { text: "It finally feels like baseball,", speaker: "Tom Baker" },
      { text: "I only want a fair shot at playing,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "\u201cWe will be back,\u201d Jane Roe said on Tuesday.\n\n\u201cThat was the loudest night of my life,\u201d the Tallwood Owls fan said outside the arena.",
    quotes: [
      { text: "We will be back,", speaker: "Jane Roe" },
      { text: "That was the loudest night of my life,", speaker: null },
    ],
  },
  // A name inside a sentence whose main subject is already `he` or `she` (`the ceiling Baker
  // promised`, `what Premier Baker will choose`) is no antecedent of a later pronoun of that sex:
  // the chain of subjects goes on with the person that pronoun stood for.
  {
    kind: "pronoun resolved wrongly",
    text: "Council sits on Tuesday. Mayor Tom Baker said he is \u201cquite willing\u201d to fund more ferries.\n\nCoun. Frank Lustrik said the library money would come from savings.\n\nLustrik is bringing motions to plant trees along the river. He sees scant support for a tax rise above 2 per cent, the ceiling Baker promised in his platform.\n\n\u201cThat's where the vote will land,\u201d he said.",
    quotes: [
      { text: "quite willing", speaker: "Tom Baker" },
      { text: "That's where the vote will land,", speaker: "Frank Lustrik" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Transport Minister Frank Roe thinks the bridge plan will pass.\n\nMr. Roe cannot say what will happen to the old ferry. Likewise, he will not guess at what Premier Tom Baker will choose for the harbour.\n\n\u201cIt has turned into a landmark,\u201d he said in a phone call.",
    quotes: [{ text: "It has turned into a landmark,", speaker: "Frank Roe" }],
  },
  // But a name set off by a comma before its verb of saying (`…, Baker said.`) reports its
  // sentence, whose opening pronoun is someone else: the reporter stays the one in mind.
  {
    kind: "pronoun resolved wrongly",
    text: "Vote today\n\nMayor Tom Baker spoke to reporters on Monday.\n\nCoun. Frank Lustrik is bringing a motion. He will lose the vote, Baker said.\n\n\u201cWe have the numbers,\u201d he said.",
    quotes: [{ text: "We have the numbers,", speaker: "Tom Baker" }],
  },
  // Two capitals right after `in` or `near`, with no title or given name to show a person (`in
  // Upper Tallwood`), are where the person introduced before them is: no antecedent of `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Orchards pick before dawn\n\n\u201cWe are all hoping for cooler days,\u201d said Tom Marrow, an apple grower near Oakvale.\n\nThrough the long afternoons, Marrow said pickers are mending ladders.\n\nFor Frank Lustrik, the co-owner of Lustrik Hill Orchards in Upper Tallwood, the heat means picking is being done before sunrise.\n\n\u201cYou want the apples cool when they are packed,\u201d he said.",
    quotes: [
      { text: "We are all hoping for cooler days,", speaker: "Tom Marrow" },
      { text: "You want the apples cool when they are packed,", speaker: "Frank Lustrik" },
    ],
  },
  // A description that says something of a person its own reported clause names (`The judge
  // said the evidence of Jane Roe was …`) is someone else than that person, who would be `her`:
  // no speaker rather than the witness the description's fallback finds last named.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe gave evidence on Tuesday. Roe was driven home after she gave evidence.\n\nThe judge said Thursday the account of Roe and her daughter was \u201cmuddled and doubtful.\u201d",
    quotes: [{ text: "muddled and doubtful.", speaker: null }],
  },
  // `the judge` is never the party a court story is about (the accused, a witness), whom the
  // fallback to the last person named would find: a judge the text named has a title.
  {
    kind: "description of a named person",
    text: "Tom Baker was sentenced on Friday for the robbery. Prosecutors had asked for a term of 20 years.\n\nBut the judge chose a shorter term, saying a longer one would be \u201charsh beyond reason.\u201d",
    quotes: [{ text: "harsh beyond reason.", speaker: null }],
  },
  // A sexed noun (`the woman`, `the mother`) never falls back to a person the text shows to be of
  // the other sex (`Tom Baker`, `he`), as `she` would not: no one rather than the man who questioned her.
  {
    kind: "description of a named person",
    text: "The witness was questioned for most of the morning by defence lawyer Tom Baker.\n\nHe doubted several of the dates she had offered in her account on Tuesday.\n\n\u201cI cannot recall the exact week,\u201d the woman answered.",
    quotes: [{ text: "I cannot recall the exact week,", speaker: null }],
  },
  // `the provider` is a company as `the utility` is: the body the sentence before
  // was about (`Tallwood Power … said it has reconnected homes`). No body of the sort named, no one: a
  // doctor or a home daycare is a provider too, and nothing makes them a company.
  {
    kind: "organisation continuation",
    text: "Many homes are still dark after the ice storm.\n\nTallwood Power, which serves the northern valley, said on Wednesday it has reconnected 3,500 homes.\n\n\u201cAbout 700 homes are still waiting,\u201d the provider said.",
    quotes: [{ text: "About 700 homes are still waiting,", speaker: "Tallwood Power" }],
  },
  {
    kind: "organisation continuation",
    text: "Jane Roe has cared for children in her home daycare in Smallville for 20 years.\n\n\u201cThe subsidy does not keep the lights on,\u201d the provider said.",
    quotes: [{ text: "The subsidy does not keep the lights on,", speaker: null }],
  },
  // A panel's ruling (`issued by Justice A, Justice B and …`) is the court's the text named, not
  // its first judge's; with two courts named (an appeal court and the one it overturned), no one.
  {
    kind: "document for its issuer",
    text: "The Tallwood District Court struck down the licence on Tuesday, siding with the Oakvale Cree Nation.\n\n\u201cThe department did not do what the statute demands,\u201d noted the ruling, issued by Justice Jane Roe, Justice Tom Baker and Justice Ann Doe.",
    quotes: [{ text: "The department did not do what the statute demands,", speaker: "Tallwood District Court" }],
  },
  {
    kind: "document for its issuer",
    text: "The Millbrook Court of Appeal overturned a Tallwood District Court decision on Tuesday.\n\n\u201cThe trial judge misread the statute,\u201d noted the ruling, issued by Justice Jane Roe, Justice Tom Baker and Justice Ann Doe.",
    quotes: [{ text: "The trial judge misread the statute,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "The Tallwood District Court struck down the licence on Tuesday, siding with the Oakvale Cree Nation.\n\n\u201cThe department did not do what the statute demands,\u201d noted the ruling, issued by Justice Jane Roe.",
    quotes: [{ text: "The department did not do what the statute demands,", speaker: "Jane Roe" }],
  },
  // Who got hold of a writing did not write it (`the letter, obtained by the Smallville Herald`):
  // its author is the one who sent it, or no one the text names.
  {
    kind: "document for its issuer",
    text: "Acme Mining sent a letter to the minister on Monday.\n\n\u201cWe cannot wait any longer,\u201d says the letter, obtained by the Smallville Herald.",
    quotes: [{ text: "We cannot wait any longer,", speaker: "Acme Mining" }],
  },
  {
    kind: "document for its issuer",
    text: "The club is mailing a letter to each mayor in Ontario this month.\n\n\u201cThe mayor must step aside,\u201d says the letter, obtained by the Smallville Herald.",
    quotes: [{ text: "The mayor must step aside,", speaker: null }],
  },
  // Nor is a place after the writing, where it went (`a letter to each mayor in Ontario`), its
  // issuer when the sentence's subject names no one.
  {
    kind: "document for its issuer",
    text: "The club is mailing a letter to each mayor in Ontario this month.\n\n\u201cThe mayor must step aside,\u201d says the letter.",
    quotes: [{ text: "The mayor must step aside,", speaker: null }],
  },
  // `… in Millbrook, Ont. She adores …`: a province's abbreviation before a pronoun ends its sentence,
  // so `Ont. She` is no name that `she` could stand for; the woman named before is.
  {
    kind: "pronoun resolved wrongly",
    text: "Robin Marrow adores her little cottage in Millbrook, Ont. She adores the garden and the calm lane.\n\u201cLeaving this place will break my heart,\u201d she says.",
    quotes: [{ text: "Leaving this place will break my heart,", speaker: "Robin Marrow" }],
  },
  // `the Oakvale Coalition of Meadows Unfit with Quarries`: capitals a link word joins to capitals on
  // both sides are a piece of the body's longer name, no person `he` stands for.
  {
    kind: "pronoun resolved wrongly",
    text: "The proposal is leaving neighbours like Tom Fenwick, a spokesperson for the Oakvale Coalition of Meadows Unfit with Quarries, worried.\n\u201cWe were promised a modest pit, and now it keeps growing,\u201d he said.",
    quotes: [{ text: "We were promised a modest pit, and now it keeps growing,", speaker: "Tom Fenwick" }],
  },
  // `acknowledged Coun. Bre` closing the page: a title and a fragment the text's end cut off name
  // no one (nor does any earlier speaker take the quotation).
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Tuesday the warming centres would open next week.\n\n\u201cWe are struggling to locate decent buildings,\u201d acknowledged Coun. Bre",
    quotes: [{ text: "We are struggling to locate decent buildings,", speaker: null }],
  },
  // `according to Acadian women's advocate Jane Roe`: a lower-case possessive before the
  // role (whom it serves) is part of the role, so the person after it is the source, never the
  // adjective that opens the phrase.
  {
    kind: "affiliation",
    text: 'The ruling is "one more setback for these families that was avoidable," according to Acadian women\'s advocate Jane Fenwick.',
    quotes: [{ text: "one more setback for these families that was avoidable,", speaker: "Jane Fenwick" }],
  },
  // Guard: after `said`, where any noun may be the role, the person after it still speaks.
  {
    kind: "affiliation",
    text: "\u201cWe turned away six families this week,\u201d said Toronto women\u2019s shelter director Jane Fenwick.",
    quotes: [{ text: "We turned away six families this week,", speaker: "Jane Fenwick" }],
  },
  // `said Dr. Jane Roe President of the …` with no comma: a title closing a person's name run, with
  // `of` and a body after it, is her office, not a word of her name.
  {
    kind: "title inside the attribution",
    text: "\u201cThis will not end the waits, but it helps,\u201d said Dr. Tom Marrow President of the Oakvale Federation of Rural Nurses\n\nThe rules take effect in May.",
    quotes: [{ text: "This will not end the waits, but it helps,", speaker: "Tom Marrow" }],
  },
  // Guard: a surname that is also a title, before a place, stays the name's.
  {
    kind: "title inside the attribution",
    text: "\u201cIt will not be easy for her,\u201d said Rep. Tom B. King of Ohio on Monday.",
    quotes: [{ text: "It will not be easy for her,", speaker: "Tom B. King" }],
  },
  // `The Lodging Act is “quite murky” on …, noted Jane Roe`: a law the sentence describes never speaks;
  // the one who noted it does.
  {
    kind: "subject of the clause",
    text: 'The Lodging Act is "quite murky" on the question, noted Ann Marrow, who chairs a tenants\' group.\n\n"No one can tell us what applies," she said.',
    quotes: [
      { text: "quite murky", speaker: "Ann Marrow" },
      { text: "No one can tell us what applies,", speaker: "Ann Marrow" },
    ],
  },
  // `Millbrook Falls Mayor says …` heading a page that names no mayor: a place's name closed by an
  // office is a description of its holder, no one's name; with no holder found it names no one.
  {
    kind: "title inside the attribution",
    text: "Pharmacy to close; Millbrook Falls Mayor says move 'shameful'\n\nThe village will have no pharmacist after the spring, leaving 1,500 residents to drive an hour.",
    quotes: [{ text: "shameful", speaker: null }],
  },
  // `following Roe’s release` between `released a statement` and `the statement read`: a
  // person's release is their freeing, not a writing; the statement is the body's that issued it.
  {
    kind: "document for its issuer",
    text: "Jane Roe and Tom Baker arrived home in Riverton on a chartered flight.\n\nRoe\u2019s employer, the Oakvale Reading Fund, released a statement late Saturday following Baker and Roe\u2019s release.\n\n\u201cWe thank everyone who helped bring them back,\u201d the statement read.",
    quotes: [{ text: "We thank everyone who helped bring them back,", speaker: "Oakvale Reading Fund" }],
  },
  // Guard: a person's own statement after her release stays hers.
  {
    kind: "document for its issuer",
    text: "Jane Roe was freed on Monday.\n\nRoe released a statement hours after her release.\n\n\u201cI am home at last,\u201d the statement read.",
    quotes: [{ text: "I am home at last,", speaker: "Jane Roe" }],
  },
  // `an MFS spokesperson said` after the page spelled out `Millbrook Fire Services`: with no person
  // named in the role, the spokesperson's words are the body's that the acronym stands for.
  {
    kind: "organisation continuation",
    text: "Crews were called to a barn on Mill Lane, according to Millbrook Fire Services.\n\n\u201cThe loft caved in before anyone could enter,\u201d an MFS spokesperson said.",
    quotes: [{ text: "The loft caved in before anyone could enter,", speaker: "Millbrook Fire Services" }],
  },
  // Guard: the body named nowhere else leaves the description as it was; a person named in the
  // role is the speaker.
  {
    kind: "organisation continuation",
    text: "\u201cOur schedule is back to normal,\u201d a Skyway Air spokesperson said.\n\nCrews were called to Mill Lane, according to Millbrook Fire Services.\n\n\u201cNobody was hurt,\u201d an MFS spokesperson, Jane Roe, said.",
    quotes: [
      { text: "Our schedule is back to normal,", speaker: "Skyway Air spokesperson" },
      { text: "Nobody was hurt,", speaker: "Jane Roe" },
    ],
  },
  // `“…,” Baker’s email said` after a paragraph on his company's notice: a writing a name's
  // possessive owns is its owner's words, not the last body's that spoke.
  {
    kind: "document for its issuer",
    text: "Tom Baker, a Northwind Telecom vice-president, apologized to customers.\n\nNorthwind\u2019s notice to customers said new checks are in place.\n\n\u201cYou will be asked for a second code when you call,\u201d Baker\u2019s email said.",
    quotes: [{ text: "You will be asked for a second code when you call,", speaker: "Tom Baker" }],
  },
  // Guard: a body's plan owned by a possessive is no speaker's phrase; the one who said it speaks.
  {
    kind: "document for its issuer",
    text: 'Jane Roe said the party wants the province\u2019s budget balanced but said it "cannot fall on renters. It has to be fair."',
    quotes: [{ text: "cannot fall on renters. It has to be fair.", speaker: "Jane Roe" }],
  },
  // `said Jane Roe near Lakeview, Ont.`: after an inverted verb a preposition is no role word, so
  // the place after it says where the speaker is and never becomes the speaker.
  {
    kind: "affiliation",
    text: "\u201cTwo days of soaking rain would save us,\u201d said Tom Lustrik near Oakvale, Ont.\n\nThe wheat is already thin.",
    quotes: [{ text: "Two days of soaking rain would save us,", speaker: "Tom Lustrik" }],
  },
  // `Jane Roe, chief executive officer of Acme said`: a role whose noun runs on into more speaker's
  // nouns is still an appositive missing its closing comma; the name before it speaks.
  {
    kind: "subject of the clause",
    text: "\u201cThe herd is smaller every year,\u201d Dana Whitfield, chief executive officer of Prairie Grain Growers said in a statement.",
    quotes: [{ text: "The herd is smaller every year,", speaker: "Dana Whitfield" }],
  },
  // `Jane Roe chief of Acme First Nation told`: a full name, then a lower-case role and its
  // complement with no comma at all, is the name and its appositive; the name is the subject.
  {
    kind: "subject of the clause",
    text: "\u201cThe river still smells of diesel,\u201d Tom Marrow chief of Oakvale Lake First Nation told reporters.",
    quotes: [{ text: "The river still smells of diesel,", speaker: "Tom Marrow" }],
  },
  // `a delight for Tom Baker, who was a teammate of Roe …. “…,” he said.`: a name inside the `who`
  // clause describing the person just introduced does not take that person's place for `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Frank Roe came home on Sunday after two years held overseas.\n\nThe news was a delight for Tom Baker, who was a teammate of Roe at Tallwood University in the 1980s.\n\n\u201cI always believed he would make it back,\u201d he said.",
    quotes: [{ text: "I always believed he would make it back,", speaker: "Tom Baker" }],
  },
  // `Chief Jane Roe of the regional Acme Council, which represents six nations, said`: a `which`
  // clause describing her affiliation leaves her the subject, as without it.
  {
    kind: "affiliation",
    text: "\u201cOur nurses are exhausted,\u201d Chief Tom Marrow of the regional Oakvale Tribal Council, which represents five member nations including Tallwood, said on Saturday.",
    quotes: [{ text: "Our nurses are exhausted,", speaker: "Tom Marrow" }],
  },
  // `Jane Roe, Band Chair, Acme Nation Government said`: a body's name set off after a capitalised
  // role closes the appositive, its comma missing; the person before the role speaks.
  {
    kind: "affiliation",
    text: "\u201cThe clinic has to stay open,\u201d Jane Fenwick, Band Chair, Oakvale River Nation Government said in a statement.",
    quotes: [{ text: "The clinic has to stay open,", speaker: "Jane Fenwick" }],
  },
  // `Jane Roe, O.N.M, LL.B. (hon.), Band Chair, said`: the letters of her honours are no one.
  {
    kind: "affiliation",
    text: "\u201cThe clinic has to stay open,\u201d Chief Jane Fenwick, O.N.M, LL.B. (hon.), Band Chair, said in a statement.",
    quotes: [{ text: "The clinic has to stay open,", speaker: "Jane Fenwick" }],
  },
  // `said Jane Ellen Judge of the …`, `said Rep. Tom R. King of the …`: a title word straight
  // after a given name or an initial is the surname, not an office cut off her name.
  {
    kind: "title inside the attribution",
    text: '"Our members are ready," said Jane Ellen Judge of the Tallwood Nurses Association.',
    quotes: [{ text: "Our members are ready,", speaker: "Jane Ellen Judge" }],
  },
  {
    kind: "title inside the attribution",
    text: 'Rep. Tom R. King of the House Fisheries Committee spoke.\n\n"We will keep pressing," said Rep. Tom R. King of the House Fisheries Committee.',
    quotes: [{ text: "We will keep pressing,", speaker: "Tom R. King" }],
  },
  // `Minister of Health Adaeze Okonkwo on Monday`: a name after an office's title and `of` is the
  // holder's, no piece of a body's longer name, though no given name shows it; `she` stands for her.
  {
    kind: "pronoun resolved wrongly",
    text: 'The plan was announced by Minister of Health Adaeze Okonkwo on Monday at the legislature.\n\n"This is overdue," she said.',
    quotes: [{ text: "This is overdue,", speaker: "Adaeze Okonkwo" }],
  },
  // `said Coun. Ma` closing a cut page: a fragment after a title names no one, though it begins
  // some title (`mayor`); only a role the page wrote whole before is a role cut off (`Health Min`).
  {
    kind: "speaker named after the quote",
    text: '"We need more buses," said Coun. Ma',
    quotes: [{ text: "We need more buses,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: 'Health Minister Jane Roe spoke on Monday.\n\n"We need more nurses," said Health Min',
    quotes: [{ text: "We need more nurses,", speaker: "Jane Roe" }],
  },
  // `called “Race for the river,” will start in Oakvale, Ont. She said …`: the province's stop ends the
  // sentence for the classifier as for sentenceEnds, so no verb of saying lies ahead: a name, no speech.
  {
    kind: "scare quotes and lists",
    text: 'The run, called "Race for the river," will start in Oakvale, Ont. She said the course is hilly.',
    quotes: [],
  },
  // `Oakvale, Ont. She's attended …`: the province's stop ends the sentence before `She's` as before
  // `She`, so no name `Ont. She` is made for `she` to stand for.
  {
    kind: "pronoun resolved wrongly",
    text: 'The fair drew visitors to Oakvale, Ont. She\'s attended for a decade, said Jane Roe.\n\n"It was crowded," she said.',
    quotes: [{ text: "It was crowded,", speaker: "Jane Roe" }],
  },
  // `the health-care provider said`: a care word makes the provider a person who gives care, not
  // the company `the provider` alone stands for.
  {
    kind: "description of a named person",
    text: 'Dr. Jane Roe, a family physician, opened a clinic in Riverton with help from Acme Health Inc.\n\n"I see forty patients a day," the health-care provider said.',
    quotes: [{ text: "I see forty patients a day,", speaker: "Jane Roe" }],
  },
  // So too a name after its verb of saying or `according to` (`…, said Baker.`, `…, according to
  // Baker.`): it reports its sentence, and stays the one in mind, not the sentence's `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Vote today\n\nMayor Tom Baker spoke to reporters on Monday.\n\nCoun. Frank Lustrik is bringing a motion. He will lose the vote, said Baker.\n\n\u201cWe have the numbers,\u201d he said.",
    quotes: [{ text: "We have the numbers,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Vote today\n\nMayor Tom Baker spoke to reporters on Monday.\n\nCoun. Frank Lustrik is bringing a motion. He will lose the vote, according to Baker.\n\n\u201cWe have the numbers,\u201d he said.",
    quotes: [{ text: "We have the numbers,", speaker: "Tom Baker" }],
  },
  // A name opening a main clause of its own (`…, but Mayor Tom Baker won`, `…; Mayor Tom Baker
  // then moved`) is that clause's subject, not inside the pronoun's: the chain stops there.
  {
    kind: "pronoun resolved wrongly",
    text: "Coun. Frank Lustrik brought a motion on Monday. He lost the vote, but Mayor Tom Baker won his easily.\n\n\u201cWe have the numbers,\u201d he said.",
    quotes: [{ text: "We have the numbers,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Coun. Frank Lustrik brought a motion on Monday. He lost the vote; Mayor Tom Baker then moved his own.\n\n\u201cWe have the numbers,\u201d he said.",
    quotes: [{ text: "We have the numbers,", speaker: "Tom Baker" }],
  },
  // Nor past a person the sentence introduces, named there first and described at once (`he met
  // Bill Baker, who runs the food bank`, `he introduced Bill Baker, the new fire chief`): brought
  // in for what follows, the likelier `he` of the next quotation.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Tom Fenwick spoke on Monday. Later, he met Bill Baker, who runs the food bank.\n\n\u201cDemand has doubled since spring,\u201d he said.",
    quotes: [{ text: "Demand has doubled since spring,", speaker: "Bill Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Tom Fenwick spoke to reporters on Monday. He introduced Bill Baker, the new fire chief.\n\n\u201cI am proud to serve this town,\u201d he said.",
    quotes: [{ text: "I am proud to serve this town,", speaker: "Bill Baker" }],
  },
  // So too when the preposition opens the sentence (`In Upper Tallwood, …`): its word, not its
  // capital, is the preposition's.
  {
    kind: "pronoun resolved wrongly",
    text: "Orchards pick before dawn\n\nFrank Lustrik grows apples and pears on the family orchard.\n\nIn Upper Tallwood, the heat means picking is being done before sunrise.\n\n\u201cYou want the apples cool when they are packed,\u201d he said.",
    quotes: [{ text: "You want the apples cool when they are packed,", speaker: "Frank Lustrik" }],
  },
  // So too the sexed kin (`the stepmother`) and the compounds in `-woman` (`the spokeswoman`) or in
  // `-man` with a `-woman` twin (`the councilman`): no one rather than a person of the other sex.
  {
    kind: "description of a named person",
    text: "Firefighters were called to the home of Tom Baker on Tuesday. He lost everything.\n\n\u201cWe have nothing left,\u201d the stepmother said.",
    quotes: [{ text: "We have nothing left,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Tom Baker runs the shelter on Main Street. He said the beds are full.\n\n\u201cWe turn people away every night,\u201d the spokeswoman said.",
    quotes: [{ text: "We turn people away every night,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Jane Roe leads the town council. She said the vote was close.\n\n\u201cWe have the numbers,\u201d the councilman said.",
    quotes: [{ text: "We have the numbers,", speaker: null }],
  },
  // Guard: a compound with no `-woman` twin (`the ombudsman`) is said of women too.
  {
    kind: "description of a named person",
    text: "Jane Roe reviewed the complaints this spring. She said most were about wait times.\n\n\u201cPeople deserve answers,\u201d the ombudsman said.",
    quotes: [{ text: "People deserve answers,", speaker: "Jane Roe" }],
  },
  // `“…,” Tom Baker, the film critic, since 2010 has been …`: a word after the role's closing comma
  // that opens an adverbial (`since`, `over`, `by`) comes before the name's own verb; the
  // attribution is not verbless, and the name is not the speaker of words said of him.
  {
    kind: "speaker named after the quote",
    text: "The festival opens on Friday.\n\n\u201cBoring,\u201d Tom Baker, the film critic, since 2010 has been labelled by rivals.",
    quotes: [{ text: "Boring,", speaker: null }],
  },
  // Two bodies named whose initials are the same (`Acme Mining Corporation`, `Atlantic Marine
  // Council`): `an AMC spokesperson` speaks for neither for sure, not for the one named last.
  {
    kind: "organisation continuation",
    text: "Acme Mining Corporation said two men were arrested on Tuesday at its mine. The Atlantic Marine Council also reported a break-in at its harbour office.\n\n\u201cOur inquiries are ongoing,\u201d an AMC spokesperson said.",
    quotes: [{ text: "Our inquiries are ongoing,", speaker: "AMC spokesperson" }],
  },
  // `an RPS spokesperson said` with `An RPS spokesperson, Jane Roe,` named in the next paragraph:
  // not the body's words, a person's (the description, none named at once); and `the RPS
  // spokesperson` after is the one named, not a body's spokesperson met afresh.
  {
    kind: "description of a named person",
    text: "Police in Riverton arrested two men on Tuesday, according to Riverton Police Service.\n\n\u201cOur inquiries are ongoing,\u201d an RPS spokesperson said.\n\nAn RPS spokesperson, Jane Roe, said earlier the men were known to police.\n\n\u201cThey will be in court on Thursday,\u201d the RPS spokesperson said.",
    quotes: [
      { text: "Our inquiries are ongoing,", speaker: "RPS spokesperson" },
      { text: "They will be in court on Thursday,", speaker: "Jane Roe" },
    ],
  },
  // `Jane Roe, Mayor, Lakeview Town Council said`: a one-word capitalised role right after the
  // name closes the appositive as a longer one does; the person speaks, not the council.
  {
    kind: "subject of the clause",
    text: "The flood reached the town hall on Monday.\n\n\u201cWe will rebuild,\u201d Jane Roe, Mayor, Lakeview Town Council said.",
    quotes: [{ text: "We will rebuild,", speaker: "Jane Roe" }],
  },
  // `Jane Roe, who was replaced by Mary Smith`: the passive's agent inside the `who` clause acts,
  // and a `she` after is the newcomer, not the person the clause describes.
  {
    kind: "pronoun resolved wrongly",
    text: "The board thanked Jane Roe, who was replaced by Mary Smith in May.\n\n\u201cI am excited to start,\u201d she said.",
    quotes: [{ text: "I am excited to start,", speaker: "Mary Smith" }],
  },
  // `said Deputy Min` cut off by the page's end, after `the Deputy Minister of Health office`: the
  // role was written whole, but no person was named with it, so the fragment names no one.
  {
    kind: "title inside the attribution",
    text: "The Deputy Minister of Health office sent a notice on Monday. Tom Baker, a nurse, was upset.\n\n\u201cWe need more staff,\u201d said Deputy Min",
    quotes: [{ text: "We need more staff,", speaker: null }],
  },
  // A person's name whose surname is an office (`Tendai Mayor`, `Oluwaseun Judge`) in a sentence a
  // stop ends is a person's: only a headline drops the `the` of `the Millbrook Falls mayor`.
  {
    kind: "title inside the attribution",
    text: "Tendai Mayor, who runs the shelter, was upset.\n\n\u201cWe need more beds,\u201d said Tendai Mayor.",
    quotes: [{ text: "We need more beds,", speaker: "Tendai Mayor" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe need more beds,\u201d said Oluwaseun Judge, who runs the shelter.",
    quotes: [{ text: "We need more beds,", speaker: "Oluwaseun Judge" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe need more beds,\u201d Anuoluwapo Bishop said on Monday.",
    quotes: [{ text: "We need more beds,", speaker: "Anuoluwapo Bishop" }],
  },
  // `Millbrook's fire chief says …` then `Tom Baker says …`: the lead gives a person by role and
  // the next paragraph names them, bare or with the same title; the description's quoted words
  // are the named person's. A name brought in with another role (`Defence lawyer Jane Roe`) is
  // someone else, and the description keeps no name.
  {
    kind: "description of a named person",
    text: "RIVERTON \u2014 Millbrook's fire chief says the old bridge is \u201cnot safe for heavy trucks\u201d after the storm.\n\nTom Baker says crews will inspect it on Monday.",
    quotes: [{ text: "not safe for heavy trucks", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "The judge said the testimony of the neighbour was \u201cflawed and unreliable.\u201d\n\n\u201cI cannot convict on this evidence,\u201d said Judge Tom Baker.",
    quotes: [
      { text: "flawed and unreliable.", speaker: "Tom Baker" },
      { text: "I cannot convict on this evidence,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "description of a named person",
    text: "The judge said the testimony of the neighbour was \u201cflawed and unreliable.\u201d\n\nDefence lawyer Jane Roe said the ruling was fair.",
    quotes: [{ text: "flawed and unreliable.", speaker: null }],
  },
  // `Chief Tom Baker has issued a directive` then `the directive said`: a directive is a writing
  // its issuer speaks through, as a memo or a notice is.
  {
    kind: "document for its issuer",
    text: "Fire Chief Tom Baker has issued a sweeping directive to all Millbrook crews on Monday.\n\n\u201cOvertime is cancelled until the spring,\u201d the directive said.",
    quotes: [{ text: "Overtime is cancelled until the spring,", speaker: "Tom Baker" }],
  },
  // The same for a body: `The union representing Millbrook's nurses says …` then `The Tallwood
  // Nurses Federation said …`, a union by name for the first time. A company named next is no
  // union: the description keeps its words.
  {
    kind: "description of a named person",
    text: "The union representing Millbrook's nurses says the cuts will \u201cput patients in real danger\u201d across the region.\n\nThe Tallwood Nurses Federation said it will hold a strike vote on Friday.",
    quotes: [{ text: "put patients in real danger", speaker: "Tallwood Nurses Federation" }],
  },
  {
    kind: "description of a named person",
    text: "The union representing Millbrook's cooks says the offer is \u201can insult to workers\u201d in the region.\n\nBrenvo Lustrik Ltd. said it was disappointed by the vote.",
    quotes: [{ text: "an insult to workers", speaker: "Union representing Millbrook's cooks" }],
  },
  // A headline quotes its speaker's word or two with no verb of saying (`Tallwood mayor
  // ‘disappointed’ after vote`): the body's quotation of the one named speaker saying them tells
  // whose they are.
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood mayor \u2018disappointed\u2019 after council vote on arena\n\nTallwood council voted 6-3 on Tuesday to sell the old arena.\n\n\u201cI am deeply disappointed with the result,\u201d Mayor Jane Roe told reporters.",
    quotes: [
      { text: "disappointed", speaker: "Jane Roe" },
      { text: "I am deeply disappointed with the result,", speaker: "Jane Roe" },
    ],
  },
  // A headline's term that the body quotes alone, as the name of a thing (`the so-called “river
  // tax”`), stays a term though a speaker later uses the words too.
  {
    kind: "scare quotes and lists",
    text: "Millbrook residents angry over \u2018river tax\u2019 on Oakvale bills\n\nMillbrook homes will pay the so-called \u201criver tax\u201d from May.\n\n\u201cThe river tax is fair,\u201d Tom Baker, the treasurer, said.",
    quotes: [{ text: "The river tax is fair,", speaker: "Tom Baker" }],
  },
  // A headline that credits its quoted words after them (`, engineer says`, `: Tom Baker`) gives
  // the credited one's words, though the body never quotes them: the one named, or the person the
  // body introduces with the credit's title.
  {
    kind: "partial quote in a reported clause",
    text: "Riverton dam \u2018never\u2019 at risk during the storm, engineer says\n\nThe Riverton dam held through three days of rain last week.\n\nEngineer Jane Roe, who inspected the dam on Monday, said the spillway worked as designed. \u201cThe water stayed well below the crest,\u201d Roe said.",
    quotes: [
      { text: "never", speaker: "Jane Roe" },
      { text: "The water stayed well below the crest,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Oakvale rent increases \u2018too steep\u2019: Tom Baker\n\nOakvale tenants will pay up to nine per cent more from June.\n\nTom Baker, who leads the tenants\u2019 association, met landlords on Friday. \u201cWe asked for a freeze,\u201d Baker said.",
    quotes: [
      { text: "too steep", speaker: "Tom Baker" },
      { text: "We asked for a freeze,", speaker: "Tom Baker" },
    ],
  },
  // A headline whose subject, a title, has a verb of saying before its quoted words (`Tallwood
  // mayor describes tense ‘long night’`) gives the words of the one person the body introduces
  // with that title. A place before a descriptor (`Oakvale fire chief`) is no speaker's name.
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood mayor describes tense \u2018long night\u2019 during flood evacuation\n\nWater rose over the banks of the Tallwood River on Sunday.\n\nMayor Jane Roe toured the main street on Monday morning. \u201cWe will help every owner rebuild,\u201d Roe said.",
    quotes: [
      { text: "long night", speaker: "Jane Roe" },
      { text: "We will help every owner rebuild,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "Oakvale fire chief apologizes to \u2018every family\u2019 for slow response\n\nWater rose over the banks of the Oakvale River on Sunday and flooded a dozen shops.\n\nMayor Jane Roe and Fire Chief Tom Baker toured the main street on Monday morning. \u201cWe will help every owner rebuild,\u201d Roe said.",
    quotes: [{ text: "We will help every owner rebuild,", speaker: "Jane Roe" }],
  },
  // A word or three after an article, given by a reported clause, are the speaker's (given-words.ts):
  // a verb of calling with its object (`called the fare increase a “…”`), a verb of saying whose
  // clause runs on to the mark, an attribution closing the sentence, or `according to`.
  {
    kind: "partial quote in a reported clause",
    text: "Millbrook council met on Monday. Mayor Tom Baker called the fare increase a “non-starter” for families.",
    quotes: [{ text: "non-starter", speaker: "Tom Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the town faces a “long winter” after the mill closed.",
    quotes: [{ text: "long winter", speaker: "Jane Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The ferry will need a “full overhaul” before spring, Brenvo Lustrik said on Monday.",
    quotes: [{ text: "full overhaul", speaker: "Brenvo Lustrik" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood Council described the delay as a “total mess” in a letter to residents.",
    quotes: [{ text: "total mess", speaker: "Tallwood Council" }],
  },
  // Guards: a thing's name, the writer's term, a demand, a gerund, a clause set off by a comma, a
  // kind of people none of them named: no one in the sentence gives the words.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe said the Tallwood group launched a program called “Safe Streets” last year.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker called for a “slow walk” through Oakvale on Sunday.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe defended the plan by saying it was a “fresh start” for the valley.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said that the ferry, a Riverton boat, had a “cabin crew” on board.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Opponents call the toll a “river tax” in Millbrook.",
    quotes: [],
  },
  // A description named by the next paragraph's speaker (described-speakers.ts) only when nothing
  // says that speaker is someone else: never a judge (the court's story names the parties next), nor
  // a person introduced with words of their own (an appositive, a relative clause); a body's
  // description only when definite; and a union never a company (the resolver's bodyNamedNext too).
  {
    kind: "unnamed person",
    text: 'Millbrook court\n\nThe judge said the trial would be "long and difficult."\n\nJane Roe, the accused, said she was "ready to fight."',
    quotes: [
      { text: "long and difficult.", speaker: null },
      { text: "ready to fight.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "unnamed person",
    text: 'Millbrook court\n\nThe judge said the evidence was "thin at best."\n\nThe court then heard from Jane Roe, who said she was "scared every day."',
    quotes: [
      { text: "thin at best.", speaker: null },
      { text: "scared every day.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "unnamed person",
    text: 'Millbrook fire\n\nMillbrook\'s fire chief says the bridge is "unsafe."\n\nTom Baker, who lives next to the bridge, says he has seen "cracks for years."',
    quotes: [
      { text: "unsafe.", speaker: null },
      { text: "cracks for years.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Millbrook nurses\n\nA union says the hospital is "dangerously short."\n\nThe Millbrook Nurses Union said it would strike in June.',
    quotes: [{ text: "dangerously short.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Tallwood clinics\n\nAn agency says the clinics are "badly stretched."\n\nTallwood Health Agency said it would hire more staff by June.',
    quotes: [{ text: "badly stretched.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Riverton plant\n\nThe union says the plant is "running on fumes."\n\nBrenvo Lustrik Ltd. said it would hire more staff by June.',
    quotes: [{ text: "running on fumes.", speaker: null }],
  },
  // Held: a judge named by the title (`Judge Tom Baker`), and a body's indefinite description a
  // qualifier picks out (`A union representing …`), are still the ones named next.
  {
    kind: "unnamed person",
    text: 'Millbrook court\n\nThe judge said Friday the report was "thin and careless."\n\n"I cannot rely on it," said Judge Tom Baker.',
    quotes: [
      { text: "thin and careless.", speaker: "Tom Baker" },
      { text: "I cannot rely on it,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Tallwood buses\n\nA union representing 4,000 Tallwood bus drivers says a strike will go on "until further notice."\n\nThe Tallwood Transit Union said its members would walk out on Friday.',
    quotes: [{ text: "until further notice.", speaker: "Tallwood Transit Union" }],
  },
  // A quoted modifier before a noun of a rule, a sign or a side is that thing's name, whoever
  // reports it; before another noun a reported clause still gives it (`“very challenging” conditions`).
  {
    kind: "scare quotes and lists",
    text: "Jane Roe said protesters carried a “hands off” sign.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said the “stop work” order would stay in place.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said voters rejected the “yes” side.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said crews faced “very challenging” conditions on the ridge.",
    quotes: [{ text: "very challenging", speaker: "Jane Roe" }],
  },
  // A verb of saying after the words gives them only in an attribution's shape: not in a relative
  // clause or a clause joined by `and` with its own subject; `and said` shares the sentence's subject.
  {
    kind: "scare quotes and lists",
    text: "The flood was a “biblical” event for the town, which Jane Roe said would recover.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The ferry made a “slow crawl” across the bay on Monday, and Tom Baker said it was overdue.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker called Jane Roe a “blowhard,” and said her plan would fail.",
    quotes: [{ text: "blowhard,", speaker: "Tom Baker" }],
  },
  // The attribution after the words is read past a title's full stop (`Dr.`).
  {
    kind: "partial quote in a reported clause",
    text: "The plan was a “scam” for the town, Dr. Jane Roe said.",
    quotes: [{ text: "scam", speaker: "Jane Roe" }],
  },
  // `no` is a determiner like `the`: a reported clause gives the words after it too.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the town had no “legal duty” to clear the roads.",
    quotes: [{ text: "legal duty", speaker: "Jane Roe" }],
  },
  // Every form of the verbs of calling and describing: `describing`, `labelling`.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe issued a statement describing the fare as a “fair deal” for riders.",
    quotes: [{ text: "fair deal", speaker: "Jane Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A video shows Tom Baker labelling the ferry a “floating ruin” in Oakvale.",
    quotes: [{ text: "floating ruin", speaker: "Tom Baker" }],
  },
  // A headline with neither a comma nor a colon after its quoted words has no credit there: the
  // line's rest is its own clause (`‘…’ plan calls for …`), whatever verb it holds.
  {
    kind: "scare quotes and lists",
    text: "Riverton news\n\nRiverton \u2018pocket parks\u2019 proposal calls for 12 new lots\n\nCouncil will vote on the proposal in March.",
    quotes: [],
  },
  // A headline's words the body quotes from one named speaker and from a group (`Parents said
  // they were \u201cworried\u201d`) are a phrase in the air, no one person's.
  {
    kind: "scare quotes and lists",
    text: "Millbrook school \u2018worried\u2019 about bus cuts\n\nThe board will cut two routes in the fall.\n\n\u201cWe are worried about the long walk,\u201d principal Jane Roe said.\n\nParents said they were \u201cworried\u201d as well.",
    quotes: [
      { text: "We are worried about the long walk,", speaker: "Jane Roe" },
      { text: "worried", speaker: null },
    ],
  },
  // Quoted words standing before the head noun they name (`\u2018\u2026\u2019 campaign`, `\u2018\u2026\u2019
  // program`) are a campaign's or a work's name, though its founder says them in the body.
  {
    kind: "scare quotes and lists",
    text: "Volunteers join \u2018clean the creek\u2019 campaign in Tallwood\n\nDozens came out on Sunday morning.\n\n\u201cWe began clean the creek last spring with six friends,\u201d organizer Tom Baker said.",
    quotes: [{ text: "We began clean the creek last spring with six friends,", speaker: "Tom Baker" }],
  },
  // A colon's verbless credit is a name, or a noun for who speaks (`: police`); other words
  // after it (`: Storms return`) are the headline's own clause.
  {
    kind: "scare quotes and lists",
    text: "The \u2018long winter\u2019: Storms return\n\nOakvale braced for more snow on Friday.\n\n\u201cWe have salt for a month,\u201d Tom Baker said.",
    quotes: [{ text: "We have salt for a month,", speaker: "Tom Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Driver \u2018swerving wildly\u2019 before crash: police\n\nA car hit a pole in Oakvale on Monday night.\n\nNo one was hurt.",
    quotes: [{ text: "swerving wildly", speaker: null }],
  },
  // A lead's short quotation that one named speaker's fuller words hold is not lent to them when
  // a description of one person (`A union official said …`) quotes the words too: that one is as
  // often another speaker (a spokesperson beside a councillor). A group's quoting them (`Riders
  // said …`) makes them a phrase in the air, no one's.
  {
    kind: "unnamed person",
    text: "Tallwood bus drivers raise alarm over route cuts\n\nThe union that represents Tallwood bus drivers wants the town to give riders \u201cthe whole story\u201d about the cuts.\n\nA union official said riders deserved \u201cthe whole story\u201d before any vote.\n\nThe town will vote on the cuts in May.\n\n\u201cRiders deserve the whole story of what these cuts mean,\u201d union president Tom Baker said.",
    quotes: [
      { text: "the whole story", speaker: null },
      { text: "the whole story", speaker: null },
      { text: "Riders deserve the whole story of what these cuts mean,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "unnamed person",
    text: "Tallwood bus drivers raise alarm over route cuts\n\nThe union that represents Tallwood bus drivers wants the town to give riders \u201cthe whole story\u201d about the cuts.\n\nRiders said they wanted \u201cthe whole story\u201d before any vote.\n\nThe town will vote on the cuts in May.\n\n\u201cRiders deserve the whole story of what these cuts mean,\u201d union president Tom Baker said.",
    quotes: [
      { text: "the whole story", speaker: null },
      { text: "the whole story", speaker: null },
      { text: "Riders deserve the whole story of what these cuts mean,", speaker: "Tom Baker" },
    ],
  },
  // A headline's short words that a description of one person quotes in the body (`An agency
  // spokesperson said …`) are not lent to another, named speaker who says them too: the
  // description is as often a different speaker (review R, finding 1).
  {
    kind: "unnamed person",
    text: "\u2018Simply unfair,\u2019 says agency spokesperson\n\nThe agency has cut the Riverton ferry schedule again.\n\nAn agency spokesperson said the cut was \u201csimply unfair\u201d to riders.\n\n\u201cIt is simply unfair to the people of Riverton,\u201d Councillor Jane Roe said on Friday.",
    quotes: [
      { text: "Simply unfair,", speaker: null },
      { text: "simply unfair", speaker: null },
      { text: "It is simply unfair to the people of Riverton,", speaker: "Jane Roe" },
    ],
  },
  // The lead printed again below a video keeps its description (`The union that represents …`):
  // that repeat is no other speaker, and the lead's short words stay the named speaker's.
  {
    kind: "unnamed person",
    text: "Oakvale nurses press town for answers\n\nThe union that represents Oakvale nurses is asking the town to give residents \u201cthe plain truth\u201d about the clinic.\n\nWatch the video above.\n\nThe union that represents Oakvale nurses is asking the town to give residents \u201cthe plain truth\u201d about the clinic.\n\n\u201cWe are asking the town to give residents the plain truth about what is happening at the clinic,\u201d nurses union president Jane Roe said.",
    quotes: [
      { text: "the plain truth", speaker: "Jane Roe" },
      { text: "the plain truth", speaker: null },
      { text: "We are asking the town to give residents the plain truth about what is happening at the clinic,", speaker: "Jane Roe" },
    ],
  },
  // One quoted word, or an -ly adverb and a word, before a noun of a rule or a sign judges it: the
  // speaker's words (`the “spiteful” bylaw`); a name of it (`the “stop work” order`, `the “no”
  // side`) stays a name.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the \u201cspiteful\u201d bylaw would empty the Millbrook market.\n\nTom Baker said the town had a \u201cdeeply flawed\u201d policy on parking.\n\nJane Roe said voters backed the \u201cno\u201d side in Tallwood.",
    quotes: [
      { text: "spiteful", speaker: "Jane Roe" },
      { text: "deeply flawed", speaker: "Tom Baker" },
    ],
  },
  // A headline's quoted name of an order or a rule (`‘boil water’ advisory`) is no one's words,
  // whether the body quotes a speaker saying them or the headline credits them.
  {
    kind: "scare quotes and lists",
    text: "Riverton \u2018boil water\u2019 advisory ends, town says\n\nThe advisory ended on Tuesday.\n\n\u201cThe boil water advisory is over, and the taps are safe,\u201d Mayor Tom Baker said.",
    quotes: [{ text: "The boil water advisory is over, and the taps are safe,", speaker: "Tom Baker" }],
  },
  // A colon's credit that is a place's name (`: Tallwood Lake`) says where, not who speaks.
  {
    kind: "scare quotes and lists",
    text: "Spring \u2018mud season\u2019: Tallwood Lake\n\nThe trails around Tallwood Lake are closed until May.\n\nHikers are asked to stay off them.",
    quotes: [],
  },
  // A participle after the words (`, leaving riders saying …`) opens a clause of its own: no
  // attribution of the quoted words to anyone.
  {
    kind: "scare quotes and lists",
    text: "The new timetable was a \u201cshambles\u201d for Oakvale, leaving riders saying it should go.",
    quotes: [],
  },
  // A members' body (`The society says …`) is no company: a company named in the next paragraph
  // is another party, not the society.
  {
    kind: "organisation continuation",
    text: "The society says the Millbrook clinic is \u201cbadly understaffed.\u201d\n\nBrenvo Lustrik Ltd. said it would sell the clinic building in June.",
    quotes: [{ text: "badly understaffed.", speaker: null }],
  },
  // The same `he` as its sentence's subject, later in that sentence (`what he called`), is that
  // subject again: not the person the sentence names in between as an object.
  {
    kind: "pronoun resolved wrongly",
    text: "Judge Tom Baker released his report on the Millbrook ferry on Monday.\n\nBut he singled out former harbour master Sam Doe for what he called a \u201cdeliberate scheme\u201d to mislead council.",
    quotes: [{ text: "deliberate scheme", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Roe runs the Tallwood food bank.\n\nShe thanked Mayor Ann Smith at the opening, then she said the shelves were \u201cnearly bare\u201d by noon.",
    quotes: [{ text: "nearly bare", speaker: "Jane Roe" }],
  },
  // A description after a preposition (`the exit of his finance minister, Jane Roe,`) is its
  // object inside the speaker's appositive: the name set off after it is no subject; one opening
  // the clause (`The chair of the board, Jane Roe, said`) still is.
  {
    kind: "subject of the clause",
    text: "Tom Baker, speaking a day after the exit of his finance minister, Jane Roe, said the \u201csweeping\u201d review would start soon.\n\nThe chair of the Oakvale board, Ann Smith, said the plan was \u201cbold.\u201d",
    quotes: [
      { text: "sweeping", speaker: "Tom Baker" },
      { text: "bold.", speaker: "Ann Smith" },
    ],
  },
  // A pronoun repeated in its sentence goes back to the first only when no relative or
  // subordinator after the name passed opens a clause of its own (`Roe, who resigned after he
  // called …`: that he is Roe); `whom he described` keeps the first.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker spoke on Monday. He replaced Bill Roe, who resigned after he called the budget \u201ca fraud.\u201d\n\nJane Smith spoke on Tuesday. She thanked Ann Lee, whom she described as \u201ca loyal friend.\u201d",
    quotes: [
      { text: "a fraud.", speaker: "Bill Roe" },
      { text: "a loyal friend.", speaker: "Jane Smith" },
    ],
  },
  // A stored excerpt cut off inside a quotation (`"We are worried. It'` ending the text) holds
  // no whole thing anyone said: that piece is left out; the whole paragraphs before it are kept.
  {
    kind: "boundaries",
    text: 'Water rose over the Pellworth dikes on Sunday.\n\n"The river came up in an hour," said Dara Quill, who farms by the bank.\n\n"We moved the cattle first. Then the tractors went."\n\n"I am worried. It\'',
    quotes: [
      { text: "The river came up in an hour,", speaker: "Dara Quill" },
      { text: "We moved the cattle first. Then the tractors went.", speaker: "Dara Quill" },
    ],
  },
  {
    kind: "boundaries",
    text: 'Crews worked through the night in Ostrander.\n\n"The pumps held," Mayor Lin Varo said. "We had three of them running.\n\n"By morning the water was going do',
    quotes: [
      { text: "The pumps held,", speaker: "Lin Varo" },
      { text: "We had three of them running.", speaker: "Lin Varo" },
    ],
  },
  // An opening mark right after an article that nothing closes (`with a "Welcome home sign.`)
  // opened a name whose closing mark was lost: the rest of the caption is nobody's words.
  {
    kind: "furniture",
    text: 'Volunteers filled the arrivals hall at Marden airport on Friday.\n  \u2022 Lena Ostrova and Pim Adair wait at gate two for the families with a "Welcome home sign. The first flights landed in Marden in March.\n  \u2022 Volunteers hand out coats in the arrivals hall.\n\n"We have waited for this day since the summer," said Lena Ostrova, who leads the Marden welcome group.',
    quotes: [{ text: "We have waited for this day since the summer,", speaker: "Lena Ostrova" }],
  },
  // A pronoun with its verb run on (`it’s`, `he’s`) is that pronoun: `it’s` read whole fell to
  // the rules of `she` and took the person named before, here for a crowd's cry.
  {
    kind: "pronoun to non-person",
    text: "Former bandleader Tarn Oduya left court on Tuesday after the verdict.\n\nGiven the speed of the ruling, it\u2019s possible the judge wrote it in a day and spent the rest of the month at his cottage, should his street soon fill with the same protesters who had gathered on the courthouse stairs in March to shout, \u201cJustice for all of us!\u201d\n\nThe trial lasted six weeks.",
    quotes: [{ text: "Justice for all of us!", speaker: null }],
  },
  // A body carried on by its noun: `The company` opening a sentence between the body's own
  // quotation and `the company said` a paragraph on stands for the body that spoke before it.
  {
    kind: "organisation continuation",
    text: "Vantor Rail (VR) will lock out workers by Friday.\n\n\u201cWe want an end to this uncertainty as soon as possible,\u201d VR said.\n\nThe company cast the notice as a last effort to keep goods moving.\n\n\u201cWe are acting to protect the supply chain,\u201d the company said.",
    quotes: [
      { text: "We want an end to this uncertainty as soon as possible,", speaker: "Vantor Rail" },
      { text: "We are acting to protect the supply chain,", speaker: "Vantor Rail" },
    ],
  },
  // A cleft (`It was … when Justice Tom Varga read …:`) sets a time first; the subject after
  // `when` introduces the quotation, never the empty `it`.
  {
    kind: "introduced by a colon",
    text: "It was just after noon, inside a crowded Courtroom 9 in Pellston, when Justice Tom Varga read the last line of his ruling: \u201cI find Mr. Oakes guilty of both counts.\u201d",
    quotes: [{ text: "I find Mr. Oakes guilty of both counts.", speaker: "Tom Varga" }],
  },
  // The writer's `you` (`Before you could say “Z,”`) is anyone: the words are no neighbour's.
  {
    kind: "unnamed person",
    text: "Justice Tom Varga read out his ruling: \u201cI find Mr. Tolle not guilty of the two charges.\u201d\n\nBefore you could say \u201cZ,\u201d Rex v. Tolle was done.",
    quotes: [
      { text: "I find Mr. Tolle not guilty of the two charges.", speaker: "Tom Varga" },
      { text: "Z,", speaker: null },
    ],
  },
  // A verb after a modal (`should remember`) inside what `said` reports is what someone should
  // do: the words are the reporter's, not the panel's nor the possessor's opening the sentence.
  {
    kind: "partial quote in a reported clause",
    text: "Auditor\u2019s counsel Lena Vos said the panel should remember that grief \u201cis not a verdict.\u201d",
    quotes: [{ text: "is not a verdict.", speaker: "Lena Vos" }],
  },
  // `, says the Dunmore Health Authority.` closing a sentence a quotation runs on in: a body's
  // name after `the` is the inverted speaker, as a person's name is.
  {
    kind: "speaker named after the quote",
    text: "A clerk at the Dunmore clinic \u201cwrongly opened\u201d the files of 40 patients, says the Dunmore Health Authority.",
    quotes: [{ text: "wrongly opened", speaker: "Dunmore Health Authority" }],
  },
  // `Mr. Halloran` after `Jenna Halloran` and `Ms. Halloran`: the honorific names another of the
  // family, not the woman the text showed her sex; his words are his, not hers, nor no one's.
  {
    kind: "surname shared by two people",
    text: "Jenna Halloran came home to Dorval Creek on Monday with her husband, Owen.\n\nMs. Halloran said the smell was bad. \u201cYou walk in and get a headache,\u201d she said.\n\nMr. Halloran said it was strange. \u201cWe lost the barn,\u201d he said.",
    quotes: [
      { text: "You walk in and get a headache,", speaker: "Jenna Halloran" },
      { text: "We lost the barn,", speaker: "Halloran" },
    ],
  },
  // A semicolon opens a clause of its own: its named subject (`Orr closed her news briefing
  // with …`) carries the quoted words, where the sentence opens with a thing (`That night`).
  {
    kind: "subject of the clause",
    text: "Dana Orr is the mayor of Pellston.\nIt\u2019s a big day for the mayor of Pellston: she\u2019s just laid out her reasons for keeping the rate steady.\nThat night was also Game 2 of the league finals; Orr closed her news briefing with a loud \u201cGo Hawks!\u201d",
    quotes: [{ text: "Go Hawks!", speaker: "Dana Orr" }],
  },
  // A participle of calling set off by a comma shares the subject of the clause before it, whose
  // words it quotes (given-words.ts), past a relative clause closed before it.
  {
    kind: "partial quote in a reported clause",
    text: "Judge Wendell Ostrov ruled on the Harlow Creek mill on Friday.\n\nIn a long decision, Ostrov rejected the owner's appeal, calling his account of the spill \u201cplainly invented,\u201d a finding the owner will contest.\n\nMayor Ilse Varga, who chairs the water board, called it a \u201cbitter day\u201d for the town.",
    quotes: [
      { text: "plainly invented,", speaker: "Wendell Ostrov" },
      { text: "bitter day", speaker: "Ilse Varga" },
    ],
  },
  // A relative clause right before the participle: the participle may be its clause's, and the
  // attribution would read that clause's last-named person; a relative clause closed earlier ends nothing.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nShe also attacked councillor Piet Lorne, with whom she clashed last spring over the ferry dock, calling him a \u201cdrifter.\u201d\n\nVarga met Piet Lorne, who runs the ferry, calling the dock a \u201cwreck.\u201d",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nVarga, who chairs the water board, rejected the plan, calling it a \u201cfarce.\u201d\n\nThen she cut into Piet Lorne, calling him a \u201cstiff.\u201d\n\nMeanwhile, in a long speech, she praised the port, calling it a \u201cgem.\u201d However, she spared the crew, calling them \u201cheroes.\u201d",
    quotes: [
      { text: "farce.", speaker: "Ilse Varga" },
      { text: "stiff.", speaker: "Ilse Varga" },
      { text: "gem.", speaker: "Ilse Varga" },
      { text: "heroes.", speaker: "Ilse Varga" },
    ],
  },
  // A participle set off after a clause whose subject is no person, body or pronoun (a petition, a
  // banner, graffiti, a possessor's group): whose words they are is unread, and no neighbour's speaker
  // stands in.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke to reporters on Monday.\n\nA petition circulated in Pellston last week, calling the levy a \u201ctax grab.\u201d\n\nGraffiti appeared on the ferry dock overnight, calling the mayor a \u201cliar.\u201d\n\nSigns went up along Elm Street, calling the dock plan a \u201cland grab.\u201d\n\nLorne's group ran ads on radio, calling the mayor's plan \u201creckless.\u201d\n\nA banner hung above the stage, calling the plan a \u201cbetrayal.\u201d",
    quotes: [],
  },
  // `her` right before the quoted words is a possessive (`The house …, called her “…”` names a thing),
  // unless a person opens the sentence (`He …, called her “…”`), whose object she is.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga praised the shelter.\n\nThe house on Elm Street, called her \u201csanctuary\u201d in a memoir, was sold.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Piet Lorne spoke at the Harlow Creek hall on Friday.\n\nHe later said her budget was a gamble, called her \u201creckless\u201d and walked out.",
    quotes: [{ text: "reckless", speaker: "Piet Lorne" }],
  },
  // A reflexive object makes a verb of calling a name a thing goes by, set off after another's clause.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nVarga mocked the port board, calling itself the \u201cvoice of the harbour.\u201d\n\nVarga praised her deputy, calling himself a \u201cservant of the town.\u201d",
    quotes: [],
  },
  // `demands` as a noun (`the union's demands for a “…” wage`) reports no one's words.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nPiet Lorne's demands for a \u201cclean\u201d harbour went unheard at the meeting.\n\nThe union's demands of \u201cfair\u201d pay were rejected by Varga.\n\nVarga met the union, whose demands include a \u201cliving wage\u201d and longer breaks.",
    quotes: [],
  },
  // An attribution set off in mid-sentence far past the quoted words reports the clause, not a label in it.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nThe \u201cconfidential\u201d memo reached the desk of the mayor, Piet Lorne said at the meeting, and she read it.",
    quotes: [],
  },
  // `counsel` is a verb of saying before it is a role noun: `advisers counsel patience` says nothing,
  // and `the counsel said` is no role the last-named person holds.
  {
    kind: "partial quote in a reported clause",
    text: "The tribunal sat in Pellston on Monday.\n\nPiet Lorne said advisers counsel patience and called the delay \u201cnormal.\u201d",
    quotes: [{ text: "normal.", speaker: "Piet Lorne" }],
  },
  {
    kind: "unnamed person",
    text: "Piet Lorne, a ferry owner, spoke on Monday.\n\n\u201cIt was avoidable,\u201d the counsel said.",
    quotes: [{ text: "It was avoidable,", speaker: null }],
  },
  // A pair of dashes around an aside leaves the reported clause running on to the quoted words.
  {
    kind: "partial quote in a reported clause",
    text: "Treasurer Nadia Kovel spoke in Harlow Creek on Tuesday.\n\nKovel added the goal is to build \u2014 chiefly in transit, ports and clinics \u2014 in a \u201cmeasured and careful way.\u201d",
    quotes: [{ text: "measured and careful way.", speaker: "Nadia Kovel" }],
  },
  // A verb of urging reports its subject's demand, in the subject's words.
  {
    kind: "partial quote in a reported clause",
    text: "Opposition leader Marta Quill spoke at the Harlow Creek legislature on Monday.\n\nQuill also urged Premier Dov Hask to drop his \u201creckless\u201d $4 million lawsuit against the port.",
    quotes: [{ text: "reckless", speaker: "Marta Quill" }],
  },
  // A sentence the text's end cuts off (a page saved up to a length) is prose all the same.
  {
    kind: "partial quote in a reported clause",
    text: "Crown lawyer Oren Pallis spoke at the Harlow Creek courthouse on Monday.\n\nDuring his closing argument, Crown lawyer Oren Pallis said based on the \u201cgrim\u201d nature of the crimes, Lorne should wait a span of at least",
    quotes: [{ text: "grim", speaker: "Oren Pallis" }],
  },
  // An attribution set off by commas in mid-sentence gives the words before it, as one closing it does.
  {
    kind: "partial quote in a reported clause",
    text: "Telvane Logistics opened a depot in Harlow Creek in May.\n\nThe depot will be a \u201cstable\u201d place to work, Telvane said in a statement, with 1,200 jobs in Harlow Creek.",
    quotes: [{ text: "stable", speaker: "Telvane Logistics" }],
  },
  // Words in brackets after quoted ones gloss them: the writer's, not the speaker's.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nVarga mocked the visitors, calling them \u201cpaletos\u201d (\u201chicks\u201d) before the crowd.",
    quotes: [{ text: "paletos", speaker: "Ilse Varga" }],
  },
  // The name after a role (`Tribunal's counsel Ona Brisk`) speaks, not the possessor; it holds with `counsel` no speaker noun.
  {
    kind: "affiliation",
    text: "The tribunal sat in Harlow Creek on Monday.\n\nTribunal's counsel Ona Brisk said the jury should remember that fear \u201cis not a crime,\u201d and should weigh only the facts.",
    quotes: [{ text: "is not a crime,", speaker: "Ona Brisk" }],
  },
  // A portfolio or a body's fields listed with commas after `of` (`Minister of Trade, Tourism
  // and Rural Affairs`, `Academy of Arts, Letters and Music`) are one name: no item of the list
  // speaks nor opens a pair; the holder named after it does, the whole body does, and an office
  // alone names no one.
  {
    kind: "title inside the attribution",
    text: "The mill will close in June.\n\n\u201cThis is a hard day for the valley,\u201d Minister of Trade, Tourism and Rural Affairs Pat Delaney told reporters.",
    quotes: [{ text: "This is a hard day for the valley,", speaker: "Pat Delaney" }],
  },
  {
    kind: "title inside the attribution",
    text: "The wharf will close in June.\n\n\u201cWe will look at every option,\u201d the Minister of Ports, Fisheries and Waterways said.",
    quotes: [{ text: "We will look at every option,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "A survey released in May by the Oakvale Academy of Arts, Letters and Music noted that choirs are shrinking.\n\n\u201cFewer schools now offer music at all,\u201d the survey concluded.",
    quotes: [{ text: "Fewer schools now offer music at all,", speaker: "Oakvale Academy of Arts, Letters and Music" }],
  },
  // A platform's name before a medium's noun (`the club’s official Twitter account`) is its
  // modifier: the platform never speaks for the account's owner.
  {
    kind: "affiliation",
    text: "The Hawks won on Friday.\n\nOn Saturday, the Hawks\u2019 official Twitter account posted a photo of Ivo Jansen with the caption: \u201cSee you next spring.\u201d",
    quotes: [{ text: "See you next spring.", speaker: null }],
  },
  // A page named by its outlet with no owner's possessive (`This Oakvale Gazette page is maintained …`)
  // is the page's own label, which says nothing anyone said.
  {
    kind: "furniture",
    text: "This Oakvale Gazette page is maintained for readers in our records.\n\nFerry Fares \u2018Set To Double,\u2019 Harbour Board Says\n\nFares will rise next year, the board said on Monday.",
    quotes: [{ text: "Set To Double,", speaker: null }],
  },
  // `said the member of Birch Lake First Nation`: the name after the description the inverted
  // verb's walk passed over says where the speaker belongs; the body is no speaker.
  {
    kind: "affiliation",
    text: "Ana Lopez teaches at the Birch Lake school.\n\n\u201cOur families are grieving,\u201d said the member of Birch Lake First Nation, who also coaches the girls\u2019 team.",
    quotes: [{ text: "Our families are grieving,", speaker: null }],
  },
  // `Mounties announced`: a body's nickname is the body, named by its own name.
  {
    kind: "organisation continuation",
    text: "A man from Birch Lake was found hurt on Oct. 3 and \u201cdied of his injuries\u201d in hospital, Mounties announced on Friday.",
    quotes: [{ text: "died of his injuries", speaker: "RCMP" }],
  },
  // `‘…,’ Baker told as mayors plead`: a headline's passive `told` (a subordinator or `by` after
  // it, no one told) makes its subject the one who heard the words, not who said them.
  {
    kind: "speaker named after the quote",
    text: "\u2018Act now,\u2019 Baker told as Oakvale mayors plead for ferry money\n\nMayors from across the coast met Prime Minister Tom Baker on Monday.",
    quotes: [{ text: "Act now,", speaker: null }],
  },
  // Initials in the plural (`Above Guideline Increases (AGIs)`, `MPs`) name a kind of things or
  // people, never one speaker: a pronoun read back to them gives no one.
  {
    kind: "pronoun to non-person",
    text: "Tenants at two Birchwood towers are withholding rent.\n\nTallwood Homes says it follows the rules in seeking Above Guideline Increases (AGIs). They say the increases will pay for \u201curgent roof repairs,\u201d but tenants doubt it.",
    quotes: [{ text: "urgent roof repairs,", speaker: null }],
  },
  // A clause joined after a quotation (`, and the agency planned to build “…”`) with a
  // subject of its own and a verb that is no saying is another's doing: the speaker of the
  // quotation before is not lent to the words quoted in it.
  {
    kind: "person named since the last speaker",
    text: "In May, the province shut the Oakvale site. At the time, the minister\u2019s aide Tom Baker said the site was \u201ca strain on the street,\u201d and the agency planned to build \u201ctwo better sites\u201d for users.",
    quotes: [
      { text: "a strain on the street,", speaker: "Tom Baker" },
      { text: "two better sites", speaker: null },
    ],
  },
  // A modal verb (`would tell`) in a clause of its own, after a comma that closes the clause of
  // an earlier `said`: the modal is no part of what `said` reports, and its subject speaks.
  {
    kind: "introduced by a colon",
    text: "After Mara Quill said no to the merger, Oren Dask would tell the board: \u201cWe are finished with these talks.\u201d",
    quotes: [{ text: "We are finished with these talks.", speaker: "Oren Dask" }],
  },
  // `The company` carried on only from the sentence right after the body's own: a sentence
  // between that brings in another firm by common nouns (`a potash shipper`) breaks the link.
  {
    kind: "organisation continuation",
    text: "Kestrel Freight will lock out its workers by Friday.\n\n\u201cWe want this settled before the harvest,\u201d Kestrel Freight said.\n\nIts largest customer is a potash shipper in Orrin Falls. The company moves a third of the region\u2019s potash.\n\n\u201cWe are weighing other routes for now,\u201d the company said.",
    quotes: [
      { text: "We want this settled before the harvest,", speaker: "Kestrel Freight" },
      { text: "We are weighing other routes for now,", speaker: null },
    ],
  },
  // `The company that owns …`: the noun pinned to another body by what follows it is no link.
  {
    kind: "organisation continuation",
    text: "Kestrel Freight will lock out its workers by Friday.\n\n\u201cWe want this settled before the harvest,\u201d Kestrel Freight said.\n\nThe company that runs the Orrin Falls grain terminal says the lockout would idle its loaders.\n\n\u201cWe are weighing other routes for now,\u201d the company said.",
    quotes: [
      { text: "We want this settled before the harvest,", speaker: "Kestrel Freight" },
      { text: "We are weighing other routes for now,", speaker: null },
    ],
  },
  // `Mr. Ferri` after `Andrea Ferri`, a given name many languages give to men: only a title of
  // her own would show the bearer a woman, so the honorific names him, not a new `Ferri`.
  {
    kind: "surname shared by two people",
    text: "Andrea Ferri runs a bakery in Orrin Falls.\n\n\u201cWe lost both ovens to the water,\u201d said Mr. Ferri.",
    quotes: [{ text: "We lost both ovens to the water,", speaker: "Andrea Ferri" }],
  },
  // A cleft whose clause leads a chant (`It was … when Oren Dask led the marchers in a chant:`):
  // a crowd's cry is no saying of the one who led it, and the cleft lends it no speaker.
  {
    kind: "unnamed person",
    text: "It was just past noon when Oren Dask led the marchers in a chant: \u201cHands off our clinic!\u201d",
    quotes: [{ text: "Hands off our clinic!", speaker: null }],
  },
  // A pronoun with its verb run on (`She’d`, `He’ll`) opening a sentence is that pronoun, no name.
  {
    kind: "pronoun resolved wrongly",
    text: "Nadia Marren chairs the Harlow Creek library board. She\u2019d told the council in June: \u201cWe cannot keep the doors open.\u201d",
    quotes: [{ text: "We cannot keep the doors open.", speaker: "Nadia Marren" }],
  },
  // A verb bidding the reader ask or listen (`Ask any grower …`) opens its sentence as an imperative: no name.
  {
    kind: "unnamed person",
    text: "Ask any grower in Harlow Creek what the summer was like: \u201cThe wells ran dry by July.\u201d",
    quotes: [{ text: "The wells ran dry by July.", speaker: null }],
  },
  // `you will hear: “…”`: what the writer's `you` hears from anyone is no one's, not the clause's subject's.
  {
    kind: "unnamed person",
    text: "Growers in Harlow Creek, Ona Brisk says, are worn out; at any market you will hear: \u201cThe wells ran dry by July.\u201d",
    quotes: [{ text: "The wells ran dry by July.", speaker: null }],
  },
  // A one-word name with an apostrophe opening the sentence of a set-off participle (`O’Hale
  // rejected …, calling it “…”`): the name went into a regular expression with `\’` escaped, a
  // syntax error under the `u` flag, and the whole draft threw.
  {
    kind: "partial quote in a reported clause",
    text: "Ciaran O\u2019Hale chairs the Pellworth harbour board.\n\nO\u2019Hale rejected the plan on Monday, calling it a \u201cslow squeeze.\u201d",
    quotes: [{ text: "slow squeeze.", speaker: "Ciaran O\u2019Hale" }],
  },
  // `a spokesperson for the port authority said` after `the Tessel Port Authority` and a
  // spokesperson for it met before: the body called again by its name's last words in lower case speaks.
  {
    kind: "organisation continuation",
    text: "Barge aground off Tessel Point\n\nIn an email, a spokesperson for the Tessel Port Authority wrote that divers found \u201cheavy damage\u201d near the pier.\n\n\u201cWe will tow the barge off at high tide,\u201d a spokesperson for the port authority said Tuesday.",
    quotes: [
      { text: "heavy damage", speaker: "Spokesperson for the Tessel Port Authority" },
      { text: "We will tow the barge off at high tide,", speaker: "Tessel Port Authority" },
    ],
  },
  // `his ex-wife said` after `Tom Perrault’s former wife, Annick Daoust,`: two words for one relation.
  {
    kind: "description of a named person",
    text: "\u201cWe want him home by winter,\u201d Tom Perrault\u2019s former wife, Annick Daoust, told reporters in Moncton.\n\nPerrault has been held in Lisbon for three years.\n\n\u201cNobody has given us a single answer,\u201d his ex-wife said.",
    quotes: [
      { text: "We want him home by winter,", speaker: "Annick Daoust" },
      { text: "Nobody has given us a single answer,", speaker: "Annick Daoust" },
    ],
  },
  // `said a statement issued Monday by Lise Tremblant`: the day it came out stands between the
  // participle and its author.
  {
    kind: "document for its issuer",
    text: "\u201cThe ministry knows of a death in Arequipa,\u201d said a statement issued Monday by Lise Tremblant, a spokesperson for the ministry.",
    quotes: [{ text: "The ministry knows of a death in Arequipa,", speaker: "Lise Tremblant" }],
  },
  // A description taken whole as a name: `the heads of Vale's …` (a person's noun, a link, no name
  // after it) names no one; `a spokesperson with the Acme Board` names the board and is kept.
  {
    kind: "organisation continuation",
    text: "Dunmere's ferries will run late all week. A spokesperson with the Tolland Harbour Commission says crews are \u201cdoing what we can with two boats.\u201d\n\nThe heads of Dunmere's ferry terminals wrote that the service has hit a \u201ctipping point.\u201d",
    quotes: [
      { text: "doing what we can with two boats.", speaker: "Spokesperson with the Tolland Harbour Commission" },
      { text: "tipping point.", speaker: null },
    ],
  },
  // `Pellworth's Fisheries Minister is weighing …`: a portfolio and its title, capitalised, is the
  // office with no holder named; `the minister said` read back to it names no one.
  {
    kind: "unnamed person",
    text: "Pellworth's Fisheries Minister is weighing a longer closure of the cod grounds.\n\nThe minister said the province will keep its promise to \u201cbring the boats home by spring.\u201d",
    quotes: [{ text: "bring the boats home by spring.", speaker: null }],
  },
  // A name closing the text with no stop, at the end of a line of prose, whose last word the text
  // writes nowhere else whole, may be cut off mid-word (`Das` for a longer name): no speaker.
  {
    kind: "speaker named after the quote",
    text: "Pilots stopped work on Friday.\n\n\u201cThe harbour stays open all winter and the boats will sail on time,\u201d said Pellworth council leader Oren Das",
    quotes: [{ text: "The harbour stays open all winter and the boats will sail on time,", speaker: null }],
  },
  // A name met only on a line split by bars (`Home TownMail … | Dunmere | 3.1°C | … Login |`) is a
  // site's navigation bar run together, no one's name: the headline's words go to no one by it.
  {
    kind: "speaker named after the quote",
    text: "Week of ferry delays 'a hiccup,' Dunmere port chief says - Coast Radio\nHome TownMail Friday, March 7, 2025, 08:10 AM | Dunmere | 3.1\u00b0C | Sections Subscribe Login | Our site is being updated. |\nDunmere\n\nWeek of ferry delays 'a hiccup,' Dunmere port chief says\n\nThe run of ferry delays this week is \"a hiccup\" with no bearing on the port's record, according to port Chief Ilse Marrow.\n\n\"It's a hiccup. We have these weeks,\" Marrow told reporters on Friday.",
    quotes: [
      { text: "a hiccup,", speaker: null },
      { text: "a hiccup,", speaker: "Ilse Marrow" },
      { text: "a hiccup", speaker: "Ilse Marrow" },
      { text: "It's a hiccup. We have these weeks,", speaker: "Ilse Marrow" },
    ],
  },
  // A title's `of` object set off by a comma with no `and` is an apposition, no listed portfolio:
  // the office, then the holder's name, who spoke (not `Oakvale Ferry Board, Wapun Kettle`).
  {
    kind: "title inside the attribution",
    text: "The ferry is late again.\n\nChair of Oakvale Ferry Board, Wapun Kettle said the boat was \u201ca joke.\u201d",
    quotes: [{ text: "a joke.", speaker: "Wapun Kettle" }],
  },
  {
    kind: "title inside the attribution",
    text: "The mill will close in June.\n\nOwner of Harlow Creek Farms, Oskari Tamm said the closure was \u201ca hard day.\u201d",
    quotes: [{ text: "a hard day.", speaker: "Oskari Tamm" }],
  },
  // A list after a plural common noun's `of` (`Tenants of …`, `Mayors of …`) describes people:
  // no body's name, and not its last item either.
  {
    kind: "unnamed person",
    text: "Tenants of Tallwood Homes, Birchwood Homes and Oakvale Mills said they would \u201cfight the rent hike.\u201d",
    quotes: [{ text: "fight the rent hike.", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Mayors of Oakvale, Birchwood and Harlow Creek say the ferry is \u201ca lifeline.\u201d",
    quotes: [{ text: "a lifeline.", speaker: null }],
  },
  // A body's nickname (`Mounties`) that the page's own team name ends is the team, never the RCMP.
  {
    kind: "organisation continuation",
    text: "The Mount Allison Mounties won 3-1 on Saturday. \u201cWe played our game,\u201d the Mounties said in a post.",
    quotes: [{ text: "We played our game,", speaker: "Allison Mounties" }],
  },
  // `told` with an object dropped is a headline's passive only on a headline's line; in body
  // prose (`told as many as 300 supporters`, `told after the rally`) the subject said it.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready to govern,\u201d Baker told as many as 300 supporters.",
    quotes: [{ text: "We are ready to govern,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready,\u201d Baker told after the rally.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // A name before a plural noun after `, and` (`Harbour Watch members`) only qualifies it: no
  // subject of a clause of its own, so the speaker of the sentence goes on.
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker told reporters the site was \u201ca strain on the street,\u201d and Harbour Watch members \u201chave had enough.\u201d",
    quotes: [
      { text: "a strain on the street,", speaker: "Tom Baker" },
      { text: "have had enough.", speaker: "Tom Baker" },
    ],
  },
  // A group or a notice named by its body speaks for it; only a page's own label says nothing.
  {
    kind: "organisation continuation",
    text: "The Harbour Watch group said the tower was \u201ca blight on the shore.\u201d",
    quotes: [{ text: "a blight on the shore.", speaker: "Harbour Watch group" }],
  },
  // `said the chief of Birch Lake First Nation, Tom Baker`: the holder set off after the body spoke.
  {
    kind: "description of a named person",
    text: "\u201cOur families are grieving,\u201d said the chief of Birch Lake First Nation, Tom Baker.",
    quotes: [{ text: "Our families are grieving,", speaker: "Tom Baker" }],
  },
  // `Minister of Forests, Lands and Rural Development Arjun Malhotra told reporters in the …`: the
  // listed portfolio only names the holder's office (officeWithListedPortfolio), who spoke.
  {
    kind: "title inside the attribution",
    text: "OAKVALE \u2013 The province says it is weighing every option after the closure of the Birch Lake sawmill.\n\n\u201cWe are hurt by this,\u201d Minister of Forests, Lands and Rural Development Arjun Malhotra told reporters in the Legislature lobby.",
    quotes: [{ text: "We are hurt by this,", speaker: "Arjun Malhotra" }],
  },
  // A sentence wrapped after `told` runs on in lower case: no headline's passive.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready,\u201d Baker told\nreporters at the rally.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker told reporters the site was \u201ca strain on the street,\u201d and Oakvale officials \u201cwill not say when it closes.\u201d",
    quotes: [
      { text: "a strain on the street,", speaker: "Tom Baker" },
      { text: "will not say when it closes.", speaker: "Tom Baker" },
    ],
  },
  // A speaker noted in a clause opening its sentence with a subordinator (`When Mayor Fenn was
  // asked …,`) is background: the main clause's subject after the comma is the next `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Mr. Fenn was asked about the delayed dredging contract, Councillor Abel Troake, who chairs the harbour board, stepped to the microphone.\n\n\u201cThe mayor is here to talk about the ferry and nothing else,\u201d he said.",
    quotes: [{ text: "The mayor is here to talk about the ferry and nothing else,", speaker: "Abel Troake" }],
  },
  // A chain of `he` subjects two sentences long, the first opened by a conjunction (`But he made
  // his name as a critic of Orrin Vale. He also joined …`): the name in its predicate is no
  // antecedent of the next `he`; the chain runs back to the councillor who spoke.
  {
    kind: "pronoun resolved wrongly",
    text: "Councillor Ivo Brandt held his seat in Ward 9 on Monday. \u201cWe won it street by street,\u201d Brandt told his volunteers.\n\nBrandt was first elected in 2012.\n\nBut he made his name as a steady critic of Orrin Vale. He also joined Councillor Mara Quell of Ward 4, Upper Eastfield-Norcross, to fight the harbour tower.\n\n\u201cWho will pay for the sewers?\u201d he said.",
    quotes: [
      { text: "We won it street by street,", speaker: "Ivo Brandt" },
      { text: "Who will pay for the sewers?", speaker: "Ivo Brandt" },
    ],
  },
  // A name run through `of` into a title straight after it (`Commissioner Edda Morrow of Prime
  // Minister Tobias Wren’s decision`) is two people: the speaker is the one before `of`.
  {
    kind: "title inside the attribution",
    text: "The inquiry has found that the cabinet met the test for invoking the statute.\n\u201cI have concluded that the test was met,\u201d said Commissioner Edda Morrow of Prime Minister Tobias Wren\u2019s decision to declare an emergency, in a report released Friday.",
    quotes: [{ text: "I have concluded that the test was met,", speaker: "Edda Morrow" }],
  },
  // A deck's quotation credited to a description (`the board chair answered`) that the body
  // repeats with a named speaker is that speaker's, not the guess from the people named before.
  {
    kind: "description of a named person",
    text: "New harbour master Tomas Orvik faces questions after a rough week\n\nWhen the new harbour master was introduced, he sighed. \u2018We will keep this one short for everyone,\u2019 the board chairman replied\n\nTobin Reyes, the chairman of the Pellworth Harbour Board, opened the meeting on Thursday. Tomas Orvik sat halfway along the table.\n\nIt was his first session as harbour master, and Reyes greeted him warmly. \u201cWe will keep this one short for everyone,\u201d Reyes said.",
    quotes: [
      { text: "We will keep this one short for everyone,", speaker: "Tobin Reyes" },
      { text: "We will keep this one short for everyone,", speaker: "Tobin Reyes" },
    ],
  },
  // A military operation's name (`Operation Northwatch`) is a campaign, no speaker: a bare
  // quotation after a sentence about it stays with the officer who spoke.
  {
    kind: "pronoun to non-person",
    text: "More than 80 Canadian sailors left Halifax on Monday for Operation Northwatch.\n\u201cWe rotate the crews every four months or so,\u201d Cmdr. Elias Thorne said.\nOperation Northwatch dates back to 2016.\n\u201cIt began off Iceland and has grown since then.\u201d",
    quotes: [
      { text: "We rotate the crews every four months or so,", speaker: "Elias Thorne" },
      { text: "It began off Iceland and has grown since then.", speaker: "Elias Thorne" },
    ],
  },
  // A description resolved in the body's opening paragraphs keeps its speaker when someone
  // later reads the same words back: only a headline's or deck's description gives way to an echo.
  {
    kind: "description of a named person",
    text: "Mayor Jane Roe opened the budget debate on Tuesday.\n\u201cWe cannot keep raising taxes on seniors every single year,\u201d the mayor said.\nCouncillor Tom Baker disagreed.\n\u201cWe cannot keep raising taxes on seniors every single year \u2014 that is what she said last spring, and then she raised them,\u201d Baker said.",
    quotes: [
      { text: "We cannot keep raising taxes on seniors every single year,", speaker: "Jane Roe" },
      {
        text: "We cannot keep raising taxes on seniors every single year \u2014 that is what she said last spring, and then she raised them,",
        speaker: "Tom Baker",
      },
    ],
  },
  // Below the headline, a description (`The challenger`) that the text never introduced its guess
  // with was a guess, and gives way to the body's echo of the words with a named speaker.
  {
    kind: "description of a named person",
    text: "Pellworth Ferry Vote Draws a Crowd.\n\nThe challenger labelled the port \u201ca harbour left to rot for a decade\u201d in a speech on Tuesday.\n\nTom Baker, who is running for mayor, spoke first.\n\n\u201cOurs is a harbour left to rot for a decade, and everyone here knows it,\u201d Baker said.",
    quotes: [
      { text: "a harbour left to rot for a decade", speaker: "Tom Baker" },
      { text: "Ours is a harbour left to rot for a decade, and everyone here knows it,", speaker: "Tom Baker" },
    ],
  },
  // A deck's line credited to a description (`the premier says`) stays with the one person the
  // body introduces with that noun, not with a rival the body has quoting the line back.
  {
    kind: "description of a named person",
    text: "Premier holds firm on ferry cuts\n\n\u2018We will not reverse course on the ferries,\u2019 the premier says\n\nPremier Jane Roe told the legislature on Tuesday that the cuts would stand.\n\nOpposition Leader Tom Baker mocked her line. \u201c\u2018We will not reverse course on the ferries\u2019 \u2014 we have heard that before,\u201d Baker said.",
    quotes: [
      { text: "We will not reverse course on the ferries,", speaker: "Jane Roe" },
      { text: "\u2018We will not reverse course on the ferries\u2019 \u2014 we have heard that before,", speaker: "Tom Baker" },
    ],
  },
  // A speaker who says something in an opening subordinate clause is no background: the next
  // `he` goes on with him, not with the main clause's subject.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal on Monday. When Fenn told the crowd the ferries would run by June, Councillor Abel Troake clapped. \u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Harold Fenn" }],
  },
  // A name set off by commas inside the subordinate clause (`asked by the harbour chair, Abel
  // Troake, whether …`) is an apposition, not the main clause's subject.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal on Monday.\n\nWhen Fenn was asked by the harbour chair, Abel Troake, whether the ferries would run by June, the crowd went quiet.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Harold Fenn" }],
  },
  // A noun phrase after the comma (`a view economist … said he did not share`) makes the name the
  // subject of a clause about the words before it, not the quotation's reporting clause.
  {
    kind: "subject of the clause",
    text: "Harbour master Jane Roe spoke to the council on Monday. She says the new cranes will not arrive before spring.\nUntil they do, the port will keep facing a \u201cslow-motion pileup\u201d of late ships and angry shippers, a view economist Tom Baker said he did not share.",
    quotes: [{ text: "slow-motion pileup", speaker: "Jane Roe" }],
  },
  // After an opening subordinate clause, the main clause's subject is read as the attribution
  // reads a clause's subject (clauseSubject): a name set off by a description, a bare role or
  // an age and then running on to its verb is that subject, whom the next `he` stands for.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Fenn was asked about the dredging, Abel Troake, the harbour chair, stepped to the microphone.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Abel Troake" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Fenn was asked about the dredging, Abel Troake, chair of the harbour board, stepped to the microphone.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Abel Troake" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Fenn was asked about the dredging, Abel Troake, 54, stepped to the microphone.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Abel Troake" }],
  },
  // Not a name set off inside the subordinate clause, with an age or a description after it:
  // the main clause's subject is someone else, and the clause's speaker keeps the `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Fenn was asked about the dredging by Abel Troake, 54, the crowd went quiet.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Harold Fenn" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Harold Fenn opened the ferry terminal in Pellworth on Monday.\n\nWhen Fenn was asked about the dredging by Abel Troake, the harbour chair, the crowd went quiet.\n\n\u201cWe will run six sailings a day,\u201d he said.",
    quotes: [{ text: "We will run six sailings a day,", speaker: "Harold Fenn" }],
  },
  // A name with its age set off by commas opens its clause as its subject (`Abel Troake, 54,
  // read a statement`), as one with a party tag does; so the bare quotation after is his.
  {
    kind: "subject of the clause",
    text: "Abel Troake, 54, read a statement in Pellworth on Monday.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: "Abel Troake" }],
  },
  // Two people, each set off with an age or a description and joined by `and` (`Abel Troake, 54,
  // and Neil Ward, 60, read a statement`), are the clause's subject together: the bare quotation
  // after is neither one's alone, not the second's because the age follows his name.
  {
    kind: "subject of the clause",
    text: "Abel Troake, 54, and Neil Ward, 60, read a statement in Pellworth on Monday.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Abel Troake, the harbour chair, and Neil Ward, 60, read a statement in Pellworth on Monday.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "The ferry board, and Neil Ward, 60, read a statement in Pellworth on Monday.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: null }],
  },
  // A sentence reporting its subject's death (`Abel Troake, 54, of Pellworth, died on Monday.`)
  // is about him; the bare quotation after is a mourner's words, not his.
  {
    kind: "subject of the clause",
    text: "Abel Troake, 54, of Pellworth, died on Monday.\n\n\u201cHe loved this town more than anyone.\u201d",
    quotes: [{ text: "He loved this town more than anyone.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Abel Troake passed away in Pellworth on Monday.\n\n\u201cHe loved this town more than anyone.\u201d",
    quotes: [{ text: "He loved this town more than anyone.", speaker: null }],
  },
  // Not a death in a relative clause set off after the name, nor another sense of `passed`: the
  // subject still opens the sentence before the quotation.
  {
    kind: "subject of the clause",
    text: "Abel Troake, whose wife died in May, opened the pier on Monday.\n\n\u201cHe loved this town more than anyone.\u201d",
    quotes: [{ text: "He loved this town more than anyone.", speaker: "Abel Troake" }],
  },
  {
    kind: "subject of the clause",
    text: "Abel Troake passed the ferry bill in Pellworth on Monday.\n\n\u201cHe loved this town more than anyone.\u201d",
    quotes: [{ text: "He loved this town more than anyone.", speaker: "Abel Troake" }],
  },
  // Not after an opening phrase joined by `and` (`In Pellworth, and again in Corvale,`): no one
  // stood before it, and the name with its age is the clause's one subject.
  {
    kind: "subject of the clause",
    text: "In Pellworth, and again in Corvale, Neil Ward, 60, read a statement.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: "Neil Ward" }],
  },
  {
    kind: "subject of the clause",
    text: "On Monday, Abel Troake, 54, read a statement in Pellworth.\n\n\u201cThe ferries will run all winter.\u201d",
    quotes: [{ text: "The ferries will run all winter.", speaker: "Abel Troake" }],
  },
  // A surname that is also a party's nickname (`Tory`) on a page of one paragraph, all read as
  // its headline: the person named before by it, not a party member named next.
  {
    kind: "surname shared by two people",
    text: "Mayor Alden Tory is urging residents of Pellworth to answer the harbour survey. \u201cWe need every voice on this one,\u201d Tory said at a Harbour Aid breakfast on Friday.",
    quotes: [{ text: "We need every voice on this one,", speaker: "Alden Tory" }],
  },
  // The bearer of a party's nickname named before it is a person, and one the text shows to be
  // a person (a title, a given name, two words: isEvidentlyPerson): not a body whose name holds
  // the word, nor the nickname met alone (`A Tory walked out`); `Mrs. Tory` is one.
  {
    kind: "surname shared by two people",
    text: "The Tory Lane Residents Association met in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "A Tory walked out of the Pellworth debate on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "Mrs. Tory opened the harbour office in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: "Tory" }],
  },
  // Nor a place whose name holds it, nor the word alone opening a sentence with nothing to show a person.
  {
    kind: "surname shared by two people",
    text: "Tory Island voted on the harbour levy on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "Tory opened the harbour office in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  // Where a body follows, a headline's party nickname (`Tory says`) is the party member the body
  // names, though a person before it in the headline bears it as a surname.
  {
    kind: "surname shared by two people",
    text: "Mayor Alden Tory\u2019s harbour levy \u2018will drive the ferries out of Pellworth,\u2019 Tory says\nConservative MP Jane Roe said on Monday that the harbour levy would drive the ferries out of Pellworth.",
    quotes: [{ text: "will drive the ferries out of Pellworth,", speaker: "Jane Roe" }],
  },
  // An operation's name that a verb of saying follows is a charity's, which speaks: a campaign never does.
  {
    kind: "organisation continuation",
    text: "The charity flew a dental team to Brindlemoor in April. \u201cNo child should wait two years to see a dentist,\u201d Operation Brightsmile said in a statement.",
    quotes: [{ text: "No child should wait two years to see a dentist,", speaker: "Operation Brightsmile" }],
  },
  // A reported clause holding a few quoted words, then a comma and `shipping analyst Corin Abbate
  // said`: the role in lower case before the name opens the reporting clause as the comma does, and
  // the words are Abbate's, not the previous sentence's `They`.
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth Harbour Authority blames the delays on staffing shortages. They say a task force has been set up.\nAs freight volumes keep rising, ports everywhere will go on dealing with a \u201cslow-motion pileup\u201d of late ships and angry shippers, shipping analyst Corin Abbate said on Thursday.",
    quotes: [{ text: "slow-motion pileup", speaker: "Corin Abbate" }],
  },
  // A spokesperson for `the authority` after a named body, when the text has called another, unnamed
  // body of the sort by the same head since (`the village’s water authority`): which one is not said.
  {
    kind: "document for its issuer",
    text: "The Brackwell Canal Authority drained the lock in 2021.\n\nOdile Fenner keeps bees above the towpath. She says the village\u2019s water authority ignored every complaint about the runoff. \u201cNobody ever wrote back,\u201d she said.\n\n\u201cWe reply to each complaint we receive,\u201d a spokesperson for the authority said.",
    quotes: [
      { text: "Nobody ever wrote back,", speaker: "Odile Fenner" },
      { text: "We reply to each complaint we receive,", speaker: null },
    ],
  },
  // Two named bodies that `the authority` fits: the spokesperson speaks for one of them, the text does not say which.
  {
    kind: "document for its issuer",
    text: "The Brackwell Canal Authority and the Sorrel Transit Authority signed the towpath deal on Tuesday.\n\n\u201cThe path reopens in spring,\u201d a spokesperson for the authority said.",
    quotes: [{ text: "The path reopens in spring,", speaker: null }],
  },
  // A writing leaked, with the day, by someone who did not write it (`a memo leaked Monday by`): no speaker;
  // issued with its date (`issued on Thursday by`) is its author's; one forwarded (`forwarded by`), with no date, no one's.
  {
    kind: "document for its issuer",
    text: "\u201cThe lock gates will fail by autumn,\u201d said a memo leaked Monday by Ravi Quell, a clerk at the canal office.\n\n\u201cRepairs start next week,\u201d said a statement issued on Thursday by Ines Varga, the lock keeper.\n\n\u201cThe budget is gone,\u201d said a memo forwarded by Tomas Rell, a boatman.",
    quotes: [
      { text: "The lock gates will fail by autumn,", speaker: null },
      { text: "Repairs start next week,", speaker: "Ines Varga" },
      { text: "The budget is gone,", speaker: null },
    ],
  },
  // `his wife said` is not the one introduced as `ex-wife`: that relation has ended, and the text names no wife since.
  {
    kind: "description of a named person",
    text: "\u201cWe were good together once,\u201d Bram Olsted\u2019s ex-wife, Petra Vandam, told reporters in Corvale.\n\nOlsted married again in 2018.\n\n\u201cHe is not coming back,\u201d his wife said.",
    quotes: [
      { text: "We were good together once,", speaker: "Petra Vandam" },
      { text: "He is not coming back,", speaker: null },
    ],
  },
  // A writing got hold of with its day (`obtained Friday by`): the one who obtained it did not write it,
  // though a date stands between the participle and `by` (only issuing participles pass a date).
  {
    kind: "document for its issuer",
    text: "\u201cThe bridge deck is rotten,\u201d said a report obtained Friday by the Corvale Ledger.",
    quotes: [{ text: "The bridge deck is rotten,", speaker: null }],
  },
  // A spokesperson for a person whose name holds a particle (`de`) or a body named with a lower-case noun (`Corvale police`): the name is whole.
  {
    kind: "affiliation",
    text: "The ferry will stay docked all week. \u201cWe are doing what we can with one crew,\u201d said a spokesperson for Premier Lise de Morlaix.\n\nCorvale police shut the quay road. \u201cIt reopens Friday,\u201d a spokesperson for Corvale police said.",
    quotes: [
      { text: "We are doing what we can with one crew,", speaker: "Spokesperson for Premier Lise de Morlaix" },
      { text: "It reopens Friday,", speaker: "Spokesperson for Corvale police" },
    ],
  },
  // A name closed by its own stop (`Jr.`) at the text's end is whole, not cut off by the page's end.
  {
    kind: "speaker named after the quote",
    text: "Anselm Okafor spoke to the board on Monday about what the new ferry ramps will cost. \u201cThe ramps will not last another winter, we think,\u201d said Anselm Okafor Jr.",
    quotes: [{ text: "The ramps will not last another winter, we think,", speaker: "Anselm Okafor Jr." }],
  },
  // A headline's sentence before the site's bars (`| Valley Radio | News`) is prose: its name is someone's.
  {
    kind: "speaker introduced before the quote",
    text: "Odile Fenner says bridge closures are \u2018a nuisance\u2019 | Valley Radio | News\n\n\u201cIt is a nuisance. We live with it,\u201d the bridge keeper told reporters on Friday.",
    quotes: [
      { text: "a nuisance", speaker: "Odile Fenner" },
      { text: "It is a nuisance. We live with it,", speaker: "Odile Fenner" },
    ],
  },
  // A given name then `Minister` (`Kit Minister, a deckhand`) is a person's name, no bare office.
  {
    kind: "speaker named after the quote",
    text: "\u201cWe never saw the ferry come in,\u201d said Kit Minister, a deckhand from Corvale.",
    quotes: [{ text: "We never saw the ferry come in,", speaker: "Kit Minister" }],
  },
  // A name closing the text with no stop, its last word written whole before: the page's end did not cut it.
  {
    kind: "speaker named after the quote",
    text: "Teodor Blass sat on the harbour board for eleven years before he left last spring.\n\n\u201cThe wharf will not see another winter, not the way it stands,\u201d said harbour engineer Teodor Blass",
    quotes: [{ text: "The wharf will not see another winter, not the way it stands,", speaker: "Teodor Blass" }],
  },
  // An office capitalised in apposition after a name (`Ilse Marrow, Pellworth's Fisheries Minister,`)
  // is read as a name of its own, the office alone; `the minister` later is the one person the
  // text gave that office to, not the office (which names no one).
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday.\n\n\u201cWe will listen to every crew,\u201d said Dag Fenn, a trawler captain from Corvale.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [
      { text: "We will listen to every crew,", speaker: "Dag Fenn" },
      { text: "The quota stays,", speaker: "Ilse Marrow" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth's Fisheries Minister, toured the wharf on Monday.\n\n\u201cThe nets are too fine,\u201d the fisheries minister said.",
    quotes: [{ text: "The nets are too fine,", speaker: "Ilse Marrow" }],
  },
  // Two people given such an office (`Dag Fenn, the Transport Minister,`): which one `the minister` is, the text does not say.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday. Dag Fenn, the Transport Minister, sat beside her.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // No one given the office: the office met alone, or as the object of another's verb, names no one.
  {
    kind: "description of a named person",
    text: "Pellworth\u2019s Fisheries Minister was absent from the hearing. Ilse Marrow, a trawler captain, spoke first.\n\n\u201cThe quota stays,\u201d the minister said in a statement.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow met Pellworth\u2019s Fisheries Minister on Tuesday.\n\n\u201cThe quota stays,\u201d the fisheries minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // A writing with a participle and its agent (`an email sent by`, `a letter signed by … said`)
  // after another speaker's quotation: the agent who put it out wrote it; one who only passed it
  // on (`forwarded by`) did not, so no one. Never the speaker before.
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cThe repairs are not funded,\u201d said an email sent by Tomas Rell.\n\n\u201cThe crane is ours,\u201d a letter signed by Wren Adair said.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "The repairs are not funded,", speaker: "Tomas Rell" },
      { text: "The crane is ours,", speaker: "Wren Adair" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cThe repairs are not funded,\u201d said an email forwarded by Tomas Rell.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "The repairs are not funded,", speaker: null },
    ],
  },
  // The same participle and agent after a person's noun or a writing someone else got hold of:
  // the person described, unnamed, or the writing's unknown author spoke; never the agent.
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cThe repairs are not funded,\u201d a woman hired by Tomas Rell said.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "The repairs are not funded,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cThe crane is rusted through,\u201d a report commissioned by the Corvale Harbour Board said.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "The crane is rusted through,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cNo one checked the bolts,\u201d an email obtained by the Corvale Courier said.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill, the harbour master.\n\n\u201cThe repairs are not funded,\u201d said a woman hired by Tomas Rell.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "The repairs are not funded,", speaker: null },
    ],
  },
  // A headline's quoted words the body never quotes again are the desk's, no one's quotation.
  {
    kind: "furniture",
    text: "\u2018Rising water\u2019: Corvale braces for spring floods along the Pell\n\nCORVALE \u2014 Crews stacked sandbags along the river on Tuesday as the town prepared for the melt.\n\n\u201cWe have done this before and we will do it again,\u201d Mayor Idris Kemble said at the town hall.\n\nThe river rose two metres overnight.",
    quotes: [{ text: "We have done this before and we will do it again,", speaker: "Idris Kemble" }],
  },
  // A deck quoted in single marks above a body quoting in double marks, its words never repeated
  // below, is a pull quote credited to no one; the paragraph above it (`Pellworth, N.S.`) lends no speaker.
  {
    kind: "furniture",
    text: "Pellworth ferry service cut for the winter\n\nHundreds gathered at the dock in Pellworth, N.S., on Saturday to protest the cut.\n\n\u2018If you ran a shop the way they run this ferry, you would have been closed down years ago\u2019\n\nPELLWORTH \u2014 The island's ferry will stop running in December, the transit board said Monday.\n\n\u201cThe boat needs a new engine and we cannot fund one this year,\u201d board chair Marisol Teague said.\n\n\u201cWe looked at every option,\u201d she added.",
    quotes: [
      { text: "The boat needs a new engine and we cannot fund one this year,", speaker: "Marisol Teague" },
      { text: "We looked at every option,", speaker: "Marisol Teague" },
    ],
  },
  // Not so a headline's words the body quotes someone saying, a headline crediting its quotation,
  // a deck the body repeats as a resident's words, or one word the lead quotes again.
  {
    kind: "furniture",
    text: "Corvale mayor calls flood plan \u2018a real gamble\u2019\n\nCORVALE \u2014 The mayor raised doubts on Tuesday about the province's flood plan.\n\n\u201cIt is a real gamble with people's homes,\u201d Mayor Idris Kemble said.\n\nThe plan goes to a vote next week.",
    quotes: [
      { text: "a real gamble", speaker: "Idris Kemble" },
      { text: "It is a real gamble with people's homes,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "\u2018We will rebuild\u2019, says Corvale mayor after the flood\n\nCORVALE \u2014 Mayor Idris Kemble spoke to residents on Tuesday.\n\n\u201cEvery house will stand again,\u201d Kemble said.",
    quotes: [
      { text: "We will rebuild", speaker: "Idris Kemble" },
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "Pellworth ferry service cut for the winter\n\n\u2018We were never told why\u2019\n\nPELLWORTH \u2014 The island's ferry will stop running in December, the transit board said Monday.\n\n\u201cWe were never told why, and we want answers,\u201d said resident Halvard Brisco.\n\n\u201cThe boat needs a new engine,\u201d board chair Marisol Teague said.",
    quotes: [
      { text: "We were never told why", speaker: "Halvard Brisco" },
      { text: "We were never told why, and we want answers,", speaker: "Halvard Brisco" },
      { text: "The boat needs a new engine,", speaker: "Marisol Teague" },
    ],
  },
  {
    kind: "furniture",
    text: "Corvale minister admits \u2018mistakes\u2019 in flood response\n\nCORVALE \u2014 Minister Idris Kemble said there were \u201cmistakes\u201d in the way the province handled the flood.\n\n\u201cWe learned a great deal,\u201d Kemble said.",
    quotes: [
      { text: "mistakes", speaker: "Idris Kemble" },
      { text: "mistakes", speaker: "Idris Kemble" },
      { text: "We learned a great deal,", speaker: "Idris Kemble" },
    ],
  },
  // A quotation of several sentences standing alone without its last stop, right after a
  // paragraph quoting speech, goes on with that speech: no pull quote.
  {
    kind: "furniture",
    text: "PELLWORTH \u2014 Ferry workers walked off the job on Monday, union local president Halvard Brisco said.\n\n\u201cWe asked for a wage offer for two years and never got one,\u201d Brisco said.\n\n\u201cBut we are out here and \u2026 I am proud of the crews \u2026 I am stunned. The support is huge. I never thought this many would come\u201d\n\nBrisco said the night sailings will still run.",
    quotes: [
      { text: "We asked for a wage offer for two years and never got one,", speaker: "Halvard Brisco" },
      {
        text: "But we are out here and \u2026 I am proud of the crews \u2026 I am stunned. The support is huge. I never thought this many would come",
        speaker: "Halvard Brisco",
      },
    ],
  },
  // Not so the same under a headline, with no speech above it, or a one-line heading after speech.
  {
    kind: "furniture",
    text: "Ferry workers walk off the job in Pellworth\n\n\u201cWe asked for a wage offer. We never got one. Now the boats stay tied up\u201d\n\nPELLWORTH \u2014 Ferry workers walked off the job on Monday.\n\n\u201cThe boats stay in,\u201d union local president Halvard Brisco said.",
    quotes: [{ text: "The boats stay in,", speaker: "Halvard Brisco" }],
  },
  {
    kind: "furniture",
    text: "PELLWORTH \u2014 Ferry workers walked off the job on Monday.\n\n\u201cThe boats stay in,\u201d union local president Halvard Brisco said.\n\n\u201cA long winter on the dock\u201d\n\nThe strike is the first in twenty years.",
    quotes: [{ text: "The boats stay in,", speaker: "Halvard Brisco" }],
  },
  // A photo's alt text, the short line right above its credited caption, quotes what the picture
  // shows (a sign's words): no one's quotation.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA blue sign reading 'Walk-ins Closed' hangs on a clinic door.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not so a line there that reports someone's words, by a verb of saying or a colon.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\n\u201cWe are doing our best,\u201d Kemble added.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We are doing our best,", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nKemble: \u201cWe are doing our best.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We are doing our best.", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // `accused the board of “…”`: the accuser's charge in the accuser's words, a partial quotation,
  // finite or as a participle sharing the clause's subject.
  {
    kind: "partial quote in a reported clause",
    text: "Premier Idris Kemble accused the board of \u201ccareless\u201d treatment of the families.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Idris Kemble slammed the review on Tuesday, accusing the board of \u201ccareless\u201d treatment of the families.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  // Not so a passive (`was accused of`, `has been accused by residents of`), which names no accuser
  // saying them, nor critics unnamed (`Critics accuse …`): their label is the writer's term.
  {
    kind: "partial quote in a reported clause",
    text: "Board chair Anwen Roskell was accused of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The ferry board has been accused by residents of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Critics accuse the board of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  // A person then the body named again by its common noun (`Jane Roe with the trust told`): the
  // person works there and speaks, as with the body's own name.
  {
    kind: "affiliation",
    text: "Pellworth will fund a study of the salt marsh next spring.\n\n\u201cThis is a rare chance to learn how the marsh feeds the bay,\u201d Nora Pellish with the trust told the Corvale Courier in an interview.",
    quotes: [{ text: "This is a rare chance to learn how the marsh feeds the bay,", speaker: "Nora Pellish" }],
  },
  // Not a name inside a description's relative clause: the description (no name) spoke.
  {
    kind: "affiliation",
    text: "\u201cWe are done waiting for an answer from them,\u201d a nurse who met with Nora Pellish of the union said.",
    quotes: [{ text: "We are done waiting for an answer from them,", speaker: null }],
  },
  // Not a description before the link: `the mayor with the union` names no one.
  {
    kind: "affiliation",
    text: "\u201cWe are done waiting for an answer from them,\u201d the mayor with the union said.",
    quotes: [{ text: "We are done waiting for an answer from them,", speaker: null }],
  },
  // `went` before the words quotes only a speaker: a thing that goes (`the week went, “…”`) inside
  // what `told` reports says nothing; the one who told says the words.
  {
    kind: "partial quote in a reported clause",
    text: "On the morning after the last race, regatta spokesman Owen Teller told Radio Pellworth the week went, \u201cvery, very well.\u201d",
    quotes: [{ text: "very, very well.", speaker: "Owen Teller" }],
  },
  // Not when no verb of saying reports the clause: the crowd's cry is no one's the text names.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth about the last night of the regatta.\n\nThe crowd went, \u201cEncore! Encore!\u201d",
    quotes: [{ text: "Encore! Encore!", speaker: null }],
  },
  // So with `began`: an inquiry that began inside what `noting` reports says nothing; the one who
  // said it, before the aside, says the words.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller said while Marta Pell was not mayor at the start, noting that three clerks have come and gone since the inquiry began in 2019, \u201cthe buck stops at the mayor\u2019s desk.\u201d",
    quotes: [{ text: "the buck stops at the mayor\u2019s desk.", speaker: "Owen Teller" }],
  },
  // Not when the clause's verb reports nothing: the words after an inquiry that began are no one's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller left the hall in Pellworth before noon.\n\nThe inquiry began, \u201cas all of them do,\u201d with a list of names.",
    quotes: [{ text: "as all of them do,", speaker: null }],
  },
  // An `according to` closing the sentence a phrase after the quotation sources the words too;
  // a writing's author after `by` is the source, not the writing.
  {
    kind: "document for its issuer",
    text: "Ferry cancellations were \u201cvery rare\u201d before 2019, according to a report by the Pellworth Harbour Trust.",
    quotes: [{ text: "very rare", speaker: "Pellworth Harbour Trust" }],
  },
  // Not the speaker of the sentence before: the closing source names who says these words.
  {
    kind: "document for its issuer",
    text: "\u201cWe saw no cancellations at all,\u201d Tom Baker said.\n\nThe ferry was \u201ca wreck\u201d before 2019, according to the Pellworth Harbour Trust.",
    quotes: [
      { text: "We saw no cancellations at all,", speaker: "Tom Baker" },
      { text: "a wreck", speaker: "Pellworth Harbour Trust" },
    ],
  },
  // Not a source a clause runs on after (`, which ran the story`): no closing `according to`.
  {
    kind: "document for its issuer",
    text: "The ferry was \u201ca wreck\u201d before 2019, according to the Corvale Courier, which ran the story on Monday.",
    quotes: [{ text: "a wreck", speaker: null }],
  },
  // The writing's author, not the writing: `a report` alone would be read as the count named before.
  {
    kind: "document for its issuer",
    text: "A count by the Corvale Courier shows this is the worst year yet for ferry cancellations.\n\nCancellations were \u201cvery rare\u201d before 2019, according to a report by the Office of the Harbour Auditor of Pellworth.",
    quotes: [{ text: "very rare", speaker: "Office of the Harbour Auditor of Pellworth" }],
  },
  // A noun after a possessive before `, but said` (`her uncle's death, but said`) is no verb: its
  // possessor is no subject of the verb after `but`, nor, so, the speaker `she` looks back to.
  {
    kind: "pronoun resolved wrongly",
    text: "Marta Pell does not know what caused her uncle\u2019s death, but pointed to the lack of nurses on the ward in Corvale.\n\n\u201cThis system killed my uncle,\u201d she said.",
    quotes: [{ text: "This system killed my uncle,", speaker: "Marta Pell" }],
  },
  // Still no name for a speaker the sentence only describes.
  {
    kind: "pronoun resolved wrongly",
    text: "A friend of Marta Pell does not know what caused her uncle\u2019s death, but said, \u201cThe nurses were too few.\u201d",
    quotes: [{ text: "The nurses were too few.", speaker: null }],
  },
  // Not a song or a chant that goes: its words are its own, never the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the old harbour song went, \u201cRow the boat to Corvale, row it home again.\u201d",
    quotes: [{ text: "Row the boat to Corvale, row it home again.", speaker: null }],
  },
  // Words uttered `with a hearty` or `with a simple,` are the clause subject's, past a semicolon too.
  {
    kind: "subject of the clause",
    text: "The night was also the last match of the Corvale season; Tom Baker ends his news conference with a hearty \u201cGo Pellworth!\u201d",
    quotes: [{ text: "Go Pellworth!", speaker: "Tom Baker" }],
  },
  // Not the subject of another clause: a relative's crowd utters them, and is no one named.
  {
    kind: "subject of the clause",
    text: "Tom Baker met the crowd at the Corvale pier, which greeted him with a resounding \u201cYes!\u201d",
    quotes: [{ text: "Yes!", speaker: null }],
  },
  // Nor a sign's words: a noun, not a manner, stands before them.
  {
    kind: "subject of the clause",
    text: "Tom Baker walked out of the Corvale hall with a sign reading \u201cGo Pellworth!\u201d",
    quotes: [{ text: "Go Pellworth!", speaker: null }],
  },
  // `they` never stands for a place only named (`gathered … in Pellworth, Ont., to protest what they call`): the people there, unnamed.
  {
    kind: "pronoun to non-person",
    text: 'Hundreds of people gathered outside the town hall in Pellworth, Ont., on Saturday to protest what they call "a slow death" for the local clinic.',
    quotes: [{ text: "a slow death", speaker: null }],
  },
  // Nor for a venue only named (`fans filled Corvale Stadium. They chanted`).
  {
    kind: "pronoun to non-person",
    text: 'More than 30,000 fans filled Corvale Stadium on Sunday. They chanted "Otters, Otters" until the final whistle.',
    quotes: [{ text: "Otters, Otters", speaker: null }],
  },
  // Not fired: a team beside the place is still who `they` are.
  {
    kind: "pronoun to non-person",
    text: 'The Corvale Otters beat Pellworth 3-1 at Brindle Field on Saturday. They called the win "a long time coming."',
    quotes: [{ text: "a long time coming.", speaker: "Corvale Otters" }],
  },
  // Not fired: two people named beside the place are `they`.
  {
    kind: "pronoun to non-person",
    text: 'Councillors Jane Roe and Tom Baker toured the clinic in Pellworth on Friday, and said what they saw was "a disgrace."',
    quotes: [{ text: "a disgrace.", speaker: "Jane Roe" }],
  },
  // A field's name with no given name first (`Brindle Field`) is a place, no `she`; the woman named before is.
  {
    kind: "pronoun to non-person",
    text: 'Mara Quill has cheered for the Corvale Otters all her life. Her favourite day of the year is opening day at Brindle Field.\n\n"It feels like coming home," she said.',
    quotes: [{ text: "It feels like coming home,", speaker: "Mara Quill" }],
  },
  // A body named for its place by the place's two words (`Channel Nova Scotia`) is no person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: 'The clip aired on the evening show on Channel Nova Scotia.\n\nThe ferry to Corvale was cancelled for a third day on Monday.\n\nHe said the crossing was "too rough to risk."',
    quotes: [{ text: "too rough to risk.", speaker: null }],
  },
  // `Premier Tom Baxter, he said, is “…”`: the name the saying interrupts is spoken of; the pronoun is the speaker before.
  {
    kind: "pronoun resolved wrongly",
    text: 'Voters want a party that will fight, Gordon Lorne said in a speech Wednesday to his caucus in Corvale.\n\n"They can see the waste and the delays," said Mr. Lorne.\n\nPremier Tom Baxter, he said, is "a leader who promises new roads and builds none."',
    quotes: [
      { text: "They can see the waste and the delays,", speaker: "Gordon Lorne" },
      { text: "a leader who promises new roads and builds none.", speaker: "Gordon Lorne" },
    ],
  },
  // Not fired: `Asked about the roads, he said,` has no name before the pronoun's comma.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Tom Baxter spoke to reporters in Corvale on Wednesday after Gordon Lorne\'s speech.\n\nAsked about the roads, he said, "We will build every one of them."',
    quotes: [{ text: "We will build every one of them.", speaker: "Tom Baxter" }],
  },
  // `The man was hit once, and he later told`: the pronoun joined by `and` to a described subject is that unnamed man, not a person named paragraphs before.
  {
    kind: "unnamed person",
    text: 'Corvale Morning, with host Arlo Penn, airs weekdays at six.\n\nPolice in Corvale say no charges will be laid after an officer shot a man last spring.\n\nThe man was hit once in the leg, and he later told investigators he wanted "to end it all."',
    quotes: [{ text: "to end it all.", speaker: null }],
  },
  // Not fired: a described subject that stands for a named person (`The premier`) is that person; another name before the pronoun (`past Ann Lisle, and she`) leaves it to the rules after.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Tom Baxter visited the Corvale bridge site on Monday.\n\nThe premier toured the site with engineers, and he said the work was "right on track."\n\nCrews began work on the bridge in March. A worker carried the flag past Ann Lisle, and she called the day "a proud one."',
    quotes: [
      { text: "right on track.", speaker: "Tom Baxter" },
      { text: "a proud one.", speaker: "Ann Lisle" },
    ],
  },
  // A family named as such (`The Pellow family issued a statement`) issued it, not the member of that name the statement mourns.
  {
    kind: "document for its issuer",
    text: 'A jury in Corvale found Tom Baker guilty of killing Darren Pellow, 31, in 2019.\n\n"It is a relief," said Crown prosecutor Anna Reyes outside the courthouse.\n\nThe Pellow family issued a statement on Friday asking for privacy.\n\n"We are grateful to everyone who stood with us through the trial," the statement read.',
    quotes: [
      { text: "It is a relief,", speaker: "Anna Reyes" },
      { text: "We are grateful to everyone who stood with us through the trial,", speaker: "Pellow family" },
    ],
  },
  // Not fired: `The family issued a statement` with no name: the family, no one named.
  {
    kind: "document for its issuer",
    text: 'A jury in Corvale found Tom Baker guilty of killing Darren Pellow, 31, in 2019.\n\n"It is a relief," said Crown prosecutor Anna Reyes outside the courthouse.\n\nThe family issued a statement on Friday asking for privacy.\n\n"We are grateful to everyone who stood with us through the trial," the statement read.',
    quotes: [
      { text: "It is a relief,", speaker: "Anna Reyes" },
      { text: "We are grateful to everyone who stood with us through the trial,", speaker: null },
    ],
  },
  // `the family of Darren Pellow said`: the family speaks, not the man named after `of`.
  {
    kind: "subject of the clause",
    text: 'A jury in Corvale found Tom Baker guilty of killing Darren Pellow, 31, in 2019.\n\n"It is a relief," said Crown prosecutor Anna Reyes outside the courthouse.\n\n"We are thankful for the jury," the family of Darren Pellow said.',
    quotes: [
      { text: "It is a relief,", speaker: "Anna Reyes" },
      { text: "We are thankful for the jury,", speaker: "Family of Darren Pellow" },
    ],
  },
  // `The report authored by Ruth Calloway said`: the author named with the participle wrote it, not the body of an earlier report's writer.
  {
    kind: "document for its issuer",
    text: 'While the province did pass some water rules, a recent report card from a Corvale University professor gave the government an F. The report authored by Ruth Calloway said, "Since 2012, the province has done nothing that would clean a single lake."\n\nPremier Dan Hollis disagreed.',
    quotes: [{ text: "Since 2012, the province has done nothing that would clean a single lake.", speaker: "Ruth Calloway" }],
  },
  // Not fired: `obtained by` names who got the writing, not who wrote it.
  {
    kind: "document for its issuer",
    text: 'The town has kept quiet about the spill. The report obtained by the Corvale Ledger said, "The spill reached the river within an hour."\n\nMayor Dan Hollis disagreed.',
    quotes: [{ text: "The spill reached the river within an hour.", speaker: null }],
  },
  // `said the Ledger report was “…”`: a writing's bare noun before a singular copula is a noun, not the verb `report` with the outlet as its subject; the words are the premier's.
  {
    kind: "partial quote in a reported clause",
    text: 'Corvale news outlet Ledger threw the town into a panic on Tuesday after it reported that Acme Motors would move south.\n\nPremier Dana Roe, who spoke to the head of Acme Motors, said the Ledger report was "not accurate at all" and that Acme wants to "grow here."',
    quotes: [
      { text: "not accurate at all", speaker: "Dana Roe" },
      { text: "grow here.", speaker: "Dana Roe" },
    ],
  },
  // Not fired: `The Ledger report said` is the writing speaking, and `Town officials report “…”` is still the verb.
  {
    kind: "partial quote in a reported clause",
    text: 'Corvale news outlet Ledger threw the town into a panic on Tuesday after it reported that Acme Motors would move south.\n\nThe Ledger report said the move was "all but final."\n\nTown officials report "no sign" of the move so far.',
    quotes: [
      { text: "all but final.", speaker: "Ledger" },
      { text: "no sign", speaker: null },
    ],
  },
  // `The judge had fallen into a “trap,” as he put it, “…”`: the aside's pronoun is the described subject (the judge, named before), not the accused named in the sentence before.
  {
    kind: "pronoun resolved wrongly",
    text: 'Soon after convicting a young man of fraud, Judge Victor Amsel developed a "nagging doubt."\n\nMonths later, at Kofi Barras\'s sentencing hearing, the doubt had grown. The judge had fallen into a "trap," as he put it, "of reading the file too closely."',
    quotes: [{ text: "of reading the file too closely.", speaker: "Victor Amsel" }],
  },
  // Not fired: a subject that is no person (`The plan had become a “mess,” as he put it`) leaves the pronoun to the rules after.
  {
    kind: "pronoun resolved wrongly",
    text: 'Councillor Tom Baker spoke after the vote on Monday.\n\nThe plan had become a "mess," as he put it, "of promises and no money."',
    quotes: [{ text: "of promises and no money.", speaker: "Tom Baker" }],
  },
  // `The nurses union (NUC) spokesperson …` then `The board said`: a body brought in by its initials after another sort's noun (a union) is not the board; no board is named, so no one.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe nurses union (NUC) spokesperson Lena Marsh said that the union began meeting with the health board that runs the hospital (CHB-East) Tuesday morning.\n\nThe board said on Monday that patients should avoid the emergency room overnight due to the "exceptional strain."',
    quotes: [{ text: "exceptional strain.", speaker: null }],
  },
  // Not fired: `The union said` is the union brought in as `the nurses union (NUC)`.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe nurses union (NUC) spokesperson Lena Marsh said that the members will vote on Friday.\n\nThe union said on Monday that nurses should not take "one more double shift."',
    quotes: [{ text: "one more double shift.", speaker: "NUC" }],
  },
  // Not fired: `The board said` is the board brought in as `the regional health board (CHB)`.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe regional health board (CHB) chair Ivo Brandt said that the hospital will hire more staff.\n\nThe board said on Monday that patients should avoid the emergency room overnight due to the "exceptional strain."',
    quotes: [{ text: "exceptional strain.", speaker: "CHB" }],
  },
  // `Insp. Dana Whitlow, acting officer in charge of the Corvale Threat Unit, said`: `charge` after `in` is a noun, not a verb of saying that ends the search for the subject before `said`.
  {
    kind: "subject of the clause",
    text: 'On June 13, the police charged a man, 67, of Corvale, with three counts of uttering threats.\n\n"Online threats have real consequences," Insp. Dana Whitlow, acting officer in charge of the Corvale Threat Unit, said in a news release.',
    quotes: [{ text: "Online threats have real consequences,", speaker: "Dana Whitlow" }],
  },
  // Not fired: `to say` is still the verb (the infinitive's `to`), and `asked for comment` leaves `asked` a verb.
  {
    kind: "subject of the clause",
    text: 'The council met on Monday in Corvale.\n\nCouncillor Jane Roe, who has asked for comment on the plan for weeks, went to the meeting to say "enough is enough."',
    quotes: [{ text: "enough is enough.", speaker: "Jane Roe" }],
  },
  // A single-marked quotation that is its whole paragraph below speech an attribution credits, in an
  // article quoting in single marks, is the speaker's run, no heading: the headings stand above the
  // body's first credited quotation (uncredited-headings.ts). (`she added` lending no speaker is older.)
  {
    kind: "furniture",
    text: "CORVALE \u2014 The town voted on Tuesday.\n\n\u2018Every house will stand again,\u2019 Mayor Idris Kemble said.\n\n\u2018We have the crews to do it,\u2019 she added.\n\n\u2018The first homes go up in May.\u2019\n\n\u201cRebuild\u201d was the word on every sign.",
    quotes: [
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
      { text: "We have the crews to do it,", speaker: null },
      { text: "The first homes go up in May.", speaker: null },
    ],
  },
  // Not so a pull quote between credited paragraphs of a double-marked article, or a deck above the body.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The town voted on Tuesday.\n\n\u201cEvery house will stand again,\u201d Mayor Idris Kemble said.\n\n\u2018A town that will not quit\u2019\n\n\u201cWe have the crews,\u201d she added.\n\n\u201cWe start in May,\u201d Kemble said.",
    quotes: [
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
      { text: "We have the crews,", speaker: null },
      { text: "We start in May,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "Corvale votes to rebuild\n\n\u2018The river took everything\u2019\n\nCORVALE \u2014 The town voted on Tuesday.\n\n\u2018We will rebuild every house,\u2019 Mayor Idris Kemble said.\n\n\u201cRebuild\u201d was the word on every sign.\n\n\u201cWe start in May,\u201d Kemble said.",
    quotes: [
      { text: "We will rebuild every house,", speaker: "Idris Kemble" },
      { text: "We start in May,", speaker: "Idris Kemble" },
    ],
  },
  // A quotation standing alone without its stop goes on with the speech above only in the speaker's
  // own voice (`I`, `we`, `you`) and past a real sentence's end: an abbreviation's stop (`Dr. Fenn`)
  // ends no sentence, a headline's words speak of no one, and a re-marked line is no speech to go on from.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cDr. Fenn saved my life\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Three barns lost\u201d\n\n\u201cBakery reopens. Town rallies\u201d",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // Not so a sentence ending on an acronym (`the RCMP.`), or a title's stop before another sentence.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike, who runs the bakery.\n\n\u201cNobody called the RCMP. The town came out for us\u201d\n\nCrews worked until dawn.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "Nobody called the RCMP. The town came out for us", speaker: "Orla Pike" },
    ],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cMrs. Fenn took us in. We owe her everything\u201d\n\nThe storm hit at midnight.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "Mrs. Fenn took us in. We owe her everything", speaker: "Orla Pike" },
    ],
  },
  // A line above a credited caption that quotes a sentence of its own after another, or credits its
  // words `according to` someone, reports speech: no photo's alt text.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nKemble was blunt. \u201cIt is over.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "It is over.", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nIt is \u201ca disgrace,\u201d according to Kemble.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "a disgrace,", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // Not so an alt text with a sentence before its sign's words, or a sign's words ending on a stop.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nNurses marched on Friday. A placard reading 'Staff us' led the way.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner reading 'Save our clinic.' hangs on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // `who Roe accused of “…”`: the relative pronoun is the accusation's object and the name after it
  // its subject, so the words are the named accuser's, never the accused head's.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble accused of \u201ccareless\u201d conduct, resigned.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  // With a description for the accuser and no object before `of`, the words stay the writer's term.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, whom the premier accused of \u201ccareless\u201d conduct, resigned on Tuesday.",
    quotes: [],
  },
  // Not so an accusation with its object or an adverb before `of`, in a relative clause or reported.
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble accused on Tuesday of \u201ccareless\u201d conduct, met again.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who accused the board of \u201ccareless\u201d conduct, resigned.",
    quotes: [{ text: "careless", speaker: "Anwen Roskell" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell said Idris Kemble accused her of \u201ccareless\u201d conduct.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  // A line above a credited caption whose subject is a thing bearing words (`A banner says …`) is
  // the photo's alt text though it has a verb of saying: the banner speaks for no one.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner says 'Save our clinic' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not so a person holding one, or a person named by such a thing (`The sign maker said`).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA nurse with a sign said 'Save our clinic.'\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "Save our clinic.", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nThe sign maker said 'We sold out.'\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We sold out.", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // `the minister` is the holder of an office in apposition only when the text gave that office to
  // one person and no one else may hold it: `the health minister` names another portfolio; an
  // office no name stands beside (`met Corvale's Fisheries Minister`, `led by Pellworth's Fisheries
  // Minister`) is a minister the text did not name; `former`, or a successor named, ends the holding.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the health minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Pellworth Trawler Guild, led by Pellworth\u2019s Fisheries Minister, met on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Pellworth Trawler Guild, led by Pellworth\u2019s Fisheries Minister, met on Tuesday. Dag Fenn, the guild\u2019s secretary, spoke first.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, met Corvale\u2019s Fisheries Minister on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, resigned in March.\n\nHer successor, Dag Fenn, took office in April.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s former Fisheries Minister, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, was replaced by Dag Fenn in April.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // Where none of that holds, the holder still speaks: a predecessor named, a headline's office.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing. Her predecessor, Dag Fenn, watched from the gallery.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Fisheries Minister defends quota\n\nIlse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  // The title's word alone, capitalised, read from a longer office (`Pellworth's Prime Minister`,
  // `Minister of Fisheries`, `Health Secretary`), is the office too: its holder, or no one; never
  // a speaker named `Minister`.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Prime Minister, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Minister of Fisheries, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Health Secretary, opened the clinic on Tuesday.\n\n\u201cThe beds are ready,\u201d the secretary said.",
    quotes: [{ text: "The beds are ready,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Pellworth\u2019s Prime Minister opened the hearing on Tuesday. Ilse Marrow, a trawler captain, spoke first.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "\u201cThe quota stays,\u201d said Pellworth\u2019s Prime Minister on Tuesday.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // Two offices whose holders' names share only the title's word (`Minister`), or one held once: no single holder.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Prime Minister, met Corvale\u2019s Prime Minister on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Health Secretary, met Corvale\u2019s Health Secretary on Tuesday.\n\n\u201cThe beds are ready,\u201d the secretary said.",
    quotes: [{ text: "The beds are ready,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s former Prime Minister, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // A writing after the verb with a participle of getting or passing it on and its agent (`said an
  // email obtained by the Corvale Courier`, `said a memo quoted by Tomas Rell`): its author unknown,
  // so no one; never a speaker made of the description, nor the speaker before.
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\n\u201cNo one checked the bolts,\u201d said an email obtained by the Corvale Courier.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\n\u201cNo one checked the bolts,\u201d said an email seen by the Corvale Courier.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\n\u201cNo one checked the bolts,\u201d said a memo quoted by Tomas Rell.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\nA memo quoted by Tomas Rell said: \u201cNo one checked the bolts.\u201d",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts.", speaker: null },
    ],
  },
  // A participle of writing keeps its author; a person's noun before the participle stays the speaker's.
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\n\u201cNo one checked the bolts,\u201d said a letter written by Tomas Rell.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: "Tomas Rell" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe will reopen the pier,\u201d said Ada Quill.\n\n\u201cNo one checked the bolts,\u201d said a man arrested by police.",
    quotes: [
      { text: "We will reopen the pier,", speaker: "Ada Quill" },
      { text: "No one checked the bolts,", speaker: null },
    ],
  },
  // A site's or a street's name that opens with a given name (`Grace Church` shown a place by
  // `at Grace Church`, `Victoria Park` whose given name is a place, `Jane Street`) before `with the
  // council` is no person: the words are no one's.
  {
    kind: "affiliation",
    text: "The rally met at Grace Church on Monday.\n\n\u201cWe will not back down,\u201d Grace Church with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Victoria Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Jane Street with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  // Still a person whose surname only starts like a site's word (`Parker`): she speaks.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Parker with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Grace Parker" }],
  },
  // A crowd that goes (`the crowd went, “…”`) inside a report shouts its own words: not the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the crowd went, \u201cEncore! Encore!\u201d",
    quotes: [{ text: "Encore! Encore!", speaker: null }],
  },
  // A poem that goes, and chants (plural) that begin, keep their own words: not the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the old harbour poem went, \u201cRow the boat to Corvale, row it home again.\u201d",
    quotes: [{ text: "Row the boat to Corvale, row it home again.", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the chants began, \u201cGo Corvale.\u201d",
    quotes: [{ text: "Go Corvale.", speaker: null }],
  },
  // A line or a sign that goes moves or changes state (`went dead`, `went up`): the words after are
  // the teller's. Only when one begins are they its own.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the phone line went, \u201ccompletely dead.\u201d",
    quotes: [{ text: "completely dead.", speaker: "Owen Teller" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the sign went, \u201cup on Monday.\u201d",
    quotes: [{ text: "up on Monday.", speaker: "Owen Teller" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the line began, \u201cRow the boat.\u201d",
    quotes: [{ text: "Row the boat.", speaker: null }],
  },
  // A verb of stance before the quotation (`dismissed … as`) has its subject describe the words;
  // a closing `according to` only reports that.
  {
    kind: "document for its issuer",
    text: "Tom Baker dismissed the ferry as \u201ca wreck\u201d last year, according to the Corvale Courier.",
    quotes: [{ text: "a wreck", speaker: "Tom Baker" }],
  },
  // A closing source that is a place a writing comes from, or one of two sources, names no one.
  {
    kind: "document for its issuer",
    text: "Cancellations were \u201cvery rare\u201d before 2019, according to a report from Pellworth.",
    quotes: [{ text: "very rare", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Cancellations were \u201cvery rare\u201d before 2019, according to Tom Baker and Marta Pell.",
    quotes: [{ text: "very rare", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Cancellations were \u201cvery rare\u201d before 2019, according to the Corvale Courier and the Trust.",
    quotes: [{ text: "very rare", speaker: null }],
  },
  // Words `with a hearty “…”` are the subject's only by a verb of uttering: not negated (`did not
  // end`, `never answers`), nor worn, received or greeted with, nor another subject's verb.
  {
    kind: "subject of the clause",
    text: "Tom Baker did not end with a hearty \u201cGo Pellworth!\u201d this time.",
    quotes: [{ text: "Go Pellworth!", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker never answers with a simple \u201cNo, not this year.\u201d",
    quotes: [{ text: "No, not this year.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker wore a shirt with a simple \u201cVote Pell for mayor\u201d on the front.",
    quotes: [{ text: "Vote Pell for mayor", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker received a card with a simple \u201cThank you all for coming tonight\u201d written inside.",
    quotes: [{ text: "Thank you all for coming tonight", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker was greeted with a hearty \u201cWelcome home!\u201d",
    quotes: [{ text: "Welcome home!", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker watched as Marta Pell closed with a hearty \u201cGo Pellworth!\u201d",
    quotes: [{ text: "Go Pellworth!", speaker: null }],
  },
  // Still the subject's past an adverb before the verb of uttering.
  {
    kind: "subject of the clause",
    text: "Tom Baker then signed off with a simple, \u201cThank you all.\u201d",
    quotes: [{ text: "Thank you all.", speaker: "Tom Baker" }],
  },
  // A titled surname that names playing fields too (`Dr. Field`, `Ms. Field`) is a person's: no field is titled.
  {
    kind: "pronoun resolved wrongly",
    text: 'Dr. Field told the inquiry the ward was short-staffed. "We were drowning," she said.',
    quotes: [{ text: "We were drowning,", speaker: "Field" }],
  },
  // The same after `Ms.`.
  {
    kind: "pronoun resolved wrongly",
    text: 'Ms. Field told the inquiry the ward was short-staffed. "We were drowning," she said.',
    quotes: [{ text: "We were drowning,", speaker: "Field" }],
  },
  // A titled full name whose given name no list holds (`Nurse Ilka Field`) is a person's, whom `Ms. Field` names again.
  {
    kind: "description of a named person",
    text: 'Nurse Ilka Field testified Monday. "We were drowning," Ms. Field said.',
    quotes: [{ text: "We were drowning,", speaker: "Ilka Field" }],
  },
  // A titled name ending in a two-word place (`Dr. Kwabena St. John`) is a person's, not a body named for the place.
  {
    kind: "pronoun resolved wrongly",
    text: 'Dr. Kwabena St. John spoke to reporters. "We are tired," he said.',
    quotes: [{ text: "We are tired,", speaker: "Kwabena St. John" }],
  },
  // The same after a councillor's title (`Coun. Ojo Prince George`).
  {
    kind: "pronoun resolved wrongly",
    text: 'Coun. Ojo Prince George spoke to reporters. "We are tired," he said.',
    quotes: [{ text: "We are tired,", speaker: "Ojo Prince George" }],
  },
  // Not fired: a titled `Park` (`Dr. Park`) is a person's too.
  {
    kind: "pronoun resolved wrongly",
    text: 'Dr. Park told the inquiry the ward was short-staffed. "We were drowning," she said.',
    quotes: [{ text: "We were drowning,", speaker: "Park" }],
  },
  // Not fired: a venue only named, untitled, is still a place; `she` has no one.
  {
    kind: "pronoun to non-person",
    text: 'Fans filled Corvale Field on Sunday. "We were loud," she said.',
    quotes: [{ text: "We were loud,", speaker: null }],
  },
  // A pair of places opening the sentence before `they` is no speaker: `they` may be their fans,
  // residents, police or officials, so it names no one (reverted 596e726; null beats a wrong name).
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  // Not fired: a venue that opens its sentence is still only where people are.
  {
    kind: "pronoun to non-person",
    text: 'Corvale Stadium was full on Sunday. They chanted "Otters, Otters" until the final whistle.',
    quotes: [{ text: "Otters, Otters", speaker: null }],
  },
  // A body brought in by its initials after one noun is the same body by another noun of its sort (`the mining company (BKR)` then `the firm said`).
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) laid off 200 workers.\n\n"It was a hard decision," the firm said.',
    quotes: [{ text: "It was a hard decision,", speaker: "BKR" }],
  },
  // The same for `the transit authority (RTA)` then `the agency said`.
  {
    kind: "organisation continuation",
    text: 'The regional transit authority (RTA) said fares would rise. "Costs went up," the agency said.',
    quotes: [{ text: "Costs went up,", speaker: "RTA" }],
  },
  // The same for `the health department (PHD)` then `the ministry said`.
  {
    kind: "organisation continuation",
    text: 'The provincial health department (PHD) ordered the audit.\n\n"The audit is routine," the ministry said.',
    quotes: [{ text: "The audit is routine,", speaker: "PHD" }],
  },
  // Not fired: a company brought in by its initials is no union.
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) laid off 200 workers.\n\n"It was a hard decision," the union said.',
    quotes: [{ text: "It was a hard decision,", speaker: null }],
  },
  // Not fired: an authority brought in by its initials is no board.
  {
    kind: "organisation continuation",
    text: 'The regional transit authority (RTA) said fares would rise. "Costs went up," the board said.',
    quotes: [{ text: "Costs went up,", speaker: null }],
  },
  // A writing `prepared by` a description (`lawyers for Tom Ferland`) is no link to the name inside it: the description is the subject.
  {
    kind: "document for its issuer",
    text: 'The report prepared by lawyers for Tom Ferland said, "He is innocent."',
    quotes: [{ text: "He is innocent.", speaker: "Lawyers for Tom Ferland" }],
  },
  // Nor `written by a lawyer for` a name: the client is not who wrote it.
  {
    kind: "document for its issuer",
    text: 'The letter written by a lawyer for Tom Ferland said, "He is innocent."',
    quotes: [{ text: "He is innocent.", speaker: null }],
  },
  // Not fired: `prepared by` a body's name is still its author's.
  {
    kind: "document for its issuer",
    text: 'The report prepared by Orvane Consulting said, "The bridge is unsafe."',
    quotes: [{ text: "The bridge is unsafe.", speaker: "Orvane Consulting" }],
  },
  // A writing's bare noun before `is` is still the verb of a clause `what` opens (`What the researchers … report is`): the researchers speak.
  {
    kind: "partial quote in a reported clause",
    text: 'What the researchers at Corvale University report is "a collapse" in cod stocks.',
    quotes: [{ text: "a collapse", speaker: "Researchers at Corvale University" }],
  },
  // Not fired: `what` in the sentence before leaves `the Ledger report was` a noun.
  {
    kind: "partial quote in a reported clause",
    text: 'What a week. Premier Alan Crewe said the Ledger report was "deeply flawed."',
    quotes: [{ text: "deeply flawed.", speaker: "Alan Crewe" }],
  },
  // A writing's plural before a plural copula (`the Tribune reports were`) is a noun: the one who said so speaks.
  {
    kind: "partial quote in a reported clause",
    text: 'Mark Dunn said the Tribune reports were "a smear."',
    quotes: [{ text: "a smear.", speaker: "Mark Dunn" }],
  },
  // Not fired: `reports that` stays the outlet's verb.
  {
    kind: "partial quote in a reported clause",
    text: 'The Tribune reports that the mayor was "furious."',
    quotes: [{ text: "furious.", speaker: "Tribune" }],
  },
  // A preposition stranded at the end of a relative clause with a named subject (`The workers Omar Bey spoke for say`) leaves the bare form after it the sentence's verb: the workers speak.
  {
    kind: "subject of the clause",
    text: 'The workers Omar Bey spoke for say their pay was "stolen."',
    quotes: [{ text: "stolen.", speaker: "Workers Omar Bey spoke for" }],
  },
  // The same with `nurses`.
  {
    kind: "subject of the clause",
    text: 'The nurses Omar Bey spoke for say their pay was "stolen."',
    quotes: [{ text: "stolen.", speaker: "Nurses Omar Bey spoke for" }],
  },
  // Not fired: `in charge of` after an office is still a noun.
  {
    kind: "subject of the clause",
    text: 'Insp. Dana Whitlow, acting officer in charge of the Corvale Unit, said the case was "closed."',
    quotes: [{ text: "closed.", speaker: "Dana Whitlow" }],
  },
  // Not fired: places joined by `and` are no `they`: their fans, residents, police, officials or protesters, or a person joined to one, speak; null beats the place.
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar fans rallied downtown. They chanted "we are one."',
    quotes: [{ text: "we are one.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth residents lost power. They called it "a nightmare."',
    quotes: [{ text: "a nightmare.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Ottawa and Corvale police arrested two men. They called it "a big catch."',
    quotes: [{ text: "a big catch.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth were buried in snow. They called it "the worst storm in years."',
    quotes: [{ text: "the worst storm in years.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. Officials from both sides met reporters. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact.\n\nProtesters gathered outside. They called it "a sellout."',
    quotes: [{ text: "a sellout.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. Trade Minister Lin Obi and her Vellmar counterpart, Ade Kuri, spoke. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth brace for storm\n\nResidents stocked up on supplies Monday. "We are ready," they said.',
    quotes: [{ text: "We are ready,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Ottawa and Premier Ana Vey clashed over the pact. They called it "a bad deal."',
    quotes: [{ text: "a bad deal.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Ana Vey\'s team signed the pact. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  // A writing's noun stays a noun after `what` unless `what` opens its clause with only a plural subject between (a bare verb agrees with a plural): `what matters is that the Ledger report was`, `what the Ledger report has`.
  {
    kind: "subject of the clause",
    text: 'Premier Ana Vey said what matters is that the Ledger report was "a smear."',
    quotes: [{ text: "a smear.", speaker: "Ana Vey" }],
  },
  {
    kind: "subject of the clause",
    text: 'Mark Dunn said he knows what the Ledger report has "tried to do."',
    quotes: [{ text: "tried to do.", speaker: "Mark Dunn" }],
  },
  {
    kind: "subject of the clause",
    text: 'Mark Dunn said he knows what the Ledger report is "trying to do."',
    quotes: [{ text: "trying to do.", speaker: "Mark Dunn" }],
  },
  {
    kind: "subject of the clause",
    text: 'Premier Ana Vey said what matters is that the Tribune reports were "a smear."',
    quotes: [{ text: "a smear.", speaker: "Ana Vey" }],
  },
  // A `What …` clause that a copula ends before the quotation is the sentence's subject; a named speaker with a verb of saying after the quotation, in its sentence, reports it.
  {
    kind: "subject of the clause",
    text: 'What the nurses report is "a crisis" in the wards, union head Lin Obi said.',
    quotes: [{ text: "a crisis", speaker: "Lin Obi" }],
  },
  {
    kind: "subject of the clause",
    text: 'What we report is "a collapse" in cod stocks, Mark Dunn said.',
    quotes: [{ text: "a collapse", speaker: "Mark Dunn" }],
  },
  // Not fired: a speaker in the next sentence does not report a `What …` clause's quotation that ends its own.
  {
    kind: "subject of the clause",
    text: 'What the nurses report is "a crisis." Lin Obi said the wards were full.',
    quotes: [{ text: "a crisis.", speaker: null }],
  },
  // A title a park or a field is named for (`Lord`, `Chief`, `Governor`, `King`, `Sir`) before a park's or a field's name makes no person: the park is a place, `he` has no one.
  {
    kind: "pronoun to non-person",
    text: 'Lord Roberts Park was flooded Monday. "We lost everything," he said.',
    quotes: [{ text: "We lost everything,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Chief Whitecap Park reopened Saturday. "The trails are clear," he said.',
    quotes: [{ text: "The trails are clear,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Rain soaked Governor Simcoe Park. "The event is off," she said.',
    quotes: [{ text: "The event is off,", speaker: null }],
  },
  // Not fired: such a title before a surname alone, or before a given name and `Field`, still makes a person.
  {
    kind: "pronoun resolved wrongly",
    text: 'Chief Roberts spoke Monday. "We were drowning," he said.',
    quotes: [{ text: "We were drowning,", speaker: "Roberts" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Chief Ilka Field testified Monday. "We were drowning," she said.',
    quotes: [{ text: "We were drowning,", speaker: "Ilka Field" }],
  },
  // An article after a writing's `by` opens its author's description: the writing runs on to it as before a name (`prepared by the Orvane Consulting firm`, `by a team led by Dr. Ana Vey`).
  {
    kind: "subject of the clause",
    text: 'The report written by a team led by Dr. Ana Vey said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: "Ana Vey" }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by the Orvane Consulting firm said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: "Orvane Consulting" }],
  },
  // Not fired: a bare description after `by` (`by staff for Mayor Tom Vell`) is not run on to whom it acts for.
  {
    kind: "subject of the clause",
    text: 'The report prepared by staff for Mayor Tom Vell said the bridge was "unsafe."',
    quotes: [{ text: "unsafe.", speaker: null }],
  },
  // Nouns of one sort name one body only when the other noun itself, or another government's level, was not named between (`hired Dunmore, a consulting firm`, `Provincial officials`): null.
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) hired Dunmore, a consulting firm, to review the mine. "The mine is safe," the firm said.',
    quotes: [{ text: "The mine is safe,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'The city\'s parks department (CPD) closed the trails. Provincial officials disagreed. "The trails are safe," the ministry said.',
    quotes: [{ text: "The trails are safe,", speaker: null }],
  },
  // Not fired: officials of no other level between keep the department the body.
  {
    kind: "organisation continuation",
    text: 'The city\'s parks department (CPD) closed the trails. City officials agreed. "The trails are unsafe," the department said.',
    quotes: [{ text: "The trails are unsafe,", speaker: "CPD" }],
  },
  // A closing `according to` yields only to a describer in the quotation's own clause: a verb of
  // saying or stance in an earlier clause (`Baker denied it, but …`) describes other words.
  {
    kind: "document for its issuer",
    text: "Tom Baker dismissed the complaints, and the ferry was \u201ca wreck\u201d last year, according to the Corvale Courier.",
    quotes: [{ text: "a wreck", speaker: "Corvale Courier" }],
  },
  {
    kind: "document for its issuer",
    text: "Tom Baker denied it, but Marta Pell\u2019s ferry was \u201ca wreck\u201d last year, according to the Corvale Courier.",
    quotes: [{ text: "a wreck", speaker: "Corvale Courier" }],
  },
  // Only a person's verb is a describer: a writing or a thing (`The audit dismissed … as`) is not,
  // so the closing source keeps the words.
  {
    kind: "document for its issuer",
    text: "The audit dismissed the ferry as \u201ca wreck\u201d last year, according to the Corvale Courier.",
    quotes: [{ text: "a wreck", speaker: "Corvale Courier" }],
  },
  // A person's describer with an aside still keeps the words.
  {
    kind: "document for its issuer",
    text: "Tom Baker, the mayor, dismissed the ferry as \u201ca wreck\u201d last year, according to the Corvale Courier.",
    quotes: [{ text: "a wreck", speaker: "Tom Baker" }],
  },
  // A single word after `from` that the text gave a person as a surname is that person, not a place.
  {
    kind: "document for its issuer",
    text: "Marta Pell runs the trust. Cancellations were \u201cvery rare\u201d before 2019, according to a statement from Pell.",
    quotes: [{ text: "very rare", speaker: "Marta Pell" }],
  },
  {
    kind: "document for its issuer",
    text: "Marta Pell runs the trust. Cancellations were \u201cvery rare\u201d before 2019, according to a statement from Corvale.",
    quotes: [{ text: "very rare", speaker: null }],
  },
  // `X and others` names one source: X.
  {
    kind: "document for its issuer",
    text: "Cancellations were \u201cvery rare\u201d before 2019, according to Marta Pell and others.",
    quotes: [{ text: "very rare", speaker: "Marta Pell" }],
  },
  {
    kind: "document for its issuer",
    text: "Cancellations were \u201cvery rare\u201d before 2019, according to Marta Pell or others.",
    quotes: [{ text: "very rare", speaker: null }],
  },
  // A relative pronoun before a named accuser is the accusation's object: `which/who/whom NAME
  // accused [adverb] of “…”` gives NAME; an adverb between the verb and `of` is no object.
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble accused of \u201ccareless\u201d conduct, met again.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble accused last week of \u201ccareless\u201d conduct, resigned on Friday.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, whom Idris Kemble accused of \u201ccareless\u201d conduct, resigned on Friday.",
    quotes: [{ text: "careless", speaker: "Idris Kemble" }],
  },
  // Not so a passive accusation, nor a relative clause whose name does no accusing.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who was accused of \u201ccareless\u201d conduct by Idris Kemble, resigned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble chairs, was accused of \u201ccareless\u201d conduct.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble praised, said the audit was \u201ccareless.\u201d",
    quotes: [{ text: "careless.", speaker: "Anwen Roskell" }],
  },
  // A succession word ends the office's holding only when it concerns the holder (`Her successor`,
  // `X succeeded her`, `was replaced by X` said of her): the holder succeeding someone, another
  // person's replacing or a body's succession leaves her the holder.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, who succeeded Dag Fenn in April, opened the hearing on Tuesday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday. The guild\u2019s chairman, who was replaced by Dag Fenn in May, watched.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday. Dag Fenn succeeds Ada Quill at the guild.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing. The guild\u2019s successor, Dag Fenn, watched.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: "Ilse Marrow" }],
  },
  // `Dag Fenn succeeded her`: the holding ended.
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, resigned in March. Dag Fenn succeeded her in April.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing. She was replaced by Dag Fenn in May.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // A writing signed by two named people is neither's alone; one signer, or a participle after
  // the `and`, keeps the author.
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell and Ada Quill.",
    quotes: [{ text: "No one checked the bolts,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell.",
    quotes: [{ text: "No one checked the bolts,", speaker: "Tomas Rell" }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell and released on Monday.",
    quotes: [{ text: "No one checked the bolts,", speaker: "Tomas Rell" }],
  },
  // Verbs of addressing utter the words `with a simple “…”` too: addressed, toasted, thanked the crowd with.
  {
    kind: "subject of the clause",
    text: "Tom Baker addressed the crowd with a simple \u201cThank you all.\u201d",
    quotes: [{ text: "Thank you all.", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker toasted the couple with a hearty \u201cTo Corvale!\u201d",
    quotes: [{ text: "To Corvale!", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "Tom Baker thanked the volunteers with a simple \u201cYou carried us.\u201d",
    quotes: [{ text: "You carried us.", speaker: "Tom Baker" }],
  },
  // Not fired: a negated verb of addressing says nothing.
  {
    kind: "subject of the clause",
    text: "Tom Baker did not thank anyone with a simple \u201cThank you all.\u201d",
    quotes: [{ text: "Thank you all.", speaker: null }],
  },
  // A sign that goes, with a comma and a capital (`went, “No dogs allowed.”`), carries its own
  // words: no one named says them.
  {
    kind: "subject of the clause",
    text: "Owen Teller told Radio Pellworth the sign went, \u201cNo dogs allowed.\u201d",
    quotes: [{ text: "No dogs allowed.", speaker: null }],
  },
  // A crowd that goes, with no comma, into a lower-case quotation (`went “absolutely wild.”`) is in
  // a state the teller describes: the teller's words.
  {
    kind: "subject of the clause",
    text: "Owen Teller told Radio Pellworth the crowd went \u201cabsolutely wild.\u201d",
    quotes: [{ text: "absolutely wild.", speaker: "Owen Teller" }],
  },
  // Not fired: a crowd's own shout, with or without a comma, stays no one's.
  {
    kind: "subject of the clause",
    text: "Owen Teller told Radio Pellworth the crowd went \u201cEncore!\u201d",
    quotes: [{ text: "Encore!", speaker: null }],
  },
  // Not fired: with no teller before it, a crowd's state is no one's.
  {
    kind: "subject of the clause",
    text: "The crowd went \u201cabsolutely wild.\u201d",
    quotes: [{ text: "absolutely wild.", speaker: null }],
  },
  // Not fired: a crowd's lower-case shout after a comma is still its own.
  {
    kind: "subject of the clause",
    text: "Owen Teller told Radio Pellworth the crowd went, \u201cboo, go home.\u201d",
    quotes: [{ text: "boo, go home.", speaker: null }],
  },
  // A given name or a title before a surname that is also a site's word (`Grace Park`, `Helen
  // Church`, `Mr. Park`) makes a person with the council, unless the text shows the place.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Grace Park" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Helen Church with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Helen Church" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Mr. Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Park" }],
  },
  // Not fired: a site's word that is no surname (`Chapel`, `Station`) stays a site.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Chapel with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  // A stopless line of sentences after a speaker's quotation goes on with the speech when it reads
  // as speech (`The bakery is gone. It took …`), with or without `I`, `we` or `you`.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cThe bakery is gone. It took forty years to build\u201d\n\nThe storm hit at midnight.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "The bakery is gone. It took forty years to build", speaker: "Orla Pike" },
    ],
  },
  // Not fired: a heading's `your` or `our` (`Your guide to the cleanup`, `Our town rallies`) is no speech.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Your guide to the cleanup\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Our town rallies\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // An alt text above a credited caption stays furniture when its quotation after a sentence is a
  // slogan (no word of speech: `“Save our clinic.”`), or when a thing in the picture reads the words
  // it credits `according to` someone.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nNurses gather outside the clinic. \u201cSave our clinic.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner reading 'Staff us,' according to organisers, hung on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // A thing bearing words right before a verb of going straight into the quotation (`the chorus
  // goes, “…”`, `the sign went, “No dogs allowed.”`) keeps them after `said` too: no one named.
  {
    kind: "subject of the clause",
    text: "Marta Pell said the chorus goes, \u201cRow, row, row to Corvale.\u201d",
    quotes: [{ text: "Row, row, row to Corvale.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Owen Teller said the sign went, \u201cNo dogs allowed.\u201d",
    quotes: [{ text: "No dogs allowed.", speaker: null }],
  },
  // Not fired: a state in lower case stays the teller's, and a later clause's quotation the sayer's.
  {
    kind: "subject of the clause",
    text: "Owen Teller said the crowd went \u201cabsolutely wild.\u201d",
    quotes: [{ text: "absolutely wild.", speaker: "Owen Teller" }],
  },
  {
    kind: "subject of the clause",
    text: "Marta Pell said the chorus went on too long, \u201cWe should cut it.\u201d",
    quotes: [{ text: "We should cut it.", speaker: "Marta Pell" }],
  },
  // Things bearing words that say them in an alt text above a credited caption speak for no one,
  // with no article (`Signs say`) or with two words describing them (`A large red banner says`).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nSigns say 'Staff us' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA large red banner says 'Save our clinic' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not fired: a person holding a sign says the words (the line stays speech).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA nurse with a large red sign says 'Staff us' today.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "Staff us", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // Not fired: after `by`, an article's description that acts for someone (`the office of Mayor Tom Vell`, `the staff of Senator Ada Quill`) or a noun after a single capital (`a Dunmore engineer`) names no author by its inner name (rev23f C).
  {
    kind: "subject of the clause",
    text: 'The report prepared by the office of Mayor Tom Vell said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: "Office of Mayor Tom Vell" }],
  },
  {
    kind: "subject of the clause",
    text: 'The report written by the staff of Senator Ada Quill said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by a Dunmore engineer said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by a Corvale firm said the plan was "dangerous."',
    quotes: [{ text: "dangerous.", speaker: "Corvale firm" }],
  },
  // A second author after `and` is a person's name that ends its clause; a date's writing, a
  // place's body that opens a clause, or a newspaper's name keeps the first signer (rev23f B).
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell and Thursday's notice.",
    quotes: [{ text: "No one checked the bolts,", speaker: "Tomas Rell" }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell and Dunmore police said it was genuine.",
    quotes: [{ text: "No one checked the bolts,", speaker: "Tomas Rell" }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cNo one checked the bolts,\u201d read a statement signed by Tomas Rell and The Dunmore Post obtained it.",
    quotes: [{ text: "No one checked the bolts,", speaker: "Tomas Rell" }],
  },
  // Not fired: `be` or `have` alone in a stopless line (`Residents are counting the cost`) is a headline's, no speech (rev23f E).
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Residents are counting the cost\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Crews have cleared the roads\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // `Dag Fenn replaced Marrow`: a name succeeding the holder, named by surname, ends her holding (rev23f D).
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday. Dag Fenn replaced Marrow on Friday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Ilse Marrow, Pellworth\u2019s Fisheries Minister, opened the hearing on Tuesday. Dag Fenn replaced Ilse Marrow on Friday.\n\n\u201cThe quota stays,\u201d the minister said.",
    quotes: [{ text: "The quota stays,", speaker: null }],
  },
  // A participle of saying set off by a comma shares the subject of the clause before it (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Odo Varga voted against the budget, predicting the cuts would \u201cgut\u201d the library system.",
    quotes: [{ text: "gut", speaker: "Odo Varga" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock rejected the transit plan on Monday, saying the fare increase was a \u201ccruel joke\u201d for riders.",
    quotes: [{ text: "cruel joke", speaker: "Ilse Brannock" }],
  },
  // Not when the clause's subject is no person or body, nor past a relative clause, scare quotes or a title (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "A petition circulated in Pellworth, saying the new tower was an \u201ceyesore\u201d for the neighbourhood.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock spoke at the forum, saying the so-called \u201cexperts\u201d had never visited the valley.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock opened the festival, saying the \u201cHarbour Nights\u201d screening was sold out.",
    quotes: [],
  },
  // Nor when the clause names someone after its subject, whom the attribution would credit (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn repeated claims that Orla Pike reads from notes, calling her a \u201cfine actor\u201d on stage.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn tried to distance Orla Pike from the levy, arguing that she was now focused on a \u201cfairer\u201d tariff.",
    quotes: [],
  },
  // A verb of calling or accusing set off by a comma after a plural noun ending the clause: the subject opens the sentence, its name up to five words (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn belittled the row over the ferry loans, calling it a \u201cpaperwork error\u201d in a radio interview.",
    quotes: [{ text: "paperwork error", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Corvale Harbour Minister Ilse Brannock slammed the review of the ferry crossings, accusing the board of \u201ccareless\u201d planning.",
    quotes: [{ text: "careless", speaker: "Ilse Brannock" }],
  },
  // An attribution closing the sentence and running on with when or how it was said (rules24A); not one after `as`.
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Harbour Minister Ilse Brannock said Tuesday in reply to questions from the opposition.",
    quotes: [{ text: "extremely heavy", speaker: "Ilse Brannock" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the Pellworth vote rather than just a \u201cregional\u201d one, as Dag Fenn\u2019s campaign manager suggested after the count in the north.",
    quotes: [],
  },
  // A verb of saying in its progressive form (`is urging against`) gives the words like its simple form (rules24A); not past `so-called`.
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth fisheries minister, Dag Fenn, is urging against \u201creckless\u201d trawling as catches fall.",
    quotes: [{ text: "reckless", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike is saying the so-called \u201cexperts\u201d got it wrong.",
    quotes: [],
  },
  // A relative clause's subject and verb of naming after a noun (`an act she called “…”`) give the words to that subject (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the school at 16, an act she called \u201cliberation.\u201d She never went back.",
    quotes: [{ text: "liberation.", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn accused the Pellworth Ferry Company of dumping fuel, a charge the company called \u201cabsurd and false\u201d in a statement.",
    quotes: [{ text: "absurd and false", speaker: "Pellworth Ferry Company" }],
  },
  // Not a capitalised name, a word mentioned, nor a headline's clause (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn opened a program the city called \u201cFresh Start\u201d for young workers.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the word she called \u201cresilience\u201d had lost its meaning.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ferry levy a plan they called \u2018reckless\u2019\n\nThe Corvale council passed the ferry levy on Monday. Orla Pike voted against it.",
    quotes: [],
  },
  // Quoted words before a noun that mentions them (`the “…” phrase`, `label`) are words discussed as words (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock said the \u201cCorvale first\u201d phrase came from her rival.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock said the \u201creckless\u201d slogan stuck to the council for years.",
    quotes: [],
  },
  // A headline ending on a per cent sign (`… below 5%`) is still a headline's line: its quotation, which the body never quotes again, is nobody's (rules24C).
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4%\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [{ text: "The increase is too much,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4%\nCorvale council takes up the levy on Thursday.\n\u201cNot one cent more,\u201d said Councillor Ilse Marrow.",
    quotes: [
      { text: "Not one cent more", speaker: "Ilse Marrow" },
      { text: "Not one cent more,", speaker: "Ilse Marrow" },
    ],
  },
  {
    kind: "furniture",
    text: "Councillor Ilse Marrow says \u2018no more than 4%\u2019\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [
      { text: "no more than 4%", speaker: "Ilse Marrow" },
      { text: "The increase is too much,", speaker: "Ilse Marrow" },
    ],
  },
  // A verb of saying in a passive with no agent (`the fares were called “…”`) gives its subject no words: the source closing the sentence does (rules24C).
  {
    kind: "speaker named after the quote",
    text: "Tom Baker listened as the fares were called \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Marta Pell" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The fares were called \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Marta Pell" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker called the fares \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ilse Marrow was quoted as saying \u201cthe port is safe.\u201d",
    quotes: [{ text: "the port is safe.", speaker: "Ilse Marrow" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ilse Marrow was asked by host Dag Fenn, \u201cWill you run?\u201d",
    quotes: [{ text: "Will you run?", speaker: "Dag Fenn" }],
  },
  // A person whose death the paragraph reports (`has died`, then `He was 71.`) speaks no bare quotation after it through `he` (rules24C).
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He was 71.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, died on Monday. He was 71.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand has died. Mara Lind, his daughter, was at the harbour. She was 40.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: "Mara Lind" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand\u2019s wife has died. He was at the pier on Monday.\n\n\u201cShe loved the sea.\u201d",
    quotes: [{ text: "She loved the sea.", speaker: "Ivo Brand" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, said his brother has died. He was shaken.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: "Ivo Brand" }],
  },
  // A royal's or a saint's title, a given name and `Park` or `Field` (`Queen Ada Park`) name the park, not a woman `she` can stand for (rules24C).
  {
    kind: "pronoun to non-person",
    text: "Queen Ada Park reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "St. Olaf Field flooded on Monday.\n\n\u201cIt is a shame,\u201d he said.",
    quotes: [{ text: "It is a shame,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Chief Ada Park spoke on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Park" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Lind walked through Queen Ada Park on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Lind" }],
  },
  // A writing that goes or begins into a quotation (`The letter went, “Dear friends …”`) gives its own words: its issuer's when the text names one, never the teller's before it (rules24C).
  {
    kind: "document for its issuer",
    text: "Ines Varga told Radio Pellworth her brother left before dawn. The letter went, \u201cDear friends, we are leaving the harbour.\u201d",
    quotes: [{ text: "Dear friends, we are leaving the harbour.", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Ines Varga told Radio Pellworth her brother left before dawn.\n\nThe note began: \u201cDear friends, we are leaving the harbour.\u201d",
    quotes: [{ text: "Dear friends, we are leaving the harbour.", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Ines Varga sent a letter to the council. The letter went, \u201cDear friends, we are leaving the harbour.\u201d",
    quotes: [{ text: "Dear friends, we are leaving the harbour.", speaker: "Ines Varga" }],
  },
  {
    kind: "document for its issuer",
    text: "Ines Varga held up the sign her brother made. The sign went, \u201cup on Monday,\u201d she said.",
    quotes: [{ text: "up on Monday,", speaker: "Ines Varga" }],
  },
  // A role before a name (`Coach Tavita New York`) makes a person's name of it, as a title does, though its last words name a place (rules24C).
  {
    kind: "title inside the attribution",
    text: "Coach Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "title inside the attribution",
    text: "Coach Tavita New York said the team was ready.\n\n\u201cWe played well.\u201d",
    quotes: [{ text: "We played well.", speaker: "Tavita New York" }],
  },
  {
    kind: "title inside the attribution",
    text: "Pastor Tavita Corvale led the service. \u201cWe pray for the crews,\u201d he said.",
    quotes: [{ text: "We pray for the crews,", speaker: "Tavita Corvale" }],
  },
  // `an aide to the premier`: the description's head is the aide, not whom the aide serves; unnamed, no one (rules24C).
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. An aide to the premier said \u201cthe budget is final.\u201d",
    quotes: [{ text: "the budget is final.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. \u201cThe budget is final,\u201d an aide to the premier said.",
    quotes: [{ text: "The budget is final,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. An aide to the premier, Dag Fenn, said \u201cthe budget is final.\u201d",
    quotes: [{ text: "the budget is final.", speaker: "Dag Fenn" }],
  },
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. \u201cThe budget is final,\u201d the premier said to an aide.",
    quotes: [{ text: "The budget is final,", speaker: "Olaf Rask" }],
  },
  // A word or two between a given name and a surname (`Bret “the Hammer” Brand`) is a nickname, not speech, whatever verb the sentence has (rules24C).
  {
    kind: "scare quotes and lists",
    text: "The Pellworth sports museum announced Wednesday it will honour six athletes, among them retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The Pellworth sports museum announced Wednesday it will honour six athletes, among them retired boxer Bret 'the Hammer' Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The team signed Bret \u201cthe Hammer\u201d Brand on Monday. \u201cI am done,\u201d said coach Mara Lind.",
    quotes: [{ text: "I am done,", speaker: "Mara Lind" }],
  },
  // A lone quoted line in single marks, in an article whose one other quotation is in double marks, is a pull quote: its own marks cast no vote on the article's style (rules24C).
  {
    kind: "furniture",
    text: "Subscribe\nMore from our sites:\nGet rolling! Pellworth Motors brings the region car news, reviews and photos.\nLearn more \u203a\nThe ad below is still loading; the story goes on after it.\n\n'We are at odds with the harbour board'\n\nThe boat has drifted onto the rocks, a young man explains in a rush.\n\nDispatcher Ivo Brand has answered these calls for decades.\n\nMoments later, it arrives: \u201cSend the tug!\u201d the young man says.",
    quotes: [{ text: "Send the tug!", speaker: null }],
  },
  {
    kind: "furniture",
    text: "Subscribe\nMore from our sites:\nGet rolling! Pellworth Motors brings the region car news, reviews and photos.\nLearn more \u203a\nThe ad below is still loading; the story goes on after it.\n\n'We are at odds with the harbour board'\n\nThe boat has drifted onto the rocks.\n\n'Send the tug,' said dispatcher Ivo Brand.",
    quotes: [
      { text: "We are at odds with the harbour board", speaker: null },
      { text: "Send the tug,", speaker: "Ivo Brand" },
    ],
  },
  // A profile's label (`Name, 64, of Corvale`) then a line describing the person, then the bare
  // quotation: the label names who speaks, not the description's capital (`Attended …`) (rules24B).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nThe Herald spoke to three of them.\n\nMarta Quillon, 64, of Corvale\nAttended mission schools in Pellworth and Dunmere.\n\n\u201cWe lost our words there, and it took half my life to find them again.\u201d\n\nTomas Brennick, 70, of Pellworth\nAttended Mission day school on Corvale Island\n\n\u201cWhen I come back here I feel lighter.\u201d",
    quotes: [
      { text: "We lost our words there, and it took half my life to find them again.", speaker: "Marta Quillon" },
      { text: "When I come back here I feel lighter.", speaker: "Tomas Brennick" },
    ],
  },
  // Not fired: a line a person by evidence opens is a sentence about her, not a description.
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nTomas Brennick, her neighbour, remembers the mission school in Pellworth differently.\n\n\u201cIt gave me work, whatever else it took.\u201d",
    quotes: [{ text: "It gave me work, whatever else it took.", speaker: "Tomas Brennick" }],
  },
  // Not fired: a sign's words under a profile are nobody's.
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nAttended mission schools in Pellworth and Dunmere.\n\n\u201cNo child should be sent away.\u201d read a sign at the gate.",
    quotes: [{ text: "No child should be sent away.", speaker: null }],
  },
  // A street's name ending in a side of town after its kind (`Corvale Avenue West`) is a place, no `she` (rules24B).
  {
    kind: "pronoun to non-person",
    text: "Pellworth Public School stands near Dunmere Road and Corvale Avenue West, where half the pupils stayed home.\n\n\u201cIt is too hot to teach,\u201d she said.",
    quotes: [{ text: "It is too hot to teach,", speaker: null }],
  },
  // A day's name (`Red and Gold Day`, `Election Day`) is no person a `she` or `he` stands for (rules24B).
  {
    kind: "pronoun to non-person",
    text: "Ilse Marrow has cheered the Pellworth Harriers all her life.\n\nOne of her favourite days is the annual Red and Gold Day at Corvale Field.\n\n\u201cYou get to know the players,\u201d she said.",
    quotes: [{ text: "You get to know the players,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Corvale votes\n\nElection Day is Tuesday in Pellworth.\n\n\u201cTurnout will be high,\u201d he said.",
    quotes: [{ text: "Turnout will be high,", speaker: null }],
  },
  // Not fired: a given name before `Day` keeps a person's name.
  {
    kind: "pronoun to non-person",
    text: "Ilse Marrow met Kristen Day at the rally.\n\n\u201cYou get to know the players,\u201d said Day.",
    quotes: [{ text: "You get to know the players,", speaker: "Kristen Day" }],
  },
  // `the mayor vowed to address what she calls “…”`: the clause's subject calls it so, an unnamed
  // mayor, not the principal named before (rules24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nWith Corvale in the grip of a heat wave, principal Ilse Marrow spent Monday walking the halls of Pellworth Public School.\n\n\u201cWe did have a plan,\u201d Marrow told reporters.\n\nThe heat was so extreme that a power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the city's plan.",
    quotes: [
      { text: "We did have a plan,", speaker: "Ilse Marrow" },
      { text: "serious gaps", speaker: null },
    ],
  },
  // Not fired: a mayor the text named with the title is who calls it so.
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nMayor Ilse Marrow toured Pellworth Public School on Monday with principal Tomas Brennick.\n\n\u201cWe did have a plan,\u201d Brennick told reporters.\n\nThe heat was so extreme that a power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the city's plan.",
    quotes: [
      { text: "We did have a plan,", speaker: "Tomas Brennick" },
      { text: "serious gaps", speaker: "Ilse Marrow" },
    ],
  },
  // `according to Corvale Nurses Local 12 President, Ilse Marrow.`: an office capitalised as the end
  // of a body's name, then the holder set off by a comma: the holder speaks, not the office (rules24B).
  {
    kind: "title inside the attribution",
    text: "Crews are being sent from far away, according to Corvale Nurses Local 12 President, Ilse Marrow.\n\n\u201cWe hear ambulances coming from Pellworth every night.\u201d",
    quotes: [{ text: "We hear ambulances coming from Pellworth every night.", speaker: "Ilse Marrow" }],
  },
  {
    kind: "title inside the attribution",
    text: "Crews are being sent from far away, said Corvale Nurses Local 12 President, Ilse Marrow.\n\n\u201cWe hear ambulances coming from Pellworth every night.\u201d",
    quotes: [{ text: "We hear ambulances coming from Pellworth every night.", speaker: "Ilse Marrow" }],
  },
  // Not fired: another person named after the holder takes the floor.
  {
    kind: "title inside the attribution",
    text: "Crews are being sent from far away, according to Corvale Nurses Local 12 President, Ilse Marrow. Chief Tomas Brennick disagreed.\n\n\u201cWe have enough crews.\u201d",
    quotes: [{ text: "We have enough crews.", speaker: "Tomas Brennick" }],
  },
  // `Jane Roe Chairperson of the Joint Council said`: a comma-less appositive's office, read back
  // from the verb as forward, is no word of the name; `chairperson` is a title (rules24B).
  {
    kind: "title inside the attribution",
    text: "Pellworth nurses ratified a contract on Sunday.\n\nIlse Marotis Chairperson of the Joint Council of Unions said workers keep their benefits.\n\n\u201cWe are happy with what we kept,\u201d she said.",
    quotes: [{ text: "We are happy with what we kept,", speaker: "Ilse Marotis" }],
  },
  {
    kind: "title inside the attribution",
    text: "Pellworth nurses ratified a contract on Sunday.\n\nJulie Marotis Chairman of the Joint Council of Unions said workers keep their benefits.\n\n\u201cWe are happy with what we kept,\u201d she said.",
    quotes: [{ text: "We are happy with what we kept,", speaker: "Julie Marotis" }],
  },
  // A surname misspelt by one letter slipped in, ending in s (read as a group's word), is the
  // person the text named in full (rules24B).
  {
    kind: "surname shared by two people",
    text: "Pellworth nurses ratified a contract on Sunday.\n\nIlse Marotis, who chairs the nurses' council, said workers keep their benefits.\n\n\u201cIt is huge. We broke a pattern,\u201d Marottis said.",
    quotes: [{ text: "It is huge. We broke a pattern,", speaker: "Ilse Marotis" }],
  },
  // Not fired: a group's word one letter changed from a person's surname is the group.
  {
    kind: "surname shared by two people",
    text: "Tom Torres spoke first at the Pellworth rally.\n\n\u201cWe will vote no,\u201d Tories said.",
    quotes: [{ text: "We will vote no,", speaker: "Tories" }],
  },
  // A full name the page ran together (`IlseMarotis`) is the person it spells (rules24B).
  {
    kind: "surname shared by two people",
    text: "Ilse Marotis is a student at the Pellworth Marine School.\n\n\u201cThat is why I came here,\u201d said IlseMarotis, a student from Corvale.",
    quotes: [{ text: "That is why I came here,", speaker: "Ilse Marotis" }],
  },
  // Not fired: a name with a capital inside (`McAllister`) that runs no one's name together.
  {
    kind: "surname shared by two people",
    text: "Ilse Marotis is a student at the Pellworth Marine School.\n\n\u201cThat is why I came here,\u201d said McAllister, a teacher from Corvale.",
    quotes: [{ text: "That is why I came here,", speaker: "McAllister" }],
  },
  // A `we` right after an opening mark, in a quotation the page's end cut off and the pairing
  // dropped, is a quoted speaker's word: no attribution to the article's voice (rules24B).
  {
    kind: "speaker introduced before the quote",
    text: "Marta Quillon grew up in Corvale.\n\nWhat the schools took away was a person's identity, she said.\n\n\u201cYour language, and your songs. You can't treat people like that.\n\n\u201cWe're telling our stor",
    quotes: [{ text: "Your language, and your songs. You can't treat people like that.", speaker: "Marta Quillon" }],
  },
  // Not fired: the article's own `we` outside the marks still speaks for it.
  {
    kind: "speaker introduced before the quote",
    text: "The Pellworth Herald backs the plan.\n\nWe say \u201cbuild the pier now\u201d and we mean it.",
    quotes: [{ text: "build the pier now", speaker: "The article\u2019s editorial voice" }],
  },
  // Not fired: a complete short name closing the page (`said Councillor Tom Lee`) reads, by its
  // letters, as one the page's end may have cut; it is no sign of a longer name the cast holds
  // (`Tom Leeson`), so it stays unknown (mend24B).
  {
    kind: "speaker named after the quote",
    text: "Corvale Mayor Tom Leeson opened the budget debate on Monday.\n\n\u201cThis is not a question of spenders versus savers,\u201d Leeson said.\n\nCouncillors pushed back.\n\n\u201cWe have an obligation to keep the roads open,\u201d said Councillor Tom Lee",
    quotes: [
      { text: "This is not a question of spenders versus savers,", speaker: "Tom Leeson" },
      { text: "We have an obligation to keep the roads open,", speaker: null },
    ],
  },
  // Not fired: a team's plural one letter short of a person's surname (`Hawks` after `Jane Hawkes`,
  // `Stars` after `Tom Starrs`) is the team; only a letter slipped into the surname misspells it (mend24B).
  {
    kind: "surname shared by two people",
    text: "Jane Hawkes coaches the Corvale juniors.\n\n\u201cWe will be back next year,\u201d Hawks said in a statement after the loss.",
    quotes: [{ text: "We will be back next year,", speaker: "Hawks" }],
  },
  {
    kind: "surname shared by two people",
    text: "Tom Starrs covered the game for the Pellworth Herald.\n\n\u201cWe will be back next year,\u201d Stars said in a statement.",
    quotes: [{ text: "We will be back next year,", speaker: "Stars" }],
  },
  // `Director, Communications, Ilse Marrow`: a lone word set off after a capitalised office is its
  // second part, not its holder; the person's name after it is (mend24B).
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire forty people this spring,\u201d said Pellworth Mills Director, Communications, Ilse Marrow.",
    quotes: [{ text: "We will hire forty people this spring,", speaker: "Ilse Marrow" }],
  },
  // Not fired: a lone place word set off after the office, listed or not (`President, Pellworth.`),
  // says where the office is, and names no holder (mend24B).
  {
    kind: "title inside the attribution",
    text: "Corvale Nurses Union President Ilse Marrow spoke on Monday.\n\n\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Pellworth.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Ilse Marrow" }],
  },
  // A person surnamed Day whose given name no list holds (`Keewatin Day`, with a title or initials
  // too) stays a person a `she` or `he` stands for and who speaks by name; only a day's word before
  // `Day` (`Election`, `Shirt`, a colour) or an `and` makes it a day's name (mend24B).
  {
    kind: "pronoun to non-person",
    text: "Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Councillor Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Thorald Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d said Thorald Day.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Thorald Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d Day said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "J.R. Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d he said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "J.R. Day" }],
  },
  // Still fired: a day's word before `Day` (`Orange Shirt Day`) names a day, no `she` (mend24B).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nOrange Shirt Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for the children,\u201d she said.",
    quotes: [{ text: "We walk for the children,", speaker: null }],
  },
  // `the premier ignored what she calls “…”`: a described subject whose holder is of the other sex
  // (`Premier John Brennick`, `she`) is whom she criticises, so the pronoun's other rules decide (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Nurse Maria Quellan wrote to Premier John Brennick in May, and the premier ignored what she calls \u201ca slow-moving disaster\u201d in the north.",
    quotes: [{ text: "a slow-moving disaster", speaker: "Maria Quellan" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Maria Quellan met nurse John Brennick on Monday, and the mayor dismissed what he calls \u201ca slow-moving disaster\u201d in the north.",
    quotes: [{ text: "a slow-moving disaster", speaker: "John Brennick" }],
  },
  // `the mayor … what she calls` after `Ilse Marrow, Corvale's mayor,`: a role an appositive (or a
  // role word before the name, `Nurse Ilse Marrow`) gives is as good as a title (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nIlse Marrow, Corvale's mayor, toured Pellworth Public School on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: "Ilse Marrow" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Nurse Ilse Marrow met the premier on Monday. The nurse says the premier has ignored what she calls \u201ca slow-moving disaster\u201d in Corvale.",
    quotes: [{ text: "a slow-moving disaster", speaker: "Ilse Marrow" }],
  },
  // A described subject whose member the text gives no role (`the premier` after `Ilse Marrow is
  // angry`) says nothing of who calls it so: the pronoun's other rules decide (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Ilse Marrow is angry. In her view, the premier has ignored what she calls \u201ca slow-moving disaster\u201d in Corvale.",
    quotes: [{ text: "a slow-moving disaster", speaker: "Ilse Marrow" }],
  },
  // Not fired: the named person in another role (`nurse Tomas Brennick`) is no unnamed mayor's `he` (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nWith Corvale in the grip of a heat wave, nurse Tomas Brennick spent Monday at Pellworth Hospital.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what he calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: null }],
  },
  // Not fired: a profile's label gives the quotation below only across lines that describe her with no
  // subject of their own; a line a person opens (any two-word name), a score line, a caption and its
  // credit, a sentence about a thing, or a byline's date line name no speaker (mend24B).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nKeewatin Brennick, her grandson, drove her to the hearing.\n\n\u201cIt was a long day for both of us.\u201d",
    quotes: [{ text: "It was a long day for both of us.", speaker: null }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Weekend results\n\nCorvale Harriers, 3, Pellworth Rovers, 1\nScored twice in the second half.\n\n\u201cWe were lucky today.\u201d",
    quotes: [{ text: "We were lucky today.", speaker: null }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nPellworth Mission School closed in 1969.\n\n\u201cIt was a long day for both of us.\u201d",
    quotes: [{ text: "It was a long day for both of us.", speaker: null }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nUpdated on Monday\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: null }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, at the gate in Corvale\nPhoto by Tomas Brennick\n\n\u201cNo child should be sent away.\u201d is painted on the gate.",
    quotes: [{ text: "No child should be sent away.", speaker: null }],
  },
  // A profile's label without an age (`Marta Quillon, of Corvale`), or over two description lines,
  // names who speaks the bare quotation all the same (mend24B).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nAttended mission school in Pellworth\nNow lives in Dunmere\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: "Marta Quillon" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, of Corvale\nAttended mission school in Pellworth\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: "Marta Quillon" }],
  },
  // Not fired: `the mayor` the lookup reaches as a byline's writer named long before, with no role
  // and of the other sex than the last person named, is an unnamed mayor: no name (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nThis article was written by Ilse Marrow and Tomas Brennick.\n\nPupils at Pellworth Public School were sent home early on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: null }],
  },
  // `claiming` a thing won or taken (a win, a share, a title) reports no words (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike beat the field on Sunday, claiming her \u201cfirst\u201d win of the year.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn signed the contract, claiming the \u201clion's share\u201d of the ferry fund.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the regatta, claiming a \u201crecord\u201d fourth title.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn rejected the plan, claiming the ferry levy was a \u201ccash grab\u201d for the province.",
    quotes: [{ text: "cash grab", speaker: "Dag Fenn" }],
  },
  // A progressive verb of saying needs a subject that says words, as a participle's does: not a sign, a report, an app, a forecast or a place's one word (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "The sign is warning of \u201csevere\u201d delays on the Pellworth road.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A new report is warning of \u201csevere\u201d delays on the Pellworth road.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The app was predicting \u201cheavy\u201d rain for the weekend.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Corvale is promising \u201cfree\u201d parking in December.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth harbour master, Dag Fenn, is warning of \u201csevere\u201d delays on the coast road.",
    quotes: [{ text: "severe", speaker: "Dag Fenn" }],
  },
  // A long closing attribution ends where its verb of saying does, but for a phrase of time or place: not a reported clause after it, a denial, or `said of` (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock said on Tuesday the old fleet was unsafe and needed replacing.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock said in May before the vote that the old fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock did not say on Tuesday in her speech to the council.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock never said in any of her speeches this year.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, no official said at any point during the long meeting.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The \u201cextremely heavy\u201d traffic is a myth, Ilse Brannock said of the claims made by Dag Fenn during the debate last week.",
    quotes: [],
  },
  // A relative clause's verb of naming gives words only to its own subject, for a head that is an act or a claim: not `the` and a noun the text never named, a pet's, a place's or a person's name, `whom`, a verb before the pronoun, nor past a trailing attribution (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the Corvale council in May, a move the mayor called \u201ccowardly\u201d. She has not returned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn is the mayor of Corvale. Orla Pike quit the council in May, a move the mayor called \u201ccowardly\u201d. She has not returned.",
    quotes: [{ text: "cowardly", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike led the raid, an act the papers called \u201creckless\u201d. She was promoted.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the Corvale council in May, a move the Mayor called \u201ccowardly\u201d. She has not returned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike grew up in a district the locals called \u201cthe flats\u201d. She left at 18.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike owned a dog she called \u201clucky\u201d. It died in May.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike, whom they called \u201cthe iron lady\u201d, retired on Monday.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike is the woman they called \u201cthe iron lady\u201d. She retired in May.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said she called \u201cnobody\u201d that night.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the levy, a plan she called \u201cfair\u201d, Dag Fenn said on Monday.",
    quotes: [],
  },
  // Quoted words before `terms`, `label`, `names` or `words` judge the thing named, the speaker's (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the union accepted the \u201cgenerous\u201d terms on Friday.",
    quotes: [{ text: "generous", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike accused the Corvale firm of \u201cunfair\u201d terms.",
    quotes: [{ text: "unfair", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the jars carried a \u201cmisleading\u201d label about the honey.",
    quotes: [{ text: "misleading", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn said the list had \u201cfake\u201d names on it.",
    quotes: [{ text: "fake", speaker: "Dag Fenn" }],
  },
  // A participle beyond the core verbs of saying with `and`, `but` or `or` before the words, or one in a clause a subordinator opens, leaves the words to no one the attribution reads: not given (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the race, stating health reasons and a \u201ccrushing\u201d schedule.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising nothing but a \u201cfresh\u201d start for staff.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "When Corvale Mayor Orla Pike slammed the plan, calling it a \u201ccash grab\u201d, nobody listened.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising its staff a \u201cfresh\u201d start.",
    quotes: [{ text: "fresh", speaker: "Dag Fenn" }],
  },
  // A progressive's subject may name its speaker past `of` or a plural (`the minister of fisheries is urging`); a long attribution may run on into a noun's `that` clause; `the` and a body's noun is a relative clause's subject however the body was named (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Harbour Minister Ilse Brannock said Tuesday in response to demands that Corvale cut fares.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn accused lobbying firm Corvale Partners of fraud, an accusation the company called \u201cabsurd and false\u201d as well as untrue.",
    quotes: [{ text: "absurd and false", speaker: "Corvale Partners" }],
  },
  // A participle of saying denied by its object (`saying nothing about`) gives no words; `and` inside the `that` clause a participle reports is no new clause (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn rejected the ferry plan, saying nothing about the \u201ccash grab\u201d label.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the race, stating that health reasons and a \u201ccrushing\u201d schedule were to blame.",
    quotes: [{ text: "crushing", speaker: "Orla Pike" }],
  },
  // A quotation's content ends at its closing mark after a verb of calling (`the report she called “…” would be shelved`) or a possessive `her` glued to a noun after it (`her “first” win`): the sentence after it is the writer's (mend24A, rev24a finding 9).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the ferry report she called \u201cflawed\u201d would be shelved.",
    quotes: [{ text: "flawed", speaker: "Orla Pike", endsWith: "flawed" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike beat the field on Sunday, saying it was her \u201cfirst\u201d win of the season.",
    quotes: [{ text: "first", speaker: "Orla Pike", endsWith: "first" }],
  },
  // A shop's or restaurant's name a venue's noun opens before its owner's surname (`Café Rossi`, `Trattoria Bellandi`) is a business, not a person: the surname alone stays the owner's (rules24D). The business can still speak for itself.
  {
    kind: "surname shared by two people",
    text: "Julie Tessaro, who runs Café Tessaro on Front Street in Corvale, said business had slowed since the bridge closed.\n\n\u201cWe had four customers on Tuesday,\u201d Tessaro said.",
    quotes: [{ text: "We had four customers on Tuesday,", speaker: "Julie Tessaro" }],
  },
  {
    kind: "surname shared by two people",
    text: "Hugo Marchetti opened Trattoria Marchetti in Pellworth in 2011.\n\n\u201cThe rent has tripled since then,\u201d Marchetti said.",
    quotes: [{ text: "The rent has tripled since then,", speaker: "Hugo Marchetti" }],
  },
  {
    kind: "surname shared by two people",
    text: "Galerie Duplessis will close its doors in Tarnby on Friday.\n\n\u201cAfter 20 years, it is time to rest,\u201d Galerie Duplessis said in a post on its website.",
    quotes: [{ text: "After 20 years, it is time to rest,", speaker: "Galerie Duplessis" }],
  },
  {
    kind: "surname shared by two people",
    text: "Chez Lavoie, a bistro on King Street in Pellworth, closed on Monday.\n\n\u201cWe thank every customer who ever ate here,\u201d owner Anne Lavoie said.",
    quotes: [{ text: "We thank every customer who ever ate here,", speaker: "Anne Lavoie" }],
  },
  // A given name alone joined by `and` to a given name and a surname (`Glen and Marjorie Atwood`) shares the surname: `Glen said` is Glen Atwood's (rules24D). Not a word the text gave as a surname, nor a second person of that given name named in full.
  {
    kind: "surname shared by two people",
    text: "Glen and Marjorie Atwood bought the farmhouse outside Corvale in 1998.\n\n\u201cWe kept finding letters in the walls,\u201d Marjorie said.\n\nGlen said the museum opens on weekends.\n\n\u201cWe do not charge admission,\u201d he said.",
    quotes: [
      { text: "We kept finding letters in the walls,", speaker: "Marjorie Atwood" },
      { text: "We do not charge admission,", speaker: "Glen Atwood" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Ahmed and Leila Haddad opened the bakery in Tarnby in 2015.\n\n\u201cIt was a risk,\u201d Ahmed said. \u201cWe had two kids and no savings.\u201d",
    quotes: [
      { text: "It was a risk,", speaker: "Ahmed Haddad" },
      { text: "We had two kids and no savings.", speaker: "Ahmed Haddad" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Coun. Tom Kelly chaired the meeting in Pellworth on Tuesday.\n\nAfterward, Kelly and Jane Roe toured the site.\n\n\u201cIt is worse than I thought,\u201d Kelly said.",
    quotes: [{ text: "It is worse than I thought,", speaker: "Tom Kelly" }],
  },
  {
    kind: "surname shared by two people",
    text: "Glen and Marjorie Atwood bought the house in 1998. Their neighbour, Glen Farrow, helped with the roof.\n\n\u201cI did the shingles myself,\u201d Farrow said.",
    quotes: [{ text: "I did the shingles myself,", speaker: "Glen Farrow" }],
  },
  // A noun for the pair opening the sentence (`Sisters Anna and Maria Costa`, `Parents Rick and Dana Holm`) is no part of the first given name (rules24D).
  {
    kind: "surname shared by two people",
    text: "Sisters Anna and Maria Costa say they were turned away from the Corvale pool on Sunday.\n\n\u201cNobody told us why,\u201d Maria Costa said.\n\n\u201cWe had paid for the whole summer,\u201d Anna said.",
    quotes: [
      { text: "Nobody told us why,", speaker: "Maria Costa" },
      { text: "We had paid for the whole summer,", speaker: "Anna Costa" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Parents Rick and Dana Holm say the Pellworth school ignored their complaints.\n\n\u201cNobody ever called us back,\u201d Rick said.",
    quotes: [{ text: "Nobody ever called us back,", speaker: "Rick Holm" }],
  },
  {
    kind: "surname shared by two people",
    text: "Parents Council chair Tina Voss said the Tarnby school needs a new gym.\n\n\u201cThe old one leaks every spring,\u201d Voss said.",
    quotes: [{ text: "The old one leaks every spring,", speaker: "Tina Voss" }],
  },
  // An appositive naming the subject by a relation to two people (`Sam Roe, the son of Lyle and Anne Roe,`) closes after the second: the subject, not a parent, is the `he` of the quotation after it (rules24D).
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, who killed Lyle Whitfield and Anne Whitfield in Corvale, was denied parole on Thursday.\n\nSam Whitfield, the son of Lyle and Anne, spoke at the hearing.\n\n\u201cIn 2010, Tom Baker killed my parents,\u201d he told the board.",
    quotes: [{ text: "In 2010, Tom Baker killed my parents,", speaker: "Sam Whitfield" }],
  },
  // A body's name that opens on a word SPEAKER_NOUNS holds (`Union`, `Party`, `Team`, `Office`) or on a role that opens many a body's name (`Nurse Practitioners`, `Student Housing`), then ends in a place, is no person `she` stands for: only a closed list of one person's roles makes a person of the name after it (mend24C).
  {
    kind: "pronoun resolved wrongly",
    text: "Nurse Practitioners New Brunswick released a report on Monday. \u201cWe need more staff,\u201d she said.",
    quotes: [{ text: "We need more staff,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Union Square New York reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Party City New York closed on Monday. \u201cIt is sad,\u201d she said.",
    quotes: [{ text: "It is sad,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Team Corvale Nova Scotia won on Monday. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Office Pro New York opened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Student Housing New Brunswick opened a building on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Parent Voices New Brunswick met the minister on Monday. \u201cIt went well,\u201d she said.",
    quotes: [{ text: "It went well,", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Caregiver Voices Nova Scotia released a report on Monday. \u201cWe need more staff,\u201d she said.",
    quotes: [{ text: "We need more staff,", speaker: null }],
  },
  // Speech said to a person by given name (`told her son Bret “…”`, `said to Bret`, `shouted at Bret`) stays speech: the nickname reading needs a clause with no verb of saying or addressing before the name (mend24C).
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told her son Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind said to Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind shouted at Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  // An obituary whose lead-in says the dead person spoke (`he spoke to this paper`, `he often spoke about`) gives the bare quotation after it to that person (mend24C).
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. In 2019, he spoke to this paper about the sea.\n\n\u201cI have never wanted another job.\u201d",
    quotes: [{ text: "I have never wanted another job.", speaker: "Ivo Brand" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He was 71. He often spoke about the sea.\n\n\u201cI have never wanted another job.\u201d",
    quotes: [{ text: "I have never wanted another job.", speaker: "Ivo Brand" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He loved the bay and spoke of it often.\n\n\u201cI have fished here since I was nine.\u201d",
    quotes: [{ text: "I have fished here since I was nine.", speaker: "Ivo Brand" }],
  },
  // Not when the verb of saying is another's, past a comma (`He was 71, his neighbour said.`): the dead still speak no bare quotation (mend24C).
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He was 71, his neighbour said.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  // In an article that mixes marks, a lone single-quoted paragraph that is a stopped sentence is the body's speech, not a pull quote: only a line with no final stop casts no vote on the style (mend24C).
  {
    kind: "furniture",
    text: "Corvale ferry users face more delays.\n\nIvo Brand has run the ferry for 20 years.\n\nHe says the council has ignored his letters.\n\nThe council disagrees.\n\nBrand is not convinced.\n\n'The boat is too old and the council will not pay for a new one.'\n\n\u201cWe have a plan,\u201d said Mayor Ada Lind.",
    quotes: [
      { text: "The boat is too old and the council will not pay for a new one.", speaker: "Ivo Brand" },
      { text: "We have a plan,", speaker: "Ada Lind" },
    ],
  },
  // A headline ending on a number and a per cent sign set apart (`under 4 %`) or a degree sign (`hits 38°`) is a headline's line: its quotation, which the body never quotes again, is nobody's (mend24C).
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4 %\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [{ text: "The increase is too much,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "furniture",
    text: "\u2018Too hot to work\u2019: Corvale heat hits 38\u00b0\nCorvale crews stopped work on Thursday.\n\u201cIt is too much,\u201d said foreman Ilse Marrow.",
    quotes: [{ text: "It is too much,", speaker: "Ilse Marrow" }],
  },
  // A name ending in `Gardens` is a place's (`Queen Ada Gardens`), as one ending in `Square` is: no woman `she` stands for; a person named before it still speaks (mend24C).
  {
    kind: "pronoun to non-person",
    text: "Queen Ada Gardens reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Lind walked through Queen Ada Gardens on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Lind" }],
  },
  // An email that begins into a quotation gives its own words, as a letter does: its issuer's if the text names one, else no one's, never the teller's before it (mend24C).
  {
    kind: "document for its issuer",
    text: "Ines Varga told Radio Pellworth her brother left before dawn. The email began, \u201cDear friends, we are leaving the harbour.\u201d",
    quotes: [{ text: "Dear friends, we are leaving the harbour.", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Ines Varga sent an email to the council on Monday. The email began, \u201cDear friends, we are leaving the harbour.\u201d",
    quotes: [{ text: "Dear friends, we are leaving the harbour.", speaker: "Ines Varga" }],
  },
  // `The adviser to the premier said`: a definite aide's description is no elegant variation for the premier the aide serves; no one, unless the aide was named with it (mend24C).
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. The adviser to the premier said \u201cthe budget is final.\u201d",
    quotes: [{ text: "the budget is final.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. \u201cThe budget is final,\u201d the adviser to the premier said.",
    quotes: [{ text: "The budget is final,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Dag Fenn, an adviser to the premier, spoke on Monday. The adviser to the premier said \u201cthe budget is final.\u201d",
    quotes: [{ text: "the budget is final.", speaker: "Dag Fenn" }],
  },
  {
    kind: "description of a named person",
    text: "Premier Olaf Rask left early. The premier said \u201cthe budget is final.\u201d",
    quotes: [{ text: "the budget is final.", speaker: "Olaf Rask" }],
  },
  // A role-less woman named two sentences before `In her view, the premier … what she calls`:
  // the lookup finds no role's holder, so the pronoun's other rules name her (mend24D, rev24e 1).
  {
    kind: "pronoun resolved wrongly",
    text: "Ilse Marrow is angry. She has written to Ottawa twice. In her view, the premier has ignored what she calls \u201ca slow-moving disaster\u201d in Corvale.",
    quotes: [{ text: "a slow-moving disaster", speaker: "Ilse Marrow" }],
  },
  // A mayor whose role a verb gives (`became Corvale's mayor`), named paragraphs before `the mayor
  // … what she calls`: no role this reads, so the pronoun's other rules name her (mend24D, rev24e 2).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nIlse Marrow became Corvale's mayor in 2022.\n\nPupils at Pellworth Public School were sent home early on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: "Ilse Marrow" }],
  },
  // The same with a man and `he calls` (mend24D, rev24e 2).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nTomas Brennick became Corvale's mayor in 2022.\n\nPupils at Pellworth Public School were sent home early on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what he calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: "Tomas Brennick" }],
  },
  // The same past a byline's writer of the other sex, the role given by `won the mayoralty`
  // (mend24D, rev24e 2).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nBy Tomas Brennick\n\nIlse Marrow won the mayoralty in 2022.\n\nPupils at Pellworth Public School were sent home early on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: "Ilse Marrow" }],
  },
  // Not fired: `the mayor's sister` gives her no role of mayor; the mayor who calls it so is
  // unnamed: no name (mend24D, rev24e 3).
  {
    kind: "description of a named person",
    text: "Corvale swelters\n\nIlse Marrow, the mayor's sister, toured Pellworth Public School on Monday.\n\nPupils were sent home early.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: null }],
  },
  // Not fired: nor does `the mayor's aide` (mend24D, rev24e 3).
  {
    kind: "description of a named person",
    text: "Corvale swelters\n\nIlse Marrow, the mayor's aide, toured Pellworth Public School on Monday.\n\nPupils were sent home early.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: null }],
  },
  // A day's name no list holds, opened by an abstract noun (`Emancipation Day`): no person, so
  // `she` stands for no one named (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nEmancipation Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for our grandparents,\u201d she said.",
    quotes: [{ text: "We walk for our grandparents,", speaker: null }],
  },
  // A day's name of two words before `Day`, neither a given name nor an initial (`World Water Day`)
  // (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nWorld Water Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for the river,\u201d she said.",
    quotes: [{ text: "We walk for the river,", speaker: null }],
  },
  // A government's calendar day (`Budget Day`) (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale votes\n\nBudget Day is Tuesday in Pellworth.\n\n\u201cThe deficit will be large,\u201d he said.",
    quotes: [{ text: "The deficit will be large,", speaker: null }],
  },
  // Not fired: initials before `Day` with a space between (`J. R. Day`) are a person's (mend24D).
  {
    kind: "pronoun resolved wrongly",
    text: "J. R. Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d he said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "J. R. Day" }],
  },
  // Not fired: a day's name beside a named woman leaves `she` hers (mend24D).
  {
    kind: "pronoun resolved wrongly",
    text: "Ilse Marrow leads the march on Emancipation Day in Pellworth.\n\n\u201cWe walk for our grandparents,\u201d she said.",
    quotes: [{ text: "We walk for our grandparents,", speaker: "Ilse Marrow" }],
  },
  // A lone word set off after a capitalised office that is the surname of the one person named in
  // full (`President, Marrow.` after Ilse Marrow) is that person, no part of the office (mend24D, rev24e 9).
  {
    kind: "title inside the attribution",
    text: "Ilse Marrow leads the Corvale Nurses Union.\n\n\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Marrow.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Ilse Marrow" }],
  },
  // The same with a relative clause after the surname (mend24D, rev24e 9).
  {
    kind: "title inside the attribution",
    text: "Ilse Marrow leads the Corvale Nurses Union.\n\n\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Marrow, who has worked there 20 years.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Ilse Marrow" }],
  },
  // Not fired: a lone word that is no named person's surname (`Marrow` after Tom Pellworth) stays
  // no holder (mend24D).
  {
    kind: "title inside the attribution",
    text: "Tom Pellworth leads the Corvale Nurses Union.\n\n\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Marrow.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Corvale Nurses Union President" }],
  },
  // A profile's description line opened by an irregular past (`Spent eight years …`) has no subject:
  // the label above names who speaks (mend24D, rev24e 8).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nSpent eight years at the mission school in Pellworth\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: "Marta Quillon" }],
  },
  // So does a description by a noun before `of` (`Survivor of …`) (mend24D, rev24e 8).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nSurvivor of the Pellworth mission school\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: "Marta Quillon" }],
  },
  // So does `Has lived …` (mend24D, rev24e 8).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nHas lived in Dunmere since 1970\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: "Marta Quillon" }],
  },
  // Not fired: a plural noun before a preposition with its own verb after, ending with a stop, is a
  // sentence with a subject (`Families in Pellworth still wait …`): no label speaks (mend24D, rev24e 7).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nFamilies in Pellworth still wait for answers.\n\n\u201cIt was a long day for both of us.\u201d",
    quotes: [{ text: "It was a long day for both of us.", speaker: null }],
  },
  // Not fired: a name whose first word ends in -ed (`United Church of …`) opening a sentence
  // (mend24D, rev24e 7).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nUnited Church of Pellworth hosted the hearing.\n\n\u201cIt was a long day for both of us.\u201d",
    quotes: [{ text: "It was a long day for both of us.", speaker: null }],
  },
  // Not fired: `Then came …`, an inverted sentence (mend24D, rev24e 7).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nThen came the fire at the Pellworth school.\n\n\u201cIt was a long day for both of us.\u201d",
    quotes: [{ text: "It was a long day for both of us.", speaker: null }],
  },
  // Not fired: a credit line (`Submitted by …`) under the label; the painted words are no one's
  // speech (mend24D, rev24e 7).
  {
    kind: "furniture",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nSubmitted by the Quillon family\n\n\u201cNo child should be sent away.\u201d is painted on the gate.",
    quotes: [{ text: "No child should be sent away.", speaker: null }],
  },
  // Not fired: a description line holding a second sentence with its own subject (mend24D).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nGrew up in Pellworth. Her son Tomas Brennick spoke first.\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: null }],
  },
  // Not fired: a caption's `Left to right:` is no past tense (mend24D).
  {
    kind: "speaker introduced before the quote",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nLeft to right: Tomas Brennick and his aunt\n\n\u201cWe lost our words there.\u201d",
    quotes: [{ text: "We lost our words there.", speaker: null }],
  },
  // A second part of the office of two words (`Director, Human Resources,`) before the holder whose
  // given name opens her name: the holder speaks (mend24D, rev24e 10).
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire forty people this spring,\u201d said Pellworth Mills Director, Human Resources, Ilse Marrow.",
    quotes: [{ text: "We will hire forty people this spring,", speaker: "Ilse Marrow" }],
  },
  // A place set off after a capitalised office, ending in a place's kind (`Pellworth Heights`),
  // holds no office: the office speaks, no place (mend24D, rev24e 10).
  {
    kind: "title inside the attribution",
    text: "\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Pellworth Heights.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Corvale Nurses Union President" }],
  },
  // Nor one opening with a side of town (`North Corvale`) (mend24D, rev24e 10).
  {
    kind: "title inside the attribution",
    text: "\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, North Corvale.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Corvale Nurses Union President" }],
  },
  // Nor after an office in lower case (`union president, Pellworth Heights`): no one named (mend24D).
  {
    kind: "title inside the attribution",
    text: "\u201cWe hear ambulances every night,\u201d said union president, Pellworth Heights.",
    quotes: [{ text: "We hear ambulances every night,", speaker: null }],
  },
  // Not fired: a holder whose given name no list holds is still a person (mend24D).
  {
    kind: "title inside the attribution",
    text: "\u201cWe hear ambulances every night,\u201d said Corvale Nurses Union President, Keewatin Brennick.",
    quotes: [{ text: "We hear ambulances every night,", speaker: "Keewatin Brennick" }],
  },
  // A team's plural that is a surname with a letter slipped in right before its last `s` (`Hawks`
  // after Jane Haws) stays the team, no misspelling of hers (mend24D, rev24e 11).
  {
    kind: "surname shared by two people",
    text: "Jane Haws coaches the Corvale juniors.\n\n\u201cWe will be back next year,\u201d Hawks said in a statement after the loss.",
    quotes: [{ text: "We will be back next year,", speaker: "Hawks" }],
  },
  // So does a party's (`Tories` after Jane Toris) (mend24D, rev24e 11).
  {
    kind: "surname shared by two people",
    text: "Jane Toris sits on the Corvale council.\n\n\u201cWe will vote no,\u201d Tories said in a statement.",
    quotes: [{ text: "We will vote no,", speaker: "Tories" }],
  },
  // `claiming` takes a thing only when its direct object, a determiner and a short noun phrase through the
  // quotation, holds a thing won (`claiming her “…” win`); a list word inside a reported clause or after it
  // leaves the words to the subject (mend24E, rev24d findings 1 and 2).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the toll would cost Corvale its \u201ctop\u201d ranking.",
    quotes: [{ text: "top", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the ferry board had taken \u201ccredit\u201d for the work of others.",
    quotes: [{ text: "credit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the deal, claiming it gave the land to a \u201cgreedy\u201d developer.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the toll was a \u201cmoney pit\u201d that would cost lives.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the sprint on Sunday, claiming a \u201cshock\u201d upset over the champion.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike signed the contract, claiming half of the \u201chuge\u201d windfall.",
    quotes: [],
  },
  // A progressive verb of saying speaks for its subject's head noun (before a preposition or a relative
  // clause), not for a person's noun after it: a sign near an office, a book by a mayor say nothing (mend24E,
  // rev24d finding 3).
  {
    kind: "partial quote in a reported clause",
    text: "The notice outside the harbour office is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A leaflet near the police station is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "One notice is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The new memoir by the former harbour master is warning of a \u201cwasted\u201d decade for Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The map many sailors use is predicting \u201crough\u201d seas off Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The federal minister of fisheries is urging \u201cpatience\u201d at the pier.",
    quotes: [{ text: "patience", speaker: null }],
  },
  // A closing attribution is denied by a negation next to its verb, a verb of refusing, or a subject that is no one;
  // not by a negation inside its subject, nor by `no fewer than` (mend24E, rev24d finding 5).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, a deckhand who had not slept said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, no fewer than four skippers said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike declined to say.",
    quotes: [],
  },
  // A long closing attribution: after its verb, a weekday, a time word or a preposition, then no clause of its own (a
  // determiner or pronoun after a noun, or `that` before a subject); a relative `that`/`where` inside the place
  // words, `said of` a topic and a month or name are no clause. `said of` someone's claims, or a reported clause,
  // gives nothing (mend24E, rev24d findings 8, 9, 10 and 11).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said of the evening rush during a visit to the quay on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in May during a visit to the ferry depot in Corvale.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at a meeting with Will Fenn and the board on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday at the Can Do hall in Corvale.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday at a meeting where the timetable was discussed.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at the quay where she has worked since 2001.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in a letter to the board that was read aloud on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in reply to claims that the ferries were fine.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in June before the vote that the old ferries needed replacing.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday the old ferries needed replacing soon.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said after the vote the board needs six new ferries.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at the meeting that Dag Fenn needed to resign.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The \u201cvery crowded\u201d crossing is a myth, Orla Pike said of the claims made by Dag Fenn during the debate last week.",
    quotes: [],
  },
  // A relative clause's naming verb: a clause of its own after the comma (`, and he said so`, `, before …`) is no
  // trailing attribution; a plural head counts as its singular (mend24E, rev24d findings 16 and 17).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit in May.\n\nDag Fenn, the board chair, was furious.\n\nIt was a move he called \u201cspineless\u201d, and he said so on Monday.",
    quotes: [{ text: "spineless", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201csensible\u201d, before the board voted to say no to it.",
    quotes: [{ text: "sensible", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike made a series of moves she called \u201clong overdue\u201d. She has not returned.",
    quotes: [{ text: "long overdue", speaker: "Orla Pike" }],
  },
  // `the “…” label` (or `term`, `word(s)`, `labels`): the definite article picks the quoted words out as a label,
  // mentioned, not said; `a “…” label`, `the “…” terms` and `“…” names` judge a thing (mend24E, rev24d finding 19).
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said the \u201cmoney pit\u201d label was unfair to the board.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said the \u201crogue port\u201d term had no place in the debate.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The \u201cmoney pit\u201d label stuck to the board for years, Orla Pike said.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said she was tired of the \u201cmoney pit\u201d labels critics keep using.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said the tins carried a \u201cfalse\u201d label about the fish.",
    quotes: [{ text: "false", speaker: "Orla Pike" }],
  },
  // A phrase or subordinate clause opening the sentence up to a comma before the participle's clause (`After the
  // vote,`, `Since May,`) is passed; its subject is read after it (mend24E, rev24d finding 21).
  {
    kind: "partial quote in a reported clause",
    text: "After the vote, Orla Pike opposed the toll, calling it a \u201cmoney pit\u201d.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Since May, Orla Pike has opposed the toll, calling it a \u201cmoney pit\u201d.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "After the vote, Orla Pike opposed the toll, accusing the board of \u201ccareless\u201d spending.",
    quotes: [{ text: "careless", speaker: "Orla Pike" }],
  },
  // A coordinator before the mark drops the words only where the attribution finds no subject for them: `but`, or
  // `and` after a participle it reads as saying (`stating`); not after `promising`, `vowing` (mend24E, rev24d finding 22).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising staff better pay and a \u201cclean\u201d slate.",
    quotes: [{ text: "clean", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, vowing to cut costs and bring a \u201cclean\u201d slate.",
    quotes: [{ text: "clean", speaker: "Dag Fenn" }],
  },
  // A denying word after a participle denies it only as its object (`saying nothing about`, `very little on`); as the
  // reported clause's subject (`saying nothing would stop`, `saying no town should`) the words are the speaker's
  // (mend24E, rev24d finding 24).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying no island should pay a \u201cmoney pit\u201d levy.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying little had changed since the \u201clean years\u201d of 2012.",
    quotes: [{ text: "lean years", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying none of the \u201ccareless\u201d spending would go ahead.",
    quotes: [{ text: "careless", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying very little about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying not a word about the \u201cmoney pit\u201d claims.",
    quotes: [],
  },
  // A short closing attribution whose time or place words go on to a reported clause (`said on Monday the ferries
  // were old`) reports that clause, not the quoted words (mend24E, rev24d finding 11).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said on Monday the ferries were old.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, the mayor said in an interview the ferries were fine.",
    quotes: [],
  },
  // `claiming the “…” high ground`: a thing taken, as its direct object (mend24E).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, claiming the \u201cmoral\u201d high ground.",
    quotes: [],
  },
  // A verb of saying makes speech of words in a name only when the given name is its object (`told her son Bret “…”`,
  // `said to Bret`); one farther back, with a verb of its own between (`said the museum will honour … Bret “the Hammer”
  // Brand`), leaves the nickname (mend24F, rev24f finding 1).
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand on Friday.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told reporters the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The mayor announced that the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said retired boxer Bret \u201cthe Hammer\u201d Brand will be honoured.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind said to Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind shouted at Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind yelled to her son Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  // A dead person keeps a bare quotation only when the lead-in says he spoke, affirmative and active (not `He never
  // spoke`, `He spoke no English`, `He was interviewed`), and the quotation is his own, in the first person (mend24F, rev24f finding 2).
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He never spoke about the war.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He spoke no English.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He was talked about in every bar in Corvale.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He was interviewed by police in 2019.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He spoke often about the sea.\n\n\u201cHe knew every rock in the bay.\u201d",
    quotes: [{ text: "He knew every rock in the bay.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He never spoke about the war.\n\n\u201cI saw too much.\u201d",
    quotes: [{ text: "I saw too much.", speaker: null }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ivo Brand, a fisherman, has died. He often spoke about the sea.\n\n\u201cWe went out every morning.\u201d",
    quotes: [{ text: "We went out every morning.", speaker: "Ivo Brand" }],
  },
  // Sport's and music's one-person roles before a name (`Manager Tavita New York`) make it a person's, as `Coach` does; a body's
  // word after the role (`Training`, `Holdings`) still names no one (mend24F, rev24f finding 3).
  {
    kind: "pronoun to non-person",
    text: "Manager Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Referee Tavita New York said the match was fair. \u201cIt was clean,\u201d he said.",
    quotes: [{ text: "It was clean,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Trainer Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Goalkeeper Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Umpire Tavita New York said the match was fair. \u201cIt was clean,\u201d he said.",
    quotes: [{ text: "It was clean,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Manager Training New Brunswick opened a school on Monday. \u201cIt is lovely,\u201d she said.",
    quotes: [{ text: "It is lovely,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Keeper Holdings New York closed on Monday. \u201cIt is sad,\u201d she said.",
    quotes: [{ text: "It is sad,", speaker: null }],
  },
  // `Gardens` names a place as `Park` does: a title or a listed given name before it keeps a person (`Mayor Ada Gardens`),
  // a name with neither is the garden (mend24F, rev24f finding 4).
  {
    kind: "pronoun to non-person",
    text: "Mayor Ada Gardens opened the fair. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Ada Gardens said the fair was a success. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Gardens, the mayor, opened the fair. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Corvale Gardens reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  // A naming relative clause (`a plan she called “…”`) then `, and X said …`: the coordinated clause's
  // speaker would take the words, so the clause gives none; unless its subject is the relative
  // clause's own pronoun again (`a move he called “…”, and he said so`) (mend24G, rev24h 1).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201cfair\u201d, and Dag Fenn said so too.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn backed the toll, a plan he called \u201cfair\u201d, and Orla Pike said.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The mayor spoke on Monday. Orla Pike backed the toll, a plan the mayor called \u201cfair\u201d, and Dag Fenn said so too.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn spoke first. Orla Pike backed the toll, a plan he called \u201cfair\u201d, and she said so on Monday.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201cfair\u201d, although Dag Fenn said it was not.",
    quotes: [{ text: "fair", speaker: "Orla Pike" }],
  },
  // `claiming` gives words only when what follows it is a clause (`that`, or a finite verb of its own):
  // else it may take a thing won, of too many kinds to list (mend24G, rev24h 2).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the regatta, claiming victory in a \u201cbrutal\u201d sprint finish.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the final, claiming Pellworth's \u201cfirst\u201d title in a decade.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the sprint, claiming \u201cstunning\u201d victory over the champion.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the vote, claiming 12 seats in a \u201chistoric\u201d result.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike lost the final, claiming the title was \u201cstolen\u201d by the referees.",
    quotes: [{ text: "stolen", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike rejected the toll, claiming that it was a \u201ccash grab\u201d.",
    quotes: [{ text: "cash grab", speaker: "Orla Pike" }],
  },
  // A negation up to two words before the verb, past an adverb or `to`, denies it (`did not
  // immediately say`, `careful not to say`); not past another verb, the subject's own (mend24G, rev24h 3).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike did not immediately say.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike has never publicly said.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike was careful not to say.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, a skipper who had not slept said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  // A denying object right after the participle gives nothing unless a verb follows it at once
  // (`saying nothing would stop`, `saying no town should`) (mend24G, rev24h 4).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying nothing to reporters about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying nothing new about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying not one word about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike rejected the toll, saying no town should pay a \u201cmoney pit\u201d levy.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  // After `X said`, a closing attribution's tail must be one of a closed set that ends the sentence
  // (a time, `in a statement`, `on Twitter`, `at a news conference (in Place)`, `in reply to
  // questions`): any other may be a reported clause (mend24G, rev24h 5, 6).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said after the vote Dag Fenn should resign at once.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on Tuesday skippers had quit over the long shifts.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said this meant longer waits for everyone in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said last year's plan had failed every skipper in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said later skippers had quit over the long shifts in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in reply to questions that the old fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said at the meeting Corvale needed forty new ferries.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said on Tuesday ferries were unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said yesterday her fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in an interview with The Corvale Post on Tuesday.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said at a news conference in Corvale.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on Twitter earlier this week.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in reply to questions from the opposition.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on May 5.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in May the ferries were old.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in a post on X.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  // A subject's appositive through `of` naming a couple (`the daughter of Glen and Marjorie
  // Atwood`): the pair is read from its first name; the subject stays in mind for a later `she`,
  // not the second of the pair (rules25A).
  {
    kind: "pronoun resolved wrongly",
    text: "Nadia Brook, the granddaughter of Ivan and Olga Petrov, keeps the family orchard near Pellworth. She took it over in 2015.\n\n\u201cThe trees are older than me,\u201d she said.",
    quotes: [{ text: "The trees are older than me,", speaker: "Nadia Brook" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Lina Sorel, the daughter of Glen and Marjorie Atwood, grew up on a dairy farm near Corvale. She left at 18.\n\n\u201cIt was hard work,\u201d she said.",
    quotes: [{ text: "It was hard work,", speaker: "Lina Sorel" }],
  },
  // Not fired: the pair introduced in a sentence of its own, one of them named again, is who speaks.
  {
    kind: "pronoun resolved wrongly",
    text: "Lina Sorel sold the farm in May.\n\nThe new owners are Glen and Marjorie Atwood, who moved from Pellworth. Marjorie Atwood, 64, grew up on a farm.\n\n\u201cWe love it here,\u201d she said.",
    quotes: [{ text: "We love it here,", speaker: "Marjorie Atwood" }],
  },
  // A lone office set off by commas after a name (`Tom Baker, Director, Human Resources, Ferro
  // Inc., said`): the office, its department and its employer describe the name before it, which
  // speaks (rules25A).
  {
    kind: "title inside the attribution",
    text: "\u201cWe are hiring forty welders,\u201d Osric Vane, Director, Human Resources, Ferro Works Inc., said in a statement.",
    quotes: [{ text: "We are hiring forty welders,", speaker: "Osric Vane" }],
  },
  {
    kind: "title inside the attribution",
    text: "Ines Vole, Manager, Public Affairs, Delmar Steel, said the plant would stay open. \u201cNo jobs will go,\u201d she said.",
    quotes: [{ text: "No jobs will go,", speaker: "Ines Vole" }],
  },
  {
    kind: "title inside the attribution",
    text: "Ines Vole, President, Delmar Steel, said, \u201cNo jobs will go.\u201d",
    quotes: [{ text: "No jobs will go.", speaker: "Ines Vole" }],
  },
  // Not fired: the office written before the holder, whose name closes the clause (mend24D's rule).
  {
    kind: "title inside the attribution",
    text: "\u201cNo jobs will go,\u201d said Delmar Steel Director, Human Resources, Ines Vole.",
    quotes: [{ text: "No jobs will go,", speaker: "Ines Vole" }],
  },
  // A day named after a person (`Taylor Swift Day`, a given name and a surname before `Day`) or a
  // holiday whose word is a given name too (`Victoria Day`) is a day: no `she` stands for it (rules25A).
  {
    kind: "pronoun to non-person",
    text: "Corvale held Mira Solace Day on Saturday at the fairgrounds.\n\n\u201cIt was the best day of my life,\u201d she said.",
    quotes: [{ text: "It was the best day of my life,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Crowds gathered in Pellworth for Victoria Day fireworks.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: null }],
  },
  // Not fired: a person named Victoria, and a person surnamed Day after given names only.
  {
    kind: "pronoun to non-person",
    text: "Victoria Lang opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Victoria Lang" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mary Ann Day opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Mary Ann Day" }],
  },
  // A role towards someone in the subject's appositive (`longtime adviser to Premier Jane Roe`, `a
  // spokesperson for`): the subject stays in mind, not the person the role serves (rules25A).
  {
    kind: "description of a named person",
    text: "Tomas Brennick, longtime adviser to Premier Ilse Marrow, left the party on Tuesday. \u201cI could not stay,\u201d the adviser said.",
    quotes: [{ text: "I could not stay,", speaker: "Tomas Brennick" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Tomas Brennick, longtime adviser to Premier Hal Brody, left the party on Tuesday. He had served for a decade.\n\n\u201cI could not stay,\u201d he said.",
    quotes: [{ text: "I could not stay,", speaker: "Tomas Brennick" }],
  },
  // Not fired: the office holder named by their office.
  {
    kind: "description of a named person",
    text: "Tomas Brennick, longtime adviser to Premier Ilse Marrow, left on Tuesday. \u201cI could not stay,\u201d the premier said.",
    quotes: [{ text: "I could not stay,", speaker: "Ilse Marrow" }],
  },
  // The subject of a passive of telling right before the words (`Baker was told, “…”`, `were
  // warned:`) heard them: attributed, to no one the clause names (rules25A).
  {
    kind: "subject of the clause",
    text: "Lena Fox went to the office on Monday. Fox was told, \u201cYour job is gone.\u201d",
    quotes: [{ text: "Your job is gone.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Omar Diaz arrived at the clinic at noon.\n\nDiaz was warned: \u201cDo not go back to the plant.\u201d",
    quotes: [{ text: "Do not go back to the plant.", speaker: null }],
  },
  // Not fired: the active verb's subject tells.
  {
    kind: "subject of the clause",
    text: "Lena Fox went to the office on Monday. Fox told reporters, \u201cMy job is gone.\u201d",
    quotes: [{ text: "My job is gone.", speaker: "Lena Fox" }],
  },
  // A nickname between a given name and a surname (`Bret “the Hammer” Brand`): both halves are one
  // person's, whom the surname alone names later (rules25A).
  {
    kind: "speaker named after the quote",
    text: "Bret \u201cthe Hammer\u201d Brand said he would fight again. \u201cI am not done,\u201d Brand said.",
    quotes: [{ text: "I am not done,", speaker: "Bret Brand" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Retired boxer Ivan \u201cIron\u201d Kessler returned to the ring on Saturday.\n\n\u201cI missed it,\u201d Kessler said.",
    quotes: [{ text: "I missed it,", speaker: "Ivan Kessler" }],
  },
  // Not fired: words said to a person named by a given name are speech, and name no one.
  {
    kind: "speaker named after the quote",
    text: "Mara Lind told Bret \u201cgo home\u201d Tuesday. \u201cHe never listens,\u201d Lind said.",
    quotes: [
      { text: "go home", speaker: "Mara Lind" },
      { text: "He never listens,", speaker: "Mara Lind" },
    ],
  },
  // Two writings from two writers: a word standing for one more of them (`Another, from Tom
  // Baker, said:`, `A second, signed by …, read:`) is from the person set off after it; `the
  // first letter` and `the second letter` later are the ones met in that place (rules25A).
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Peter Marsh, said: \u201cThe ferry costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "A letter from Hedda Lunn read: \u201cThe ferry must keep running.\u201d\n\nA second, from Peter Marsh, read: \u201cThe ferry costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nA second letter, from Peter Marsh, said, \u201cThe ferry costs too much.\u201d\n\n\u201cIt is our lifeline,\u201d the first letter said.\n\n\u201cIt is a waste,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: "Peter Marsh" },
      { text: "It is our lifeline,", speaker: "Hedda Lunn" },
      { text: "It is a waste,", speaker: "Peter Marsh" },
    ],
  },
  // Not fired: one set off by where they are from (a place the lists may not hold) names no writer;
  // one letter only, `the first letter` is that one.
  {
    kind: "document for its issuer",
    text: "\u201cWe are tired,\u201d one marcher said. Another, from Corvale, said: \u201cWe will be back.\u201d",
    quotes: [
      { text: "We are tired,", speaker: null },
      { text: "We will be back.", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "Council got a letter from Hedda Lunn on Monday.\n\n\u201cThe ferry must keep running,\u201d the first letter said.",
    quotes: [{ text: "The ferry must keep running,", speaker: "Hedda Lunn" }],
  },
  // An office's second part set off after a body's name closed by the office (`Delmar Steel
  // Director, Human Resources,`) is no one: the full name set off after it holds the office; with
  // none, the office speaks (rules25A).
  {
    kind: "title inside the attribution",
    text: "Delmar Steel Director, Human Resources, Ilse Marrow, said, \u201cNo jobs will go.\u201d",
    quotes: [{ text: "No jobs will go.", speaker: "Ilse Marrow" }],
  },
  {
    kind: "title inside the attribution",
    text: "Delmar Steel Director, Human Resources, said, \u201cNo jobs will go.\u201d",
    quotes: [{ text: "No jobs will go.", speaker: "Delmar Steel Director" }],
  },
  // Not fired: a person set off after an office in lower case, then described.
  {
    kind: "title inside the attribution",
    text: "Pellworth's governor, Ilse Marrow, a Liberal, said, \u201cNo jobs will go.\u201d",
    quotes: [{ text: "No jobs will go.", speaker: "Ilse Marrow" }],
  },
  // Initials for a given name (`J.T. Roe`) show a person as a given name does: the player named since the last speaker is the `he` who wrote.
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale traded forward J.T. Roe to Tallwood on Friday.\n\nCorvale president Tom Baker said the team got good value.\n\n“We got a centre and a first,” he said.\n\nRoe thanked Corvale fans in a post on social media.\n\n“You made this city home,” he wrote.",
    quotes: [
      { text: "We got a centre and a first,", speaker: "Tom Baker" },
      { text: "You made this city home,", speaker: "J.T. Roe" },
    ],
  },
  // A province's abbreviation opening a body's name (`B.C. Hydro`) is no person's initials: `he` stays the speaker.
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale president Tom Baker said the storm cost the club two home games.\n\n“We lost a lot of money,” he said.\n\nB.C. Hydro posted an update on its website.\n\n“Crews are out, but it will take days,” he said.",
    quotes: [
      { text: "We lost a lot of money,", speaker: "Tom Baker" },
      { text: "Crews are out, but it will take days,", speaker: "Tom Baker" },
    ],
  },
  // A lead-in whose subject is a person described for the first time and named nowhere is who `she` is: no name.
  {
    kind: "unnamed person",
    text: "“No verdict can undo this,” Crown attorney Jane Roe said outside court.\n\nThe boy's mother, who cannot be named under a publication ban, wept as the verdict was read.\n\n“We just want other parents to be safe,” she said.",
    quotes: [
      { text: "No verdict can undo this,", speaker: "Jane Roe" },
      { text: "We just want other parents to be safe,", speaker: null },
    ],
  },
  // A description whose noun the text gave someone before (`a nurse`) may be that person: the old rules decide.
  {
    kind: "description of a named person",
    text: "Jane Roe, a nurse at Corvale General, spoke first at the meeting.\n\nThe nurse then turned to the budget.\n\n“We will not take more cuts,” she said.",
    quotes: [{ text: "We will not take more cuts,", speaker: "Jane Roe" }],
  },
  // A team as the subject of a past verb is no modifier of the role and name after it (`The Corvale Stampeders released receiver Tom Baker`): it is named, and `the club` is it.
  {
    kind: "organisation continuation",
    text: "The Corvale Stampeders released receiver Tom Baker on Friday.\n\n“We wish Tom and his family well,” the club said.",
    quotes: [{ text: "We wish Tom and his family well,", speaker: "Corvale Stampeders" }],
  },
  {
    kind: "organisation continuation",
    text: "The Corvale Stampeders have also signed linebacker Tom Baker to a two-year deal.\n\n“He makes our defence better,” the team said.",
    quotes: [{ text: "He makes our defence better,", speaker: "Corvale Stampeders" }],
  },
  // A past participle that qualifies a person's noun (`registered nurse`) still leaves her the speaker.
  {
    kind: "title inside the attribution",
    text: "The Tallwood registered nurse Jane Roe said the ward was full.\n\n“We had patients in the hallways,” she said.",
    quotes: [{ text: "We had patients in the hallways,", speaker: "Jane Roe" }],
  },
  // So too past a sentence that goes on about the described person (`Her identity …`), and when the one named person the description could reach holds other roles only (a Crown attorney is no victim).
  {
    kind: "unnamed person",
    text: "“No verdict can undo this,” Crown attorney Jane Roe said outside court.\n\nThe victim, now 21, read a statement in court. Her identity is protected by a publication ban.\n\n“I lost my last two years of high school,” she said.",
    quotes: [
      { text: "No verdict can undo this,", speaker: "Jane Roe" },
      { text: "I lost my last two years of high school,", speaker: null },
    ],
  },
  // An office (`The judge`) may be the named holder of a title in another form (`Justice`): the old rules decide.
  {
    kind: "description of a named person",
    text: "“The offence was planned,” Justice Jane Roe said.\n\nThe judge then turned to the sentence.\n\n“Four years is fit,” she said.",
    quotes: [
      { text: "The offence was planned,", speaker: "Jane Roe" },
      { text: "Four years is fit,", speaker: "Jane Roe" },
    ],
  },
  // A named person given no role may be the one a description goes on about: the old rules decide.
  {
    kind: "description of a named person",
    text: "“We lost everything,” said Jane Roe, 54, who has farmed near Corvale for 30 years.\n\nThe woman, who now rents a room in town, is waiting for the insurer.\n\n“They keep asking for more forms,” she said.",
    quotes: [
      { text: "We lost everything,", speaker: "Jane Roe" },
      { text: "They keep asking for more forms,", speaker: "Jane Roe" },
    ],
  },
  // A place in a new description (`a Montreal private school`, `The Calgary-based company`) says where an unnamed body is, not which: no name.
  {
    kind: "unnamed person",
    text: "A judge has authorized a class action against a Montreal private school over abuse claims.\n\n“We take these claims very seriously,” the school said in a statement.",
    quotes: [{ text: "We take these claims very seriously,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "The Calgary-based company said it earned $1.7 billion in the quarter.\n\n“Our operations ran well,” it said.",
    quotes: [{ text: "Our operations ran well,", speaker: null }],
  },
  // A place that names a body (`Halifax police`) is still its name.
  {
    kind: "organisation continuation",
    text: "Halifax police say a man was arrested after a standoff.\n\n“He was armed,” police said.",
    quotes: [{ text: "He was armed,", speaker: "Halifax police" }],
  },
  // A person's noun set off before a name (`His wife, Abena Lusk,`) shows a person as a pronoun after it would: the one the paragraph introduces takes over `she`.
  {
    kind: "person named since the last speaker",
    text: "Editor Jane Roe said the novel was special from the first page.\n\n“He writes like someone who has listened for years,” she said.\n\nHis wife, Abena Lusk, read every draft.\n\n“I told him when it was boring,” she said.",
    quotes: [
      { text: "He writes like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I told him when it was boring,", speaker: "Abena Lusk" },
    ],
  },
  // A thing's noun there (`Her own book, Corvale Nights,`) shows none.
  {
    kind: "person named since the last speaker",
    text: "Editor Jane Roe said the novel was special from the first page.\n\n“He writes like someone who has listened for years,” she said.\n\nHer own book, Corvale Nights, sold out in a week.\n\n“I was lucky with the timing,” she said.",
    quotes: [
      { text: "He writes like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I was lucky with the timing,", speaker: "Jane Roe" },
    ],
  },
  // A pair read from its first name only when a bare `and` joins them: `the aunt of Tom Baker,
  // and Jane Roe` closes the appositive at `Baker,`, and Jane Roe is a second subject; a list
  // (`of Ann Lee, Tom Baker and Jane Roe,`) is read back to its first name after `of` (mend25A).
  {
    kind: "pronoun resolved wrongly",
    text: "Nadia Brook, the aunt of Tom Baker, and Jane Roe bought the orchard in 2015.\n\n\u201cThe trees are older than me,\u201d she said.",
    quotes: [{ text: "The trees are older than me,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Nadia Brook, a friend of Ann Lee, Tom Baker and Jane Roe, keeps the orchard near Pellworth. She took it over in 2015.\n\n\u201cThe trees are older than me,\u201d she said.",
    quotes: [{ text: "The trees are older than me,", speaker: "Nadia Brook" }],
  },
  // The employer written before a lone office set off (`Ferro Inc., Director, Human Resources,
  // Tom Baker, said`): the person set off last holds it, not the body before the office (mend25A).
  {
    kind: "title inside the attribution",
    text: "\u201cNo jobs will go,\u201d Ferro Inc., Director, Human Resources, Tom Baker, said.",
    quotes: [{ text: "No jobs will go,", speaker: "Tom Baker" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cNo jobs will go,\u201d Ferro Inc., Director, Osric Vane, said.",
    quotes: [{ text: "No jobs will go,", speaker: "Osric Vane" }],
  },
  // A person surnamed Day after two names (`Maria Garcia Day`), read as a day named after a
  // person, is a person when described as one or speaking; a day in a day's place stays one (mend25A).
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day, a nurse from Corvale, opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Maria Garcia Day" }],
  },
  {
    kind: "surname shared by two people",
    text: "Rosa Delgado Day said the ward was short of staff. \u201cWe need more nurses,\u201d Day said.",
    quotes: [{ text: "We need more nurses,", speaker: "Rosa Delgado Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Pellworth marked Terry Fox Day on Sunday.\n\n\u201cIt was a great run,\u201d she said.",
    quotes: [{ text: "It was a great run,", speaker: null }],
  },
  // `Another, from Morris Point, said`: a place set off after `from`, listed or ending in a town's
  // word though a given name opens it, names no author; the writer before lends none (mend25A).
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Morris Point, said: \u201cThe ferry costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d A second, from Grande Prairie, read: \u201cThe ferry costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: null },
    ],
  },
  // `the first letter`, `the second letter`: counted among the letters quoted, not one only
  // mentioned (`asked for a letter of support`) (mend25A).
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d She had asked the mayor for a letter of support.\n\nA second letter, from Peter Marsh, said, \u201cThe ferry costs too much.\u201d\n\n\u201cIt is our lifeline,\u201d the first letter said.\n\n\u201cIt is a waste,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry costs too much.", speaker: "Peter Marsh" },
      { text: "It is our lifeline,", speaker: "Hedda Lunn" },
      { text: "It is a waste,", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "Hedda Lunn asked council for a letter of support in May, but got none.\n\nIn a letter, Ruth Kemp wrote, \u201cThe ferry must keep running.\u201d\n\nAnother letter, from Peter Marsh, said, \u201cThe ferry costs too much.\u201d\n\n\u201cIt is our lifeline,\u201d the first letter said.\n\n\u201cIt is a waste,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Ruth Kemp" },
      { text: "The ferry costs too much.", speaker: "Peter Marsh" },
      { text: "It is our lifeline,", speaker: "Ruth Kemp" },
      { text: "It is a waste,", speaker: "Peter Marsh" },
    ],
  },
  // A full name set off after an office, its given name on no list (`Delmar Steel Director, Osric
  // Vane, said`), or after a role no title list holds (`Acme Manager, Tiago Roe,`), holds it: only
  // one word or a department's name (`Corporate Communications`) is the office's second part (mend25A).
  {
    kind: "title inside the attribution",
    text: "\u201cWe will rebuild,\u201d Delmar Steel Director, Osric Vane, said.",
    quotes: [{ text: "We will rebuild,", speaker: "Osric Vane" }],
  },
  {
    kind: "title inside the attribution",
    text: "Acme Manager, Tiago Roe, said the store would reopen. \u201cWe will rebuild,\u201d he said.",
    quotes: [{ text: "We will rebuild,", speaker: "Tiago Roe" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will rebuild,\u201d Delmar Steel Director, Corporate Communications, said.",
    quotes: [{ text: "We will rebuild,", speaker: "Delmar Steel Director" }],
  },
  // Initials with a firm's or a ship's own sign (`A.B. Contracting`, a ship `The R.J. Lusk`) show no person: the speaker of the pronoun's sex keeps `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Fisheries officer Tom Baker said the boat was found adrift on Monday.\n\n“The crew was safe,” he said.\n\nThe R.J. Lusk was towed into port the next morning.\n\n“It took eight hours,” he said.",
    quotes: [
      { text: "The crew was safe,", speaker: "Tom Baker" },
      { text: "It took eight hours,", speaker: "Tom Baker" },
    ],
  },
  // A described newcomer's lead-in (`The mother of three`, `The single mother`) after a named woman given a private person's work only (`a welder`, `a nurse`) may be her profile going on, but as often the family of someone the story opened on (`A six-year-old boy is missing ... said Jane Roe, a volunteer`), which nothing in the words tells apart: no name (null), never the bystander's (mend25E took 8573429's rule out).
  {
    kind: "description of a named person",
    text: "“We found out on Facebook,” said Jane Roe, a welder at the plant.\n\nThe mother of three has worked there for 20 years.\n\n“I have a mortgage,” she said.",
    quotes: [
      { text: "We found out on Facebook,", speaker: "Jane Roe" },
      { text: "I have a mortgage,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Plant manager Tom Baker announced the cuts on Monday. Jane Roe, a nurse at Corvale General, heard the news at home. The single mother has worked nights for 20 years.\n\n“I have a mortgage,” she said.",
    quotes: [{ text: "I have a mortgage,", speaker: null }],
  },
  // Not someone else's parent (`The mother of the injured boy`) after a named neighbour: she is new, and no name.
  {
    kind: "unnamed person",
    text: "Neighbour Jane Roe called 911 when she heard the screams.\n\nThe mother of the injured boy wept in court on Friday.\n\n“I thought he would die,” she said.",
    quotes: [{ text: "I thought he would die,", speaker: null }],
  },
  // A sexed person's noun before a name (`Her husband, Obasi Lusk,`, `His wife, Adaeze Lusk,`) shows a person of its own sex only: no `she` for the husband, no `he` for the wife.
  {
    kind: "person named since the last speaker",
    text: "Editor Jane Roe said the novel was special from the first page.\n\n“She writes like someone who has listened for years,” she said.\n\nHer husband, Obasi Lusk, read every draft.\n\n“I told her when it was boring,” she said.",
    quotes: [
      { text: "She writes like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I told her when it was boring,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the team had found its game.\n\n“We play hard for each other,” he said.\n\nHis wife, Adaeze Lusk, runs the booster club.\n\n“We never miss a home game,” he said.",
    quotes: [
      { text: "We play hard for each other,", speaker: "Tom Baker" },
      { text: "We never miss a home game,", speaker: "Tom Baker" },
    ],
  },
  // Nor after a noun a firm is as often as a person (`contractor A.B. Contracting`, `owner J.D. Irving`).
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said.\n\nThe province hired contractor A.B. Contracting to repair the dock.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  // A body's `the team`, `the company` is never a person named by initials who spoke (showsNoPerson keeps initials as a person's sign: `J.T. Miller` is no organisation's name).
  {
    kind: "organisation continuation",
    text: "The Vancouver Canucks have traded J.T. Miller to the New York Rangers.\n\n“I loved my time in this city,” J.T. Miller said on Friday.\n\n“We thank J.T. for everything he gave this club,” the team said in a statement.",
    quotes: [
      { text: "I loved my time in this city,", speaker: "J.T. Miller" },
      { text: "We thank J.T. for everything he gave this club,", speaker: "Vancouver Canucks" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Vancouver Canucks forward J.T. Miller was traded to the New York Rangers on Friday.\n\n“I loved my time in this city,” Miller said.\n\n“We wish him well,” the team said in a statement.",
    quotes: [
      { text: "I loved my time in this city,", speaker: "J.T. Miller" },
      { text: "We wish him well,", speaker: "Vancouver Canucks" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "“This was a tough one to lose,” said Toronto Raptors guard R.J. Barrett after the game.\n\n“We are evaluating him day to day,” the team said of Barrett's ankle.",
    quotes: [
      { text: "This was a tough one to lose,", speaker: "R.J. Barrett" },
      { text: "We are evaluating him day to day,", speaker: "Toronto Raptors" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Acme Foods chief executive R.J. Lusk said sales were weaker than hoped.\n\n“We are cutting costs,” Lusk said.\n\n“The plan will save $40 million a year,” the company said in a statement.",
    quotes: [
      { text: "We are cutting costs,", speaker: "R.J. Lusk" },
      { text: "The plan will save $40 million a year,", speaker: "Acme Foods" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "“Sales were weaker than we hoped,” said R.J. Lusk, chief executive of Acme Foods, on a call with analysts.\n\n“The company expects a stronger second half,” the company said in a statement.",
    quotes: [
      { text: "Sales were weaker than we hoped,", speaker: "R.J. Lusk" },
      { text: "The company expects a stronger second half,", speaker: null },
    ],
  },
  // A person named by initials alone (`J.T. Miller scored twice`, `Defenceman A.J. Roe`, `K.C. Baker, the Conservative candidate,`) takes over the next `he` or `she` as any named person does: only a firm's or a ship's own sign takes that away.
  {
    kind: "person named since the last speaker",
    text: "Canucks head coach Rick Tocchet said the team found its legs in the third period.\n\n“We stayed with it,” he said.\n\nJ.T. Miller scored twice in the final eight minutes.\n\n“It felt good to help the guys,” he said.",
    quotes: [
      { text: "We stayed with it,", speaker: "Rick Tocchet" },
      { text: "It felt good to help the guys,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Canucks head coach Rick Tocchet said the team found its legs in the third period.\n\n“We stayed with it,” he said.\n\nThe Canucks acquired J.T. Miller from Tampa Bay in 2019. Miller scored twice in the final eight minutes.\n\n“It felt good to help the guys,” he said.",
    quotes: [
      { text: "We stayed with it,", speaker: "Rick Tocchet" },
      { text: "It felt good to help the guys,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "“We had the better chances,” Coach Tom Baker said after the loss.\n\nJ.T. Miller had a goal and an assist but was on the ice for three goals against.\n\n“I have to be better in my own end,” he said.",
    quotes: [
      { text: "We had the better chances,", speaker: "Tom Baker" },
      { text: "I have to be better in my own end,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nDefenceman A.J. Roe blocked three shots and set up the winner.\n\n“I just tried to get in the lanes,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to get in the lanes,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nIn the second period, A.J. Roe blocked three shots and set up the winner.\n\n“I just tried to get in the lanes,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to get in the lanes,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the team was ready for the playoffs.\n\n“We are healthy,” he said.\n\nWinger A.J. Roe leads the team with 14 goals.\n\n“I wanted to come here,” he said.",
    quotes: [
      { text: "We are healthy,", speaker: "Tom Baker" },
      { text: "I wanted to come here,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the team was ready for the playoffs.\n\n“We are healthy,” he said.\n\nQuarterback A.J. Roe threw for 300 yards.\n\n“The line gave me all day,” he said.",
    quotes: [
      { text: "We are healthy,", speaker: "Tom Baker" },
      { text: "The line gave me all day,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the team was ready for the playoffs.\n\n“We are healthy,” he said.\n\nThe Oilers traded for A.J. Roe at the deadline.\n\n“I wanted to come here,” he said.",
    quotes: [
      { text: "We are healthy,", speaker: "Tom Baker" },
      { text: "I wanted to come here,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nFor P.K. Subban, the win was a long time coming.\n\n“I have waited ten years for this,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I have waited ten years for this,", speaker: "P.K. Subban" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Liberal MP Jane Roe said the riding deserved better.\n\n“We have been ignored,” she said.\n\nK.C. Baker, the Conservative candidate, knocked on 4,000 doors this fall.\n\n“People want change,” she said.",
    quotes: [
      { text: "We have been ignored,", speaker: "Jane Roe" },
      { text: "People want change,", speaker: "K.C. Baker" },
    ],
  },
  // A firm's word for the surname (`A.B. Contracting`) shows no person wherever the sentence before ends, on a person's noun or a speaker's description: the premier keeps `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said, thanking the workers.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” said the premier.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  // A sexed person's noun before initials (`Her husband, J.T. Lusk,`, `Her husband J.T. Lusk`) shows a person of its own sex only: no `she` for the husband.
  {
    kind: "person named since the last speaker",
    text: "Editor Jane Roe said the novel was special from the first page.\n\n“She writes like someone who has listened for years,” she said.\n\nHer husband, J.T. Lusk, read every draft.\n\n“I told her when it was boring,” she said.",
    quotes: [
      { text: "She writes like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I told her when it was boring,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Editor Jane Roe said the novel was special from the first page.\n\n“She writes like someone who has listened for years,” she said.\n\nHer husband J.T. Lusk read every draft.\n\n“I told her when it was boring,” she said.",
    quotes: [
      { text: "She writes like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I told her when it was boring,", speaker: "Jane Roe" },
    ],
  },
  // A kin noun of the other sex closing a phrase fronted before an initialled subject (`Like her father,`, `With her husband,`, `Raised by his grandmother,`) is no appositive of the name: the name takes over the next `he` or `she` (mend25E; e8f6c16 gave the speaker before).
  {
    kind: "person named since the last speaker",
    text: "Label head Jane Roe said the album was special from the first listen.\n\n“It sounds like someone who has listened for years,” she said.\n\nLike her father, K.D. Lang grew up on a farm near Consort.\n\n“I wanted it to sound like home,” she said.",
    quotes: [
      { text: "It sounds like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I wanted it to sound like home,", speaker: "K.D. Lang" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Councillor Jane Roe said the road needed work.\n\n“People have been asking for years,” she said.\n\nWith her husband, K.C. Baker runs a bakery on the corner.\n\n“The potholes cost us customers,” she said.",
    quotes: [
      { text: "People have been asking for years,", speaker: "Jane Roe" },
      { text: "The potholes cost us customers,", speaker: "K.C. Baker" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nAlongside his wife, J.T. Miller runs a hockey camp in Kelowna.\n\n“I just tried to help the team,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to help the team,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nRaised by his grandmother, A.J. Roe learned to skate on a pond in Moncton.\n\n“I just tried to help the team,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to help the team,", speaker: "A.J. Roe" },
    ],
  },
  // Before initials, a noun that names a person far more often than a firm (`winner`, `member`, `host`, `recipient`, `owner`) and `the` before a name that modifies a noun (`the J.T. Miller trade`, `the P.K. Subban era`, `The K.D. Lang record`) are no firm's nor ship's sign: the person takes over (mend25E).
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nCalder Trophy winner A.J. Roe blocked three shots and set up the winner.\n\n“I just tried to help the team,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to help the team,", speaker: "A.J. Roe" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nTeam member J.T. Miller scored twice in the final eight minutes.\n\n“I just tried to help the team,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to help the team,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Festival director Jane Roe said ticket sales were the best in years.\n\n“People came back,” she said.\n\nPolaris Prize winner K.D. Lusk closed the festival on Sunday night.\n\n“I grew up three streets from here,” she said.",
    quotes: [
      { text: "People came back,", speaker: "Jane Roe" },
      { text: "I grew up three streets from here,", speaker: "K.D. Lusk" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Festival director Jane Roe said ticket sales were the best in years.\n\n“People came back,” she said.\n\nCBC Radio host K.D. Lusk closed the festival on Sunday night.\n\n“I grew up three streets from here,” she said.",
    quotes: [
      { text: "People came back,", speaker: "Jane Roe" },
      { text: "I grew up three streets from here,", speaker: "K.D. Lusk" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Mayor Tom Baker said the new arena would open in the fall.\n\n“This is a great day for Moncton,” he said.\n\nWildcats owner R.J. Lusk watched from the stands.\n\n“We waited 20 years for this building,” he said.",
    quotes: [
      { text: "This is a great day for Moncton,", speaker: "Tom Baker" },
      { text: "We waited 20 years for this building,", speaker: "R.J. Lusk" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the defence was the difference.\n\n“We kept them to the outside,” he said.\n\nThe J.T. Miller trade has paid off for the Canucks. Miller scored twice in the final eight minutes.\n\n“I just tried to help the team,” he said.",
    quotes: [
      { text: "We kept them to the outside,", speaker: "Tom Baker" },
      { text: "I just tried to help the team,", speaker: "J.T. Miller" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Coach Tom Baker said the team found its legs in the third period.\n\n“We stayed with it,” he said.\n\nIn the P.K. Subban era, Montreal never got this far. Subban was in the crowd on Friday.\n\n“It felt good to see them win,” he said.",
    quotes: [
      { text: "We stayed with it,", speaker: "Tom Baker" },
      { text: "It felt good to see them win,", speaker: "P.K. Subban" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "Label head Jane Roe said the album was special from the first listen.\n\n“It sounds like someone who has listened for years,” she said.\n\nThe K.D. Lang record was made in a barn near Consort.\n\n“I wanted it to sound like home,” she said.",
    quotes: [
      { text: "It sounds like someone who has listened for years,", speaker: "Jane Roe" },
      { text: "I wanted it to sound like home,", speaker: "K.D. Lang" },
    ],
  },
  // `and Sons` right after initials is a family firm's name, no person: the premier keeps `he` (mend25E).
  {
    kind: "pronoun resolved wrongly",
    text: "Premier Tom Baker said the province would help the mill.\n\n“This is a good day for Saint John,” he said.\n\nA.B. Roe and Sons won the bid to repair the dock.\n\n“We are looking at every option,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We are looking at every option,", speaker: "Tom Baker" },
    ],
  },
  // `it` two paragraphs after the body that spoke, past a person holding its post who spoke for it (`said R.J. Lusk, the chief executive`): never the person (b8cb827 gave R.J. Lusk); null, as no body is named near the pronoun.
  {
    kind: "organisation continuation",
    text: "Acme Foods said sales fell four per cent in the quarter.\n\n“We are cutting costs,” said R.J. Lusk, the chief executive.\n\n“The plan will save $40 million a year,” it said in a statement.",
    quotes: [
      { text: "We are cutting costs,", speaker: "R.J. Lusk" },
      { text: "The plan will save $40 million a year,", speaker: null },
    ],
  },
  // A bare parent's noun, a widow, a grandmother (`The mother`, `The widow`, `The grandmother`), or a profile's form after a named neighbour, witness, aunt, friend, principal or teacher or after an unnamed person the story opened on (`A Saskatoon man`, `a 34-year-old woman`): the family of that person, someone new, and no name.
  {
    kind: "unnamed person",
    text: "A Saskatoon man was killed when a tree fell on his car during Sunday's storm.\n\n“He loved that old Buick,” said Jane Roe, a neighbour.\n\nThe widow was at church when police came to the door.\n\n“I keep waiting for him to walk in,” she said.",
    quotes: [
      { text: "He loved that old Buick,", speaker: "Jane Roe" },
      { text: "I keep waiting for him to walk in,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A Saskatoon woman was killed when a tree fell on her car during Sunday's storm.\n\n“She loved that old Buick,” said Tom Baker, a neighbour.\n\nThe widower was at church when police came to the door.\n\n“I keep waiting for her to walk in,” he said.",
    quotes: [
      { text: "She loved that old Buick,", speaker: "Tom Baker" },
      { text: "I keep waiting for her to walk in,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A Halifax man died after his truck left the road near Truro on Sunday.\n\n“He was always the first to help,” said Jane Roe, a co-worker at the mill.\n\nThe widow has set up an online fundraiser for the couple's three children.\n\n“We just want to bring him home,” she said.",
    quotes: [
      { text: "He was always the first to help,", speaker: "Jane Roe" },
      { text: "We just want to bring him home,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Police say a 34-year-old woman was hurt in a crash on Highway 401 on Friday.\n\n“It was a terrible scene,” said Jane Roe, a witness who stopped to help.\n\nThe mother of two was driving home from a night shift.\n\n“I don't remember anything after the light turned green,” she said.",
    quotes: [
      { text: "It was a terrible scene,", speaker: "Jane Roe" },
      { text: "I don't remember anything after the light turned green,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Two children were pulled from the water at a Kelowna beach on Saturday.\n\n“The lifeguard was there in seconds,” said Jane Roe, a nurse who was on the beach.\n\nThe grandmother was watching the children from the shore.\n\n“I looked away for a moment,” she said.",
    quotes: [
      { text: "The lifeguard was there in seconds,", speaker: "Jane Roe" },
      { text: "I looked away for a moment,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A Grade 4 student was sent home after a dispute over a hijab at Lakeview Elementary.\n\n“We follow the board's policy,” said Jane Roe, the school's principal.\n\nThe mother has filed a human rights complaint.\n\n“My daughter did nothing wrong,” she said.",
    quotes: [
      { text: "We follow the board's policy,", speaker: "Jane Roe" },
      { text: "My daughter did nothing wrong,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A Grade 4 student was sent home after a dispute over a hijab at Lakeview Elementary.\n\n“We follow the board's policy,” said Jane Roe, a teacher at the school.\n\nThe mother has filed a human rights complaint.\n\n“My daughter did nothing wrong,” she said.",
    quotes: [
      { text: "We follow the board's policy,", speaker: "Jane Roe" },
      { text: "My daughter did nothing wrong,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A six-year-old boy is missing after wandering away from a campsite near Jasper on Saturday.\n\n“He knows not to talk to strangers,” said Jane Roe, the boy's aunt.\n\nThe mother has not slept since Saturday.\n\n“Please bring my son home,” she said.",
    quotes: [
      { text: "He knows not to talk to strangers,", speaker: "Jane Roe" },
      { text: "Please bring my son home,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "A six-year-old boy is missing after wandering away from a campsite near Jasper on Saturday.\n\n“He knows not to talk to strangers,” said Jane Roe, a family friend.\n\nThe single mother has not slept since Saturday.\n\n“Please bring my son home,” she said.",
    quotes: [
      { text: "He knows not to talk to strangers,", speaker: "Jane Roe" },
      { text: "Please bring my son home,", speaker: null },
    ],
  },
  // A profile's own form (`The mother of two`, `The single mother`) after a named volunteer, paramedic or searcher, in a story that opened on a missing child or a crash victim: that person's family, someone new, and no name (mend25E).
  {
    kind: "unnamed person",
    text: "A six-year-old boy is missing after wandering away from a campsite near Jasper on Saturday.\n\n“He knows not to talk to strangers,” said Jane Roe, a volunteer with the search team.\n\nThe mother of two has not slept since Saturday.\n\n“Please bring my son home,” she said.",
    quotes: [
      { text: "He knows not to talk to strangers,", speaker: "Jane Roe" },
      { text: "Please bring my son home,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Police say that on Friday night, a 34-year-old woman was hurt in a crash on Highway 401.\n\n“It was a terrible scene,” said Jane Roe, a paramedic who stopped to help.\n\nThe mother of two was driving home from a night shift.\n\n“I don't remember anything after the light turned green,” she said.",
    quotes: [
      { text: "It was a terrible scene,", speaker: "Jane Roe" },
      { text: "I don't remember anything after the light turned green,", speaker: null },
    ],
  },
  {
    kind: "unnamed person",
    text: "Police are searching for Liam Lusk, 6, who wandered away from a campsite near Jasper on Saturday.\n\n“He knows not to talk to strangers,” said Jane Roe, a volunteer with the search team.\n\nThe single mother has not slept since Saturday.\n\n“Please bring my son home,” she said.",
    quotes: [
      { text: "He knows not to talk to strangers,", speaker: "Jane Roe" },
      { text: "Please bring my son home,", speaker: null },
    ],
  },
  // A full name whose surname is a person's noun (`Tom Hunter`, `Mark Farmer`) is no role: the
  // name set off after it is the person's employer, not the holder (mend25D).
  {
    kind: "title inside the attribution",
    text: "\u201cThe trails are closed past the bridge,\u201d Tom Hunter, Tallwood Outfitters, said.",
    quotes: [{ text: "The trails are closed past the bridge,", speaker: "Tom Hunter" }],
  },
  {
    kind: "title inside the attribution",
    text: "Mark Farmer, Prairie Grain Growers, said the harvest was late. \u201cThe rain kept us out of the fields,\u201d he said.",
    quotes: [{ text: "The rain kept us out of the fields,", speaker: "Mark Farmer" }],
  },
  // The employer set off last after a lone office is no holder when the name written first shows
  // no body of its own (`Osric Vane`, `Wab Kinew`: given names no list holds) (mend25D).
  {
    kind: "title inside the attribution",
    text: "\u201cNo shifts will be cut this winter,\u201d Osric Vane, Director, Human Resources, Delmar Steel, said.",
    quotes: [{ text: "No shifts will be cut this winter,", speaker: "Osric Vane" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will fight this bill,\u201d Wab Kinew, Leader, Manitoba NDP, said.",
    quotes: [{ text: "We will fight this bill,", speaker: "Wab Kinew" }],
  },
  // A unit's or a department's name set off after an office (`Emergency Management`, `Public
  // Health`) is its second part, never the speaker; a holder set off after it still is (mend25D).
  {
    kind: "title inside the attribution",
    text: "\u201cPlease stay home until the plows are through,\u201d Tallwood County Director, Emergency Management, said.",
    quotes: [{ text: "Please stay home until the plows are through,", speaker: "Tallwood County Director" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe clinics open on Monday,\u201d Delmar Health Director, Public Health, Ilse Marrow, said.",
    quotes: [{ text: "The clinics open on Monday,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe made two arrests overnight,\u201d Tallwood Police Inspector, Major Crimes, said.",
    quotes: [{ text: "We made two arrests overnight,", speaker: "Tallwood Police Inspector" }],
  },
  // A day named after a person stays a day in a day's place or with a count after it (`On Terry
  // Fox Day, 300 people`): no person a later `he` or `Day said` stands for (mend25D).
  {
    kind: "pronoun to non-person",
    text: "Kim Day has led the Pellworth run for a decade. On Terry Fox Day, 300 people ran along the river.\n\n\u201cIt was our biggest year,\u201d Day said.",
    quotes: [{ text: "It was our biggest year,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle has organized the Pellworth run since 2003.\n\nThis year, on Terry Fox Day, 300 people took part.\n\n\u201cIt was our biggest year,\u201d he said.",
    quotes: [{ text: "It was our biggest year,", speaker: "Mark Doyle" }],
  },
  // `the second letter` counts a letter whose writer follows `from`, though its words are only
  // paraphrased; one asked for (`for a letter of support`) or only mentioned drops out (mend25D).
  // Since mend25F a letter not quoted leaves the count unsure, and these give no one.
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nCouncil also received a letter from Peter Marsh, who wrote that the crossing costs too much.\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      // Peter Marsh's letter is only paraphrased, so the count is unsure: no one (mend25F; was
      // Peter Marsh on mend25D).
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nA second letter came from Peter Marsh. It said the crossing costs too much.\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cThink of the islanders,\u201d the third letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      // The second letter's words are not quoted, so the count is unsure: no one (mend25F; was Ruth
      // Kemp on mend25D).
      { text: "Think of the islanders,", speaker: null },
    ],
  },
  // `Ridge`, a surname too, ends no town's name after `from` (`Another, from Tom Ridge,`) (mend25D).
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Tom Ridge, said: \u201cThe crossing costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Tom Ridge" },
    ],
  },
  // A full name a listed given name opens, set off after an office, holds it though its surname is an
  // organisation's or a department's word (`NDP MLA, Tom Parks,`, `Police Chief, Emily Post,`) (mend25F).
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire more nurses,\u201d NDP MLA, Tom Parks, said.",
    quotes: [{ text: "We will hire more nurses,", speaker: "Tom Parks" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire more nurses,\u201d Saskatchewan Party MLA, Jane Church, said.",
    quotes: [{ text: "We will hire more nurses,", speaker: "Jane Church" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire more nurses,\u201d Saskatchewan Party MLA, Jane Church, told reporters.",
    quotes: [{ text: "We will hire more nurses,", speaker: "Jane Church" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe made two arrests,\u201d Pellworth Police Chief, Emily Post, said.",
    quotes: [{ text: "We made two arrests,", speaker: "Emily Post" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe made two arrests,\u201d Tallwood Police Inspector, Tom Court, said.",
    quotes: [{ text: "We made two arrests,", speaker: "Tom Court" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe clinic stays open,\u201d Delmar Health Director, Ilse Sands, said.",
    quotes: [{ text: "The clinic stays open,", speaker: "Ilse Sands" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe clinic stays open,\u201d Delmar Health Director, Rosa Parks, said.",
    quotes: [{ text: "The clinic stays open,", speaker: "Rosa Parks" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe trail will reopen,\u201d Parks Canada Superintendent, Tom Parks, said.",
    quotes: [{ text: "The trail will reopen,", speaker: "Tom Parks" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe made two arrests,\u201d Pellworth Police Chief, Tom Bank, said.",
    quotes: [{ text: "We made two arrests,", speaker: "Tom Bank" }],
  },
  {
    kind: "title inside the attribution",
    text: "NDP MLA, Tom Parks, said the wait lists are too long. \u201cWe will hire more nurses,\u201d he said.",
    quotes: [{ text: "We will hire more nurses,", speaker: "Tom Parks" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will hire more nurses,\u201d NDP MLA, Tom Parks, said Tuesday. \u201cThe wait lists are too long,\u201d he said.",
    quotes: [
      { text: "We will hire more nurses,", speaker: "Tom Parks" },
      { text: "The wait lists are too long,", speaker: "Tom Parks" },
    ],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe plant will reopen,\u201d Ferro Inc., Director, Tom Parks, said.",
    quotes: [{ text: "The plant will reopen,", speaker: "Tom Parks" }],
  },
  // A day named after a person is no person for a parenthetical attribution (`Terry Fox Day, an
  // organizer said,`), an object after its verb (`said a lot about`) or a noun's appositive that is
  // no person's (`a volunteer effort`) (mend25F).
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day, an organizer said, raised $12,000 this year.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day, a volunteer said, raised $12,000 this year.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Louis Riel Day, a teacher said, is a day to learn.\n\n\u201cWe ran anyway,\u201d he said.",
    quotes: [{ text: "We ran anyway,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Kim Day organizes the run. Terry Fox Day said a lot about the town.\n\n\u201cIt was a great run,\u201d Day said.",
    quotes: [{ text: "It was a great run,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day said more about Pellworth than any speech could.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Kim Day organizes the run. Terry Fox Day, a volunteer effort, drew 300 people.\n\n\u201cIt was a great run,\u201d Day said.",
    quotes: [{ text: "It was a great run,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day, a nurse at the clinic, said the clinic is short of staff.\n\n\u201cWe cannot keep up,\u201d Day said.",
    quotes: [{ text: "We cannot keep up,", speaker: "Maria Garcia Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day said that the clinic is short of staff.\n\n\u201cWe cannot keep up,\u201d she said.",
    quotes: [{ text: "We cannot keep up,", speaker: "Maria Garcia Day" }],
  },
  // `the second letter` is answered only on a sure count: every letter met before it quoted with its
  // writer in its own sentence; a letter of support or one sent back is such a letter, and one asked
  // for, awaited, paraphrased or with only a reply quoted leaves the count unsure, so no one (mend25F).
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nIn a letter of support, Peter Marsh wrote, \u201cThe ferry is our lifeline.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cKeep it running,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry is our lifeline.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "Keep it running,", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nPeter Marsh wrote a letter of support, saying, \u201cThe ferry is our lifeline.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cKeep it running,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry is our lifeline.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "Keep it running,", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nThe Pellworth Chamber of Commerce sent a letter of support, saying, \u201cThe ferry is our lifeline.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cKeep it running,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry is our lifeline.", speaker: "Pellworth Chamber of Commerce" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "Keep it running,", speaker: "Pellworth Chamber of Commerce" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nA letter of support from the Pellworth Chamber of Commerce said, \u201cThe ferry is our lifeline.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cKeep it running,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The ferry is our lifeline.", speaker: "Pellworth Chamber of Commerce" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "Keep it running,", speaker: "Pellworth Chamber of Commerce" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nPeter Marsh sent a letter back the same week, saying, \u201cThe crossing costs too much.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cKeep it running,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "Keep it running,", speaker: "Peter Marsh" },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nRuth Kemp requested a letter from Premier Scott Moe last year and never got one.\n\nAnother letter, from Peter Marsh, said, \u201cThe crossing costs too much.\u201d\n\nA third letter, from Tom Ward, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Tom Ward" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nLunn said she has waited since March for a reply and is still waiting on a letter from Premier Scott Moe.\n\nA second letter, from Ruth Kemp, said, \u201cThe crossing costs too much.\u201d\n\nA third letter, from Peter Marsh, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the third letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Ruth Kemp" },
      { text: "Raise the fares instead.", speaker: "Peter Marsh" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nMayor Tom Baker said council had also received a letter from Transport Canada last spring, before the review began.\n\nAnother letter, from Peter Marsh, said, \u201cThe crossing costs too much.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nA second letter came from Peter Marsh. It said the crossing costs too much.\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nAnother letter came from Peter Marsh, a retired captain.\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  // `Ridge` or `Corner` after a word no given name ends a town's name after `from` (mend25F).
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Oak Ridge, said: \u201cThe crossing costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Pine Ridge, said: \u201cThe crossing costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "One letter, signed by Hedda Lunn, read: \u201cThe ferry must keep running.\u201d Another, from Moose Corner, said: \u201cThe crossing costs too much.\u201d",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: null },
    ],
  },
  // A noun no one's surname after one employer's word that is a given name too is a role, held by the
  // full name set off after it (`Rogers Spokesperson, Jane Roe,`) (mend25F).
  {
    kind: "title inside the attribution",
    text: "\u201cService will be restored tonight,\u201d Rogers Spokesperson, Jane Roe, said.",
    quotes: [{ text: "Service will be restored tonight,", speaker: "Jane Roe" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cService will be restored tonight,\u201d Bell Spokesperson, Jane Roe, said.",
    quotes: [{ text: "Service will be restored tonight,", speaker: "Jane Roe" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cService will be restored tonight,\u201d Shaw Spokesperson, Tom Baker, said.",
    quotes: [{ text: "Service will be restored tonight,", speaker: "Tom Baker" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cService will be restored tonight,\u201d Rogers Manager, Tom Baker, said.",
    quotes: [{ text: "Service will be restored tonight,", speaker: "Tom Baker" }],
  },
  // A letter not had or only asked for by the words before its article (`never got a letter from
  // Ottawa`, `still waiting for a letter`) leaves the count unsure, though words are quoted in its
  // sentence: they are someone else's (mend25F; 4911309 gave Ottawa for the first).
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nPeter Marsh, who says he never got a letter from Ottawa about the dock, wrote, \u201cThe crossing costs too much.\u201d\n\nA third letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "The crossing costs too much.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  {
    kind: "document for its issuer",
    text: "In a letter, Hedda Lunn wrote, \u201cThe ferry must keep running.\u201d\n\nPeter Marsh, still waiting for a letter from Ottawa, said, \u201cNobody answers.\u201d\n\nA second letter, from Ruth Kemp, said, \u201cRaise the fares instead.\u201d\n\n\u201cIt is a waste of money,\u201d the second letter said.",
    quotes: [
      { text: "The ferry must keep running.", speaker: "Hedda Lunn" },
      { text: "Nobody answers.", speaker: "Peter Marsh" },
      { text: "Raise the fares instead.", speaker: "Ruth Kemp" },
      { text: "It is a waste of money,", speaker: null },
    ],
  },
  // A full name set off after a description with a role noun of its own (`The donor,
  // philanthropist Chan Wai-Man, said`) is the speaker; read as the description `the donor`, the
  // quotation went to the last person named (rules26B, invented news).
  {
    kind: "description of a named person",
    text: "\u201cThis is a transformational gift,\u201d said Anthony Kiendl, the gallery's CEO.\n\nThe donor, philanthropist Chan Wai-Man, said in a statement that art \u201cbelongs to everyone.\u201d",
    quotes: [
      { text: "This is a transformational gift,", speaker: "Anthony Kiendl" },
      { text: "belongs to everyone.", speaker: "Chan Wai-Man" },
    ],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, former NHL defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "The fire destroyed the house on Elm Street.\n\nHis sister, Halifax nurse Jane Roe, said: \u201cWe lost everything.\u201d",
    quotes: [{ text: "We lost everything.", speaker: "Jane Roe" }],
  },
  // Near misses: a clause, a preposition or a participle in the appositive makes the name someone
  // else's; a firm after a noun a firm is too is no person's name set off.
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, who replaced defenceman Tom Baker in March, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, a friend of defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, replacing defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The fire destroyed the house on Elm Street.\n\nThe owner, contractor Acme Builders, said: \u201cWe lost everything.\u201d",
    quotes: [{ text: "We lost everything.", speaker: null }],
  },
  // A capitalised particle opening a surname (`Van Hoof`, `Van der Berg`, as Canadian pages write
  // Dutch names) is the surname of the one person named in full with it, not the given name `Van`
  // of a new person (rules26B, invented news).
  {
    kind: "person named since the last speaker",
    text: "Lindsay Van Hoof says she paid more than $18,000 last year to dry her crop.\n\n\u201cThat's money I don't have,\u201d Van Hoof said in an interview.",
    quotes: [{ text: "That's money I don't have,", speaker: "Lindsay Van Hoof" }],
  },
  {
    kind: "person named since the last speaker",
    text: "Pharmacist Kevin Van der Berg said his store had pulled the cans.\n\n\u201cWe had calls all morning from worried parents,\u201d Van der Berg said.",
    quotes: [{ text: "We had calls all morning from worried parents,", speaker: "Kevin Van der Berg" }],
  },
  // Near misses: `Van` as a given name after another bearer's surname names a person of its own;
  // a surname two people named in full share stays the name as written, neither of them.
  {
    kind: "person named since the last speaker",
    text: "Ann Smith runs the shop.\n\nVan Smith, her cousin, owns the farm next door. \u201cWe sell eggs,\u201d Van Smith said.",
    quotes: [{ text: "We sell eggs,", speaker: "Van Smith" }],
  },
  {
    kind: "person named since the last speaker",
    text: "Tom Van Jones runs the shop and Mary Van Jones owns the farm.\n\n\u201cWe sell eggs,\u201d Van Jones said.",
    quotes: [{ text: "We sell eggs,", speaker: "Van Jones" }],
  },
  {
    kind: "person named since the last speaker",
    text: "Singer Van Morrison played two encores at the Halifax Forum.\n\n\u201cThe crowd was wonderful,\u201d Van Morrison said.",
    quotes: [{ text: "The crowd was wonderful,", speaker: "Van Morrison" }],
  },
  // A preposition or adverb before the role noun makes the name its object, not the subject set
  // off (`unlike defenceman Tom Baker`, `via lawyer Jane Roe`, `especially son Tom Roe`): only a
  // capitalised name, a rank or a standing may qualify the role (mend26B, invented news).
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, unlike defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, alongside defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe coach, per defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe family, via defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe family, except defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe family, minus defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The Hawks lost 5-1 on Friday.\n\nThe family, especially defenceman Tom Baker, said: \u201cWe were tired in the third.\u201d",
    quotes: [{ text: "We were tired in the third.", speaker: null }],
  },
  // A particle-led surname after an honorific of the other sex than its one bearer's own title
  // names someone else of the family, as a one-word surname does (`Ms. Van Hoof` after `Mr. Tom
  // Van Hoof`): not that bearer (mend26B, invented news).
  {
    kind: "surname shared by two people",
    text: "Mr. Tom Van Hoof runs the dairy on the county road.\n\n\u201cWe sell milk,\u201d Ms. Van Hoof said.",
    quotes: [{ text: "We sell milk,", speaker: "Van Hoof" }],
  },
  {
    kind: "surname shared by two people",
    text: "Ms. Lindsay Van Hoof runs the dairy on the county road.\n\n\u201cWe sell milk,\u201d Mr. Van Hoof said.",
    quotes: [{ text: "We sell milk,", speaker: "Van Hoof" }],
  },
  // A body's name a firm's word closes (`Tallwood Outfitters`), written before a lone office, is the
  // employer: the person set off last holds the office (rules26A; 3737c07 gave the outfitter).
  {
    kind: "title inside the attribution",
    text: "Tallwood Outfitters, Manager, Tom Baker, said \u201cWe are sold out of canoes.\u201d",
    quotes: [{ text: "We are sold out of canoes.", speaker: "Tom Baker" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe are sold out of canoes,\u201d Tallwood Outfitters, Manager, Chidi Roe, said.",
    quotes: [{ text: "We are sold out of canoes,", speaker: "Chidi Roe" }],
  },
  // Not a person written first, the employer set off last, nor two words no list holds (`Delmar Steel`).
  {
    kind: "title inside the attribution",
    text: "\u201cWe are sold out of canoes,\u201d Osric Vane, Manager, Tallwood Outfitters, said.",
    quotes: [{ text: "We are sold out of canoes,", speaker: "Osric Vane" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe furnace is back on,\u201d Osric Vane, Director, Delmar Steel, said.",
    quotes: [{ text: "The furnace is back on,", speaker: "Osric Vane" }],
  },
  // A role's holder set off after it must open on a listed given name, though the role is one no
  // one's surname closes (`Acme Manager`): not a region, a firm, a branch or a side of town set off
  // there, and not after a name a surname that is a noun closes (`Osric Hunter`).
  {
    kind: "title inside the attribution",
    text: "\u201cThe plant will reopen Monday,\u201d Acme Manager, Atlantic Region, said.",
    quotes: [{ text: "The plant will reopen Monday,", speaker: "Acme Manager" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe plant will reopen Monday,\u201d Acme Manager, Tallwood Outfitters, said.",
    quotes: [{ text: "The plant will reopen Monday,", speaker: "Acme Manager" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe plant will reopen Monday,\u201d Acme Manager, Corvale Branch, said.",
    quotes: [{ text: "The plant will reopen Monday,", speaker: "Acme Manager" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe are sold out of canoes,\u201d Osric Hunter, Tallwood Outfitters, said.",
    quotes: [{ text: "We are sold out of canoes,", speaker: "Osric Hunter" }],
  },
  // A sexed person's noun the sentence opens on after a possessive, the name set off as its
  // appositive (`Her brother, K.D. Lusk, who …`), gives a name that shows no sex its own: no `she`
  // for the brother, no `he` for the daughter (rules26A; 3737c07 gave K.D. Lusk and Chidi Lusk).
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cThe store opens at nine,\u201d said Jane Roe, who runs the bakery.\n\nHer brother, K.D. Lusk, who owns the hardware store next door, helps out on weekends. \u201cWe are a family business,\u201d she said.",
    quotes: [
      { text: "The store opens at nine,", speaker: "Jane Roe" },
      { text: "We are a family business,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cThe store opens at nine,\u201d said Tom Roe, who runs the bakery. His daughter, Chidi Lusk, helps out on weekends. \u201cWe are a family business,\u201d he said.",
    quotes: [
      { text: "The store opens at nine,", speaker: "Tom Roe" },
      { text: "We are a family business,", speaker: "Tom Roe" },
    ],
  },
  // The noun's own sex still takes its pronoun; a fronted phrase's noun (`Like her father,`) sets off no appositive.
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cThe store opens at nine,\u201d said Jane Roe, who runs the bakery.\n\nHer brother, K.D. Lusk, who owns the hardware store next door, helps out on weekends. \u201cWe are a family business,\u201d he said.",
    quotes: [
      { text: "The store opens at nine,", speaker: "Jane Roe" },
      { text: "We are a family business,", speaker: "K.D. Lusk" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Like her father, K.D. Lang grew up in Consort. \u201cI love the prairie,\u201d she said.",
    quotes: [{ text: "I love the prairie,", speaker: "K.D. Lang" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Her daughter, Chidi Lusk, helps out on weekends. \u201cWe are a family business,\u201d she said.",
    quotes: [{ text: "We are a family business,", speaker: "Chidi Lusk" }],
  },
  // A boat's crew after `the` and a name on initials (`The R.J. Lusk crew`) is a ship's own sign, as
  // the name ending its phrase is (`The R.J. Lusk was towed in`), and a firm's word (`A.B.
  // Contracting`) a firm's: no `he` stands for them, with or without a speaker before (rules26A;
  // 3737c07 gave R.J. Lusk and A.B. Contracting).
  {
    kind: "pronoun to non-person",
    text: "\u201cThe fish are late this year,\u201d said Tom Baker, the harbour master.\n\nThe R.J. Lusk crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [
      { text: "The fish are late this year,", speaker: "Tom Baker" },
      { text: "We got lucky,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "The R.J. Lusk crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [{ text: "We got lucky,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "The R.J. Lusk was towed into port the next morning. \u201cIt took eight hours,\u201d he said.",
    quotes: [{ text: "It took eight hours,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "A.B. Contracting won the bid to repair the dock last spring. \u201cWe have been waiting a long time,\u201d he said.",
    quotes: [{ text: "We have been waiting a long time,", speaker: null }],
  },
  // Not a crew's noun before the name (a deckhand is a person), nor a person leading his crew, nor a name modifying another noun after `the`.
  {
    kind: "pronoun to non-person",
    text: "Deckhand R.J. Lusk hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [{ text: "We got lucky,", speaker: "R.J. Lusk" }],
  },
  {
    kind: "pronoun to non-person",
    text: "\u201cThe fish are late this year,\u201d said Tom Baker, the harbour master.\n\nR.J. Lusk and his crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [
      { text: "The fish are late this year,", speaker: "Tom Baker" },
      { text: "We got lucky,", speaker: "R.J. Lusk" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "The J.T. Miller trade has paid off for the Canucks. \u201cI just tried to help the team,\u201d he said.",
    quotes: [{ text: "I just tried to help the team,", speaker: "J.T. Miller" }],
  },
  // A name closing with `Day` after a preposition of time that opens the sentence, set off by a
  // comma, is a day, though given names alone make it (`Lincoln Alexander Day`, `Mary Ann Day`):
  // it names no one a later `he` stands for (rules26A; 3737c07 gave Lincoln Alexander Day).
  {
    kind: "pronoun to non-person",
    text: "On Lincoln Alexander Day, 300 people marched through the downtown. \u201cWe remember him,\u201d he said.",
    quotes: [{ text: "We remember him,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "\u201cThe march is for him,\u201d said Tom Baker, the organizer. On Lincoln Alexander Day, 300 people marched through the downtown. \u201cWe remember him,\u201d he said.",
    quotes: [
      { text: "The march is for him,", speaker: "Tom Baker" },
      { text: "We remember him,", speaker: "Tom Baker" },
    ],
  },
  // Not a person surnamed Day after another opening phrase, or who is named elsewhere in the text.
  {
    kind: "pronoun to non-person",
    text: "On Friday, Mary Ann Day opened the fair. \u201cWe have more rides than ever,\u201d she said.",
    quotes: [{ text: "We have more rides than ever,", speaker: "Mary Ann Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe thanked Mary Ann Day, who ran the fair. \u201cShe did it all,\u201d Roe said. On Monday, Day said: \u201cIt was a team effort.\u201d",
    quotes: [
      { text: "She did it all,", speaker: "Jane Roe" },
      { text: "It was a team effort.", speaker: "Mary Ann Day" },
    ],
  },
  // A passive of telling closing the attribution (`“…,” Fox was told.`, `he was told in a reply`)
  // gives the words to whoever told them: its agent after `by`, else no one the clause names; not
  // the subject who heard them, nor, after a letter, the letter's writer the `he` would reach
  // (rules26A; 3737c07 gave Lena Fox, and Tom Baker for the reply).
  {
    kind: "subject of the clause",
    text: "Lena Fox went to the office on Monday. \u201cYour job is gone,\u201d Fox was told.",
    quotes: [{ text: "Your job is gone,", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "In a letter, Tom Baker wrote: \u201cThe roof leaks.\u201d \u201cThere is no money this year,\u201d he was told in a reply.",
    quotes: [
      { text: "The roof leaks.", speaker: "Tom Baker" },
      { text: "There is no money this year,", speaker: null },
    ],
  },
  {
    kind: "subject of the clause",
    text: "\u201cYour job is gone,\u201d Lena Fox was told by Tom Baker.",
    quotes: [{ text: "Your job is gone,", speaker: "Tom Baker" }],
  },
  // Not the active verb, nor a passive inside the speaker's relative clause, nor a passive in the words quoted.
  {
    kind: "subject of the clause",
    text: "\u201cYour job is gone,\u201d Tom Baker told Lena Fox on Monday.",
    quotes: [{ text: "Your job is gone,", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "\u201cStay home,\u201d Tom Baker, who was told to rest, said on Monday.",
    quotes: [{ text: "Stay home,", speaker: "Tom Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "\u201cI was told to wait,\u201d Lena Fox said.",
    quotes: [{ text: "I was told to wait,", speaker: "Lena Fox" }],
  },
  // So too before a colon after a letter (`She was told: “…”`): no one, unless the sentence names who told her.
  {
    kind: "subject of the clause",
    text: "In a letter, Tom Baker wrote: \u201cThe roof leaks.\u201d She was told: \u201cThere is no money this year.\u201d",
    quotes: [
      { text: "The roof leaks.", speaker: "Tom Baker" },
      { text: "There is no money this year.", speaker: null },
    ],
  },
  {
    kind: "subject of the clause",
    text: "In a letter, Tom Baker wrote: \u201cThe roof leaks.\u201d Jane Roe was told by Ruth Kemp: \u201cThere is no money this year.\u201d",
    quotes: [
      { text: "The roof leaks.", speaker: "Tom Baker" },
      { text: "There is no money this year.", speaker: "Ruth Kemp" },
    ],
  },
  // The agent read past its affiliation and role (`by Crown attorney Jane Roe`): the person, never `Crown`.
  {
    kind: "subject of the clause",
    text: "\u201cHe never meant to hurt anyone,\u201d the jury was told by Crown attorney Jane Roe.",
    quotes: [{ text: "He never meant to hurt anyone,", speaker: "Jane Roe" }],
  },
  {
    kind: "subject of the clause",
    text: "Defence lawyer Tom Baker spoke for an hour. \u201cHe never meant to hurt anyone,\u201d the jury was told.",
    quotes: [{ text: "He never meant to hurt anyone,", speaker: null }],
  },
  // A role's noun no one's surname closes (`Project Manager`, `Event Organizer`) does not make what
  // is set off after it its holder when no listed given name opens it: a unit or a club (mend26A;
  // rules26A gave `Harbour Renewal` and `Corvale Rotary`).
  {
    kind: "title inside the attribution",
    text: "\u201cThe work is late,\u201d Project Manager, Harbour Renewal, said.",
    quotes: [{ text: "The work is late,", speaker: "Project Manager" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe fair will go ahead,\u201d Event Organizer, Corvale Rotary, said.",
    quotes: [{ text: "The fair will go ahead,", speaker: "Event Organizer" }],
  },
  // A firm's or a ship's sign where a name on initials is first written keeps no `he` from it when
  // a later mention shows the person who shares the name (mend26A; rules26A gave null).
  {
    kind: "pronoun to non-person",
    text: "A.B. Roe and Sons has run the store since 1950. A.B. Roe, 81, still works the counter. \u201cI love it,\u201d he said.",
    quotes: [{ text: "I love it,", speaker: "A.B. Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The A.J. Roe crew won the regatta. A.J. Roe, the skipper, was thrilled. \u201cWe sailed well,\u201d he said.",
    quotes: [{ text: "We sailed well,", speaker: "A.J. Roe" }],
  },
  // `Since` and `Until` open a clause a person surnamed Day may be the subject of: no day there
  // (mend26A; rules26A gave `Day`).
  {
    kind: "pronoun to non-person",
    text: "Since Mary Day, the first woman elected in Corvale, took office in 2010, the council has changed. \u201cWe did it together,\u201d Day said.",
    quotes: [{ text: "We did it together,", speaker: "Mary Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Until Tom Day, a farmer from Corvale, won in 2019, nobody had won twice. \u201cI got lucky,\u201d Day said.",
    quotes: [{ text: "I got lucky,", speaker: "Tom Day" }],
  },
  // A passive's agent is a name only where the name is its whole noun phrase: not a body's name
  // before a noun (`by Halifax police`, `by Tom Baker's office`), nor a role with its holder set
  // off (`by Acme Manager, Chidi Roe`); those tell no one the clause names (mend26A; rules26A gave
  // `Halifax`, Tom Baker and `Acme Manager`).
  {
    kind: "subject of the clause",
    text: "Lena Fox went to the station. \u201cYou are free to go,\u201d Fox was told by Halifax police.",
    quotes: [{ text: "You are free to go,", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "\u201cThe water is safe,\u201d residents were told by Tom Baker's office.",
    quotes: [{ text: "The water is safe,", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "\u201cYou will be fine,\u201d Tom Baker was told by Acme Manager, Chidi Roe.",
    quotes: [{ text: "You will be fine,", speaker: null }],
  },
  // An instruction (`was told to say`) is no passive of telling the words: the subject said them
  // (mend26A; rules26A gave null).
  {
    kind: "subject of the clause",
    text: "Tom Baker spoke to reporters. \u201cI was told nothing,\u201d he said. \u201cNobody called,\u201d he was told to say.",
    quotes: [
      { text: "I was told nothing,", speaker: "Tom Baker" },
      { text: "Nobody called,", speaker: "Tom Baker" },
    ],
  },
  // A bare description of a person after several people the text gave roles (`Const. Rachel Dube`,
  // `Another owner, Lucy Tran,`, `PhD student Li Wei`) is the one whose role it names, not simply
  // the last named; the last stays when the text gave them no role, the role itself, or names them
  // in the description's own paragraph (rules26C, invented news).
  {
    kind: "description of a named person",
    text: "Const. Rachel Dube said the suspect was arrested Tuesday.\n\nAnother owner, Lucy Tran, said she had installed cameras. \u201cI don\u2019t sleep well,\u201d Tran said.\n\n\u201cEven a small detail can help,\u201d the officer said.",
    quotes: [
      { text: "I don\u2019t sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: "Rachel Dube" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Provost Diane Ledoux announced the freeze.\n\nPhD student Li Wei said rent was the bigger problem. \u201cI pay more for a room,\u201d Li said.\n\n\u201cWe hear students on that,\u201d the provost said.",
    quotes: [
      { text: "I pay more for a room,", speaker: "Li Wei" },
      { text: "We hear students on that,", speaker: "Diane Ledoux" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Student Zara Ahmed said she saw the fight start. Her friend Devon Clarke called 911.\n\n\u201cThere was blood on the sidewalk,\u201d the student said.",
    quotes: [{ text: "There was blood on the sidewalk,", speaker: "Zara Ahmed" }],
  },
  {
    kind: "description of a named person",
    text: "Det. Jane Roe said the store was hit twice.\n\nOwner Tom Baker said he had new locks. \u201cI feel safer,\u201d Baker said.\n\n\u201cWe have a suspect,\u201d the detective said.",
    quotes: [
      { text: "I feel safer,", speaker: "Tom Baker" },
      { text: "We have a suspect,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Student Zara Ahmed said she saw the fight start. Student Devon Clarke called 911.\n\n\u201cThere was blood on the sidewalk,\u201d the student said.",
    quotes: [{ text: "There was blood on the sidewalk,", speaker: "Devon Clarke" }],
  },
  {
    kind: "description of a named person",
    text: "Jane Roe opened the bakery in 1990.\n\n\u201cWe bake every morning,\u201d the baker said.",
    quotes: [{ text: "We bake every morning,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Sen. Tom Baker criticized the bill.\n\nRepublican Jane Roe defends her record in an ad. \u201cI kept my word,\u201d the senator says.",
    quotes: [{ text: "I kept my word,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Police spokesperson M\u00e9lanie Mercille said the victims were 16 and 17.\n\nMall manager Sylvie Gagnon said security would be increased. \u201cWe are asking anyone with video to contact us,\u201d the spokesperson said.",
    quotes: [{ text: "We are asking anyone with video to contact us,", speaker: "M\u00e9lanie Mercille" }],
  },
  // A role written right before the name, past a body's long name that opens the mention
  // (`Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear`), is hers: `the vice-chief`
  // is not the chief named since (rules26C).
  {
    kind: "description of a named person",
    text: "Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear said the case showed a pattern.\n\nRegina Police Chief Farica Prince said an outside agency was investigating. \u201cWe will co-operate,\u201d Prince said.\n\n\u201cIt is a start,\u201d the vice-chief said.",
    quotes: [
      { text: "We will co-operate,", speaker: "Farica Prince" },
      { text: "It is a start,", speaker: "Aly Bear" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Federation of Sovereign Indigenous Nations Vice-Chief Aly Bear said the case showed a pattern.\n\nRegina Police Chief Farica Prince said an outside agency was investigating. \u201cWe will co-operate,\u201d Prince said.\n\n\u201cIt is a start,\u201d the chief said.",
    quotes: [
      { text: "We will co-operate,", speaker: "Farica Prince" },
      { text: "It is a start,", speaker: "Farica Prince" },
    ],
  },
  // `The provost said …. “…,” she said`: the pronoun after a lead-in whose subject is a description
  // is the person the text gave that role, when the description resolves to her; not the last
  // person named of her sex (rules26C).
  {
    kind: "pronoun resolved wrongly",
    text: "Provost Diane Ledoux announced the freeze.\n\nPhD student Li Wei said rent was the bigger problem. \u201cI pay more for a room,\u201d Li said.\n\nThe provost said the university would review housing. \u201cWe hear students on that,\u201d she said.",
    quotes: [
      { text: "I pay more for a room,", speaker: "Li Wei" },
      { text: "We hear students on that,", speaker: "Diane Ledoux" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Const. Rachel Dube said the suspect was arrested Tuesday.\n\nAnother owner, Lucy Tran, said she had installed cameras. \u201cI don\u2019t sleep well,\u201d Tran said.\n\nThe officer said anyone with information should call. \u201cEven a small detail can help,\u201d she said.",
    quotes: [
      { text: "I don\u2019t sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: "Rachel Dube" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Diane Ledoux announced the freeze.\n\nPhD student Li Wei said rent was the bigger problem. \u201cI pay more for a room,\u201d Li said.\n\nThe provost said the university would review housing. \u201cWe hear students on that,\u201d she said.",
    quotes: [
      { text: "I pay more for a room,", speaker: "Li Wei" },
      { text: "We hear students on that,", speaker: null },
    ],
  },
  // `Outside court, the complainant’s mother spoke briefly. “…,” she said`: a phrase of place or
  // time set off before a described subject leaves it the subject, an unnamed person (rules26C).
  // Not a saying set off (`Canada Day, a volunteer said, is …`), nor a description the text names.
  {
    kind: "pronoun resolved wrongly",
    text: "Justice Carol MacEachern thanked the jurors. \u201cYou have done a difficult service,\u201d the judge said.\n\nOutside court, the complainant\u2019s mother spoke briefly. \u201cWe finally feel heard,\u201d she said.",
    quotes: [
      { text: "You have done a difficult service,", speaker: "Carol MacEachern" },
      { text: "We finally feel heard,", speaker: null },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Justice Carol MacEachern thanked the jurors. \u201cYou have done a difficult service,\u201d the judge said.\n\nOutside court, the family\u2019s lawyer, Jane Roe, spoke briefly. \u201cWe finally feel heard,\u201d she said.",
    quotes: [
      { text: "You have done a difficult service,", speaker: "Carol MacEachern" },
      { text: "We finally feel heard,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Justice Carol MacEachern thanked the jurors. \u201cYou have done a difficult service,\u201d the judge said.\n\nOutside court, the judge spoke briefly to reporters. \u201cIt was a hard case,\u201d she said.",
    quotes: [
      { text: "You have done a difficult service,", speaker: "Carol MacEachern" },
      { text: "It was a hard case,", speaker: "Carol MacEachern" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mark Doyle organizes the run. Canada Day, a volunteer said, is the busiest day.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  // `the coach said` past a defenceman quoted since: the one the text titled coach (rules26C).
  {
    kind: "description of a named person",
    text: "Coach Tom Roe of a Thunder Bay youth hockey team has been banned for life.\n\nDefenceman Liam Sutherland said he was glad. \u201cI just want to play,\u201d he said.\n\n\u201cI deny every allegation,\u201d the coach said.",
    quotes: [
      { text: "I just want to play,", speaker: "Liam Sutherland" },
      { text: "I deny every allegation,", speaker: "Tom Roe" },
    ],
  },
  // Two people the text gave the role (`Const. Rachel Dube and Const. Mark Hale`, `Head coach` and
  // `Assistant coach`): a bare description after someone with other roles says not which, and is
  // no one; a title cut short with a stop is that title in full (`Prof.`, `the professor`) (mend26C).
  {
    kind: "description of a named person",
    text: "Const. Rachel Dube and Const. Mark Hale responded to the call.\n\nOwner Lucy Tran said she had installed cameras. \u201cI don't sleep well,\u201d Tran said.\n\n\u201cEven a small detail can help,\u201d the officer said.",
    quotes: [
      { text: "I don't sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Const. Rachel Dube said the suspect fled. Sgt. Paul Lemieux said a dog was used.\n\nOwner Lucy Tran said she had installed cameras. \u201cI don't sleep well,\u201d Tran said.\n\n\u201cEven a small detail can help,\u201d the officer said.",
    quotes: [
      { text: "I don't sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Student Zara Ahmed said she saw the fight. Student Devon Clarke called 911.\n\nProfessor Ann Li said the campus was shaken. \u201cWe are all upset,\u201d Li said.\n\n\u201cThere was blood on the sidewalk,\u201d the student said.",
    quotes: [
      { text: "We are all upset,", speaker: "Ann Li" },
      { text: "There was blood on the sidewalk,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Head coach Tom Roe was banned for life. Assistant coach Mark Doyle takes over.\n\nDefenceman Liam Sutherland said he was glad. \u201cI just want to play,\u201d Sutherland said.\n\n\u201cWe will move on,\u201d the coach said.",
    quotes: [
      { text: "I just want to play,", speaker: "Liam Sutherland" },
      { text: "We will move on,", speaker: null },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Const. Rachel Dube and Const. Ann Hale responded.\n\nOwner Lucy Tran said she had installed cameras. \u201cI don't sleep well,\u201d Tran said.\n\nThe officer said anyone with information should call. \u201cEven a small detail can help,\u201d she said.",
    quotes: [
      { text: "I don't sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Prof. Jane Roe led the study. Student Tom Baker said the results were clear. \u201cIt works,\u201d Baker said.\n\n\u201cWe were surprised,\u201d the professor said.",
    quotes: [
      { text: "It works,", speaker: "Tom Baker" },
      { text: "We were surprised,", speaker: "Jane Roe" },
    ],
  },
  // A firm's noun beside a one-word name (`retailer Sears`, `Sears, the retailer,`) makes it a
  // firm's, which `the company`, `the retailer`, `it` stand for; a person beside such a noun stays one.
  {
    kind: "organisation continuation",
    text: "Retailer Sears plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the company said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "The retailer Sears plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the company said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "Sears, the retailer, plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the retailer said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "Canada's oldest retailer, Sears, plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d it said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "The retailer Sears plans to close stores. The bank Desjardins plans to open branches.\n\n\u201cWe have been forced into this,\u201d the retailer said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "affiliation",
    text: "The retailer's founder, Tom Sears, said he was sad.\n\n\u201cIt hurts,\u201d Sears said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Sears" }],
  },
  {
    kind: "affiliation",
    text: "Bank manager Jane Roe said the branch would close.\n\n\u201cIt hurts,\u201d she said.",
    quotes: [{ text: "It hurts,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "Bank teller Roe said the branch would close.\n\n\u201cIt hurts,\u201d Roe said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Retailer Tom Baker, who owns three stores, said sales were down.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The retailer Sears closed its last store. Its former manager, Tom Sears, said he was sad.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Sears" }],
  },
  // A firm's noun that ends another phrase beside a one-word name leaves it a person's: in an
  // appositive after a preposition (`Roe, a partner at the firm,`), or before the name where the
  // noun's phrase does not open the sentence (`After leaving the company, Roe, 54,`).
  {
    kind: "affiliation",
    text: "Roe, the head of a bank, said rates would rise.\n\n\u201cIt is coming,\u201d she said.",
    quotes: [{ text: "It is coming,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a manager at the bank, said the branch would close.\n\n\u201cIt hurts,\u201d she said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, an employee of the airline, said flights were cut.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a partner at the firm, said the deal was done.\n\n\u201cWe are pleased,\u201d she said.",
    quotes: [{ text: "We are pleased,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a spokesperson for the company, said the plant would close.\n\n\u201cIt is final,\u201d she said.",
    quotes: [{ text: "It is final,", speaker: "Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "After leaving the company, Roe, 54, started a bakery.\n\n\u201cI love it,\u201d she said.",
    quotes: [{ text: "I love it,", speaker: "Roe" }],
  },
  // A saint's abbreviation opening a club's name after `the` is the name's, not a title; the club's nickname then finds it.
  {
    kind: "title inside the attribution",
    text: "The St. Louis Blues beat the Jets 4-2.\n\n\u201cWe played a full 60 minutes,\u201d the Blues said.",
    quotes: [{ text: "We played a full 60 minutes,", speaker: "St. Louis Blues" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe played a full 60 minutes,\u201d the St. Louis Blues said in a tweet.",
    quotes: [{ text: "We played a full 60 minutes,", speaker: "St. Louis Blues" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will appeal,\u201d said the Rev. Jane St. Pierre.",
    quotes: [{ text: "We will appeal,", speaker: "Jane St. Pierre" }],
  },
];
