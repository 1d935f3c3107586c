// Regression cases of the kind “organisation continuation” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const ORGANISATION_CONTINUATION: RegressionCase[] = [
  {
    kind: "organisation continuation",
    text: "The ministry defended the plan on Monday. “It is lawful,” it said. “And it is needed.”",
    quotes: [
      { text: "It is lawful,", speaker: null },
      { text: "And it is needed.", speaker: null },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Acme Corp. rejected the claim. “We followed every rule,” it said in a statement. “We will say no more.”",
    quotes: [
      { text: "We followed every rule,", speaker: "Acme Corp." },
      { text: "We will say no more.", speaker: "Acme Corp." },
    ],
  },
  {
    kind: "organisation continuation",
    // An agency named like a person (two capitalised words) is what `it` stands for.
    text: "Statistics Canada said in a statement that the jobless rate rose. “The decline was widespread,” it said. “Losses were largest in Quebec.”",
    quotes: [
      { text: "The decline was widespread,", speaker: "Statistics Canada" },
      { text: "Losses were largest in Quebec.", speaker: "Statistics Canada" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "In a statement, Qantas said: 'Safety is our first priority.' It added: 'All flights will resume tomorrow.'",
    quotes: [
      { text: "Safety is our first priority.", speaker: "Qantas" },
      { text: "All flights will resume tomorrow.", speaker: "Qantas" },
    ],
  },
  // `the statement said` speaks for whoever issued the statement.
  {
    kind: "organisation continuation",
    text: "Tom Baker was arrested on Friday. The RCMP issued a statement. “No charges have been laid,” the statement said. “We ask anyone with information to come forward.”",
    quotes: [
      { text: "No charges have been laid,", speaker: "RCMP" },
      { text: "We ask anyone with information to come forward.", speaker: "RCMP" },
    ],
  },
  // An organisation's name runs on through `of`: `it` is the chamber, not `Ontario Chamber`.
  {
    kind: "organisation continuation",
    text: "The Ontario Chamber of Commerce said the increase comes at a hard time. “Many of our members are still recovering,” it said.\n“We urge the government to phase it in.”",
    quotes: [
      { text: "Many of our members are still recovering,", speaker: "Ontario Chamber of Commerce" },
      { text: "We urge the government to phase it in.", speaker: "Ontario Chamber of Commerce" },
    ],
  },
  // `the agency said` is the organisation that spoke just before; `Health Canada` is a department, not a titled `Canada`.
  {
    kind: "organisation continuation",
    text: "Statistics Canada said the jobless rate fell. “The gains were in part-time work,” the agency said.\nHealth Canada issued a warning on Friday. “Stop using the product,” it said.",
    quotes: [
      { text: "The gains were in part-time work,", speaker: "Statistics Canada" },
      { text: "Stop using the product,", speaker: "Health Canada" },
    ],
  },
  // …but a place is no company: `the company` here names nobody more than itself.
  {
    kind: "organisation continuation",
    text: "The new store opened in Ontario in May. “We are thrilled with the response,” the company said.",
    quotes: [{ text: "We are thrilled with the response,", speaker: null }],
  },
  // A document met for the first time (`a statement reads`), with no issuer of its own, speaks
  // for whoever spoke just before it; a document with its issuer (`a statement from …`) does not.
  {
    kind: "organisation continuation",
    text: "A spokesperson for Halifax Mayor Ann Lee confirmed the visit on Sunday.\n“The mayor will visit the site on Monday,” a statement reads.",
    quotes: [{ text: "The mayor will visit the site on Monday,", speaker: "Spokesperson for Halifax Mayor Ann Lee" }],
  },
  // A list entry opens with its label and describes it after the colon: the description is the label's.
  {
    kind: "organisation continuation",
    text: "Several retailers cut staff this spring.\n\nNorthwind Outfitters Ltd.: The Halifax-based clothing chain said in April it was closing 12 stores “to protect the core business.”\n\nLakeview Foods Inc.: The Regina-based grocer said it would cut 90 jobs “across every region.”",
    quotes: [
      { text: "to protect the core business.", speaker: "Northwind Outfitters Ltd." },
      { text: "across every region.", speaker: "Lakeview Foods Inc." },
    ],
  },
  // A party speaks by its members' plural name: `the Conservatives said … the party said`.
  {
    kind: "organisation continuation",
    text: "The Conservatives said they would vote against the bill on Thursday.\n\n“This bill hides the true cost from taxpayers,” the party said in a statement.",
    quotes: [{ text: "This bill hides the true cost from taxpayers,", speaker: "Conservatives" }],
  },
  // An acronym whose letters are the initials of an organisation spelt out before stands for it.
  {
    kind: "organisation continuation",
    text: "The Northern Timber and Paper Workers union, which represents 9,000 mill staff, criticised the plan.\n\n“Mills need stable rules,” the NTPW said in a statement.",
    quotes: [{ text: "Mills need stable rules,", speaker: "Northern Timber and Paper Workers" }],
  },
  // A quotation closed by a full stop is not attributed by the next sentence's `X tweeted that
  // …`, which opens a statement of its own; the subject of `The group that represents … said`
  // is the noun before `that`, not the relative clause's object.
  {
    kind: "organisation continuation",
    text: "The Prairie Nurses Union called the cuts “utterly reckless” in a statement. The union that represents the region’s hospital nurses said the minister should resign. “Rather than hiring staff, the minister has chosen to close wards.” Clinic director Hana Visser tweeted that the cuts were overdue.",
    quotes: [
      // The union's own word for the cuts, given by its verb of calling (given-words.ts).
      { text: "utterly reckless", speaker: "Prairie Nurses Union" },
      { text: "Rather than hiring staff, the minister has chosen to close wards.", speaker: "Prairie Nurses Union" },
    ],
  },
  // An organisation named as a subject, not yet a speaker, is what `the charity`, `the club`,
  // `the company` and `it` stand for; a club's nickname and a brand make a name an organisation.
  {
    kind: "organisation continuation",
    text: "The Northvale Heritage Society released its annual report on Tuesday. “Attendance doubled this year,” the charity said.",
    quotes: [{ text: "Attendance doubled this year,", speaker: "Northvale Heritage Society" }],
  },
  {
    kind: "organisation continuation",
    text: "The Lakeshore Bombers released their kicker on Friday. “It was a difficult decision,” the club said.",
    quotes: [{ text: "It was a difficult decision,", speaker: "Lakeshore Bombers" }],
  },
  {
    kind: "organisation continuation",
    text: "WestJet cancelled 60 flights on Sunday after the ice storm. “We regret the disruption to travellers,” it said in a statement.",
    quotes: [{ text: "We regret the disruption to travellers,", speaker: "WestJet" }],
  },
  {
    kind: "organisation continuation",
    text: "Loblaw raised its prices again in March. “Our costs keep climbing,” the company said.",
    quotes: [{ text: "Our costs keep climbing,", speaker: "Loblaw" }],
  },
  // `the company` for an organisation named in a participle or relative clause, not as a
  // subject: its own name (`Ltd.`) marks it a company, and no other company spoke.
  {
    kind: "organisation continuation",
    text: "The sawmill, owned by Northwind Timber Ltd. since 2009, will close in March. “This was a difficult decision for everyone,” the company said in a statement.",
    quotes: [{ text: "This was a difficult decision for everyone,", speaker: "Northwind Timber Ltd." }],
  },
  {
    kind: "organisation continuation",
    text: "Staff at the clinic, which Harbourview Care Inc. bought last year, learned of the cuts on Friday. “We are committed to patient care,” the company said.",
    quotes: [{ text: "We are committed to patient care,", speaker: "Harbourview Care Inc." }],
  },
  // Guard: a company that spoke keeps `the company`, though another company's name came after it.
  {
    kind: "organisation continuation",
    text: "Beta Freight Corp. said on Monday it would buy the terminal from Northwind Timber Ltd. for $40 million. “The deal makes our network stronger,” the company said.",
    quotes: [{ text: "The deal makes our network stronger,", speaker: "Beta Freight Corp." }],
  },
  // `the Crown corporation`: `Crown` is Canada's word for a state-owned body, no name, so the
  // description stands for the organisation that spoke.
  {
    kind: "organisation continuation",
    text: "The province's power utility, Hydro-Québec, said crews were working through the night. “We expect most customers back by tonight,” the Crown corporation said.",
    quotes: [{ text: "We expect most customers back by tonight,", speaker: "Hydro-Québec" }],
  },
  // Guard: `the Crown` alone is the prosecution, as before.
  {
    kind: "organisation continuation",
    text: "Lawyers for the accused argued the search was illegal. “The search was lawful,” the Crown said.",
    quotes: [{ text: "The search was lawful,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "The union will strike on Friday. “We have no choice,” ETFO/FEEO said in a statement.",
    quotes: [{ text: "We have no choice,", speaker: "ETFO/FEEO" }],
  },
  // A description by common nouns alone is nobody's name: it stands for the body the text named
  // (`the band`, `the community` for a First Nation; `police` for the force named with that
  // word; `the group` for the one just cited), else for no one.
  {
    kind: "organisation continuation",
    text: "A meeting is set for Friday, where the Redwillow Cree Nation will explain the findings.\n\nThe band posted a notice online for its members.\n\n“We know this news weighs on many families,” the band said in its post.",
    quotes: [{ text: "We know this news weighs on many families,", speaker: "Redwillow Cree Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "The band posted a notice online for its members.\n\n“We know this news weighs on many families,” the band said in its post.",
    quotes: [{ text: "We know this news weighs on many families,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "The Stoney Lake First Nation has asked visitors to stay away from the site.\n\n“Please respect our wishes and our grief,” the community said.",
    quotes: [{ text: "Please respect our wishes and our grief,", speaker: "Stoney Lake First Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "A man was arrested downtown on Monday, Hamilton police say.\n\nPolice said officers found a knife in his bag.\n\n“The suspect ran from officers and was caught a block away,” police said in a statement.",
    quotes: [{ text: "The suspect ran from officers and was caught a block away,", speaker: "Hamilton police" }],
  },
  {
    kind: "organisation continuation",
    text: "Almost 600 stores have closed since 2019, according to the National Florists Association. Closures will go on “for years to come,” the group says.",
    quotes: [{ text: "for years to come,", speaker: "National Florists Association" }],
  },
  // A government's body (`Police`) is no team named before it; a capitalised `Police` opening a sentence is no name.
  {
    kind: "organisation continuation",
    text: "The Riverside Hawks are set to host a game in the city on Sunday. Police say they have “enough officers” for the event.",
    quotes: [{ text: "enough officers", speaker: null }],
  },
  // A spokesperson with no body of their own speaks for the body the sentence before is about.
  {
    kind: "organisation continuation",
    text: "Talks stalled.\n\nAccording to Prairie Health, it employs about 4,000 nurses at Valley Hospital.\n\nA spokesperson tells Millbrook Radio they are working with the union.\n\n“Nursing never stops for a strike,” the spokesperson said in an email.",
    quotes: [{ text: "Nursing never stops for a strike,", speaker: "Spokesperson for Prairie Health" }],
  },
  // Guard: after a sentence about a person, a spokesman is that person's, not the party's named in passing.
  {
    kind: "organisation continuation",
    text: "Former mayor Jane Roe will not attend the Liberal Party’s gala.\n\n“She has other plans,” a spokesman said Friday.",
    quotes: [{ text: "She has other plans,", speaker: null }],
  },
  // `According to Harbour Police, …` / a paragraph of facts naming no one / a bare quotation:
  // the source of the reported speech two paragraphs up still speaks.
  {
    kind: "organisation continuation",
    text: "Harbour Police say an officer has been charged after a chase in 2021.\n\nAccording to Harbour Police, the officer reached the yard first on June 3.\n\nA man fitting the description was seen running from the yard.\n\n“Orders were given to stop, but the man kept running.”",
    quotes: [{ text: "Orders were given to stop, but the man kept running.", speaker: "Harbour Police" }],
  },
  // Guard: a person who speaks in the paragraph between (`called the charge overdue`) has the floor.
  {
    kind: "organisation continuation",
    text: "Harbour Police say an officer has been charged after a chase in 2021.\n\nAccording to Harbour Police, the officer reached the yard first on June 3.\n\nA man fitting the description was seen running from the yard. Defence lawyer Ann Kerr called the charge overdue.\n\n“Orders were given to stop, but the man kept running.”",
    quotes: [{ text: "Orders were given to stop, but the man kept running.", speaker: "Ann Kerr" }],
  },
  // A First Nation's name with its own language's particle (`te`), apostrophes and a combining
  // mark is one name, spelt either way; `The community` and `They` after it are that nation.
  // The guard: `the community` where no nation is named stays nobody's name.
  {
    kind: "organisation continuation",
    text: "The chief of the Sq’waxin te Halqémeylem First Nation says people there are still grieving after the flood.\n\nThe community asked visitors to respect Sq̓waxin te Halqémeylem protocols.\n\nThey also asked that people avoid “a disaster upon a disaster.”",
    quotes: [{ text: "a disaster upon a disaster.", speaker: "Sq’waxin te Halqémeylem First Nation" }],
  },
  {
    kind: "organisation continuation",
    text: "The community gathered at the hall on Sunday.\n\n“We only ask for a little patience from the city,” they said.",
    quotes: [{ text: "We only ask for a little patience from the city,", speaker: null }],
  },
  // `Stó:lō`: a colon between lower-case letters is a letter of the name, not its end.
  {
    kind: "organisation continuation",
    text: "“The river is our highway,” the Stó:lō Tribal Council said on Monday.",
    quotes: [{ text: "The river is our highway,", speaker: "Stó:lō Tribal Council" }],
  },
  {
    kind: "organisation continuation",
    text: "Riverside Tenants Association (RTA) members marched on Friday.\n\n“We will not be moved,” the association said.",
    quotes: [{ text: "We will not be moved,", speaker: "Riverside Tenants Association" }],
  },
  // `the outlet said` three paragraphs after the outlet spoke: the last outlet that did, not one
  // named since only inside a phrase (`The closing of the Gazette and the Herald was`).
  {
    kind: "organisation continuation",
    text: "The Riverside Gazette announced on Monday that it would stop printing at the end of the month.\n\nThe closing of the Riverside Gazette and the Lakeview Herald was a shock to staff.\n\n“We had no warning at all,” said reporter Ana Silva.\n\nThe outlet said in a statement that it will “keep the archive online” for a year.",
    quotes: [
      { text: "We had no warning at all,", speaker: "Ana Silva" },
      { text: "keep the archive online", speaker: "Riverside Gazette" },
    ],
  },
  // Guard: an outlet named as a subject since (`Coastal News was quick to deny`) is the one meant.
  {
    kind: "organisation continuation",
    text: "The Riverside Gazette announced on Monday that it would stop printing at the end of the month.\n\n“We had no warning at all,” said reporter Ana Silva.\n\nCoastal News was quick to deny a report that it would close too.\n\nIn a statement, the network said the report was “simply false.”",
    quotes: [
      { text: "We had no warning at all,", speaker: "Ana Silva" },
      { text: "simply false.", speaker: "Coastal News" },
    ],
  },
  // `HuffPost Canada`, one of the national outlets, is an outlet that `the outlet` stands for, no place's government.
  {
    kind: "organisation continuation",
    text: "HuffPost Canada said on Monday it would publish the records.\n\n“Readers deserve to see every page,” the outlet said.",
    quotes: [{ text: "Readers deserve to see every page,", speaker: "HuffPost Canada" }],
  },
  // `B.C. RCMP said …` then `police said`: a force named by its initialism is a body of
  // government, and a bare `police` after it is that force.
  {
    kind: "organisation continuation",
    text: "In a news release on Sunday, Manitoba RCMP said the driver had been found.\n\n“The driver was taken to hospital in stable condition,” police said in the release.",
    quotes: [{ text: "The driver was taken to hospital in stable condition,", speaker: "Manitoba RCMP" }],
  },
  // Guard: a force named with `police` later than the initialism is the one meant.
  {
    kind: "organisation continuation",
    text: "Manitoba RCMP said on Sunday the driver had crossed into the city.\n\nWinnipeg Police Service officers stopped the car on Monday.\n\n“The driver was arrested without incident,” police said.",
    quotes: [{ text: "The driver was arrested without incident,", speaker: "Winnipeg Police Service" }],
  },
  // `The accounting firm … “…”` below the lead, then `Kestrel Law … said` and `the accounting
  // firm’s statement said`: the firm known only by its noun is the organisation named since.
  {
    kind: "organisation continuation",
    text: "Jane Roe, who chairs the charity, spoke on Monday.\n\nThe accounting firm that audits the charity released a statement on Tuesday saying its books were “in order by every measure we apply.”\n\nKestrel Law, based in Moncton, said the review had found no wrongdoing by the board.\n\n“We stand by every figure in our report, and we will defend it in any forum,” the accounting firm’s statement said.",
    quotes: [
      { text: "in order by every measure we apply.", speaker: null },
      { text: "We stand by every figure in our report, and we will defend it in any forum,", speaker: "Kestrel Law" },
    ],
  },
  // Guard: a body met first by its noun (`the union’s statement`) is not the employer named before.
  {
    kind: "organisation continuation",
    text: "Halvorsen Health Inc., the employer, said the talks would resume next week.\n\n“We will not accept a contract that cuts staffing,” the union’s statement said.",
    quotes: [{ text: "We will not accept a contract that cuts staffing,", speaker: null }],
  },
  // `KRB officials said` after `The Kestrel Review Board (KRB)`: officials of a named body speak for it.
  {
    kind: "organisation continuation",
    text: "The Kestrel Review Board (KRB) opened a file on Monday.\n\n“The man was found in distress in the lane behind the store,” KRB officials said in their update.",
    quotes: [{ text: "The man was found in distress in the lane behind the store,", speaker: "Kestrel Review Board" }],
  },
  // Guard: a place's officials (`B.C. officials`) name no one.
  {
    kind: "organisation continuation",
    text: "B.C. officials said the fire season was “rapidly getting worse,” and more orders may follow.",
    quotes: [{ text: "rapidly getting worse,", speaker: null }],
  },
  // `In a story on TSN, the website reported`: the website is the outlet the sentence named.
  {
    kind: "organisation continuation",
    text: "In a sourced story on TSN, the website reported the pitcher has seen doctors “with a view to ruling out a torn ligament in the elbow.”",
    quotes: [{ text: "with a view to ruling out a torn ligament in the elbow.", speaker: "TSN" }],
  },
  // Guard: a post's platform (`a post on Facebook`) is not the website's owner.
  {
    kind: "organisation continuation",
    text: "In a post on Facebook, the website said it was “closing for good after twenty years.”",
    quotes: [{ text: "closing for good after twenty years.", speaker: null }],
  },
  // `police` speaks for the force a place named before the word, even where the text never had
  // it speak (`charged by Kingston police`, `a standoff with Moncton police`): that force,
  // as `Sudbury police said` would have named it. A place before `police officer` names no force.
  {
    kind: "organisation continuation",
    text: 'A woman has been charged by Kingston police after a crash that injured two cyclists.\n\nThe cyclists were taken to hospital.\n\n"Alcohol is believed to have been a factor," police said in a news release.',
    quotes: [{ text: "Alcohol is believed to have been a factor,", speaker: "Kingston police" }],
  },
  {
    kind: "organisation continuation",
    text: 'A man was arrested after an hours-long standoff with Moncton police on Tuesday.\n\nNeighbours were told to stay inside.\n\n"Officers spoke with him for most of the afternoon," police said.',
    quotes: [{ text: "Officers spoke with him for most of the afternoon,", speaker: "Moncton police" }],
  },
  {
    kind: "organisation continuation",
    text: 'A former Sudbury police officer was charged on Friday.\n\n"The investigation is continuing," police said.',
    quotes: [{ text: "The investigation is continuing,", speaker: null }],
  },
  // `United Nurses of Alberta` … `the UNA said`: a body's name the mentions split at `of`
  // (`United Nurses`, `Alberta`) is spelt whole by initials given later, which name it in full.
  {
    kind: "organisation continuation",
    text: "Jane Roe, president of the Prairie Nurses of Manitoba, met the minister on Monday.\n\n“We are far apart on wages,” the PNM said in a statement.",
    quotes: [{ text: "We are far apart on wages,", speaker: "Prairie Nurses of Manitoba" }],
  },
  // `Teachers’ Association`: a plural possessive's apostrophe ends a mention inside a body's name;
  // the initials spell the whole name (`Lakeland Teachers’ Association`, `LTA`), not its last part.
  {
    kind: "organisation continuation",
    text: "Members of the Lakeland Teachers’ Association will vote next week.\n\n“This offer ignores class sizes,” the LTA said on Friday.",
    quotes: [{ text: "This offer ignores class sizes,", speaker: "Lakeland Teachers’ Association" }],
  },
  // `United Nurses of Alberta (UNA)`: initials in brackets after a name the mentions split at
  // `of` spell the whole name, not its first part, and the part named as the speaker (`the
  // Coastal Nurses`, `the Federation`) names the whole body.
  {
    kind: "organisation continuation",
    text: "Talks resumed on Tuesday.\n\nThe Coastal Nurses of Nova Scotia (CNNS) said the talks were “going nowhere.”\n\n“We will not be rushed,” the Federation of Island Teachers (FIT) said.",
    quotes: [
      { text: "going nowhere.", speaker: "Coastal Nurses of Nova Scotia" },
      { text: "We will not be rushed,", speaker: "Federation of Island Teachers" },
    ],
  },
  // Initials spell a body, never a person: `Mary Ann Lee` does not make `MAL` hers, nor does a
  // person start a body's name (`Tom Baker of the Coastal Ferry Board`), and initials spelling no
  // body named stay as written (`TRB`).
  {
    kind: "organisation continuation",
    text: "Mary Ann Lee of the Coastal Ferry Board spoke first.\n\n“We need new boats,” the MAL said.\n\n“Fares will rise,” the TRB said.",
    quotes: [
      { text: "We need new boats,", speaker: "MAL" },
      { text: "Fares will rise,", speaker: "TRB" },
    ],
  },
  // `UNA ratifies deal` heading an article that names `the United Nurses of Alberta` below:
  // initials before the name they spell name that body too.
  {
    kind: "organisation continuation",
    text: "PNM rejects latest wage offer\n\n“We are far apart,” the PNM said on Monday.\n\nJane Roe, president of the Prairie Nurses of Manitoba, said talks would resume next week.",
    quotes: [{ text: "We are far apart,", speaker: "Prairie Nurses of Manitoba" }],
  },
  // `the city said` in a release stands for the one body of local government the text named
  // by its kind and place, in lower case too (`the city of Kingston`); with two named, no one.
  {
    kind: "organisation continuation",
    text: 'The town of Antigonish will close its outdoor rink this winter.\n\n"The ice plant can no longer be repaired safely," the town said in a release.',
    quotes: [{ text: "The ice plant can no longer be repaired safely,", speaker: "Town of Antigonish" }],
  },
  {
    kind: "organisation continuation",
    text: 'The town of Truro and the town of Yarmouth both asked for flood money.\n\n"We have waited since April," the town said.',
    quotes: [{ text: "We have waited since April,", speaker: null }],
  },
  // A municipality named in lower case (`the city of Brandon`, `the town of Cobourg`) is the body
  // a later `the city said` stands for, spelt as its capitalised name would be.
  {
    kind: "organisation continuation",
    text: 'The city of Brandon will close two arenas this winter.\n\nIn a release, the city said repairs would take months.\n\n"We regret the disruption to user groups," the city said.',
    quotes: [{ text: "We regret the disruption to user groups,", speaker: "City of Brandon" }],
  },
  {
    kind: "organisation continuation",
    text: 'Council in the town of Cobourg voted to ban fireworks on the beach.\n\n"Public safety has to come first," the town said in a statement.',
    quotes: [{ text: "Public safety has to come first,", speaker: "Town of Cobourg" }],
  },
  // `Interior Health`, a health authority's name of two title words, names the body (not a person
  // `Health`), and `the health authority` paragraphs on stands for the one body the text named by
  // the description's word; with two such bodies named, for neither.
  {
    kind: "organisation continuation",
    text: 'Interior Health says the emergency room at Cedar Falls Hospital will close overnight on Friday.\n\nThe mayor said he was upset.\n\n"We need doctors here," Mayor Tom Baker said.\n\nPatients are told to drive to the next town instead.\n\nThe health authority has said it is "committed to finding a lasting fix."',
    quotes: [
      { text: "We need doctors here,", speaker: "Tom Baker" },
      { text: "committed to finding a lasting fix.", speaker: "Interior Health" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Island Health will close the clinic in Port Ellis for two weeks.\n\nResidents gathered outside the clinic on Monday.\n\n"It is the only clinic for an hour in any direction," said Ada Fenwick, who lives nearby.\n\nThe clinic has lost three nurses this year.\n\nThe health authority said staff would be "moved to where they are needed most."',
    quotes: [
      { text: "It is the only clinic for an hour in any direction,", speaker: "Ada Fenwick" },
      { text: "moved to where they are needed most.", speaker: "Island Health" },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Island Health will close the clinic in Port Ellis for two weeks, and patients will be sent to a hospital run by Coastal Health.\n\nResidents gathered outside the clinic on Monday.\n\n"It is the only clinic for an hour in any direction," said Ada Fenwick, who lives nearby.\n\nThe clinic has lost three nurses this year.\n\nThe health authority said staff would be "moved to where they are needed most."',
    quotes: [
      { text: "It is the only clinic for an hour in any direction,", speaker: "Ada Fenwick" },
      { text: "moved to where they are needed most.", speaker: null },
    ],
  },
  // `Lakeshore officials` after `Lakeshore Health Network`: officials named by the word that opens
  // one body's name speak for it; with two such bodies, or a place's word (`Calgary officials`), for no one.
  {
    kind: "organisation continuation",
    text: "Lakeshore Health Network says the ER at Cedar Hospital will send walk-in patients elsewhere for now.\n\nDana Whitby, the network's chief executive, said she had never seen a summer like it.\n\nCedar Hospital is the region's trauma centre, Lakeshore officials explained in a news release.\n\n\"Its staff must be kept for patients with the most urgent needs.\"",
    quotes: [{ text: "Its staff must be kept for patients with the most urgent needs.", speaker: "Lakeshore Health Network" }],
  },
  {
    kind: "organisation continuation",
    text: "Lakeshore Health Network says the ER at Cedar Hospital will send walk-in patients elsewhere for now. Lakeshore Transit will add a late bus for patients.\n\nDana Whitby, the network's chief executive, said she had never seen a summer like it.\n\nCedar Hospital is the region's trauma centre, Lakeshore officials explained in a news release.\n\n\"Its staff must be kept for patients with the most urgent needs.\"",
    quotes: [{ text: "Its staff must be kept for patients with the most urgent needs.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'The Calgary Police Service says it will add patrols downtown.\n\nResidents have complained about noise for weeks.\n\nThe patrols will cost $2 million, Calgary officials explained in a news release.\n\n"The money will come from reserves."',
    quotes: [{ text: "The money will come from reserves.", speaker: null }],
  },
  // `Kestrova said … the company said it will need “…”`: a company named by one word that spoke,
  // for want of an organisation's word read as a person's, is still the one `the company` means.
  {
    kind: "organisation continuation",
    text: "Kestrova said the smelter will close in March after years of losses.\n\nThe company said it will offer \u201cevery possible support\u201d to the affected workers.",
    quotes: [{ text: "every possible support", speaker: "Kestrova" }],
  },
  // `Acme Power spokesman Sean Roe said …`, `Roe said …`, then `“…,” the utility said`: the body
  // the last speaker was introduced as speaking for, though its name shows no organisation's word.
  {
    kind: "organisation continuation",
    text: "Crews are in place, Lakeview Power spokesman Dale Whitfield said in a statement on Thursday.\n\nWhitfield said customers should keep flashlights and water at hand.\n\n\u201cFreezing rain can bring down lines for days,\u201d the utility said.",
    quotes: [{ text: "Freezing rain can bring down lines for days,", speaker: "Lakeview Power" }],
  },
  // `the force said` three paragraphs after `Halton Regional Police said`: Canadian news varies a
  // police service's name by `the force`, read as `police` is.
  {
    kind: "organisation continuation",
    text: "Break-ins are rising across the region.\n\nHalton Regional Police said break-ins rose this fall.\n\nThe force said officers looked into 40 break-ins in two weeks.\n\n\u201cThat is the most since 2019,\u201d police said in a release.\n\nPolice said two suspects used a ladder in one case.\n\n\u201cThe homeowner saw them on her camera and called 911,\u201d the force said.",
    quotes: [
      { text: "That is the most since 2019,", speaker: "Halton Regional Police" },
      { text: "The homeowner saw them on her camera and called 911,", speaker: "Halton Regional Police" },
    ],
  },
  // `the union said` resolved to the federation, then paragraphs on, past other speakers,
  // `The union said … “…”` again: the same bare description of a body stands for the body it
  // stood for before, not for a union newly described and named by no one.
  {
    kind: "organisation continuation",
    text: "The Harbour Teachers Federation rejected the offer on Tuesday.\n\n\u201cWe cannot accept it,\u201d the union said in a release.\n\nPremier Tom Moss spoke to reporters on Friday.\n\n\u201cOur children need to be in class,\u201d Moss said.\n\nEducation Minister Ann Lee said talks would resume next week.\n\nThe union said the premier\u2019s words amount to \u201ca threat.\u201d",
    quotes: [
      { text: "We cannot accept it,", speaker: "Harbour Teachers Federation" },
      { text: "Our children need to be in class,", speaker: "Tom Moss" },
      { text: "a threat.", speaker: "Harbour Teachers Federation" },
    ],
  },
  // `the force said` with only a company named before: `the force` is read as `police`, a body of
  // government, so it never falls back to the company.
  {
    kind: "organisation continuation",
    text: "The Acme Mining Company closed its plant in the town last week.\n\n\u201cThe investigation is ongoing,\u201d the force said.",
    quotes: [{ text: "The investigation is ongoing,", speaker: null }],
  },
  // `Zentrix says it will close …` then `“…,” said the company`: with no body of the sort named,
  // a bare description of a body stands for the body the sentence before had as its subject,
  // before a company met only by common nouns (`In a memo to staff`, `a company memo`).
  {
    kind: "organisation continuation",
    text: "In a company memo to staff, Zentrix says it will close its Sudbury plant in March.\n\n\u201cWe thank our workers for their years of service,\u201d said the company.",
    quotes: [{ text: "We thank our workers for their years of service,", speaker: "Zentrix" }],
  },
  // `The Harbourfront Winter Festival announced …` then `“…,” festival organizers said`: those
  // who organise speak for the body the sentence before was about.
  {
    kind: "organisation continuation",
    text: "The Harbourfront Winter Festival announced Monday it is cancelling its 2021 season.\n\n\u201cWe will be back next winter,\u201d festival organizers said in a release.",
    quotes: [{ text: "We will be back next winter,", speaker: "Harbourfront Winter Festival" }],
  },
  // A writing with no issuer named (`read a message`) after a sentence whose subject is those who
  // organise, unnamed, is the body the sentence before that had as its subject, past a dateline
  // and a time's possessive (`This year's`).
  {
    kind: "organisation continuation",
    text: "HALIFAX -- This year's Maple Ridge Jazz Festival has been cancelled because of flooding.\n\nOrganizers made the announcement online Monday.\n\n\u201cWe are sad to share this news,\u201d read a message.",
    quotes: [{ text: "We are sad to share this news,", speaker: "Maple Ridge Jazz Festival" }],
  },
  // `the Court` after `the Supreme Court`: a body's word that is also a surname (`Court`, `Fox`),
  // alone, is the body its longer name gave when no person of that surname is in the cast.
  {
    kind: "organisation continuation",
    text: "The Supreme Court ruled on Friday that the law stands.\n\n\u201cThe statute is clear,\u201d the Court said in its ruling.",
    quotes: [{ text: "The statute is clear,", speaker: "Supreme Court" }],
  },
  // `St. Paul Church`: a given name and a body's word that is also a surname (`Church`, `Court`)
  // after a word that is no speaker's noun (`St.`, unlike `Shopper Ann Church`) are a body's name,
  // whole, which `it` stands for.
  {
    kind: "organisation continuation",
    text: "The vigil is on Sunday.\n\n\u201cAll are welcome,\u201d St. Paul Church said in a statement.\n\n\u201cWe will light a candle for each of them,\u201d it said.",
    quotes: [
      { text: "All are welcome,", speaker: "St. Paul Church" },
      { text: "We will light a candle for each of them,", speaker: "St. Paul Church" },
    ],
  },
  // `HALIFAX, N.S. – This year's …`: a dateline read as afterDateline reads it (a province, an en
  // dash) before a time's possessive; the body after them is the sentence's subject all the same.
  {
    kind: "organisation continuation",
    text: "HALIFAX, N.S. \u2013 This year's Harbour Lights Festival has been cancelled because of the storm.\n\nOrganizers made the announcement online Monday.\n\n\u201cWe will be back next summer,\u201d read a message.",
    quotes: [{ text: "We will be back next summer,", speaker: "Harbour Lights Festival" }],
  },
  // A report with no author after a spokesperson who spoke again by surname: the body she was
  // introduced as speaking for (`Acme Fire Service information officer Jane Roe`), not nobody.
  {
    kind: "organisation continuation",
    text: "Acme Fire Service information officer Jane Roe said the fire was out by noon.\n\nThe blaze destroyed two homes on Elm Street, Roe said.\n\n\u201cThe cause was electrical,\u201d the report said.",
    quotes: [{ text: "The cause was electrical,", speaker: "Acme Fire Service" }],
  },
  // A body's description after a writing the sentence opens on, past a plural possessor (`the
  // nurses’ association`): the body it describes issued the statement, never the verb's object.
  {
    kind: "organisation continuation",
    text: "The Acme Nurses\u2019 Association represents 6,000 nurses in the province.\n\nIn a statement, the nurses\u2019 association praised Ann Lee for her years of service.\n\n\u201cShe changed how we care for patients,\u201d the statement said.",
    quotes: [{ text: "She changed how we care for patients,", speaker: "Acme Nurses\u2019 Association" }],
  },
  // A level of government names its government as a name would (`the federal government`, the
  // one body of the country), where `the government` alone names no one.
  {
    kind: "organisation continuation",
    text: "Women who served in the force faced harassment for decades.\n\n\u201cWe will do better,\u201d the federal government said in a news release.",
    quotes: [{ text: "We will do better,", speaker: "Federal government" }],
  },
  // A writing the article names as if met already (`the post`), with no sentence introducing it,
  // after a paragraph that quotes no one: the writing just quoted under another noun (`a
  // message`), whose issuer speaks again, not no one.
  {
    kind: "organisation continuation",
    text: "This year's Oakvale Kite Festival is off after a week of high winds.\n\nOrganizers shared the news online Tuesday.\n\n\u201cWe hate this as much as you do,\u201d read a message.\n\nTicket buyers will get their money back.\n\n\u201cEvery helper who gave their time has our thanks,\u201d read the post.",
    quotes: [
      { text: "We hate this as much as you do,", speaker: "Oakvale Kite Festival" },
      { text: "Every helper who gave their time has our thanks,", speaker: "Oakvale Kite Festival" },
    ],
  },
  // A writing from `the city` is the local government the text named by kind and place, as
  // `the city said` is, though `Marion` reads as a given name and a sentence between names no
  // body as its subject.
  {
    kind: "organisation continuation",
    text: "The City of Marion has halted public hearings on its bus plan.\n\nThe dispute began after two town halls the city hosted last month.\n\n\u201cStaff were jeered and could not get a word in,\u201d a memo from the city reads.",
    quotes: [{ text: "Staff were jeered and could not get a word in,", speaker: "City of Marion" }],
  },
  // So too `a city memo`: the kind's word after the article qualifies the writing as a name would.
  {
    kind: "organisation continuation",
    text: "The city of Kingston is defending how it cleared the first big snowfall of the winter.\n\nThe city admits the storm was hard on its crews.\n\n\u201cMany faults only show up once the plows are out on the road,\u201d says a city memo to council.",
    quotes: [{ text: "Many faults only show up once the plows are out on the road,", speaker: "City of Kingston" }],
  },
  // `the city` never stands for a name that only holds the word (a plan, a hall): a plan does
  // not speak; the City of Kingston the text named does.
  {
    kind: "organisation continuation",
    text: "The City of Kingston has paused public meetings on its transit plan.\n\nResidents were asked to comment on the Kingston City Plan, which sets out growth for 30 years.\n\n\u201cWe will take the comments we have and go on,\u201d the city said.",
    quotes: [{ text: "We will take the comments we have and go on,", speaker: "City of Kingston" }],
  },
  // `the province` (or `the government`), paragraphs past the government the text named by its
  // place, with no body speaking between: that government, not no one.
  {
    kind: "organisation continuation",
    text: 'The Manitoba government has filed an appeal of a ruling on teachers\' pensions.\n\nTwo unions took the government to court last spring.\n\n"The ruling misreads both the evidence and the statute," the province wrote in its court filing.',
    quotes: [{ text: "The ruling misreads both the evidence and the statute,", speaker: "Manitoba government" }],
  },
  // Two governments named by place: `the province` may be either, so no one.
  {
    kind: "organisation continuation",
    text: 'The Manitoba government has filed an appeal of a ruling on teachers\' pensions.\n\nThe Ontario government is mulling an appeal of its own.\n\nTwo unions took the government to court last spring.\n\n"The ruling misreads both the evidence and the statute," the province wrote in its court filing.',
    quotes: [{ text: "The ruling misreads both the evidence and the statute,", speaker: null }],
  },
  // A possessor before a body's name (`Lakeview’s Water Safety Board (WSB)`) is left out of its
  // initials: the headline's acronym names the body spelt out below, not the letters alone.
  {
    kind: "organisation continuation",
    text: "Tap water 'safe to drink again' in Lakeview, says WSB\n\nOn Monday, Lakeview\u2019s Water Safety Board (WSB) lifted the boil-water advisory for the town.\n\nThe WSB said tests over three days found no bacteria.",
    quotes: [{ text: "safe to drink again", speaker: "Water Safety Board" }],
  },
  // A government named by its place (`The Ontario government`) stands only for the bare noun
  // (`the government`, `the province`): a level of government (`the federal government`) is its own.
  {
    kind: "organisation continuation",
    text: "The Ontario government has filed an appeal of the ruling.\n\nThe appeal will be heard in May.\n\n\u201cWe are reviewing the decision,\u201d the federal government said.",
    quotes: [{ text: "We are reviewing the decision,", speaker: "Federal government" }],
  },
  // `organizers` with no name of their own speak for the event the text named after `organizers
  // of` (a name before or after the event's noun), not for no one.
  {
    kind: "organisation continuation",
    text: "Organizers of the popular Maplefest music festival say the event is off this summer.\n\nIt was set for July in Smallville.\n\n\u201cWe tried everything to make the show go on this year,\u201d organizers said on Instagram.",
    quotes: [{ text: "We tried everything to make the show go on this year,", speaker: "Maplefest" }],
  },
  // A body's acronym keeps all the letters of a place's dotted initials in its name: `the BCWS`
  // stands for the `B.C. Wildfire Service` spelt out above (initials B-C-W-S, not B-W-S), bracketed
  // or not, and the body speaks by its full name.
  {
    kind: "organisation continuation",
    text: "Crews from the N.B. Forest Fire Service (NBFFS) were sent north on Monday.\n\n\u201cThe fire is now held,\u201d the NBFFS said.",
    quotes: [{ text: "The fire is now held,", speaker: "N.B. Forest Fire Service" }],
  },
  {
    kind: "organisation continuation",
    text: "The dock workers' employer, the P.E.I. Harbour Employers Association, left the talks on Friday.\n\nOn Sunday the PEIHEA posted an update. \u201cWe will return to the table tomorrow,\u201d the post read.",
    quotes: [{ text: "We will return to the table tomorrow,", speaker: "P.E.I. Harbour Employers Association" }],
  },
  // The words before a description's noun are determiners, adjectives and nouns: a pronoun, a
  // wh-word or a preposition before them ends the phrase (`It’s what Lakeview police call`
  // names `Lakeview police`, never `It’s what Lakeview police`).
  {
    kind: "organisation continuation",
    text: "In one year, 40 people died violent deaths in Lakeview.\n\nIt\u2019s what Lakeview police call \u201ca very busy year.\u201d",
    quotes: [{ text: "a very busy year.", speaker: "Lakeview police" }],
  },
  // `the city` with no city government named by kind and place (`the City of Kamloops`) is no
  // one's: a town named by its name alone may be one named in passing, a state, a region or a
  // former city (see the last texts of this list). With two towns named, which one it is the text
  // does not say either.
  {
    kind: "organisation continuation",
    text: "Heat is expected to settle over Kamloops, B.C., from Thursday to Sunday.\n\nCooling centres will open at noon.\n\n\u201cExtreme heat can harm anyone who cannot keep cool,\u201d the city said.",
    quotes: [{ text: "Extreme heat can harm anyone who cannot keep cool,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Crews from Kamloops and Nanaimo cleared the roads overnight.\n\n\u201cThe roads are open again,\u201d the city said.",
    quotes: [{ text: "The roads are open again,", speaker: null }],
  },
  // `the province` with no government named by place and `government` (`the Ontario government`):
  // the one province the text named by its name alone, acting (`Ontario has appealed`), is the one
  // whose government speaks. With two provinces named, which one it is the text does not say.
  {
    kind: "organisation continuation",
    text: "Ontario has appealed a ruling that threw out parts of its fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing.",
    quotes: [{ text: "The judge misread the evidence,", speaker: "Ontario government" }],
  },
  {
    kind: "organisation continuation",
    text: "Ontario and Quebec have appealed rulings that threw out parts of their fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing.",
    quotes: [{ text: "The judge misread the evidence,", speaker: null }],
  },
  // `the Crown` speaks through the one lawyer the text introduced as the Crown's (`Crown
  // prosecutor Jane Roe`), as Canadian news's gold names them; with two such, the Crown itself.
  {
    kind: "organisation continuation",
    text: "Crown prosecutor Jane Roe asked for the maximum fine on Tuesday.\n\n\u201cThe company took a risk with its workers,\u201d the Crown argued.",
    quotes: [{ text: "The company took a risk with its workers,", speaker: "Jane Roe" }],
  },
  {
    kind: "organisation continuation",
    text: "Crown prosecutor Jane Roe asked for the maximum fine. Crown attorney Tom Baker agreed.\n\n\u201cThe company took a risk with its workers,\u201d the Crown argued.",
    quotes: [{ text: "The company took a risk with its workers,", speaker: "Crown" }],
  },
  // `the city` is no town named by its name alone: not a country, a state or a region (`China`,
  // `Texas`, `Muskoka`), nor a city named in passing (`north of Winnipeg`); only a city named by
  // kind and place (`the City of Kingston`) is the one whose government speaks.
  {
    kind: "organisation continuation",
    text: "Wildfires spread across Texas this week.\n\n\u201cResidents should stay indoors,\u201d the city said.",
    quotes: [{ text: "Residents should stay indoors,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Residents of Oakvale were told to boil their water on Tuesday after a pipe burst by the docks. The town is about an hour east of Riverton.\n\n\u201cOur crews will stay on it day and night,\u201d the city said in an update.",
    quotes: [{ text: "Our crews will stay on it day and night,", speaker: null }],
  },
  // `the province` is the one province the text named before it, whatever government it names
  // after the quotation (`The Manitoba government has not said`).
  {
    kind: "organisation continuation",
    text: "Ontario has appealed a ruling that threw out parts of its fishing rules.\n\n\u201cThe judge misread the evidence,\u201d the province wrote in its court filing. The Manitoba government has not said whether it will join.",
    quotes: [{ text: "The judge misread the evidence,", speaker: "Ontario government" }],
  },
  // `the province` after a town's `Ont.` is Ontario's government, by the name it goes by.
  {
    kind: "organisation continuation",
    text: "The blaze destroyed three cottages near Millbrook, Ont., on Tuesday.\n\n\u201cTeams are on site,\u201d the province said.",
    quotes: [{ text: "Teams are on site,", speaker: "Ontario government" }],
  },
  // `the Crown` speaks through a lawyer only one introduced as the Crown's, `Crown` joined to the lawyer's
  // noun: not the defence lawyer whose predicate names the Crown, nor one who fought it, nor one
  // of two Crown prosecutors.
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. His lawyer, Ann Smith, said the Crown has no case.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. Defence lawyer Ann Smith, who has fought the Crown in several fraud trials, said the case is weak.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker is charged with fraud. Crown prosecutors Jane Roe and Mark Lee told the court the case is strong.\n\n\u201cThe accused knew exactly what he was doing,\u201d the Crown argued in its written submissions.",
    quotes: [{ text: "The accused knew exactly what he was doing,", speaker: "Crown" }],
  },
  // An acronym stands for a body the text named before with a possessor opening its name
  // (`Ontario’s Special Review Unit` … `the SRU`), the possessor left out of its initials.
  {
    kind: "organisation continuation",
    text: "An officer was charged after a probe by Ontario\u2019s Special Review Unit.\n\n\u201cThe man was hurt in the cells,\u201d the SRU said in a release.",
    quotes: [{ text: "The man was hurt in the cells,", speaker: "Special Review Unit" }],
  },
  // `Millbrook, Ont.` then `Ontario has sent …`: two names of one province, no two provinces, so
  // `the province` is Ontario's government.
  {
    kind: "organisation continuation",
    text: "A flood near Millbrook, Ont., forced dozens from their homes. Ontario has sent rescue boats.\n\n\u201cOur teams are out on every road,\u201d the province said in an update.",
    quotes: [{ text: "Our teams are out on every road,", speaker: "Ontario government" }],
  },
  // `the provider` is a company as `the utility` is: the body the sentence before
  // was about (`Tallwood Power … said it has reconnected homes`). No body of the sort named, no one: a
  // doctor or a home daycare is a provider too, and nothing makes them a company.
  {
    kind: "organisation continuation",
    text: "Many homes are still dark after the ice storm.\n\nTallwood Power, which serves the northern valley, said on Wednesday it has reconnected 3,500 homes.\n\n\u201cAbout 700 homes are still waiting,\u201d the provider said.",
    quotes: [{ text: "About 700 homes are still waiting,", speaker: "Tallwood Power" }],
  },
  {
    kind: "organisation continuation",
    text: "Jane Roe has cared for children in her home daycare in Smallville for 20 years.\n\n\u201cThe subsidy does not keep the lights on,\u201d the provider said.",
    quotes: [{ text: "The subsidy does not keep the lights on,", speaker: null }],
  },
  // `an MFS spokesperson said` after the page spelled out `Millbrook Fire Services`: with no person
  // named in the role, the spokesperson's words are the body's that the acronym stands for.
  {
    kind: "organisation continuation",
    text: "Crews were called to a barn on Mill Lane, according to Millbrook Fire Services.\n\n\u201cThe loft caved in before anyone could enter,\u201d an MFS spokesperson said.",
    quotes: [{ text: "The loft caved in before anyone could enter,", speaker: "Millbrook Fire Services" }],
  },
  // Guard: the body named nowhere else leaves the description as it was; a person named in the
  // role is the speaker.
  {
    kind: "organisation continuation",
    text: "\u201cOur schedule is back to normal,\u201d a Skyway Air spokesperson said.\n\nCrews were called to Mill Lane, according to Millbrook Fire Services.\n\n\u201cNobody was hurt,\u201d an MFS spokesperson, Jane Roe, said.",
    quotes: [
      { text: "Our schedule is back to normal,", speaker: "Skyway Air spokesperson" },
      { text: "Nobody was hurt,", speaker: "Jane Roe" },
    ],
  },
  // Two bodies named whose initials are the same (`Acme Mining Corporation`, `Atlantic Marine
  // Council`): `an AMC spokesperson` speaks for neither for sure, not for the one named last.
  {
    kind: "organisation continuation",
    text: "Acme Mining Corporation said two men were arrested on Tuesday at its mine. The Atlantic Marine Council also reported a break-in at its harbour office.\n\n\u201cOur inquiries are ongoing,\u201d an AMC spokesperson said.",
    quotes: [{ text: "Our inquiries are ongoing,", speaker: "AMC spokesperson" }],
  },
  {
    kind: "organisation continuation",
    text: 'Millbrook nurses\n\nA union says the hospital is "dangerously short."\n\nThe Millbrook Nurses Union said it would strike in June.',
    quotes: [{ text: "dangerously short.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Tallwood clinics\n\nAn agency says the clinics are "badly stretched."\n\nTallwood Health Agency said it would hire more staff by June.',
    quotes: [{ text: "badly stretched.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Riverton plant\n\nThe union says the plant is "running on fumes."\n\nBrenvo Lustrik Ltd. said it would hire more staff by June.',
    quotes: [{ text: "running on fumes.", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Tallwood buses\n\nA union representing 4,000 Tallwood bus drivers says a strike will go on "until further notice."\n\nThe Tallwood Transit Union said its members would walk out on Friday.',
    quotes: [{ text: "until further notice.", speaker: "Tallwood Transit Union" }],
  },
  // A members' body (`The society says …`) is no company: a company named in the next paragraph
  // is another party, not the society.
  {
    kind: "organisation continuation",
    text: "The society says the Millbrook clinic is \u201cbadly understaffed.\u201d\n\nBrenvo Lustrik Ltd. said it would sell the clinic building in June.",
    quotes: [{ text: "badly understaffed.", speaker: null }],
  },
  // A body carried on by its noun: `The company` opening a sentence between the body's own
  // quotation and `the company said` a paragraph on stands for the body that spoke before it.
  {
    kind: "organisation continuation",
    text: "Vantor Rail (VR) will lock out workers by Friday.\n\n\u201cWe want an end to this uncertainty as soon as possible,\u201d VR said.\n\nThe company cast the notice as a last effort to keep goods moving.\n\n\u201cWe are acting to protect the supply chain,\u201d the company said.",
    quotes: [
      { text: "We want an end to this uncertainty as soon as possible,", speaker: "Vantor Rail" },
      { text: "We are acting to protect the supply chain,", speaker: "Vantor Rail" },
    ],
  },
  // `Mounties announced`: a body's nickname is the body, named by its own name.
  {
    kind: "organisation continuation",
    text: "A man from Birch Lake was found hurt on Oct. 3 and \u201cdied of his injuries\u201d in hospital, Mounties announced on Friday.",
    quotes: [{ text: "died of his injuries", speaker: "RCMP" }],
  },
  // `The company` carried on only from the sentence right after the body's own: a sentence
  // between that brings in another firm by common nouns (`a potash shipper`) breaks the link.
  {
    kind: "organisation continuation",
    text: "Kestrel Freight will lock out its workers by Friday.\n\n\u201cWe want this settled before the harvest,\u201d Kestrel Freight said.\n\nIts largest customer is a potash shipper in Orrin Falls. The company moves a third of the region\u2019s potash.\n\n\u201cWe are weighing other routes for now,\u201d the company said.",
    quotes: [
      { text: "We want this settled before the harvest,", speaker: "Kestrel Freight" },
      { text: "We are weighing other routes for now,", speaker: null },
    ],
  },
  // `The company that owns …`: the noun pinned to another body by what follows it is no link.
  {
    kind: "organisation continuation",
    text: "Kestrel Freight will lock out its workers by Friday.\n\n\u201cWe want this settled before the harvest,\u201d Kestrel Freight said.\n\nThe company that runs the Orrin Falls grain terminal says the lockout would idle its loaders.\n\n\u201cWe are weighing other routes for now,\u201d the company said.",
    quotes: [
      { text: "We want this settled before the harvest,", speaker: "Kestrel Freight" },
      { text: "We are weighing other routes for now,", speaker: null },
    ],
  },
  // `a spokesperson for the port authority said` after `the Tessel Port Authority` and a
  // spokesperson for it met before: the body called again by its name's last words in lower case speaks.
  {
    kind: "organisation continuation",
    text: "Barge aground off Tessel Point\n\nIn an email, a spokesperson for the Tessel Port Authority wrote that divers found \u201cheavy damage\u201d near the pier.\n\n\u201cWe will tow the barge off at high tide,\u201d a spokesperson for the port authority said Tuesday.",
    quotes: [
      { text: "heavy damage", speaker: "Spokesperson for the Tessel Port Authority" },
      { text: "We will tow the barge off at high tide,", speaker: "Tessel Port Authority" },
    ],
  },
  // A description taken whole as a name: `the heads of Vale's …` (a person's noun, a link, no name
  // after it) names no one; `a spokesperson with the Acme Board` names the board and is kept.
  {
    kind: "organisation continuation",
    text: "Dunmere's ferries will run late all week. A spokesperson with the Tolland Harbour Commission says crews are \u201cdoing what we can with two boats.\u201d\n\nThe heads of Dunmere's ferry terminals wrote that the service has hit a \u201ctipping point.\u201d",
    quotes: [
      { text: "doing what we can with two boats.", speaker: "Spokesperson with the Tolland Harbour Commission" },
      { text: "tipping point.", speaker: null },
    ],
  },
  // A body's nickname (`Mounties`) that the page's own team name ends is the team, never the RCMP.
  {
    kind: "organisation continuation",
    text: "The Mount Allison Mounties won 3-1 on Saturday. \u201cWe played our game,\u201d the Mounties said in a post.",
    quotes: [{ text: "We played our game,", speaker: "Allison Mounties" }],
  },
  // A group or a notice named by its body speaks for it; only a page's own label says nothing.
  {
    kind: "organisation continuation",
    text: "The Harbour Watch group said the tower was \u201ca blight on the shore.\u201d",
    quotes: [{ text: "a blight on the shore.", speaker: "Harbour Watch group" }],
  },
  // An operation's name that a verb of saying follows is a charity's, which speaks: a campaign never does.
  {
    kind: "organisation continuation",
    text: "The charity flew a dental team to Brindlemoor in April. \u201cNo child should wait two years to see a dentist,\u201d Operation Brightsmile said in a statement.",
    quotes: [{ text: "No child should wait two years to see a dentist,", speaker: "Operation Brightsmile" }],
  },
  // `The nurses union (NUC) spokesperson …` then `The board said`: a body brought in by its initials after another sort's noun (a union) is not the board; no board is named, so no one.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe nurses union (NUC) spokesperson Lena Marsh said that the union began meeting with the health board that runs the hospital (CHB-East) Tuesday morning.\n\nThe board said on Monday that patients should avoid the emergency room overnight due to the "exceptional strain."',
    quotes: [{ text: "exceptional strain.", speaker: null }],
  },
  // Not fired: `The union said` is the union brought in as `the nurses union (NUC)`.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe nurses union (NUC) spokesperson Lena Marsh said that the members will vote on Friday.\n\nThe union said on Monday that nurses should not take "one more double shift."',
    quotes: [{ text: "one more double shift.", speaker: "NUC" }],
  },
  // Not fired: `The board said` is the board brought in as `the regional health board (CHB)`.
  {
    kind: "organisation continuation",
    text: 'Nurses at Corvale General say they are worn out after a weekend of double shifts.\n\nThe regional health board (CHB) chair Ivo Brandt said that the hospital will hire more staff.\n\nThe board said on Monday that patients should avoid the emergency room overnight due to the "exceptional strain."',
    quotes: [{ text: "exceptional strain.", speaker: "CHB" }],
  },
  // A body brought in by its initials after one noun is the same body by another noun of its sort (`the mining company (BKR)` then `the firm said`).
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) laid off 200 workers.\n\n"It was a hard decision," the firm said.',
    quotes: [{ text: "It was a hard decision,", speaker: "BKR" }],
  },
  // The same for `the transit authority (RTA)` then `the agency said`.
  {
    kind: "organisation continuation",
    text: 'The regional transit authority (RTA) said fares would rise. "Costs went up," the agency said.',
    quotes: [{ text: "Costs went up,", speaker: "RTA" }],
  },
  // The same for `the health department (PHD)` then `the ministry said`.
  {
    kind: "organisation continuation",
    text: 'The provincial health department (PHD) ordered the audit.\n\n"The audit is routine," the ministry said.',
    quotes: [{ text: "The audit is routine,", speaker: "PHD" }],
  },
  // Not fired: a company brought in by its initials is no union.
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) laid off 200 workers.\n\n"It was a hard decision," the union said.',
    quotes: [{ text: "It was a hard decision,", speaker: null }],
  },
  // Not fired: an authority brought in by its initials is no board.
  {
    kind: "organisation continuation",
    text: 'The regional transit authority (RTA) said fares would rise. "Costs went up," the board said.',
    quotes: [{ text: "Costs went up,", speaker: null }],
  },
  // Nouns of one sort name one body only when the other noun itself, or another government's level, was not named between (`hired Dunmore, a consulting firm`, `Provincial officials`): null.
  {
    kind: "organisation continuation",
    text: 'The mining company (BKR) hired Dunmore, a consulting firm, to review the mine. "The mine is safe," the firm said.',
    quotes: [{ text: "The mine is safe,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'The city\'s parks department (CPD) closed the trails. Provincial officials disagreed. "The trails are safe," the ministry said.',
    quotes: [{ text: "The trails are safe,", speaker: null }],
  },
  // Not fired: officials of no other level between keep the department the body.
  {
    kind: "organisation continuation",
    text: 'The city\'s parks department (CPD) closed the trails. City officials agreed. "The trails are unsafe," the department said.',
    quotes: [{ text: "The trails are unsafe,", speaker: "CPD" }],
  },
  // A team as the subject of a past verb is no modifier of the role and name after it (`The Corvale Stampeders released receiver Tom Baker`): it is named, and `the club` is it.
  {
    kind: "organisation continuation",
    text: "The Corvale Stampeders released receiver Tom Baker on Friday.\n\n“We wish Tom and his family well,” the club said.",
    quotes: [{ text: "We wish Tom and his family well,", speaker: "Corvale Stampeders" }],
  },
  {
    kind: "organisation continuation",
    text: "The Corvale Stampeders have also signed linebacker Tom Baker to a two-year deal.\n\n“He makes our defence better,” the team said.",
    quotes: [{ text: "He makes our defence better,", speaker: "Corvale Stampeders" }],
  },
  // A place that names a body (`Halifax police`) is still its name.
  {
    kind: "organisation continuation",
    text: "Halifax police say a man was arrested after a standoff.\n\n“He was armed,” police said.",
    quotes: [{ text: "He was armed,", speaker: "Halifax police" }],
  },
  // A body's `the team`, `the company` is never a person named by initials who spoke (showsNoPerson keeps initials as a person's sign: `J.T. Miller` is no organisation's name).
  {
    kind: "organisation continuation",
    text: "The Vancouver Canucks have traded J.T. Miller to the New York Rangers.\n\n“I loved my time in this city,” J.T. Miller said on Friday.\n\n“We thank J.T. for everything he gave this club,” the team said in a statement.",
    quotes: [
      { text: "I loved my time in this city,", speaker: "J.T. Miller" },
      { text: "We thank J.T. for everything he gave this club,", speaker: "Vancouver Canucks" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Vancouver Canucks forward J.T. Miller was traded to the New York Rangers on Friday.\n\n“I loved my time in this city,” Miller said.\n\n“We wish him well,” the team said in a statement.",
    quotes: [
      { text: "I loved my time in this city,", speaker: "J.T. Miller" },
      { text: "We wish him well,", speaker: "Vancouver Canucks" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "“This was a tough one to lose,” said Toronto Raptors guard R.J. Barrett after the game.\n\n“We are evaluating him day to day,” the team said of Barrett's ankle.",
    quotes: [
      { text: "This was a tough one to lose,", speaker: "R.J. Barrett" },
      { text: "We are evaluating him day to day,", speaker: "Toronto Raptors" },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Acme Foods chief executive R.J. Lusk said sales were weaker than hoped.\n\n“We are cutting costs,” Lusk said.\n\n“The plan will save $40 million a year,” the company said in a statement.",
    quotes: [
      { text: "We are cutting costs,", speaker: "R.J. Lusk" },
      { text: "The plan will save $40 million a year,", speaker: "Acme Foods" },
    ],
  },
  // `the company` is the one organisation named, whose chief executive spoke (round 38: no one
  // before, when only an organisation named near was looked for).
  {
    kind: "organisation continuation",
    text: "“Sales were weaker than we hoped,” said R.J. Lusk, chief executive of Acme Foods, on a call with analysts.\n\n“The company expects a stronger second half,” the company said in a statement.",
    quotes: [
      { text: "Sales were weaker than we hoped,", speaker: "R.J. Lusk" },
      { text: "The company expects a stronger second half,", speaker: "Acme Foods" },
    ],
  },
  // `it` two paragraphs after the body that spoke, past a person holding its post who spoke for it (`said R.J. Lusk, the chief executive`): never the person (b8cb827 gave R.J. Lusk); null, as no body is named near the pronoun.
  {
    kind: "organisation continuation",
    text: "Acme Foods said sales fell four per cent in the quarter.\n\n“We are cutting costs,” said R.J. Lusk, the chief executive.\n\n“The plan will save $40 million a year,” it said in a statement.",
    quotes: [
      { text: "We are cutting costs,", speaker: "R.J. Lusk" },
      { text: "The plan will save $40 million a year,", speaker: null },
    ],
  },
  // A firm's noun beside a one-word name (`retailer Sears`, `Sears, the retailer,`) makes it a
  // firm's, which `the company`, `the retailer`, `it` stand for; a person beside such a noun stays one.
  {
    kind: "organisation continuation",
    text: "Retailer Sears plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the company said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "The retailer Sears plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the company said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "Sears, the retailer, plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d the retailer said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "Canada's oldest retailer, Sears, plans to close dozens of stores.\n\n\u201cWe have been forced into this,\u201d it said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "The retailer Sears plans to close stores. The bank Desjardins plans to open branches.\n\n\u201cWe have been forced into this,\u201d the retailer said.",
    quotes: [{ text: "We have been forced into this,", speaker: "Sears" }],
  },
  // A firm the text named, then called by a firm's noun (`the grocer`, `the automaker`, `the coffee
  // chain`, `the company`): the one firm named, shown a firm by its own words or by the words
  // around it; none where another name may be a firm, or where the text calls people by the trade.
  {
    kind: "organisation continuation",
    text: "Loblaw Companies Ltd. reported higher profits. \u201cOur customers continue to seek value,\u201d the grocer said.",
    quotes: [{ text: "Our customers continue to seek value,", speaker: "Loblaw Companies Ltd." }],
  },
  {
    kind: "organisation continuation",
    text: "Shoppers at Metro Inc. stores will pay more. \u201cCosts have risen,\u201d the grocer said in a statement.",
    quotes: [{ text: "Costs have risen,", speaker: "Metro Inc." }],
  },
  {
    kind: "organisation continuation",
    text: "General Motors said it would close the plant. \u201cWe made a fair offer,\u201d the automaker said.",
    quotes: [{ text: "We made a fair offer,", speaker: "General Motors" }],
  },
  {
    kind: "organisation continuation",
    text: "Barrick Gold Corp. will cut 500 jobs. \u201cThe market has changed,\u201d the miner said.",
    quotes: [{ text: "The market has changed,", speaker: "Barrick Gold Corp." }],
  },
  {
    kind: "organisation continuation",
    text: "Starbucks is closing 30 cafes in Canada. \u201cWe are grateful to our partners,\u201d the coffee chain said.",
    quotes: [{ text: "We are grateful to our partners,", speaker: "Starbucks" }],
  },
  {
    kind: "organisation continuation",
    text: "Hudson's Bay is closing 15 stores. \u201cThis was a difficult decision,\u201d the company said.",
    quotes: [{ text: "This was a difficult decision,", speaker: "Hudson's Bay" }],
  },
  {
    kind: "organisation continuation",
    text: "Hudson's Bay Co. is closing 15 stores. \u201cThis was a difficult decision,\u201d the company said.",
    quotes: [{ text: "This was a difficult decision,", speaker: "Hudson's Bay Co." }],
  },
  {
    kind: "organisation continuation",
    text: "The Hudson's Bay Company is closing 15 stores. \u201cThis was a difficult decision,\u201d the company said.",
    quotes: [{ text: "This was a difficult decision,", speaker: "Hudson's Bay Company" }],
  },
  {
    kind: "organisation continuation",
    text: "Canada's oldest retailer, Hudson's Bay, is closing 15 stores. \u201cThis was a difficult decision,\u201d the retailer said.",
    quotes: [{ text: "This was a difficult decision,", speaker: "Hudson's Bay" }],
  },
  {
    kind: "organisation continuation",
    text: "Ford Motor Co. is recalling 20,000 trucks. \u201cNo injuries have been reported,\u201d the automaker said.",
    quotes: [{ text: "No injuries have been reported,", speaker: "Ford Motor Co." }],
  },
  {
    kind: "organisation continuation",
    text: "Shaw and Rogers both raised prices. \u201cCosts have risen,\u201d the company said.",
    quotes: [{ text: "Costs have risen,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Loblaw Companies Ltd. and Metro Inc. both raised prices. \u201cCosts have risen,\u201d the grocer said.",
    quotes: [{ text: "Costs have risen,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Starbucks and Tim Hortons are raising prices. \u201cCosts have risen,\u201d the coffee chain said.",
    quotes: [{ text: "Costs have risen,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "The miners at Vale Canada Ltd. walked out. \u201cWe want a fair deal,\u201d the miner said.",
    quotes: [{ text: "We want a fair deal,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Peggy's Cove is closing its lighthouse to visitors. \u201cThe rocks are dangerous,\u201d the company said.",
    quotes: [{ text: "The rocks are dangerous,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Smith says it will rain on Friday. \u201cBring an umbrella,\u201d the company said.",
    quotes: [{ text: "Bring an umbrella,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Rogers says it is time to go. \u201cWe are done here,\u201d the company said.",
    quotes: [{ text: "We are done here,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker, a partner at the firm, said the deal was done. \u201cWe are pleased,\u201d the company said.",
    quotes: [{ text: "We are pleased,", speaker: null }],
  },
  // Firms' nouns the one firm named must not take: a firm named for a person (`Jean Coutu`), a
  // person who closes or cuts their own things, a trade's person (`Local grocer Tom Baker`), a
  // place or a street, a chain of events, a mail carrier, a premier named Ford, a general.
  {
    kind: "organisation continuation",
    text: "Metro Inc. will buy Jean Coutu for $4.5 billion. \u201cThis deal makes us stronger,\u201d the pharmacy chain said.",
    quotes: [{ text: "This deal makes us stronger,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Baker is closing his bakery after 30 years. \u201cIt was a good run,\u201d the company said.",
    quotes: [{ text: "It was a good run,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Roe will cut her hours next month. \u201cI need rest,\u201d the company said.",
    quotes: [{ text: "I need rest,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Ford Motor Co. is recalling 20,000 trucks. Premier Doug Ford toured the plant. \u201cWe will keep these jobs,\u201d the automaker said.",
    quotes: [{ text: "We will keep these jobs,", speaker: "Ford Motor Co." }],
  },
  {
    kind: "organisation continuation",
    text: "Premier Doug Ford toured the Oakville plant on Monday. \u201cWe will keep these jobs,\u201d the automaker said.",
    quotes: [{ text: "We will keep these jobs,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Doug Ford says it will cut red tape for builders. \u201cWe are open for business,\u201d the company said.",
    quotes: [{ text: "We are open for business,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Arthur Irving spoke at the Saint John gala on Friday. \u201cWe love this city,\u201d the company said.",
    quotes: [{ text: "We love this city,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Ted Rogers built an empire from one radio station. He died in 2008.\n\n\u201cHe was a visionary,\u201d the carrier said.",
    quotes: [{ text: "He was a visionary,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Polar bears are gathering along Hudson Bay earlier this year. \u201cThe ice is late,\u201d the company said.",
    quotes: [{ text: "The ice is late,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Tourists flocked to Peggy's Cove on the long weekend. \u201cWe were overwhelmed,\u201d the company said.",
    quotes: [{ text: "We were overwhelmed,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Bay Street reacted coolly to the news. \u201cThe market is nervous,\u201d the bank said.",
    quotes: [{ text: "The market is nervous,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Loblaw Companies Ltd. reported higher profits. The strike set off a chain of events at the port. \u201cWe are watching closely,\u201d the chain said.",
    quotes: [{ text: "We are watching closely,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "WestJet Airlines Ltd. is cutting 200 flights. \u201cWe regret the disruption,\u201d the carrier said.",
    quotes: [{ text: "We regret the disruption,", speaker: "WestJet Airlines Ltd." }],
  },
  {
    kind: "organisation continuation",
    text: "Gen. Rick Hillier spoke to troops in Kandahar. \u201cWe will finish the job,\u201d the company said.",
    quotes: [{ text: "We will finish the job,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "General Manager Tom Baker announced the trade on Friday. \u201cWe love the player,\u201d the company said.",
    quotes: [{ text: "We love the player,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "McDonald's Corp. is cutting 500 jobs. \u201cWe thank our staff,\u201d the company said.",
    quotes: [{ text: "We thank our staff,", speaker: "McDonald's Corp." }],
  },
  {
    kind: "organisation continuation",
    text: "Tim Hortons is closing 30 cafes in Quebec. \u201cWe are grateful to our guests,\u201d the coffee chain said.",
    quotes: [{ text: "We are grateful to our guests,", speaker: "Tim Hortons" }],
  },
  {
    kind: "organisation continuation",
    text: "Desjardins is hiring 500 workers in Montreal. \u201cWe are growing,\u201d the bank said.",
    quotes: [{ text: "We are growing,", speaker: "Desjardins" }],
  },
  {
    kind: "organisation continuation",
    text: "Shoppers Drug Mart is closing 12 stores. \u201cWe thank our customers,\u201d the pharmacy chain said.",
    quotes: [{ text: "We thank our customers,", speaker: "Shoppers Drug Mart" }],
  },
  {
    kind: "organisation continuation",
    text: "Sears is closing 12 stores. \u201cWe thank our employees,\u201d the retailer said.",
    quotes: [{ text: "We thank our employees,", speaker: "Sears" }],
  },
  {
    kind: "organisation continuation",
    text: "Carney says it will invest $2 billion in housing. \u201cWe must build,\u201d the bank said.",
    quotes: [{ text: "We must build,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Halifax is closing 3 arenas this winter. \u201cCosts are up,\u201d the company said.",
    quotes: [{ text: "Costs are up,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Bell Canada is cutting 1,200 jobs. Rogers and Telus are expected to follow. \u201cCosts have risen,\u201d the carrier said.",
    quotes: [{ text: "Costs have risen,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Tom Baker sells used cars in Moncton. \u201cBusiness is slow,\u201d the company said.",
    quotes: [{ text: "Business is slow,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Jane Roe is hiring 20 workers for her company. \u201cWe are growing,\u201d the company said.",
    quotes: [{ text: "We are growing,", speaker: null }],
  },
  // `Crown Corporation` however capitalised is a kind of body, like `the company`: the one body named, or no one.
  {
    kind: "organisation continuation",
    text: "Canada Post resumed deliveries. “Canada Post is safely resuming its operations,” said the Crown Corporation in a news release on Tuesday.",
    quotes: [{ text: "Canada Post is safely resuming its operations,", speaker: "Canada Post" }],
  },
  {
    kind: "organisation continuation",
    text: "Canada Post resumed deliveries. “Canada Post is safely resuming its operations,” the Crown Corporation said.",
    quotes: [{ text: "Canada Post is safely resuming its operations,", speaker: "Canada Post" }],
  },
  {
    kind: "organisation continuation",
    text: "Via Rail cancelled trains between Toronto and Montreal. “We apologize to our passengers for the inconvenience,” the Crown corporation said in a statement.",
    quotes: [{ text: "We apologize to our passengers for the inconvenience,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "SaskTel, a Crown corporation, announced new rates. “Customers will see savings,” the Crown corporation said.",
    quotes: [{ text: "Customers will see savings,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "“We have received the report,” the Crown agency said.",
    quotes: [{ text: "We have received the report,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "Canada Post resumed deliveries on Tuesday. “We thank Canadians for their patience,” said Crown Corporation spokesperson Jon Hamilton.",
    quotes: [{ text: "We thank Canadians for their patience,", speaker: "Jon Hamilton" }],
  },
  {
    kind: "organisation continuation",
    text: "The accused was denied bail. “He poses a danger to the public,” the Crown said.",
    quotes: [{ text: "He poses a danger to the public,", speaker: "Crown" }],
  },
  {
    kind: "organisation continuation",
    text: "“The evidence is overwhelming,” Crown attorney Jane Roe told the jury on Monday.",
    quotes: [{ text: "The evidence is overwhelming,", speaker: "Jane Roe" }],
  },
  {
    kind: "organisation continuation",
    text: "“We will keep working with First Nations,” said Crown-Indigenous Relations Minister Marc Miller.",
    quotes: [{ text: "We will keep working with First Nations,", speaker: "Marc Miller" }],
  },
  {
    kind: "organisation continuation",
    text: "“Our crews are working around the clock,” Nova Scotia Power said in a statement.",
    quotes: [{ text: "Our crews are working around the clock,", speaker: "Nova Scotia Power" }],
  },
  {
    kind: "organisation continuation",
    text: "Nova Scotia's Serious Incident Response Team (SiRT) is investigating the crash.\n\n\u201cThe driver was pronounced dead at the scene,\u201d SiRT said in a release.",
    quotes: [{ text: "The driver was pronounced dead at the scene,", speaker: "Serious Incident Response Team" }],
  },
  {
    kind: "organisation continuation",
    text: 'He said the Saskatchewan Serious Incident Response Team (SIRT) is also investigating.\n\nIn an email to CTV News, SIRT said it\'s "looking into one part of the arrest."',
    quotes: [{ text: "looking into one part of the arrest.", speaker: "Saskatchewan Serious Incident Response Team" }],
  },
  {
    kind: "organisation continuation",
    text: 'The CFL Players\' Association (CFLPA) sent a memo to members on Friday. "Do not book travel," the CFLPA wrote.',
    quotes: [{ text: "Do not book travel,", speaker: "CFL Players' Association" }],
  },
  {
    kind: "organisation continuation",
    text: 'The NHL Players\' Association (NHLPA) filed a grievance.\n\n"The league broke the deal," the NHLPA said.',
    quotes: [{ text: "The league broke the deal,", speaker: "NHL Players' Association" }],
  },
  // Not fired: a bracket after a person, a place or a firm defines no acronym of theirs.
  {
    kind: "organisation continuation",
    text: 'Toronto Mayor Olivia Chow (OC) spoke Monday. "The city is broke," Chow said.',
    quotes: [{ text: "The city is broke,", speaker: "Olivia Chow" }],
  },
  {
    kind: "organisation continuation",
    text: 'The Edmonton Oilers (EDM) won again. "We played well," the Oilers said.',
    quotes: [{ text: "We played well,", speaker: "Edmonton Oilers" }],
  },
  {
    kind: "organisation continuation",
    text: 'McGill University (McGill) released a statement. "We support our students," McGill said.',
    quotes: [{ text: "We support our students,", speaker: "McGill" }],
  },
  {
    kind: "organisation continuation",
    text: "The Canadian Medical Association (CMA) and the Canadian Nurses Association (CNA) issued a joint letter.\n\n\u201cDoctors are leaving,\u201d the CMA said.",
    quotes: [{ text: "Doctors are leaving,", speaker: "Canadian Medical Association" }],
  },
  // `the government` is a government, never the firm the sentence before was about or that spoke last.
  {
    kind: "organisation continuation",
    text: 'The federal government has approved the merger of telecom companies Rogers and Shaw. Shaw\'s wireless business will be sold to Videotron.\n\nThe approval comes with 21 conditions that the government says are "legally enforceable," including that Videotron will offer plans.',
    quotes: [{ text: "legally enforceable,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'WestJet said it would appeal the ruling.\n\n"The rules apply to every airline," the government said in response.',
    quotes: [{ text: "The rules apply to every airline,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: 'Acme Mining spokesperson Jane Roe said the firm was pleased. "We will start in June," Roe said.\n\n"The licence is subject to review," the ministry said.',
    quotes: [
      { text: "We will start in June,", speaker: "Jane Roe" },
      { text: "The licence is subject to review,", speaker: null },
    ],
  },
  {
    kind: "organisation continuation",
    text: 'Alberta\'s government approved the pipeline on Friday. Enbridge will build it.\n\nThe government says the approval is "strictly conditional."',
    quotes: [{ text: "strictly conditional.", speaker: "Alberta" }],
  },
  // Still fired: a government the text named.
  {
    kind: "organisation continuation",
    text: 'The Ministry of Health confirmed the cases on Monday. Three hospitals are affected.\n\n"We are monitoring closely," the ministry said.',
    quotes: [{ text: "We are monitoring closely,", speaker: "Ministry of Health" }],
  },
  // A person's noun capitalised inside a body's name (`Officer`, `Consumer`) is no title before a name: the whole name is the body's, and its initials stand for it (round 34; before, `Service` and `Finance Association` were read alone).
  {
    kind: "organisation continuation",
    text: 'The Yukon Conservation Officer Service said it had killed the bear.\n\n"Attacks like this are extremely rare," the YCOS said.',
    quotes: [{ text: "Attacks like this are extremely rare,", speaker: "Yukon Conservation Officer Service" }],
  },
  {
    kind: "organisation continuation",
    text: "The Canadian Consumer Lending Association (CCLA), which represents lenders, opposed the cap.\n\n\u201cThe cap will not make credit cheaper,\u201d the CCLA said in a statement.",
    quotes: [{ text: "The cap will not make credit cheaper,", speaker: "Canadian Consumer Lending Association" }],
  },
  // Still a title before a person's name.
  {
    kind: "organisation continuation",
    text: 'Conservation Officer Jane Roe said the bear was shot.\n\n"It was the right call," Roe said.',
    quotes: [{ text: "It was the right call,", speaker: "Jane Roe" }],
  },
  {
    kind: "organisation continuation",
    text: 'The Corvale Police Chief Tom Baker said the road was closed.\n\n"Stay home," Baker said.',
    quotes: [{ text: "Stay home,", speaker: "Tom Baker" }],
  },
  // An office after `and` inside a body's name (`the Office of the Information and Privacy Commissioner for …`) is no description of its own: the body keeps its whole name and its initials (round 34; placeBeforeOffice had cut it, found on r53d after its held-out score).
  {
    kind: "organisation continuation",
    text: 'In a news release, the Office of the Information and Privacy Commissioner for Corvale said it worked with federal officials on the case.\n\nThe app was collecting data that was "not proportional to the benefits the chain may have hoped to gain," the OIPC said.',
    quotes: [
      {
        text: "not proportional to the benefits the chain may have hoped to gain,",
        speaker: "Office of the Information and Privacy Commissioner",
      },
    ],
  },
  // `New`, a word no name opens (`New data shows`), opens the New Democratic Party's name; cut off, the party was `Party` (round 35).
  {
    kind: "organisation continuation",
    text: "The vote is set for Monday.\n\n\u201cWe will fight this bill at every stage,\u201d the federal New Democratic Party said in a statement.",
    quotes: [{ text: "We will fight this bill at every stage,", speaker: "New Democratic Party" }],
  },
  {
    kind: "organisation continuation",
    text: "\u201cWe will fight this bill at every stage,\u201d the New Democrats said in a statement.",
    quotes: [{ text: "We will fight this bill at every stage,", speaker: "New Democrats" }],
  },
  // Control: `New` opening a sentence is no name's word.
  {
    kind: "organisation continuation",
    text: "New Democrat MP Jane Roe spoke first. New data shows the bill will cost more.\n\n\u201cWe will fight this bill at every stage,\u201d Roe said.",
    quotes: [{ text: "We will fight this bill at every stage,", speaker: "Jane Roe" }],
  },
  // The members a plural possessive names (`the employers’ group`) say which body it is, before the last body of the sort (round 35, before: the union).
  {
    kind: "organisation continuation",
    text: "Talks between the union and the Harbourview Employers Association have gone on for a year. The Canadian Union of Public Employees says its members will strike.\n\n\u201cThe uncertainty caused by this long delay is affecting the economy,\u201d the employers\u2019 group said in a statement.",
    quotes: [{ text: "The uncertainty caused by this long delay is affecting the economy,", speaker: "Harbourview Employers Association" }],
  },
  // Control: a description that names no members keeps the last body that spoke.
  {
    kind: "organisation continuation",
    text: "Talks between the union and the Harbourview Employers Association have gone on for a year. The Canadian Union of Public Employees says its members will strike.\n\n\u201cWe are ready to walk out,\u201d the union said in a statement.",
    quotes: [{ text: "We are ready to walk out,", speaker: "Canadian Union of Public Employees" }],
  },
  // Officials called by their body's noun in lower case (`zoo officials said`) speak for the body
  // that noun stands for, as `the zoo said` does (round 38, from r57).
  {
    kind: "organisation continuation",
    text: "The death of a gorilla at the Calgary Zoo was caused by human error.\n\n\u201cEyare was moving around in the back of house,\u201d zoo officials said in a statement.",
    quotes: [{ text: "Eyare was moving around in the back of house,", speaker: "Calgary Zoo" }],
  },

  {
    kind: "organisation continuation",
    text: "The City of Kingston will raise property taxes by four per cent.\n\n\u201cWe had no choice,\u201d city officials said.",
    quotes: [{ text: "We had no choice,", speaker: "City of Kingston" }],
  },
  {
    kind: "organisation continuation",
    text: "Brock University will cut 40 courses next year. Tom Baker, a student, called it a shame.\n\n\u201cThe budget leaves us no room,\u201d university officials said.",
    quotes: [{ text: "The budget leaves us no room,", speaker: "Brock University" }],
  },
  // Controls: two bodies named in the noun leave the officials' unknown; a level of government
  // (`federal officials`) names no body; nor does a noun no name ends in, whatever organisation
  // spoke last (`union officials` after the university: a review's case, round 38).
  {
    kind: "organisation continuation",
    text: "The Toronto Zoo is sending its pandas to the Calgary Zoo.\n\n\u201cThe pandas are healthy,\u201d zoo officials said.",
    quotes: [{ text: "The pandas are healthy,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "The Canada Border Services Agency met the Acme Trucking Association on Monday.\n\n\u201cThe border will stay open,\u201d federal officials said.",
    quotes: [{ text: "The border will stay open,", speaker: null }],
  },
  {
    kind: "organisation continuation",
    text: "The University of Northern Ridge faculty association voted to strike on Monday.\n\n\u201cWe are ready,\u201d union officials said.",
    quotes: [{ text: "We are ready,", speaker: null }],
  },
  // The organisation that spoke a few paragraphs back, with no one speaking since, is `the agency`
  // after paragraphs of narration (round 38, from r57).
  {
    kind: "organisation continuation",
    text: "A grizzly bear charged a rescue team in Banff National Park.\n\n\u201cWhen staff arrived at the scene, the bear charged,\u201d said Parks Canada.\n\nRescuers reached the campsite at 5 a.m. the next morning.\n\nThey found the couple and their dog dead.\n\n\u201cTwo cans of bear spray were found at the scene,\u201d said the agency, which has not released the victims\u2019 names.",
    quotes: [
      { text: "When staff arrived at the scene, the bear charged,", speaker: "Parks Canada" },
      { text: "Two cans of bear spray were found at the scene,", speaker: "Parks Canada" },
    ],
  },
  // Controls: a person who spoke since stands between; a company named since is `the company`.
  {
    kind: "organisation continuation",
    text: "A grizzly bear charged a rescue team in Banff National Park.\n\n\u201cWhen staff arrived at the scene, the bear charged,\u201d said Parks Canada.\n\nRescuers reached the campsite at 5 a.m. the next morning.\n\n\u201cIt was a terrible sight,\u201d said one rescuer.\n\n\u201cTwo cans of bear spray were found at the scene,\u201d said the agency.",
    quotes: [
      { text: "When staff arrived at the scene, the bear charged,", speaker: "Parks Canada" },
      { text: "It was a terrible sight,", speaker: null },
      { text: "Two cans of bear spray were found at the scene,", speaker: null },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Workers at the plant walked out on Monday.\n\n\u201cWe have waited long enough,\u201d said Unifor.\n\nAcme Parts Ltd. makes brakes for three carmakers.\n\nIts lines were idle by noon.\n\n\u201cWe regret the strike,\u201d the company said.",
    quotes: [
      { text: "We have waited long enough,", speaker: "Unifor" },
      { text: "We regret the strike,", speaker: "Acme Parts Ltd." },
    ],
  },
  // `the airline said`, paragraphs past the one organisation the text named and a person quoted
  // since: that organisation (round 38, from r55 and r53).
  {
    kind: "organisation continuation",
    text: "Two planes operated by Flair Airlines were seized on Saturday by the firm that leased them.\n\n\u201cThat kind of action is pretty wild,\u201d said Tom Baker, an aviation analyst.\n\nPassengers were stranded in Toronto and Vancouver.\n\nThe airline said it was \u201caggrieved by this unprecedented action.\u201d",
    quotes: [
      { text: "That kind of action is pretty wild,", speaker: "Tom Baker" },
      { text: "aggrieved by this unprecedented action.", speaker: "Flair Airlines" },
    ],
  },
  // Controls: two organisations named leave it no one's; one whose name gives another sort is none.
  {
    kind: "organisation continuation",
    text: "Porter Airlines cancelled 40 flights on Saturday. Flair Airlines cancelled 12.\n\n\u201cThat kind of action is pretty wild,\u201d said Tom Baker, an aviation analyst.\n\nPassengers were stranded in Toronto and Vancouver.\n\nThe airline said it was \u201caggrieved by this unprecedented action.\u201d",
    quotes: [
      { text: "That kind of action is pretty wild,", speaker: "Tom Baker" },
      { text: "aggrieved by this unprecedented action.", speaker: null },
    ],
  },
  {
    kind: "organisation continuation",
    text: "Flights were cancelled on Saturday after the Canadian Union of Public Employees called a strike.\n\n\u201cThat kind of action is pretty wild,\u201d said Tom Baker, an aviation analyst.\n\nPassengers were stranded in Toronto and Vancouver.\n\nThe airline said it was \u201caggrieved by this unprecedented action.\u201d",
    quotes: [
      { text: "That kind of action is pretty wild,", speaker: "Tom Baker" },
      { text: "aggrieved by this unprecedented action.", speaker: null },
    ],
  },
  // A name that holds a noun of a body no firm is (`Agency`) is never `the company` (round 38, a
  // review's case).
  {
    kind: "organisation continuation",
    text: "Boreal Foods Inc. recalled its granola bars on Friday. The Canadian Food Inspection Agency said there was a risk of salmonella.\n\n\u201cWe are sorry for the worry this causes,\u201d the company said.\n\n\u201cConsumers should not eat the bars,\u201d the agency said.",
    quotes: [
      { text: "We are sorry for the worry this causes,", speaker: "Boreal Foods Inc." },
      { text: "Consumers should not eat the bars,", speaker: "Canadian Food Inspection Agency" },
    ],
  },
  // Officials called by the noun that heads a name before its `of` (`university officials` after
  // the University of Northern Ridge), not two names the reading joined by `and` (round 38, a review's cases).
  {
    kind: "organisation continuation",
    text: "The University of Northern Ridge has cancelled classes after a water main break.\n\n\u201cWe expect to reopen Monday,\u201d university officials said.",
    quotes: [{ text: "We expect to reopen Monday,", speaker: "University of Northern Ridge" }],
  },
  {
    kind: "organisation continuation",
    text: "The University of Northern Ridge and Lakehead Polytechnic will merge their nursing programs.\n\n\u201cStudents will benefit,\u201d university officials said.",
    quotes: [{ text: "Students will benefit,", speaker: null }],
  },
  // A body named by a noun no firm is (`Agency`, `Union`) is never `the airline`, `the company`,
  // however near it stood as a subject: the firm named after it is (round 38, a review's cases).
  {
    kind: "organisation continuation",
    text: "The Canadian Transportation Agency fined Maple Leaf Airways $50,000 for delays.\n\n\u201cWe will appeal,\u201d the airline said.",
    quotes: [{ text: "We will appeal,", speaker: "Maple Leaf Airways" }],
  },
  {
    kind: "organisation continuation",
    text: "The Greenfield Workers Union said Tuesday talks had stalled.\n\nThe mill employs 300 people.\n\n\u201cWe are still at the table,\u201d the company said.",
    quotes: [{ text: "We are still at the table,", speaker: null }],
  },
  // Control: the union's own noun finds it.
  {
    kind: "organisation continuation",
    text: "The Greenfield Workers Union said Tuesday talks had stalled.\n\nThe mill employs 300 people.\n\n\u201cWe are still at the table,\u201d the union said.",
    quotes: [{ text: "We are still at the table,", speaker: "Greenfield Workers Union" }],
  },
  // `Airways` closing a name marks a body, as `Airlines` does (round 38, a review's case).
  {
    kind: "organisation continuation",
    text: "Maple Leaf Airways cancelled 40 flights on Monday because of the storm.\n\n\u201cWe apologize to our customers,\u201d the airline said in a statement.",
    quotes: [{ text: "We apologize to our customers,", speaker: "Maple Leaf Airways" }],
  },
  // A French body's name runs on in lower case past its capitals (round 39, from r53, r59 and
  // r50): `Groupe Juste pour rire inc.` is the company, not a person `Groupe Juste`.
  {
    kind: "organisation continuation",
    text: "Groupe Juste pour rire inc. has filed for creditor protection.\n\n\u201cWe hope the festival will take place next year,\u201d a statement from the company states.",
    quotes: [{ text: "We hope the festival will take place next year,", speaker: "Groupe Juste pour rire inc." }],
  },
  {
    kind: "organisation continuation",
    text: "The Fédération interprofessionnelle de la santé, the province\u2019s largest nurses union, rejected the offer.\n\n\u201cIt is a bad deal for nurses,\u201d the union said.",
    quotes: [{ text: "It is a bad deal for nurses,", speaker: "Fédération interprofessionnelle de la santé" }],
  },
  // Control: a person's name with French particles stays a person's.
  {
    kind: "organisation continuation",
    text: "\u201cWe will appeal the ruling,\u201d said Marie de la Roche, a lawyer for the family.",
    quotes: [{ text: "We will appeal the ruling,", speaker: "Marie de la Roche" }],
  },
  // The `des` of a French body's name is no given name `Des` that starts the name there.
  {
    kind: "organisation continuation",
    text: "The Centrale des syndicats du Québec rejected the offer on Monday.\n\n\u201cThis is not a serious offer,\u201d the union said.",
    quotes: [{ text: "This is not a serious offer,", speaker: "Centrale des syndicats du Québec" }],
  },
  // A name of three words or more read as a person's, given its initials in brackets, is a body's,
  // and the initials stand for it (round 39, from r60).
  {
    kind: "organisation continuation",
    text: "North Shore Rescue (NSR) led the search for the hiker.\n\n\u201cThe search team followed the prints down extremely complex terrain,\u201d NSR wrote.",
    quotes: [{ text: "The search team followed the prints down extremely complex terrain,", speaker: "North Shore Rescue" }],
  },
];
