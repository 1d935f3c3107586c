// Regression cases of the kind “person named since the last speaker” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const PERSON_NAMED_SINCE_THE_LAST_SPEAKER: RegressionCase[] = [
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
  // `the premier` is the person named since the last speaker, known by his full name from a quotation.
  {
    kind: "person named since the last speaker",
    text: "“Doug Ford cut the increase when he took office,” Andrea Horwath told reporters.\nFord defended his record. Asked about the reversal, the premier said: “We did what was right for the economy.”",
    quotes: [
      { text: "Doug Ford cut the increase when he took office,", speaker: "Andrea Horwath" },
      { text: "We did what was right for the economy.", speaker: "Doug Ford" },
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
    // A paragraph of facts that names no one between a speaker's quotation and a bare one.
    kind: "person named since the last speaker",
    text: "Council met on Tuesday.\n\n“We kept the increase to two per cent, which was my first goal,” said Mayor Ann Lee.\n\nThe cuts left the city with a $50-million gap, and several projects were delayed.\n\n“I know that does not please everyone.”",
    quotes: [
      { text: "We kept the increase to two per cent, which was my first goal,", speaker: "Ann Lee" },
      { text: "I know that does not please everyone.", speaker: "Ann Lee" },
    ],
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
  // Whoever asks in a `when` clause after a verb of saying sets the scene; the answerer keeps the floor.
  {
    kind: "person named since the last speaker",
    text: "“Not at all,” Chief Tom Baker said when radio host Sam Lee asked whether he would step aside.\n\n“I was hired to finish this job and I will finish it,” he said.",
    quotes: [
      { text: "Not at all,", speaker: "Tom Baker" },
      { text: "I was hired to finish this job and I will finish it,", speaker: "Tom Baker" },
    ],
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
  // … and the last speaker named again as that subject keeps the pronoun, whatever place follows in the sentence.
  {
    kind: "person named since the last speaker",
    text: '“We honked the whole way,” Jim Tallow says.\n\nThe city is planning a parade.\n\nJim Tallow drove more than 900 kilometres from Riverton B.C. to see the parade. "I would not miss this for anything," he said.',
    quotes: [
      { text: "We honked the whole way,", speaker: "Jim Tallow" },
      { text: "I would not miss this for anything,", speaker: "Jim Tallow" },
    ],
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
  // As above, two paragraphs up past one that names no one: Roe, who reports, goes on speaking,
  // not the unnamed neighbour inside her clause after `that`.
  {
    kind: "person named since the last speaker",
    text: "Resident Ann Lee posted about the fire on Monday. Lee wrote that she was outside when a neighbour shouted about the smoke.\n\nThe fire started in the kitchen of a home on Elm Street.\n\n\u201cI ran out and saw flames on the roof.\u201d",
    quotes: [{ text: "I ran out and saw flames on the roof.", speaker: "Ann Lee" }],
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
  // A person the paragraph above brings in, with a role, as its last sentence's (or its last
  // `but` clause's) subject, after whoever spoke there: the bare quotation below is theirs
  // (round 38, from r58).
  {
    kind: "person named since the last speaker",
    text: "Last week, Mayor Jane Roe said she expected a \u2018significant update\u2019 at the meeting, but Calgary-based sports economist Tom Baker does not expect many specifics.\n\n\u201cIt's going to be just a bunch of nonsense to tell people nobody needs to panic.\u201d",
    quotes: [
      { text: "significant update", speaker: "Jane Roe" },
      { text: "It's going to be just a bunch of nonsense to tell people nobody needs to panic.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "The committee meets on Wednesday. Sports economist Tom Baker does not expect many specifics.\n\n\u201cIt's going to be just a bunch of nonsense.\u201d",
    quotes: [{ text: "It's going to be just a bunch of nonsense.", speaker: "Tom Baker" }],
  },
  // Control: a person named inside the sentence, not opening it, has not taken the floor.
  {
    kind: "person named since the last speaker",
    text: "\u201cWe will win,\u201d said Mayor Jane Roe on Monday.\n\nThe court heard from pathologist Tom Baker last week.\n\n\u201cThe economy matters more than anything.\u201d",
    quotes: [
      { text: "We will win,", speaker: "Jane Roe" },
      { text: "The economy matters more than anything.", speaker: null },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "The committee meets on Wednesday. Transit advocate Jane Roe doesn\u2019t expect much from it.\n\n\u201cWe have heard these promises for ten years.\u201d",
    quotes: [{ text: "We have heard these promises for ten years.", speaker: "Jane Roe" }],
  },
  // Controls from a review (round 38): what the last sentence says a person did (`found`), or that
  // they did not speak (`did not return calls`), brings in no speaker; the one before goes on.
  {
    kind: "person named since the last speaker",
    text: "Tenant Rosa Diaz said her rent has doubled. Landlord Victor Crane did not return calls.\n\n\u201cI cannot afford to stay, and I cannot afford to leave.\u201d",
    quotes: [{ text: "I cannot afford to stay, and I cannot afford to leave.", speaker: "Rosa Diaz" }],
  },
  {
    kind: "person named since the last speaker",
    text: "\u201cWe have to act now,\u201d said Environment Minister Rosa Hale.\n\nHale's announcement follows a report last year. Climatologist Ben Ures found that the lake had warmed two degrees.\n\n\u201cMy ministry will bring in new rules this spring.\u201d",
    quotes: [
      { text: "We have to act now,", speaker: "Rosa Hale" },
      { text: "My ministry will bring in new rules this spring.", speaker: "Rosa Hale" },
    ],
  },
  // A paragraph of narration that names only the last speaker (or speaks of them speaking)
  // between their quotation and a bare one: still their turn (round 39, from r48 and r54).
  {
    kind: "person named since the last speaker",
    text: "\u201cDo something with my life,\u201d said Alma Kocialek, speaking from her condo.\n\nShe lives alone and walks to the lake. While at school, Kocialek drove herself to the station each day.\n\n\u201cAll my friends had a degree. I wanted one too.\u201d",
    quotes: [
      { text: "Do something with my life,", speaker: "Alma Kocialek" },
      { text: "All my friends had a degree. I wanted one too.", speaker: "Alma Kocialek" },
    ],
  },
  {
    kind: "person named since the last speaker",
    text: "\u201cI will never forgive him,\u201d said Sahar Roe.\n\nA photograph of her son as a boy was shown in court as Roe spoke.\n\n\u201cHuman life matters. My son mattered.\u201d",
    quotes: [
      { text: "I will never forgive him,", speaker: "Sahar Roe" },
      { text: "Human life matters. My son mattered.", speaker: "Sahar Roe" },
    ],
  },
  // Control: a paragraph that names another person ends the turn.
  {
    kind: "person named since the last speaker",
    text: "\u201cI will never forgive him,\u201d said Sahar Roe.\n\nA photograph of her son, Sam Roe, was shown in court as Roe spoke.\n\n\u201cHuman life matters. My son mattered.\u201d",
    quotes: [
      { text: "I will never forgive him,", speaker: "Sahar Roe" },
      { text: "Human life matters. My son mattered.", speaker: null },
    ],
  },
];
