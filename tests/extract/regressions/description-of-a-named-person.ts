// Regression cases of the kind “description of a named person” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const DESCRIPTION_OF_A_NAMED_PERSON: RegressionCase[] = [
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
  // A description that matches no introduction and follows no subject it fits stands for the
  // person named as a subject after it in its own paragraph.
  {
    kind: "description of a named person",
    text: "Premier Ann Lee’s lawyers sent a letter to Tom Baker on Monday.\n\nThe Green leader said Tuesday he would not apologize. Asked why, Baker repeated that the claims were true.\n\n“I stand by every word,” he said.",
    quotes: [{ text: "I stand by every word,", speaker: "Tom Baker" }],
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
  // `the premier designate` is the premier not yet sworn in, a description of the person named before.
  {
    kind: "description of a named person",
    text: "A day after Ann Marsh’s landslide win, the premier designate met reporters.\nThe premier designate said the rival ads were “cruel and bizarre.”",
    quotes: [{ text: "cruel and bizarre.", speaker: "Ann Marsh" }],
  },
  {
    kind: "description of a named person",
    // `the calm Otters’ interim head coach` runs on over the plural's apostrophe to the article,
    // so it is a definite description of the person the paragraph is about.
    text: 'Dana Pike did not sound worried after the loss on Friday.\n\n"We have nothing to hang our heads about," the calm Otters\' interim head coach said.',
    quotes: [{ text: "We have nothing to hang our heads about,", speaker: "Dana Pike" }],
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
  // `one resident` after the text introduced `One resident, Jane Roe,`: that resident.
  {
    kind: "description of a named person",
    text: "Police made a dozen arrests on Elm Street this week.\n\nOne Elm Street resident, Jane Roe, said she watched officers search the building.\n\n“This was meant to be a quiet place to live,” one resident says.",
    quotes: [{ text: "This was meant to be a quiet place to live,", speaker: "Jane Roe" }],
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
  // An office named with its portfolio before its holder (`Chief Safety Officer of Transit Dr. Jane Roe`).
  {
    kind: "description of a named person",
    text: "Chief Medical Officer of Health Dr. Jane Roe urged patience at the briefing on Monday.\n\n“We are not done with this virus yet,” she said.",
    quotes: [{ text: "We are not done with this virus yet,", speaker: "Jane Roe" }],
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
    kind: "description of a named person",
    text: "Jane Roe’s Liberal Party Falls Short In Riverside Vote\n\n“We will be back,” said the Liberal leader.\n\nRIVERSIDE - Jane Roe thanked her supporters on Monday night.",
    quotes: [{ text: "We will be back,", speaker: "Jane Roe" }],
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
  // `A provincial court judge …` named two paragraphs on as `Judge Maria Lindqvist`: the title ties them.
  {
    kind: "description of a named person",
    text: "A provincial court judge rejected the request, saying it would make the case even more “needlessly theatrical.”\n\nThe accused, 19, has pleaded not guilty.\n\nOn Friday, Judge Maria Lindqvist set a date for closing arguments.",
    quotes: [{ text: "needlessly theatrical.", speaker: "Maria Lindqvist" }],
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
  // An office in lower case before a name (`ombudsman Ann Marsh`) is the office `the ombudsman` refers to later.
  {
    kind: "description of a named person",
    text: "Coun. Jane Dalton said she welcomed the ruling by the city's ombudsman.\nIn her report, ombudsman Ann Marsh wrote that the aim of her review was to find whether Dalton shared secret files. The ombudsman also noted that Dalton asked the city's lawyers first.\n“I checked with everyone before I spoke,” Dalton told reporters.\n“The rules were followed,” the ombudsman said.",
    quotes: [
      { text: "I checked with everyone before I spoke,", speaker: "Jane Dalton" },
      { text: "The rules were followed,", speaker: "Ann Marsh" },
    ],
  },
  // A possessive's role, then a bare role and a full name set off: the name speaks.
  {
    kind: "description of a named person",
    text: "The rally was loud. “It is about time we had a change,” exhorted Brisk’s introducer, actress Nora Linde.",
    quotes: [{ text: "It is about time we had a change,", speaker: "Nora Linde" }],
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
  // `the Tigers shortstop`: a role noun a proper name qualifies describes the one person the text
  // just named (in a `when` clause, or as an object); the qualifier is no name of theirs.
  {
    kind: "description of a named person",
    text: 'So when Mark Tolliver hit his late double to right field, the Hamilton Tigers won 4-3 on Tuesday.\n\n"It felt pretty good after the week we had," said the Tigers shortstop, who drove in all four runs.',
    quotes: [{ text: "It felt pretty good after the week we had,", speaker: "Mark Tolliver" }],
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
  // `Madam Justice Jane Roe` … `said the judge`: a judge of a higher court is titled Justice, and
  // `the judge` is the one with the floor, not `a trial judge` in her reported words.
  {
    kind: "description of a named person",
    text: "Supreme Court Justice Tom Baker had approved the class action last year.\n\nIn a ruling released Monday, Court of Appeal Madam Justice Jane Roe upheld that decision.\n\nRoe said a trial judge’s ruling on such a question deserves deference.\n\n“I see no error in the ruling below,” said the judge.",
    quotes: [{ text: "I see no error in the ruling below,", speaker: "Jane Roe" }],
  },
  // `was described by the police chief as “…,” but critics said`: the passive's agent speaks, and
  // `but` opens another clause whose subject disputes the words rather than says them.
  {
    kind: "description of a named person",
    text: "Police Chief Tom Baker spoke on Tuesday.\n\nA new street check policy aimed at curbing stops was described by the police chief as “a real change in how we work,” but critics said it will do little to reduce profiling.",
    quotes: [{ text: "a real change in how we work,", speaker: "Tom Baker" }],
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
  // `her Spanish-language skills`: a compound modifier names no one, after a possessive too;
  // `the actress` is the woman named before. With no-break spaces (as web pages have), which
  // the three separate tests of such a modifier missed.
  {
    kind: "description of a named person",
    text: "Marta Lustrik became the target of insults online last spring, after a few of her followers\u00a0mocked\u00a0her\u00a0Portuguese-language accent and doubted her roots. Since then, the singer has spoken out against the idea of whether anyone is \u201cBrazilian enough.\u201d",
    quotes: [{ text: "Brazilian enough.", speaker: "Marta Lustrik" }],
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
  // `said Lakeview's No.1`: a ranking stands for whoever holds it; neither it nor its owner (a
  // city, a team) is the speaker's name.
  {
    kind: "description of a named person",
    text: "The Lakeview goalie let in four goals on Saturday.\n\n\u201cWe all could have done better, me first,\u201d said Lakeview\u2019s No.1.",
    quotes: [{ text: "We all could have done better, me first,", speaker: null }],
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
  // `the Acme spokesman said` after `Acme spokesperson Jane Roe` and, nearer, `Acme spokesman Tom
  // Baker`: a role's variants are read in one walk back, so the nearest introduction wins.
  {
    kind: "description of a named person",
    text: "Acme spokesperson Jane Roe declined to comment last week.\n\nOn Tuesday, Acme spokesman Tom Baker said the plant would close.\n\n\u201cWe have no other choice,\u201d the Acme spokesman said.",
    quotes: [{ text: "We have no other choice,", speaker: "Tom Baker" }],
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
  // A description of a thing (`This week there were reports`, read as a subject that reports) is
  // no holder of an office: `the premier` stands for the person named before it, not for that.
  {
    kind: "description of a named person",
    text: 'Luc Brenvo said his caucus still pulls in one direction.\n\nThis week there were reports that two ministers no longer speak.\n\n"We work just fine together," the premier said at the caucus retreat.',
    quotes: [{ text: "We work just fine together,", speaker: "Luc Brenvo" }],
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
  // An introduction after a name ends at a verb of saying (`His lawyer, Ann Smith, said the Liberal
  // premier …` is her predicate): `the Liberal premier` is the one introduced so, not the lawyer.
  {
    kind: "description of a named person",
    text: "Liberal Premier Jane Roe spoke about the fraud case on Monday.\n\nTom Baker is charged with fraud. His lawyer, Ann Smith, said the Liberal premier was wrong to comment.\n\n\u201cThe law applies to everyone,\u201d the Liberal premier said on Friday.",
    quotes: [{ text: "The law applies to everyone,", speaker: "Jane Roe" }],
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
  // `the health-care provider said`: a care word makes the provider a person who gives care, not
  // the company `the provider` alone stands for.
  {
    kind: "description of a named person",
    text: 'Dr. Jane Roe, a family physician, opened a clinic in Riverton with help from Acme Health Inc.\n\n"I see forty patients a day," the health-care provider said.',
    quotes: [{ text: "I see forty patients a day,", speaker: "Jane Roe" }],
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
  // `his ex-wife said` after `Tom Perrault’s former wife, Annick Daoust,`: two words for one relation.
  {
    kind: "description of a named person",
    text: "\u201cWe want him home by winter,\u201d Tom Perrault\u2019s former wife, Annick Daoust, told reporters in Moncton.\n\nPerrault has been held in Lisbon for three years.\n\n\u201cNobody has given us a single answer,\u201d his ex-wife said.",
    quotes: [
      { text: "We want him home by winter,", speaker: "Annick Daoust" },
      { text: "Nobody has given us a single answer,", speaker: "Annick Daoust" },
    ],
  },
  // `said the chief of Birch Lake First Nation, Tom Baker`: the holder set off after the body spoke.
  {
    kind: "description of a named person",
    text: "\u201cOur families are grieving,\u201d said the chief of Birch Lake First Nation, Tom Baker.",
    quotes: [{ text: "Our families are grieving,", speaker: "Tom Baker" }],
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
  // `his wife said` is not the one introduced as `ex-wife`: that relation has ended, and the text names no wife since.
  {
    kind: "description of a named person",
    text: "\u201cWe were good together once,\u201d Bram Olsted\u2019s ex-wife, Petra Vandam, told reporters in Corvale.\n\nOlsted married again in 2018.\n\n\u201cHe is not coming back,\u201d his wife said.",
    quotes: [
      { text: "We were good together once,", speaker: "Petra Vandam" },
      { text: "He is not coming back,", speaker: null },
    ],
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
  // A titled full name whose given name no list holds (`Nurse Ilka Field`) is a person's, whom `Ms. Field` names again.
  {
    kind: "description of a named person",
    text: 'Nurse Ilka Field testified Monday. "We were drowning," Ms. Field said.',
    quotes: [{ text: "We were drowning,", speaker: "Ilka Field" }],
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
  // A role towards someone in the subject's appositive (`longtime adviser to Premier Jane Roe`, `a
  // spokesperson for`): the subject stays in mind, not the person the role serves (rules25A).
  {
    kind: "description of a named person",
    text: "Tomas Brennick, longtime adviser to Premier Ilse Marrow, left the party on Tuesday. \u201cI could not stay,\u201d the adviser said.",
    quotes: [{ text: "I could not stay,", speaker: "Tomas Brennick" }],
  },
  // Not fired: the office holder named by their office.
  {
    kind: "description of a named person",
    text: "Tomas Brennick, longtime adviser to Premier Ilse Marrow, left on Tuesday. \u201cI could not stay,\u201d the premier said.",
    quotes: [{ text: "I could not stay,", speaker: "Ilse Marrow" }],
  },
  // A description whose noun the text gave someone before (`a nurse`) may be that person: the old rules decide.
  {
    kind: "description of a named person",
    text: "Jane Roe, a nurse at Corvale General, spoke first at the meeting.\n\nThe nurse then turned to the budget.\n\n“We will not take more cuts,” she said.",
    quotes: [{ text: "We will not take more cuts,", speaker: "Jane Roe" }],
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
    kind: "description of a named person",
    text: "Prof. Jane Roe led the study. Student Tom Baker said the results were clear. \u201cIt works,\u201d Baker said.\n\n\u201cWe were surprised,\u201d the professor said.",
    quotes: [
      { text: "It works,", speaker: "Tom Baker" },
      { text: "We were surprised,", speaker: "Jane Roe" },
    ],
  },
  // A headline's `Roe's lawyer says` is never Roe, the person the lead names next: the lawyer's
  // client. The body's named lawyer still speaks for herself.
  {
    kind: "description of a named person",
    text: "Firing 'a betrayal,' Roe's lawyer says\n\nJane Roe was fired from her job at the Halifax library last month.\n\nThe city has not commented.",
    quotes: [{ text: "a betrayal,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Halifax lawyer says firing unfair\n\nJane Roe, a lawyer in Halifax, says the city fired her client without cause.\n\n\u201cIt is a betrayal,\u201d Roe said.",
    quotes: [{ text: "It is a betrayal,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Mayor's aide says budget 'fully balanced'\n\nTom Baker was re-elected mayor of Halifax last fall.\n\nHis aide, Jane Roe, said the budget was \"balanced and fair.\"",
    quotes: [
      { text: "fully balanced", speaker: null },
      { text: "balanced and fair.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Halifax's mayor says budget 'fully balanced'\n\nHalifax's mayor says the city's budget is balanced.\n\nMayor Jane Roe said the budget was \"balanced and fair\" on Tuesday.",
    quotes: [
      { text: "fully balanced", speaker: "Jane Roe" },
      { text: "balanced and fair", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Miner Tom Baker, 54, worked underground at Vale Canada Ltd. for 30 years. \u201cIt was dangerous work,\u201d the miner said.",
    quotes: [{ text: "It was dangerous work,", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "Air Canada is cutting 30 routes. \u201cThese cuts are temporary,\u201d the company's spokesperson, Jane Roe, said.",
    quotes: [{ text: "These cuts are temporary,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Const. Jane Roe arrested Mark Levin on Tuesday.\n\n\u201cHe was cooperative,\u201d the officer said.",
    quotes: [{ text: "He was cooperative,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Det. Mark Dubois interviewed Jane Smith for three hours.\n\n\u201cShe gave a full statement,\u201d the detective said.",
    quotes: [{ text: "She gave a full statement,", speaker: "Mark Dubois" }],
  },
  {
    kind: "description of a named person",
    text: "Sgt. Mark Dubois arrested Tom Baker. Baker's mother, Jane Baker, was in the car.\n\n\u201cShe was screaming,\u201d the sergeant said.",
    quotes: [{ text: "She was screaming,", speaker: "Mark Dubois" }],
  },
  {
    kind: "description of a named person",
    text: "Const. Jane Roe and Const. Tom Baker arrested Mark Levin on Tuesday.\n\n\u201cHe was cooperative,\u201d the officer said.",
    quotes: [{ text: "He was cooperative,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Const. Jane Roe arrested Mark Levin on Tuesday.\n\n\u201cI was only trying to help,\u201d the 34-year-old said.",
    quotes: [{ text: "I was only trying to help,", speaker: "Mark Levin" }],
  },
  {
    kind: "description of a named person",
    text: "Sgt. Tom Baker and Sgt. Jane Roe arrested Mark Levin.\n\n\u201cHe resisted,\u201d the sergeant said.",
    quotes: [{ text: "He resisted,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Sgt. Tom Baker and Const. Jane Roe arrested Mark Levin.\n\n\u201cHe resisted,\u201d the sergeant said.",
    quotes: [{ text: "He resisted,", speaker: "Tom Baker" }],
  },
  // `the head coach` after an assistant coach and a player: the player was given another role
  // and the one coach named holds the noun at another rank, so no head coach was named (null);
  // the same when the assistant coach is the last named. A head coach named before, a coach
  // named with no rank, or a description of the same rank is still the one it stands for.
  {
    kind: "description of a named person",
    text: "Assistant coach Marc Leblanc ran the drills while defenceman Tyler Kovacs skated on his own.\n\n\u201cWe need to be harder on the puck,\u201d the head coach said after practice.",
    quotes: [{ text: "We need to be harder on the puck,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Tyler Kovacs scored twice on Saturday. Assistant coach Marc Leblanc said the young forward had earned his minutes.\n\n\u201cHe has been our best player for a month,\u201d the head coach told reporters.",
    quotes: [{ text: "He has been our best player for a month,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Head coach Dave Tremblay watched as assistant coach Marc Leblanc worked with defenceman Tyler Kovacs.\n\n\u201cHe is getting better every week,\u201d the head coach said.",
    quotes: [{ text: "He is getting better every week,", speaker: "Dave Tremblay" }],
  },
  {
    kind: "description of a named person",
    text: "Coach Tom Baker said defenceman Tyler Kovacs would miss two weeks.\n\n\u201cIt\u2019s a lower-body injury,\u201d the head coach said.",
    quotes: [{ text: "It\u2019s a lower-body injury,", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "Assistant coach Marc Leblanc said the penalty kill had improved.\n\n\u201cWe simplified everything,\u201d the assistant coach said.",
    quotes: [{ text: "We simplified everything,", speaker: "Marc Leblanc" }],
  },
  {
    kind: "description of a named person",
    text: "Goalie coach Marc Leblanc has worked with Stuart Skinner for three years.\n\n\u201cHe is calmer now,\u201d the goalie coach said.",
    quotes: [{ text: "He is calmer now,", speaker: "Marc Leblanc" }],
  },
  {
    kind: "description of a named person",
    text: "Acme CEO Jane Roe said the company would cut 200 jobs.\n\n\u201cIt was a painful decision,\u201d the chief executive said.",
    quotes: [{ text: "It was a painful decision,", speaker: "Jane Roe" }],
  },
  // A ranked description never walks back past the last person to one given the noun alone or
  // at another rank (`Dean Maria Lopez` is no `associate dean`; two assistant coaches name no
  // head coach): no one. With no one given the noun, the last person still (elegant variation).
  {
    kind: "description of a named person",
    text: "Dean Maria Lopez announced the hires, and student Paul Gagnon welcomed them.\n\n\u201cWe are growing,\u201d the associate dean said.",
    quotes: [{ text: "We are growing,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Assistant coach Marc Leblanc and assistant coach Jean Roy ran practice.\n\n\u201cWe were sharp today,\u201d the head coach said.",
    quotes: [{ text: "We were sharp today,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Marc Leblanc, the assistant coach, ran practice with defenceman Tyler Kovacs.\n\n\u201cWe were sharp today,\u201d the head coach said.",
    quotes: [{ text: "We were sharp today,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Candidate Tom Baker spoke to supporters in Moncton on Tuesday.\n\n\u201cI have seen what this system does to families,\u201d the retired surgeon said.",
    quotes: [{ text: "I have seen what this system does to families,", speaker: "Tom Baker" }],
  },
  // A police rank's noun (`the officer`) after people the text gave other roles only, and no
  // officer named: no one, not the last person named (a CEO, an owner). A person given no role
  // at all may still be the officer (`Dana Whitfield has led the arson case` above).
  {
    kind: "description of a named person",
    text: "\u201cWe cannot keep doing this,\u201d Johnny Morris, CEO of the Cancer Society, told Global News.\n\nPolice arrived at the scene shortly after.\n\n\u201cGet on the ground,\u201d the officer could be heard saying in the video.",
    quotes: [
      { text: "We cannot keep doing this,", speaker: "Johnny Morris" },
      { text: "Get on the ground,", speaker: null },
    ],
  },
  {
    kind: "description of a named person",
    text: "Owner Lucy Tran said she called 911 when the door broke.\n\n\u201cShow me your hands,\u201d the officer said, according to the video.",
    quotes: [{ text: "Show me your hands,", speaker: null }],
  },
  // The lead's description of a person is the one named below it even when a body spoke in the
  // headline (`NATO warns ‘…’`): a body introduces no person, so the lead is still the story's first.
  {
    kind: "description of a named person",
    text: 'Canada boosts defence spending, NATO warns \u2018never take peace for granted\u2019\n\nCanada\'s defence minister says the government is on a "positive, upward trajectory" in defence spending.\n\nMinister Bill Blair spoke to CTV on Thursday.\n\n\u201cTimelines will be determined by our ability,\u201d said Blair.',
    quotes: [
      { text: "never take peace for granted", speaker: "NATO" },
      { text: "positive, upward trajectory", speaker: "Bill Blair" },
      { text: "Timelines will be determined by our ability,", speaker: "Bill Blair" },
    ],
  },
  // A chief is an officer all the same: only roles no officer holds make `the officer` no one.
  {
    kind: "description of a named person",
    text: "Police Chief Mark Saunders spoke to reporters on Tuesday.\n\n\u201cWe will find those responsible,\u201d the officer said.",
    quotes: [{ text: "We will find those responsible,", speaker: "Mark Saunders" }],
  },
  // A Title Case headline capitalises a clause, which reads as a name (`Will Vote Against The
  // Budget`, `Will` a given name; `Final`; `Strike Will`): a name there is one only when the body
  // names it again or it reads as a person's, so the description finds the person named below.
  {
    kind: "description of a named person",
    text: "Bloc Qu\u00e9b\u00e9cois Leader Says Party Will Vote Against The Budget\n\nOTTAWA \u2014 Yves-Fran\u00e7ois Blanchet says his party will not support the Liberal budget.\n\n\u201cThis budget ignores Quebec,\u201d the Bloc leader told reporters on Wednesday.\n\n\u201cWe will vote against it,\u201d he added.",
    quotes: [
      { text: "This budget ignores Quebec,", speaker: "Yves-Fran\u00e7ois Blanchet" },
      { text: "We will vote against it,", speaker: "Yves-Fran\u00e7ois Blanchet" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Inquiry Chief Commissioner Says Report Is Final\n\nMarion Buller said Monday the report would not change.\n\n\u201cWe stand by our findings,\u201d the chief commissioner said.",
    quotes: [{ text: "We stand by our findings,", speaker: "Marion Buller" }],
  },
  {
    kind: "description of a named person",
    text: "Union Boss Says Strike Will Go On For Weeks\n\nThe head of the nurses\u2019 union spoke on Friday.\n\n\u201cWe are not going back,\u201d she said.",
    quotes: [{ text: "We are not going back,", speaker: null }],
  },
  // `the teen` is not the `Teen Stabs` of a Title Case headline, below an archive's notice or not.
  {
    kind: "description of a named person",
    text: 'Teen Stabs Cougar To Save Family Cat In Squamish, B.C.\n\nNoah Clarke\u2019s family is missing a kitchen knife after the teen used it on a cougar.\n\nThe teen said cougars are often seen near the house.\n\n"I went outside with a broom to scare it off," he told reporters on Tuesday.',
    quotes: [{ text: "I went outside with a broom to scare it off,", speaker: "Noah Clarke" }],
  },
  {
    kind: "description of a named person",
    text: 'This Oakvale Gazette page is maintained as part of an online archive.\n\nTeen Stabs Cougar To Save Family Cat In Squamish, B.C.\n\nNoah Clarke\u2019s family is missing a kitchen knife after the teen used it on a cougar.\n\nThe teen said cougars are often seen near the house.\n\n"I went outside with a broom to scare it off," he told reporters on Tuesday.',
    quotes: [{ text: "I went outside with a broom to scare it off,", speaker: "Noah Clarke" }],
  },
  // A description set off by a comma after a person's name (`Jane Roe, a nurse at Oakvale
  // General,`) is that person: `said the nurse` finds her, not a member the appositive's words
  // would name (`Nurse at Oakvale General`) or no one.
  {
    kind: "description of a named person",
    text: "Jane Roe, a nurse at Oakvale General, is filled with emotion.\n\n\u201cOur children are hurting,\u201d said the nurse.",
    quotes: [{ text: "Our children are hurting,", speaker: "Jane Roe" }],
  },
  {
    kind: "description of a named person",
    text: "Tom Baker, a teacher, has worked at the school for 20 years.\n\n\u201cWe were never told,\u201d the teacher said.",
    quotes: [{ text: "We were never told,", speaker: "Tom Baker" }],
  },
  {
    kind: "description of a named person",
    text: "Sarah Francis, a member of Tobique First Nation, is filled with emotion as she describes the news.\n\n\u201cOur children are hurting,\u201d said the member of Neqotkuk First Nation, also known as Tobique.",
    quotes: [{ text: "Our children are hurting,", speaker: "Sarah Francis" }],
  },
  // `co-ordinator`, the Canadian spelling, is a person's role as `coordinator` is.
  {
    kind: "description of a named person",
    text: "Jane Roe has spent the week visiting schools in the district.\n\n\u201cOur children are hurting,\u201d said the education co-ordinator.",
    quotes: [{ text: "Our children are hurting,", speaker: "Jane Roe" }],
  },
  // A Title Case headline's subject, its first words, is a name as a sentence's subject is,
  // which the body may call only by its kind (`the union`, `the airline`, `the prime minister`).
  {
    kind: "description of a named person",
    text: "Unifor: Tariffs Will Cost Thousands of Jobs\n\nWINDSOR \u2014 The union said auto plants in southern Ontario were most at risk.\n\n\u201cThis is a direct threat to our members,\u201d the union said.",
    quotes: [{ text: "This is a direct threat to our members,", speaker: "Unifor" }],
  },
  {
    kind: "description of a named person",
    text: "Air Canada Apologizes After Passenger Removed From Flight\n\nThe airline said it was reviewing the incident in Montreal.\n\n\u201cThis falls well short of our standards,\u201d the airline said in a statement.",
    quotes: [{ text: "This falls well short of our standards,", speaker: "Air Canada" }],
  },
  {
    kind: "description of a named person",
    text: "Trudeau, Singh Clash Over Pharmacare Deal in Ottawa\n\nThe prime minister spoke on Monday.\n\n\u201cWe will get this done,\u201d the prime minister said.",
    quotes: [{ text: "We will get this done,", speaker: "Trudeau" }],
  },
  // The subject of a Title Case headline runs up to its verb: `Hydro One` of `Hydro One Says
  // Rates Will Rise`, which `the utility` then finds.
  {
    kind: "description of a named person",
    text: "Hydro One Says Rates Will Rise In May\n\nThe utility said the increase was approved by the regulator.\n\n\u201cWe know this is hard for families,\u201d the utility said.",
    quotes: [{ text: "We know this is hard for families,", speaker: "Hydro One" }],
  },
  // Not an appositive: a name after a preposition (`Unlike Tom Baker,`) ends a phrase, and the description after its comma is someone else; nor a possessor's noun (`a lawyer's daughter`).
  {
    kind: "description of a named person",
    text: "Tom Baker left his home in Jasper when the evacuation order came. Unlike Tom Baker, a neighbour stayed behind to fight the fire.\n\n\u201cI was not leaving my house to burn,\u201d the neighbour said.",
    quotes: [{ text: "I was not leaving my house to burn,", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "Jane Roe, a lawyer's daughter, was called to testify Tuesday in the fraud trial in Kelowna.\n\n\u201cMy client did nothing wrong,\u201d the lawyer said.",
    quotes: [{ text: "My client did nothing wrong,", speaker: null }],
  },
  // `said the chief of … First Nation` refers back only to someone the text gave that noun; after a minister it introduces someone unnamed.
  {
    kind: "description of a named person",
    text: "Health Minister Jane Roe visited the James Bay coast on Tuesday to announce a new nursing station.\n\n\u201cWe have waited 20 years for this,\u201d said the chief of Fort Albany First Nation.",
    quotes: [{ text: "We have waited 20 years for this,", speaker: null }],
  },
  // A role's initialism after lower-case modifiers (`top federal MP`) is a description's noun, read back from the verb as `the MP` is forward: the name set off after it speaks (round 34; before, a person `MP`).
  {
    kind: "description of a named person",
    text: "The two governments blamed each other for the ruling. Corvale\u2019s top federal MP, Tourism Minister Jane Roe, said: \u201cThe provincial decision is wrong.\u201d",
    quotes: [{ text: "The provincial decision is wrong.", speaker: "Jane Roe" }],
  },
  // Controls: a description alone names no one; a party's capital before the role still opens the name.
  {
    kind: "description of a named person",
    text: "The ferry will not run this winter. The local MP said: \u201cThe decision is wrong.\u201d",
    quotes: [{ text: "The decision is wrong.", speaker: null }],
  },
  {
    kind: "description of a named person",
    text: "The ferry will not run this winter. Conservative MP Jane Roe said: \u201cThe decision is wrong.\u201d",
    quotes: [{ text: "The decision is wrong.", speaker: "Jane Roe" }],
  },
  // A title's holder who has the floor is looked for two paragraphs back: the speaker's own quotation may fill the paragraph between (`“…,” Justice Jane Roe said. ¶ “…” ¶ “…,” the judge said.`; round 34, before: no one).
  {
    kind: "description of a named person",
    text: "\u201cAccording to the witness, he was walking home,\u201d Superior Court Justice Jane Roe said.\n\n\u201cThey ran and were chased.\u201d\n\n\u201cThe injury was horrific,\u201d the judge said.",
    quotes: [
      { text: "According to the witness, he was walking home,", speaker: "Jane Roe" },
      { text: "They ran and were chased.", speaker: "Jane Roe" },
      { text: "The injury was horrific,", speaker: "Jane Roe" },
    ],
  },
  // Control: the bench's noun never falls back to a person the text gave no such title.
  {
    kind: "description of a named person",
    text: "\u201cWe will win,\u201d Jane Roe said.\n\n\u201cThey ran and were chased.\u201d\n\n\u201cIt was a long night,\u201d the judge said.",
    quotes: [
      { text: "We will win,", speaker: "Jane Roe" },
      { text: "They ran and were chased.", speaker: "Jane Roe" },
      { text: "It was a long night,", speaker: null },
    ],
  },
  // More of music's nouns for a person (`the troubadour`, `the singer-songwriter`, `the rocker`) vary the name of the one just named (round 35, before: no one).
  {
    kind: "description of a named person",
    text: "In 2014, Tom Baker was on stage at Massey Hall. \u201cDon\u2019t let them change this place,\u201d the troubadour said.",
    quotes: [{ text: "Don\u2019t let them change this place,", speaker: "Tom Baker" }],
  },
  // Control: a noun no list holds still names no one.
  {
    kind: "description of a named person",
    text: "In 2014, Tom Baker was on stage at Massey Hall. \u201cDon\u2019t let them change this place,\u201d the usher said.",
    quotes: [{ text: "Don\u2019t let them change this place,", speaker: null }],
  },
  // Two modifiers joined by `and` after the article (`the physics and astronomy professor`) are one description (round 36).
  {
    kind: "description of a named person",
    text: "University of Moncton professor Jane Roe woke up to a call from Stockholm.\n\n\u201cThey told me to stay on the line,\u201d the physics and astronomy professor said on Tuesday.",
    quotes: [{ text: "They told me to stay on the line,", speaker: "Jane Roe" }],
  },
  // Control: a name joined by `and` to a description is a joint subject, read as before.
  {
    kind: "description of a named person",
    text: "Tom Baker and Jane Roe spoke at the meeting on Tuesday.\n\n\u201cWe will vote against it,\u201d Baker and the health critic said.",
    quotes: [{ text: "We will vote against it,", speaker: "Tom Baker" }],
  },
  // A description in apposition to the speaker named right after a quotation (`said Ms. Roe, a
  // veteran politician who touted …`) is that speaker: its relative clause's verb of saying makes
  // no new, unnamed speaker for a later `she` (round 38, from r57).
  {
    kind: "description of a named person",
    text: "Councillor Jane Roe and Councillor Ann Baker both want the job.\n\n\u201cI have been asked to run by my colleagues,\u201d said Ms. Roe, a veteran politician who touted her experience. \u201cI do not see it as a contentious post,\u201d she added.",
    quotes: [
      { text: "I have been asked to run by my colleagues,", speaker: "Jane Roe" },
      { text: "I do not see it as a contentious post,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "description of a named person",
    text: "Tom Baker runs the food bank in Guelph.\n\n\u201cDemand has doubled since spring,\u201d Jane Roe, a volunteer who told the council about the lineups last week, said on Monday. \u201cWe are running out of eggs,\u201d she said.",
    quotes: [
      { text: "Demand has doubled since spring,", speaker: "Jane Roe" },
      { text: "We are running out of eggs,", speaker: "Jane Roe" },
    ],
  },
  // A judge styled `Justice` is `the judge` after (round 38, from r54): Canadian news titles its
  // superior courts' judges so, and calls them the judge.
  {
    kind: "description of a named person",
    text: "Tom Baker was sentenced to life in prison on Friday.\n\nThe decision was handed down in Calgary by Court of Queen's Bench Justice Jane Roe after hearing from the victims' families.\n\n\u201cIt is difficult to conceive a more cruel set of circumstances,\u201d the judge said to Baker.",
    quotes: [{ text: "It is difficult to conceive a more cruel set of circumstances,", speaker: "Jane Roe" }],
  },
  // Control, read so before as now: the one person the text named, her pronoun in the attribution.
  {
    kind: "description of a named person",
    text: "Ontario Superior Court Justice Ann Wells heard the appeal in March.\n\n\u201cThe trial judge erred in law,\u201d the judge wrote in her decision on Monday.",
    quotes: [{ text: "The trial judge erred in law,", speaker: "Ann Wells" }],
  },
  // Control: a justice minister is no judge.
  {
    kind: "description of a named person",
    text: "Justice Minister Tom Baker tabled the bill on Monday.\n\n\u201cThe law is clear,\u201d the judge said in a ruling released the same day.",
    quotes: [{ text: "The law is clear,", speaker: null }],
  },
  // `the presiding judge called …` then `Superior Court Justice Jane Roe said` in the next
  // paragraph: the judge named next, styled Justice (round 38, from r58).
  {
    kind: "description of a named person",
    text: "Tom Baker was sentenced to five years in prison on Thursday for an offence the presiding judge called a \u201cparticularly degrading\u201d assault.\n\nIn delivering her sentence, Ontario Superior Court Justice Jane Roe said the offence involved \u201cgratuitous violence.\u201d",
    quotes: [
      { text: "particularly degrading", speaker: "Jane Roe" },
      { text: "gratuitous violence.", speaker: "Jane Roe" },
    ],
  },
  // Control: a justice minister named next is no judge.
  {
    kind: "description of a named person",
    text: "Tom Baker was sentenced to five years in prison on Thursday for an attack the judge said was \u201ca cruel and senseless act of violence.\u201d\n\nJustice Minister Ann Wells said the sentence \u201cshows the law works.\u201d",
    quotes: [
      { text: "a cruel and senseless act of violence.", speaker: null },
      { text: "shows the law works.", speaker: "Ann Wells" },
    ],
  },
  // Control from a review (round 38): `Justice Department lawyer Tom Baker` is no judge.
  {
    kind: "description of a named person",
    text: "Justice Department lawyer Tom Baker argued the law is constitutional.\n\n\u201cThe law is valid,\u201d the judge ruled.",
    quotes: [{ text: "The law is valid,", speaker: null }],
  },
];
