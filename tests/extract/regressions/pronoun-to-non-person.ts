// Regression cases of the kind “pronoun to non-person” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const PRONOUN_TO_NON_PERSON: RegressionCase[] = [
  // Speakers.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, the mayor, spoke first. “We will win,” he said.\nSouthern voters were not convinced. “It is over,” he said.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "It is over,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe, the minister, arrived late. “We are ready,” she said.\nPolitics: Leeds was quiet. “Nothing will change,” she said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Roe" },
      { text: "Nothing will change,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Melbourne was cold and wet on Sunday. 'It's been a tough year,' she said.",
    quotes: [{ text: "It's been a tough year,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    // `the council` is an organisation: it never stands for the last person who spoke.
    text: "Jane Roe told the Gazette: 'It's not fair.' The council said it would 'review the decision' in March.",
    quotes: [
      { text: "It's not fair.", speaker: "Jane Roe" },
      { text: "review the decision", speaker: null },
    ],
  },
  // A capitalised word that opens a sentence is not a speaker by its capital alone.
  {
    kind: "pronoun to non-person",
    text: "Smiling broadly throughout her speech, Jane Roe thanked the volunteers and then added, 'This win belongs to you.'",
    quotes: [{ text: "This win belongs to you.", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Here in Leeds, Baker stepped up his attack on the council, saying, “We have waited long enough.”",
    quotes: [{ text: "We have waited long enough.", speaker: "Baker" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Appearing before supporters on Monday, Jane Roe was calm. Early one evening she told them, “We will win this.”",
    quotes: [{ text: "We will win this.", speaker: "Jane Roe" }],
  },
  // Places are not people: `he` never stands for `Nova Scotia` or `Global Affairs Canada`,
  // and a lone `Canada` is not the department named for it.
  {
    kind: "pronoun to non-person",
    text: "“We are ready,” Premier Jane Roe said on Monday.\nMark Hall arrived from Nova Scotia on Tuesday. “The ferries are full,” he said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Roe" },
      { text: "The ferries are full,", speaker: "Mark Hall" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "“Police cannot stop people on the street,” Abby Deshman said.\nJohn Tory of the Bank of Canada spoke next. “We are prepared to act,” he said.\nOttawa has said little. “We are reviewing the decision,” a spokesperson for Global Affairs Canada said.",
    quotes: [
      { text: "Police cannot stop people on the street,", speaker: "Abby Deshman" },
      { text: "We are prepared to act,", speaker: "John Tory" },
      { text: "We are reviewing the decision,", speaker: "Spokesperson for Global Affairs Canada" },
    ],
  },
  // Canadian towns beyond the big cities, and First Nations, are places too (GeoNames' list).
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the flooded streets with work crews.\nMedicine Hat opened two more shelters on Tuesday. “We have never seen water this high,” he said.",
    quotes: [{ text: "We have never seen water this high,", speaker: "Mark Tamura" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe has lived on the reserve for thirty years.\nKenora declared a state of emergency last week. “Our wells have been dry since June,” she said.",
    quotes: [{ text: "Our wells have been dry since June,", speaker: "Jane Roe" }],
  },
  // A town named for a titled person is the town (`Prince George`, not a man called George), and a
  // place named whole is one even after a given name (`Owen Sound`, `York Region`).
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nPrince George opened two more shelters on Tuesday. “We have never seen water this high,” he said.",
    quotes: [{ text: "We have never seen water this high,", speaker: "Mark Tamura" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nYork Region opened two more shelters on Tuesday. “The beds filled up in an hour,” he said.",
    quotes: [{ text: "The beds filled up in an hour,", speaker: "Mark Tamura" }],
  },
  // `Ste.` (Sainte) ends no sentence: `Sault Ste. Marie` is one town's name, not a man called `Sault Ste`.
  {
    kind: "pronoun to non-person",
    text: "Mark Tamura toured the damage with work crews.\nSault Ste. Marie opened two more shelters on Tuesday. “We ran out of cots by noon,” he said.",
    quotes: [{ text: "We ran out of cots by noon,", speaker: "Mark Tamura" }],
  },
  // A seat of power named with a possessive is a place whole, not a person called `Park`.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, a teacher in the north, waited for news all week.\nQueen’s Park announced the funding on Thursday. “It is about time,” he said.",
    quotes: [{ text: "It is about time,", speaker: "Tom Baker" }],
  },
  // `and joked` walks back to the first verb's subject, not to a name inside its object.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke for an hour in Glasgow.\nHe then put on a broad Scottish accent and joked, “I’ll take the high road.”",
    quotes: [{ text: "I’ll take the high road.", speaker: "Tom Baker" }],
  },
  {
    // `her minister's comments`: a noun after a possessive, not a verb with a speaker.
    kind: "pronoun to non-person",
    text: "Premier Ann Lee stood by her minister's comments on Sunday.\n\n“We will do it carefully.”",
    quotes: [{ text: "We will do it carefully.", speaker: "Ann Lee" }],
  },
  {
    // `doesn’t` between a subject and its verb of saying: not part of the subject.
    kind: "pronoun to non-person",
    text: "Judge Mark Hale read the sentence. The victim’s brother doesn’t think it is enough. “He will be out in two years,” he said.",
    quotes: [{ text: "He will be out in two years,", speaker: null }],
  },
  {
    // A day after a name dates it: `CBC.ca Friday` is no person for `he` to stand for, and a
    // bracket and a mark together open the next sentence.
    kind: "pronoun to non-person",
    text: "The report appeared on CBC.ca Friday, drawing sharp denials from team president Mark Shapiro. (“That is simply false,” he said.) The club said nothing more.",
    quotes: [{ text: "That is simply false,", speaker: "Mark Shapiro" }],
  },
  {
    // A street's name is a place, never a person `he` can stand for.
    kind: "pronoun to non-person",
    text: "Organizer Tom Baker led the march. “We will be back every week,” Baker said.\n\nHundreds joined in.\n\nSome carried signs.\n\nThe crowd moved down Bay Street toward city hall, where police had closed the doors. “Nobody listens to us,” he said.",
    quotes: [
      { text: "We will be back every week,", speaker: "Tom Baker" },
      { text: "Nobody listens to us,", speaker: "Tom Baker" },
    ],
  },
  {
    // `had just` between a subject and its verb made `Provincial government had just` a speaker.
    kind: "pronoun to non-person",
    text: "The provincial government had just announced the end of the mask rules. Dr. Lena Park, the clinic's director, was on shift when the news came.\n\n“Everyone here is exhausted,” she said.",
    quotes: [{ text: "Everyone here is exhausted,", speaker: "Lena Park" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe spoke first. Alongside union calls for a strike, even a senior Liberal strategist said the premier must choose, saying, “Sooner or later she has to pick a side.”",
    // An anonymous strategist: a party's name qualifying the role is no one's name.
    quotes: [{ text: "Sooner or later she has to pick a side.", speaker: null }],
  },
  // `they` after a quotation said by two people named together is that pair, not their employer.
  {
    kind: "pronoun to non-person",
    text: "Shares of the miner fell on Monday.\n“The merger makes sense on paper,” said analysts Jane Roe and Tom Baker of Northgate Capital Markets.\n“We expect the savings to take years,” they added.",
    quotes: [
      { text: "The merger makes sense on paper,", speaker: "Jane Roe" },
      { text: "We expect the savings to take years,", speaker: "Jane Roe" },
    ],
  },
  // A First Nation (`Six Nations`, `the Oneida Nation`) is a people and its government, never a
  // person `she` stands for, even when it is the last name before the pronoun.
  {
    kind: "pronoun to non-person",
    text: "Three people from the reserve were found dead on Sunday.\nIts chief, Mary Thomas, has been in touch with Six Nations.\n“We are sending our condolences to the families,” she said.",
    quotes: [{ text: "We are sending our condolences to the families,", speaker: "Mary Thomas" }],
  },
  // `the Harbour Hawks`: a name after `the` whose last word is plural is a team, which `they`
  // stands for, not a place named after it.
  {
    kind: "pronoun to non-person",
    text: "The Harbour Hawks said in a release that players would fly to Halifax on Sunday.\n“Only those who test negative will travel with the club,” they said.",
    quotes: [{ text: "Only those who test negative will travel with the club,", speaker: "Harbour Hawks" }],
  },
  // `raised questions`: a plural noun after a verb in the past is no verb of saying with a subject before it.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke to the board first.\n\nThe case immediately raised questions about the force.\n\n“It will not last,” he said.",
    quotes: [{ text: "It will not last,", speaker: "Tom Baker" }],
  },
  // A preposition opening a sentence is no part of the name after it.
  {
    kind: "pronoun to non-person",
    text: "Jagmeet Singh spoke calmly to the crowd. Behind Mr. Singh, a woman shook her head. But Mr. Singh remained still.\n\n“We will not be intimidated,” he said.",
    quotes: [{ text: "We will not be intimidated,", speaker: "Jagmeet Singh" }],
  },
  // The last word of a building's or site's name makes it a place: `he` after it is the person before.
  {
    kind: "pronoun to non-person",
    text: "Tom Baker spoke on Monday at the Saskatchewan Legislative Building, where he thanked voters.\n“We will keep our word,” he said.",
    quotes: [{ text: "We will keep our word,", speaker: "Tom Baker" }],
  },
  // A town or a feature of the land named by its kind (`Bay`, `Harbour`, `River`) is a place,
  // even after a given name (`Constance`, `Grace`): no `she` stands for it.
  {
    kind: "pronoun to non-person",
    text: "Dr. Ana Ruiz filled sandbags all weekend. Because of the flood Grace Harbour had last spring, residents are ready, she said.\n“We won’t be caught off guard again,” she said.",
    quotes: [{ text: "We won’t be caught off guard again,", speaker: "Ana Ruiz" }],
  },
  // A feature or town whose kind opens its name (`Mount`, `Lake`, `Fort`), or a park of a kind
  // (`National Park`), is a place, though a man's name may follow: no `he` stands for it.
  {
    kind: "pronoun to non-person",
    text: "Tom Keno has guided climbers in the Yukon for 30 years. Last spring he camped below Mount Douglas, at the edge of Kluane National Park.\n“You hear the ice crack all night,” he said.",
    quotes: [{ text: "You hear the ice crack all night,", speaker: "Tom Keno" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Ruth Aklak grew up near the mine. She has watched Fort Grant shrink every year since.\n“Half the houses are empty now,” she said.",
    quotes: [{ text: "Half the houses are empty now,", speaker: "Ruth Aklak" }],
  },
  // A television programme is the outlet it is named for, not a person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Mayor Tom Baker spoke during a morning appearance on Global’s Morning Television.\n“We are doing the right thing,” he said.",
    quotes: [{ text: "We are doing the right thing,", speaker: "Tom Baker" }],
  },
  // A caption's bracketed photo credit names the photographer, whom no later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker met the strikers on Friday.\nBaker speaks to reporters in Regina. (Jordan Lee/CBC)\n“We are on your side,” he said.",
    quotes: [{ text: "We are on your side,", speaker: "Tom Baker" }],
  },
  // A person's office speaks for them but is no `he` (round 7, Canadian politics).
  {
    kind: "pronoun to non-person",
    text: "Mark Dunn spoke in Regina on Monday.\n\nDunn’s office had said he was misquoted. But Dunn kept to his claim.\n\n“The numbers are wrong,” he said.",
    quotes: [{ text: "The numbers are wrong,", speaker: "Mark Dunn" }],
  },
  // The subject of a clause opening the sentence with `When` is in mind for the `he` that follows, and
  // the lines a video player repeats under its teaser are the page's, not subjects.
  {
    kind: "pronoun to non-person",
    text: "Click to play video: 'Evening News: May 2'\nEvening News: May 2\nEvening News: May 2 – May 2, 2021\n\nWhen Tom Baker was stopped at the border in June, the leader of the Harbour Party was asked if he carried a weapon.\n\n“Only my notes,” he answered.",
    quotes: [{ text: "Only my notes,", speaker: "Tom Baker" }],
  },
  // The Crown (the prosecution) is no person a later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "“The accused showed no remorse at any point,” the Crown said in its written submission. “He remains a danger to the public,” he said.",
    quotes: [
      { text: "The accused showed no remorse at any point,", speaker: "Crown" },
      { text: "He remains a danger to the public,", speaker: null },
    ],
  },
  // A newspaper's title word (`the Star`, `the Ottawa Citizen`, `La Presse`) names an outlet,
  // never a woman or man `she` or `he` stands for, unless a given name opens it.
  {
    kind: "pronoun to non-person",
    text: "Priya Moss chairs the transit board. The Star asked Moss about the fare freeze. “We cannot raise fares in a cost crisis,” she said.",
    quotes: [{ text: "We cannot raise fares in a cost crisis,", speaker: "Priya Moss" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Lena Ouellet runs the food bank. La Presse visited the warehouse on Monday. “The shelves are empty by noon,” she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Lena Ouellet" }],
  },
  // `reads the letter, signed by …` then `“…,” it read`: `it` is the writing that spoke, not a place named in passing since.
  {
    kind: "pronoun to non-person",
    text: "“Our crews cannot cover the northern routes this winter,” reads the March 3 letter, signed by fire chief Carla Mendes.\n\nThe letter was also copied to Manitoba’s transport minister.\n\n“We ask for two more trucks before December,” it read.",
    quotes: [
      { text: "Our crews cannot cover the northern routes this winter,", speaker: "Carla Mendes" },
      { text: "We ask for two more trucks before December,", speaker: "Carla Mendes" },
    ],
  },
  // A programme's name (`Question Period`, `The Morning Show`) is no antecedent of `she`.
  {
    kind: "pronoun to non-person",
    text: "Nadia Fortin leads the tenants' union. The Morning Show asked Fortin about the rent cap. “Nobody can pay these rents,” she said.",
    quotes: [{ text: "Nobody can pay these rents,", speaker: "Nadia Fortin" }],
  },
  // A given name common among people born since the 1990s (`Brayden`, `Aaliyah`) before a surname
  // that is also a city: a person, whom the pronoun stands for, not a place.
  {
    kind: "pronoun to non-person",
    text: "The council voted 7-2 on Tuesday to close the rink.\n\nBrayden Hamilton, a parent of two players, called the decision rushed.\n\n“They did not even look at the budget,” he said.",
    quotes: [{ text: "They did not even look at the budget,", speaker: "Brayden Hamilton" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Volunteers worked through the night.\n\nAaliyah Windsor, a nurse, stayed until dawn.\n\n“We did what we could,” she said.",
    quotes: [{ text: "We did what we could,", speaker: "Aaliyah Windsor" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Halifax Regional Police arrested a man on Friday. He was found in Dartmouth. “The investigation is continuing,” it said.",
    quotes: [{ text: "The investigation is continuing,", speaker: "Halifax Regional Police" }],
  },
  // Guard: a place only named is no speaker for `it`; a place that spoke (a country for its government) still is.
  {
    kind: "pronoun to non-person",
    text: "Saskatoon was quiet on Monday after the storm. “Crews will restore power by Wednesday,” it said.",
    quotes: [{ text: "Crews will restore power by Wednesday,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Norway said on Monday it would respond to the tariffs. “We will take all necessary measures,” it said.",
    quotes: [{ text: "We will take all necessary measures,", speaker: "Norway" }],
  },
  // `the Fair Access to Care Act` named after the premier: a law's name is a thing, never a person
  // `he` stands for, though a given name (`Harbour`, `Care`) may open it; the premier is `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker cited the new ferry and the Fair Access to Care Act as the year's two big wins.\n\n“The ferry already carries 4,000 people a week,” he said.\n\nMayor Jane Roe praised the Green Harbour Accord.\n\n“It works for everyone,” she said.",
    quotes: [
      { text: "The ferry already carries 4,000 people a week,", speaker: "Tom Baker" },
      { text: "It works for everyone,", speaker: "Jane Roe" },
    ],
  },
  // Guard: `Bill` closes a nickname as often as a bill's name; `Wild Bill` stays a person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Wild Bill told the crowd the mill would stay open.\n\n“We are not going anywhere,” he said.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Wild Bill" }],
  },
  // `Many Nova Scotians …`, `Progressive Conservatives …` named after the speaker: a plural of
  // people from a place or of a party's members is a crowd, never the `he` who speaks next.
  {
    kind: "pronoun to non-person",
    text: "Mayor Tom Baker spoke at the wharf on Monday.\n\nMany Nova Scotians are worried about the ferry this summer.\n\n“We are ready for the season,” he said.\n\nMayor Jane Roe spoke at the rink on Monday.\n\nProgressive Conservatives on council voted against the plan.\n\n“We will build it anyway,” she said.",
    quotes: [
      { text: "We are ready for the season,", speaker: "Tom Baker" },
      { text: "We will build it anyway,", speaker: "Jane Roe" },
    ],
  },
  // `the Sel’tawet’en announced`: a name the text gives after `the`, with no title, is a people's
  // or a body's, never one person's, so `she said` after it reads back past it to the person.
  {
    kind: "pronoun to non-person",
    text: "Chief Jane Roe spoke at the gathering on Monday.\n\n“We are here to listen,” said Ms. Roe.\n\nLast year, the Sel’tawet’en announced that ledgers of the mill had been found.\n\nThe chief walked the grounds before speaking. “They carried off our songs,” she said.",
    quotes: [
      { text: "We are here to listen,", speaker: "Jane Roe" },
      { text: "They carried off our songs,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Tom Baker, the band's lawyer, met reporters after the hearing.\n\n“This is a good day,” Baker said.\n\nIn March, the Nuxalk Hanaksiala announced a second claim over the same land.\n\nThe lawyer, who has argued land cases for decades, paused on the courthouse steps. “We will see this through to the end,” he said.",
    quotes: [
      { text: "This is a good day,", speaker: "Tom Baker" },
      { text: "We will see this through to the end,", speaker: "Tom Baker" },
    ],
  },
  // `Hurricane Fiona`, `the Stanley Cup`, `the Tokyo Olympics`: a storm's or an event's name is
  // no one a later `he` or `she` stands for, nor anyone who speaks.
  {
    kind: "pronoun to non-person",
    text: 'Hurricane Fiona struck the coast on Saturday.\n\n"Nobody has seen anything like it," he said.',
    quotes: [{ text: "Nobody has seen anything like it,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Stanley Cup was paraded downtown on Monday.\n\n"We finally did it," he said.',
    quotes: [{ text: "We finally did it,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Boston Marathon drew thousands of runners on Monday.\n\n"What a race that was," he said.',
    quotes: [{ text: "What a race that was,", speaker: null }],
  },
  // `Bill C-11`, `Bill 21`: `Bill` before a number is a bill, which no `he` stands for.
  {
    kind: "pronoun to non-person",
    text: 'Senator Paul Greer spoke first. Bill C-40, the ferry safety law, passed last spring. "It came too late for us," he said.',
    quotes: [{ text: "It came too late for us,", speaker: "Paul Greer" }],
  },
  // A name the text only ever gives after `a` and at most one adjective (`a red Honda Civic`,
  // `a white Ford Ranger`) is a make or a model, a thing of a kind, as it is after `the`: no
  // `he` after it stands for it. A person met first without the article still may be (`A visibly
  // shaken Baker`).
  {
    kind: "pronoun to non-person",
    text: 'Police Chief Bryn Lasko met reporters on Friday.\n\n"The week has been hard," Lasko said.\n\nDuring the briefing, the chief gave new details about the case.\n\nThe case began when Nora Hale, 58, was shot in a parking lot.\n\nThe chief reviewed the file, stating that officers are still looking for a blue pickup and a short man.\n\nHe called it "a cowardly act."',
    quotes: [
      { text: "The week has been hard,", speaker: "Bryn Lasko" },
      { text: "a cowardly act.", speaker: "Bryn Lasko" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: 'Staff Sgt. Omar Haddad spoke to reporters on Monday.\n\n"It was a long night," Haddad said.\n\nAt the briefing, the sergeant shared more about the chase.\n\nIt started when Susan Price, 44, reported a break-in at her home.\n\nThe sergeant described the chase, saying the suspects fled in a white Ford Ranger with no plates.\n\n"Someone knows who they are," he said.',
    quotes: [
      { text: "It was a long night,", speaker: "Omar Haddad" },
      { text: "Someone knows who they are,", speaker: "Omar Haddad" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: 'Coach Tom Baker lost the final on Sunday.\n\nA visibly shaken Baker left the ice first.\n\n"We gave it everything," he said.',
    quotes: [{ text: "We gave it everything,", speaker: "Tom Baker" }],
  },
  // A party's or body's name straight before a lower-case office and its holder's name (`Alberta
  // NDP leader Tom Brandt`) is the holder's affiliation: `he` or `she` after it stands for the holder.
  {
    kind: "pronoun to non-person",
    text: 'Alberta NDP leader Tom Brandt says he will not back down as he says the premier did.\n\n"We will keep asking questions," he said.',
    quotes: [{ text: "We will keep asking questions,", speaker: "Tom Brandt" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Yukon Liberal leader Jane Moss says she will run again as she says the party asked.\n\n"I am not finished," she said.',
    quotes: [{ text: "I am not finished,", speaker: "Jane Moss" }],
  },
  // A plural's bare apostrophe before a capitalised word (`Prairie Workers' Council`, `Ontario
  // Nurses' Association`) opens a body's name; the words before it are no person a pronoun stands for.
  {
    kind: "pronoun to non-person",
    text: 'Tom Reid, a shop steward, spoke outside the plant.\n\nHe was flanked by Prairie Workers\' Council organizers.\n\n"This strike is about safety," he said.',
    quotes: [{ text: "This strike is about safety,", speaker: "Tom Reid" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Acme Mining spokesperson Carla Dunn says she expects the mine to reopen as she says the union agreed.\n\n"We are close to a deal," she said.',
    quotes: [{ text: "We are close to a deal,", speaker: "Carla Dunn" }],
  },
  // `they` in the sentence whose subject is two people joined by `and` (a lower-case role may
  // stand before the second) stands for the pair, named by its first; not for a place the
  // predicate names in passing (`the U.S.`, `Ottawa`).
  {
    kind: "pronoun to non-person",
    text: 'In Denver, Premier Mark Duval and energy minister Rita Olsen pitched Canada as a steadier supplier for the U.S. market than what they call "oil-rich petro-tyrants".',
    quotes: [{ text: "oil-rich petro-tyrants", speaker: "Mark Duval" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Jane Roe and Tom Baker met federal officials in Ottawa to argue for what they called "a fair deal for farmers".',
    quotes: [{ text: "a fair deal for farmers", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'The Acme union faulted Jane Roe and Tom Baker for what they called "a betrayal".',
    quotes: [{ text: "a betrayal", speaker: null }],
  },
  // French place names open with their kind (`Île`, `Pointe`, `Baie`) as `Lake` and `Fort` do:
  // a place, which no later `he` stands for.
  {
    kind: "pronoun to non-person",
    text: '"We have sandbags," said Pierre Roy, who lives nearby.\n\nWhen Île Perrot flooded in 2019, many called him.\n\n"We made a team," he recalled.',
    quotes: [
      { text: "We have sandbags,", speaker: "Pierre Roy" },
      { text: "We made a team,", speaker: "Pierre Roy" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: '"The ferry is late again," said Marc Cloutier.\n\nLast winter Baie Sainte-Anne lost power for a week.\n\n"We coped," he said.',
    quotes: [
      { text: "The ferry is late again,", speaker: "Marc Cloutier" },
      { text: "We coped,", speaker: "Marc Cloutier" },
    ],
  },
  // A word the text writes in lower case elsewhere and capitalises only to open a sentence or a
  // headline (`Pressure`, `Criticism`) is a common noun, no one a bare quotation goes to.
  {
    kind: "pronoun to non-person",
    text: 'Jane Roe said the council had stalled for years.\n\nPressure is building on the mayor, who met angry chants of "Resign!" at the hall. Roe said the pressure would grow.',
    quotes: [{ text: "Resign!", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Criticism within council pushes mayor to call remarks "badly misconstrued"\n\nThe criticism came from three councillors.',
    quotes: [{ text: "badly misconstrued", speaker: null }],
  },
  // `this year's Walcott Prize`: a name ending in a prize's or an event's word is a thing, never
  // the person `she` stands for, whatever word opens it.
  {
    kind: "pronoun to non-person",
    text: "For Nadia Kowalchuk, it was not learning she was a finalist for this year\u2019s Walcott Prize that meant the most this fall.\n\n\u201cThe city prize is the one I wanted,\u201d she said.",
    quotes: [{ text: "The city prize is the one I wanted,", speaker: "Nadia Kowalchuk" }],
  },
  // `Tarkell Morrow's bid`: a name whose only sign of a person is its two capitalised words does
  // not displace a speaker the text shows to be of the pronoun's sex.
  {
    kind: "pronoun to non-person",
    text: 'Premier Sandra Lyle says Ottawa must not delay a decision on the new line.\n\n"We need an answer this summer," Lyle said Thursday.\n\nThe previous cabinet approved the project in 2015. A court later quashed the permit.\n\nMeanwhile, Tarkell Morrow\'s bid to expand its existing terminal near the coast is before a federal regulator.\n\n"If I were in Ottawa, I would keep every option open," she said.',
    quotes: [
      { text: "We need an answer this summer,", speaker: "Sandra Lyle" },
      { text: "If I were in Ottawa, I would keep every option open,", speaker: "Sandra Lyle" },
    ],
  },
  // `Zentrix, a software firm,`: a lone name set off by a body's noun (a speaker's noun all the
  // same) names a company, no person a later `she` can stand for; the speaker before goes on.
  {
    kind: "pronoun to non-person",
    text: "\u201cWait times have grown across the country,\u201d said Dr. Quillon Varga, president of the association.\n\nZentrix, a software firm, cut staff at its Lakeview office last week.\n\n\u201cPeople here are losing their family doctors too,\u201d she said.",
    quotes: [
      { text: "Wait times have grown across the country,", speaker: "Quillon Varga" },
      { text: "People here are losing their family doctors too,", speaker: "Quillon Varga" },
    ],
  },
  // `at Lakeview's Heron Park`: a name ending in `Park` whose first word is no given name is a
  // park, a place; `he` after it stands for the person who went there, never the park.
  {
    kind: "pronoun to non-person",
    text: "Opposition leader Tom Baker spoke on Monday.\n\nBaker made his first stop at Lakeview\u2019s Heron Park, where a tent camp has stood for years.\n\n\u201cThis city is at a turning point,\u201d he said.",
    quotes: [{ text: "This city is at a turning point,", speaker: "Tom Baker" }],
  },
  // `says Newfoundland and Labrador premier`: a place whose name joins two with `and` runs past
  // the `and` to the role after it; the premier speaks (unnamed here), not the first place.
  {
    kind: "pronoun to non-person",
    text: "\u2018The debt cannot keep growing,\u2019 says Newfoundland and Labrador premier\n\nThe provincial debt rose again this year.",
    quotes: [{ text: "The debt cannot keep growing,", speaker: null }],
  },
  // A holiday (`Christmas Eve`, `Civic Holiday`) is a date, never the person a `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Tom Moss and his wife flew south on Dec. 10, but their trip went wrong on Christmas Eve when they reached the terminal.\n\n\u201cIt was total confusion at the gates,\u201d he told reporters.",
    quotes: [{ text: "It was total confusion at the gates,", speaker: "Tom Moss" }],
  },
  // `Dana Hollings owns Maplebrook Orchards and says …` then `“…,” he told reporters.`: a name in
  // the predicate with nothing to show a person (no given name, title or sex) is the subject's
  // shop or farm; the subject, a person by evidence, is who `he` stands for.
  {
    kind: "pronoun to non-person",
    text: "Growers across the valley are struggling with the dry summer.\n\nDana Hollings owns Maplebrook Orchards and says the apples are small this year.\n\n\u201cWe have never seen a season this dry,\u201d he told reporters.",
    quotes: [{ text: "We have never seen a season this dry,", speaker: "Dana Hollings" }],
  },
  // A pronoun with its verb run on (`it’s`, `he’s`) is that pronoun: `it’s` read whole fell to
  // the rules of `she` and took the person named before, here for a crowd's cry.
  {
    kind: "pronoun to non-person",
    text: "Former bandleader Tarn Oduya left court on Tuesday after the verdict.\n\nGiven the speed of the ruling, it\u2019s possible the judge wrote it in a day and spent the rest of the month at his cottage, should his street soon fill with the same protesters who had gathered on the courthouse stairs in March to shout, \u201cJustice for all of us!\u201d\n\nThe trial lasted six weeks.",
    quotes: [{ text: "Justice for all of us!", speaker: null }],
  },
  // Initials in the plural (`Above Guideline Increases (AGIs)`, `MPs`) name a kind of things or
  // people, never one speaker: a pronoun read back to them gives no one.
  {
    kind: "pronoun to non-person",
    text: "Tenants at two Birchwood towers are withholding rent.\n\nTallwood Homes says it follows the rules in seeking Above Guideline Increases (AGIs). They say the increases will pay for \u201curgent roof repairs,\u201d but tenants doubt it.",
    quotes: [{ text: "urgent roof repairs,", speaker: null }],
  },
  // A military operation's name (`Operation Northwatch`) is a campaign, no speaker: a bare
  // quotation after a sentence about it stays with the officer who spoke.
  {
    kind: "pronoun to non-person",
    text: "More than 80 Canadian sailors left Halifax on Monday for Operation Northwatch.\n\u201cWe rotate the crews every four months or so,\u201d Cmdr. Elias Thorne said.\nOperation Northwatch dates back to 2016.\n\u201cIt began off Iceland and has grown since then.\u201d",
    quotes: [
      { text: "We rotate the crews every four months or so,", speaker: "Elias Thorne" },
      { text: "It began off Iceland and has grown since then.", speaker: "Elias Thorne" },
    ],
  },
  // `they` never stands for a place only named (`gathered … in Pellworth, Ont., to protest what they call`): the people there, unnamed.
  {
    kind: "pronoun to non-person",
    text: 'Hundreds of people gathered outside the town hall in Pellworth, Ont., on Saturday to protest what they call "a slow death" for the local clinic.',
    quotes: [{ text: "a slow death", speaker: null }],
  },
  // Nor for a venue only named (`fans filled Corvale Stadium. They chanted`).
  {
    kind: "pronoun to non-person",
    text: 'More than 30,000 fans filled Corvale Stadium on Sunday. They chanted "Otters, Otters" until the final whistle.',
    quotes: [{ text: "Otters, Otters", speaker: null }],
  },
  // Not fired: a team beside the place is still who `they` are.
  {
    kind: "pronoun to non-person",
    text: 'The Corvale Otters beat Pellworth 3-1 at Brindle Field on Saturday. They called the win "a long time coming."',
    quotes: [{ text: "a long time coming.", speaker: "Corvale Otters" }],
  },
  // Not fired: two people named beside the place are `they`.
  {
    kind: "pronoun to non-person",
    text: 'Councillors Jane Roe and Tom Baker toured the clinic in Pellworth on Friday, and said what they saw was "a disgrace."',
    quotes: [{ text: "a disgrace.", speaker: "Jane Roe" }],
  },
  // A field's name with no given name first (`Brindle Field`) is a place, no `she`; the woman named before is.
  {
    kind: "pronoun to non-person",
    text: 'Mara Quill has cheered for the Corvale Otters all her life. Her favourite day of the year is opening day at Brindle Field.\n\n"It feels like coming home," she said.',
    quotes: [{ text: "It feels like coming home,", speaker: "Mara Quill" }],
  },
  // A body named for its place by the place's two words (`Channel Nova Scotia`) is no person `he` stands for.
  {
    kind: "pronoun to non-person",
    text: 'The clip aired on the evening show on Channel Nova Scotia.\n\nThe ferry to Corvale was cancelled for a third day on Monday.\n\nHe said the crossing was "too rough to risk."',
    quotes: [{ text: "too rough to risk.", speaker: null }],
  },
  // Not fired: a venue only named, untitled, is still a place; `she` has no one.
  {
    kind: "pronoun to non-person",
    text: 'Fans filled Corvale Field on Sunday. "We were loud," she said.',
    quotes: [{ text: "We were loud,", speaker: null }],
  },
  // A pair of places opening the sentence before `they` is no speaker: `they` may be their fans,
  // residents, police or officials, so it names no one (reverted 596e726; null beats a wrong name).
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  // Not fired: a venue that opens its sentence is still only where people are.
  {
    kind: "pronoun to non-person",
    text: 'Corvale Stadium was full on Sunday. They chanted "Otters, Otters" until the final whistle.',
    quotes: [{ text: "Otters, Otters", speaker: null }],
  },
  // Not fired: places joined by `and` are no `they`: their fans, residents, police, officials or protesters, or a person joined to one, speak; null beats the place.
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar fans rallied downtown. They chanted "we are one."',
    quotes: [{ text: "we are one.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth residents lost power. They called it "a nightmare."',
    quotes: [{ text: "a nightmare.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Ottawa and Corvale police arrested two men. They called it "a big catch."',
    quotes: [{ text: "a big catch.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth were buried in snow. They called it "the worst storm in years."',
    quotes: [{ text: "the worst storm in years.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. Officials from both sides met reporters. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact.\n\nProtesters gathered outside. They called it "a sellout."',
    quotes: [{ text: "a sellout.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Vellmar signed the pact. Trade Minister Lin Obi and her Vellmar counterpart, Ade Kuri, spoke. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Halifax and Dartmouth brace for storm\n\nResidents stocked up on supplies Monday. "We are ready," they said.',
    quotes: [{ text: "We are ready,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Ottawa and Premier Ana Vey clashed over the pact. They called it "a bad deal."',
    quotes: [{ text: "a bad deal.", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Canada and Ana Vey\'s team signed the pact. They called it "a new chapter."',
    quotes: [{ text: "a new chapter.", speaker: null }],
  },
  // A title a park or a field is named for (`Lord`, `Chief`, `Governor`, `King`, `Sir`) before a park's or a field's name makes no person: the park is a place, `he` has no one.
  {
    kind: "pronoun to non-person",
    text: 'Lord Roberts Park was flooded Monday. "We lost everything," he said.',
    quotes: [{ text: "We lost everything,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Chief Whitecap Park reopened Saturday. "The trails are clear," he said.',
    quotes: [{ text: "The trails are clear,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Rain soaked Governor Simcoe Park. "The event is off," she said.',
    quotes: [{ text: "The event is off,", speaker: null }],
  },
  // A royal's or a saint's title, a given name and `Park` or `Field` (`Queen Ada Park`) name the park, not a woman `she` can stand for (rules24C).
  {
    kind: "pronoun to non-person",
    text: "Queen Ada Park reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "St. Olaf Field flooded on Monday.\n\n\u201cIt is a shame,\u201d he said.",
    quotes: [{ text: "It is a shame,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Chief Ada Park spoke on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Park" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Lind walked through Queen Ada Park on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Lind" }],
  },
  // A street's name ending in a side of town after its kind (`Corvale Avenue West`) is a place, no `she` (rules24B).
  {
    kind: "pronoun to non-person",
    text: "Pellworth Public School stands near Dunmere Road and Corvale Avenue West, where half the pupils stayed home.\n\n\u201cIt is too hot to teach,\u201d she said.",
    quotes: [{ text: "It is too hot to teach,", speaker: null }],
  },
  // A day's name (`Red and Gold Day`, `Election Day`) is no person a `she` or `he` stands for (rules24B).
  {
    kind: "pronoun to non-person",
    text: "Ilse Marrow has cheered the Pellworth Harriers all her life.\n\nOne of her favourite days is the annual Red and Gold Day at Corvale Field.\n\n\u201cYou get to know the players,\u201d she said.",
    quotes: [{ text: "You get to know the players,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Corvale votes\n\nElection Day is Tuesday in Pellworth.\n\n\u201cTurnout will be high,\u201d he said.",
    quotes: [{ text: "Turnout will be high,", speaker: null }],
  },
  // Not fired: a given name before `Day` keeps a person's name.
  {
    kind: "pronoun to non-person",
    text: "Ilse Marrow met Kristen Day at the rally.\n\n\u201cYou get to know the players,\u201d said Day.",
    quotes: [{ text: "You get to know the players,", speaker: "Kristen Day" }],
  },
  // A person surnamed Day whose given name no list holds (`Keewatin Day`, with a title or initials
  // too) stays a person a `she` or `he` stands for and who speaks by name; only a day's word before
  // `Day` (`Election`, `Shirt`, a colour) or an `and` makes it a day's name (mend24B).
  {
    kind: "pronoun to non-person",
    text: "Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Councillor Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d she said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Thorald Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d said Thorald Day.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Thorald Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Keewatin Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d Day said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "Keewatin Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "J.R. Day runs the Corvale food bank.\n\n\u201cThe shelves are empty by noon,\u201d he said.",
    quotes: [{ text: "The shelves are empty by noon,", speaker: "J.R. Day" }],
  },
  // Still fired: a day's word before `Day` (`Orange Shirt Day`) names a day, no `she` (mend24B).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nOrange Shirt Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for the children,\u201d she said.",
    quotes: [{ text: "We walk for the children,", speaker: null }],
  },
  // A name ending in `Gardens` is a place's (`Queen Ada Gardens`), as one ending in `Square` is: no woman `she` stands for; a person named before it still speaks (mend24C).
  {
    kind: "pronoun to non-person",
    text: "Queen Ada Gardens reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Lind walked through Queen Ada Gardens on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Lind" }],
  },
  // A day's name no list holds, opened by an abstract noun (`Emancipation Day`): no person, so
  // `she` stands for no one named (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nEmancipation Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for our grandparents,\u201d she said.",
    quotes: [{ text: "We walk for our grandparents,", speaker: null }],
  },
  // A day's name of two words before `Day`, neither a given name nor an initial (`World Water Day`)
  // (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale marches\n\nWorld Water Day fell on a Tuesday in Pellworth.\n\n\u201cWe walk for the river,\u201d she said.",
    quotes: [{ text: "We walk for the river,", speaker: null }],
  },
  // A government's calendar day (`Budget Day`) (mend24D, rev24e 5).
  {
    kind: "pronoun to non-person",
    text: "Corvale votes\n\nBudget Day is Tuesday in Pellworth.\n\n\u201cThe deficit will be large,\u201d he said.",
    quotes: [{ text: "The deficit will be large,", speaker: null }],
  },
  // Sport's and music's one-person roles before a name (`Manager Tavita New York`) make it a person's, as `Coach` does; a body's
  // word after the role (`Training`, `Holdings`) still names no one (mend24F, rev24f finding 3).
  {
    kind: "pronoun to non-person",
    text: "Manager Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Referee Tavita New York said the match was fair. \u201cIt was clean,\u201d he said.",
    quotes: [{ text: "It was clean,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Trainer Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Goalkeeper Tavita New York said the team was ready. \u201cWe played well,\u201d he said.",
    quotes: [{ text: "We played well,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Umpire Tavita New York said the match was fair. \u201cIt was clean,\u201d he said.",
    quotes: [{ text: "It was clean,", speaker: "Tavita New York" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Manager Training New Brunswick opened a school on Monday. \u201cIt is lovely,\u201d she said.",
    quotes: [{ text: "It is lovely,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Keeper Holdings New York closed on Monday. \u201cIt is sad,\u201d she said.",
    quotes: [{ text: "It is sad,", speaker: null }],
  },
  // `Gardens` names a place as `Park` does: a title or a listed given name before it keeps a person (`Mayor Ada Gardens`),
  // a name with neither is the garden (mend24F, rev24f finding 4).
  {
    kind: "pronoun to non-person",
    text: "Mayor Ada Gardens opened the fair. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Ada Gardens said the fair was a success. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Ada Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mara Gardens, the mayor, opened the fair. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: "Mara Gardens" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Corvale Gardens reopened on Monday. \u201cIt is lovely to be back,\u201d she said.",
    quotes: [{ text: "It is lovely to be back,", speaker: null }],
  },
  // A day named after a person (`Taylor Swift Day`, a given name and a surname before `Day`) or a
  // holiday whose word is a given name too (`Victoria Day`) is a day: no `she` stands for it (rules25A).
  {
    kind: "pronoun to non-person",
    text: "Corvale held Mira Solace Day on Saturday at the fairgrounds.\n\n\u201cIt was the best day of my life,\u201d she said.",
    quotes: [{ text: "It was the best day of my life,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "Crowds gathered in Pellworth for Victoria Day fireworks.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: null }],
  },
  // Not fired: a person named Victoria, and a person surnamed Day after given names only.
  {
    kind: "pronoun to non-person",
    text: "Victoria Lang opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Victoria Lang" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mary Ann Day opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Mary Ann Day" }],
  },
  // A person surnamed Day after two names (`Maria Garcia Day`), read as a day named after a
  // person, is a person when described as one or speaking; a day in a day's place stays one (mend25A).
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day, a nurse from Corvale, opened the fair in Pellworth.\n\n\u201cWe come every year,\u201d she said.",
    quotes: [{ text: "We come every year,", speaker: "Maria Garcia Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Pellworth marked Terry Fox Day on Sunday.\n\n\u201cIt was a great run,\u201d she said.",
    quotes: [{ text: "It was a great run,", speaker: null }],
  },
  // Initials with a firm's or a ship's own sign (`A.B. Contracting`, a ship `The R.J. Lusk`) show no person: the speaker of the pronoun's sex keeps `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Fisheries officer Tom Baker said the boat was found adrift on Monday.\n\n“The crew was safe,” he said.\n\nThe R.J. Lusk was towed into port the next morning.\n\n“It took eight hours,” he said.",
    quotes: [
      { text: "The crew was safe,", speaker: "Tom Baker" },
      { text: "It took eight hours,", speaker: "Tom Baker" },
    ],
  },
  // Nor after a noun a firm is as often as a person (`contractor A.B. Contracting`, `owner J.D. Irving`).
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said.\n\nThe province hired contractor A.B. Contracting to repair the dock.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  // A firm's word for the surname (`A.B. Contracting`) shows no person wherever the sentence before ends, on a person's noun or a speaker's description: the premier keeps `he`.
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” he said, thanking the workers.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Premier Tom Baker said the province would help the shipyard.\n\n“This is a good day for Saint John,” said the premier.\n\nA.B. Contracting won the bid to repair the dock last spring.\n\n“We have been waiting a long time,” he said.",
    quotes: [
      { text: "This is a good day for Saint John,", speaker: "Tom Baker" },
      { text: "We have been waiting a long time,", speaker: "Tom Baker" },
    ],
  },
  // A day named after a person stays a day in a day's place or with a count after it (`On Terry
  // Fox Day, 300 people`): no person a later `he` or `Day said` stands for (mend25D).
  {
    kind: "pronoun to non-person",
    text: "Kim Day has led the Pellworth run for a decade. On Terry Fox Day, 300 people ran along the river.\n\n\u201cIt was our biggest year,\u201d Day said.",
    quotes: [{ text: "It was our biggest year,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle has organized the Pellworth run since 2003.\n\nThis year, on Terry Fox Day, 300 people took part.\n\n\u201cIt was our biggest year,\u201d he said.",
    quotes: [{ text: "It was our biggest year,", speaker: "Mark Doyle" }],
  },
  // A day named after a person is no person for a parenthetical attribution (`Terry Fox Day, an
  // organizer said,`), an object after its verb (`said a lot about`) or a noun's appositive that is
  // no person's (`a volunteer effort`) (mend25F).
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day, an organizer said, raised $12,000 this year.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day, a volunteer said, raised $12,000 this year.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Louis Riel Day, a teacher said, is a day to learn.\n\n\u201cWe ran anyway,\u201d he said.",
    quotes: [{ text: "We ran anyway,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Kim Day organizes the run. Terry Fox Day said a lot about the town.\n\n\u201cIt was a great run,\u201d Day said.",
    quotes: [{ text: "It was a great run,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Mark Doyle organizes the run. Terry Fox Day said more about Pellworth than any speech could.\n\n\u201cIt was a great run,\u201d he said.",
    quotes: [{ text: "It was a great run,", speaker: "Mark Doyle" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Kim Day organizes the run. Terry Fox Day, a volunteer effort, drew 300 people.\n\n\u201cIt was a great run,\u201d Day said.",
    quotes: [{ text: "It was a great run,", speaker: "Kim Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day, a nurse at the clinic, said the clinic is short of staff.\n\n\u201cWe cannot keep up,\u201d Day said.",
    quotes: [{ text: "We cannot keep up,", speaker: "Maria Garcia Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Maria Garcia Day said that the clinic is short of staff.\n\n\u201cWe cannot keep up,\u201d she said.",
    quotes: [{ text: "We cannot keep up,", speaker: "Maria Garcia Day" }],
  },
  // A boat's crew after `the` and a name on initials (`The R.J. Lusk crew`) is a ship's own sign, as
  // the name ending its phrase is (`The R.J. Lusk was towed in`), and a firm's word (`A.B.
  // Contracting`) a firm's: no `he` stands for them, with or without a speaker before (rules26A;
  // 3737c07 gave R.J. Lusk and A.B. Contracting).
  {
    kind: "pronoun to non-person",
    text: "\u201cThe fish are late this year,\u201d said Tom Baker, the harbour master.\n\nThe R.J. Lusk crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [
      { text: "The fish are late this year,", speaker: "Tom Baker" },
      { text: "We got lucky,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "The R.J. Lusk crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [{ text: "We got lucky,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "The R.J. Lusk was towed into port the next morning. \u201cIt took eight hours,\u201d he said.",
    quotes: [{ text: "It took eight hours,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "A.B. Contracting won the bid to repair the dock last spring. \u201cWe have been waiting a long time,\u201d he said.",
    quotes: [{ text: "We have been waiting a long time,", speaker: null }],
  },
  // Not a crew's noun before the name (a deckhand is a person), nor a person leading his crew, nor a name modifying another noun after `the`.
  {
    kind: "pronoun to non-person",
    text: "Deckhand R.J. Lusk hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [{ text: "We got lucky,", speaker: "R.J. Lusk" }],
  },
  {
    kind: "pronoun to non-person",
    text: "\u201cThe fish are late this year,\u201d said Tom Baker, the harbour master.\n\nR.J. Lusk and his crew hauled in the nets before the storm. \u201cWe got lucky,\u201d he said.",
    quotes: [
      { text: "The fish are late this year,", speaker: "Tom Baker" },
      { text: "We got lucky,", speaker: "R.J. Lusk" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "The J.T. Miller trade has paid off for the Canucks. \u201cI just tried to help the team,\u201d he said.",
    quotes: [{ text: "I just tried to help the team,", speaker: "J.T. Miller" }],
  },
  // A name closing with `Day` after a preposition of time that opens the sentence, set off by a
  // comma, is a day, though given names alone make it (`Lincoln Alexander Day`, `Mary Ann Day`):
  // it names no one a later `he` stands for (rules26A; 3737c07 gave Lincoln Alexander Day).
  {
    kind: "pronoun to non-person",
    text: "On Lincoln Alexander Day, 300 people marched through the downtown. \u201cWe remember him,\u201d he said.",
    quotes: [{ text: "We remember him,", speaker: null }],
  },
  {
    kind: "pronoun to non-person",
    text: "\u201cThe march is for him,\u201d said Tom Baker, the organizer. On Lincoln Alexander Day, 300 people marched through the downtown. \u201cWe remember him,\u201d he said.",
    quotes: [
      { text: "The march is for him,", speaker: "Tom Baker" },
      { text: "We remember him,", speaker: "Tom Baker" },
    ],
  },
  // Not a person surnamed Day after another opening phrase, or who is named elsewhere in the text.
  {
    kind: "pronoun to non-person",
    text: "On Friday, Mary Ann Day opened the fair. \u201cWe have more rides than ever,\u201d she said.",
    quotes: [{ text: "We have more rides than ever,", speaker: "Mary Ann Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe thanked Mary Ann Day, who ran the fair. \u201cShe did it all,\u201d Roe said. On Monday, Day said: \u201cIt was a team effort.\u201d",
    quotes: [
      { text: "She did it all,", speaker: "Jane Roe" },
      { text: "It was a team effort.", speaker: "Mary Ann Day" },
    ],
  },
  // A firm's or a ship's sign where a name on initials is first written keeps no `he` from it when
  // a later mention shows the person who shares the name (mend26A; rules26A gave null).
  {
    kind: "pronoun to non-person",
    text: "A.B. Roe and Sons has run the store since 1950. A.B. Roe, 81, still works the counter. \u201cI love it,\u201d he said.",
    quotes: [{ text: "I love it,", speaker: "A.B. Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The A.J. Roe crew won the regatta. A.J. Roe, the skipper, was thrilled. \u201cWe sailed well,\u201d he said.",
    quotes: [{ text: "We sailed well,", speaker: "A.J. Roe" }],
  },
  // `Since` and `Until` open a clause a person surnamed Day may be the subject of: no day there
  // (mend26A; rules26A gave `Day`).
  {
    kind: "pronoun to non-person",
    text: "Since Mary Day, the first woman elected in Corvale, took office in 2010, the council has changed. \u201cWe did it together,\u201d Day said.",
    quotes: [{ text: "We did it together,", speaker: "Mary Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Until Tom Day, a farmer from Corvale, won in 2019, nobody had won twice. \u201cI got lucky,\u201d Day said.",
    quotes: [{ text: "I got lucky,", speaker: "Tom Day" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The retailer Sears closed its last store. Its former manager, Tom Sears, said he was sad.\n\n\u201cIt hurts,\u201d he said.",
    quotes: [{ text: "It hurts,", speaker: "Tom Sears" }],
  },
  // A colour before a make (`a green John Deere`) keeps the make no person, though a given name opens it.
  {
    kind: "pronoun to non-person",
    text: "Police charged a man after a crash involving a green John Deere tractor on Highway 7.\n\n\u201cIt was a terrible scene,\u201d he said.",
    quotes: [{ text: "It was a terrible scene,", speaker: null }],
  },
  // A name ending in Division or Conference (`the Atlantic Division title`) is a league's part, which no `he` stands for; a title that opens a name (`Division Chief Baker`) leaves it a person's.
  {
    kind: "pronoun to non-person",
    text: "Toronto Raptors president Masai Ujiri knows his team will be a target coming off their third Atlantic Division title.\n\n\u201cYou have to build again,\u201d he says.",
    quotes: [{ text: "You have to build again,", speaker: "Masai Ujiri" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Division Chief Baker said crews arrived within six minutes.\n\n\u201cThe house was fully involved,\u201d he said.",
    quotes: [{ text: "The house was fully involved,", speaker: "Division Chief Baker" }],
  },
  // A title right after its work's noun (`album Nothing Stays The Same`, `her movie, Women Talking`) is no person a `he` or `she` stands for (round 34).
  {
    kind: "pronoun to non-person",
    text: "Tom Baker makes music for long drives. On his latest album Nothing Stays The Same, every song is about home.\n\n\u201cI wrote it in my car,\u201d he said.",
    quotes: [{ text: "I wrote it in my car,", speaker: "Tom Baker" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Sarah Polley won an Oscar on Sunday. The Toronto filmmaker was awarded the screenplay Oscar for her movie, Women Talking.\n\u201cI just want to thank the Academy,\u201d she said.",
    quotes: [{ text: "I just want to thank the Academy,", speaker: "Sarah Polley" }],
  },
  // Still a person: a name after a comma that opens a clause, and a given name after a work's noun.
  {
    kind: "pronoun to non-person",
    text: "Speaking later on the same show, Sen. Jane Roe said the bill would pass.\n\n\u201cIt will pass,\u201d Roe said.",
    quotes: [{ text: "It will pass,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The documentary Jane Roe made about the mine opened on Friday.\n\n\u201cIt took six years,\u201d she said.",
    quotes: [{ text: "It took six years,", speaker: "Jane Roe" }],
  },
  // `Lane` after a given name or a title is a surname, not a lane (`Timothy Lane`, `Mr. Lane`): before, the person was a place, and `he` went to no one (round 34).
  {
    kind: "pronoun to non-person",
    text: 'Mortgages have doubled in five years, deputy governor Timothy Lane warned in a speech on Wednesday.\n\n"A key concern is the misallocation of credit," he said.\n\nMr. Lane also said lenders need watching. "They call for careful monitoring," he said.',
    quotes: [
      { text: "A key concern is the misallocation of credit,", speaker: "Timothy Lane" },
      { text: "They call for careful monitoring,", speaker: "Timothy Lane" },
    ],
  },
  // Still a place: a lane no given name opens.
  {
    kind: "pronoun to non-person",
    text: 'Crews closed Memory Lane after the crash.\n\n"It was a terrible scene," he said.',
    quotes: [{ text: "It was a terrible scene,", speaker: null }],
  },
  // A name's words that no given name opens before an office, no name after (`Fennick Mayor on his …`, `the former Attorney General of`), describe the office's holder: no person a `he` or `she` stands for (round 34; before, `Fennick Mayor` and `General` were people).
  {
    kind: "pronoun to non-person",
    text: "Click to play video: 'Fennick Mayor on his community\u2019s spirit and plans to rebuild the village'\nFennick Mayor on his community\u2019s spirit and plans to rebuild the village\nWATCH: Fennick Mayor Jan Polder says the village will be rebuilt.\n\n\u201cI\u2019m hoping we can get the town rebuilt in two years,\u201d Jan Polder told Global News.\n\nBut the process won\u2019t be easy.\n\nFennick remains off-limits to virtually everyone while teams remove hazards, he said.\n\n\u201cIt\u2019s been very difficult,\u201d he said.",
    quotes: [
      { text: "I\u2019m hoping we can get the town rebuilt in two years,", speaker: "Jan Polder" },
      { text: "It\u2019s been very difficult,", speaker: "Jan Polder" },
    ],
  },
  {
    kind: "pronoun to non-person",
    text: "Jane Roe won the state on Tuesday.\nRoe hosted a get out the vote event Monday, during which she gave a shout out to Vice President Joe Biden and his late son Beau Biden, the former Attorney General of Delaware, who died of cancer last year.\n\u201cI want to mention someone who\u2019s not here,\u201d she said.",
    quotes: [{ text: "I want to mention someone who\u2019s not here,", speaker: "Jane Roe" }],
  },
  // Control: a given name before the office's word is a person's name.
  {
    kind: "pronoun to non-person",
    text: "Tom Mayor, a farmer, lost his barn.\n\n\u201cIt\u2019s gone,\u201d he said.",
    quotes: [{ text: "It\u2019s gone,", speaker: "Tom Mayor" }],
  },
  // Capitals a number closes (`the Billboard Hot 100`) name a chart, no person a description stands for (round 34; before, `Billboard Hot`).
  {
    kind: "pronoun to non-person",
    text: "Pickering native Jane Roe returns home this week. The single became her first No. 1 on the Billboard Hot 100 this summer, and the charity aims to support causes that, as the singer put it in a news release, \u201cinspire positive change in young people.\u201d",
    quotes: [{ text: "inspire positive change in young people.", speaker: "Jane Roe" }],
  },
  // Control: one word before a number (`Game 2`) is left to the rules that read it before.
  {
    kind: "pronoun to non-person",
    text: "Jane Roe and the Corvale Lions will meet in Game 2 on Friday.\n\n\u201cWe are ready,\u201d she said.",
    quotes: [{ text: "We are ready,", speaker: "Jane Roe" }],
  },
  // Narrowed after review (round 34): a name with a verb in lower case right after is a clause's subject, no work's title, whatever its given name; nor is a run after a preposition an office's description; nor does a count or a time close a chart's name. Each text passes before the round's rules and failed on them.
  {
    kind: "pronoun to non-person",
    text: "The documentary Okemaw Beardy directed premiered in Winnipeg on Friday. \u201cIt is about my grandfather\u2019s trapline,\u201d he said.",
    quotes: [{ text: "It is about my grandfather\u2019s trapline,", speaker: "Okemaw Beardy" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Neighbours have raised $12,000 for Tanvir Judge since the fire on Maple Street. The 34-year-old lost his home and his truck.\n\n"I can\'t thank them enough," he said.',
    quotes: [{ text: "I can't thank them enough,", speaker: "Tanvir Judge" }],
  },
  {
    kind: "pronoun to non-person",
    text: "Unofficial results gave Tanvir Sandhu 4,212 votes in the Surrey North byelection, a margin of 232 over his nearest rival.\n\n\u201cThe people of Surrey North have spoken,\u201d Sandhu told supporters.",
    quotes: [{ text: "The people of Surrey North have spoken,", speaker: "Tanvir Sandhu" }],
  },
  // A word capitalised only to open its sentence, before a lower-case word no subject's verb, modifies or governs it: no one's name (round 35, before: `Answering`, `Corporate`).
  {
    kind: "pronoun to non-person",
    text: "Natalie Roe took the stage for a conversation about her career.\n\nAnswering questions on the red carpet before her talk, Roe expressed cautious optimism about the industry.\n\n\u201cI do feel that there\u2019s a lot of conversation right now about female directors,\u201d said the first-time director.",
    quotes: [{ text: "I do feel that there\u2019s a lot of conversation right now about female directors,", speaker: "Natalie Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: 'Tom Baker spends weeks at a time consulting for foreign governments, friends said. Corporate lobbyists describe such work as "a different cup of tea" than the usual contract lobbying.',
    quotes: [{ text: "a different cup of tea", speaker: null }],
  },
  // Control: a surname opening its sentence before its verb is a name, as before.
  {
    kind: "pronoun to non-person",
    text: "The plan was tabled on Monday. Cullen argued it was \u201ca recipe for disaster.\u201d",
    quotes: [{ text: "a recipe for disaster.", speaker: "Cullen" }],
  },
  // A warship's or a base's prefix (`HMCS`, `CFB`) names no person a `he` stands for (round 35, before: `HMCS Trinity`).
  {
    kind: "pronoun to non-person",
    text: "Tom Baker was a navy intelligence officer.\n\nHe worked at HMCS Trinity, a military intelligence facility on the East Coast, where he had access to secrets.\n\n\u201cThe day I flipped sides, that was the end of my career,\u201d he said.",
    quotes: [{ text: "The day I flipped sides, that was the end of my career,", speaker: "Tom Baker" }],
  },
  // Control: a person's name after a title stays a person.
  {
    kind: "pronoun to non-person",
    text: "Sub-Lt. Tom Trinity worked at the base.\n\n\u201cThe day I flipped sides, that was the end of my career,\u201d he said.",
    quotes: [{ text: "The day I flipped sides, that was the end of my career,", speaker: "Tom Trinity" }],
  },
  // Controls from a helper's review: a name or a firm named once, opening its sentence before a verb no list holds, still speaks.
  {
    kind: "pronoun to non-person",
    text: "The union and the automaker resume talks Monday.\n\nUnifor wants the company to \u201cput real money on the table.\u201d",
    quotes: [{ text: "put real money on the table.", speaker: "Unifor" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The minister announced the plan on Monday.\n\nOkonkwo wants the money spent \u201cin the communities that need it most.\u201d",
    quotes: [{ text: "in the communities that need it most.", speaker: "Okonkwo" }],
  },
  // Controls from a third review: a firm or a surname of a modifier's shape, named once, before a stance verb in -s, still speaks.
  {
    kind: "pronoun to non-person",
    text: "The company reported results on Thursday.\n\nVeltronic plans to close its Mississauga plant by March, citing \u201ca sharp drop in orders from U.S. automakers.\u201d",
    quotes: [{ text: "a sharp drop in orders from U.S. automakers.", speaker: "Veltronic" }],
  },
  {
    kind: "pronoun to non-person",
    text: "The merger was announced Monday.\n\nKessling believes the merger will be approved, describing regulators as \u201cbroadly supportive.\u201d",
    quotes: [{ text: "broadly supportive.", speaker: "Kessling" }],
  },
  // A business one owns, set off after its noun or named as owned, is no person a `she` or a
  // bare surname stands for (round 39, from r55 and r56).
  {
    kind: "pronoun to non-person",
    text: "Jane Roe started her own company, Maple Crafts, in 2019.\n\n\u201cIt is hard to make rent,\u201d she said.",
    quotes: [{ text: "It is hard to make rent,", speaker: "Jane Roe" }],
  },
  {
    kind: "pronoun to non-person",
    text: "\u201cIt is all gone,\u201d said Karma Gill, Gill Orchard\u2019s owner.\n\nGill told reporters on Tuesday that he has lost hundreds of thousands of dollars.\n\n\u201cWe lost an estimated $800,000.\u201d",
    quotes: [
      { text: "It is all gone,", speaker: "Karma Gill" },
      { text: "We lost an estimated $800,000.", speaker: "Karma Gill" },
    ],
  },
  // Control: a person set off after a firm's noun that is not her own is still a person.
  {
    kind: "pronoun to non-person",
    text: "A partner at the firm, Jane Roe, said the deal was fair.\n\n\u201cIt is a fair deal for both sides,\u201d she said.",
    quotes: [{ text: "It is a fair deal for both sides,", speaker: "Jane Roe" }],
  },
];
