// Regression cases of the kind “document for its issuer” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const DOCUMENT_FOR_ITS_ISSUER: RegressionCase[] = [
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
  // `X sent a statement saying …`: the statement is the object of `sent`; its words are X's.
  {
    kind: "document for its issuer",
    text: "The vote was called off on Wednesday.\n\nThe Harbour Authority sent a statement saying the wharf would stay closed “until the engineers say it is safe.”",
    quotes: [{ text: "until the engineers say it is safe.", speaker: "Harbour Authority" }],
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
  // `X issued a statement …` closing a paragraph, then a bare quotation: the statement is X's.
  {
    kind: "document for its issuer",
    text: "The hospital board met behind closed doors. Later, the Health Ministry issued a statement on the delays.\n\n“We offer a sincere apology to patients and their families.”",
    quotes: [{ text: "We offer a sincere apology to patients and their families.", speaker: "Health Ministry" }],
  },
  // `it` after a document's issuer, with places named in passing since: the issuer speaks,
  // never a place that was only named.
  {
    kind: "document for its issuer",
    text: "The budget, tabled by the Finance Department on Tuesday, sets aside $2 billion for housing in Moncton and Saskatoon. “Canadians deserve homes they can afford,” it said.",
    quotes: [{ text: "Canadians deserve homes they can afford,", speaker: "Finance Department" }],
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
  {
    kind: "document for its issuer",
    text: "Council approved a disputed motion from the mayor on Wednesday. The motion notes that it “leaves the skating rink alone.”",
    quotes: [{ text: "leaves the skating rink alone.", speaker: null }],
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
  // `In a 12-page letter from Jane Roe, …`: a number among the words between `In` and the
  // writing is no capital; the letter's author speaks its words, as without the number.
  {
    kind: "document for its issuer",
    text: 'Talks at the mill broke down on Friday.\n\nIn a 12-page letter from Dana Whitcombe, the company\'s director of labour relations, to the union, the company expects workers to "return to the table in good faith."',
    quotes: [{ text: "return to the table in good faith.", speaker: "Dana Whitcombe" }],
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
  // `The Lakeshore Ferry inquiry’s final statement …` then `the release said`: one writing by
  // another of its names still speaks for the possessor met with its first name.
  {
    kind: "document for its issuer",
    text: "The Lakeshore Ferry inquiry\u2019s final statement blamed the operator for the delays.\n\n\u201cNobody on the dock was told the truth,\u201d the release said.",
    quotes: [{ text: "Nobody on the dock was told the truth,", speaker: "Lakeshore Ferry inquiry" }],
  },
  // `distributed a two-page statement` then `the statement said`: a writing that any verb of
  // issuing takes as its object, past a word of qualification, is its subject's.
  {
    kind: "document for its issuer",
    text: "The Lakeview Nurses Union distributed a two-page statement at the rally on Monday.\n\n\u201cWe will not accept these cuts,\u201d the statement said.",
    quotes: [{ text: "We will not accept these cuts,", speaker: "Lakeview Nurses Union" }],
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
  // `Its 40-page report said`: a number between the possessive and the writing's noun is read
  // past as a word of no capital is (`its final report`); the body `its` stands for wrote it.
  {
    kind: "document for its issuer",
    text: "Lakeview Hydro inspected the old dam over the winter.\n\nIts 40-page report said, \u201cThe dam needs repairs before the spring melt.\u201d",
    quotes: [{ text: "The dam needs repairs before the spring melt.", speaker: "Lakeview Hydro" }],
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
    text: "But in a letter from their daycare Lakeview Academy, parents were told that fees could rise \u201cquite significantly.\u201d\n\n\u201cWe are sharing this with you in advance,\u201d the letter read.",
    quotes: [
      { text: "quite significantly.", speaker: null },
      { text: "We are sharing this with you in advance,", speaker: "Lakeview Academy" },
    ],
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
  // `a post from 4 p.m. CST`: a time zone after a clock time is the time's, never an author's name.
  {
    kind: "document for its issuer",
    text: "A wildfire burned north of the village on Thursday.\n\n\u201cLeave the village now by the south road,\u201d reads a post from 4 p.m. CST on Thursday.",
    quotes: [{ text: "Leave the village now by the south road,", speaker: null }],
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
  // `In a statement, he congratulated Jane Roe` before `the statement read`: the subject set off
  // after the opening phrase issued the writing; the object of its verb (Roe) is whom it speaks of.
  {
    kind: "document for its issuer",
    text: "Tom Hall has conceded the race for mayor.\n\nIn a statement, he congratulated Jane Roe on her win.\n\n\u201cI wish her well in the job ahead,\u201d the statement read.",
    quotes: [{ text: "I wish her well in the job ahead,", speaker: "Tom Hall" }],
  },
  // `In a letter Friday, the union thanked Tom Baker`: a body's description set off after the
  // writing's opening issued it, as a name or a pronoun there does; never the verb's object.
  {
    kind: "document for its issuer",
    text: "The Acme Workers Union signed a new contract this week.\n\nIn a letter Friday, the union thanked Tom Baker for his help.\n\n\u201cWe could not have done it without him,\u201d the letter said.",
    quotes: [{ text: "We could not have done it without him,", speaker: "Acme Workers Union" }],
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
  // A date (`from Aug. 4`) or a place after the link of a writing that opens the sentence says
  // when or where it is from, never who wrote it.
  {
    kind: "document for its issuer",
    text: "In a crop report from Aug. 4, the farm ministry says that \u201cmost fields east of the river have had no rain since June.\u201d",
    quotes: [{ text: "most fields east of the river have had no rain since June.", speaker: null }],
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
  // A day's name dates a writing and names no one: `a notice posted Thursday evening` is not a
  // speaker called `Notice posted Thursday evening`; with no issuer found, no speaker.
  {
    kind: "document for its issuer",
    text: "Hikers were turned back at the trailhead all weekend.\n\nA notice posted Thursday evening says the trail is \u201cclosed until the bridge is rebuilt.\u201d",
    quotes: [{ text: "closed until the bridge is rebuilt.", speaker: null }],
  },
  // `a statement from the city councillor`: a person's description that opens on `the city`
  // names no city government, though the text named the city of Brandon before.
  {
    kind: "document for its issuer",
    text: "The city of Brandon closed the pool. A statement from the city councillor says the closure is \u201ca mistake we can still fix.\u201d",
    quotes: [{ text: "a mistake we can still fix.", speaker: null }],
  },
  // `according to the Ministry of the Harbour Master's website`: the ministry speaks for its
  // website, and its name holds no possessive (never `Ministry of the Harbour Master's`).
  {
    kind: "document for its issuer",
    text: "The notice goes to every ferry operator to \u201ckeep the docks clear,\u201d according to the Ministry of the Harbour Master's website.",
    quotes: [{ text: "keep the docks clear,", speaker: "Ministry of the Harbour Master" }],
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
  // A prize's jury stays the prize's when the novel's plot holds a word a court's business also
  // uses (`a woman accused of …`): only a court's own words, near the jury, make it a trial's.
  {
    kind: "document for its issuer",
    text: "Jane Roe won the Acme Fiction Prize on Monday. Her novel follows a woman accused of killing her husband.\n\n\u201cA luminous, unsettling book,\u201d read the jury\u2019s citation.",
    quotes: [{ text: "A luminous, unsettling book,", speaker: "Acme Fiction Prize jury" }],
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
  // `the company` is no person's whose sentence calls a thing `it` (`says it will take years`):
  // only an `it` that a company's act follows (`it is short of stock`, `it will close`) makes the
  // name a company's.
  {
    kind: "document for its issuer",
    text: "Residents fear the plant will close. Chukwuemeka Oyelaran says it will take years to rebuild the town.\n\n\u201cWe regret the decision,\u201d a statement from the company said.",
    quotes: [{ text: "We regret the decision,", speaker: null }],
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
  // `Chief Tom Baker has issued a directive` then `the directive said`: a directive is a writing
  // its issuer speaks through, as a memo or a notice is.
  {
    kind: "document for its issuer",
    text: "Fire Chief Tom Baker has issued a sweeping directive to all Millbrook crews on Monday.\n\n\u201cOvertime is cancelled until the spring,\u201d the directive said.",
    quotes: [{ text: "Overtime is cancelled until the spring,", speaker: "Tom Baker" }],
  },
  {
    kind: "document for its issuer",
    text: "A survey released in May by the Oakvale Academy of Arts, Letters and Music noted that choirs are shrinking.\n\n\u201cFewer schools now offer music at all,\u201d the survey concluded.",
    quotes: [{ text: "Fewer schools now offer music at all,", speaker: "Oakvale Academy of Arts, Letters and Music" }],
  },
  // `said a statement issued Monday by Lise Tremblant`: the day it came out stands between the
  // participle and its author.
  {
    kind: "document for its issuer",
    text: "\u201cThe ministry knows of a death in Arequipa,\u201d said a statement issued Monday by Lise Tremblant, a spokesperson for the ministry.",
    quotes: [{ text: "The ministry knows of a death in Arequipa,", speaker: "Lise Tremblant" }],
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
  // A writing got hold of with its day (`obtained Friday by`): the one who obtained it did not write it,
  // though a date stands between the participle and `by` (only issuing participles pass a date).
  {
    kind: "document for its issuer",
    text: "\u201cThe bridge deck is rotten,\u201d said a report obtained Friday by the Corvale Ledger.",
    quotes: [{ text: "The bridge deck is rotten,", speaker: null }],
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
  // Police and court stories. A writing `from` a place's force is the force's, not the city's
  // (`a statement from Hamilton police`) when `police` closes the phrase; a passive `was charged`
  // says nothing, so a release's issuer is not the one charged; `the officer` or a rank's noun is the officer given that rank, not a person
  // given none named since (`Const. Jane Roe arrested Mark Levin`); of two officers, no one.
  {
    kind: "document for its issuer",
    text: "A statement from Hamilton police said the man was taken to hospital.\n\n\u201cHe is in stable condition,\u201d the statement said.",
    quotes: [{ text: "He is in stable condition,", speaker: "Hamilton police" }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cHe is in stable condition,\u201d said a statement from Calgary police.",
    quotes: [{ text: "He is in stable condition,", speaker: "Calgary police" }],
  },
  {
    kind: "document for its issuer",
    text: "The Ontario Provincial Police said in a release that the driver was charged.\n\n\u201cHe will appear in court in Barrie,\u201d the release said.",
    quotes: [{ text: "He will appear in court in Barrie,", speaker: "Ontario Provincial Police" }],
  },
  {
    kind: "document for its issuer",
    text: "Mark Levin was arrested Tuesday.\n\n\u201cWe are reviewing the case,\u201d the statement said.",
    quotes: [{ text: "We are reviewing the case,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "The city of Hamilton closed the pool.\n\n\u201cThe tiles are unsafe,\u201d the report said.",
    quotes: [{ text: "The tiles are unsafe,", speaker: null }],
  },
  // Adversarial police and court texts. `the statement` with no statement met is no one's, not
  // the body the sentence before was about: a court, a force or a transit body acted on there
  // issued no statement. A force's noun that opens a longer phrase or joins another author
  // (`Toronto police spokesperson Jane Roe`, `Hamilton police and the family`) is not the force's
  // writing (nor, yet, its named author's). Two officers of the rank leave `the sergeant` no one's.
  {
    kind: "document for its issuer",
    text: "The Supreme Court of Canada declined to hear the case.\n\n\u201cOur fight is over,\u201d the statement said.",
    quotes: [{ text: "Our fight is over,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "The Toronto Transit Commission was sued by the family of a man who died on the tracks.\n\n\u201cHe should be alive today,\u201d the statement said.",
    quotes: [{ text: "He should be alive today,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "A statement read at the vigil asked for privacy. The Independent Investigations Office of B.C. has been notified.\n\n\u201cShe was a loving mother,\u201d the statement said.",
    quotes: [{ text: "She was a loving mother,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe are investigating,\u201d said a statement from Toronto police spokesperson Jane Roe.",
    quotes: [{ text: "We are investigating,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "\u201cWe are investigating,\u201d said a statement from Hamilton police Const. Jane Roe.",
    quotes: [{ text: "We are investigating,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "A release from Halifax police Tuesday said two men were arrested.\n\n\u201cBoth will appear in court,\u201d the release said.",
    quotes: [{ text: "Both will appear in court,", speaker: "Halifax police" }],
  },
  // A body's acronym defined in brackets names the body however the acronym is written: in mixed
  // case, with the place that opens the name left out, or with an acronym of the name's own kept whole.
  {
    kind: "document for its issuer",
    text: "The Serious Incident Response Team (SiRT) investigation began on April 18.\n\n\u201cThe officer declined to contribute to the investigation,\u201d the SiRT report notes.",
    quotes: [{ text: "The officer declined to contribute to the investigation,", speaker: "Serious Incident Response Team" }],
  },
  // A title word opening a body's name (`Independent`), the rest no person's and ending in an organisation's word, is the body's own word: the issuer keeps its whole name (round 34; before, `Investigation Unit`).
  {
    kind: "document for its issuer",
    text: 'Manitoba\'s Independent Investigation Unit has launched two probes.\n\nIn the first case, the unit was told an officer "was involved in an incident several weeks earlier," an IIU news release said on Friday.',
    quotes: [{ text: "was involved in an incident several weeks earlier,", speaker: "Independent Investigation Unit" }],
  },
  // Still a title before a person's name.
  {
    kind: "document for its issuer",
    text: 'Independent MP Jane Roe voted against the bill.\n\n"It is a bad law," Roe said.',
    quotes: [{ text: "It is a bad law,", speaker: "Jane Roe" }],
  },
  // A body's noun qualifying an unsigned writing names its issuer, not the one who spoke before it (round 35, before: the officer).
  {
    kind: "document for its issuer",
    text: "When Oakvale police arrived at the beach, they found coyotes.\n\n\u201cThe coyote was confrontational,\u201d says Staff-Sergeant Tom Baker of Oakvale Police 51 Division.\n\nA police news release added: \u201cResidents should supervise small children and dogs playing outdoors.\u201d",
    quotes: [
      { text: "The coyote was confrontational,", speaker: "Tom Baker" },
      { text: "Residents should supervise small children and dogs playing outdoors.", speaker: "Oakvale Police" },
    ],
  },
  // Control: a writing with no qualifier still speaks for whoever spoke just before it.
  {
    kind: "document for its issuer",
    text: "When Oakvale police arrived at the beach, they found coyotes.\n\n\u201cThe coyote was confrontational,\u201d says Staff-Sergeant Tom Baker of Oakvale Police 51 Division.\n\nA news release added: \u201cResidents should supervise small children and dogs playing outdoors.\u201d",
    quotes: [
      { text: "The coyote was confrontational,", speaker: "Tom Baker" },
      { text: "Residents should supervise small children and dogs playing outdoors.", speaker: "Tom Baker" },
    ],
  },
  // Control from a helper's review: a body's noun of another sort than the body found (`a union statement` after a General Motors spokesperson) names no issuer; the writing speaks for the one who spoke before, as it did.
  {
    kind: "document for its issuer",
    text: "General Motors spokesperson Tom Baker said the plant would close.\n\nA union statement added: \u201cThis is a betrayal of workers.\u201d",
    quotes: [{ text: "This is a betrayal of workers.", speaker: "Tom Baker" }],
  },
  // `according to` a writing names its author after `from` or `by`, after the quotation or opening the sentence (round 35, before: no one).
  {
    kind: "document for its issuer",
    text: "About 5,000 people were affected by an outage on Tuesday.\n\n\u201cThe outage was caused by vandalism,\u201d according to an email from a Corvale Communications spokesperson.",
    quotes: [{ text: "The outage was caused by vandalism,", speaker: "Corvale Communications spokesperson" }],
  },
  {
    kind: "document for its issuer",
    text: "About 5,000 people were affected by an outage on Tuesday.\n\nAccording to an email from a Corvale Communications spokesperson, the outage was caused by a fibre cut \u201ccaused by vandalism and theft.\u201d",
    quotes: [{ text: "caused by vandalism and theft.", speaker: "Corvale Communications spokesperson" }],
  },
  // Control: a writing with no author named after it names no source.
  {
    kind: "document for its issuer",
    text: "About 5,000 people were affected by an outage on Tuesday.\n\n\u201cThe outage was caused by vandalism,\u201d according to an internal email.",
    quotes: [{ text: "The outage was caused by vandalism,", speaker: null }],
  },
  // From a third review: a civic noun qualifying the writing names the town the text named (`a city news release` after `the City of Kelowna`).
  {
    kind: "document for its issuer",
    text: "The City of Kelowna says a boil-water advisory is in effect. Resident Tom Roe said his tap water was brown.\n\n\u201cIt looked like tea,\u201d Roe said.\n\nA city news release added: \u201cResidents should boil water for one minute before drinking.\u201d",
    quotes: [
      { text: "It looked like tea,", speaker: "Tom Roe" },
      { text: "Residents should boil water for one minute before drinking.", speaker: "City of Kelowna" },
    ],
  },
  // A count of writings the subject issued (`Acme Corp. issued two statements`) introduces them:
  // `the second statement read` is Acme's (round 38, from r57).
  {
    kind: "document for its issuer",
    text: "On Friday, Acme Corp. issued two statements about the job cuts.\n\n\u201cWe remain focused on driving efficiencies across our work force,\u201d the second statement read.",
    quotes: [{ text: "We remain focused on driving efficiencies across our work force,", speaker: "Acme Corp." }],
  },
  // Control: a plural writing no count introduces (`published reports`) is no issuer's.
  {
    kind: "document for its issuer",
    text: "Several outlets published reports about Acme Corp. last week.\n\n\u201cThe cuts will be smaller than that,\u201d the report said.",
    quotes: [{ text: "The cuts will be smaller than that,", speaker: null }],
  },
  // A court's writing no sentence gave an issuer speaks for the court named last (round 39,
  // from r48 and r58): `the ruling`, `the decision`, `the majority judgment`.
  {
    kind: "document for its issuer",
    text: "The Supreme Court of Canada upheld the law on Friday.\n\n\u201cThe law is sound and fair to all,\u201d the majority judgment said.",
    quotes: [{ text: "The law is sound and fair to all,", speaker: "Supreme Court of Canada" }],
  },
  {
    kind: "document for its issuer",
    text: "The Ontario Court of Appeal ordered a new trial for Tom Baker.\n\n\u201cThe trial was unfair to the accused,\u201d the decision said.",
    quotes: [{ text: "The trial was unfair to the accused,", speaker: "Ontario Court of Appeal" }],
  },
  // Control: a council's decision is no court's.
  {
    kind: "document for its issuer",
    text: "The city council voted to close the rink on Friday.\n\n\u201cThe rink costs too much to run,\u201d the decision said.",
    quotes: [{ text: "The rink costs too much to run,", speaker: null }],
  },
  // A post on a page or an account is its owner's (round 39, from r48): the platform closes
  // no name (`the Acme Students Union Facebook page`).
  {
    kind: "document for its issuer",
    text: "Students marched to the legislature on Monday.\n\n\u201cCuts hurt every student this year,\u201d read a post on the Acme Students Union Facebook page.",
    quotes: [{ text: "Cuts hurt every student this year,", speaker: "Acme Students Union" }],
  },
  {
    kind: "document for its issuer",
    text: "The team signed its outfielder for another year.\n\n\u201cThe deal is done,\u201d a tweet posted on the Major League Baseball Twitter account said.",
    quotes: [{ text: "The deal is done,", speaker: "Major League Baseball" }],
  },
  {
    kind: "document for its issuer",
    text: "Students marched to the legislature on Monday.\n\n\u201cCuts hurt every student this year,\u201d read a post on the Facebook page of the Acme Students Union.",
    quotes: [{ text: "Cuts hurt every student this year,", speaker: "Acme Students Union" }],
  },
  // Control: a post on a platform names no owner.
  {
    kind: "document for its issuer",
    text: "Students marched to the legislature on Monday.\n\n\u201cCuts hurt every student this year,\u201d read a post on Facebook.",
    quotes: [{ text: "Cuts hurt every student this year,", speaker: null }],
  },
  // From the round's review: two courts (one read as a person's name), or a judge named, leave a
  // ruling no one's; a comment on a team's page is a fan's, not the team's.
  {
    kind: "document for its issuer",
    text: "The Alberta Court of Appeal set aside the Court of King\u2019s Bench order.\n\nBoth sides had asked for costs.\n\n\u201cEach party shall bear its own costs,\u201d the judgment said.",
    quotes: [{ text: "Each party shall bear its own costs,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Justice Mary Moreau of the Ontario Superior Court dismissed the lawsuit on Friday.\n\n\u201cThe claim was brought well outside the limitation period,\u201d the ruling said.",
    quotes: [{ text: "The claim was brought well outside the limitation period,", speaker: null }],
  },
  {
    kind: "document for its issuer",
    text: "Fans posted their reactions online.\n\n\u201cWorst trade in franchise history,\u201d read one comment on the Edmonton Oilers Facebook page.",
    quotes: [{ text: "Worst trade in franchise history,", speaker: null }],
  },
];
