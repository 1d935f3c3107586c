// Regression cases of the kind “surname shared by two people” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SURNAME_SHARED_BY_TWO_PEOPLE: RegressionCase[] = [
  // Two people share a surname: the surname alone stays with the main figure, mentioned most,
  // not the relative named once in full.
  {
    kind: "surname shared by two people",
    text: "Premier Mark Hale opened the session on Monday. Hale spoke for an hour. “We will balance the books,” Hale said.\nHale later thanked his wife, Anna Hale, who sat in the gallery.\nThe opposition mocked the speech. “Nobody believes that number,” Hale said when asked about the deficit.",
    quotes: [
      { text: "We will balance the books,", speaker: "Mark Hale" },
      { text: "Nobody believes that number,", speaker: "Mark Hale" },
    ],
  },
  // An honorific picks, among people sharing a surname, the one of its gender.
  {
    kind: "surname shared by two people",
    text: "Coun. Ron Vale stepped down from his firm and handed it to his daughter.\n\nA week later, Jodie Vale wrote to city staff on the firm’s letterhead.\n\nColleagues say Mr. Vale may now face conflicts. Mr. Vale, for his part, says he had “nothing to do” with the letter.",
    quotes: [{ text: "nothing to do", speaker: "Ron Vale" }],
  },
  // A surname of two words given alone (Quebec style) stands for the person named in full with it.
  {
    kind: "surname shared by two people",
    text: "Opposition Leader Luc St-Onge Tremblay criticized the plan on Monday.\n\n“It is a fiction,” said Finance Minister Ann Marsh’s critic, Tom Baker.\n\nSt-Onge Tremblay went further. “This budget hides the deficit,” St-Onge Tremblay said.",
    quotes: [
      { text: "It is a fiction,", speaker: "Tom Baker" },
      { text: "This budget hides the deficit,", speaker: "Luc St-Onge Tremblay" },
    ],
  },
  // One surname with a curly and a straight apostrophe (`O’Neill`, `O'Neill`) is one person's.
  {
    kind: "surname shared by two people",
    text: "Fire Chief Jane O’Neill spoke to reporters on Monday.\n\n“The cause has not been determined,” O'Neill said.",
    quotes: [{ text: "The cause has not been determined,", speaker: "Jane O’Neill" }],
  },
  // Given names the lists lacked (`Nargis`, `Siamak`, `Yuliia`, `Oleg`, `Marjolaine`, `Ghyslain`,
  // `Liezel`, `Ruel`): without their gender an honorific cannot pick, among a family sharing a
  // surname, the member it names, and `Ms.` and `Mr.` swap.
  {
    kind: "surname shared by two people",
    text: 'The bakery on the corner is run by a couple, Nargis Rahimi and Siamak Rahimi, who came to the city in 2009.\n\n"We opened with two ovens and one table," Ms. Rahimi said.\n\n"Now we bake for three schools," Mr. Rahimi said.',
    quotes: [
      { text: "We opened with two ovens and one table,", speaker: "Nargis Rahimi" },
      { text: "Now we bake for three schools,", speaker: "Siamak Rahimi" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'Yuliia Marchenko and Oleg Marchenko arrived last spring with their two children.\n\n"Everything was new, even the snow," Ms. Marchenko said.\n\n"I found work in a week," Mr. Marchenko said.',
    quotes: [
      { text: "Everything was new, even the snow,", speaker: "Yuliia Marchenko" },
      { text: "I found work in a week,", speaker: "Oleg Marchenko" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'The farm has been in the family since 1952; Marjolaine Gagnon and Ghyslain Gagnon took it over from his parents.\n\n"The spring came late again," Ms. Gagnon said.\n\n"We lost a week of planting," Mr. Gagnon said.',
    quotes: [
      { text: "The spring came late again,", speaker: "Marjolaine Gagnon" },
      { text: "We lost a week of planting,", speaker: "Ghyslain Gagnon" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: 'Liezel Santos and Ruel Santos both work nights at the care home.\n\n"We see our kids on Sundays," Ms. Santos said.\n\n"The overtime pays the rent," Mr. Santos said.',
    quotes: [
      { text: "We see our kids on Sundays,", speaker: "Liezel Santos" },
      { text: "The overtime pays the rent,", speaker: "Ruel Santos" },
    ],
  },
  // `North Keeper` after `Donna North Keeper`, `La Forest` after `Paul La Forest`: a first word
  // that only the long generated lists call a given name may open a compound surname; the short
  // form is the person named in full before, not a new person.
  {
    kind: "surname shared by two people",
    text: '"We stand together," said Donna North Keeper, grand chief of the council.\n\nNorth Keeper was joined by two other chiefs.\n\n"We have waited long enough," North Keeper said.',
    quotes: [
      { text: "We stand together,", speaker: "Donna North Keeper" },
      { text: "We have waited long enough,", speaker: "Donna North Keeper" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: '"The ice is thin," said Paul La Forest, a guide.\n\n"Nobody should cross it now," La Forest said.',
    quotes: [
      { text: "The ice is thin,", speaker: "Paul La Forest" },
      { text: "Nobody should cross it now,", speaker: "Paul La Forest" },
    ],
  },
  // A bare surname no one bears, a letter or two off the surname of a person named in full, is
  // that surname misspelt (a slip news pages make), not a new speaker named by surname alone.
  {
    kind: "surname shared by two people",
    text: 'Chief Harold Wapistan said the road closed twice this spring.\n\n"We are cut off," Wapistain said.',
    quotes: [{ text: "We are cut off,", speaker: "Harold Wapistan" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Fishers like Glenn Fewer, who started at 16, want the cap lifted.\n\n"Nobody buys our catch," Feweer said.',
    quotes: [{ text: "Nobody buys our catch,", speaker: "Glenn Fewer" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Councillor Sandra Kowalchuk voted against the budget.\n\n"It cuts the wrong things," Kowalchyk said.',
    quotes: [{ text: "It cuts the wrong things,", speaker: "Sandra Kowalchuk" }],
  },
  // A misspelt surname may change its third letter (`Kemp` printed `Keamp`): the first two bound the search.
  {
    kind: "surname shared by two people",
    text: 'Farmer Derek Kemp says the crop is stunted.\n\n"The pods are empty," Keamp said.',
    quotes: [{ text: "The pods are empty,", speaker: "Derek Kemp" }],
  },
  // A capitalised word hyphened to a lower-case one (`Halifax-area`, `Boil-water`) is a compound
  // modifier, no part of the name after it: `Roe` is the premier, not a `Halifax-area Roe`.
  {
    kind: "surname shared by two people",
    text: 'Premier Jane Roe toured the port on Monday.\n\nTom Baker, a Halifax-area Roe volunteer, said the crowd was the biggest he had seen.\n\n"We will win this riding," Roe said.',
    quotes: [{ text: "We will win this riding,", speaker: "Jane Roe" }],
  },
  // `Mr. Halloran` after `Jenna Halloran` and `Ms. Halloran`: the honorific names another of the
  // family, not the woman the text showed her sex; his words are his, not hers, nor no one's.
  {
    kind: "surname shared by two people",
    text: "Jenna Halloran came home to Dorval Creek on Monday with her husband, Owen.\n\nMs. Halloran said the smell was bad. \u201cYou walk in and get a headache,\u201d she said.\n\nMr. Halloran said it was strange. \u201cWe lost the barn,\u201d he said.",
    quotes: [
      { text: "You walk in and get a headache,", speaker: "Jenna Halloran" },
      { text: "We lost the barn,", speaker: "Halloran" },
    ],
  },
  // `Mr. Ferri` after `Andrea Ferri`, a given name many languages give to men: only a title of
  // her own would show the bearer a woman, so the honorific names him, not a new `Ferri`.
  {
    kind: "surname shared by two people",
    text: "Andrea Ferri runs a bakery in Orrin Falls.\n\n\u201cWe lost both ovens to the water,\u201d said Mr. Ferri.",
    quotes: [{ text: "We lost both ovens to the water,", speaker: "Andrea Ferri" }],
  },
  // A surname that is also a party's nickname (`Tory`) on a page of one paragraph, all read as
  // its headline: the person named before by it, not a party member named next.
  {
    kind: "surname shared by two people",
    text: "Mayor Alden Tory is urging residents of Pellworth to answer the harbour survey. \u201cWe need every voice on this one,\u201d Tory said at a Harbour Aid breakfast on Friday.",
    quotes: [{ text: "We need every voice on this one,", speaker: "Alden Tory" }],
  },
  // The bearer of a party's nickname named before it is a person, and one the text shows to be
  // a person (a title, a given name, two words: isEvidentlyPerson): not a body whose name holds
  // the word, nor the nickname met alone (`A Tory walked out`); `Mrs. Tory` is one.
  {
    kind: "surname shared by two people",
    text: "The Tory Lane Residents Association met in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "A Tory walked out of the Pellworth debate on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "Mrs. Tory opened the harbour office in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: "Tory" }],
  },
  // Nor a place whose name holds it, nor the word alone opening a sentence with nothing to show a person.
  {
    kind: "surname shared by two people",
    text: "Tory Island voted on the harbour levy on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  {
    kind: "surname shared by two people",
    text: "Tory opened the harbour office in Pellworth on Monday. \u201cWe need every voice on this one,\u201d Tory said after the vote.",
    quotes: [{ text: "We need every voice on this one,", speaker: null }],
  },
  // Where a body follows, a headline's party nickname (`Tory says`) is the party member the body
  // names, though a person before it in the headline bears it as a surname.
  {
    kind: "surname shared by two people",
    text: "Mayor Alden Tory\u2019s harbour levy \u2018will drive the ferries out of Pellworth,\u2019 Tory says\nConservative MP Jane Roe said on Monday that the harbour levy would drive the ferries out of Pellworth.",
    quotes: [{ text: "will drive the ferries out of Pellworth,", speaker: "Jane Roe" }],
  },
  // A surname misspelt by one letter slipped in, ending in s (read as a group's word), is the
  // person the text named in full (rules24B).
  {
    kind: "surname shared by two people",
    text: "Pellworth nurses ratified a contract on Sunday.\n\nIlse Marotis, who chairs the nurses' council, said workers keep their benefits.\n\n\u201cIt is huge. We broke a pattern,\u201d Marottis said.",
    quotes: [{ text: "It is huge. We broke a pattern,", speaker: "Ilse Marotis" }],
  },
  // Not fired: a group's word one letter changed from a person's surname is the group.
  {
    kind: "surname shared by two people",
    text: "Tom Torres spoke first at the Pellworth rally.\n\n\u201cWe will vote no,\u201d Tories said.",
    quotes: [{ text: "We will vote no,", speaker: "Tories" }],
  },
  // A full name the page ran together (`IlseMarotis`) is the person it spells (rules24B).
  {
    kind: "surname shared by two people",
    text: "Ilse Marotis is a student at the Pellworth Marine School.\n\n\u201cThat is why I came here,\u201d said IlseMarotis, a student from Corvale.",
    quotes: [{ text: "That is why I came here,", speaker: "Ilse Marotis" }],
  },
  // Not fired: a name with a capital inside (`McAllister`) that runs no one's name together.
  {
    kind: "surname shared by two people",
    text: "Ilse Marotis is a student at the Pellworth Marine School.\n\n\u201cThat is why I came here,\u201d said McAllister, a teacher from Corvale.",
    quotes: [{ text: "That is why I came here,", speaker: "McAllister" }],
  },
  // Not fired: a team's plural one letter short of a person's surname (`Hawks` after `Jane Hawkes`,
  // `Stars` after `Tom Starrs`) is the team; only a letter slipped into the surname misspells it (mend24B).
  {
    kind: "surname shared by two people",
    text: "Jane Hawkes coaches the Corvale juniors.\n\n\u201cWe will be back next year,\u201d Hawks said in a statement after the loss.",
    quotes: [{ text: "We will be back next year,", speaker: "Hawks" }],
  },
  {
    kind: "surname shared by two people",
    text: "Tom Starrs covered the game for the Pellworth Herald.\n\n\u201cWe will be back next year,\u201d Stars said in a statement.",
    quotes: [{ text: "We will be back next year,", speaker: "Stars" }],
  },
  // A shop's or restaurant's name a venue's noun opens before its owner's surname (`Café Rossi`, `Trattoria Bellandi`) is a business, not a person: the surname alone stays the owner's (rules24D). The business can still speak for itself.
  {
    kind: "surname shared by two people",
    text: "Julie Tessaro, who runs Café Tessaro on Front Street in Corvale, said business had slowed since the bridge closed.\n\n\u201cWe had four customers on Tuesday,\u201d Tessaro said.",
    quotes: [{ text: "We had four customers on Tuesday,", speaker: "Julie Tessaro" }],
  },
  {
    kind: "surname shared by two people",
    text: "Hugo Marchetti opened Trattoria Marchetti in Pellworth in 2011.\n\n\u201cThe rent has tripled since then,\u201d Marchetti said.",
    quotes: [{ text: "The rent has tripled since then,", speaker: "Hugo Marchetti" }],
  },
  {
    kind: "surname shared by two people",
    text: "Galerie Duplessis will close its doors in Tarnby on Friday.\n\n\u201cAfter 20 years, it is time to rest,\u201d Galerie Duplessis said in a post on its website.",
    quotes: [{ text: "After 20 years, it is time to rest,", speaker: "Galerie Duplessis" }],
  },
  {
    kind: "surname shared by two people",
    text: "Chez Lavoie, a bistro on King Street in Pellworth, closed on Monday.\n\n\u201cWe thank every customer who ever ate here,\u201d owner Anne Lavoie said.",
    quotes: [{ text: "We thank every customer who ever ate here,", speaker: "Anne Lavoie" }],
  },
  // A given name alone joined by `and` to a given name and a surname (`Glen and Marjorie Atwood`) shares the surname: `Glen said` is Glen Atwood's (rules24D). Not a word the text gave as a surname, nor a second person of that given name named in full.
  {
    kind: "surname shared by two people",
    text: "Glen and Marjorie Atwood bought the farmhouse outside Corvale in 1998.\n\n\u201cWe kept finding letters in the walls,\u201d Marjorie said.\n\nGlen said the museum opens on weekends.\n\n\u201cWe do not charge admission,\u201d he said.",
    quotes: [
      { text: "We kept finding letters in the walls,", speaker: "Marjorie Atwood" },
      { text: "We do not charge admission,", speaker: "Glen Atwood" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Ahmed and Leila Haddad opened the bakery in Tarnby in 2015.\n\n\u201cIt was a risk,\u201d Ahmed said. \u201cWe had two kids and no savings.\u201d",
    quotes: [
      { text: "It was a risk,", speaker: "Ahmed Haddad" },
      { text: "We had two kids and no savings.", speaker: "Ahmed Haddad" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Coun. Tom Kelly chaired the meeting in Pellworth on Tuesday.\n\nAfterward, Kelly and Jane Roe toured the site.\n\n\u201cIt is worse than I thought,\u201d Kelly said.",
    quotes: [{ text: "It is worse than I thought,", speaker: "Tom Kelly" }],
  },
  {
    kind: "surname shared by two people",
    text: "Glen and Marjorie Atwood bought the house in 1998. Their neighbour, Glen Farrow, helped with the roof.\n\n\u201cI did the shingles myself,\u201d Farrow said.",
    quotes: [{ text: "I did the shingles myself,", speaker: "Glen Farrow" }],
  },
  // A noun for the pair opening the sentence (`Sisters Anna and Maria Costa`, `Parents Rick and Dana Holm`) is no part of the first given name (rules24D).
  {
    kind: "surname shared by two people",
    text: "Sisters Anna and Maria Costa say they were turned away from the Corvale pool on Sunday.\n\n\u201cNobody told us why,\u201d Maria Costa said.\n\n\u201cWe had paid for the whole summer,\u201d Anna said.",
    quotes: [
      { text: "Nobody told us why,", speaker: "Maria Costa" },
      { text: "We had paid for the whole summer,", speaker: "Anna Costa" },
    ],
  },
  {
    kind: "surname shared by two people",
    text: "Parents Rick and Dana Holm say the Pellworth school ignored their complaints.\n\n\u201cNobody ever called us back,\u201d Rick said.",
    quotes: [{ text: "Nobody ever called us back,", speaker: "Rick Holm" }],
  },
  {
    kind: "surname shared by two people",
    text: "Parents Council chair Tina Voss said the Tarnby school needs a new gym.\n\n\u201cThe old one leaks every spring,\u201d Voss said.",
    quotes: [{ text: "The old one leaks every spring,", speaker: "Tina Voss" }],
  },
  // A team's plural that is a surname with a letter slipped in right before its last `s` (`Hawks`
  // after Jane Haws) stays the team, no misspelling of hers (mend24D, rev24e 11).
  {
    kind: "surname shared by two people",
    text: "Jane Haws coaches the Corvale juniors.\n\n\u201cWe will be back next year,\u201d Hawks said in a statement after the loss.",
    quotes: [{ text: "We will be back next year,", speaker: "Hawks" }],
  },
  // So does a party's (`Tories` after Jane Toris) (mend24D, rev24e 11).
  {
    kind: "surname shared by two people",
    text: "Jane Toris sits on the Corvale council.\n\n\u201cWe will vote no,\u201d Tories said in a statement.",
    quotes: [{ text: "We will vote no,", speaker: "Tories" }],
  },
  {
    kind: "surname shared by two people",
    text: "Rosa Delgado Day said the ward was short of staff. \u201cWe need more nurses,\u201d Day said.",
    quotes: [{ text: "We need more nurses,", speaker: "Rosa Delgado Day" }],
  },
  // A particle-led surname after an honorific of the other sex than its one bearer's own title
  // names someone else of the family, as a one-word surname does (`Ms. Van Hoof` after `Mr. Tom
  // Van Hoof`): not that bearer (mend26B, invented news).
  {
    kind: "surname shared by two people",
    text: "Mr. Tom Van Hoof runs the dairy on the county road.\n\n\u201cWe sell milk,\u201d Ms. Van Hoof said.",
    quotes: [{ text: "We sell milk,", speaker: "Van Hoof" }],
  },
  {
    kind: "surname shared by two people",
    text: "Ms. Lindsay Van Hoof runs the dairy on the county road.\n\n\u201cWe sell milk,\u201d Mr. Van Hoof said.",
    quotes: [{ text: "We sell milk,", speaker: "Van Hoof" }],
  },
  // A couple named together (`Mark and Patti Chipman`): the pronoun after their bare surname tells which of the two it is.
  {
    kind: "surname shared by two people",
    text: 'Mark and Patti Chipman sat at the head table at a dinner for outgoing Premier Gary Doer.\n\nChipman didn\'t understand. "What for?" he asked.',
    quotes: [{ text: "What for?", speaker: "Mark Chipman" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Mark and Patti Chipman sat at the head table at a dinner for outgoing Premier Gary Doer.\n\nChipman smiled. "It was a lovely night," she said.',
    quotes: [{ text: "It was a lovely night,", speaker: "Patti Chipman" }],
  },
  {
    kind: "surname shared by two people",
    text: 'Mark and Patti Chipman sat at the head table at a dinner for outgoing Premier Gary Doer.\n\n"We were honoured," Patti Chipman said.',
    quotes: [{ text: "We were honoured,", speaker: "Patti Chipman" }],
  },
];
