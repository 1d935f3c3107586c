// Regression cases of the kind “unnamed person” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const UNNAMED_PERSON: RegressionCase[] = [
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
  // A place tied to the description by a preposition stands between it and its verb: the woman shouted.
  {
    kind: "unnamed person",
    text: "Mayor Tom Baker opened the meeting on Monday.\n\n“Shame on all of you,” a woman in the back row shouted.",
    quotes: [{ text: "Shame on all of you,", speaker: null }],
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
  // `Another, living in New Glasgow, N.S., wrote`: the place (its `New` split off) is inside the appositive; nobody is named.
  {
    kind: "unnamed person",
    text: "The tenants’ union shared dozens of letters. Another, living in New Glasgow, N.S., wrote, “My heat has been off since November.”",
    quotes: [{ text: "My heat has been off since November.", speaker: null }],
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
  // `a photo of the officers` introduces a photo, not the officers; `a controversial motion` names no one.
  {
    kind: "unnamed person",
    text: "A photo of the officers spread online on Sunday.\n\n“We were only trying to calm things down,” the officers said.",
    quotes: [{ text: "We were only trying to calm things down,", speaker: null }],
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
    kind: "unnamed person",
    text: "Alberta\n\n'We are finally at the table' on water rights, chair of ATC says\n\nThe chair of the Alberta Treaty Council says the talks mark a new start.\n\nRose Kettle, a lawyer for the council, said the talks open in May.",
    quotes: [{ text: "We are finally at the table", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Floods rise\n\nRoads are shut in Manitoba, where the premier said “we will act.”",
    quotes: [{ text: "we will act.", speaker: null }],
  },
  // A lone title heading an article whose body names no holder: no speaker, never `Premier`.
  {
    kind: "unnamed person",
    text: "Premier vows 'no new taxes this year or next' in budget speech\n\nThe budget was tabled on Tuesday in a packed legislature, with rural members cheering.",
    quotes: [{ text: "no new taxes this year or next", speaker: null }],
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
    text: 'Millbrook fire\n\nMillbrook\'s fire chief says the bridge is "not safe."\n\nTom Baker, who lives next to the bridge, says he has seen "cracks for years."',
    quotes: [
      { text: "not safe.", speaker: null },
      { text: "cracks for years.", speaker: "Tom Baker" },
    ],
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
  // The writer's `you` (`Before you could say “Z,”`) is anyone: the words are no neighbour's.
  {
    kind: "unnamed person",
    text: "Justice Tom Varga read out his ruling: \u201cI find Mr. Tolle not guilty of the two charges.\u201d\n\nBefore you could say \u201cZ,\u201d Rex v. Tolle was done.",
    quotes: [{ text: "I find Mr. Tolle not guilty of the two charges.", speaker: "Tom Varga" }],
  },
  {
    kind: "unnamed person",
    text: "Piet Lorne, a ferry owner, spoke on Monday.\n\n\u201cIt was avoidable,\u201d the counsel said.",
    quotes: [{ text: "It was avoidable,", speaker: null }],
  },
  // A cleft whose clause leads a chant (`It was … when Oren Dask led the marchers in a chant:`):
  // a crowd's cry is no saying of the one who led it, and the cleft lends it no speaker.
  {
    kind: "unnamed person",
    text: "It was just past noon when Oren Dask led the marchers in a chant: \u201cHands off our clinic!\u201d",
    quotes: [{ text: "Hands off our clinic!", speaker: null }],
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
  // `Pellworth's Fisheries Minister is weighing …`: a portfolio and its title, capitalised, is the
  // office with no holder named; `the minister said` read back to it names no one.
  {
    kind: "unnamed person",
    text: "Pellworth's Fisheries Minister is weighing a longer closure of the cod grounds.\n\nThe minister said the province will keep its promise to \u201cbring the boats home by spring.\u201d",
    quotes: [{ text: "bring the boats home by spring.", speaker: null }],
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
  // `The man was hit once, and he later told`: the pronoun joined by `and` to a described subject is that unnamed man, not a person named paragraphs before.
  {
    kind: "unnamed person",
    text: 'Corvale Morning, with host Arlo Penn, airs weekdays at six.\n\nPolice in Corvale say no charges will be laid after an officer shot a man last spring.\n\nThe man was hit once in the leg, and he later told investigators he wanted "to end it all."',
    quotes: [{ text: "to end it all.", speaker: null }],
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
  // So too past a sentence that goes on about the described person (`Her identity …`), and when the one named person the description could reach holds other roles only (a Crown attorney is no victim).
  {
    kind: "unnamed person",
    text: "“No verdict can undo this,” Crown attorney Jane Roe said outside court.\n\nThe victim, now 21, read a statement in court. Her identity is protected by a publication ban.\n\n“I lost my last two years of high school,” she said.",
    quotes: [
      { text: "No verdict can undo this,", speaker: "Jane Roe" },
      { text: "I lost my last two years of high school,", speaker: null },
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
  // Not someone else's parent (`The mother of the injured boy`) after a named neighbour: she is new, and no name.
  {
    kind: "unnamed person",
    text: "Neighbour Jane Roe called 911 when she heard the screams.\n\nThe mother of the injured boy wept in court on Friday.\n\n“I thought he would die,” she said.",
    quotes: [{ text: "I thought he would die,", speaker: null }],
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
  // A crowd's noun opening a headline is people, no one's name (`Crowd chants ‘…’`): no speaker
  // named `Crowd`. The crowd's noun in a sentence keeps its crowd (`the crowd went, “…”`).
  {
    kind: "unnamed person",
    text: "Crowd chants 'four more years' at Ford rally\n\nSupporters cheered as Premier Doug Ford took the stage in Etobicoke.\n\nFord thanked volunteers and promised more highways.",
    quotes: [{ text: "four more years", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Audience cheers as Roe returns\n\nJane Roe walked on stage in Halifax on Friday.\n\n\u201cIt feels good,\u201d Roe said.",
    quotes: [{ text: "It feels good,", speaker: "Jane Roe" }],
  },
  {
    kind: "unnamed person",
    text: "Sobeys Inc. is raising wholesale prices. One Lunenburg grocer says he can't compete. \u201cIt hurts,\u201d the grocer said.",
    quotes: [{ text: "It hurts,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Jane Roe worked at Loblaw Companies Ltd. for 20 years before she retired. \u201cI loved my job,\u201d the grocer said.",
    quotes: [{ text: "I loved my job,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Mattamy Homes Ltd. is building 500 homes in Milton. One local developer opposes the plan. \u201cIt is too dense,\u201d the developer said.",
    quotes: [{ text: "It is too dense,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Canada Post says it will restore service on Monday. One mail carrier has worked in Halifax for 20 years. \u201cIt is hard work,\u201d the carrier said.",
    quotes: [{ text: "It is hard work,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Canada Post is cutting 200 jobs. \u201cI deliver 600 letters a day,\u201d the carrier said.",
    quotes: [{ text: "I deliver 600 letters a day,", speaker: null }],
  },
  // A place before a person's noun after an inverted verb describes who spoke; a relative (`whose`)
  // ends the noun's run, and the body's next full name is the one the headline describes.
  {
    kind: "unnamed person",
    text: "‘We waited nine hours,’ says N.B. man whose father died in hallway\n\nMarcel Thibodeau, of Dieppe, N.B., said his father collapsed in the waiting room.",
    quotes: [{ text: "We waited nine hours,", speaker: "Marcel Thibodeau" }],
  },
  {
    kind: "unnamed person",
    text: "‘The system failed her,’ says N.S. man whose sister died waiting\n\nSeveral families have come forward. The province said it is reviewing the case.",
    quotes: [{ text: "The system failed her,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "‘We can’t afford groceries,’ says Ottawa senior\n\nMargaret Doyle, 78, said her pension no longer covers rent and food.",
    quotes: [{ text: "We can’t afford groceries,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "‘They treated us like criminals,’ says Montreal family\n\nThe Tremblay family said border agents searched their car for three hours.",
    quotes: [{ text: "They treated us like criminals,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "“We will not back down,” said Ottawa today.",
    quotes: [{ text: "We will not back down,", speaker: "Ottawa" }],
  },
  // A count opening a plural of people, or initials in the plural, says how many or what kind spoke, never who.
  {
    kind: "unnamed person",
    text: "‘It’s time for new leadership’: Multiple MPs call for Hockey Canada board to resign\n\nMembers of Parliament from three parties on Tuesday called for the board to step down.",
    quotes: [{ text: "It’s time for new leadership", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "“We stand by our decision,” several Conservative MPs said in a joint letter.",
    quotes: [{ text: "We stand by our decision,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Several Liberal MPs, including Jane Roe, said the bill should be withdrawn. “This bill is not ready,” Roe said.",
    quotes: [{ text: "This bill is not ready,", speaker: "Jane Roe" }],
  },
  {
    kind: "unnamed person",
    text: "“We are proud of this deal,” Two Rivers Council said in a statement.",
    quotes: [{ text: "We are proud of this deal,", speaker: "Two Rivers Council" }],
  },
  // A count opening its sentence, read alone as the clause's subject, says how many spoke, never who.
  {
    kind: "unnamed person",
    text: "Seven children in total made the journey and said they were \u201cvery happy\u201d to have arrived.",
    quotes: [{ text: "very happy", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Two said they were \u201cvery happy\u201d with the result.",
    quotes: [{ text: "very happy", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Jane Seven, the festival\u2019s director, said \u201cwe sold out.\u201d",
    quotes: [{ text: "we sold out.", speaker: "Jane Seven" }],
  },
  // `Administrators said`: a role's plural opening its sentence is no one's name (round 38, from r58).
  {
    kind: "unnamed person",
    text: 'The emergency room in Perth closed for a day when two nurses fell ill.\n\nAdministrators said last week the hospital was in a "staffing crisis."',
    quotes: [{ text: "staffing crisis.", speaker: null }],
  },
  // Control: the singular, a description, is the person the text named in the role.
  {
    kind: "unnamed person",
    text: "Jane Roe runs the hospital in Perth.\n\n\u201cWe are short of nurses,\u201d the administrator said.",
    quotes: [{ text: "We are short of nurses,", speaker: "Jane Roe" }],
  },
  // A person the story names by one name only, and says so (round 39, from the count of
  // one-name speakers over r47–r58): the frame after the description names the person.
  {
    kind: "unnamed person",
    text: "Buses replaced trains on the line for a second day.\n\n\u201cIt is late again,\u201d said a commuter whose first name is Ashley.",
    quotes: [{ text: "It is late again,", speaker: "Ashley" }],
  },
  {
    kind: "unnamed person",
    text: "A fire swept through the camp under the bridge on Wednesday.\n\n\u201cNo jackets, no blankets,\u201d said one camper who identified himself only as Billy.",
    quotes: [{ text: "No jackets, no blankets,", speaker: "Billy" }],
  },
  {
    kind: "unnamed person",
    text: "Another commuter, named Lauren, told reporters that her drive took twice as long.\n\n\u201cIt took two hours,\u201d she said.",
    quotes: [{ text: "It took two hours,", speaker: "Lauren" }],
  },
  {
    kind: "unnamed person",
    text: "The worker, whom we are calling Ben, asked us to protect his identity.\n\n\u201cIt feels like I am in prison,\u201d he said.",
    quotes: [{ text: "It feels like I am in prison,", speaker: "Ben" }],
  },
  {
    kind: "unnamed person",
    text: "A man who gave his name only as Sam waited at the shelter door.\n\n\u201cIt is cold out here,\u201d he said.",
    quotes: [{ text: "It is cold out here,", speaker: "Sam" }],
  },
  // A relation's lone name set off by a comma and an age after the kin noun.
  {
    kind: "unnamed person",
    text: "Tom Baker opened the restaurant in 2019.\n\n\u201cHe works so hard,\u201d said his youngest daughter, 12-year-old Ayah, helping her father with the translation.",
    quotes: [{ text: "He works so hard,", speaker: "Ayah" }],
  },
  // `named` after a person's noun: `rider` is one.
  {
    kind: "unnamed person",
    text: "A rider named Vic stands inside the station, waiting for a train.\n\n\u201cNot again,\u201d he says.",
    quotes: [{ text: "Not again,", speaker: "Vic" }],
  },
  // Controls: `named` after a noun no person is, and a possessive after the frame, name no speaker.
  {
    kind: "unnamed person",
    text: "The race was cancelled on Saturday.\n\n\u201cWe will appeal,\u201d said the owner of a horse named Blaze.",
    quotes: [{ text: "We will appeal,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "Acme closed its store on Main Street on Friday.\n\n\u201cWe are closed for good,\u201d said a woman who identified herself as Acme\u2019s manager.",
    quotes: [{ text: "We are closed for good,", speaker: null }],
  },
  // A lone name whose bearer kept back their surname is a person's given name, though the
  // name shows no sex (round 39).
  {
    kind: "unnamed person",
    text: "Zarnia, who declined to give a surname, waited at the gate for six hours.\n\n\u201cNobody helped us at all,\u201d she said.",
    quotes: [{ text: "Nobody helped us at all,", speaker: "Zarnia" }],
  },
  // Control: the name alone is no evidence of a person.
  {
    kind: "unnamed person",
    text: "Zarnia waited at the gate for six hours.\n\n\u201cNobody helped us at all,\u201d she said.",
    quotes: [{ text: "Nobody helped us at all,", speaker: null }],
  },
  // From the round's review: a frame names the description's head only, never the person the
  // head is related to (`the sister of a cyclist named Troy`); `goes by` alone may mean to pass;
  // a lone name read as a plural (`Curtis`) is a person's after a frame; a dash may set the
  // frame off; `asked to be called`.
  {
    kind: "unnamed person",
    text: "\u201cI can\u2019t believe it,\u201d said the sister of a cyclist named Troy, who was struck on Bloor Street.\n\nPolice are investigating.",
    quotes: [{ text: "I can\u2019t believe it,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "A trucker who goes by Highway 401 twice a day said the potholes were getting worse.\n\n\u201cIt\u2019s like driving on the moon,\u201d he said.",
    quotes: [{ text: "It\u2019s like driving on the moon,", speaker: null }],
  },
  {
    kind: "unnamed person",
    text: "\u201cIt\u2019s freezing in here at night,\u201d said a shelter resident whose name is Curtis.\n\nThe shelter has been over capacity since November, according to staff.",
    quotes: [{ text: "It\u2019s freezing in here at night,", speaker: "Curtis" }],
  },
  {
    kind: "unnamed person",
    text: "The employee \u2014 whom the Star has agreed to call Tom \u2014 said the mould was everywhere.\n\n\u201cThey just painted over it,\u201d he said.",
    quotes: [{ text: "They just painted over it,", speaker: "Tom" }],
  },
  {
    kind: "unnamed person",
    text: "A witness who asked to be called Sunny said she saw two men run from the store.\n\n\u201cThey went toward the river,\u201d she said.",
    quotes: [{ text: "They went toward the river,", speaker: "Sunny" }],
  },
];
