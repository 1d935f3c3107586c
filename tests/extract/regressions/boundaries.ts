// Regression cases of the kind “boundaries” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const BOUNDARIES: RegressionCase[] = [
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
  {
    kind: "boundaries",
    text: "Jane Roe called the attack “truly cowardly” and promised a full inquiry.",
    quotes: [{ text: "truly cowardly", speaker: "Jane Roe", endsWith: "cowardly" }],
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
    // A single quotation nested in one that never closed does not end it. (Since round 37 the
    // nested one is listed too: a verb of telling frames it, and `my father` is no one named.)
    text: "Jane Roe, the Yukon premier, said: “My father told me ‘never sell the land.’ I never have.\nThe sale was cancelled on Friday.",
    quotes: [
      { text: "My father told me ‘never sell the land.’ I never have.", speaker: "Jane Roe" },
      { text: "never sell the land.", speaker: null },
    ],
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
  // a partial quotation that is the subject of the writer's verb does not run on into it.
  {
    kind: "boundaries",
    text: "Jane Roe told the board on Monday that her repeated warning “this bridge will not last” was ignored for years by the city.",
    quotes: [{ text: "this bridge will not last", speaker: "Jane Roe", endsWith: "will not last" }],
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
  // A closing mark lost before `, a league spokesperson said Tuesday.`: the quotation ends at the comma.
  {
    kind: "boundaries",
    text: "The league said Monday it would review the referee's call.\n“Decisions like this one are reviewed by a panel every week, a league spokesperson said Tuesday. “We expect a ruling within days.”",
    quotes: [
      { text: "Decisions like this one are reviewed by a panel every week,", speaker: null },
      { text: "We expect a ruling within days.", speaker: null },
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
  // Round 37: a quotation nested in someone's quoted words, framed by a verb of saying or
  // thinking or by a colon, is a quotation of its own, listed after its holder. Its speaker is the
  // holder's when the frame's subject is `I` or `we` (past objects and a second verb: `I want to
  // stand up and say`), or a generic `you` that thinks; anyone else the holder reports gets none.
  {
    kind: "boundaries",
    text: "Marta Quist lost her shed to the flood.\n\n“My husband said, ‘When are you going to stop crying?’ I said, ‘I have to cry, it is our whole life.’” Quist said.",
    quotes: [
      {
        text: "My husband said, ‘When are you going to stop crying?’ I said, ‘I have to cry, it is our whole life.’",
        speaker: "Marta Quist",
      },
      { text: "When are you going to stop crying?", speaker: null },
      { text: "I have to cry, it is our whole life.", speaker: "Marta Quist" },
    ],
  },
  {
    kind: "boundaries",
    text: "“We are done waiting. We are finally telling the federal government: ‘Stop the delays now,’” Premier Lise Arden said on Tuesday.",
    quotes: [
      { text: "We are done waiting. We are finally telling the federal government: ‘Stop the delays now,’", speaker: "Lise Arden" },
      { text: "Stop the delays now,", speaker: "Lise Arden" },
    ],
  },
  {
    kind: "boundaries",
    text: "Chief Ben Tallow spoke after the vote.\n\n“I want to put this in front of them and say ‘you signed the declaration, so honour it,’” Tallow said.",
    quotes: [
      { text: "I want to put this in front of them and say ‘you signed the declaration, so honour it,’", speaker: "Ben Tallow" },
      { text: "you signed the declaration, so honour it,", speaker: "Ben Tallow" },
    ],
  },
  {
    kind: "boundaries",
    text: "“I hate the lineup at the counter,” said shopper Nell Grady. “You come in for milk and think, ‘Oh, it is only a couple of dollars.’”",
    quotes: [
      { text: "I hate the lineup at the counter,", speaker: "Nell Grady" },
      { text: "You come in for milk and think, ‘Oh, it is only a couple of dollars.’", speaker: "Nell Grady" },
      { text: "Oh, it is only a couple of dollars.", speaker: "Nell Grady" },
    ],
  },
  // Others the holder reports say their words themselves: `people say`, `he told us`.
  {
    kind: "boundaries",
    text: "Resident Omar Pell has rebuilt twice.\n\n“People just say to us, ‘It is only stuff, you can buy it again,’ but it is not,” Pell said.",
    quotes: [
      { text: "People just say to us, ‘It is only stuff, you can buy it again,’ but it is not,", speaker: "Omar Pell" },
      { text: "It is only stuff, you can buy it again,", speaker: null },
    ],
  },
  // A passive frame's subject only heard the words: `I was asked`.
  {
    kind: "boundaries",
    text: "“I was asked, ‘Whose oil is this?’ and I had no answer,” said Wes Darrow, who runs the marina.",
    quotes: [
      { text: "I was asked, ‘Whose oil is this?’ and I had no answer,", speaker: "Wes Darrow" },
      { text: "Whose oil is this?", speaker: null },
    ],
  },
  // Controls: a single quoted word, and a name no verb frames, stay inside their holder.
  {
    kind: "boundaries",
    text: "“The same judge has said ‘guilty’ and then changed his mind,” defence lawyer Ada Penn said.",
    quotes: [{ text: "The same judge has said ‘guilty’ and then changed his mind,", speaker: "Ada Penn" }],
  },
  {
    kind: "boundaries",
    text: "“We call it the ‘Ring of Fire’ region because it burns every summer,” said fire chief Dale Ruskin.",
    quotes: [{ text: "We call it the ‘Ring of Fire’ region because it burns every summer,", speaker: "Dale Ruskin" }],
  },
  // A frame of `be` after a noun of speech or thought gives its words too (`My last words to him
  // were ‘…’`), the holder's own when `I`, `we`, `my` or `our` stands before the verb; and a second
  // quotation joined to a framed one by `and` or `or` is framed as that one is.
  {
    kind: "boundaries",
    text: "“My last words to him were ‘drive safe, son,’” said Hal Brenner, whose son died in the crash.",
    quotes: [
      { text: "My last words to him were ‘drive safe, son,’", speaker: "Hal Brenner" },
      { text: "drive safe, son,", speaker: "Hal Brenner" },
    ],
  },
  {
    kind: "boundaries",
    text: "“The lifeguard kept talking to him and said, ‘Hold the rope’ and ‘Look at me,’” witness Rea Dunmore said.",
    quotes: [
      { text: "The lifeguard kept talking to him and said, ‘Hold the rope’ and ‘Look at me,’", speaker: "Rea Dunmore" },
      { text: "Hold the rope", speaker: null },
      { text: "Look at me,", speaker: null },
    ],
  },
  // Control: `be` with no noun of speech before it gives no one's words (`The plan is ‘…’`).
  {
    kind: "boundaries",
    text: "“The plan is ‘far too costly’ for a town this size,” councillor Mae Orton said.",
    quotes: [{ text: "The plan is ‘far too costly’ for a town this size,", speaker: "Mae Orton" }],
  },
  // A review of invented texts (round 37) found the first frames reached too far. A nested
  // quotation is no one's speech when a thing's words are printed (`The sign said ‘…’`), when
  // its words run on into the holder's sentence as a title or term does (`said ‘Romeo and Juliet’
  // was`), or when a colon follows no verb of saying (`We have a new slogan: ‘…’`). And the holder
  // does not say it when another person is the verb's subject (`The officer I spoke to said`),
  // when the words went unsaid (`I never said`), or when a possessive noun owns them (`My
  // parents’ words were`). `I was thinking` is no passive, and `it’s like, ‘…’` quotes.
  {
    kind: "boundaries",
    text: "“The sign said ‘No Entry’ but we went in anyway,” said hiker Jo Marsh.",
    quotes: [{ text: "The sign said ‘No Entry’ but we went in anyway,", speaker: "Jo Marsh" }],
  },
  {
    kind: "boundaries",
    text: "“He said ‘Romeo and Juliet’ was his favourite,” said teacher Amy Roth.",
    quotes: [{ text: "He said ‘Romeo and Juliet’ was his favourite,", speaker: "Amy Roth" }],
  },
  {
    kind: "boundaries",
    text: "“We have a new slogan: ‘Build it here,’” said minister Joy Ng.",
    quotes: [{ text: "We have a new slogan: ‘Build it here,’", speaker: "Joy Ng" }],
  },
  {
    kind: "boundaries",
    text: "“The officer I spoke to said, ‘Go home and wait,’” said Lana Fisk.",
    quotes: [
      { text: "The officer I spoke to said, ‘Go home and wait,’", speaker: "Lana Fisk" },
      { text: "Go home and wait,", speaker: null },
    ],
  },
  {
    kind: "boundaries",
    text: "“I never said, ‘Cut the budget,’” said Finance Minister Paul Wren.",
    quotes: [
      { text: "I never said, ‘Cut the budget,’", speaker: "Paul Wren" },
      { text: "Cut the budget,", speaker: null },
    ],
  },
  {
    kind: "boundaries",
    text: "“My parents’ words were ‘Never give up,’” said athlete Zoe Kerr.",
    quotes: [
      { text: "My parents’ words were ‘Never give up,’", speaker: "Zoe Kerr" },
      { text: "Never give up,", speaker: null },
    ],
  },
  {
    kind: "boundaries",
    text: "“I was thinking, ‘Don’t panic, just breathe,’” said Kim Sato.",
    quotes: [
      { text: "I was thinking, ‘Don’t panic, just breathe,’", speaker: "Kim Sato" },
      { text: "Don’t panic, just breathe,", speaker: "Kim Sato" },
    ],
  },
  {
    kind: "boundaries",
    text: "“If you talk to her it’s like, ‘I’m going to win the next one,’” her coach said of sprinter Lia Moss.",
    quotes: [
      { text: "If you talk to her it’s like, ‘I’m going to win the next one,’", speaker: null },
      { text: "I’m going to win the next one,", speaker: null },
    ],
  },
  // A colon after a noun of what is said frames the words too, a be-frame's noun may also be a
  // writing's (`Our message to Ottawa is`), and a person noun can be who `goes, ‘…’`.
  {
    kind: "boundaries",
    text: "“I have one message for Ottawa: ‘Pay your fair share,’” said Premier Ann Booth.",
    quotes: [
      { text: "I have one message for Ottawa: ‘Pay your fair share,’", speaker: "Ann Booth" },
      // The holder's own message since the second review: `I` owns the noun's clause.
      { text: "Pay your fair share,", speaker: "Ann Booth" },
    ],
  },
  {
    kind: "boundaries",
    text: "“Our message to Ottawa is, ‘Fix the ferries,’” said Premier Ann Booth.",
    quotes: [
      { text: "Our message to Ottawa is, ‘Fix the ferries,’", speaker: "Ann Booth" },
      { text: "Fix the ferries,", speaker: "Ann Booth" },
    ],
  },
  {
    kind: "boundaries",
    text: "“I walked in and the manager goes, ‘You’re late again,’” said cashier Cole Byrd.",
    quotes: [
      { text: "I walked in and the manager goes, ‘You’re late again,’", speaker: "Cole Byrd" },
      { text: "You’re late again,", speaker: null },
    ],
  },
  // A second review (round 37) found printed words whose thing stands further from the verb
  // (`The note on my windshield said`, `The Bible says`, `The T-shirts said`), the holder's own
  // words past a verb or a noun (`I remember thinking`, `I used to say`, `My message to Ottawa is
  // simple:`), words the holder says are not said (`I’m not going to stand here and say`: listed,
  // no one's), and a person the text names as the subject (`Justice Molloy said`).
  {
    kind: "boundaries",
    text: "“The note on my windshield said, ‘Move your car or it will be towed,’” said driver Amy Fung.",
    quotes: [{ text: "The note on my windshield said, ‘Move your car or it will be towed,’", speaker: "Amy Fung" }],
  },
  {
    kind: "boundaries",
    text: "“The Bible says, ‘Love thy neighbour,’ and that’s what we try to do,” said pastor Ruth Obi.",
    quotes: [{ text: "The Bible says, ‘Love thy neighbour,’ and that’s what we try to do,", speaker: "Ruth Obi" }],
  },
  {
    kind: "boundaries",
    text: "“The T-shirts said ‘Every Child Matters’ and we wore them with pride,” said teacher Dawn Bear.",
    quotes: [{ text: "The T-shirts said ‘Every Child Matters’ and we wore them with pride,", speaker: "Dawn Bear" }],
  },
  {
    kind: "boundaries",
    text: "“I remember thinking, ‘We’re not going to make it out of here,’” said survivor Aisha Mohamed.",
    quotes: [
      { text: "I remember thinking, ‘We’re not going to make it out of here,’", speaker: "Aisha Mohamed" },
      { text: "We’re not going to make it out of here,", speaker: "Aisha Mohamed" },
    ],
  },
  {
    kind: "boundaries",
    text: "“My message to Ottawa is simple: ‘Give us the tools and we will do the job,’” said Premier Scott Moe.",
    quotes: [
      { text: "My message to Ottawa is simple: ‘Give us the tools and we will do the job,’", speaker: "Scott Moe" },
      { text: "Give us the tools and we will do the job,", speaker: "Scott Moe" },
    ],
  },
  {
    kind: "boundaries",
    text: "“I’m not going to stand here and say, ‘Everything is fine,’” said Premier Dana Smyth.",
    quotes: [
      { text: "I’m not going to stand here and say, ‘Everything is fine,’", speaker: "Dana Smyth" },
      { text: "Everything is fine,", speaker: null },
    ],
  },
  {
    kind: "boundaries",
    text: "Justice Ann Molloy sentenced Drew Hale to life on Friday.\n\n“Justice Molloy said, ‘This is a tragedy for everyone,’ and I agree,” said defence lawyer Alex Hart.",
    quotes: [
      { text: "Justice Molloy said, ‘This is a tragedy for everyone,’ and I agree,", speaker: "Alex Hart" },
      { text: "This is a tragedy for everyone,", speaker: "Ann Molloy" },
    ],
  },
  // A frame's verb may stand a few words before the comma, past its object or a phrase of where or
  // when (`I told the minister, ‘…’`, `I said at the time, ‘…’`); verbs of crying out frame words
  // (`We were yelling, ‘…’`); a cleft's `be` gives its verb's words (`All he said was, ‘…’`); and a
  // condition anywhere before the verb makes the words supposed (`I believe if Forcillo asked`).
  {
    kind: "boundaries",
    text: "“I told the minister, ‘We cannot wait another year for this bridge,’” Mayor Jim Watts said.",
    quotes: [
      { text: "I told the minister, ‘We cannot wait another year for this bridge,’", speaker: "Jim Watts" },
      { text: "We cannot wait another year for this bridge,", speaker: "Jim Watts" },
    ],
  },
  {
    kind: "boundaries",
    text: "“I said at the time, ‘This will cost lives,’ and it did,” said former chief coroner David Wills.",
    quotes: [
      { text: "I said at the time, ‘This will cost lives,’ and it did,", speaker: "David Wills" },
      { text: "This will cost lives,", speaker: "David Wills" },
    ],
  },
  {
    kind: "boundaries",
    text: "“We were yelling, ‘Get off the ice!’ but he couldn’t hear us,” said fisherman Mark Leduc.",
    quotes: [
      { text: "We were yelling, ‘Get off the ice!’ but he couldn’t hear us,", speaker: "Mark Leduc" },
      { text: "Get off the ice!", speaker: "Mark Leduc" },
    ],
  },
  {
    kind: "boundaries",
    text: "“All he said was, ‘Get in the truck,’” said witness Nora Pike.",
    quotes: [
      { text: "All he said was, ‘Get in the truck,’", speaker: "Nora Pike" },
      { text: "Get in the truck,", speaker: null },
    ],
  },
  {
    kind: "boundaries",
    text: "Constable Ray Forbes shot Sami Hadid in 2013.\n\n“I believe if Forbes asked my son, ‘What is your name?’ he would be alive,” said his mother, Dana Hadid.",
    quotes: [
      { text: "I believe if Forbes asked my son, ‘What is your name?’ he would be alive,", speaker: "Dana Hadid" },
      { text: "What is your name?", speaker: null },
    ],
  },
  // Control: `be` and a subject between a verb and the words make them another clause's.
  {
    kind: "boundaries",
    text: "“I told the council it was ‘a done deal,’ and they laughed,” said developer Ian Roe.",
    quotes: [{ text: "I told the council it was ‘a done deal,’ and they laughed,", speaker: "Ian Roe" }],
  },
  // A third review (round 37) of the frames past an object: a title the sentence names after a
  // comma is no one's words (`thought about the song, ‘…,’`, `told my son, ‘The Lion King’ is`); a
  // cry frames only words set off by a comma (`pleaded ‘not guilty’`); a cleft about a topic gives
  // none (`All I thought about was ‘Game 7’`); a modal is no denial (`All I could say was`), nor
  // `if` after `asked` a condition; `We all said` is the holder's; a name that is the first
  // clause's object is not the second verb's subject (`I looked at Tory and said`); and a given
  // name that is not the member's is someone else (`Rob Ford told me` is not Doug Ford).
  {
    kind: "boundaries",
    text: "“I thought about the song, ‘Four Strong Winds,’ the whole drive home,” said biographer Lisa Hart.",
    quotes: [{ text: "I thought about the song, ‘Four Strong Winds,’ the whole drive home,", speaker: "Lisa Hart" }],
  },
  {
    kind: "boundaries",
    text: "“I told my son, ‘The Lion King’ is playing downtown this week,” said Rosa Mendes.",
    quotes: [{ text: "I told my son, ‘The Lion King’ is playing downtown this week,", speaker: "Rosa Mendes" }],
  },
  {
    kind: "boundaries",
    text: "“My client pleaded ‘not guilty’ and we will fight this,” said lawyer Marie Henein.",
    quotes: [{ text: "My client pleaded ‘not guilty’ and we will fight this,", speaker: "Marie Henein" }],
  },
  {
    kind: "boundaries",
    text: "“All I thought about was ‘Game 7,’ honestly,” said goalie Carey Price.",
    quotes: [{ text: "All I thought about was ‘Game 7,’ honestly,", speaker: "Carey Price" }],
  },
  {
    kind: "boundaries",
    text: "“All I could say was, ‘Oh my God,’” said neighbour Gary Burns.",
    quotes: [
      { text: "All I could say was, ‘Oh my God,’", speaker: "Gary Burns" },
      { text: "Oh my God,", speaker: "Gary Burns" },
    ],
  },
  {
    kind: "boundaries",
    text: "“They asked me if I was scared and I said, ‘Not one bit,’” said skater Kaitlyn Brooks.",
    quotes: [
      { text: "They asked me if I was scared and I said, ‘Not one bit,’", speaker: "Kaitlyn Brooks" },
      { text: "Not one bit,", speaker: "Kaitlyn Brooks" },
    ],
  },
  {
    kind: "boundaries",
    text: "“We all said, ‘Let’s do this,’ and we did,” said captain Ty Begay.",
    quotes: [
      { text: "We all said, ‘Let’s do this,’ and we did,", speaker: "Ty Begay" },
      { text: "Let’s do this,", speaker: "Ty Begay" },
    ],
  },
  {
    kind: "boundaries",
    text: "Mayor Olivia Chow met John Tory on Monday.\n\n“I looked at Tory and said, ‘We can do this together,’” Chow said.",
    quotes: [
      { text: "I looked at Tory and said, ‘We can do this together,’", speaker: "Olivia Chow" },
      { text: "We can do this together,", speaker: "Olivia Chow" },
    ],
  },
  {
    kind: "boundaries",
    text: "Premier Doug Ford spoke at the event.\n\n“Rob Ford told me once, ‘Never forget the little guy,’” said Coun. Mike Layne.",
    quotes: [
      { text: "Rob Ford told me once, ‘Never forget the little guy,’", speaker: "Mike Layne" },
      { text: "Never forget the little guy,", speaker: null },
    ],
  },
  // `The only thing he said to me was, ‘…’`, `The first thing I said was, ‘…’`: a cleft opened by `thing`.
  {
    kind: "boundaries",
    text: "“The first thing I said was, ‘Is everybody OK?’” said paramedic Jon Ivey.",
    quotes: [
      { text: "The first thing I said was, ‘Is everybody OK?’", speaker: "Jon Ivey" },
      { text: "Is everybody OK?", speaker: "Jon Ivey" },
    ],
  },
  {
    kind: "boundaries",
    text: "“The only thing he said to me was, ‘Keep your head up,’” said forward Zach Hyde.",
    quotes: [
      { text: "The only thing he said to me was, ‘Keep your head up,’", speaker: "Zach Hyde" },
      { text: "Keep your head up,", speaker: null },
    ],
  },
  // An object or a phrase of when and where up to seven words long: `I told Premier Doug Ford’s
  // chief of staff, ‘…’`, `he said to us partway through the conversation, ‘…’`.
  {
    kind: "boundaries",
    text: "“I told Premier Dan Roth’s chief of staff, ‘We are running out of time,’” said Mayor Bonnie Crane.",
    quotes: [
      { text: "I told Premier Dan Roth’s chief of staff, ‘We are running out of time,’", speaker: "Bonnie Crane" },
      { text: "We are running out of time,", speaker: "Bonnie Crane" },
    ],
  },
  {
    kind: "boundaries",
    text: "“I’m on the phone and he said to us partway through the conversation, ‘I gotta pull off.’ And he was upset,” said Laura Penn.",
    quotes: [
      {
        text: "I’m on the phone and he said to us partway through the conversation, ‘I gotta pull off.’ And he was upset,",
        speaker: "Laura Penn",
      },
      { text: "I gotta pull off.", speaker: null },
    ],
  },
  // Control: a long object that ends in a thing the sentence names is no frame.
  {
    kind: "boundaries",
    text: "“We told reporters about the province’s brand new jobs program, ‘Work Ready Ontario,’ on Friday,” said organizer Jill Moss.",
    quotes: [
      { text: "We told reporters about the province’s brand new jobs program, ‘Work Ready Ontario,’ on Friday,", speaker: "Jill Moss" },
    ],
  },
];
