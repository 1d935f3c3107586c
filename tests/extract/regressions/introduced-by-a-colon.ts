// Regression cases of the kind “introduced by a colon” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const INTRODUCED_BY_A_COLON: RegressionCase[] = [
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
  // Before a colon, the clause's subject speaks, not the last name in it; a bare label still does.
  {
    kind: "introduced by a colon",
    text: "The row went on all week.\nParty leader Jane Roe delivered a blunt message to Tom Baker: “It is time to stop attacking your colleagues.”\nMargaret Booth: “We agree with every word she said.”",
    quotes: [
      { text: "It is time to stop attacking your colleagues.", speaker: "Jane Roe" },
      { text: "We agree with every word she said.", speaker: "Margaret Booth" },
    ],
  },
  // `The X Foundation describes itself …:` introduces the quotation below; `The` opens the name.
  {
    kind: "introduced by a colon",
    text: "Tom Baker joined the board in May.\nThe Roe Foundation puts its aim this way:\n“Wherever we plant a garden, we hope to hand it to the neighbours.”",
    quotes: [{ text: "Wherever we plant a garden, we hope to hand it to the neighbours.", speaker: "Roe Foundation" }],
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
  // An interview set out as question and answer: the one asked answers, not a place named in the question.
  {
    kind: "introduced by a colon",
    text: "Premier Tom Baker smiled through a string of questions from reporters.\n\nIs he going to Saskatoon tomorrow?: “I will be there at some point.”\n\nWill he stop in Yorkton?: “I always have meetings.”",
    quotes: [
      { text: "I will be there at some point.", speaker: "Tom Baker" },
      { text: "I always have meetings.", speaker: "Tom Baker" },
    ],
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
  // `Jane Roe, Ontario vice-president of the Lakeview Grocers: “…”`: a signature line whose
  // description is a bare role; the name that opens the verbless clause signs, not the role.
  {
    kind: "introduced by a colon",
    text: "Reactions to the budget:\n\nDana Whitfield, Ontario vice-president of the Lakeview Federation of Independent Grocers: \u201cThe plan to rein in spending is very positive.\u201d",
    quotes: [{ text: "The plan to rein in spending is very positive.", speaker: "Dana Whitfield" }],
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
  // A cleft (`It was … when Justice Tom Varga read …:`) sets a time first; the subject after
  // `when` introduces the quotation, never the empty `it`.
  {
    kind: "introduced by a colon",
    text: "It was just after noon, inside a crowded Courtroom 9 in Pellston, when Justice Tom Varga read the last line of his ruling: \u201cI find Mr. Oakes guilty of both counts.\u201d",
    quotes: [{ text: "I find Mr. Oakes guilty of both counts.", speaker: "Tom Varga" }],
  },
  // A modal verb (`would tell`) in a clause of its own, after a comma that closes the clause of
  // an earlier `said`: the modal is no part of what `said` reports, and its subject speaks.
  {
    kind: "introduced by a colon",
    text: "After Mara Quill said no to the merger, Oren Dask would tell the board: \u201cWe are finished with these talks.\u201d",
    quotes: [{ text: "We are finished with these talks.", speaker: "Oren Dask" }],
  },
  // A team's position that is also a common word (`forward`, `centre`, `guard`, `skip`) between
  // the team's name and a player's given name: the player is the subject before the colon, not
  // the team. Not a verb before a name in the possessive (`Tories skip Jane Roe’s town hall`).
  {
    kind: "introduced by a colon",
    text: "Oilers forward Zach Hyman had a message for fans: \u201cWe\u2019re not done yet.\u201d",
    quotes: [{ text: "We\u2019re not done yet.", speaker: "Zach Hyman" }],
  },
  {
    kind: "introduced by a colon",
    text: "Canada skip Rachel Homan was blunt after the loss: \u201cWe didn\u2019t make our shots.\u201d",
    quotes: [{ text: "We didn\u2019t make our shots.", speaker: "Rachel Homan" }],
  },
  {
    kind: "introduced by a colon",
    text: "Canadiens centre Nick Suzuki put it plainly: \u201cWe need to be better at home.\u201d",
    quotes: [{ text: "We need to be better at home.", speaker: "Nick Suzuki" }],
  },
  {
    kind: "introduced by a colon",
    text: "Tories skip Jane Roe\u2019s town hall: \u201cWe had other plans this weekend.\u201d",
    quotes: [{ text: "We had other plans this weekend.", speaker: "Tories" }],
  },
  // A position that is also a common word is the verb, its object the name, after a plural
  // that is no club's nickname (`Liberals centre Mark Carney`); after a club's nickname or a
  // singular name it names the player (`Raptors guard`, `Team Canada centre`, `Security guard`).
  {
    kind: "introduced by a colon",
    text: "Liberals centre Mark Carney in new ad: \u201cHe is the leader for this moment.\u201d",
    quotes: [{ text: "He is the leader for this moment.", speaker: null }],
  },
  {
    kind: "introduced by a colon",
    text: "Voters skip Mark Carney town hall: \u201cWe had better things to do.\u201d",
    quotes: [{ text: "We had better things to do.", speaker: null }],
  },
  {
    kind: "introduced by a colon",
    text: "Tories skip Pierre Poilievre rally, saying: \u201cWe had other plans.\u201d",
    quotes: [{ text: "We had other plans.", speaker: "Tories" }],
  },
  {
    kind: "introduced by a colon",
    text: "Raptors guard Immanuel Quickley was frank: \u201cWe have to defend.\u201d",
    quotes: [{ text: "We have to defend.", speaker: "Immanuel Quickley" }],
  },
  {
    kind: "introduced by a colon",
    text: "Team Canada centre Sidney Crosby was clear: \u201cWe want gold.\u201d",
    quotes: [{ text: "We want gold.", speaker: "Sidney Crosby" }],
  },
  {
    kind: "introduced by a colon",
    text: "Security guard Jane Roe was on duty that night: \u201cI heard glass break.\u201d",
    quotes: [{ text: "I heard glass break.", speaker: "Jane Roe" }],
  },
  {
    kind: "introduced by a colon",
    text: "Moving forward, Roe said the plan was simple: \u201cWe build.\u201d",
    quotes: [{ text: "We build.", speaker: "Roe" }],
  },
  // `a comment from X:`: the words came from X, whatever the clause's subject (a capitalised
  // common noun opening the sentence, `Banjo music`, named no one); an unnamed X speaks unnamed.
  {
    kind: "introduced by a colon",
    text: "The crowd was loud. Banjo music filled the hall, and a comment from Mayor Jane Roe: \u201cWelcome to the show, everyone.\u201d",
    quotes: [{ text: "Welcome to the show, everyone.", speaker: "Jane Roe" }],
  },
  {
    kind: "introduced by a colon",
    text: "The team was subjected to taunts. Drum music played by a laughing DJ, and a biting comment from the opposing coach: \u201cGo home, all of you.\u201d",
    quotes: [{ text: "Go home, all of you.", speaker: null }],
  },
  {
    kind: "introduced by a colon",
    text: "Fans cheered. Organ music played, followed by a plea from the team's captain: \u201cPlease stay safe tonight.\u201d",
    quotes: [{ text: "Please stay safe tonight.", speaker: null }],
  },
  {
    kind: "introduced by a colon",
    text: "Jane Roe said she was moved by the words from her coach: \u201cKeep your head up.\u201d",
    quotes: [{ text: "Keep your head up.", speaker: null }],
  },
  {
    kind: "introduced by a colon",
    text: "Jane Roe opened the mail. Inside was a card from her grandson: \u201cHappy birthday, Nana.\u201d",
    quotes: [{ text: "Happy birthday, Nana.", speaker: null }],
  },
  // Asked about what came from someone: the answer is the one asked's.
  {
    kind: "introduced by a colon",
    text: "Jane Roe was asked about a post from Premier Tom Baker: \u201cI haven't read it.\u201d",
    quotes: [{ text: "I haven't read it.", speaker: "Jane Roe" }],
  },
  // A bare role joined by `and` read as the subject before the colon runs on to the name it qualifies.
  {
    kind: "introduced by a colon",
    text: "South Sudanese-Canadian activist and artist Emmanuel Jal brought some big news to his festival set: \u201cI became a Canadian this month.\u201d",
    quotes: [{ text: "I became a Canadian this month.", speaker: "Emmanuel Jal" }],
  },
  {
    kind: "introduced by a colon",
    text: "Local activist and artist Jane Roe had a message for council: \u201cFund the arts.\u201d",
    quotes: [{ text: "Fund the arts.", speaker: "Jane Roe" }],
  },
  // Nor before a colon: `Retired teachers in Nova Scotia have a message` names no one.
  {
    kind: "introduced by a colon",
    text: "Retired teachers in Nova Scotia have a message for the premier: \u201cKeep your promise.\u201d",
    quotes: [{ text: "Keep your promise.", speaker: null }],
  },
  // A transcript's label whose colon was dropped: a full name, after its roles, running right up to the mark at a paragraph's start (round 35, before: the label above).
  {
    kind: "introduced by a colon",
    text: "Opposition Leader Tom Baker: \u201cWe need something done now.\u201d\n\nConservative MP Shannon Roe \u201cBut will they scrap their pipelines bill?\u201d\n\nEnvironment Minister Jane Doe: \u201cThe party opposite has no plan.\u201d",
    quotes: [
      { text: "We need something done now.", speaker: "Tom Baker" },
      { text: "But will they scrap their pipelines bill?", speaker: "Shannon Roe" },
      { text: "The party opposite has no plan.", speaker: "Jane Doe" },
    ],
  },
  // Control: a name after a clause's opener, its sentence going on past the quotation, is no label; the words keep the speaker they had (the one before).
  {
    kind: "introduced by a colon",
    text: "Tom Baker spoke first.\n\nWhen Jane Roe \u201ctook the stage at the rally\u201d the crowd cheered.",
    quotes: [{ text: "took the stage at the rally", speaker: "Tom Baker" }],
  },
];
