// Regression cases of the kind “title inside the attribution” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const TITLE_INSIDE_THE_ATTRIBUTION: RegressionCase[] = [
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
  // A term that ends its sentence inside its marks still closes that sentence for the attribution after it.
  {
    kind: "title inside the attribution",
    text: "Tom Baker spoke on Sunday. It followed a post in which he took credit for “being first on the ferry.” And then Baker turned on the council, saying, “Will the mayor answer for the ferry?”",
    quotes: [{ text: "Will the mayor answer for the ferry?", speaker: "Tom Baker" }],
  },
  // `-elect` and `-designate` make a title, not part of the name.
  {
    kind: "title inside the attribution",
    text: "“We start work tomorrow,” said Premier-designate Ann Marsh.",
    quotes: [{ text: "We start work tomorrow,", speaker: "Ann Marsh" }],
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
  // `Receiver Jane Roe said`: a football position opening the sentence is her role, not her name.
  {
    kind: "title inside the attribution",
    text: "Receiver Brede Okafor said the team had believed since training camp. “We knew this group was special.”",
    quotes: [{ text: "We knew this group was special.", speaker: "Brede Okafor" }],
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
  // `May` after a given name is a surname (`Ann May said`), not the modal the subject reader
  // skips on its way back to the subject, which cut the name to its title and given name.
  {
    kind: "title inside the attribution",
    text: "Harbour Party Leader Ann May said, \u201cThis bill was rushed through without a real debate.\u201d",
    quotes: [{ text: "This bill was rushed through without a real debate.", speaker: "Ann May" }],
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
  // A qualifier before a chain of abbreviated ranks (`Acting S/Sgt.`) is a title's, as before a
  // title of the list: both are cut off, and the speaker is the surname alone.
  {
    kind: "title inside the attribution",
    text: "\u201cWe found the car near the river,\u201d said Acting S/Sgt. Whitfield.",
    quotes: [{ text: "We found the car near the river,", speaker: "Whitfield" }],
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
  // `Millbrook Falls Mayor says …` heading a page that names no mayor: a place's name closed by an
  // office is a description of its holder, no one's name; with no holder found it names no one.
  {
    kind: "title inside the attribution",
    text: "Pharmacy to close; Millbrook Falls Mayor says move 'truly shameful'\n\nThe village will have no pharmacist after the spring, leaving 1,500 residents to drive an hour.",
    quotes: [{ text: "truly shameful", speaker: null }],
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
  // `Minister of Forests, Lands and Rural Development Arjun Malhotra told reporters in the …`: the
  // listed portfolio only names the holder's office (officeWithListedPortfolio), who spoke.
  {
    kind: "title inside the attribution",
    text: "OAKVALE \u2013 The province says it is weighing every option after the closure of the Birch Lake sawmill.\n\n\u201cWe are hurt by this,\u201d Minister of Forests, Lands and Rural Development Arjun Malhotra told reporters in the Legislature lobby.",
    quotes: [{ text: "We are hurt by this,", speaker: "Arjun Malhotra" }],
  },
  // A name run through `of` into a title straight after it (`Commissioner Edda Morrow of Prime
  // Minister Tobias Wren’s decision`) is two people: the speaker is the one before `of`.
  {
    kind: "title inside the attribution",
    text: "The inquiry has found that the cabinet met the test for invoking the statute.\n\u201cI have concluded that the test was met,\u201d said Commissioner Edda Morrow of Prime Minister Tobias Wren\u2019s decision to declare an emergency, in a report released Friday.",
    quotes: [{ text: "I have concluded that the test was met,", speaker: "Edda Morrow" }],
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
  // A past participle that qualifies a person's noun (`registered nurse`) still leaves her the speaker.
  {
    kind: "title inside the attribution",
    text: "The Tallwood registered nurse Jane Roe said the ward was full.\n\n“We had patients in the hallways,” she said.",
    quotes: [{ text: "We had patients in the hallways,", speaker: "Jane Roe" }],
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
  {
    kind: "title inside the attribution",
    text: "General Hillier said troops would stay. \u201cWe will finish the job,\u201d Hillier said.",
    quotes: [{ text: "We will finish the job,", speaker: "Hillier" }],
  },
  // Two offices joined by `and` after a body's name that opens with a given name (a hospital
  // named for a person, a place like `Prince George`): the holder is the titled name after `and`.
  {
    kind: "title inside the attribution",
    text: "\u201cOur patients come first,\u201d William Tallwood Health System President and CEO Dr. Amira Haddad said in a statement.",
    quotes: [{ text: "Our patients come first,", speaker: "Amira Haddad" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe are ready,\u201d Prince George Mayor and Council Chair Tom Baker said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "title inside the attribution",
    text: "Council met on Monday. President Jane Roe and CEO Tom Baker spoke to the board. \u201cWe are ready,\u201d Baker said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // Two offices joined by `and` after a body's name the text named before: the holder after `and` speaks, not the body.
  {
    kind: "title inside the attribution",
    text: "The Acme Health System has declared a \u201ccode orange.\u201d\n\n\u201cThis move will enable us to continue,\u201d Acme Health System President and CEO Dr. Naveed Mohammad said in a statement.",
    quotes: [{ text: "This move will enable us to continue,", speaker: "Naveed Mohammad" }],
  },
  {
    kind: "title inside the attribution",
    text: "Northern Lights Health Authority confirmed two outbreaks on Monday.\n\n\u201cThis is a difficult day,\u201d Northern Lights Health Authority Board Chair and Interim CEO Sandra Price said in a release.",
    quotes: [{ text: "This is a difficult day,", speaker: "Sandra Price" }],
  },
  {
    kind: "title inside the attribution",
    text: "Lakeview University announced layoffs.\n\n\u201cWe regret this,\u201d Lakeview University President and Vice-Chancellor Dr. Maya Rao said in a statement.",
    quotes: [{ text: "We regret this,", speaker: "Maya Rao" }],
  },
  // Guard: two people, each with an office, name the first.
  {
    kind: "title inside the attribution",
    text: "The Acme Health System has declared a \u201ccode orange.\u201d\n\n\u201cWe are ready,\u201d Acme Health System President Jane Roe and CEO Tom Baker said in a joint statement.",
    quotes: [{ text: "We are ready,", speaker: "Jane Roe" }],
  },
  // A possessed office (or two joined by `and`) set off before a full name: the name speaks, not the office.
  {
    kind: "title inside the attribution",
    text: "Northfield Mining said profits fell in the third quarter.\n\n\u201cWe expect a better year,\u201d the company's president and CEO, Dr. Lisa Chen, said on a call with analysts.",
    quotes: [{ text: "We expect a better year,", speaker: "Lisa Chen" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe expect a better year,\u201d the firm's CEO, Lisa Chen, told the Globe and Mail.",
    quotes: [{ text: "We expect a better year,", speaker: "Lisa Chen" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will appeal,\u201d the team's President and CEO, Dr. Lisa Chen, said Friday.",
    quotes: [{ text: "We will appeal,", speaker: "Lisa Chen" }],
  },
  // Guard: with no name set off, the possessed offices name no one.
  {
    kind: "title inside the attribution",
    text: "\u201cPrices will rise,\u201d the bank's president and CEO said.",
    quotes: [{ text: "Prices will rise,", speaker: null }],
  },
  // Guard: a second person's office after `and` leaves the pair's first speaking, as before.
  {
    kind: "title inside the attribution",
    text: "\u201cTalks are over,\u201d the union's president, Tom Baker, and the company's CEO, Jane Roe, said.",
    quotes: [{ text: "Talks are over,", speaker: "Tom Baker" }],
  },
  // A title capitalised alone before a role in lower case (`said Chief coroner Lisa Lapointe`) runs on to the name as a bare role does.
  {
    kind: "title inside the attribution",
    text: "\u201cThe death of a young person is a tragedy,\u201d said Chief coroner Lisa Lapointe.",
    quotes: [{ text: "The death of a young person is a tragedy,", speaker: "Lisa Lapointe" }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cWe will appeal,\u201d said Deputy chief Tom Baker of Oakvale police.",
    quotes: [{ text: "We will appeal,", speaker: "Tom Baker" }],
  },
  // A capitalised title runs on to a name only through person's nouns: after a link (`at`, `for`, `of`) the name is a body's or a place's, no holder.
  {
    kind: "title inside the attribution",
    text: "\u201cRates will come down slowly,\u201d said Chief economist at Desjardins.",
    quotes: [{ text: "Rates will come down slowly,", speaker: null }],
  },
  {
    kind: "title inside the attribution",
    text: "\u201cThe mayor will not be commenting,\u201d said Chief spokesperson for Mayor Jane Roe.",
    quotes: [{ text: "The mayor will not be commenting,", speaker: null }],
  },
  // A title's translation in brackets between the title and a full name (`Ogimaa (Chief) Jane Roe`): the name speaks (round 34; before, the title did, or no one).
  {
    kind: "title inside the attribution",
    text: 'The council said it was concerned.\n\n"We were never consulted," said Ogimaa (Chief) Jane Roe in an interview.\n\n"Not once."',
    quotes: [
      { text: "We were never consulted,", speaker: "Jane Roe" },
      { text: "Not once.", speaker: "Jane Roe" },
    ],
  },
  // Control: a party in brackets after the name.
  {
    kind: "title inside the attribution",
    text: '"We were never consulted," said Jane Roe (NDP) in a statement on Friday.',
    quotes: [{ text: "We were never consulted,", speaker: "Jane Roe" }],
  },
  // A hyphenated office joined by `and` to another before the name (`President and Vice-Chancellor
  // Jane Roe said`) is a title like `Vice President` (round 38, from r53).
  {
    kind: "title inside the attribution",
    text: "The university will take a new name in the spring. Tom Baker, a student, welcomed it.\n\n\u201cThis is a very important moment in our history,\u201d President and Vice-Chancellor Jane Roe said.",
    quotes: [{ text: "This is a very important moment in our history,", speaker: "Jane Roe" }],
  },
  // Controls, read so before as now: the office alone after `said`, and after the name in lower case.
  {
    kind: "title inside the attribution",
    text: "Acme Mining Ltd. will close the mine. Tom Baker, a miner, was at the meeting.\n\n\u201cWe did everything we could,\u201d said Vice-President Jane Roe.",
    quotes: [{ text: "We did everything we could,", speaker: "Jane Roe" }],
  },
  {
    kind: "title inside the attribution",
    text: "Acme Mining Ltd. will close the mine.\n\n\u201cWe did everything we could,\u201d Jane Roe, the company's vice-president, said.",
    quotes: [{ text: "We did everything we could,", speaker: "Jane Roe" }],
  },
  // A step below a rank hyphened to its abbreviation opens the name (round 39, from r60).
  {
    kind: "title inside the attribution",
    text: "About 100 troops were sent to the capital.\n\n\u201cIt was a little bit fortuitous in terms of the timing,\u201d said Sub-Lt. Andrew McLaughlin of the 31 Canadian Brigade Group.",
    quotes: [{ text: "It was a little bit fortuitous in terms of the timing,", speaker: "Andrew McLaughlin" }],
  },
];
