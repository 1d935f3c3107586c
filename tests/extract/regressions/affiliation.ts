// Regression cases of the kind “affiliation” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const AFFILIATION: RegressionCase[] = [
  {
    kind: "affiliation",
    text: "“The numbers are worse than expected,” Maria Lopez of the Fraser Institute said.",
    quotes: [{ text: "The numbers are worse than expected,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "“The numbers are worse than expected,” Fraser Institute director Maria Lopez says.",
    quotes: [{ text: "The numbers are worse than expected,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "“Sleep matters more than diet,” said lead author Dr. Maria Lopez.",
    quotes: [{ text: "Sleep matters more than diet,", speaker: "Maria Lopez" }],
  },
  // Affiliations and roles before the name, British and Canadian styles.
  {
    kind: "affiliation",
    text: "The charity criticised the cuts. Its chief executive, Tom Brown, said: 'Families will suffer.'",
    quotes: [{ text: "Families will suffer.", speaker: "Tom Brown" }],
  },
  {
    kind: "affiliation",
    text: "'It's time,' says Anthony Walsh. Opposition leader Peter Dutton disagreed: 'It's a con.'",
    quotes: [
      { text: "It's time,", speaker: "Anthony Walsh" },
      { text: "It's a con.", speaker: "Peter Dutton" },
    ],
  },
  {
    kind: "affiliation",
    text: "“The paper will not run his column again,” Daily Gazette opinion editor Sam Hill told reporters.",
    quotes: [{ text: "The paper will not run his column again,", speaker: "Sam Hill" }],
  },
  {
    kind: "affiliation",
    text: "The study's lead author, Dr Anna Clarke of Monash University, said: 'The results were striking.'",
    quotes: [{ text: "The results were striking.", speaker: "Anna Clarke" }],
  },
  {
    kind: "affiliation",
    // A surname ending in s alone is the person named in full before, not a group.
    text: "Millbrook Nurses Guild president Dr. Ann Rivens says the wards are short-staffed. “We cannot keep this pace up,” Rivens says.",
    quotes: [{ text: "We cannot keep this pace up,", speaker: "Ann Rivens" }],
  },
  {
    kind: "affiliation",
    text: "The RCMP say they are investigating. “We are asking anyone with information to come forward,” Cpl. Tom Baker said in an email.",
    quotes: [{ text: "We are asking anyone with information to come forward,", speaker: "Tom Baker" }],
  },
  {
    kind: "affiliation",
    // A place and a title, or a description, before a full name: the name is the person's.
    text: "Ontario Premier Doug Ford spoke on Tuesday. Pensioner Margaret Booth, 78, said she was worried. 'I've never known it this bad,' she said.",
    quotes: [{ text: "I've never known it this bad,", speaker: "Margaret Booth" }],
  },
  // An office speaks for its holder (`Jane Roe’s office said`); a past perfect `had written` attributes as `wrote`.
  {
    kind: "affiliation",
    text: "The memo surfaced on Friday.\n“She did not see it at the time,” Jane Roe’s office said in a statement.",
    quotes: [{ text: "She did not see it at the time,", speaker: "Jane Roe’s office" }],
  },
  // An affiliation whose name runs through `for` or `of` (`Center for … Studies`, `University of Toronto`).
  {
    kind: "affiliation",
    text: "Tom Baker spoke first.\n“Dredging such a channel would be a gamble,” Tom Hadley of the Oakvale Center for Coastal Studies wrote in December.",
    quotes: [{ text: "Dredging such a channel would be a gamble,", speaker: "Tom Hadley" }],
  },
  {
    kind: "affiliation",
    text: "Tom Baker spoke first.\n“Rents are rising faster than wages,” Mary Smith of the University of Toronto said.",
    quotes: [{ text: "Rents are rising faster than wages,", speaker: "Mary Smith" }],
  },
  // A place and a role before the name after an inverted verb: the person speaks.
  {
    kind: "affiliation",
    text: "Rents rose again in March.\n“I work two jobs and I still can’t pay rent,” said Toronto cashier Maria Santos, 34.",
    quotes: [{ text: "I work two jobs and I still can’t pay rent,", speaker: "Maria Santos" }],
  },
  // A name after `speaking to` is the preposition's object, not the subject of `said`.
  {
    kind: "affiliation",
    text: "Tom Baker spoke first. A senior official speaking to CBC News said, “The talks have stalled.”",
    quotes: [{ text: "The talks have stalled.", speaker: null }],
  },
  // `the MPP` is whoever was given that title.
  {
    kind: "affiliation",
    text: "Liberal MPP Jane Roe said the province must act. “Families are waiting,” the MPP said.",
    quotes: [{ text: "Families are waiting,", speaker: "Jane Roe" }],
  },
  // An appositive ending in an adverb (`to speak candidly, said`) still leaves its subject before it.
  {
    kind: "affiliation",
    text: "Tom Baker spoke first. A Labour adviser, who spoke on condition of anonymity to talk candidly, said of the leader, “She takes the threat very seriously.”",
    // An anonymous adviser: a party's name qualifying the role is no one's name.
    quotes: [{ text: "She takes the threat very seriously.", speaker: null }],
  },
  // A person's possessive before an organisation's word alone names that person's office.
  {
    kind: "affiliation",
    text: "The mayor was travelling on Friday. “We will respond to the report in due course,” the Mayor's Office said in a statement.",
    quotes: [{ text: "We will respond to the report in due course,", speaker: "Mayor's Office" }],
  },
  {
    kind: "affiliation",
    text: "Tax rules change in April. “Nothing in the bill raises taxes on families,” the Finance Minister's office said.",
    quotes: [{ text: "Nothing in the bill raises taxes on families,", speaker: "Finance Minister's office" }],
  },
  // A place that qualifies a speaker noun (`Halifax police`) is part of the subject, not the subject.
  {
    kind: "affiliation",
    text: "Halifax police posted an update on the crash but gave no names, only saying they “will not comment on an active investigation.”",
    quotes: [{ text: "will not comment on an active investigation.", speaker: "Halifax police" }],
  },
  // A full name set off by commas before `said`, after a description of the person's post that
  // is too long to read back (`Acme’s vice-president of human resources, Jane Roe,`), is the
  // speaker, not a phrase that opens the sentence (`In a statement`).
  {
    kind: "affiliation",
    text: "Bargaining began on Monday.\nIn a statement, Northland Mills’ vice-president of human resources, Carla Nunes, said Northland and the union have worked well together.\n“We look forward to a fair deal,” she said.",
    quotes: [{ text: "We look forward to a fair deal,", speaker: "Carla Nunes" }],
  },
  // After the verb, a description set off by a full name: the name speaks (not the last person named, nor the company).
  {
    kind: "affiliation",
    text: "Ann Marsh sued the firm in May.\n\n“We will appeal the ruling,” said the company’s spokesperson, Jane Roe.",
    quotes: [{ text: "We will appeal the ruling,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "“We will keep the plant open,” said Acme’s chief executive, Tom Baker, on Monday.",
    quotes: [{ text: "We will keep the plant open,", speaker: "Tom Baker" }],
  },
  // A spelled-out age opening the sentence describes the person; it is no part of the name.
  {
    kind: "affiliation",
    text: "Fifty-one-year-old Kowalczyk has denied the charge. “I never touched the money,” Kowalczyk told the court.",
    quotes: [{ text: "I never touched the money,", speaker: "Kowalczyk" }],
  },
  {
    kind: "affiliation",
    // A plural team's possessive (`Otters’`) before the role: the coach named after it speaks, not the team.
    text: "The Otters dropped their third straight game. “We were flat from the opening whistle,” said Otters’ head coach Dana Pike.",
    quotes: [{ text: "We were flat from the opening whistle,", speaker: "Dana Pike" }],
  },
  // A credit line after a quotation: a dash, then the signer with their team and role.
  {
    kind: "affiliation",
    text: "The club has not won a round in years.\n\n“We will win more games this spring than anyone expects.”—Halifax Harbour Hawks coach Tom Baker, May 2, 2019.\n\nThe Hawks open at home on Friday.",
    quotes: [{ text: "We will win more games this spring than anyone expects.", speaker: "Tom Baker" }],
  },
  // `X of Acme, the firm that …, said`: the appositive describes the organisation; X is still the subject.
  {
    kind: "affiliation",
    text: "“The trench was dug late,” said Tom Baker, the city’s engineer.\n\nCody Smith of Harbour Property Management, the firm that runs two towers on the street, said he got no warning.\n\nHe said the work slowed traffic.\n\n“We’ve had ambulances come here before,” he said. “The street is tight.”",
    quotes: [
      { text: "The trench was dug late,", speaker: "Tom Baker" },
      { text: "We’ve had ambulances come here before,", speaker: "Cody Smith" },
      { text: "The street is tight.", speaker: "Cody Smith" },
    ],
  },
  // A bracket closing an appositive (`… police (HPS),`) leaves the name before it the subject.
  {
    kind: "affiliation",
    text: "Jane Roe, an inspector with the Harbour police (HPS), told reporters Monday that officers are “almost certain” the same man fired both shots.",
    quotes: [{ text: "almost certain", speaker: "Jane Roe" }],
  },
  // The name set off after an organisation's description names the organisation, not the speaker.
  {
    kind: "affiliation",
    text: "Ann Marsh, a spokesperson for the fighter's management firm, Lion of the North, said the news was “very raw” for the family.",
    quotes: [{ text: "very raw", speaker: "Ann Marsh" }],
  },
  // A person's name starts at the given name: a party, a nationality or a portfolio before it describes her.
  {
    kind: "affiliation",
    text: "“We checked every number twice,” said Conservative Miriam Holt, who sits on the finance committee.",
    quotes: [{ text: "We checked every number twice,", speaker: "Miriam Holt" }],
  },
  {
    kind: "affiliation",
    text: "Spaniard Marco Ruiz scored twice. “The crowd carried us,” Ruiz said.",
    quotes: [{ text: "The crowd carried us,", speaker: "Marco Ruiz" }],
  },
  {
    kind: "affiliation",
    text: "Canada’s Minister of Public Safety Gerald Voss spoke in Windsor on Monday.\n\n“The border stays open,” Voss said.",
    quotes: [{ text: "The border stays open,", speaker: "Gerald Voss" }],
  },
  // A portfolio of two parts joined by `and` runs on to its minister's name.
  {
    kind: "affiliation",
    text: "Public Works and Procurement Minister Gerald Voss defended the deal on Monday. “The contracts were fair,” he said.",
    quotes: [{ text: "The contracts were fair,", speaker: "Gerald Voss" }],
  },
  // An organisation's name and its initials in brackets close an appositive: the name set off
  // before it speaks, and `Centre for …` runs on through `for`.
  {
    kind: "affiliation",
    text: "“Rents have doubled in five years,” Mira Sandhu, director of research at the Canadian Centre for Tenant Rights (CCTR), told reporters.",
    quotes: [{ text: "Rents have doubled in five years,", speaker: "Mira Sandhu" }],
  },
  {
    kind: "affiliation",
    text: "“We saw no sign of a breach,” the Canadian Centre for Grid Security said in a statement.",
    quotes: [{ text: "We saw no sign of a breach,", speaker: "Canadian Centre for Grid Security" }],
  },
  // A union local's number closes the body's name; the role after it runs on to the person (`Local 233 president Jane Roe`).
  {
    kind: "affiliation",
    text: "The mill closed on Monday. “This is the end for a lot of families,” said Unifor Local 412 president Dana Pellerin.",
    quotes: [{ text: "This is the end for a lot of families,", speaker: "Dana Pellerin" }],
  },
  // A role noun before a full name (`Netminder`, opening the sentence) is no part of the name, whatever the given name.
  {
    kind: "affiliation",
    text: "Netminder Juuse Saros was sharp all night. “It felt good,” said Saros.",
    quotes: [{ text: "It felt good,", speaker: "Juuse Saros" }],
  },
  // A party tag and an appositive holding another name, then an adverb before the verb: the
  // appositive is set off, and the name before it is the subject of the participle's clause.
  // The second, whose appositive the old code already passed over, guards the rule.
  {
    kind: "affiliation",
    text: "New Brunswick Premier Dana Ruelle (PC), a staunch Tom Baker ally, effectively conceded the point even as she defended Lena Baker and the campaign, saying, “Most of the speech is original.”",
    quotes: [{ text: "Most of the speech is original.", speaker: "Dana Ruelle" }],
  },
  {
    kind: "affiliation",
    text: "Coun. Jane Roe (Ward 3), a longtime Tom Baker critic, quickly dismissed the report as she read Mark Bell and the memo, saying, “It is a whitewash.”",
    quotes: [{ text: "It is a whitewash.", speaker: "Jane Roe" }],
  },
  // A body's initialisms joined by a slash run on into the title and its holder's name.
  {
    kind: "affiliation",
    text: "“This week we began a work-to-rule campaign,” said ETFO/FEEO President Dana Lowe.",
    quotes: [{ text: "This week we began a work-to-rule campaign,", speaker: "Dana Lowe" }],
  },
  // A body's name through `of` (its head no listed one), a title and a full name: the titled person speaks.
  {
    kind: "affiliation",
    text: "Assembly of Treaty Nations National Chief Tom Baker, who is from Manitoba, said in a post the finding is “tragic, but not surprising.”",
    quotes: [{ text: "tragic, but not surprising.", speaker: "Tom Baker" }],
  },
  {
    kind: "affiliation",
    text: "“We will keep searching,” said Assembly of Treaty Nations National Chief Tom Baker.",
    quotes: [{ text: "We will keep searching,", speaker: "Tom Baker" }],
  },
  // Guard: a name before `of` and a body with no title after it is still the speaker.
  {
    kind: "affiliation",
    text: "Jane Roe of Acme Holdings said the deal was “a fair one.”",
    quotes: [{ text: "a fair one.", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "Reporters questioned Jane Roe and Tom Baker in Ottawa on Monday.\n\n“We made progress,” said the NSC spokesperson.",
    quotes: [{ text: "We made progress,", speaker: "NSC spokesperson" }],
  },
  // `<organisation> <role> of … and … <name> said`: a lower-case portfolio with `of` and `and`
  // between the organisation and the person still only describes the name before the verb.
  {
    kind: "affiliation",
    text: "Lakeshore Transit said on Friday that most buses were running again.\n\n“We expect a normal schedule by Monday,” Lakeshore Transit director of fleet planning and service design Marta Kowalczyk said Friday evening.",
    quotes: [{ text: "We expect a normal schedule by Monday,", speaker: "Marta Kowalczyk" }],
  },
  // Guard: a name after `and` is a second subject, not the person the portfolio describes; the
  // two speak together for the organisation, as before.
  {
    kind: "affiliation",
    text: "Lakeshore Transit said on Friday that most buses were running again.\n\n“We expect a normal schedule by Monday,” Lakeshore Transit director of planning and Marta Kowalczyk said.",
    quotes: [{ text: "We expect a normal schedule by Monday,", speaker: "Lakeshore Transit" }],
  },
  // `Tom d'Arcy`, `Ben van der Berg`: a surname with an elided particle in lower case or with
  // two particles is one name with its given name, not a given name alone.
  {
    kind: "affiliation",
    text: "But former Liberal housing minister Tom d'Arcy said the numbers show a crisis. “There is still no plan,” he said.\n\n“He was a fair coach,” said Ben van der Berg, the team's captain.",
    quotes: [
      { text: "There is still no plan,", speaker: "Tom d'Arcy" },
      { text: "He was a fair coach,", speaker: "Ben van der Berg" },
    ],
  },
  // `Chris d'Entremont`: a surname opened by the particle `d'` is a name as `O'Hara` is; read as
  // lower case, the party before it (`Progressive Conservative`) was taken for the speaker.
  {
    kind: "affiliation",
    text: "Former Progressive Conservative finance minister Anne d'Aubin said the numbers show a real problem.\n\n“It is not getting any better,” she said.",
    quotes: [{ text: "It is not getting any better,", speaker: "Anne d'Aubin" }],
  },
  // `Rural Roads and Ferry Services Minister Tom Baker said`: one portfolio of two parts joined by
  // `and` before the office, not a pair `Rural Roads` and the minister; the minister speaks.
  {
    kind: "affiliation",
    text: "“We will fix the crossings,” Rural Roads and Ferry Services Minister Tom Baker said on Tuesday.\n\nTrade and Tourism Minister Jane Roe said: “The season starts early.”",
    quotes: [
      { text: "We will fix the crossings,", speaker: "Tom Baker" },
      { text: "The season starts early.", speaker: "Jane Roe" },
    ],
  },
  // `said Acme Valley Fire Service fire information officer, Jane Roe.`: a comma may part an
  // inverted verb's role from the name; the name closing the clause speaks, not the service.
  // Guard: a list after the comma (`officer, Jane Roe and Tom Baker`) is left to the service.
  {
    kind: "affiliation",
    text: "“Pack a bag now,” said Acme Valley Fire Service fire information officer, Jane Roe. “It is a matter of when, not if.”\n\n“Roads will close,” said Acme Valley Fire Service fire information officers, Tom Baker and Sam Roe.",
    quotes: [
      { text: "Pack a bag now,", speaker: "Jane Roe" },
      { text: "It is a matter of when, not if.", speaker: "Jane Roe" },
      { text: "Roads will close,", speaker: "Acme Valley Fire Service" },
    ],
  },
  // `Jane Roe of the Acme Centre (ACC) said`: the initials closing the affiliation leave the person
  // before `of` the subject, as without them; not the organisation, nor the speaker before.
  {
    kind: "affiliation",
    text: "The road was closed for six hours, Mayor Sam Lee said.\n\n“Divers searched the river until dark,” Const. Jane Roe of the Ontario Provincial Police (OPP) told reporters.\n\n“We need a new bridge,” Tom Baker of the Northern Road Builders Association (NRBA) said.",
    quotes: [
      { text: "Divers searched the river until dark,", speaker: "Jane Roe" },
      { text: "We need a new bridge,", speaker: "Tom Baker" },
    ],
  },
  // `Neither Roe nor Doe seemed worried`, `Either Roe or Doe will start`: the pairing's opener is
  // never part of the first name, so a later `Roe said` is Roe's, not `Neither Roe`'s.
  {
    kind: "affiliation",
    text: 'Neither Carter nor Brooks seemed worried about the vote.\n\n"We have the numbers," Carter said. "Nobody here is nervous."',
    quotes: [
      { text: "We have the numbers,", speaker: "Carter" },
      { text: "Nobody here is nervous.", speaker: "Carter" },
    ],
  },
  {
    kind: "affiliation",
    text: 'Either Doyle or Kerr will start in goal on Saturday.\n\n"I am ready whenever they need me," Doyle said after practice.',
    quotes: [{ text: "I am ready whenever they need me,", speaker: "Doyle" }],
  },
  // A body's acronym in brackets between the body and the role (`Halifax police (HRP)
  // spokesperson`) only names the body again: the name after the role is the speaker, as it is
  // without the brackets, not the town the body is named for.
  {
    kind: "affiliation",
    text: 'A car was stopped downtown on Sunday.\n\n"Two men were taken into custody," said Halifax police (HRP) spokesperson Corinne Mabry.',
    quotes: [{ text: "Two men were taken into custody,", speaker: "Corinne Mabry" }],
  },
  {
    kind: "affiliation",
    text: 'The bridge stayed shut overnight.\n\n"Inspectors found cracks," said Sudbury Fire (GSFS) deputy chief Anil Rask.',
    quotes: [{ text: "Inspectors found cracks,", speaker: "Anil Rask" }],
  },
  {
    kind: "affiliation",
    text: 'A man was arrested on Friday.\n\n"He was known to officers," said Laval police (SPL) Sgt. Odile Carrier. "He had a record."',
    quotes: [
      { text: "He was known to officers,", speaker: "Odile Carrier" },
      { text: "He had a record.", speaker: "Odile Carrier" },
    ],
  },
  // A town, its province or state set off by commas, then a role (`Weldon, Sask., resident`,
  // `Brandon, Man., farmer`): the place says where the person lives, in a signature after a dash
  // as after an inverted verb; the name after the role is the speaker.
  {
    kind: "affiliation",
    text: 'The storm flattened three barns.\n\n"Nobody here will sleep tonight." -- Tisdale, Sask., resident Marnie Okoro.',
    quotes: [{ text: "Nobody here will sleep tonight.", speaker: "Marnie Okoro" }],
  },
  {
    kind: "affiliation",
    text: 'Hail fell for an hour.\n\n"The canola is gone," said Dauphin, Man., farmer Lise Okafor.',
    quotes: [{ text: "The canola is gone,", speaker: "Lise Okafor" }],
  },
  {
    kind: "affiliation",
    text: 'The ferry was cancelled again.\n\n"We wait every winter," said Souris, Prince Edward Island, fisher Colm Rainey.',
    quotes: [{ text: "We wait every winter,", speaker: "Colm Rainey" }],
  },
  // A chief's title in an Indigenous language (`Kukpi7`, with a digit for a glottal stop;
  // `Ogimaakwe`) stands before the name as `Chief` does and is no part of it.
  {
    kind: "affiliation",
    text: 'Kukpi7 Mara Sellars spoke at the hearing.\n\n"Our title was never ceded," Kukpi7 Sellars said.',
    quotes: [{ text: "Our title was never ceded,", speaker: "Mara Sellars" }],
  },
  {
    kind: "affiliation",
    text: 'Ogimaakwe Rita Fox opened the meeting. "We welcome everyone," said Ogimaakwe Fox.',
    quotes: [{ text: "We welcome everyone,", speaker: "Rita Fox" }],
  },
  // A union local's number written right after the union's name (`CUPE 500`, no `Local`) closes
  // the body's name: the person after the role is the speaker, not the union.
  {
    kind: "affiliation",
    text: '"Our crews keep the buses moving," said MTWU 212 president Tom Hadley.',
    quotes: [{ text: "Our crews keep the buses moving,", speaker: "Tom Hadley" }],
  },
  {
    kind: "affiliation",
    text: '"The drivers deserve a raise," said Teamsters 879 steward Ana Pereira on Monday.',
    quotes: [{ text: "The drivers deserve a raise,", speaker: "Ana Pereira" }],
  },
  // Before the verb too, a union local's number (`Unifor Local 88`, `CUPE 2204`) sits inside the
  // description of the name after it: that name speaks, not the speaker of the paragraph before.
  {
    kind: "affiliation",
    text: '"We want a deal by Friday," said plant manager Rosa Lindqvist.\n\n"Nobody wants a strike," Unifor Local 88 president Omar Haddad said.',
    quotes: [
      { text: "We want a deal by Friday,", speaker: "Rosa Lindqvist" },
      { text: "Nobody wants a strike,", speaker: "Omar Haddad" },
    ],
  },
  {
    kind: "affiliation",
    text: '"The centre stays open," said Mayor Ellen Fraser.\n\n"Staff found out on Twitter," OPSEU Local 204 president Wendy Sauvé said Monday.',
    quotes: [
      { text: "The centre stays open,", speaker: "Ellen Fraser" },
      { text: "Staff found out on Twitter,", speaker: "Wendy Sauvé" },
    ],
  },
  // A plural's possessive (`Chiefs’`, `Nurses'`), whose apostrophe the word leaves outside it,
  // joins a body's name to the capitalised words after it as `Russia's` does: the person after
  // the body's office speaks, not a person named `Northern Chiefs`.
  {
    kind: "affiliation",
    text: '"The report took too long," said Northern Chiefs\u2019 Council Grand Chief Mary Doe.',
    quotes: [{ text: "The report took too long,", speaker: "Mary Doe" }],
  },
  {
    kind: "affiliation",
    text: '"Our members are exhausted," said Prairie Nurses\' Union president Ana Lopes.',
    quotes: [{ text: "Our members are exhausted,", speaker: "Ana Lopes" }],
  },
  // `said Milton resident and hospital crusader, Jane Roe.`: after an inverted verb, a comma sets
  // the name off from its roles; the place or firm before the roles only affiliates the speaker.
  {
    kind: "affiliation",
    text: "\u201cIt is a failure,\u201d said Millbrook resident and library crusader, Brenda Quill.",
    quotes: [{ text: "It is a failure,", speaker: "Brenda Quill" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe cannot keep the line running,\u201d said Acme Foods plant manager and union steward, Tom Baker.",
    quotes: [{ text: "We cannot keep the line running,", speaker: "Tom Baker" }],
  },
  // `Premier Houston`, `Coun. Kingston`: a title that opens only a person's name makes the
  // person, though the surname is also a town's (where `Health Canada` is a department).
  {
    kind: "affiliation",
    text: "Premier Tim Houston announced the new rules on Friday, joined by Coun. Rob Kingston.\n\n\u201cWe will not wait for Ottawa,\u201d said Premier Houston.\n\n\u201cThe city is ready,\u201d said Coun. Kingston.",
    quotes: [
      { text: "We will not wait for Ottawa,", speaker: "Tim Houston" },
      { text: "The city is ready,", speaker: "Rob Kingston" },
    ],
  },
  // `CAO of Lakeview County Jane Roe told council`: an office in capitals (`CAO`, as `CEO`) before
  // its body's name through `of` runs straight into its holder's name, as `Minister of Health` does.
  {
    kind: "affiliation",
    text: "\u201cThe ambulances wait for hours at the hospital,\u201d CAO of Lakeview County Dana Whitfield told council on Tuesday.",
    quotes: [{ text: "The ambulances wait for hours at the hospital,", speaker: "Dana Whitfield" }],
  },
  // `said Fédération des infirmières du Québec (FIQ) president Jane Roe`: a French body's name
  // writes its nouns in lower case after `des` and `du`; it runs on to its acronym, and the
  // person after the role speaks, not the province that closes the body's name.
  {
    kind: "affiliation",
    text: "\u201cThe talks will go on all weekend,\u201d said Fédération des infirmières du Québec (FIQ) president Dana Whitfield on Friday.",
    quotes: [{ text: "The talks will go on all weekend,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "\u201cThe talks will go on all weekend,\u201d said Alliance des travailleurs du Québec president Dana Whitfield on Friday.",
    quotes: [{ text: "The talks will go on all weekend,", speaker: "Dana Whitfield" }],
  },
  // `Chief Jane Roe, Chippewas of Lakeview said`: a body's name set off bare after the person's
  // full name, running to the verb, says whom she speaks for; she speaks, not the body (and
  // not the first word of a name through `of`, which the affiliation reading took).
  {
    kind: "affiliation",
    text: "Chief Dana Whitfield, Chippewas of the Lakeview said, \u201cThe river has fed us for a thousand years.\u201d",
    quotes: [{ text: "The river has fed us for a thousand years.", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "Dana Whitfield, Lakeview Nurses Union said the cuts were \u201ca disgrace to this province.\u201d",
    quotes: [{ text: "a disgrace to this province.", speaker: "Dana Whitfield" }],
  },
  // Not a person named in an opening phrase: the body after the comma opens the main clause.
  {
    kind: "affiliation",
    text: "After meeting Dana Whitfield, Lakeview Nurses Union said the cuts were \u201ca disgrace to this province.\u201d",
    quotes: [{ text: "a disgrace to this province.", speaker: "Lakeview Nurses Union" }],
  },
  // `said Lakeview Transit president and CEO Jane Roe`: a company's name before the first office
  // opens the role with a capital; a second office joined by `and` still runs on to the name.
  {
    kind: "affiliation",
    text: "The new line will open late.\n\n\u201cEveryone wants it running,\u201d said Lakeview Transit president and CEO Dana Whitfield.",
    quotes: [{ text: "Everyone wants it running,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "The plant will close in May.\n\n\u201cIt was not an easy choice,\u201d said Moss Foods chair and chief executive Dana Whitfield.",
    quotes: [{ text: "It was not an easy choice,", speaker: "Dana Whitfield" }],
  },
  {
    kind: "affiliation",
    text: "The panel's report came out on Monday.\n\n\u201cWe have to be ready for the next one,\u201d said a doctor with the Lakeview Coroners Service Dr. Dana Whitfield.",
    quotes: [{ text: "We have to be ready for the next one,", speaker: "Dana Whitfield" }],
  },
  // `The Riverside Police Service` … `the RPS letter said`: a capitalised speaker noun inside a
  // body's capitalised name (`Police`) is no title before a person `Service`; the whole name is the
  // cast's, and its initials name it wherever they recur.
  {
    kind: "affiliation",
    text: "The Riverside Police Service said on Monday that it had written to the prosecutors.\n\n\u201cWe expect the Crown to be a zealous advocate for victims,\u201d the RPS letter said.",
    quotes: [{ text: "We expect the Crown to be a zealous advocate for victims,", speaker: "Riverside Police Service" }],
  },
  // `Independent Review Office of Manitoba` … `the IRO`: a body's initials leave out the place
  // its name ends in after `of`; the acronym speaks under the full name, even from a headline.
  {
    kind: "affiliation",
    text: "Officer may face charges: IRO\n\nThe Independent Review Office of Manitoba has sent its report to the Crown.\n\n\u201cThe director found reasonable grounds to believe an offence was committed,\u201d a release from the IRO says.",
    quotes: [
      {
        text: "The director found reasonable grounds to believe an offence was committed,",
        speaker: "Independent Review Office of Manitoba",
      },
    ],
  },
  // `CUPE Local 812 President Jane Roe`: a union local's number is part of the body's name, which
  // runs on through it to the titled holder; `Unifor Local 231 said` names the local whole.
  {
    kind: "affiliation",
    text: "City workers may strike next week.\n\n\u201cThe money is there, it always has been,\u201d said CUPE Local 812 President Jane Roe.\n\n\u201cOur members voted to walk out,\u201d Unifor Local 231 said in a statement.",
    quotes: [
      { text: "The money is there, it always has been,", speaker: "Jane Roe" },
      { text: "Our members voted to walk out,", speaker: "Unifor Local 231" },
    ],
  },
  // `For Omar Pelletier, the co-owner of Pelletier Family Farms, …` then `Pelletier said`: the
  // surname after a given name is the person's, not the first word of a farm's name no given
  // name opens.
  {
    kind: "affiliation",
    text: "For Omar Pelletier, the co-owner of Pelletier Family Farms, the heat is the worst part.\n\n\u201cThe beans just stop growing,\u201d Pelletier said.",
    quotes: [{ text: "The beans just stop growing,", speaker: "Omar Pelletier" }],
  },
  // `Chief Jane Roe of the Assembly of … Chiefs said`: a body's name runs on through `of` after
  // `Assembly` (or `Agency`, `Service`, `Foundation`) as after `University`, and the person
  // before it speaks, never the body cut at `of`.
  {
    kind: "affiliation",
    text: "Dozens of people gathered on the vacant lot for the blessing of the land.\n\n\u201cThis is something our families have waited years for,\u201d Chief Jane Roe of the Assembly of Lakeshore Chiefs said.",
    quotes: [{ text: "This is something our families have waited years for,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "The ferry will not sail until the ice clears from the harbour.\n\n\u201cWe will not send a crew out in these conditions,\u201d Tom Baker of the Marine Safety Service of Canada said.",
    quotes: [{ text: "We will not send a crew out in these conditions,", speaker: "Tom Baker" }],
  },
  // A name ending a description (`consultancy Acme Solutions`) before a `which` clause is that
  // clause's antecedent, inside the appositive: the person set off before it is the subject.
  {
    kind: "affiliation",
    text: "Tom Baker, a partner at consultancy Lakeview Strategic Partners, which advises the band, said the board had become \u201ca captive of the companies it watches.\u201d",
    quotes: [{ text: "a captive of the companies it watches.", speaker: "Tom Baker" }],
  },
  // `Pharmacist Sam Lee of Lawlor Drugs in Red Deer said`: the place says where the shop is, and
  // the person before the shop's link speaks, as without the place; his later `he said` is his.
  {
    kind: "affiliation",
    text: "Pharmacist Sam Lee of Lawlor Drugs in Red Deer said the main challenge is a shortage of two antibiotics.\n\n\u201cThe children\u2019s formulations are on backorder,\u201d he said.",
    quotes: [{ text: "The children\u2019s formulations are on backorder,", speaker: "Sam Lee" }],
  },
  // The same after the quotation, with a body's name holding `and` (`Society for Reading Help
  // and Tutoring in Calgary told`): the titled person speaks, never the name's tail.
  {
    kind: "affiliation",
    text: "Waitlists for reading tutors keep getting longer.\n\n\u201cOther provinces once envied us,\u201d Dr. Kim Wade of the Society for Reading Help and Tutoring in Calgary told reporters.",
    quotes: [{ text: "Other provinces once envied us,", speaker: "Kim Wade" }],
  },
  // A body's name that holds `and` is one name (`Lakes and Rivers Canada`, `Department of Lakes
  // and Rivers`, `Truth and Healing Commission`): the part before `and` alone is no name of its
  // own. A place that runs on through `and` (`Newfoundland and Labrador`) opens a force's name.
  // A word the page names alone elsewhere (`Tallwood`) is a body of its own beside the other.
  {
    kind: "affiliation",
    text: "Boats stayed at the wharf on Monday.\n\n\u201cWe are watching the stocks closely,\u201d Lakes and Rivers Canada said in a statement.",
    quotes: [{ text: "We are watching the stocks closely,", speaker: "Lakes and Rivers Canada" }],
  },
  {
    kind: "affiliation",
    text: "Boats stayed at the wharf on Monday.\n\n\u201cThe quota will not change,\u201d the Department of Lakes and Rivers said.",
    quotes: [{ text: "The quota will not change,", speaker: "Department of Lakes and Rivers" }],
  },
  {
    kind: "affiliation",
    text: "The hearings ended on Friday.\n\n\u201cThe final report will be late,\u201d said the Truth and Healing Commission.",
    quotes: [{ text: "The final report will be late,", speaker: "Truth and Healing Commission" }],
  },
  {
    kind: "affiliation",
    text: "A storm hit the west coast overnight.\n\n\u201cOfficers are at the scene,\u201d Newfoundland and Labrador RCMP said.",
    quotes: [{ text: "Officers are at the scene,", speaker: "Newfoundland and Labrador RCMP" }],
  },
  {
    kind: "affiliation",
    text: "The mill is run by Tallwood and Kiro Paper Canada.\n\nThe Timber and Mill Hands of Canada union says the cuts are \u201cheartless and short-sighted.\u201d Tallwood declined to comment.",
    quotes: [{ text: "heartless and short-sighted.", speaker: "Timber and Mill Hands of Canada union" }],
  },
  // A party's members in the plural before `and` are a body of their own, not the first part of
  // one name that runs on through `and` (`Lakes and Rivers Canada`).
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cWe disagree,\u201d the Conservatives and Green Party said in a joint statement.",
    quotes: [{ text: "We disagree,", speaker: "Conservatives" }],
  },
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cWe disagree,\u201d the Tories and Liberal Party said.",
    quotes: [{ text: "We disagree,", speaker: "Tories" }],
  },
  // One set of party plurals: the Progressives are a body of their own before `and` too.
  {
    kind: "affiliation",
    text: "The bill passed on Monday.\n\n\u201cThis is wrong,\u201d the Progressives and Reform Party said.",
    quotes: [{ text: "This is wrong,", speaker: "Progressives" }],
  },
  // `the province` is the one province named before, by whichever of its names (PROVINCES gives
  // each one government's name): `Prince Edward Island` too, whose `Prince` the cast drops.
  {
    kind: "affiliation",
    text: "Heavy snow hit Prince Edward Island on Tuesday.\n\n\u201cPlows will be out all night,\u201d the province said in an update.",
    quotes: [{ text: "Plows will be out all night,", speaker: "Prince Edward Island government" }],
  },
  {
    kind: "affiliation",
    text: "Storms battered British Columbia this week. Line crews in B.C. have worked long shifts.\n\n\u201cPower should be back for most homes by Friday,\u201d the province said in an update.",
    quotes: [{ text: "Power should be back for most homes by Friday,", speaker: "B.C. government" }],
  },
  {
    kind: "affiliation",
    text: "The British Columbia government has filed an appeal. The B.C. government says it will win.\n\n\u201cWe will fight this,\u201d the province said.",
    quotes: [{ text: "We will fight this,", speaker: "B.C. government" }],
  },
  // `according to Acadian women's advocate Jane Roe`: a lower-case possessive before the
  // role (whom it serves) is part of the role, so the person after it is the source, never the
  // adjective that opens the phrase.
  {
    kind: "affiliation",
    text: 'The ruling is "one more setback for these families that was avoidable," according to Acadian women\'s advocate Jane Fenwick.',
    quotes: [{ text: "one more setback for these families that was avoidable,", speaker: "Jane Fenwick" }],
  },
  // Guard: after `said`, where any noun may be the role, the person after it still speaks.
  {
    kind: "affiliation",
    text: "\u201cWe turned away six families this week,\u201d said Toronto women\u2019s shelter director Jane Fenwick.",
    quotes: [{ text: "We turned away six families this week,", speaker: "Jane Fenwick" }],
  },
  // `said Jane Roe near Lakeview, Ont.`: after an inverted verb a preposition is no role word, so
  // the place after it says where the speaker is and never becomes the speaker.
  {
    kind: "affiliation",
    text: "\u201cTwo days of soaking rain would save us,\u201d said Tom Lustrik near Oakvale, Ont.\n\nThe wheat is already thin.",
    quotes: [{ text: "Two days of soaking rain would save us,", speaker: "Tom Lustrik" }],
  },
  // `Chief Jane Roe of the regional Acme Council, which represents six nations, said`: a `which`
  // clause describing her affiliation leaves her the subject, as without it.
  {
    kind: "affiliation",
    text: "\u201cOur nurses are exhausted,\u201d Chief Tom Marrow of the regional Oakvale Tribal Council, which represents five member nations including Tallwood, said on Saturday.",
    quotes: [{ text: "Our nurses are exhausted,", speaker: "Tom Marrow" }],
  },
  // `Jane Roe, Band Chair, Acme Nation Government said`: a body's name set off after a capitalised
  // role closes the appositive, its comma missing; the person before the role speaks.
  {
    kind: "affiliation",
    text: "\u201cThe clinic has to stay open,\u201d Jane Fenwick, Band Chair, Oakvale River Nation Government said in a statement.",
    quotes: [{ text: "The clinic has to stay open,", speaker: "Jane Fenwick" }],
  },
  // `Jane Roe, O.N.M, LL.B. (hon.), Band Chair, said`: the letters of her honours are no one.
  {
    kind: "affiliation",
    text: "\u201cThe clinic has to stay open,\u201d Chief Jane Fenwick, O.N.M, LL.B. (hon.), Band Chair, said in a statement.",
    quotes: [{ text: "The clinic has to stay open,", speaker: "Jane Fenwick" }],
  },
  // The name after a role (`Tribunal's counsel Ona Brisk`) speaks, not the possessor; it holds with `counsel` no speaker noun.
  {
    kind: "affiliation",
    text: "The tribunal sat in Harlow Creek on Monday.\n\nTribunal's counsel Ona Brisk said the jury should remember that fear \u201cis not a crime,\u201d and should weigh only the facts.",
    quotes: [{ text: "is not a crime,", speaker: "Ona Brisk" }],
  },
  // A platform's name before a medium's noun (`the club’s official Twitter account`) is its
  // modifier: the platform never speaks for the account's owner.
  {
    kind: "affiliation",
    text: "The Hawks won on Friday.\n\nOn Saturday, the Hawks\u2019 official Twitter account posted a photo of Ivo Jansen with the caption: \u201cSee you next spring.\u201d",
    quotes: [{ text: "See you next spring.", speaker: null }],
  },
  // `said the member of Birch Lake First Nation`: the name after the description the inverted
  // verb's walk passed over says where the speaker belongs; the body is no speaker.
  {
    kind: "affiliation",
    text: "Ana Lopez teaches at the Birch Lake school.\n\n\u201cOur families are grieving,\u201d said the member of Birch Lake First Nation, who also coaches the girls\u2019 team.",
    quotes: [{ text: "Our families are grieving,", speaker: null }],
  },
  // A spokesperson for a person whose name holds a particle (`de`) or a body named with a lower-case noun (`Corvale police`): the name is whole.
  {
    kind: "affiliation",
    text: "The ferry will stay docked all week. \u201cWe are doing what we can with one crew,\u201d said a spokesperson for Premier Lise de Morlaix.\n\nCorvale police shut the quay road. \u201cIt reopens Friday,\u201d a spokesperson for Corvale police said.",
    quotes: [
      { text: "We are doing what we can with one crew,", speaker: "Spokesperson for Premier Lise de Morlaix" },
      { text: "It reopens Friday,", speaker: "Spokesperson for Corvale police" },
    ],
  },
  // A person then the body named again by its common noun (`Jane Roe with the trust told`): the
  // person works there and speaks, as with the body's own name.
  {
    kind: "affiliation",
    text: "Pellworth will fund a study of the salt marsh next spring.\n\n\u201cThis is a rare chance to learn how the marsh feeds the bay,\u201d Nora Pellish with the trust told the Corvale Courier in an interview.",
    quotes: [{ text: "This is a rare chance to learn how the marsh feeds the bay,", speaker: "Nora Pellish" }],
  },
  // Not a name inside a description's relative clause: the description (no name) spoke.
  {
    kind: "affiliation",
    text: "\u201cWe are done waiting for an answer from them,\u201d a nurse who met with Nora Pellish of the union said.",
    quotes: [{ text: "We are done waiting for an answer from them,", speaker: null }],
  },
  // Not a description before the link: `the mayor with the union` names no one.
  {
    kind: "affiliation",
    text: "\u201cWe are done waiting for an answer from them,\u201d the mayor with the union said.",
    quotes: [{ text: "We are done waiting for an answer from them,", speaker: null }],
  },
  // A site's or a street's name that opens with a given name (`Grace Church` shown a place by
  // `at Grace Church`, `Victoria Park` whose given name is a place, `Jane Street`) before `with the
  // council` is no person: the words are no one's.
  {
    kind: "affiliation",
    text: "The rally met at Grace Church on Monday.\n\n\u201cWe will not back down,\u201d Grace Church with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Victoria Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Jane Street with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  // Still a person whose surname only starts like a site's word (`Parker`): she speaks.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Parker with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Grace Parker" }],
  },
  // A given name or a title before a surname that is also a site's word (`Grace Park`, `Helen
  // Church`, `Mr. Park`) makes a person with the council, unless the text shows the place.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Grace Park" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Helen Church with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Helen Church" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Mr. Park with the council said.",
    quotes: [{ text: "We will not back down,", speaker: "Park" }],
  },
  // Not fired: a site's word that is no surname (`Chapel`, `Station`) stays a site.
  {
    kind: "affiliation",
    text: "\u201cWe will not back down,\u201d Grace Chapel with the council said.",
    quotes: [{ text: "We will not back down,", speaker: null }],
  },
  {
    kind: "affiliation",
    text: "The retailer's founder, Tom Sears, said he was sad.\n\n\u201cIt hurts,\u201d Sears said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Sears" }],
  },
  {
    kind: "affiliation",
    text: "Bank manager Jane Roe said the branch would close.\n\n\u201cIt hurts,\u201d she said.",
    quotes: [{ text: "It hurts,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "Bank teller Roe said the branch would close.\n\n\u201cIt hurts,\u201d Roe said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Retailer Tom Baker, who owns three stores, said sales were down.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Baker" }],
  },
  // A firm's noun that ends another phrase beside a one-word name leaves it a person's: in an
  // appositive after a preposition (`Roe, a partner at the firm,`), or before the name where the
  // noun's phrase does not open the sentence (`After leaving the company, Roe, 54,`).
  {
    kind: "affiliation",
    text: "Roe, the head of a bank, said rates would rise.\n\n\u201cIt is coming,\u201d she said.",
    quotes: [{ text: "It is coming,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a manager at the bank, said the branch would close.\n\n\u201cIt hurts,\u201d she said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, an employee of the airline, said flights were cut.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a partner at the firm, said the deal was done.\n\n\u201cWe are pleased,\u201d she said.",
    quotes: [{ text: "We are pleased,", speaker: "Roe" }],
  },
  {
    kind: "affiliation",
    text: "Roe, a spokesperson for the company, said the plant would close.\n\n\u201cIt is final,\u201d she said.",
    quotes: [{ text: "It is final,", speaker: "Roe" }],
  },
  // A surname opening on `St.` that is also a place's name (`St. Louis`, `St. Pierre`) is the one
  // person named in full with it, as a lone place's name is (`Austin` after `Lloyd Austin`); the
  // place before a role (`St. Louis coach Jim Montgomery`) stays the team's place.
  {
    kind: "affiliation",
    text: "Canadiens head coach Martin St. Louis said the team was young.\n\n\u201cWe\u2019re learning every night,\u201d St. Louis said.",
    quotes: [{ text: "We\u2019re learning every night,", speaker: "Martin St. Louis" }],
  },
  {
    kind: "affiliation",
    text: "Defenceman Marc St. Pierre said the team was young.\n\n\u201cWe\u2019re learning every night,\u201d said St. Pierre.",
    quotes: [{ text: "We\u2019re learning every night,", speaker: "Marc St. Pierre" }],
  },
  {
    kind: "affiliation",
    text: "Montreal\u2019s Martin St. Louis and St. Louis coach Jim Montgomery shook hands after the game.\n\n\u201cIt was a good game,\u201d Montgomery said.",
    quotes: [{ text: "It was a good game,", speaker: "Jim Montgomery" }],
  },
  // `St. Louis` the city in a quotation is no one's; with two people of `St.` surnames, the one
  // whose surname the mention is.
  {
    kind: "affiliation",
    text: "Martin St. Louis was born in Laval.\n\n\u201cSt. Louis is a great hockey town,\u201d said Blues fan Jane Roe.",
    quotes: [{ text: "St. Louis is a great hockey town,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "Marc St. Pierre and Jean St. Louis both play for the Remparts.\n\n\u201cWe push each other,\u201d St. Louis said.",
    quotes: [{ text: "We push each other,", speaker: "Jean St. Louis" }],
  },
  // A role set off after a name without its closing comma, its body's name held together by a
  // plural's possessive (`Nurses’ Association`) or long (`the Canadian Cancer Society’s British
  // Columbia division`): the person speaks, not the body, nor the speaker before.
  {
    kind: "affiliation",
    text: "Hospitals are short of staff, Jane Doe said.\n\n\u201cWe are at a breaking point,\u201d Maria Lopez, president of the Ontario Nurses\u2019 Association said on Monday.",
    quotes: [{ text: "We are at a breaking point,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "\u201cWe are at a breaking point,\u201d Maria Lopez, president of the Ontario Nurses' Association said on Monday.",
    quotes: [{ text: "We are at a breaking point,", speaker: "Maria Lopez" }],
  },
  {
    kind: "affiliation",
    text: "Hospitals are short of staff, Jane Doe said.\n\n\u201cWe cannot keep doing this,\u201d Johnny Morris, CEO of the Canadian Cancer Society\u2019s British Columbia division told Global News.",
    quotes: [{ text: "We cannot keep doing this,", speaker: "Johnny Morris" }],
  },
  // `Jane Roe, 79, of Westfield said`: an age set off by commas stands between the person and
  // where she lives, which never speaks for her (subject-affiliations.ts agedBefore).
  {
    kind: "affiliation",
    text: "The river rose again overnight.\n\nBertha Langille, 79, of Westfield said her basement was already flooded.\n\n\u201cI even had my minister here,\u201d she said.",
    quotes: [{ text: "I even had my minister here,", speaker: "Bertha Langille" }],
  },
  {
    kind: "affiliation",
    text: "Ann Cole, 34, of Grand Bay-Westfield said the water came fast. \u201cWe had an hour to leave,\u201d she said.",
    quotes: [{ text: "We had an hour to leave,", speaker: "Ann Cole" }],
  },
  // Not an age: a number before `of` counts something (`Roe, one of 12 of the union's members`).
  {
    kind: "affiliation",
    text: "Tom Baker, the union's chair, met the board. \u201cWe are ready,\u201d said Baker, one of 12 of the Millbrook Nurses Union delegates.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // A representative speaks for a body as a spokesperson does (`said a representative for Corvale TV`, `a Lakeview Radio representative said`; round 34, before: no one).
  {
    kind: "affiliation",
    text: "Fans were upset by the news.\n\n\u201cThe show is on hiatus for the coming year,\u201d said a representative for Corvale TV, the channel that broadcasts the show.",
    quotes: [{ text: "The show is on hiatus for the coming year,", speaker: "Representative for Corvale TV" }],
  },
  {
    kind: "affiliation",
    text: "Tom Baker lost two jobs on Monday, one as a contributor to Lakeview Radio.\n\n\u201cBaker is on indefinite leave from the station,\u201d a Lakeview Radio representative said in a statement.",
    quotes: [{ text: "Baker is on indefinite leave from the station,", speaker: "Lakeview Radio" }],
  },
  // Control: the spokesperson's description, as before.
  {
    kind: "affiliation",
    text: "Fans were upset by the news.\n\n\u201cThe show is on hiatus for the coming year,\u201d said a spokesperson for Corvale TV.",
    quotes: [{ text: "The show is on hiatus for the coming year,", speaker: "Spokesperson for Corvale TV" }],
  },
  // An opposition critic holds a portfolio, as a minister does: lower-case words before `critic` name it (round 35, before: `PQ`).
  {
    kind: "affiliation",
    text: 'The minister dropped the plan on Friday.\n\nPQ health care critic Jean Roe joined in, saying the health minister "is closing the door on a scenario he seemed to support last week."',
    quotes: [{ text: "is closing the door on a scenario he seemed to support last week.", speaker: "Jean Roe" }],
  },
  // Control: after a plural, the first lower-case word may be its verb; the party speaks.
  {
    kind: "affiliation",
    text: 'The minister dropped the plan on Friday.\n\nTories blast housing critic Jean Roe, saying the minister "is closing the door on a scenario he seemed to support last week."',
    quotes: [{ text: "is closing the door on a scenario he seemed to support last week.", speaker: "Tories" }],
  },
  // Two roles joined by `and` before a name (`American comic and writer Jane Roe`, `Actor and writer Jane Roe`) describe that person, who speaks (round 35, before: `American`, `Actor`).
  {
    kind: "affiliation",
    text: "Tributes poured in on Tuesday.\nAmerican comic and writer Patton Roe wrote his own tribute, saying \u201cGood bye, Norm. You were never not 100% hilarious.\u201d",
    quotes: [{ text: "Good bye, Norm. You were never not 100% hilarious.", speaker: "Patton Roe" }],
  },
  {
    kind: "affiliation",
    text: "Tributes poured in on Tuesday.\nActor and writer Patton Roe wrote his own tribute, saying \u201cGood bye, Norm. You were never not 100% hilarious.\u201d",
    quotes: [{ text: "Good bye, Norm. You were never not 100% hilarious.", speaker: "Patton Roe" }],
  },
  // Control: a party's word opening the run is read as before (`Republican nominee Jane Roe`).
  {
    kind: "affiliation",
    text: "Republican presidential nominee Donald Roe wrote on Twitter, saying \u201cMany dead and wounded. When will we learn?\u201d",
    quotes: [{ text: "Many dead and wounded. When will we learn?", speaker: "Donald Roe" }],
  },
  // From a helper's review: a French party's name ending in `s` (`Bloc Québécois`) is no plural whose bare verb the portfolio could be.
  {
    kind: "affiliation",
    text: 'The minister dropped the plan on Friday.\n\nBloc Québécois immigration critic Sylvie Roe joined in, saying the minister "is closing the door on a scenario he seemed to support last week."',
    quotes: [{ text: "is closing the door on a scenario he seemed to support last week.", speaker: "Sylvie Roe" }],
  },
  // A writing's author after `from`: the holder of the role the body's name opens, not the
  // body (round 39).
  {
    kind: "affiliation",
    text: "Talks broke off on Friday.\n\n\u201cWe will not strike this year,\u201d said a statement from Acme Foods president Jane Roe.",
    quotes: [{ text: "We will not strike this year,", speaker: "Jane Roe" }],
  },
  {
    kind: "affiliation",
    text: "Talks broke off on Friday.\n\n\u201cWe will not strike,\u201d said a statement from the Ontario Nurses\u2019 Association president Jane Roe.",
    quotes: [{ text: "We will not strike,", speaker: "Jane Roe" }],
  },
  // Control: a body and a person joined by `and` are two authors, neither the sole writer.
  {
    kind: "affiliation",
    text: "Talks broke off on Friday.\n\n\u201cWe will not strike,\u201d said a statement from Acme Foods and Jane Roe.",
    quotes: [{ text: "We will not strike,", speaker: null }],
  },
  // A place and a role before the name of a subject that introduces its words with a colon: the
  // person, not the place (round 39, from r59).
  {
    kind: "affiliation",
    text: "The writers went on strike on Tuesday.\n\nVancouver costume designer Patti Henderson gave her department some advice: \u201cPlease don\u2019t go out and buy new cars.\u201d",
    quotes: [{ text: "Please don\u2019t go out and buy new cars.", speaker: "Patti Henderson" }],
  },
  // Control: a person's full name opening a headline stays the subject.
  {
    kind: "affiliation",
    text: "Jane Roe heckles Baker supporters: \u2018You\u2019re being ridiculous.\u2019\n\nComedian Jane Roe was booed by supporters of Tom Baker on Monday.",
    quotes: [{ text: "You\u2019re being ridiculous.", speaker: "Jane Roe" }],
  },
];
