// Regression cases of the kind “subject of the clause” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SUBJECT_OF_THE_CLAUSE: RegressionCase[] = [
  // A count opens a description as a determiner does: the farmers chanted, not the last person named.
  {
    kind: "subject of the clause",
    text: "Jane Roe had promised a fight. Outside the hall, about 300 farmers gathered in the rain, holding signs and chanting “No deal,” as the vote began.",
    quotes: [{ text: "No deal,", speaker: null }],
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
  // `on Sunday` is a time, not a place: the name after it, set off by a comma, is still the subject.
  {
    kind: "subject of the clause",
    text: "At one point on Sunday, Jane Roe, who has many followers, tweeted, “The bridge will open on time.”",
    quotes: [{ text: "The bridge will open on time.", speaker: "Jane Roe" }],
  },
  // A verb of saying set off after what was reported, the speaker named right after it: a later `he` is that speaker.
  {
    kind: "subject of the clause",
    text: "The inspector general was asked to investigate on Thursday.\n\nThe case immediately raised questions about the force, said Tom Baker, a law professor at Acme University.\n\n“Most people have never heard of the inspector general,” he said.",
    quotes: [{ text: "Most people have never heard of the inspector general,", speaker: "Tom Baker" }],
  },
  // `quoted the prime minister as saying`: the one quoted speaks, not the one quoting.
  {
    kind: "subject of the clause",
    text: "Prime Minister Jane Roe gave an interview to anchor Tom Baker on Tuesday. He quoted the prime minister as saying her father taught her to “trust people.”",
    quotes: [{ text: "trust people.", speaker: "Jane Roe" }],
  },
  // Of coordinated subjects the first speaks for the pair: `she and Baker agreed … “…”` is hers.
  {
    kind: "subject of the clause",
    text: "Premier Ann Marsh met Prime Minister Tom Baker in Ottawa on Friday.\n\nMarsh said she and Baker agreed to meet again “in a few months” to review the deal.",
    quotes: [{ text: "in a few months", speaker: "Ann Marsh" }],
  },
  // A gerund after `for` takes the one blamed as its subject: the words are Baker's, not Marsh's.
  {
    kind: "subject of the clause",
    text: "Opposition Leader Ann Marsh lashed out at Premier Tom Baker for saying her plan was “reckless and cruel.”",
    quotes: [{ text: "reckless and cruel.", speaker: "Tom Baker" }],
  },
  // Before `, saying`, the clause set off by a comma is the predicate, not an appositive.
  {
    kind: "subject of the clause",
    text: "Lena Ortiz met council staff on Monday.\n\nOrtiz, herself a former council member, unveiled the budget on Tuesday, saying it would fund repairs “without a tax hike.”",
    quotes: [{ text: "without a tax hike.", speaker: "Lena Ortiz" }],
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
  // A verb of saying inside a clause opened by `when` has that clause's subject; `When he
  // returned he began by saying` keeps the main clause's.
  {
    kind: "subject of the clause",
    text: "The mill matters. However, when Mayor Ann Marsh blames the province and says it would act “if the plant closed in any town in the south” she forgets the mill.",
    quotes: [{ text: "if the plant closed in any town in the south", speaker: "Ann Marsh" }],
  },
  // A subject inside what another verb reports (`She conceded some members wanted …`) is not
  // who has the floor: a bare quotation next is the main clause's subject's.
  {
    kind: "subject of the clause",
    text: "Mayor Jane Roe spoke to the union on Friday.\n\nShe conceded some members wanted her to drop the plan. “We did not drop it, and we never will.”",
    quotes: [{ text: "We did not drop it, and we never will.", speaker: "Jane Roe" }],
  },
  // `labelled X a Y Friday and said`: the day closes the first verb's phrase; its subject says.
  {
    kind: "subject of the clause",
    text: "TORONTO — Opposition Leader Tom Baker labelled the Prime Minister a fiscal bungler Friday and said he will ask for more than promises when the budget comes.\n\nHe also criticized the government for releasing its forecast Thursday – saying it was a careless thing to do.\n\n“I asked him to show us the numbers,” he told a business lunch.",
    quotes: [{ text: "I asked him to show us the numbers,", speaker: "Tom Baker" }],
  },
  // A participle right after a named place introduced by `in` tells what the clause's subject did there.
  {
    kind: "subject of the clause",
    text: "Opposition critic Jane Roe raised the matter again on Tuesday.\n\nShe tabled a question in the House of Commons asking for “the names of all officials who signed the contract.”",
    quotes: [{ text: "the names of all officials who signed the contract.", speaker: "Jane Roe" }],
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
  // A name opening the clause, then a comma and an indefinite role with no closing comma: the role is an appositive.
  {
    kind: "subject of the clause",
    text: "Crews worked through the night to reach the last homes.\nBrian Tallman, a councillor with Red Pine First Nation said half the town had left by noon.\n“We need more planes,” he said.",
    quotes: [{ text: "We need more planes,", speaker: "Brian Tallman" }],
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
  // `Late Tuesday,` opening a sentence is a time, not a person named Late.
  {
    kind: "subject of the clause",
    text: "Tom Baker chaired the meeting. Late Tuesday: “We will appeal the ruling.”",
    quotes: [{ text: "We will appeal the ruling.", speaker: "Tom Baker" }],
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
    kind: "subject of the clause",
    text: 'Marc Thibault, 71, of Edmundston, N.B., told the committee: "The clinic closed in June."',
    quotes: [{ text: "The clinic closed in June.", speaker: "Marc Thibault" }],
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
  // `Jane Roe, a student in the ecology program at Lakeview University, one of the schools spared
  // by the cuts, said`: the university is the object of `at` inside the first appositive; the
  // comma after it opens the second, and the subject stands before both.
  {
    kind: "subject of the clause",
    text: "Dana Whitfield, a student in the marine biology program at Lakeview University, one of the few programs spared by the cuts, said Friday the campus is \u201cin shock.\u201d",
    quotes: [{ text: "in shock.", speaker: "Dana Whitfield" }],
  },
  // `Jane Roe, Acme's president of mining said`: an appositive opened by a possessor, its closing
  // comma missing, is read past as one opened by an article is; the name before it speaks.
  {
    kind: "subject of the clause",
    text: "The new mine will hire hundreds.\n\n\u201cThis is only the start of the hiring,\u201d Dana Whitfield, Lakeview Mining\u2019s head of operations said.",
    quotes: [{ text: "This is only the start of the hiring,", speaker: "Dana Whitfield" }],
  },
  // `The premier says Westland doesn't deserve comments that …`: a description read as the subject
  // of `comments` taken for a verb runs over the finite `says`; a clause is no speaker's name, so
  // the pronoun later goes to the premier named before.
  {
    kind: "subject of the clause",
    text: "Westland Premier Jane Roe is criticizing the federal minister over remarks about a fuel tax.\n\nThe premier says Westland doesn't deserve comments that scare off investors.\n\n\u201cOttawa has no authority over our oil fields,\u201d she said in a statement.",
    quotes: [{ text: "Ottawa has no authority over our oil fields,", speaker: "Jane Roe" }],
  },
  // `ACHC reports long waits` heading the story: an initialism before `reports` (a verb here) is a
  // body's name, not a modifier of a writing, so `ACHC says` below names it.
  {
    kind: "subject of the clause",
    text: "MVCH reports long waits this weekend\n\nParents face long waits at MVCH again, as the hospital deals with a surge.\n\n\u201cBring your child in if the fever lasts past two days,\u201d MVCH says on its website.",
    quotes: [{ text: "Bring your child in if the fever lasts past two days,", speaker: "MVCH" }],
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
  // As for `family` above: `a Roe ally said` is an ally's words, never Roe's, though only the
  // article and the name were left of the subject once `ally` was read as an adverb.
  {
    kind: "subject of the clause",
    text: "Premier Jane Roe toured the flooded towns on Monday.\n\n\u201cShe will win this fight easily,\u201d a Roe ally said.",
    quotes: [{ text: "She will win this fight easily,", speaker: null }],
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
  // A name after the preposition a clause opens with (`On Twitter,`, `In Halifax,`) says where or
  // how; the subject is the name set off after the description of its organisation.
  {
    kind: "subject of the clause",
    text: "Shelters in the city were full again this week.\n\nOn Twitter, the chair of the Harbourfront Merchants Group, Jane Roe, wrote \u201cthe situation downtown is frankly dire.\u201d",
    quotes: [{ text: "the situation downtown is frankly dire.", speaker: "Jane Roe" }],
  },
  // `“…,” Roe, who was traded by the Jets to the Flames said`: a relative clause after the name
  // whose closing comma is missing; the name, opening the clause, speaks, not a name inside it.
  {
    kind: "subject of the clause",
    text: "\u201cI know they are upset but he is only giving his honest view,\u201d Vrbel, who was traded by the Jets to the Canucks said.",
    quotes: [{ text: "I know they are upset but he is only giving his honest view,", speaker: "Vrbel" }],
  },
  // A body's name through `of` before a noun it qualifies (`the … Workers of Ontario union`, `the
  // Court of Appeal panel`) is read whole, never cut at `of` to the place and the noun.
  {
    kind: "subject of the clause",
    text: "The Brewery and Distillery Workers of Ontario union says the closure is \u201ca hard blow for the valley.\u201d",
    quotes: [{ text: "a hard blow for the valley.", speaker: "Brewery and Distillery Workers of Ontario union" }],
  },
  // A bare role set off after the name that opens the clause (`, chief operating officer of the
  // hospital,`, no article) is the name's appositive, as one with an article is: the participle
  // after the main verb (`spoke …, saying`) is the name's, and so is the `he` that follows.
  {
    kind: "subject of the clause",
    text: "Dr. Tom Baker, chief operating officer of the Lakeview hospital, spoke during a news conference, saying the man arrived shortly after midnight.\n\n\u201cWithin the hour his condition worsened,\u201d he said.",
    quotes: [{ text: "Within the hour his condition worsened,", speaker: "Tom Baker" }],
  },
  // `talking with the Liberal MLAs and the three Labour Party MLAs but said`: a conjunction
  // before the verb joins verb phrases; it ends no description, and the clause's subject speaks.
  {
    kind: "subject of the clause",
    text: "Dana Roe would not rule out talking with the 30 Liberal MLAs and the three Labour Party MLAs but said her team will sit down with anyone who \u201cwants the town to thrive.\u201d",
    quotes: [{ text: "wants the town to thrive.", speaker: "Dana Roe" }],
  },
  // `Roe was in that lineup, but says she …`: a form of `be` and its complement before `but says`
  // is the first of two verbs sharing one subject, whatever sentence of the paragraph it opens.
  {
    kind: "subject of the clause",
    text: "Jane Roe scored the winner in the semifinal.\n\nThe defeat echoed one from years ago for the hosts. Roe was in that lineup, but says she recalls little of it.\n\n\u201cI know I played that night. But it is all a blur now.\u201d",
    quotes: [{ text: "I know I played that night. But it is all a blur now.", speaker: "Jane Roe" }],
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
  // `Jane Roe, Mayor, Lakeview Town Council said`: a one-word capitalised role right after the
  // name closes the appositive as a longer one does; the person speaks, not the council.
  {
    kind: "subject of the clause",
    text: "The flood reached the town hall on Monday.\n\n\u201cWe will rebuild,\u201d Jane Roe, Mayor, Lakeview Town Council said.",
    quotes: [{ text: "We will rebuild,", speaker: "Jane Roe" }],
  },
  // A description after a preposition (`the exit of his finance minister, Jane Roe,`) is its
  // object inside the speaker's appositive: the name set off after it is no subject; one opening
  // the clause (`The chair of the board, Jane Roe, said`) still is.
  {
    kind: "subject of the clause",
    text: "Tom Baker, speaking a day after the exit of his finance minister, Jane Roe, said the \u201ctruly sweeping\u201d review would start soon.\n\nThe chair of the Oakvale board, Ann Smith, said the plan was \u201cvery bold.\u201d",
    quotes: [
      { text: "truly sweeping", speaker: "Tom Baker" },
      { text: "very bold.", speaker: "Ann Smith" },
    ],
  },
  // A semicolon opens a clause of its own: its named subject (`Orr closed her news briefing
  // with …`) carries the quoted words, where the sentence opens with a thing (`That night`).
  {
    kind: "subject of the clause",
    text: "Dana Orr is the mayor of Pellston.\nIt\u2019s a big day for the mayor of Pellston: she\u2019s just laid out her reasons for keeping the rate steady.\nThat night was also Game 2 of the league finals; Orr closed her news briefing with a loud \u201cGo Hawks!\u201d",
    quotes: [{ text: "Go Hawks!", speaker: "Dana Orr" }],
  },
  // A noun phrase after the comma (`a view economist … said he did not share`) makes the name the
  // subject of a clause about the words before it, not the quotation's reporting clause.
  {
    kind: "subject of the clause",
    text: "Harbour master Jane Roe spoke to the council on Monday. She says the new cranes will not arrive before spring.\nUntil they do, the port will keep facing a \u201cslow-motion pileup\u201d of late ships and angry shippers, a view economist Tom Baker said he did not share.",
    quotes: [{ text: "slow-motion pileup", speaker: "Jane Roe" }],
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
  // `the family of Darren Pellow said`: the family speaks, not the man named after `of`.
  {
    kind: "subject of the clause",
    text: 'A jury in Corvale found Tom Baker guilty of killing Darren Pellow, 31, in 2019.\n\n"It is a relief," said Crown prosecutor Anna Reyes outside the courthouse.\n\n"We are thankful for the jury," the family of Darren Pellow said.',
    quotes: [
      { text: "It is a relief,", speaker: "Anna Reyes" },
      { text: "We are thankful for the jury,", speaker: "Family of Darren Pellow" },
    ],
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
  // A preposition stranded at the end of a relative clause with a named subject (`The workers Omar Bey spoke for say`) leaves the bare form after it the sentence's verb: the workers speak.
  {
    kind: "subject of the clause",
    text: 'The workers Omar Bey spoke for say their pay was "simply stolen."',
    quotes: [{ text: "simply stolen.", speaker: "Workers Omar Bey spoke for" }],
  },
  // The same with `nurses`.
  {
    kind: "subject of the clause",
    text: 'The nurses Omar Bey spoke for say their pay was "simply stolen."',
    quotes: [{ text: "simply stolen.", speaker: "Nurses Omar Bey spoke for" }],
  },
  // Not fired: `in charge of` after an office is still a noun.
  {
    kind: "subject of the clause",
    text: 'Insp. Dana Whitlow, acting officer in charge of the Corvale Unit, said the case was "now closed."',
    quotes: [{ text: "now closed.", speaker: "Dana Whitlow" }],
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
  // An article after a writing's `by` opens its author's description: the writing runs on to it as before a name (`prepared by the Orvane Consulting firm`, `by a team led by Dr. Ana Vey`).
  {
    kind: "subject of the clause",
    text: 'The report written by a team led by Dr. Ana Vey said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: "Ana Vey" }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by the Orvane Consulting firm said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: "Orvane Consulting" }],
  },
  // Not fired: a bare description after `by` (`by staff for Mayor Tom Vell`) is not run on to whom it acts for.
  {
    kind: "subject of the clause",
    text: 'The report prepared by staff for Mayor Tom Vell said the bridge was "not safe."',
    quotes: [{ text: "not safe.", speaker: null }],
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
  // Not fired: after `by`, an article's description that acts for someone (`the office of Mayor Tom Vell`, `the staff of Senator Ada Quill`) or a noun after a single capital (`a Dunmore engineer`) names no author by its inner name (rev23f C).
  {
    kind: "subject of the clause",
    text: 'The report prepared by the office of Mayor Tom Vell said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: "Office of Mayor Tom Vell" }],
  },
  {
    kind: "subject of the clause",
    text: 'The report written by the staff of Senator Ada Quill said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by a Dunmore engineer said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: 'The report prepared by a Corvale firm said the plan was "too dangerous."',
    quotes: [{ text: "too dangerous.", speaker: "Corvale firm" }],
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
  // The quotation's own sentence opens with its speaker and a verb of stance: the next sentence's subject makes a claim of its own.
  {
    kind: "subject of the clause",
    text: "Uber contends limousine drivers are entrepreneurs \u2014 similar to vendors \u201cselling goods on eBay, Etsy or Shopify.\u201d The United Food and Commercial Workers union argues Uber Black drivers are like casual employees.",
    quotes: [{ text: "selling goods on eBay, Etsy or Shopify.", speaker: "Uber" }],
  },
  {
    kind: "subject of the clause",
    text: "The Canadian Medical Association maintains doctors are stretched thin, with many family physicians \u201cworking 60 hours a week.\u201d The Ontario Medical Association says the province must act.",
    quotes: [{ text: "working 60 hours a week.", speaker: "Canadian Medical Association" }],
  },
  {
    kind: "subject of the clause",
    text: "Loblaw maintains its profits are modest, in line with grocers \u201cacross North America and Europe.\u201d NDP Leader Jagmeet Singh argues the grocer is gouging shoppers.",
    quotes: [{ text: "across North America and Europe.", speaker: "Loblaw" }],
  },
  // Guard: with no speaker in its own sentence, the next sentence's subject still speaks; a signature still signs.
  {
    kind: "subject of the clause",
    text: "\u201cIt's a mess.\u201d Baker argues the plan will fail.",
    quotes: [{ text: "It's a mess.", speaker: "Baker" }],
  },
  {
    kind: "subject of the clause",
    text: "\u201cWe're ready.\u201d Roe said Tuesday.",
    quotes: [{ text: "We're ready.", speaker: "Roe" }],
  },
  {
    kind: "subject of the clause",
    text: "Uber contends drivers are entrepreneurs \u2014 similar to vendors \u201cselling goods on eBay.\u201d--Jane Roe",
    quotes: [{ text: "selling goods on eBay.", speaker: "Jane Roe" }],
  },
  {
    kind: "subject of the clause",
    text: "Roe argues the plan will fail. \u201cIt's a mess,\u201d said Baker.",
    quotes: [{ text: "It's a mess,", speaker: "Baker" }],
  },
  // A participle of a verb of saying whose past is listed (`charging`, `contending`) after the
  // clause's predicate: the quotation it introduces is the subject's, not the last speaker's.
  {
    kind: "subject of the clause",
    text: "Health Minister Eric Hoskins pledged more beds. \u201cWe are ready,\u201d Hoskins said.\n\nNDP Leader Andrea Horwath was skeptical of the plan, charging in question period that \u201c150 beds will not fix the mess.\u201d",
    quotes: [
      { text: "We are ready,", speaker: "Eric Hoskins" },
      { text: "150 beds will not fix the mess.", speaker: "Andrea Horwath" },
    ],
  },
  {
    kind: "subject of the clause",
    text: "Mayor Tom Baker defended the budget. \u201cIt is fair,\u201d Baker said.\n\nCouncillor Jane Roe voted against it, contending that \u201cthe fees will hurt families.\u201d",
    quotes: [
      { text: "It is fair,", speaker: "Tom Baker" },
      { text: "the fees will hurt families.", speaker: "Jane Roe" },
    ],
  },
  // A participle after a quoted word's comma shares the main clause's subject, as after a bare
  // word (clause-subjects.ts adjunctSubject); a participle closing a verb of calling's object is
  // no verb (`called the report flawed and added`); a plural possessor owns the subject's noun.
  {
    kind: "subject of the clause",
    text: "The coach, Berit Lowe, called the defeat “unacceptable,” adding: “We let the fans down.”",
    quotes: [{ text: "We let the fans down.", speaker: "Berit Lowe" }],
  },
  {
    kind: "subject of the clause",
    text: "Dutton’s spokesperson, Vera Lund, called the report flawed and added: “The numbers do not add up.”",
    quotes: [{ text: "The numbers do not add up.", speaker: "Vera Lund" }],
  },
  {
    kind: "subject of the clause",
    text: "The inspectors found the report flawed and added: “It must be redone.”",
    quotes: [{ text: "It must be redone.", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "The tenants’ lawyer, Hedda Moe, called the eviction unlawful, adding: “We will see the landlord in court.”",
    quotes: [{ text: "We will see the landlord in court.", speaker: "Hedda Moe" }],
  },
  // Reviewed: the verb of calling must stand right before that object (not one closing an opening
  // clause), and a plural possessor gives way only to a person or a body it has, not a writing.
  {
    kind: "subject of the clause",
    text: "Minutes after the owner called, Sergeant Kari Bye arrived and said: “The door had been forced.”",
    quotes: [{ text: "The door had been forced.", speaker: "Kari Bye" }],
  },
  {
    kind: "subject of the clause",
    text: "Marlin Systems’ statement was short: “We do not comment on rumours.”",
    quotes: [{ text: "We do not comment on rumours.", speaker: "Marlin Systems" }],
  },
  {
    kind: "subject of the clause",
    text: "Ada Reyes’ statement was brief: “We will not negotiate in public.”",
    quotes: [{ text: "We will not negotiate in public.", speaker: "Ada Reyes" }],
  },
  {
    kind: "subject of the clause",
    text: "Tomas Andreas was sentenced on Monday. Andreas’ lawyer, Petra Kvist, had a brief reply: “We will appeal.”",
    quotes: [{ text: "We will appeal.", speaker: "Petra Kvist" }],
  },
  // A place's possessive opening a description (`Canada’s largest municipal police service`, `Ontario’s top court`) is no subject of its own: the description is (round 34; before, `Canada` and `Ontario` spoke).
  {
    kind: "subject of the clause",
    text: "Canada\u2019s largest municipal police service has acknowledged \u201cinformally testing\u201d a powerful surveillance tool, but said it has stopped its use pending reviews.",
    quotes: [{ text: "informally testing", speaker: null }],
  },
  {
    kind: "subject of the clause",
    text: "Ontario\u2019s top court has ordered a third murder trial for a Corvale man, going as far as to say the defence may have a \u201cstrong argument\u201d to admit fresh evidence.",
    quotes: [{ text: "strong argument", speaker: "Ontario\u2019s top court" }],
  },
  // Control: a place's possessive before a person's name.
  {
    kind: "subject of the clause",
    text: "Canada\u2019s Jane Roe won gold on Sunday and said the race was \u201cthe best of my life.\u201d",
    quotes: [{ text: "the best of my life.", speaker: "Jane Roe" }],
  },
  // So too with an ordinal before the office (`Canada's 20th prime minister`): the name the appositive describes is the subject.
  {
    kind: "subject of the clause",
    text: 'Former prime ministers paid tribute on Thursday. Jean Roe, Canada\'s 20th prime minister, called the late Queen a "fantastic monarch" and said her death was "an enormous loss for all of us."',
    quotes: [{ text: "an enormous loss for all of us.", speaker: "Jean Roe" }],
  },
  // A name straight after `that`, before the verb, is the relative clause's own subject, not the noun before `that` (`groups that Roe says were “…”`; round 35, before: no one).
  {
    kind: "subject of the clause",
    text: "Chief executive Tobi Roe spoke on Monday.\n\nAcme will also eliminate roles as well as groups that Roe says were \u201cconvenient to have but too far removed from building products.\u201d",
    quotes: [{ text: "convenient to have but too far removed from building products.", speaker: "Tobi Roe" }],
  },
  {
    kind: "subject of the clause",
    text: 'Tom Baker said last week that he plans to introduce his own bill after having slammed an effort supported by the mayor and council leaders that Baker said would make "a terrible situation even worse."',
    quotes: [{ text: "a terrible situation even worse.", speaker: "Tom Baker" }],
  },
  // Control: a relative clause with its own verb before the name; the noun before `that` is the subject.
  {
    kind: "subject of the clause",
    text: "\u201cWe need more officers on the street,\u201d the organization that represents Tom Baker\u2019s officers said on Monday.",
    quotes: [{ text: "We need more officers on the street,", speaker: null }],
  },
  // A verb after `, but` shares the main clause's subject, not that of a subordinate clause closing the first verb phrase (round 35, before: `the meeting`).
  {
    kind: "subject of the clause",
    text: "Tom Baker will be invited to the meeting in Canada.\n\nJane Roe said she couldn\u2019t go into details about what the committee will discuss before the meeting was officially scheduled, but said \u201cit\u2019s looking exciting what we\u2019re planning to do.\u201d",
    quotes: [{ text: "it\u2019s looking exciting what we\u2019re planning to do.", speaker: "Jane Roe" }],
  },
  // Control: a main clause after the subordinate one keeps its own subject.
  {
    kind: "subject of the clause",
    text: "When Jane Roe arrived at the rink, Tom Baker smiled, but said \u201cwe still have a lot of work to do.\u201d",
    quotes: [{ text: "we still have a lot of work to do.", speaker: "Tom Baker" }],
  },
  // A role set off after a name without its closing comma may take its complement with `in`
  // (round 39, from r57): the name is the subject, not the school the role is in.
  {
    kind: "subject of the clause",
    text: "The city lost its files to ransomware.\n\n\u201cThe best defence is simple,\u201d David Skillicorn, a professor in the School of Computing at Queen\u2019s University explained.",
    quotes: [{ text: "The best defence is simple,", speaker: "David Skillicorn" }],
  },
  // Control: a place after `in` is the role's too.
  {
    kind: "subject of the clause",
    text: "The trial opened on Monday.\n\n\u201cIt is late,\u201d Jane Roe, a lawyer in Toronto said.",
    quotes: [{ text: "It is late,", speaker: "Jane Roe" }],
  },
  // A role in Title Case set off after a name without its closing comma, and one opening a clause
  // joined by `, and` (round 39, from r59).
  {
    kind: "subject of the clause",
    text: "The city is still digging out.\n\nBarbara Gray, General Manager of transportation services says digging out has been a \u201c24/7 job.\u201d",
    quotes: [{ text: "24/7 job.", speaker: "Barbara Gray" }],
  },
  {
    kind: "subject of the clause",
    text: "Some areas saw 55 cm fall, and Barbara Gray, general manager of transportation services says digging out has been a \u201c24/7 job.\u201d",
    quotes: [{ text: "24/7 job.", speaker: "Barbara Gray" }],
  },
  // Control: a title opening a name after the comma is the name's (`Mayor Jane Roe`), not a role.
  {
    kind: "subject of the clause",
    text: "The storm closed roads, and Tom Baker, Mayor Jane Roe\u2019s chief of staff, says the plows are \u201cworking around the clock.\u201d",
    quotes: [{ text: "working around the clock.", speaker: "Tom Baker" }],
  },
];
