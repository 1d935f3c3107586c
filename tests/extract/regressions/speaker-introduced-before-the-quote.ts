// Regression cases of the kind “speaker introduced before the quote” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SPEAKER_INTRODUCED_BEFORE_THE_QUOTE: RegressionCase[] = [
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
  // The guard for `New ARN Chief …`: a titled name after a preposition opens a phrase of its own,
  // and the main clause's subject is who is introduced before the bare quotation.
  {
    kind: "speaker introduced before the quote",
    text: "Before Premier Jane Roe arrived, Mayor Tom Baker had a message for the crowd.\n\n“We will not back down.”",
    quotes: [{ text: "We will not back down.", speaker: "Tom Baker" }],
  },
  // `Northland labour minister Jane Roe is urging …` then a bare quotation: a lower-case word
  // qualifying the office (`labour`) still leaves the person the subject, and the office in lower
  // case shows her a person as a title would, so the quotation that follows is hers.
  {
    kind: "speaker introduced before the quote",
    text: "The strike entered its third week on Monday.\n\nNorthland labour minister Jane Roe is urging both sides to return to the table.\n\n“I am worried by the situation. Both sides must find a deal soon.”\n\nBus drivers walked out last month.",
    quotes: [{ text: "I am worried by the situation. Both sides must find a deal soon.", speaker: "Jane Roe" }],
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
  // `Headline\n\n date 2025-02-14 Saint John's fire chief says …`: a date stamp opening the lead after
  // a headline is the page's too; read with the lead, the description ran back into it and the
  // quotation went to the place.
  {
    kind: "speaker introduced before the quote",
    text: 'Warehouse fire was the hardest yet\n\n date 2025-02-14 Saint John\'s fire chief says the warehouse fire was "the hardest call of my career."\n\nThe building stood empty.\n\nFire Chief Sam Lee said no one was hurt.',
    quotes: [{ text: "the hardest call of my career.", speaker: "Sam Lee" }],
  },
  // `…, said Jane Roe, noting …`: the participle after an inverted attribution is the same
  // speaker's; read back, its subject would be words of what was reported (`1,068 people`), and
  // the bare quotation in the next paragraph would go on from no one.
  {
    kind: "speaker introduced before the quote",
    text: "The shelter count rose again this year.\n\nAt last count, 1,068 people in the city were homeless, said Whitfield, noting that many more are never counted.\n\n\u201cSix months without a home is a long time.\u201d\n\nThe count is taken every spring.",
    quotes: [{ text: "Six months without a home is a long time.", speaker: "Whitfield" }],
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
  // A headline's sentence before the site's bars (`| Valley Radio | News`) is prose: its name is someone's.
  {
    kind: "speaker introduced before the quote",
    text: "Odile Fenner says bridge closures are \u2018a nuisance\u2019 | Valley Radio | News\n\n\u201cIt is a nuisance. We live with it,\u201d the bridge keeper told reporters on Friday.",
    quotes: [
      { text: "a nuisance", speaker: "Odile Fenner" },
      { text: "It is a nuisance. We live with it,", speaker: "Odile Fenner" },
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
  // A lone name's description may end in a short phrase of where or with whom (`Ken, a volunteer with the Mustard Seed,`): still a person's (round 34; before, the body's capitals in the phrase hid the noun).
  {
    kind: "speaker introduced before the quote",
    text: 'Outreach workers check on people downtown.\nKen, a volunteer with the Mustard Seed, was also out offering warm drinks.\n"We try to do what we can," he told reporters.',
    quotes: [{ text: "We try to do what we can,", speaker: "Ken" }],
  },
  // Still no person: a body's noun before the phrase.
  {
    kind: "speaker introduced before the quote",
    text: 'Zentrix, a software firm with offices in Halifax, laid off 40 workers.\n"It is a hard day," he said.',
    quotes: [{ text: "It is a hard day,", speaker: null }],
  },
  // A lone name given as a person's (`a resident named Carolina`) is a person, as one set off by a description is (round 34; before, no one).
  {
    kind: "speaker introduced before the quote",
    text: "One of those who shouted was a 52-year-old Corvale resident named Carolina.\n\n\u201cHe truly cares about people,\u201d she said of the candidate.\n\n\u201cIt just came out of my mouth,\u201d she said.",
    quotes: [
      { text: "He truly cares about people,", speaker: "Carolina" },
      { text: "It just came out of my mouth,", speaker: "Carolina" },
    ],
  },
  // Control: a body's noun before `called` shows no person.
  {
    kind: "speaker introduced before the quote",
    text: 'A company called Zentrix laid off 40 workers on Friday.\n\n"It is a hard day," he said.',
    quotes: [{ text: "It is a hard day,", speaker: null }],
  },
  // After a quotation closed by a full stop, a verb other than saying's own with an object of its own opens a new statement: it attributes nothing before it (round 35, before: `Conservatives`).
  {
    kind: "speaker introduced before the quote",
    text: 'Tom Baker was known for his hatred of what he called the Soviet "Evil Empire," voiced in his famous demand in Berlin in 1987: "Mr. Gorbachev, tear down this wall!" Conservatives still praise his refusal to accept the geopolitical status quo. But Baker did not roll back the Soviets.',
    quotes: [
      { text: "Evil Empire,", speaker: "Tom Baker" },
      { text: "Mr. Gorbachev, tear down this wall!", speaker: "Tom Baker" },
    ],
  },
  // Control: a verb of saying with its object after the stop still attributes.
  {
    kind: "speaker introduced before the quote",
    text: "The rally ran late. \u201cWe will win this riding.\u201d Jane Roe told the crowd.",
    quotes: [{ text: "We will win this riding.", speaker: "Jane Roe" }],
  },
  // `note` after a form of `take` is a noun, and an article may stand between the link and the possessor of a noun of saying: the quotation is the possessor's (round 35, before: `Toronto-born singer also took`).
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker criticized the government.\n\nThe Toronto-born singer also took note of the PMO\u2019s comment that \u201ceven the lifestyle of a rock star relies on the resources developed by Canadians.\u201d",
    quotes: [{ text: "even the lifestyle of a rock star relies on the resources developed by Canadians.", speaker: "PMO" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker criticized the government.\n\nThe singer took note of the comment that \u201ceven the lifestyle of a rock star relies on the resources developed by Canadians.\u201d",
    quotes: [{ text: "even the lifestyle of a rock star relies on the resources developed by Canadians.", speaker: "Tom Baker" }],
  },
  // Control: `noted` as a verb of saying still attributes to its subject.
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker criticized the government.\n\nThe singer noted that \u201ceven the lifestyle of a rock star relies on the resources developed by Canadians.\u201d",
    quotes: [{ text: "even the lifestyle of a rock star relies on the resources developed by Canadians.", speaker: "Tom Baker" }],
  },
  // Controls from a helper's review: a verb whose object names what was said (`read the statement`, `repeated the charge`) still attributes the quotation before it.
  {
    kind: "speaker introduced before the quote",
    text: "The company said little about the layoffs. \u201cWe are reviewing our operations.\u201d Spokesperson Dana Roe read the statement to reporters outside the plant.",
    quotes: [{ text: "We are reviewing our operations.", speaker: "Dana Roe" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Band council members were not invited. \u201cWe were not consulted.\u201d Chief Ruth Roe repeated the charge at a news conference Wednesday.",
    quotes: [{ text: "We were not consulted.", speaker: "Ruth Roe" }],
  },
  // Control from a third review: a verb that judges another's words (`mocked the statement`) after the quotation opens a statement of its own, as other verbs do.
  {
    kind: "speaker introduced before the quote",
    text: "Environment Minister Kyle Roe defended the carbon levy on Monday: \u201cFamilies will get more back than they pay.\u201d Opposition critics mocked the statement on social media.",
    quotes: [{ text: "Families will get more back than they pay.", speaker: "Kyle Roe" }],
  },
  // More nouns of saying whose `that` clause holds the quotation after a possessor (`the RCMP’s assurance that`; from a third review, round 35).
  {
    kind: "speaker introduced before the quote",
    text: "The RCMP spoke on Monday.\n\nJane Roe took note of the RCMP\u2019s assurance that \u201cthe investigation will be thorough and fair.\u201d",
    quotes: [{ text: "the investigation will be thorough and fair.", speaker: "RCMP" }],
  },
  // Control: a possessed noun that is no saying (`the RCMP’s investigation that`) leaves the words to the subject.
  {
    kind: "speaker introduced before the quote",
    text: "The RCMP spoke on Monday.\n\nJane Roe welcomed the RCMP\u2019s decision, saying \u201cthe investigation will be thorough and fair.\u201d",
    quotes: [{ text: "the investigation will be thorough and fair.", speaker: "Jane Roe" }],
  },
  // A clause joined by `but` or `and` after the quotation, with a subject of its own, is a new statement (round 36).
  {
    kind: "speaker introduced before the quote",
    text: "The board met on Tuesday.\n\nTrustee Ann Roe said she no longer trusts the chair \u2014 \u201cshe went behind our backs on the budget\u201d \u2014 but board member Tom Baker said he still backs her. \u201cIt is her call,\u201d Baker said.",
    quotes: [
      { text: "she went behind our backs on the budget", speaker: "Ann Roe" },
      { text: "It is her call,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Mayor Lina Roe called the plan \u201ca waste of public money for years to come,\u201d and Councillor Sam Baker told reporters he disagreed.",
    quotes: [{ text: "a waste of public money for years to come,", speaker: "Lina Roe" }],
  },
  // Controls: an attribution set off by a comma after the joined clause still credits the sentence's quotation; and
  // with no verb of saying before the quotation, the joined clause's subject is its speaker (from a helper's review).
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker owns a small hardware store in Brandon.\n\nBusiness has been \u201cslower than I have ever seen it,\u201d and Baker said he may close by spring.",
    quotes: [{ text: "slower than I have ever seen it,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker grew up poor. Losing his job drives him \u201cto work for others every single day,\u201d and he finds that in public service, he said.",
    quotes: [{ text: "to work for others every single day,", speaker: "Tom Baker" }],
  },
  // A saying in a clause of condition (`if Const. Tom Roe had asked`) did not happen; the sentence's speaker goes on (round 36).
  {
    kind: "speaker introduced before the quote",
    text: "The hearing ran for two days.\n\nIt could have gone differently, Sammy\u2019s mother, Ann Baker, said, if Const. Tom Roe had asked a simple question instead of yelling commands at her son.\n\n\u201cI believe if he asked my son, just this one question, he would not shoot him, he would calm him down.\u201d",
    quotes: [
      {
        text: "I believe if he asked my son, just this one question, he would not shoot him, he would calm him down.",
        speaker: "Ann Baker",
      },
    ],
  },
  // Control: the same saying, not in a condition, takes the floor.
  {
    kind: "speaker introduced before the quote",
    text: "The hearing ran for two days.\n\nIt could have gone differently, Sammy\u2019s mother, Ann Baker, said. Later Const. Tom Roe asked a simple question of the court.\n\n\u201cI believe I did what I was trained to do, every single time, and I would do it again tomorrow.\u201d",
    quotes: [
      { text: "I believe I did what I was trained to do, every single time, and I would do it again tomorrow.", speaker: "Tom Roe" },
    ],
  },
  // After a quotation closed by a stop, a verb of saying whose object is a clause, `that` left out (`confirmed defensive back Sam Lee will play`), starts a new statement (round 36).
  {
    kind: "speaker introduced before the quote",
    text: "Coach Tom Baker apologized on Friday.\n\n\u201cI let my emotions get the best of me,\u201d Baker said. \u201cI crossed a line out there and I own those remarks, every one.\u201d Rival coach Jim Roe then confirmed defensive back Sam Lee will play on Sunday.",
    quotes: [
      { text: "I let my emotions get the best of me,", speaker: "Tom Baker" },
      { text: "I crossed a line out there and I own those remarks, every one.", speaker: "Tom Baker" },
    ],
  },
  // Control: a verb whose object is what was said (`repeated the words`) still attributes the quotation before it.
  {
    kind: "speaker introduced before the quote",
    text: "Coach Tom Baker apologized on Friday.\n\n\u201cI let my emotions get the best of me,\u201d Baker said. \u201cWe will play hard on Sunday.\u201d Rival coach Jim Roe repeated the words twice to reporters.",
    quotes: [
      { text: "I let my emotions get the best of me,", speaker: "Tom Baker" },
      { text: "We will play hard on Sunday.", speaker: "Jim Roe" },
    ],
  },
  // Controls from a helper's review: a quotation that opens on its own after reported speech is the next sentence's speaker's rebuttal.
  {
    kind: "speaker introduced before the quote",
    text: "Winger Sam Lee said after practice that he felt fine. \u201cHe is not fine, and he knows it.\u201d Coach Tom Baker said Lee will miss at least two weeks.",
    quotes: [{ text: "He is not fine, and he knows it.", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Conservative critic Tom Baker said the plan was rushed.\n\n\u201cWe consulted for two years.\u201d Health Minister Jane Roe said she has heard from thousands of nurses.",
    quotes: [{ text: "We consulted for two years.", speaker: "Jane Roe" }],
  },
  // An -s form after a name a preposition governs (`a raft of Baker jokes`) is a plural noun, no verb of saying (round 36).
  {
    kind: "speaker introduced before the quote",
    text: "Comedian Jane Roe hosted the awards gala on Sunday.\n\nRoe then told the crew to cut a whole raft of Baker jokes. \u201cWe are better than that.\u201d\n\nThen the band played.",
    quotes: [{ text: "We are better than that.", speaker: "Jane Roe" }],
  },
  // Control: the same form after a name that opens its clause is the name's verb.
  {
    kind: "speaker introduced before the quote",
    text: "Comedian Jane Roe hosted the awards gala on Sunday.\n\nAt the end of the night, Tom Baker jokes about the weather. \u201cWe are better than that.\u201d",
    quotes: [{ text: "We are better than that.", speaker: "Tom Baker" }],
  },
  // A possessed noun of saying with `that` right before the mark (`rejecting the premier’s remark that “…”`) is the possessor's, whatever governs it (round 36).
  {
    kind: "speaker introduced before the quote",
    text: "Premier Jane Roe spoke in Moncton on Monday.\n\nSome mayors are rejecting the premier\u2019s remark that \u201croads are not a provincial priority.\u201d Tom Baker, president of the municipal union, says \u201cI cannot believe she said that.\u201d",
    quotes: [
      { text: "roads are not a provincial priority.", speaker: "Jane Roe" },
      { text: "I cannot believe she said that.", speaker: "Tom Baker" },
    ],
  },
  // Control: a verdict on the claim after its own verb is the sentence's speaker's.
  {
    kind: "speaker introduced before the quote",
    text: "Premier Jane Roe spoke in Moncton on Monday.\n\nMayor Tom Baker said the premier\u2019s claim that roads are fine is \u201csimply not true.\u201d",
    quotes: [{ text: "simply not true.", speaker: "Tom Baker" }],
  },
  // Controls from round 36's third review: a verb of saying in an opening subordinate clause does not take the quotation from
  // the joined clause's speaker; a question's answer is not the asker's continued quotation; a verb of repeating keeps the words its subject's.
  {
    kind: "speaker introduced before the quote",
    text: "Since Roe announced the cuts, parents have been \u201cscrambling for child care,\u201d and school trustee Tom Baker said he has heard from dozens of families.",
    quotes: [{ text: "scrambling for child care,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "\u201cWill there be layoffs?\u201d Baker asked. \u201cWe hope not.\u201d CEO Jane Roe said the company will know more in June.",
    quotes: [
      { text: "Will there be layoffs?", speaker: "Baker" },
      { text: "We hope not.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker repeated the union\u2019s warning that \u201cthe strike could last all winter.\u201d",
    quotes: [{ text: "the strike could last all winter.", speaker: "Tom Baker" }],
  },
  // Controls from round 36's fourth review: a short line after another's is a rebuttal or an answer; `relayed` repeats; a verb of saying's own
  // clause, an appositive between (`Jane Roe, the board chair, called the report “…,” and trustee Tom Baker said`), still holds the quotation.
  {
    kind: "speaker introduced before the quote",
    text: "\u201cIt\u2019s over,\u201d Jane Roe said. \u201cIt\u2019s not over.\u201d Tom Baker said the campaign will continue.",
    quotes: [
      { text: "It\u2019s over,", speaker: "Jane Roe" },
      { text: "It\u2019s not over.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker introduced before the quote",
    text: "\u201cAre you worried about the layoffs,\u201d Tom Baker asked. \u201cNot at all.\u201d Chief executive Jane Roe said the company has enough cash for two years.",
    quotes: [
      { text: "Are you worried about the layoffs,", speaker: "Tom Baker" },
      { text: "Not at all.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Tom Baker relayed the union\u2019s warning that \u201cthe strike could last all winter.\u201d",
    quotes: [{ text: "the strike could last all winter.", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker introduced before the quote",
    text: "Jane Roe, the board chair, called the report \u201cdeeply flawed,\u201d and trustee Tom Baker said he wanted an independent review.",
    quotes: [{ text: "deeply flawed,", speaker: "Jane Roe" }],
  },
];
