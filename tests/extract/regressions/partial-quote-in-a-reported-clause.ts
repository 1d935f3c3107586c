// Regression cases of the kind “partial quote in a reported clause” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const PARTIAL_QUOTE_IN_A_REPORTED_CLAUSE: RegressionCase[] = [
  // A weaker verb of saying reports the `that` clause a partial quotation stands in: its subject
  // speaks, not the speaker of the sentence before.
  {
    kind: "partial quote in a reported clause",
    text: "Police said two officers were at the scene on Sunday.\nThe Serious Incident Response Team clarified in a news release on Monday that both officers fired “at the moving car” during the arrest.",
    quotes: [{ text: "at the moving car", speaker: "Serious Incident Response Team" }],
  },
  // `told the crowd that “it …”`: `that` before a clause is the conjunction of reported speech, not a determiner.
  {
    kind: "partial quote in a reported clause",
    text: "Mayor Ann Marsh spoke at the housing forum on Tuesday.\nShe told the crowd that “it does count who runs the harbour” when rents keep rising.",
    quotes: [{ text: "it does count who runs the harbour", speaker: "Ann Marsh" }],
  },
  // The grounds a speaker gives for praise or blame, quoted, are the speaker's words (round 10, PolNeAR train).
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Ann Roy spoke after the flood on Tuesday.\nRoy thanked the volunteers for “showing up when it mattered most.” The pumps ran all night.",
    quotes: [{ text: "showing up when it mattered most.", speaker: "Ann Roy" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Jack Lowe spoke in Regina on Monday.\nLowe blasted the railway for its “reckless disregard” of farm towns along the line.",
    quotes: [{ text: "reckless disregard", speaker: "Jack Lowe" }],
  },
  // `what X called “…”`: a free relative with a subject and a verb of naming hands the quoted words to
  // that subject, however few; `what is called “…”` has no one saying them (round 10, PolNeAR train).
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Rita Vance voted against the budget on Monday.\nThe plan would deepen what Vance called “a slow-motion crisis.” The vote was 7 to 4.",
    quotes: [{ text: "a slow-motion crisis.", speaker: "Rita Vance" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dr. Omar Hale, the chief medical officer, spoke on Friday.\nHale also pushed back on what he called “needless panic” over the school closures.",
    quotes: [{ text: "needless panic", speaker: "Omar Hale" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The bakery sells what is called “a tourtière” in the old town. It opens at six.",
    quotes: [],
  },
  // `…,” Le Devoir reported`: the outlet relays the words of the speaker named before them.
  {
    kind: "partial quote in a reported clause",
    text: "Councillor Omar Haddad called the budget “a betrayal of renters,” Le Devoir reported.",
    quotes: [{ text: "a betrayal of renters,", speaker: "Omar Haddad" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The minister called the audit “a hatchet job,” according to a report in the Ottawa Citizen.",
    quotes: [{ text: "a hatchet job,", speaker: null }],
  },
  // `declared … that “Manitoba is …”`: a quotation after `that` opening with a named subject and
  // its verb is a clause of reported speech, not a term; a headline's lone `Premier` names no one,
  // so the headline's words are the body's speaker's.
  {
    kind: "partial quote in a reported clause",
    text: "Premier declares 'Manitoba is open for business' at party convention\n\nManitoba's premier praised his government's record on Saturday, claiming gains in jobs and housing.\n\nTom Baker declared to a crowd at the Brandon Civic Centre that \"Manitoba is open for business again.\"",
    quotes: [
      { text: "Manitoba is open for business", speaker: "Tom Baker" },
      { text: "Manitoba is open for business again.", speaker: "Tom Baker" },
    ],
  },
  // `The authority says the officers agreed to … “…”`: a verb of saying with an infinitive reports
  // no words; its subject opens the clause `says` reports, and the reporter speaks.
  {
    kind: "partial quote in a reported clause",
    text: "The Halifax Port Authority is defending two of its officers after a near collision on Friday.\n\nThe authority says the officers agreed to slow down in an effort to “keep everyone safe,” and only left the channel after the ferry had passed.",
    quotes: [{ text: "keep everyone safe,", speaker: "Halifax Port Authority" }],
  },
  // Guard: a verb of saying proper in the reported clause (`say that Poirier told …`) keeps its subject.
  {
    kind: "partial quote in a reported clause",
    text: "Dan Poirier, a ferry captain, was fined on Friday.\n\nInspectors say that Poirier told one officer “the channel was clear” before the crash.",
    quotes: [{ text: "the channel was clear", speaker: "Dan Poirier" }],
  },
  // `Jane Roe said it addressed “…”`: `it` opening the reported clause speaks no words; the reporter does.
  {
    kind: "partial quote in a reported clause",
    text: "The housing plan drew praise from two councillors.\n\nOmar Haddad said it addressed “most of what tenants asked for,” though not rent control.",
    quotes: [{ text: "most of what tenants asked for,", speaker: "Omar Haddad" }],
  },
  // Guard: `it` as the sentence's own subject is still the thing, which names no speaker here.
  {
    kind: "partial quote in a reported clause",
    text: "The housing plan drew praise from two councillors.\n\nIt addressed “most of what tenants asked for,” though not rent control.",
    quotes: [{ text: "most of what tenants asked for,", speaker: null }],
  },
  // `Superior Court Justice Jane Roe found that …`: a judge named with her title finds in her
  // ruling's words, as `the judge found` does.
  {
    kind: "partial quote in a reported clause",
    text: "Ontario Superior Court Justice Mira Castellano found that the landlord\u2019s notice \u201cfell far short of what the law requires\u201d and set it aside.",
    quotes: [{ text: "fell far short of what the law requires", speaker: "Mira Castellano" }],
  },
  // `Acme Foods blamed “…”`, `citing “…”`, `apologized “for …”`: the verb's subject gave the
  // reasons or the apology quoted right after it, not the speaker before. And the quotation
  // that is a sentence of its own before such a one (`“….” In a news release, Acme Foods
  // blamed “…”`) is not that body's statement: the president's e-mail goes on.
  {
    kind: "partial quote in a reported clause",
    text: "Acme Foods president Tom Moss wrote to customers on Monday.\n\n\u201cPrices went up fast this year,\u201d Moss said in the e-mail.\n\n\u201cSadly, much of this is beyond us.\u201d In a news release, Acme Foods blamed \u201chigher costs for fuel and labour,\u201d which it passed on.",
    quotes: [
      { text: "Prices went up fast this year,", speaker: "Tom Moss" },
      { text: "Sadly, much of this is beyond us.", speaker: "Tom Moss" },
      { text: "higher costs for fuel and labour,", speaker: "Acme Foods" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Jane Roe spoke to the energy conference on Thursday.\n\n\u201cWe will keep working with the industry,\u201d Roe said.\n\nNorthline Oil put off its offshore project on Wednesday, citing \u201cweak prices and high costs.\u201d\n\nIn a statement, Harbourton Transit apologized \u201cfor the delay in telling riders about the closure.\u201d",
    quotes: [
      { text: "We will keep working with the industry,", speaker: "Jane Roe" },
      { text: "weak prices and high costs.", speaker: "Northline Oil" },
      { text: "for the delay in telling riders about the closure.", speaker: "Harbourton Transit" },
    ],
  },
  // A headline's role after the comma that closes its clause (`…, chief says`) or after its verb
  // of saying put first (`… says chief`) is a delayed identification, as one right after the
  // quotation is: the chief the lead then names said the headline's quoted words.
  {
    kind: "partial quote in a reported clause",
    text: "Housing must be \u2018front and centre\u2019 in the new plan, chief says\n\nChief Ann Lee of the Elm River First Nation spoke to reporters on Monday.\n\n\u201cWe have waited long enough,\u201d Lee said.",
    quotes: [
      { text: "front and centre", speaker: "Ann Lee" },
      { text: "We have waited long enough,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pipeline plan \u2018hard to accept\u2019 says chief\n\nChief Tom Moss of the Elm River First Nation met the company on Monday.\n\n\u201cWe were not asked,\u201d Moss said.",
    quotes: [
      { text: "hard to accept", speaker: "Tom Moss" },
      { text: "We were not asked,", speaker: "Tom Moss" },
    ],
  },
  // A person's noun a name owns (`Roe’s lawyer`, `Baker’s press secretary`) is someone else than
  // the owner: the subject before a participle of saying is the description, not the owner.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe was acquitted on Friday.\n\nJane Roe\u2019s lawyer has responded to the verdict by saying the family is relieved but \u201cthis is no day for celebration.\u201d",
    quotes: [{ text: "this is no day for celebration.", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Tom Baker faced questions in the legislature on Tuesday.\n\nBaker\u2019s press secretary brushed off the questions, first saying the donor is \u201ca private citizen,\u201d then declining to comment.",
    quotes: [{ text: "a private citizen,", speaker: null }],
  },
  // After `according to`, the name set off after the owned person's noun is the source (`Roe’s
  // cousin, Ann Lee`), as after `said`; the owner never is.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe died in hospital in March.\n\nThe hearing on Monday was \u201ca painful day,\u201d according to Jane Roe\u2019s cousin, Ann Lee.",
    quotes: [{ text: "a painful day,", speaker: "Ann Lee" }],
  },
  // Words quoted inside a sentence whose subject is a name (a body, a person) are part of what
  // that name did; the speaker of the sentence before never said them.
  {
    kind: "partial quote in a reported clause",
    text: "The Acme Farmers Federation met with the minister on Monday.\n\n\u201cThe talks went well,\u201d federation president Jane Roe said.\n\nThe Acme Farmers Federation has created a new committee to manage the fund and invest it to \u201csupport farm families for years to come.\u201d",
    quotes: [
      { text: "The talks went well,", speaker: "Jane Roe" },
      { text: "support farm families for years to come.", speaker: "Acme Farmers Federation" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "\u201cWe are grateful for every volunteer,\u201d shelter director Tom Baker said.\n\nOn Tuesday, councillor Ann Lee thanked the volunteers for keeping the shelter\u2019s \u201cdoors open all winter.\u201d",
    quotes: [
      { text: "We are grateful for every volunteer,", speaker: "Tom Baker" },
      { text: "doors open all winter.", speaker: "Ann Lee" },
    ],
  },
  // A quotation inside the subordinate clause that opens its sentence (`While X describes … as`)
  // is that clause's verb's; the main clause after it (`Y called …`) speaks other words, and a
  // bare quotation in the next paragraph goes on with Y, who took the floor.
  {
    kind: "partial quote in a reported clause",
    text: "While Acme Potash describes the shutdown as \u201ca short pause for the season,\u201d union representative Tom Baker called the layoffs a blow to the town.\n\n\u201cNobody has been told when to come back, so who can say how short it is.\u201d",
    quotes: [
      { text: "a short pause for the season,", speaker: "Acme Potash" },
      { text: "Nobody has been told when to come back, so who can say how short it is.", speaker: "Tom Baker" },
    ],
  },
  // A description that says something of a person its own reported clause names (`The judge
  // said the evidence of Jane Roe was …`) is someone else than that person, who would be `her`:
  // no speaker rather than the witness the description's fallback finds last named.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe gave evidence on Tuesday. Roe was driven home after she gave evidence.\n\nThe judge said Thursday the account of Roe and her daughter was \u201cmuddled and doubtful.\u201d",
    quotes: [{ text: "muddled and doubtful.", speaker: null }],
  },
  // A headline quotes its speaker's word or two with no verb of saying (`Tallwood mayor
  // ‘disappointed’ after vote`): the body's quotation of the one named speaker saying them tells
  // whose they are.
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood mayor \u2018deeply disappointed\u2019 after council vote on arena\n\nTallwood council voted 6-3 on Tuesday to sell the old arena.\n\n\u201cI am deeply disappointed with the result,\u201d Mayor Jane Roe told reporters.",
    quotes: [
      { text: "deeply disappointed", speaker: "Jane Roe" },
      { text: "I am deeply disappointed with the result,", speaker: "Jane Roe" },
    ],
  },
  // A headline that credits its quoted words after them (`, engineer says`, `: Tom Baker`) gives
  // the credited one's words, though the body never quotes them: the one named, or the person the
  // body introduces with the credit's title.
  {
    kind: "partial quote in a reported clause",
    text: "Riverton dam \u2018never once\u2019 at risk during the storm, engineer says\n\nThe Riverton dam held through three days of rain last week.\n\nEngineer Jane Roe, who inspected the dam on Monday, said the spillway worked as designed. \u201cThe water stayed well below the crest,\u201d Roe said.",
    quotes: [
      { text: "never once", speaker: "Jane Roe" },
      { text: "The water stayed well below the crest,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Oakvale rent increases \u2018too steep\u2019: Tom Baker\n\nOakvale tenants will pay up to nine per cent more from June.\n\nTom Baker, who leads the tenants\u2019 association, met landlords on Friday. \u201cWe asked for a freeze,\u201d Baker said.",
    quotes: [
      { text: "too steep", speaker: "Tom Baker" },
      { text: "We asked for a freeze,", speaker: "Tom Baker" },
    ],
  },
  // A headline whose subject, a title, has a verb of saying before its quoted words (`Tallwood
  // mayor describes tense ‘long night’`) gives the words of the one person the body introduces
  // with that title. A place before a descriptor (`Oakvale fire chief`) is no speaker's name.
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood mayor describes tense \u2018long night\u2019 during flood evacuation\n\nWater rose over the banks of the Tallwood River on Sunday.\n\nMayor Jane Roe toured the main street on Monday morning. \u201cWe will help every owner rebuild,\u201d Roe said.",
    quotes: [
      { text: "long night", speaker: "Jane Roe" },
      { text: "We will help every owner rebuild,", speaker: "Jane Roe" },
    ],
  },
  // A word or three after an article, given by a reported clause, are the speaker's (given-words.ts):
  // a verb of calling with its object (`called the fare increase a “…”`), a verb of saying whose
  // clause runs on to the mark, an attribution closing the sentence, or `according to`.
  {
    kind: "partial quote in a reported clause",
    text: "Millbrook council met on Monday. Mayor Tom Baker called the fare increase a “costly non-starter” for families.",
    quotes: [{ text: "costly non-starter", speaker: "Tom Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the town faces a “long winter” after the mill closed.",
    quotes: [{ text: "long winter", speaker: "Jane Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The ferry will need a “full overhaul” before spring, Brenvo Lustrik said on Monday.",
    quotes: [{ text: "full overhaul", speaker: "Brenvo Lustrik" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tallwood Council described the delay as a “total mess” in a letter to residents.",
    quotes: [{ text: "total mess", speaker: "Tallwood Council" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said crews faced “very challenging” conditions on the ridge.",
    quotes: [{ text: "very challenging", speaker: "Jane Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker called Jane Roe a “pompous blowhard,” and said her plan would fail.",
    quotes: [{ text: "pompous blowhard,", speaker: "Tom Baker" }],
  },
  // The attribution after the words is read past a title's full stop (`Dr.`).
  {
    kind: "partial quote in a reported clause",
    text: "The plan was a “total scam” for the town, Dr. Jane Roe said.",
    quotes: [{ text: "total scam", speaker: "Jane Roe" }],
  },
  // `no` is a determiner like `the`: a reported clause gives the words after it too.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the town had no “legal duty” to clear the roads.",
    quotes: [{ text: "legal duty", speaker: "Jane Roe" }],
  },
  // Every form of the verbs of calling and describing: `describing`, `labelling`.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe issued a statement describing the fare as a “fair deal” for riders.",
    quotes: [{ text: "fair deal", speaker: "Jane Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A video shows Tom Baker labelling the ferry a “floating ruin” in Oakvale.",
    quotes: [{ text: "floating ruin", speaker: "Tom Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Driver \u2018swerving wildly\u2019 before crash: police\n\nA car hit a pole in Oakvale on Monday night.\n\nNo one was hurt.",
    quotes: [{ text: "swerving wildly", speaker: null }],
  },
  // One quoted word, or an -ly adverb and a word, before a noun of a rule or a sign judges it: the
  // speaker's words (`the “spiteful” bylaw`); a name of it (`the “stop work” order`, `the “no”
  // side`) stays a name.
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe said the \u201ctruly spiteful\u201d bylaw would empty the Millbrook market.\n\nTom Baker said the town had a \u201cdeeply flawed\u201d policy on parking.\n\nJane Roe said voters backed the \u201cno\u201d side in Tallwood.",
    quotes: [
      { text: "truly spiteful", speaker: "Jane Roe" },
      { text: "deeply flawed", speaker: "Tom Baker" },
    ],
  },
  // A verb after a modal (`should remember`) inside what `said` reports is what someone should
  // do: the words are the reporter's, not the panel's nor the possessor's opening the sentence.
  {
    kind: "partial quote in a reported clause",
    text: "Auditor\u2019s counsel Lena Vos said the panel should remember that grief \u201cis not a verdict.\u201d",
    quotes: [{ text: "is not a verdict.", speaker: "Lena Vos" }],
  },
  // A participle of calling set off by a comma shares the subject of the clause before it, whose
  // words it quotes (given-words.ts), past a relative clause closed before it.
  {
    kind: "partial quote in a reported clause",
    text: "Judge Wendell Ostrov ruled on the Harlow Creek mill on Friday.\n\nIn a long decision, Ostrov rejected the owner's appeal, calling his account of the spill \u201cplainly invented,\u201d a finding the owner will contest.\n\nMayor Ilse Varga, who chairs the water board, called it a \u201cbitter day\u201d for the town.",
    quotes: [
      { text: "plainly invented,", speaker: "Wendell Ostrov" },
      { text: "bitter day", speaker: "Ilse Varga" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nVarga, who chairs the water board, rejected the plan, calling it a \u201ccomplete farce.\u201d\n\nThen she cut into Piet Lorne, calling him a \u201ctoo stiff.\u201d\n\nMeanwhile, in a long speech, she praised the port, calling it a \u201creal gem.\u201d However, she spared the crew, calling them \u201ctrue heroes.\u201d",
    quotes: [
      { text: "complete farce.", speaker: "Ilse Varga" },
      { text: "too stiff.", speaker: "Ilse Varga" },
      { text: "real gem.", speaker: "Ilse Varga" },
      { text: "true heroes.", speaker: "Ilse Varga" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Piet Lorne spoke at the Harlow Creek hall on Friday.\n\nHe later said her budget was a gamble, called her \u201cutterly reckless\u201d and walked out.",
    quotes: [{ text: "utterly reckless", speaker: "Piet Lorne" }],
  },
  // `counsel` is a verb of saying before it is a role noun: `advisers counsel patience` says nothing,
  // and `the counsel said` is no role the last-named person holds.
  {
    kind: "partial quote in a reported clause",
    text: "The tribunal sat in Pellston on Monday.\n\nPiet Lorne said advisers counsel patience and called the delay \u201cquite normal.\u201d",
    quotes: [{ text: "quite normal.", speaker: "Piet Lorne" }],
  },
  // A pair of dashes around an aside leaves the reported clause running on to the quoted words.
  {
    kind: "partial quote in a reported clause",
    text: "Treasurer Nadia Kovel spoke in Harlow Creek on Tuesday.\n\nKovel added the goal is to build \u2014 chiefly in transit, ports and clinics \u2014 in a \u201cmeasured and careful way.\u201d",
    quotes: [{ text: "measured and careful way.", speaker: "Nadia Kovel" }],
  },
  // A verb of urging reports its subject's demand, in the subject's words.
  {
    kind: "partial quote in a reported clause",
    text: "Opposition leader Marta Quill spoke at the Harlow Creek legislature on Monday.\n\nQuill also urged Premier Dov Hask to drop his \u201cutterly reckless\u201d $4 million lawsuit against the port.",
    quotes: [{ text: "utterly reckless", speaker: "Marta Quill" }],
  },
  // A sentence the text's end cuts off (a page saved up to a length) is prose all the same.
  {
    kind: "partial quote in a reported clause",
    text: "Crown lawyer Oren Pallis spoke at the Harlow Creek courthouse on Monday.\n\nDuring his closing argument, Crown lawyer Oren Pallis said based on the \u201cvery grim\u201d nature of the crimes, Lorne should wait a span of at least",
    quotes: [{ text: "very grim", speaker: "Oren Pallis" }],
  },
  // An attribution set off by commas in mid-sentence gives the words before it, as one closing it does.
  {
    kind: "partial quote in a reported clause",
    text: "Telvane Logistics opened a depot in Harlow Creek in May.\n\nThe depot will be a \u201ctruly stable\u201d place to work, Telvane said in a statement, with 1,200 jobs in Harlow Creek.",
    quotes: [{ text: "truly stable", speaker: "Telvane Logistics" }],
  },
  // A one-word name with an apostrophe opening the sentence of a set-off participle (`O’Hale
  // rejected …, calling it “…”`): the name went into a regular expression with `\’` escaped, a
  // syntax error under the `u` flag, and the whole draft threw.
  {
    kind: "partial quote in a reported clause",
    text: "Ciaran O\u2019Hale chairs the Pellworth harbour board.\n\nO\u2019Hale rejected the plan on Monday, calling it a \u201cslow squeeze.\u201d",
    quotes: [{ text: "slow squeeze.", speaker: "Ciaran O\u2019Hale" }],
  },
  // A name before a plural noun after `, and` (`Harbour Watch members`) only qualifies it: no
  // subject of a clause of its own, so the speaker of the sentence goes on.
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker told reporters the site was \u201ca strain on the street,\u201d and Harbour Watch members \u201chave had enough.\u201d",
    quotes: [
      { text: "a strain on the street,", speaker: "Tom Baker" },
      { text: "have had enough.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Tom Baker told reporters the site was \u201ca strain on the street,\u201d and Oakvale officials \u201cwill not say when it closes.\u201d",
    quotes: [
      { text: "a strain on the street,", speaker: "Tom Baker" },
      { text: "will not say when it closes.", speaker: "Tom Baker" },
    ],
  },
  // A reported clause holding a few quoted words, then a comma and `shipping analyst Corin Abbate
  // said`: the role in lower case before the name opens the reporting clause as the comma does, and
  // the words are Abbate's, not the previous sentence's `They`.
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth Harbour Authority blames the delays on staffing shortages. They say a task force has been set up.\nAs freight volumes keep rising, ports everywhere will go on dealing with a \u201cslow-motion pileup\u201d of late ships and angry shippers, shipping analyst Corin Abbate said on Thursday.",
    quotes: [{ text: "slow-motion pileup", speaker: "Corin Abbate" }],
  },
  // `accused the board of “…”`: the accuser's charge in the accuser's words, a partial quotation,
  // finite or as a participle sharing the clause's subject.
  {
    kind: "partial quote in a reported clause",
    text: "Premier Idris Kemble accused the board of \u201cgrossly careless\u201d treatment of the families.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Premier Idris Kemble slammed the review on Tuesday, accusing the board of \u201cgrossly careless\u201d treatment of the families.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  // Not so a passive (`was accused of`, `has been accused by residents of`), which names no accuser
  // saying them, nor critics unnamed (`Critics accuse …`): their label is the writer's term.
  {
    kind: "partial quote in a reported clause",
    text: "Board chair Anwen Roskell was accused of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The ferry board has been accused by residents of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Critics accuse the board of \u201ccareless\u201d treatment of the families.",
    quotes: [],
  },
  // `went` before the words quotes only a speaker: a thing that goes (`the week went, “…”`) inside
  // what `told` reports says nothing; the one who told says the words.
  {
    kind: "partial quote in a reported clause",
    text: "On the morning after the last race, regatta spokesman Owen Teller told Radio Pellworth the week went, \u201cvery, very well.\u201d",
    quotes: [{ text: "very, very well.", speaker: "Owen Teller" }],
  },
  // Not when no verb of saying reports the clause: the crowd's cry is no one's the text names.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth about the last night of the regatta.\n\nThe crowd went, \u201cEncore! Encore!\u201d",
    quotes: [{ text: "Encore! Encore!", speaker: null }],
  },
  // So with `began`: an inquiry that began inside what `noting` reports says nothing; the one who
  // said it, before the aside, says the words.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller said while Marta Pell was not mayor at the start, noting that three clerks have come and gone since the inquiry began in 2019, \u201cthe buck stops at the mayor\u2019s desk.\u201d",
    quotes: [{ text: "the buck stops at the mayor\u2019s desk.", speaker: "Owen Teller" }],
  },
  // Not when the clause's verb reports nothing: the words after an inquiry that began are no one's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller left the hall in Pellworth before noon.\n\nThe inquiry began, \u201cas all of them do,\u201d with a list of names.",
    quotes: [{ text: "as all of them do,", speaker: null }],
  },
  // Not a song or a chant that goes: its words are its own, never the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the old harbour song went, \u201cRow the boat to Corvale, row it home again.\u201d",
    quotes: [{ text: "Row the boat to Corvale, row it home again.", speaker: null }],
  },
  // `said the Ledger report was “…”`: a writing's bare noun before a singular copula is a noun, not the verb `report` with the outlet as its subject; the words are the premier's.
  {
    kind: "partial quote in a reported clause",
    text: 'Corvale news outlet Ledger threw the town into a panic on Tuesday after it reported that Acme Motors would move south.\n\nPremier Dana Roe, who spoke to the head of Acme Motors, said the Ledger report was "not accurate at all" and that Acme wants to "grow here."',
    quotes: [
      { text: "not accurate at all", speaker: "Dana Roe" },
      { text: "grow here.", speaker: "Dana Roe" },
    ],
  },
  // Not fired: `The Ledger report said` is the writing speaking, and `Town officials report “…”` is still the verb.
  {
    kind: "partial quote in a reported clause",
    text: 'Corvale news outlet Ledger threw the town into a panic on Tuesday after it reported that Acme Motors would move south.\n\nThe Ledger report said the move was "all but final."\n\nTown officials report "no sign" of the move so far.',
    quotes: [
      { text: "all but final.", speaker: "Ledger" },
      { text: "no sign", speaker: null },
    ],
  },
  // `who Roe accused of “…”`: the relative pronoun is the accusation's object and the name after it
  // its subject, so the words are the named accuser's, never the accused head's.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble accused of \u201cgrossly careless\u201d conduct, resigned.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  // With a description for the accuser and no object before `of`, the words stay the writer's term.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, whom the premier accused of \u201ccareless\u201d conduct, resigned on Tuesday.",
    quotes: [],
  },
  // Not so an accusation with its object or an adverb before `of`, in a relative clause or reported.
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble accused on Tuesday of \u201cgrossly careless\u201d conduct, met again.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who accused the board of \u201cgrossly careless\u201d conduct, resigned.",
    quotes: [{ text: "grossly careless", speaker: "Anwen Roskell" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell said Idris Kemble accused her of \u201cgrossly careless\u201d conduct.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  // A crowd that goes (`the crowd went, “…”`) inside a report shouts its own words: not the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the crowd went, \u201cEncore! Encore!\u201d",
    quotes: [{ text: "Encore! Encore!", speaker: null }],
  },
  // A poem that goes, and chants (plural) that begin, keep their own words: not the teller's.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the old harbour poem went, \u201cRow the boat to Corvale, row it home again.\u201d",
    quotes: [{ text: "Row the boat to Corvale, row it home again.", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the chants began, \u201cGo Corvale.\u201d",
    quotes: [{ text: "Go Corvale.", speaker: null }],
  },
  // A line or a sign that goes moves or changes state (`went dead`, `went up`): the words after are
  // the teller's. Only when one begins are they its own.
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the phone line went, \u201ccompletely dead.\u201d",
    quotes: [{ text: "completely dead.", speaker: "Owen Teller" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the sign went, \u201cup on Monday.\u201d",
    quotes: [{ text: "up on Monday.", speaker: "Owen Teller" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Owen Teller told Radio Pellworth the line began, \u201cRow the boat.\u201d",
    quotes: [{ text: "Row the boat.", speaker: null }],
  },
  // A writing's bare noun before `is` is still the verb of a clause `what` opens (`What the researchers … report is`): the researchers speak.
  {
    kind: "partial quote in a reported clause",
    text: 'What the researchers at Corvale University report is "a collapse" in cod stocks.',
    quotes: [{ text: "a collapse", speaker: "Researchers at Corvale University" }],
  },
  // Not fired: `what` in the sentence before leaves `the Ledger report was` a noun.
  {
    kind: "partial quote in a reported clause",
    text: 'What a week. Premier Alan Crewe said the Ledger report was "deeply flawed."',
    quotes: [{ text: "deeply flawed.", speaker: "Alan Crewe" }],
  },
  // A writing's plural before a plural copula (`the Tribune reports were`) is a noun: the one who said so speaks.
  {
    kind: "partial quote in a reported clause",
    text: 'Mark Dunn said the Tribune reports were "a smear."',
    quotes: [{ text: "a smear.", speaker: "Mark Dunn" }],
  },
  // Not fired: `reports that` stays the outlet's verb.
  {
    kind: "partial quote in a reported clause",
    text: 'The Tribune reports that the mayor was "absolutely furious."',
    quotes: [{ text: "absolutely furious.", speaker: "Tribune" }],
  },
  // A relative pronoun before a named accuser is the accusation's object: `which/who/whom NAME
  // accused [adverb] of “…”` gives NAME; an adverb between the verb and `of` is no object.
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble accused of \u201cgrossly careless\u201d conduct, met again.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble accused last week of \u201cgrossly careless\u201d conduct, resigned on Friday.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, whom Idris Kemble accused of \u201cgrossly careless\u201d conduct, resigned on Friday.",
    quotes: [{ text: "grossly careless", speaker: "Idris Kemble" }],
  },
  // Not so a passive accusation, nor a relative clause whose name does no accusing.
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who was accused of \u201ccareless\u201d conduct by Idris Kemble, resigned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The board, which Idris Kemble chairs, was accused of \u201ccareless\u201d conduct.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Anwen Roskell, who Idris Kemble praised, said the audit was \u201cgrossly careless.\u201d",
    quotes: [{ text: "grossly careless.", speaker: "Anwen Roskell" }],
  },
  // A participle of saying set off by a comma shares the subject of the clause before it (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Odo Varga voted against the budget, predicting the cuts would \u201csimply gut\u201d the library system.",
    quotes: [{ text: "simply gut", speaker: "Odo Varga" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock rejected the transit plan on Monday, saying the fare increase was a \u201ccruel joke\u201d for riders.",
    quotes: [{ text: "cruel joke", speaker: "Ilse Brannock" }],
  },
  // Not when the clause's subject is no person or body, nor past a relative clause, scare quotes or a title (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "A petition circulated in Pellworth, saying the new tower was an \u201ceyesore\u201d for the neighbourhood.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock spoke at the forum, saying the so-called \u201cexperts\u201d had never visited the valley.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock opened the festival, saying the \u201cHarbour Nights\u201d screening was sold out.",
    quotes: [],
  },
  // Nor when the clause names someone after its subject, whom the attribution would credit (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn repeated claims that Orla Pike reads from notes, calling her a \u201cfine actor\u201d on stage.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn tried to distance Orla Pike from the levy, arguing that she was now focused on a \u201cfairer\u201d tariff.",
    quotes: [],
  },
  // A verb of calling or accusing set off by a comma after a plural noun ending the clause: the subject opens the sentence, its name up to five words (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn belittled the row over the ferry loans, calling it a \u201cpaperwork error\u201d in a radio interview.",
    quotes: [{ text: "paperwork error", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Corvale Harbour Minister Ilse Brannock slammed the review of the ferry crossings, accusing the board of \u201cgrossly careless\u201d planning.",
    quotes: [{ text: "grossly careless", speaker: "Ilse Brannock" }],
  },
  // An attribution closing the sentence and running on with when or how it was said (rules24A); not one after `as`.
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Harbour Minister Ilse Brannock said Tuesday in reply to questions from the opposition.",
    quotes: [{ text: "extremely heavy", speaker: "Ilse Brannock" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the Pellworth vote rather than just a \u201cregional\u201d one, as Dag Fenn\u2019s campaign manager suggested after the count in the north.",
    quotes: [],
  },
  // A verb of saying in its progressive form (`is urging against`) gives the words like its simple form (rules24A); not past `so-called`.
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth fisheries minister, Dag Fenn, is urging against \u201cutterly reckless\u201d trawling as catches fall.",
    quotes: [{ text: "utterly reckless", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike is saying the so-called \u201cexperts\u201d got it wrong.",
    quotes: [],
  },
  // A relative clause's subject and verb of naming after a noun (`an act she called “…”`) give the words to that subject (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the school at 16, an act she called \u201ca liberation.\u201d She never went back.",
    quotes: [{ text: "a liberation.", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn accused the Pellworth Ferry Company of dumping fuel, a charge the company called \u201cabsurd and false\u201d in a statement.",
    quotes: [{ text: "absurd and false", speaker: "Pellworth Ferry Company" }],
  },
  // Not a capitalised name, a word mentioned, nor a headline's clause (rules24A probes).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn opened a program the city called \u201cFresh Start\u201d for young workers.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the word she called \u201cresilience\u201d had lost its meaning.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ferry levy a plan they called \u2018reckless\u2019\n\nThe Corvale council passed the ferry levy on Monday. Orla Pike voted against it.",
    quotes: [],
  },
  // Quoted words before a noun that mentions them (`the “…” phrase`, `label`) are words discussed as words (rules24A).
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock said the \u201cCorvale first\u201d phrase came from her rival.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Ilse Brannock said the \u201creckless\u201d slogan stuck to the council for years.",
    quotes: [],
  },
  // `claiming` a thing won or taken (a win, a share, a title) reports no words (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike beat the field on Sunday, claiming her \u201cfirst\u201d win of the year.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn signed the contract, claiming the \u201clion's share\u201d of the ferry fund.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the regatta, claiming a \u201crecord\u201d fourth title.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn rejected the plan, claiming the ferry levy was a \u201ccash grab\u201d for the province.",
    quotes: [{ text: "cash grab", speaker: "Dag Fenn" }],
  },
  // A progressive verb of saying needs a subject that says words, as a participle's does: not a sign, a report, an app, a forecast or a place's one word (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "The sign is warning of \u201csevere\u201d delays on the Pellworth road.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A new report is warning of \u201csevere\u201d delays on the Pellworth road.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The app was predicting \u201cheavy\u201d rain for the weekend.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Corvale is promising \u201cfree\u201d parking in December.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The Pellworth harbour master, Dag Fenn, is warning of \u201cvery severe\u201d delays on the coast road.",
    quotes: [{ text: "very severe", speaker: "Dag Fenn" }],
  },
  // A long closing attribution ends where its verb of saying does, but for a phrase of time or place: not a reported clause after it, a denial, or `said of` (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock said on Tuesday the old fleet was unsafe and needed replacing.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock said in May before the vote that the old fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock did not say on Tuesday in her speech to the council.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, Ilse Brannock never said in any of her speeches this year.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries to handle the \u201cextremely heavy\u201d traffic along the coast, no official said at any point during the long meeting.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The \u201cextremely heavy\u201d traffic is a myth, Ilse Brannock said of the claims made by Dag Fenn during the debate last week.",
    quotes: [],
  },
  // A relative clause's verb of naming gives words only to its own subject, for a head that is an act or a claim: not `the` and a noun the text never named, a pet's, a place's or a person's name, `whom`, a verb before the pronoun, nor past a trailing attribution (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the Corvale council in May, a move the mayor called \u201ccowardly\u201d. She has not returned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn is the mayor of Corvale. Orla Pike quit the council in May, a move the mayor called \u201ctruly cowardly\u201d. She has not returned.",
    quotes: [{ text: "truly cowardly", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike led the raid, an act the papers called \u201creckless\u201d. She was promoted.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the Corvale council in May, a move the Mayor called \u201ccowardly\u201d. She has not returned.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike grew up in a district the locals called \u201cthe flats\u201d. She left at 18.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike owned a dog she called \u201clucky\u201d. It died in May.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike, whom they called \u201cthe iron lady\u201d, retired on Monday.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike is the woman they called \u201cthe iron lady\u201d. She retired in May.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said she called \u201cnobody\u201d that night.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the levy, a plan she called \u201cfair\u201d, Dag Fenn said on Monday.",
    quotes: [],
  },
  // Quoted words before `terms`, `label`, `names` or `words` judge the thing named, the speaker's (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the union accepted the \u201cvery generous\u201d terms on Friday.",
    quotes: [{ text: "very generous", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike accused the Corvale firm of \u201cplainly unfair\u201d terms.",
    quotes: [{ text: "plainly unfair", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the jars carried a \u201cdeeply misleading\u201d label about the honey.",
    quotes: [{ text: "deeply misleading", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn said the list had \u201cplainly fake\u201d names on it.",
    quotes: [{ text: "plainly fake", speaker: "Dag Fenn" }],
  },
  // A participle beyond the core verbs of saying with `and`, `but` or `or` before the words, or one in a clause a subordinator opens, leaves the words to no one the attribution reads: not given (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the race, stating health reasons and a \u201ccrushing\u201d schedule.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising nothing but a \u201cfresh\u201d start for staff.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "When Corvale Mayor Orla Pike slammed the plan, calling it a \u201ccash grab\u201d, nobody listened.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising its staff a \u201ctruly fresh\u201d start.",
    quotes: [{ text: "truly fresh", speaker: "Dag Fenn" }],
  },
  // A progressive's subject may name its speaker past `of` or a plural (`the minister of fisheries is urging`); a long attribution may run on into a noun's `that` clause; `the` and a body's noun is a relative clause's subject however the body was named (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cextremely heavy\u201d traffic along the coast, Harbour Minister Ilse Brannock said Tuesday in response to demands that Corvale cut fares.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn accused lobbying firm Corvale Partners of fraud, an accusation the company called \u201cabsurd and false\u201d as well as untrue.",
    quotes: [{ text: "absurd and false", speaker: "Corvale Partners" }],
  },
  // A participle of saying denied by its object (`saying nothing about`) gives no words; `and` inside the `that` clause a participle reports is no new clause (mend24A).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn rejected the ferry plan, saying nothing about the \u201ccash grab\u201d label.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit the race, stating that health reasons and a \u201ctruly crushing\u201d schedule were to blame.",
    quotes: [{ text: "truly crushing", speaker: "Orla Pike" }],
  },
  // A quotation's content ends at its closing mark after a verb of calling (`the report she called “…” would be shelved`) or a possessive `her` glued to a noun after it (`her “first” win`): the sentence after it is the writer's (mend24A, rev24a finding 9).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike said the ferry report she called \u201cdeeply flawed\u201d would be shelved.",
    quotes: [{ text: "deeply flawed", speaker: "Orla Pike", endsWith: "flawed" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike beat the field on Sunday, saying it was her \u201cvery first\u201d win of the season.",
    quotes: [{ text: "very first", speaker: "Orla Pike", endsWith: "first" }],
  },
  // `claiming` takes a thing only when its direct object, a determiner and a short noun phrase through the
  // quotation, holds a thing won (`claiming her “…” win`); a list word inside a reported clause or after it
  // leaves the words to the subject (mend24E, rev24d findings 1 and 2).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the toll would cost Corvale its \u201cvery top\u201d ranking.",
    quotes: [{ text: "very top", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the ferry board had taken \u201cundue credit\u201d for the work of others.",
    quotes: [{ text: "undue credit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the deal, claiming it gave the land to a \u201cgreedy\u201d developer.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the levy, claiming the toll was a \u201cmoney pit\u201d that would cost lives.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the sprint on Sunday, claiming a \u201cshock\u201d upset over the champion.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike signed the contract, claiming half of the \u201chuge\u201d windfall.",
    quotes: [],
  },
  // A progressive verb of saying speaks for its subject's head noun (before a preposition or a relative
  // clause), not for a person's noun after it: a sign near an office, a book by a mayor say nothing (mend24E,
  // rev24d finding 3).
  {
    kind: "partial quote in a reported clause",
    text: "The notice outside the harbour office is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "A leaflet near the police station is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "One notice is warning of \u201clong\u201d queues at the pier.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The new memoir by the former harbour master is warning of a \u201cwasted\u201d decade for Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The map many sailors use is predicting \u201crough\u201d seas off Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The federal minister of fisheries is urging \u201cmore patience\u201d at the pier.",
    quotes: [{ text: "more patience", speaker: null }],
  },
  // A closing attribution is denied by a negation next to its verb, a verb of refusing, or a subject that is no one;
  // not by a negation inside its subject, nor by `no fewer than` (mend24E, rev24d finding 5).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, a deckhand who had not slept said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, no fewer than four skippers said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike declined to say.",
    quotes: [],
  },
  // A long closing attribution: after its verb, a weekday, a time word or a preposition, then no clause of its own (a
  // determiner or pronoun after a noun, or `that` before a subject); a relative `that`/`where` inside the place
  // words, `said of` a topic and a month or name are no clause. `said of` someone's claims, or a reported clause,
  // gives nothing (mend24E, rev24d findings 8, 9, 10 and 11).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said of the evening rush during a visit to the quay on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in May during a visit to the ferry depot in Corvale.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at a meeting with Will Fenn and the board on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday at the Can Do hall in Corvale.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday at a meeting where the timetable was discussed.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at the quay where she has worked since 2001.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in a letter to the board that was read aloud on Monday.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in reply to claims that the ferries were fine.",
    // Given none since mend24G (rev24h 2, 5): its tail or object is outside the closed set a closing attribution or `claiming` may have.
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said in June before the vote that the old ferries needed replacing.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said on Monday the old ferries needed replacing soon.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said after the vote the board needs six new ferries.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, Orla Pike said at the meeting that Dag Fenn needed to resign.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The \u201cvery crowded\u201d crossing is a myth, Orla Pike said of the claims made by Dag Fenn during the debate last week.",
    quotes: [],
  },
  // A relative clause's naming verb: a clause of its own after the comma (`, and he said so`, `, before …`) is no
  // trailing attribution; a plural head counts as its singular (mend24E, rev24d findings 16 and 17).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike quit in May.\n\nDag Fenn, the board chair, was furious.\n\nIt was a move he called \u201cutterly spineless\u201d, and he said so on Monday.",
    quotes: [{ text: "utterly spineless", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201cvery sensible\u201d, before the board voted to say no to it.",
    quotes: [{ text: "very sensible", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike made a series of moves she called \u201clong overdue\u201d. She has not returned.",
    quotes: [{ text: "long overdue", speaker: "Orla Pike" }],
  },
  // A phrase or subordinate clause opening the sentence up to a comma before the participle's clause (`After the
  // vote,`, `Since May,`) is passed; its subject is read after it (mend24E, rev24d finding 21).
  {
    kind: "partial quote in a reported clause",
    text: "After the vote, Orla Pike opposed the toll, calling it a \u201cmoney pit\u201d.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Since May, Orla Pike has opposed the toll, calling it a \u201cmoney pit\u201d.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "After the vote, Orla Pike opposed the toll, accusing the board of \u201cgrossly careless\u201d spending.",
    quotes: [{ text: "grossly careless", speaker: "Orla Pike" }],
  },
  // A coordinator before the mark drops the words only where the attribution finds no subject for them: `but`, or
  // `and` after a participle it reads as saying (`stating`); not after `promising`, `vowing` (mend24E, rev24d finding 22).
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, promising staff better pay and a \u201ctruly clean\u201d slate.",
    quotes: [{ text: "truly clean", speaker: "Dag Fenn" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn took over the ferry firm, vowing to cut costs and bring a \u201ctruly clean\u201d slate.",
    quotes: [{ text: "truly clean", speaker: "Dag Fenn" }],
  },
  // A denying word after a participle denies it only as its object (`saying nothing about`, `very little on`); as the
  // reported clause's subject (`saying nothing would stop`, `saying no town should`) the words are the speaker's
  // (mend24E, rev24d finding 24).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying no island should pay a \u201cmoney pit\u201d levy.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying little had changed since the \u201clean years\u201d of 2012.",
    quotes: [{ text: "lean years", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying none of the \u201cgrossly careless\u201d spending would go ahead.",
    quotes: [{ text: "grossly careless", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying very little about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, saying not a word about the \u201cmoney pit\u201d claims.",
    quotes: [],
  },
  // A short closing attribution whose time or place words go on to a reported clause (`said on Monday the ferries
  // were old`) reports that clause, not the quoted words (mend24E, rev24d finding 11).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said on Monday the ferries were old.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to Corvale, the mayor said in an interview the ferries were fine.",
    quotes: [],
  },
  // `claiming the “…” high ground`: a thing taken, as its direct object (mend24E).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike opposed the toll, claiming the \u201cmoral\u201d high ground.",
    quotes: [],
  },
  // A naming relative clause (`a plan she called “…”`) then `, and X said …`: the coordinated clause's
  // speaker would take the words, so the clause gives none; unless its subject is the relative
  // clause's own pronoun again (`a move he called “…”, and he said so`) (mend24G, rev24h 1).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201cfair\u201d, and Dag Fenn said so too.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn backed the toll, a plan he called \u201cfair\u201d, and Orla Pike said.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The mayor spoke on Monday. Orla Pike backed the toll, a plan the mayor called \u201cfair\u201d, and Dag Fenn said so too.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Dag Fenn spoke first. Orla Pike backed the toll, a plan he called \u201cfair\u201d, and she said so on Monday.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike backed the toll, a plan she called \u201cquite fair\u201d, although Dag Fenn said it was not.",
    quotes: [{ text: "quite fair", speaker: "Orla Pike" }],
  },
  // `claiming` gives words only when what follows it is a clause (`that`, or a finite verb of its own):
  // else it may take a thing won, of too many kinds to list (mend24G, rev24h 2).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the regatta, claiming victory in a \u201cbrutal\u201d sprint finish.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the final, claiming Pellworth's \u201cfirst\u201d title in a decade.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the sprint, claiming \u201cstunning\u201d victory over the champion.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike won the vote, claiming 12 seats in a \u201chistoric\u201d result.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike lost the final, claiming the title was \u201csimply stolen\u201d by the referees.",
    quotes: [{ text: "simply stolen", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike rejected the toll, claiming that it was a \u201ccash grab\u201d.",
    quotes: [{ text: "cash grab", speaker: "Orla Pike" }],
  },
  // A negation up to two words before the verb, past an adverb or `to`, denies it (`did not
  // immediately say`, `careful not to say`); not past another verb, the subject's own (mend24G, rev24h 3).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike did not immediately say.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike has never publicly said.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike was careful not to say.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, a skipper who had not slept said.",
    quotes: [{ text: "very crowded", speaker: null }],
  },
  // A denying object right after the participle gives nothing unless a verb follows it at once
  // (`saying nothing would stop`, `saying no town should`) (mend24G, rev24h 4).
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying nothing to reporters about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying nothing new about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike left the meeting, saying not one word about the \u201cmoney pit\u201d row.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Orla Pike rejected the toll, saying no town should pay a \u201cmoney pit\u201d levy.",
    quotes: [{ text: "money pit", speaker: "Orla Pike" }],
  },
  // After `X said`, a closing attribution's tail must be one of a closed set that ends the sentence
  // (a time, `in a statement`, `on Twitter`, `at a news conference (in Place)`, `in reply to
  // questions`): any other may be a reported clause (mend24G, rev24h 5, 6).
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said after the vote Dag Fenn should resign at once.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on Tuesday skippers had quit over the long shifts.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said this meant longer waits for everyone in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said last year's plan had failed every skipper in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said later skippers had quit over the long shifts in Corvale.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in reply to questions that the old fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said at the meeting Corvale needed forty new ferries.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said on Tuesday ferries were unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing, Orla Pike said yesterday her fleet was unsafe.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in an interview with The Corvale Post on Tuesday.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said at a news conference in Corvale.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on Twitter earlier this week.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in reply to questions from the opposition.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said on May 5.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in May the ferries were old.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Pellworth needs more ferries for the \u201cvery crowded\u201d crossing to the coast road, Orla Pike said in a post on X.",
    quotes: [{ text: "very crowded", speaker: "Orla Pike" }],
  },
  // A verb of saying with an infinitive (`continues to “…”`) inside the clause a teller reports
  // past the one told (`told Kapelos that`, `told reporters`) or asked (`asked whether`): the
  // quoted words are the teller's, not those of the clause's subject.
  {
    kind: "partial quote in a reported clause",
    text: "Asked if he believes levels need to be readjusted, Fraser told Kapelos that the federal government continues to \u201caccommodate long-term population growth through a sustained strategy.\u201d",
    quotes: [{ text: "accommodate long-term population growth through a sustained strategy.", speaker: "Fraser" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Roe told CTV News that Ottawa continues to \u201cdrag its feet on health transfers.\u201d",
    quotes: [{ text: "drag its feet on health transfers.", speaker: "Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Asked about the plan, Roe told reporters the federal government continued to \u201cpush ahead.\u201d",
    quotes: [{ text: "push ahead.", speaker: "Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Kapelos asked whether the federal government continues to \u201caccommodate growth.\u201d",
    quotes: [{ text: "accommodate growth.", speaker: "Kapelos" }],
  },
  // Guard: a verb of referring, or one addressing people, takes no infinitive after `to`: its
  // subject keeps the words.
  {
    kind: "partial quote in a reported clause",
    text: "Roe told the Star that Ann Lee referred to herself as \u201ca realist.\u201d",
    quotes: [{ text: "a realist.", speaker: "Ann Lee" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Roe said that Ann Lee referred to herself as \u201ca realist.\u201d",
    quotes: [{ text: "a realist.", speaker: "Ann Lee" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Roe told the Star that Ann Lee spoke to reporters about \u201ca crisis.\u201d",
    quotes: [{ text: "a crisis.", speaker: "Ann Lee" }],
  },
  // Guard: with no `that` or `whether`, only the verb's one object stands before the subject.
  {
    kind: "partial quote in a reported clause",
    text: "Roe said it is the same as Justice Ann Lee referring to herself as \u201ca realist.\u201d",
    quotes: [{ text: "a realist.", speaker: "Ann Lee" }],
  },
  // Guard: a verb of saying proper inside the report keeps its subject; the teller's object
  // before a reported copula changes nothing.
  {
    kind: "partial quote in a reported clause",
    text: "Roe told the Star that Baker called the plan \u201ca disaster.\u201d",
    quotes: [{ text: "a disaster.", speaker: "Baker" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Roe told reporters the city \u201chas no plan\u201d for the winter.",
    quotes: [{ text: "has no plan", speaker: "Roe" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Roe said the company \u201cwill not back down,\u201d a spokesperson added.",
    quotes: [{ text: "will not back down,", speaker: null }],
  },
  // `put` says words only as `put it`: with the quotation as its object (`put “…” ahead of`)
  // it places a thing, and the verb of saying before it reports the words.
  {
    kind: "partial quote in a reported clause",
    text: "Foreign Affairs Minister Lawrence Cannon said Wednesday that Liberal Leader Michael Ignatieff put \u201cthe interests of his political party\u201d ahead of the country.",
    quotes: [{ text: "the interests of his political party", speaker: "Lawrence Cannon" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "As Jane Roe put it, \u201cthe city is broke.\u201d",
    quotes: [{ text: "the city is broke.", speaker: "Jane Roe" }],
  },
  // A participle's clause after `Description, Full Name, verb …,` reports the name's words: the
  // name set off after the description is the subject, no other person the clause names (given-words.ts DESCRIBED_NAME).
  {
    kind: "partial quote in a reported clause",
    text: "The union’s president, Greta Palm, called the offer insulting, noting that “members have waited four years for a raise.”",
    quotes: [{ text: "members have waited four years for a raise.", speaker: "Greta Palm" }],
  },
  {
    kind: "partial quote in a reported clause",
    text: "The union president, Greta Palm, met Premier Tom Baker, saying it was “an insult to every nurse.”",
    quotes: [{ text: "an insult to every nurse.", speaker: "Greta Palm" }],
  },
  // `that` after a verb of saying (`warning that “…”`) is the conjunction of reported speech, whatever the quoted clause opens with (round 36).
  {
    kind: "partial quote in a reported clause",
    text: "Premier Jane Roe spoke in Burlington on Monday, warning that \u201cthe Liberals want to raise your taxes.\u201d",
    quotes: [{ text: "the Liberals want to raise your taxes.", speaker: "Jane Roe" }],
  },
  // Control: `that` after another verb is a determiner, and the words it opens a term.
  {
    kind: "partial quote in a reported clause",
    text: "The council met on Monday. It scrapped that \u201ctemporary tax measure\u201d within a year.",
    quotes: [],
  },
  // A participle of saying after `by`, `after` or `before` shares the subject of its clause (`responded by saying it was a “…”`; round 36).
  {
    kind: "partial quote in a reported clause",
    text: "Opposition Leader Tom Baker responded on Tuesday by saying it was a \u201csad day for the province\u201d and left.",
    quotes: [{ text: "sad day for the province", speaker: "Tom Baker" }],
  },
  // Controls: a denied saying (`by saying nothing about`) and a name one gives oneself (`by declaring herself the “…”`) give no words.
  {
    kind: "partial quote in a reported clause",
    text: "The band closed the show by saying nothing about the \u201cfarewell tour\u201d rumours.",
    quotes: [],
  },
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe won the spin by declaring herself the \u201ccomeback kid\u201d of the race.",
    quotes: [],
  },
  // Control from round 36's third review: after `adding that`, words the sentence runs on from (`“sweetheart deal” was finally dead`) are a label.
  {
    kind: "partial quote in a reported clause",
    text: "\u201cIt\u2019s a good day,\u201d Roe said, adding that \u201csweetheart deal\u201d was finally dead.",
    quotes: [{ text: "It\u2019s a good day,", speaker: "Roe" }],
  },
  // Control from round 36's fourth review: after a verb that takes a thing, `that` is a determiner (`posted that “hilarious clip.”`).
  {
    kind: "partial quote in a reported clause",
    text: "Jane Roe posted that \u201chilarious clip.\u201d",
    quotes: [],
  },
];
