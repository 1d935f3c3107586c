// Regression cases of the kind “pronoun resolved wrongly” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const PRONOUN_RESOLVED_WRONGLY: RegressionCase[] = [
  // A pronoun goes to the subject of its own sentence before a name in a clause ahead of it.
  {
    kind: "pronoun resolved wrongly",
    text: "Premier Tom Baker spoke at a union hall in Regina on Monday.\n\nAs NDP MLAs and staff looked on, Baker warned of what he called a betrayal by Ottawa.\n\n“The next budget will be decided by workers, not bankers,” he said.",
    quotes: [{ text: "The next budget will be decided by workers, not bankers,", speaker: "Tom Baker" }],
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
  // `said Tuesday when a reporter asked`: the questioner in a `when` clause after the day of saying only sets the scene.
  {
    kind: "pronoun resolved wrongly",
    text: "“I am not worried,” Ann Marsh said Tuesday when a reporter asked about her budget.\n\n“The work is going well,” she added.",
    quotes: [
      { text: "I am not worried,", speaker: "Ann Marsh" },
      { text: "The work is going well,", speaker: "Ann Marsh" },
    ],
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
    kind: "pronoun resolved wrongly",
    // `many would say`: a plural speaker is no antecedent of `he`, which is the goalie named before.
    text: "Sam Ortiz let in four goals on 12 shots, in what many would say was his worst night of the year.\n\n“Everybody wants that one back,” he said.",
    quotes: [{ text: "Everybody wants that one back,", speaker: "Sam Ortiz" }],
  },
  // A name between a determiner and a noun only qualifies it (`the same Bluebird Media post`):
  // the pronoun after it stands for the person named before, not for that name.
  {
    kind: "pronoun resolved wrongly",
    text: "Mayor Tom Baker threatened the club's owners on Sunday.\n\nIn the same Bluebird Media post, he also urged the league to act, saying he has heard “a loud demand” from fans.",
    quotes: [{ text: "a loud demand", speaker: "Tom Baker" }],
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
  // A name set off by a comma that closes its sentence is an appositive (here of an object), not a subject taking over.
  {
    kind: "pronoun resolved wrongly",
    text: "“We will vote no,” Tom Baker said.\n\nHis question was the same one put last week by the mayor of Moncton, Paul Léger, to the opposition leader, Marc Cormier.\n\n“What is this council for?” he asked in the chamber.",
    quotes: [
      { text: "We will vote no,", speaker: "Tom Baker" },
      { text: "What is this council for?", speaker: "Paul Léger" },
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
  // A person's full name in the possessive owns what follows (`Roe’s Riverside office`): the
  // words after it name no one, and the person stays known, her gender too.
  {
    kind: "pronoun resolved wrongly",
    text: "Protesters gathered outside MPP Jane Roe’s Riverside office on Monday.\n\nTom Baker said he doubted that Roe – who said she was busy – would meet them.\n\n“We only want to be heard,” he said.",
    quotes: [{ text: "We only want to be heard,", speaker: "Tom Baker" }],
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
  {
    kind: "pronoun resolved wrongly",
    text: "A Halifax councillor has been cleared of a complaint filed by the mayor.\nCoun. Jane Dalton issued a statement Monday, saying she welcomed the ruling by the city's ombudsman, who found Dalton did not break the rules.\nIn her report, ombudsman Ann Marsh wrote that the aim of her review was to find whether Dalton shared secret files. The ombudsman also noted that Dalton asked the city's lawyers first.\n“I checked with everyone before I spoke,” Dalton told reporters.\nThe ombudsman wrote that in May she asked Mayor Tom Kerr “whether he would settle the matter,” but he declined.\n“There were easier ways for Mayor Kerr to raise this,” Dalton said.",
    quotes: [
      { text: "I checked with everyone before I spoke,", speaker: "Jane Dalton" },
      { text: "whether he would settle the matter,", speaker: "Ann Marsh" },
      { text: "There were easier ways for Mayor Kerr to raise this,", speaker: "Jane Dalton" },
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
  // `after Baker threatened … unless they stop what he called …`: the pronoun sits in the clause
  // the subordinate subject governs, so it stands for him, not for the sentence's first subject.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Roe flew to Oakvale last week after Bill Baker threatened to shut the ferry to lorries unless both towns halt what he called a “steady flood” of litter, “in particular bottles, and all the cans” onto the beaches.",
    quotes: [
      // `what he called a “…”`: his word, after the article as before it (given-words.ts).
      { text: "steady flood", speaker: "Bill Baker" },
      { text: "in particular bottles, and all the cans", speaker: "Bill Baker" },
    ],
  },
  // Guard: `that` after the subordinate clause resumes the first subject's reported speech.
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Roe told reporters after Bill Baker left that he would fight what he called “a shameful deal.”",
    quotes: [{ text: "a shameful deal.", speaker: "Tom Roe" }],
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
  {
    kind: "pronoun resolved wrongly",
    text: 'Dana Whitfield, a pharmacist from Utica, New York, said the shelves were bare in March.\n\n"We rationed insulin," she said.',
    quotes: [{ text: "We rationed insulin,", speaker: "Dana Whitfield" }],
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
  // `the firm Lakeview, Moss & Harding LLP`: a partnership's name ends in `LLP`, as a company's in
  // `Ltd.`; its last partner's surname is no person a later `she` could stand for.
  {
    kind: "pronoun resolved wrongly",
    text: "Lawyer Dana Whitfield is fighting the order.\n\nWhitfield, who works for the firm Lakeview, Moss & Harding LLP, filed a motion on Thursday. In it, she calls the order \u201can extraordinary restriction.\u201d",
    quotes: [{ text: "an extraordinary restriction.", speaker: "Dana Whitfield" }],
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
  // `chief coroner with the Lakeview Coroners Service Dr. Jane Roe said`: a body after a role's
  // link runs straight into a titled full name, the holder's, as after `director of the`; the
  // person is the subject a later `she` stands for, and the name the inverted verb's speaker.
  {
    kind: "pronoun resolved wrongly",
    text: "The panel's report came out on Monday.\n\nChief medical officer with the Lakeview Coroners Service Dr. Dana Whitfield said heat waves will come again.\n\n\u201cWe have to be ready for the next one,\u201d she said.",
    quotes: [{ text: "We have to be ready for the next one,", speaker: "Dana Whitfield" }],
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
  // `in New Silver Ledge, Alta.`, the name read without the `New` it lost: the preposition of place
  // stands before that capital, and the name is still a town's, no antecedent for `she`.
  {
    kind: "pronoun resolved wrongly",
    text: "After a long drive, Jane Roe of Halifax is glad to be in New Silver Ledge, Alta.\n\nBut she wonders why the order came so late.\n\n\u201cWe could not breathe in our own homes,\u201d she said.",
    quotes: [{ text: "We could not breathe in our own homes,", speaker: "Jane Roe" }],
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
  // `Minister of Long-Term Care Ann Roe`: the portfolio's last word is on the long lists of given
  // names only as a guess (`Care`); her name opens at `Ann`, whose gender lets `she` find her.
  {
    kind: "pronoun resolved wrongly",
    text: "The province released its report on Monday.\n\nMinister of Long-Term Care Ann Roe spoke to reporters after it came out.\n\n\u201cWe were not ready for this,\u201d she said.",
    quotes: [{ text: "We were not ready for this,", speaker: "Ann Roe" }],
  },
  // A given name alone that the text gives to two people (`Frank Roe`, `Frank Doe`) tells
  // neither apart: `her brother Frank` is no one named in full before him.
  {
    kind: "pronoun resolved wrongly",
    text: "A jury found Frank Roe guilty of arson on Friday.\n\nThe family of the victim sat in the front row, among them Mary's brother Frank who said he prays the family can now heal.\n\n\u201cShe lit up every room she walked into,\u201d he said.\n\nFrank Doe, the brother of Mary Doe, spoke to reporters after the verdict.",
    quotes: [{ text: "She lit up every room she walked into,", speaker: "Frank" }],
  },
  // A sex guessed from a given name the long lists hold (`Tomi`, guessed a woman) yields to the
  // text's own pronoun for the person (`Sato says he`), as an honorific does: `he` is Sato.
  {
    kind: "pronoun resolved wrongly",
    text: "Tomi Sato runs the only pharmacy in the village. Sato says he has never seen shortages like these.\n\n\u201cWe phone the distributor every morning,\u201d he said.",
    quotes: [{ text: "We phone the distributor every morning,", speaker: "Tomi Sato" }],
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
  // The same video caption with no stop before its running time (`… near the school 3:14`).
  {
    kind: "pronoun resolved wrongly",
    text: "\u201cWe are ready for the first residents,\u201d said John Doe, the town's emergency director.\n\nTom Baker tours the burned streets near the school 3:14\n\nResidents will need a pass to enter the upper town.\n\n\u201cThe water is not safe to drink yet,\u201d he said.",
    quotes: [
      { text: "We are ready for the first residents,", speaker: "John Doe" },
      { text: "The water is not safe to drink yet,", speaker: "John Doe" },
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
  // `a delight for Tom Baker, who was a teammate of Roe …. “…,” he said.`: a name inside the `who`
  // clause describing the person just introduced does not take that person's place for `he`.
  {
    kind: "pronoun resolved wrongly",
    text: "Frank Roe came home on Sunday after two years held overseas.\n\nThe news was a delight for Tom Baker, who was a teammate of Roe at Tallwood University in the 1980s.\n\n\u201cI always believed he would make it back,\u201d he said.",
    quotes: [{ text: "I always believed he would make it back,", speaker: "Tom Baker" }],
  },
  // `Minister of Health Adaeze Okonkwo on Monday`: a name after an office's title and `of` is the
  // holder's, no piece of a body's longer name, though no given name shows it; `she` stands for her.
  {
    kind: "pronoun resolved wrongly",
    text: 'The plan was announced by Minister of Health Adaeze Okonkwo on Monday at the legislature.\n\n"This is overdue," she said.',
    quotes: [{ text: "This is overdue,", speaker: "Adaeze Okonkwo" }],
  },
  // `Oakvale, Ont. She's attended …`: the province's stop ends the sentence before `She's` as before
  // `She`, so no name `Ont. She` is made for `she` to stand for.
  {
    kind: "pronoun resolved wrongly",
    text: 'The fair drew visitors to Oakvale, Ont. She\'s attended for a decade, said Jane Roe.\n\n"It was crowded," she said.',
    quotes: [{ text: "It was crowded,", speaker: "Jane Roe" }],
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
  // `Jane Roe, who was replaced by Mary Smith`: the passive's agent inside the `who` clause acts,
  // and a `she` after is the newcomer, not the person the clause describes.
  {
    kind: "pronoun resolved wrongly",
    text: "The board thanked Jane Roe, who was replaced by Mary Smith in May.\n\n\u201cI am excited to start,\u201d she said.",
    quotes: [{ text: "I am excited to start,", speaker: "Mary Smith" }],
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
  // A pronoun with its verb run on (`She’d`, `He’ll`) opening a sentence is that pronoun, no name.
  {
    kind: "pronoun resolved wrongly",
    text: "Nadia Marren chairs the Harlow Creek library board. She\u2019d told the council in June: \u201cWe cannot keep the doors open.\u201d",
    quotes: [{ text: "We cannot keep the doors open.", speaker: "Nadia Marren" }],
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
  // Not fired: a described subject that stands for a named person (`The premier`) is that person; another name before the pronoun (`past Ann Lisle, and she`) leaves it to the rules after.
  {
    kind: "pronoun resolved wrongly",
    text: 'Premier Tom Baxter visited the Corvale bridge site on Monday.\n\nThe premier toured the site with engineers, and he said the work was "right on track."\n\nCrews began work on the bridge in March. A worker carried the flag past Ann Lisle, and she called the day "a proud one."',
    quotes: [
      { text: "right on track.", speaker: "Tom Baxter" },
      { text: "a proud one.", speaker: "Ann Lisle" },
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
  // Not fired: `the mayor` the lookup reaches as a byline's writer named long before, with no role
  // and of the other sex than the last person named, is an unnamed mayor: no name (mend24B).
  {
    kind: "pronoun resolved wrongly",
    text: "Corvale swelters\n\nThis article was written by Ilse Marrow and Tomas Brennick.\n\nPupils at Pellworth Public School were sent home early on Monday.\n\nA power outage left 2,000 people without electricity, and the mayor vowed to address what she calls \u201cserious gaps\u201d in the plan.",
    quotes: [{ text: "serious gaps", speaker: null }],
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
  {
    kind: "pronoun resolved wrongly",
    text: "Tomas Brennick, longtime adviser to Premier Hal Brody, left the party on Tuesday. He had served for a decade.\n\n\u201cI could not stay,\u201d he said.",
    quotes: [{ text: "I could not stay,", speaker: "Tomas Brennick" }],
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
  // `and Sons` right after initials is a family firm's name, no person: the premier keeps `he` (mend25E).
  {
    kind: "pronoun resolved wrongly",
    text: "Premier Tom Baker said the province would help the mill.\n\n“This is a good day for Saint John,” he said.\n\nA.B. Roe and Sons won the bid to repair the dock.\n\n“We are looking at every option,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We are looking at every option,", speaker: "Tom Baker" },
    ],
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
  {
    kind: "pronoun resolved wrongly",
    text: "Const. Rachel Dube and Const. Ann Hale responded.\n\nOwner Lucy Tran said she had installed cameras. \u201cI don't sleep well,\u201d Tran said.\n\nThe officer said anyone with information should call. \u201cEven a small detail can help,\u201d she said.",
    quotes: [
      { text: "I don't sleep well,", speaker: "Lucy Tran" },
      { text: "Even a small detail can help,", speaker: null },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "After leaving the company, Roe, 54, started a bakery.\n\n\u201cI love it,\u201d she said.",
    quotes: [{ text: "I love it,", speaker: "Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Mark Levin was charged on Tuesday.\n\n\u201cI'm innocent,\u201d he told reporters.",
    quotes: [{ text: "I'm innocent,", speaker: "Mark Levin" }],
  },
  // Whom a question was about (`When asked about Sam Lee,`) is not the `he` who answers it.
  {
    kind: "pronoun resolved wrongly",
    text: "Coach Tom Baker met reporters after practice. When asked about the play of 38-year-old Sam Lee, he said \u201che shows the kids how it\u2019s done.\u201d",
    quotes: [{ text: "he shows the kids how it\u2019s done.", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Premier Tom Roe took questions Tuesday. Asked whether Sam Baker would run again, he said \u201cthat is his decision.\u201d",
    quotes: [{ text: "that is his decision.", speaker: "Tom Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Asked about Roe\u2019s comments, Baker said \u201cthat\u2019s not what happened.\u201d",
    quotes: [{ text: "that\u2019s not what happened.", speaker: "Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "When asked about her plans, Jane Roe said \u201cI\u2019m not going anywhere.\u201d",
    quotes: [{ text: "I\u2019m not going anywhere.", speaker: "Jane Roe" }],
  },
  // Short forms the generated lists give women and men alike, which English usage gives one sex
  // (`Tim`, `Holly`): `she` is not the Tim, `he` not the Holly, named last.
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Roe met Tim Baker on Friday.\n\n\u201cWe have waited for justice,\u201d she said.",
    quotes: [{ text: "We have waited for justice,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Roe met Holly Baker on Friday.\n\n\u201cWe have waited for justice,\u201d he said.",
    quotes: [{ text: "We have waited for justice,", speaker: "Tom Roe" }],
  },
  // A full name after `a` and an adjective (`a vibrant Sharlene Bosma`) is a person's, not a
  // make's or a model's (`a red Honda Fit`), when a given name of one sex opens it.
  {
    kind: "pronoun resolved wrongly",
    text: "Dellen Millard was found guilty on Thursday.\n\nFinally came the words of a vibrant Sharlene Bosma.\n\n\u201cWe have waited for justice,\u201d she said.",
    quotes: [{ text: "We have waited for justice,", speaker: "Sharlene Bosma" }],
  },
  // A fronted subordinate clause (`While he fought …,`) leaves the description after its comma
  // the lead-in's subject, whom the pronoun after the quotation stands for, not an unnamed one before.
  {
    kind: "pronoun resolved wrongly",
    text: 'The debate, brought to council over the objections of Mayor Rob Ford, turned into what one councillor called "an absolute mess of a meeting," with councillors voting to redraw transit maps.\n\nWhile he fought not to have the debate, the mayor could not have been happier about the outcome.\n\n"I feel fantastic," he said after high-fiving council allies.',
    quotes: [
      { text: "an absolute mess of a meeting,", speaker: null },
      { text: "I feel fantastic,", speaker: "Rob Ford" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Health Minister Anna Kovac tabled the bill on Monday, and one opposition critic called it "a step backwards for rural clinics."\n\nAlthough she had fought the idea for months, the minister was upbeat about the vote.\n\n"It is a good day for patients," she said.',
    quotes: [
      { text: "a step backwards for rural clinics.", speaker: null },
      { text: "It is a good day for patients,", speaker: "Anna Kovac" },
    ],
  },
  {
    kind: "pronoun resolved wrongly",
    text: 'Coach Mark Dupuis watched from the bench as one assistant called the play "a total mess."\n\nWhen he spoke to reporters, the coach did not hide his anger.\n\n"We were not ready," he said.',
    quotes: [{ text: "We were not ready,", speaker: "Mark Dupuis" }],
  },
  // After a fronted subordinate clause, a description that stands for no one named leaves the pronoun to the rules after: the victim is not who speaks.
  {
    kind: "pronoun resolved wrongly",
    text: "Winnipeg police Const. Paul Roy said a man was stabbed near Portage and Main on Sunday night.\n\nWhen officers arrived, the victim was conscious and talking.\n\n\u201cHe is expected to survive,\u201d he said.",
    quotes: [{ text: "He is expected to survive,", speaker: "Paul Roy" }],
  },
  // A description set off before an inverted `says Name.` is no subject of it: the name speaks, and `he` after is his (round 35, before: no one).
  {
    kind: "pronoun resolved wrongly",
    text: "Alex Roe\u2019s father came into emergency on Monday.\nDespite excellent, friendly staff, the long wait time is difficult for them both, says Alex Roe, his eyes red with tiredness.\n\u201cWait times are important. It would be nice if they could change it,\u201d he said.",
    quotes: [{ text: "Wait times are important. It would be nice if they could change it,", speaker: "Alex Roe" }],
  },
  // Control: a description with its appositive before the verb, and no name closing the clause after it, is the subject.
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Roe is the town\u2019s mayor.\n\nThe mayor, a former nurse, says Tom Baker is \u201csimply wrong about the clinic.\u201d",
    quotes: [{ text: "simply wrong about the clinic.", speaker: "Jane Roe" }],
  },
  // A pronoun is never someone its own clause names after it (`she told the court during Roe’s sentencing hearing`; round 36).
  {
    kind: "pronoun resolved wrongly",
    text: "Ann Baker sat in the front row as Const. Jane Roe was sentenced for the shooting.\n\n\u201cI lost my only child,\u201d she told the court during Roe\u2019s sentencing hearing.",
    quotes: [{ text: "I lost my only child,", speaker: "Ann Baker" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Ann Baker watched as Jane Roe took the stand.\n\nShe has called Roe \u201ca danger to every patient in the ward.\u201d",
    quotes: [{ text: "a danger to every patient in the ward.", speaker: "Ann Baker" }],
  },
  // Control: a name inside a clause set deeper is often the same person named again.
  {
    kind: "pronoun resolved wrongly",
    text: "In court, Jane Roe said little and sat still.\n\n\u201cThey are all accurate,\u201d she said after the prosecutor read the facts to which Roe admitted.",
    quotes: [{ text: "They are all accurate,", speaker: "Jane Roe" }],
  },
  // A surname that is a title (`Jane Bishop`), met alone after the full name, is still her (round 36).
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Bishop won silver in the 1,500 metres on Saturday.\n\nBishop, 24, led until the last bend, when Kenya\u2019s Ann Wanjiru passed her. Bishop still set a personal best.\n\n\u201cI gave it everything,\u201d she said after the race.",
    quotes: [{ text: "I gave it everything,", speaker: "Jane Bishop" }],
  },
  // Control: the title before another full name is that person's title.
  {
    kind: "pronoun resolved wrongly",
    text: "Jane Bishop spoke first at the church on Monday.\n\nBishop Ann Wells then addressed the crowd.\n\n\u201cWe are ready,\u201d she said.",
    quotes: [{ text: "We are ready,", speaker: "Ann Wells" }],
  },
  // Controls from a helper's review: a name before a noun (`a Leduc rally`) and a lone surname two people share leave the pronoun free.
  {
    kind: "pronoun resolved wrongly",
    text: "Conservative Leader Pierre Leduc drew thousands in Barrie on Saturday.\n\n\u201cAxe the tax, build the homes,\u201d he told a Leduc rally in the city's downtown.",
    quotes: [{ text: "Axe the tax, build the homes,", speaker: "Pierre Leduc" }],
  },
  {
    kind: "pronoun resolved wrongly",
    text: "Tom Baker, 22, was sentenced to life for the murder in Surrey.\n\nHis mother, Mary Baker, sat in the front row.\n\n\u201cI raised him better than this,\u201d she told the court during Baker\u2019s sentencing hearing.",
    quotes: [{ text: "I raised him better than this,", speaker: "Mary Baker" }],
  },
];
