// Regression cases of the kind “speaker named after the quote” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SPEAKER_NAMED_AFTER_THE_QUOTE: RegressionCase[] = [
  {
    // `Nobody answered.` after a quotation is no speaker answering it.
    kind: "speaker named after the quote",
    text: "MPP Tom Hale stood as the premier left the chamber.\n\n“Is this your plan?” Nobody answered him.",
    quotes: [{ text: "Is this your plan?", speaker: "Tom Hale" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke first. “We will win,” he said.\n“The numbers are worse than expected,” said Maria Lopez, an economist.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "The numbers are worse than expected,", speaker: "Maria Lopez" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke first. “We will win,” he said.\n“Nobody believes that,” Maria Lopez, an economist, replied.",
    quotes: [
      { text: "We will win,", speaker: "Tom Baker" },
      { text: "Nobody believes that,", speaker: "Maria Lopez" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "“We were promised more,” said Diana Rossi, a student from Hull. “But the dream has changed,” agrees Michelle Grant, 30, of Croydon.",
    quotes: [
      { text: "We were promised more,", speaker: "Diana Rossi" },
      { text: "But the dream has changed,", speaker: "Michelle Grant" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker has fished the river for 40 years. 'I've never seen anything like it,' the 62-year-old said.",
    quotes: [{ text: "I've never seen anything like it,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "“It was a long night,” Jane Roe said. “Nobody slept,” recalled Sgt. Maria Lopez, who led the search.",
    quotes: [
      { text: "It was a long night,", speaker: "Jane Roe" },
      { text: "Nobody slept,", speaker: "Maria Lopez" },
    ],
  },
  // A verb of manner ("pressed", "scoffed") attributes as "said" does, before or after its speaker.
  {
    kind: "speaker named after the quote",
    text: "The interview turned to the budget.\n“Would cuts be on the table?” Jane Roe pressed.\n“Not this year,” Tom Baker answered. “We have room.”",
    quotes: [
      { text: "Would cuts be on the table?", speaker: "Jane Roe" },
      { text: "Not this year,", speaker: "Tom Baker" },
      { text: "We have room.", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "The mill closed in March.\n“Nobody asked us,” scoffed Margaret Booth, who worked there for 30 years.",
    quotes: [{ text: "Nobody asked us,", speaker: "Margaret Booth" }],
  },
  // Inverted after the quotation, they take the description and the name after it: `underscored the province’s top doctor, X`.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker opened the briefing with the new case counts.\n“Nobody should travel this weekend,” underscored the province’s top doctor, Jane Roe.",
    quotes: [{ text: "Nobody should travel this weekend,", speaker: "Jane Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Coach Tom Baker said the team was healthy.\n“We might see some new faces on Saturday,” hinted the club’s general manager, Ana Ruiz.",
    quotes: [{ text: "We might see some new faces on Saturday,", speaker: "Ana Ruiz" }],
  },
  // A phrasal verb speaks with its particle: `shot back`, `cut in`.
  {
    kind: "speaker named after the quote",
    text: "The debate turned sour.\n“You have no plan at all,” Jane Roe said.\n“I have a better plan than yours,” Tom Baker shot back. “Let me finish.”",
    quotes: [
      { text: "You have no plan at all,", speaker: "Jane Roe" },
      { text: "I have a better plan than yours,", speaker: "Tom Baker" },
      { text: "Let me finish.", speaker: "Tom Baker" },
    ],
  },
  // Named after the quote by a description the lexicon need not know: `said the designer, who …`.
  // The text never names the designer, so no name; but not Jane Roe either.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke first. “We can still catch up,” said the tailor, who works for another shop.",
    quotes: [{ text: "We can still catch up,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker posted the photo on Monday.\n“The town will find a way,” wrote one commenter.\n“Better watch out,” tweeted another.",
    quotes: [
      { text: "The town will find a way,", speaker: null },
      { text: "Better watch out,", speaker: null },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker resigned on Friday. “Choke!” read the front page of the Herald.",
    quotes: [{ text: "Choke!", speaker: null }],
  },
  // Named after the quote with no comma, by a long description that runs into the name.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe denied the story.\n“The mayor invited us to his office” the Star’s senior city hall reporter Tom Baker responded.",
    quotes: [{ text: "The mayor invited us to his office", speaker: "Tom Baker" }],
  },
  // Signed in the paragraph below, the way lists of quotes credit them.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke about the budget.\n“Big companies pay no taxes at all.”\n- Tom Baker.\nThat claim is false.",
    quotes: [{ text: "Big companies pay no taxes at all.", speaker: "Tom Baker" }],
  },
  // The verb opens the sentence: `Said Baker, “…”`.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe left early. Said Baker, “The thought is painful.”",
    quotes: [{ text: "The thought is painful.", speaker: "Baker" }],
  },
  // `X said, adding, “…”`: the participle shares the verb's subject, not the sentence's first name.
  {
    kind: "speaker named after the quote",
    text: "Tom Hadley left early. Hadley did not stay for the toasts, Jane Roe said, adding, “He was never one for speeches.”",
    quotes: [{ text: "He was never one for speeches.", speaker: "Jane Roe" }],
  },
  // `Another tweeted, “…”`: the determiner alone is the speaker, not the last one named.
  {
    kind: "speaker named after the quote",
    text: "Dave Hill tweeted, “Two of a kind.”\nAnother tweeted, “She thinks she is above the rules.”",
    quotes: [
      { text: "Two of a kind.", speaker: "Dave Hill" },
      { text: "She thinks she is above the rules.", speaker: null },
    ],
  },
  // A subordinate clause after the quotation (`when X attacked him`) does not attribute it.
  {
    kind: "speaker named after the quote",
    text: "The ad ends with footage of Tom Baker saying during the debate, “That makes me smart,” when Jane Roe attacked him over his taxes.",
    quotes: [{ text: "That makes me smart,", speaker: "Tom Baker" }],
  },
  // `Said X, who …, “…”`: the verb opens the sentence, an appositive follows the name.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker's old house is a museum now. Said Jane Roe, who grew up next door, “The whole street cheered for him.”",
    quotes: [{ text: "The whole street cheered for him.", speaker: "Jane Roe" }],
  },
  // A verb of the face (`smiled`, `grinned`) beside a quotation reports it as speech, like
  // `beamed`: it may come before its speaker too.
  {
    kind: "speaker named after the quote",
    text: "The Eagles won their third game in a row on Friday.\n“We have finally learned how to close out a close game,” smiled Dan Moreau, who made 30 saves.\n“It took us a while.”",
    quotes: [
      { text: "We have finally learned how to close out a close game,", speaker: "Dan Moreau" },
      { text: "It took us a while.", speaker: "Dan Moreau" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Coach Lisa Brandt was asked about the goalie.\n“I cannot stand playing against him,” she grinned.",
    quotes: [{ text: "I cannot stand playing against him,", speaker: "Lisa Brandt" }],
  },
  // A verb after `and` that follows the quotation shares the subject before it; what comes after
  // that verb is its object (`told the teen`), never an inverted speaker.
  {
    kind: "speaker named after the quote",
    text: "Judge Ann Lee handed down the sentence on Tuesday.\nLee called it a “cruel and senseless crime,” and told the jury she had no doubt about his guilt.",
    quotes: [{ text: "cruel and senseless crime,", speaker: "Ann Lee" }],
  },
  // A bare quotation paragraph that nobody before claims goes to the person whose speech opens the next paragraph.
  {
    kind: "speaker named after the quote",
    text: "Premier Ann Forde said the federal plan was a mistake.\n\nOn Tuesday, Forde’s staff said Opposition Leader Tom Baker had misheard a question about the plan.\n\nBy then the clip had spread online.\n\n“If they scrap the plan, that would be the right thing to do.”\n\nBaker says the “they” he meant was the provincial government.",
    quotes: [{ text: "If they scrap the plan, that would be the right thing to do.", speaker: "Tom Baker" }],
  },
  // A bare quotation opening the article after a dateline: its speaker is brought in by the next
  // paragraph, as the subject of a verb of saying or of a statement; an attributed lead keeps its own.
  {
    kind: "speaker named after the quote",
    text: "OTTAWA — “We are at a critical point in this outbreak and every day counts.”\n\nDr. Jane Roe, the chief public health officer, issued an urgent call on Monday for everyone to get a booster.\n\n“Please book your appointment,” Roe told reporters.",
    quotes: [
      { text: "We are at a critical point in this outbreak and every day counts.", speaker: "Jane Roe" },
      { text: "Please book your appointment,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "“It is time for a change in this province.”\n\nLiberal Leader Ann Cole said Tuesday that her party would run on housing.",
    quotes: [{ text: "It is time for a change in this province.", speaker: "Ann Cole" }],
  },
  {
    kind: "speaker named after the quote",
    text: "REGINA — “We cannot keep doing the same thing,” Mayor Tom Baker said.\n\nPolice Chief Sam Lee told a news conference on Tuesday that the force would change its approach.",
    quotes: [{ text: "We cannot keep doing the same thing,", speaker: "Tom Baker" }],
  },
  // A clause joined after a quotation by `and` that leads into another quotation introduces that
  // one; the first keeps the speaker before it.
  {
    kind: "speaker named after the quote",
    text: "The team flew home from Winnipeg on Monday.\n\nCoach Tom Baker called the win “really huge,” and goalie Ann Cole said it was “a long time coming.”",
    quotes: [
      { text: "really huge,", speaker: "Tom Baker" },
      { text: "a long time coming.", speaker: "Ann Cole" },
    ],
  },
  // Any past-tense verb straight after a quotation, then a name that ends the clause, inverts like `said X`;
  // a role without a determiner before the name is its title.
  {
    kind: "speaker named after the quote",
    text: "The home crowd rose as the final buzzer neared.\n\n“Let’s go! Let’s go!” urged veteran guard Tom Baker.\n\n“Not yet!” cheered Ann Marsh, as the lights dimmed.",
    quotes: [
      { text: "Let’s go! Let’s go!", speaker: "Tom Baker" },
      { text: "Not yet!", speaker: "Ann Marsh" },
    ],
  },
  // A parenthesis set off by dashes between the quotation and its inverted verb.
  {
    kind: "speaker named after the quote",
    text: "The bench was loud all night.\n\n“Ten more points!” — raising the stakes — shouted Ann Marsh.",
    quotes: [{ text: "Ten more points!", speaker: "Ann Marsh" }],
  },
  // … but a name that is the object of a longer clause is not the speaker.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker addressed the rally in the rain.\n\n“We will win this!” prompted Ann Marsh to leave the stage early.",
    quotes: [{ text: "We will win this!", speaker: "Tom Baker" }],
  },
  // `revealed` is a verb of saying: `“…,” Marsh revealed` is Marsh's, not the last person named.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker skated by the bench after the hit, which Ann Marsh did not like.\n\n“First of all, get away from the bench,” Marsh revealed. “Second, he was lucky.”",
    quotes: [
      { text: "First of all, get away from the bench,", speaker: "Ann Marsh" },
      { text: "Second, he was lucky.", speaker: "Ann Marsh" },
    ],
  },
  // A short quotation whose comma is followed by a role, a name and a verb of saying is speech, not a run-on term.
  {
    kind: "speaker named after the quote",
    text: "Ann Marsh was sent down after the loss. “She’s the best,” manager Tom Baker said. “She’ll be back.”",
    quotes: [
      { text: "She’s the best,", speaker: "Tom Baker" },
      { text: "She’ll be back.", speaker: "Tom Baker" },
    ],
  },
  // `co-anchor` is a role by its head after the hyphen: the name it runs into speaks.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker defended the plan, saying it was new.\n\n“That was the first time in a year, minister,” Radio One Morning Report co-host Ann Marsh said. “It rarely happens.”",
    quotes: [
      { text: "That was the first time in a year, minister,", speaker: "Ann Marsh" },
      { text: "It rarely happens.", speaker: "Ann Marsh" },
    ],
  },
  // A lead quotation after a dateline, below a teaser naming someone else: the next paragraph brings in its speaker.
  {
    kind: "speaker named after the quote",
    text: "Premier Tom Baker has not ruled out a lockdown.\n\nHALIFAX — “Please stay home this weekend.”\n\nDr. Jane Roe, the province’s top doctor, issued the plea on Friday as cases rose for a fifth day.",
    quotes: [{ text: "Please stay home this weekend.", speaker: "Jane Roe" }],
  },
  // `as defined by X` after a quotation: the passive's agent is the quotation's source, not the last speaker.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe spoke to the council on Monday.\n\nThe old name is widely seen as “a slur with a long history,” as defined by the Oxford English Dictionary.",
    quotes: [{ text: "a slur with a long history,", speaker: "Oxford English Dictionary" }],
  },
  {
    kind: "speaker named after the quote",
    text: "“We will table the budget next week,” said Minister of Finance Tom Baker.",
    quotes: [{ text: "We will table the budget next week,", speaker: "Tom Baker" }],
  },
  // `“…” from NAME` right after the quotation credits the words to that person, as `according to` does.
  {
    kind: "speaker named after the quote",
    text: "Premier Jane Roe and opposition leader Tom Baker traded barbs all afternoon.\n\nThe session opened with a cheerful “We kept our promise!” from Roe.\n\nIt ended with “When will you resign?” and “I am still waiting for an answer” from Baker.",
    quotes: [
      { text: "We kept our promise!", speaker: "Jane Roe" },
      { text: "When will you resign?", speaker: "Tom Baker" },
      { text: "I am still waiting for an answer", speaker: "Tom Baker" },
    ],
  },
  // `murmured` is a verb of speaking in a manner like `muttered`: after a quotation that
  // trails off in an ellipsis it still names the speaker after it, who keeps the next lines.
  {
    kind: "speaker named after the quote",
    text: "“We had nothing left in the legs…” murmured goalie Anton Brisbois, staring at the floor.\n\n“It is on all of us.”",
    quotes: [
      { text: "We had nothing left in the legs…", speaker: "Anton Brisbois" },
      { text: "It is on all of us.", speaker: "Anton Brisbois" },
    ],
  },
  // A pull quote closed by mixed marks (`…county."”`) is still signed by the dash line below it.
  {
    kind: "speaker named after the quote",
    text: 'The mayor toured the flooded streets on Monday.\n\n“We will rebuild every home in this county."”\n\n- Mayor Lionel Okafor\n\nCrews worked through the night.',
    quotes: [{ text: "We will rebuild every home in this county.", speaker: "Lionel Okafor" }],
  },
  // `a spokeswoman for the opposition caucus said`: the role speaks for the group after its link.
  {
    kind: "speaker named after the quote",
    text: "Mayor Jane Porter defended the plan. “We are ready,” Porter said.\n\n“The roads were never cleared,” a spokeswoman for the opposition caucus said.",
    quotes: [
      { text: "We are ready,", speaker: "Jane Porter" },
      { text: "The roads were never cleared,", speaker: null },
    ],
  },
  // A delayed identification: `one economist` in the lead is the economist the body names later.
  {
    kind: "speaker named after the quote",
    text: 'The town\'s review of its water rates has dragged on for two years, a delay one economist calls "simply absurd".\nCouncil first ordered the review after a wet spring flooded the plant.\nThe plant was rebuilt the next year at a cost of $4 million.\nHalifax economist Ruth Abernathy said the rates should have been settled long ago.',
    quotes: [{ text: "simply absurd", speaker: "Ruth Abernathy" }],
  },
  // A party's word for one of its members, alone in a headline (`Conservative says`), is the person the article names.
  {
    kind: "speaker named after the quote",
    text: "Transit cuts are ‘the wrong answer for riders,’ Conservative says\nOttawa Citizen\nThe city's budget plan drew fire on Tuesday from the Opposition benches.\nTransit critic Dana Whitfield said the cuts are “the wrong answer for riders” as council met.",
    quotes: [
      { text: "the wrong answer for riders,", speaker: "Dana Whitfield" },
      { text: "the wrong answer for riders", speaker: "Dana Whitfield" },
    ],
  },
  // An organisation's name with a link and an amount describes the name after its role.
  {
    kind: "speaker named after the quote",
    text: "The movement plans a protest, the Daily Courier reports.\n\n“People cannot wait any longer,” Fair Pay for $20 organizing director Dana Polk told reporters in Halifax.",
    quotes: [{ text: "People cannot wait any longer,", speaker: "Dana Polk" }],
  },
  // `el` is a name particle.
  {
    kind: "speaker named after the quote",
    text: "The minister was travelling to Rome, the Herald reported. “We spoke to him just before he left,” his cousin Karim el Said added.",
    quotes: [{ text: "We spoke to him just before he left,", speaker: "Karim el Said" }],
  },
  // A relative clause after a quoted noun phrase names nobody; a gloss after a dash signs nothing.
  {
    kind: "speaker named after the quote",
    text: "Olga Brandt sued the committee last year. She also seeks “an order barring the chairman from repeating false statements” that have been made about her.",
    quotes: [{ text: "an order barring the chairman from repeating false statements", speaker: "Olga Brandt" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Once, as Tom Baker rowed past a ferry, his cousins shouted, “Arrivederci!” - Italian for “goodbye.”",
    quotes: [{ text: "Arrivederci!", speaker: null }],
  },
  // A page that opens on a quotation by `he`, the speaker named only in the next sentence: the
  // subject that opens that sentence speaks, for want of anyone before the pronoun.
  {
    kind: "speaker named after the quote",
    text: "“We are not going anywhere,” he said. Farid Haddad, who runs the corner bakery on Elm Street, has baked there for 30 years.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Farid Haddad" }],
  },
  // The guard: a person named before the pronoun is its antecedent, whoever the next sentence names.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke to the crowd outside the shop.\n\n“We are not going anywhere,” he said. Farid Haddad, who runs the corner bakery on Elm Street, has baked there for 30 years.",
    quotes: [{ text: "We are not going anywhere,", speaker: "Tom Baker" }],
  },
  // A name and a closing past-tense verb no verb list holds (`retaliated`) after a quotation
  // speak it, as `Jane Roe said` does; the speaker before does not carry over.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker told the council the farm was finished. “Nobody wants the land,” he claimed.\n\n“The land has been ours for a century,” an angry Jane Roe retaliated. “We will farm it for another.”",
    quotes: [
      { text: "Nobody wants the land,", speaker: "Tom Baker" },
      { text: "The land has been ours for a century,", speaker: "Jane Roe" },
      { text: "We will farm it for another.", speaker: "Jane Roe" },
    ],
  },
  // The guard: a verb of saying before a partial quotation introduces it; a name and an
  // unlisted verb after it (`relented`) are the main clause, no attribution.
  {
    kind: "speaker named after the quote",
    text: "The bill passed on Monday. After Pierre Lamont called the bill “a disgrace,” Justin Marchand relented.",
    quotes: [{ text: "a disgrace,", speaker: "Pierre Lamont" }],
  },
  // `state` before a title or a noun opening the clause after a quotation is a modifier, not an
  // inverted verb: the finite verb after it attributes (not the group named a paragraph before).
  {
    kind: "speaker named after the quote",
    text: "Democrats said the bill was unfair.\n\n“We are tying their hands,” state Sen. Mara Quill (D) said during the debate.",
    quotes: [{ text: "We are tying their hands,", speaker: "Mara Quill" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Liberals said the plan was late.\n\n“The roads will reopen on Monday,” state officials said in a release.",
    quotes: [{ text: "The roads will reopen on Monday,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Liberals said the plan was late.\n\n“The numbers are stark,” report author Nadia Brook said.",
    quotes: [{ text: "The numbers are stark,", speaker: "Nadia Brook" }],
  },
  // A slogan quoted inside the appositive between the speaker and the verb is part of the description.
  {
    kind: "speaker named after the quote",
    text: "Not everyone was pleased.\n\n“We have had better weeks than this one,” Yukon delegate Mary Tremblay, wearing a red scarf and “Vote Roe” pins, said quietly as the hall emptied.",
    quotes: [{ text: "We have had better weeks than this one,", speaker: "Mary Tremblay" }],
  },
  // A title closing the appositive, its comma inside the marks, is part of the description too.
  {
    kind: "speaker named after the quote",
    text: "“It was a good year for the press,” Mary Tremblay, author of “The Long Winter,” said on Monday.",
    quotes: [{ text: "It was a good year for the press,", speaker: "Mary Tremblay" }],
  },
  // A headline's quotation repeats the body's: whoever the body has say it said it.
  {
    kind: "speaker named after the quote",
    text: "Skip to content\n\n‘We will rebuild every home’: Flooded town counts the cost, officials say\n\nWater covered the main street for three days.\n\n“We will rebuild every home, and we will start this week,” Mayor Rita Vale said on Monday.",
    quotes: [
      { text: "We will rebuild every home", speaker: "Rita Vale" },
      { text: "We will rebuild every home, and we will start this week,", speaker: "Rita Vale" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Skip to content\n\n‘Not on my watch’: Flooded town counts the cost, officials say\n\nWater covered the main street for three days.\n\n“We will rebuild every home, and we will start this week,” Mayor Rita Vale said on Monday.",
    quotes: [
      { text: "Not on my watch", speaker: null },
      { text: "We will rebuild every home, and we will start this week,", speaker: "Rita Vale" },
    ],
  },
  // A handle that spells a person named in full is that person; a handle that spells nobody named is no name.
  {
    kind: "speaker named after the quote",
    text: '“We began a work-to-rule campaign,” said union President Dana Lowe.\n\n"They did not bring a single offer" says @DanaLowe of the union. — Ron Pike (@RPikeNews) May 2, 2020',
    quotes: [
      { text: "We began a work-to-rule campaign,", speaker: "Dana Lowe" },
      { text: "They did not bring a single offer", speaker: "Dana Lowe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: 'Talks broke down on Friday.\n\n"They did not bring a single offer" says @RPikeNews. — Ron Pike May 2, 2020',
    quotes: [{ text: "They did not bring a single offer", speaker: null }],
  },
  // A headline's quotation with no speaker of its own (`Comets GM ‘…’ by …`, no verb of saying)
  // is the words the body quotes from a named speaker.
  {
    kind: "speaker named after the quote",
    text: 'Skip to main content\n\nComets GM \'deeply, deeply, deeply disappointed\' by playoff exit but plans to stay on\n\nShare\n\nJane Roe made it clear she believes the team can win.\n\nRoe said her players are "just crushed," and said she is personally "deeply, deeply, deeply disappointed."',
    quotes: [
      { text: "deeply, deeply, deeply disappointed", speaker: "Jane Roe" },
      { text: "just crushed,", speaker: "Jane Roe" },
      { text: "deeply, deeply, deeply disappointed.", speaker: "Jane Roe" },
    ],
  },
  // Guard: inside a sentence, three words the body repeats are as often a slogan: not lent.
  {
    kind: "speaker named after the quote",
    text: "Skip to main content\n\nComets fans 'feel the heat' at packed home opener but stay upbeat\n\nShare\n\nJane Roe made it clear she believes the team can win.\n\nRoe said fans could \"feel the heat\" from the stands.",
    quotes: [
      { text: "feel the heat", speaker: null },
      { text: "feel the heat", speaker: "Jane Roe" },
    ],
  },
  // A headline's place as speaker (`Ontario declares … amid ‘…’`) gives way to the person the body quotes saying the words.
  {
    kind: "speaker named after the quote",
    text: "Advertisement\n\nOntario declares state of emergency amid ‘driest summer anyone can remember’\n\nOntario Premier Jane Roe declared a provincial emergency Friday evening.\n\n“We are facing the driest summer anyone can remember,” Roe said.",
    quotes: [
      { text: "driest summer anyone can remember", speaker: "Jane Roe" },
      { text: "We are facing the driest summer anyone can remember,", speaker: "Jane Roe" },
    ],
  },
  // Guard: a person named as the headline's speaker keeps the words, though another says them below.
  {
    kind: "speaker named after the quote",
    text: "Advertisement\n\nJane Roe says province faces ‘worst flood season in our history’\n\nOntario Premier Jane Roe declared a provincial emergency Friday evening.\n\n“We are facing the worst flood season in our history,” said Tom Baker, the mayor.",
    quotes: [
      { text: "worst flood season in our history", speaker: "Jane Roe" },
      { text: "We are facing the worst flood season in our history,", speaker: "Tom Baker" },
    ],
  },
  // `“…” to the families, said Grand Chief Jane Roe.`: the quotation runs on into the sentence,
  // and `said` set off by a comma with a name closing the sentence is its inverted attribution.
  {
    kind: "speaker named after the quote",
    text: 'Tom Baker said the hearings began in May.\n\n"It is painful, but it is giving some answers" to the families, said Grand Chief Jane Roe.',
    quotes: [{ text: "It is painful, but it is giving some answers", speaker: "Jane Roe" }],
  },
  // Guard: after `“…,” Name, an appositive, told X`, the subject before the comma speaks, not the object.
  {
    kind: "speaker named after the quote",
    text: 'Tom Baker said the hearings began in May.\n\n"It is painful, but it is giving some answers," Grand Chief Jane Roe, a speaker at the hearing, told Tom Baker.',
    quotes: [{ text: "It is painful, but it is giving some answers,", speaker: "Jane Roe" }],
  },
  // `…,” according to the RCMP.`: a body's name after `the`, ending in no speaker noun, is the source.
  {
    kind: "speaker named after the quote",
    text: "The alerts are meant for “only the most urgent abduction cases,” according to the RCMP.",
    quotes: [{ text: "only the most urgent abduction cases,", speaker: "RCMP" }],
  },
  // Guard: `according to the FBI data` names a writing, no speaker.
  {
    kind: "speaker named after the quote",
    text: "The town had “the lowest crime rate in a decade,” according to the FBI data.",
    quotes: [{ text: "the lowest crime rate in a decade,", speaker: null }],
  },
  // Guard: with no verb of saying before it, the speaker after `but` still speaks it.
  {
    kind: "speaker named after the quote",
    text: "The council met on Tuesday.\n\n“We cannot afford another delay on this road,” but Mayor Jane Roe said that was the last word.",
    quotes: [{ text: "We cannot afford another delay on this road,", speaker: "Jane Roe" }],
  },
  // `…,” said Libe` closing the page: a name cut off by the text's end, no full stop after it,
  // names no one, and no earlier speaker is lent to the quotation either.
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Monday the plan would go ahead.\n\n“This closure puts every family in the valley at risk,” said Opp",
    quotes: [{ text: "This closure puts every family in the valley at risk,", speaker: null }],
  },
  // Guard: a surname known from before is whole, even with no full stop after it.
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Monday the plan would go ahead.\n\n“This closure protects every family in the valley,” said Baker",
    quotes: [{ text: "This closure protects every family in the valley,", speaker: "Tom Baker" }],
  },
  // `… of Indigenous Peoples (UNDRIP), said Baker.`: after a bracket closing what was reported,
  // the name after the verb speaks, and a later `he` stands for him.
  {
    kind: "speaker named after the quote",
    text: "The deal follows the Declaration on the Rights of Northern Peoples (DRNP), said Baker.\n\n“We will finally stand as our own government,” he said.",
    quotes: [{ text: "We will finally stand as our own government,", speaker: "Baker" }],
  },
  // Guard: a name with its party in brackets before `said` is still the subject.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe (Liberal) said the deal was “a long time coming.”",
    quotes: [{ text: "a long time coming.", speaker: "Jane Roe" }],
  },
  // A page's menu (`Menu`, `Topics`, one word a line) above the headline: the headline's
  // quotation is still among the article's first paragraphs, and the body's speaker of its words said it.
  {
    kind: "speaker named after the quote",
    text: "Menu\n\nTopics\n\nConnect\n\nComments\n\nWant to discuss? Please read our policy first.\n\n‘We are ready for the season’: Coach looks ahead in year-end interview\n\nThe biggest questions facing the club this year include injuries, the salary cap and a new arena.\n\nThe biggest questions facing the club this year include injuries, the salary cap and a new arena.\n\nIn a sit-down interview, coach Tom Baker spoke to reporters about the year.\n\n“It has been a long year. We are ready for the season,” he said.",
    quotes: [
      { text: "We are ready for the season", speaker: "Tom Baker" },
      { text: "It has been a long year. We are ready for the season,", speaker: "Tom Baker" },
    ],
  },
  // `“…?” questioned commuter Jane Roe on Sunday`: after a question, `questioned` is inverted
  // like `asked`, its speaker after it.
  {
    kind: "speaker named after the quote",
    text: "Title here\n\nTransit riders gathered downtown.\n\n“Which bus reaches the mill now?” questioned commuter Jane Roe on Sunday.",
    quotes: [{ text: "Which bus reaches the mill now?", speaker: "Jane Roe" }],
  },
  // An organisation's name with its acronym in brackets before a role and a name (`Halifax
  // Transit Authority (HTA) Deputy Chief Jane Roe said`): the brackets break no attribution, so
  // the name after them speaks, not the speaker of the sentence before.
  {
    kind: "speaker named after the quote",
    text: "The bridge was closed for six hours, officials said.\n\n“Divers searched the river until dark,” Halifax Transit Authority (HTA) Deputy Chief Jane Roe told reporters on Monday.\n\n“The union has not been consulted,” Canadian Union of Bus Drivers (CUBD) president Tom Baker said.\n\nThe bridge reopened at noon, Mayor Sam Lee said.\n\n“We will review every call,” Ottawa Fire Services (OFS) Capt. Ann Chu said.",
    quotes: [
      { text: "Divers searched the river until dark,", speaker: "Jane Roe" },
      { text: "The union has not been consulted,", speaker: "Tom Baker" },
      { text: "We will review every call,", speaker: "Ann Chu" },
    ],
  },
  // A headline trims the quotation it repeats (`'It's hard to believe this happened to us'` above
  // `“It's really hard to believe that this happened to us,” Jane Roe said`): its words, in order
  // with a word or two left out, are still the body's quotation, and its speaker said them.
  {
    kind: "speaker named after the quote",
    text: "'It's hard to believe this happened to us': flood leaves town reeling\n\nThe river rose two metres overnight.\n\nHundreds of homes were flooded.\n\nJane Roe lost her home on Main Street.\n\n\"It's really hard to believe that this happened to us, but the water came so fast,\" Roe said.\n\n\"We had ten minutes to get out.\"",
    quotes: [
      { text: "It's hard to believe this happened to us", speaker: "Jane Roe" },
      { text: "It's really hard to believe that this happened to us, but the water came so fast,", speaker: "Jane Roe" },
      { text: "We had ten minutes to get out.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "'We will not let them close this school without a fight': parents rally\n\nParents gathered outside the school board on Tuesday.\n\nThe board will vote next week.\n\n\"We will not let them close this school without a real fight,\" said Tom Baker, whose two children attend it.",
    quotes: [
      { text: "We will not let them close this school without a fight", speaker: "Tom Baker" },
      { text: "We will not let them close this school without a real fight,", speaker: "Tom Baker" },
    ],
  },
  // Two people, each with a role before the name, joined by `and` as the subject of one verb of
  // saying (`union leader Tom Reid and board chair Ann Kwan said in a joint statement`): the
  // statement is theirs, not the one an earlier paragraph's `officials noted` introduced.
  {
    kind: "speaker named after the quote",
    text: 'Officials noted that the mill had been losing money for years.\n\n"We can only wonder whether anyone in the ministry read our proposal," union leader Tom Reid and board chair Ann Kwan said in a joint statement.\n\nThe mill employs 300 people.',
    quotes: [{ text: "We can only wonder whether anyone in the ministry read our proposal,", speaker: "Ann Kwan" }],
  },
  {
    kind: "speaker named after the quote",
    text: 'Residents say the crossing has been dangerous for a decade.\n\n"This intersection needs a signal before someone else is hurt," ward councillor Lise Moreau and school trustee Dev Patel, both longtime residents, wrote in a letter to the city.\n\nThe city will study the crossing this fall.',
    quotes: [{ text: "This intersection needs a signal before someone else is hurt,", speaker: "Dev Patel" }],
  },
  // Two sets of initials joined by a hyphen (`the M.T.W.-O.L.F.`) are one abbreviation: its
  // full stop ends no sentence, so the appositive and the verb after it still attribute.
  {
    kind: "speaker named after the quote",
    text: 'The vote was closer than anyone expected.\n\n"Members were never going to follow the leadership blindly," Rita Okafor, a former organizer for the M.T.W.-O.L.F. and a longtime activist, wrote in an email.\n\nThe results will be certified next week.',
    quotes: [{ text: "Members were never going to follow the leadership blindly,", speaker: "Rita Okafor" }],
  },
  // A headline's topic before a colon (`Wildfire season:`, `School closures:`) is no label of the
  // speaker when a verb of saying after the quotation names someone else (`B.C. firefighter
  // says`): that clause attributes it, and a description with no name gives no one.
  {
    kind: "speaker named after the quote",
    text: "Wildfire season: ‘It was like a wall of flame’ B.C. firefighter says\n\nThe fire jumped the highway overnight.",
    quotes: [{ text: "It was like a wall of flame", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "School closures: ‘My kids are lost’ Halifax mother says\n\nClasses were cancelled for a third week.",
    quotes: [{ text: "My kids are lost", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ferry cuts: ‘We feel abandoned,’ says Mayor Nora Quinlan\n\nThe last sailing left at noon.",
    quotes: [{ text: "We feel abandoned,", speaker: "Nora Quinlan" }],
  },
  // A headline or deck picks two or three words out of a body's quotation (`Town ‘on alert’ as …`,
  // `Minister slams ‘lazy planning’`): the one person the body quotes saying them said them.
  // Not when two people say them, nor when the body quotes them as no one's (a slogan).
  {
    kind: "speaker named after the quote",
    text: "Floods: Town ‘on alert’ as hundreds evacuated, state of emergency declared\n\nThe river rose half a metre overnight.\n\nSandbags were handed out at the arena on Sunday.\n\n“The whole town is on alert tonight, and the arena stays open,” Mayor Jane Roe said.",
    quotes: [
      { text: "on alert", speaker: "Jane Roe" },
      { text: "The whole town is on alert tonight, and the arena stays open,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Transit plan delayed again\n\nMinister slams 'lazy planning' as rail line falls two years behind\n\nThe provincial transport minister criticized the city on Monday.\n\n\"This is lazy planning, pure and simple, and riders are paying for it,\" said Tom Baker, who took the portfolio in May.",
    quotes: [
      { text: "lazy planning", speaker: "Tom Baker" },
      { text: "This is lazy planning, pure and simple, and riders are paying for it,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Floods: Town ‘on alert’ as hundreds evacuated, state of emergency declared\n\nThe river rose half a metre overnight.\n\n“We are on alert and the arena stays open,” Mayor Jane Roe said.\n\n“Every farm on the flats is on alert too,” said Tom Baker, who farms near the river.",
    quotes: [
      { text: "on alert", speaker: null },
      { text: "We are on alert and the arena stays open,", speaker: "Jane Roe" },
      { text: "Every farm on the flats is on alert too,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Byelection: Barrie ‘ready for change’ as hundreds rally, advance polls opened\n\nSupporters filled the hall on Saturday night.\n\nThe party's “ready for change” slogan is printed on every lawn sign in the riding.\n\n“This town is ready for change, and we will deliver it,” said candidate Tom Baker.",
    quotes: [
      { text: "ready for change", speaker: null },
      { text: "This town is ready for change, and we will deliver it,", speaker: "Tom Baker" },
    ],
  },
  // A headline's contraction echoes the body's words spelled out (`‘We’re not leaving’` above
  // `“We are not leaving …”`); a body in the headline (`Food Bank pleads`) gives way to the
  // person in it whom the body quotes saying the headline's words.
  {
    kind: "speaker named after the quote",
    text: "‘We’re not leaving’: tenants dig in as landlord seeks eviction\n\nTenants of a Halifax apartment block say they will fight the notices.\n\nThe landlord wants the building empty by June.\n\n“We are not leaving this building without a fight,” said Ana Ruiz, who has lived there for 20 years.",
    quotes: [
      { text: "We’re not leaving", speaker: "Ana Ruiz" },
      { text: "We are not leaving this building without a fight,", speaker: "Ana Ruiz" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "‘Every shelf is empty’: Valley Food Bank pleads for donations\n\nDemand has doubled since the spring.\n\n“Every shelf is empty this week, and the families keep coming,” said Ana Ruiz, who runs the food bank.",
    quotes: [
      { text: "Every shelf is empty", speaker: "Ana Ruiz" },
      { text: "Every shelf is empty this week, and the families keep coming,", speaker: "Ana Ruiz" },
    ],
  },
  // Before a headline's colon a quotation of three or four words may leave out one word of the
  // body's (`‘We lost everything’:` above `“We lost almost everything …”`).
  {
    kind: "speaker named after the quote",
    text: "'We lost everything': Families count the cost after tornado\n\nThe storm tore through the subdivision just after midnight.\n\nCrews were still clearing roads on Sunday.\n\n\"We lost almost everything, but the kids are safe,\" said Marc Tremblay, whose house was levelled.",
    quotes: [
      { text: "We lost everything", speaker: "Marc Tremblay" },
      { text: "We lost almost everything, but the kids are safe,", speaker: "Marc Tremblay" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "‘It’s pure chaos’: Drivers stranded as storm shuts highway\n\nThe highway was closed in both directions for ten hours.\n\nHundreds of trucks lined the shoulder near Moncton.\n\n“Honestly, it’s just pure chaos out here,” said trucker Lena Morrow, who had waited since noon.",
    quotes: [
      { text: "It’s pure chaos", speaker: "Lena Morrow" },
      { text: "Honestly, it’s just pure chaos out here,", speaker: "Lena Morrow" },
    ],
  },
  // `‘We held on’: Tom Baker` heading a story or a section: a name after a colon that closes
  // the paragraph signs the quotation, as a dash does; a caption after it named no one to lend.
  {
    kind: "speaker named after the quote",
    text: "Riverside Hawks look for positives after home loss\n\n\u2018The squad bent but we kept our shape\u2019: Tom Baker\n\nA man in a ball cap watches practice from the sideline.\n\nThe Hawks are back on the field on Tuesday.",
    quotes: [{ text: "The squad bent but we kept our shape", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Province tables budget\n\n'We are building for the next generation': Roe\n\nA woman in a grey suit speaks at a podium.\n\nFinance Minister Jane Roe tabled the budget on Tuesday.",
    quotes: [{ text: "We are building for the next generation", speaker: "Jane Roe" }],
  },
  // `‘We held our nerve’: Lakeview Otters coach Ann Chu`: after a colon, as after a dash, the
  // team and role before the signer's name only say who signs.
  {
    kind: "speaker named after the quote",
    text: "Otters edge Hawks in overtime\n\n\u2018We held our nerve when it mattered\u2019: Lakeview Otters coach Ann Chu\n\nThe Otters play again on Friday.",
    quotes: [{ text: "We held our nerve when it mattered", speaker: "Ann Chu" }],
  },
  // `said head coach, Jane Roe when asked …`: a subordinate clause after the name set off by a
  // comma ends it as a full stop would; the name, not the role, speaks.
  {
    kind: "speaker named after the quote",
    text: "The team returned to camp on Monday.\n\n\u201cEvery practice still counts,\u201d said head coach, Dana Whitfield when asked about the week ahead.",
    quotes: [{ text: "Every practice still counts,", speaker: "Dana Whitfield" }],
  },
  // `“…,” Name, Body Role said` with no comma closing the role: the body's name stands bare before
  // the role (`Harbour Nurses Union president`, `Northline Telecom president and CEO`), and the
  // name before it speaks, not the role.
  {
    kind: "speaker named after the quote",
    text: "\u201cOur members held firm for a fair deal,\u201d Ann Lee, Harbour Nurses Union Provincial President said in a release.\n\n\u201cThey earned every gain.\u201d\n\n\u201cThe outage was not acceptable,\u201d Tom Moss, Northline Telecom president and CEO said in a statement on Friday.",
    quotes: [
      { text: "Our members held firm for a fair deal,", speaker: "Ann Lee" },
      { text: "They earned every gain.", speaker: "Ann Lee" },
      { text: "The outage was not acceptable,", speaker: "Tom Moss" },
    ],
  },
  // `“…,” Jane Roe, Opposition critic for housing said`: the role set off after the name, its
  // closing comma missing, is qualified by capitalised words before its noun (a side, a body); the
  // name opening the clause is still the speaker, not one named earlier, nor the role alone.
  {
    kind: "speaker named after the quote",
    text: "Rents rose again, according to Housing Minister Tom Moss.\n\n\u201cFamilies are being pushed out,\u201d Ann Lee, Opposition critic for housing said on Monday.\n\n\u201cWe need a plan now.\u201d\n\n\u201cThe members held firm,\u201d Rob Hale, Corvex National President said.",
    quotes: [
      { text: "Families are being pushed out,", speaker: "Ann Lee" },
      { text: "We need a plan now.", speaker: "Ann Lee" },
      { text: "The members held firm,", speaker: "Rob Hale" },
    ],
  },
  // `“…,” Rob Hale, the president and chief of finance of the Lakeview Regional Airport said`:
  // a role opened by an article, two role nouns coordinated and a long complement, its closing
  // comma missing, is still set off after the name that opens the clause, the speaker.
  {
    kind: "speaker named after the quote",
    text: "The Lakeview Regional Airport has seen many cancelled flights.\n\n\u201cIt happens with every airline,\u201d Rob Hale, the president and chief of operations of the Lakeview Regional Airport said.",
    quotes: [{ text: "It happens with every airline,", speaker: "Rob Hale" }],
  },
  // `“…,” saidAcme president Jane Roe`: a verb of saying glued to the capitalised word after it
  // by a lost space is read as two words, so the name after it is the speaker.
  {
    kind: "speaker named after the quote",
    text: "Acme closed the plant on Monday.\n\n\u201cIt is a hard day for all of us,\u201d saidAcme president Jane Roe.",
    quotes: [{ text: "It is a hard day for all of us,", speaker: "Jane Roe" }],
  },
  // `Jordan Holiday`, then `Holiday said`: a holiday's last word (`Civic Holiday`) after a given
  // name, or alone, is a surname, not a date that names no one.
  {
    kind: "speaker named after the quote",
    text: "Jordan Holiday is the owner of the Lakeview Bakery.\n\n\u201cWe have never been busier,\u201d Holiday said.",
    quotes: [{ text: "We have never been busier,", speaker: "Jordan Holiday" }],
  },
  // `Grace May 5` is a given name before a date, not `May` written as a surname after one: a
  // later `May said` is no name (the modal or the month), as names17 read `Jane May 5`.
  {
    kind: "speaker named after the quote",
    text: "Organizers asked residents to mark the date. Voters will see Grace May 5 at the hall.\n\n\u201cWe are ready for the vote,\u201d May said.",
    quotes: [{ text: "We are ready for the vote,", speaker: null }],
  },
  // A subhead between sections that credits its quotation in single marks (`'…': guide`, `Hall
  // '…,' councillor says`) echoes the body below it as a headline does: the body's speaker of
  // those words said them, though the subhead's credit is only a role.
  {
    kind: "speaker named after the quote",
    text: "Caribou herd count questioned at hearing\n\nWildlife officials defended their survey of the herd on Monday.\n\nThe government says the herd has fallen by half in three years.\n\nBiologists flew over the range twice last winter.\n\nThe board will rule on a hunting ban next month.\n\n'Nobody is counting the herd': guide\n\nNot everyone accepts the survey.\n\n\u201cI keep asking who counts them. Nobody is counting the herd,\u201d said Ann Lee, a hunting guide in the region.",
    quotes: [
      { text: "Nobody is counting the herd", speaker: "Ann Lee" },
      { text: "I keep asking who counts them. Nobody is counting the herd,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Council delays vote on youth centre funding\n\nCouncil met for six hours on Monday.\n\nThe centre asked for another year of funding.\n\nStaff said the centre serves 200 youth a week.\n\nA vote is now set for next month.\n\nHall 'open past midnight every night,' councillor says\n\nSome members raised concerns about the hours.\n\n\u201cI am told the hall is open past midnight every night and nobody checks,\u201d Coun. Tom Baker said.",
    quotes: [
      { text: "open past midnight every night,", speaker: "Tom Baker" },
      { text: "I am told the hall is open past midnight every night and nobody checks,", speaker: "Tom Baker" },
    ],
  },
  // A pull quote's credit line after a dash may describe its signer in lower-case words before
  // the name, as after an inverted verb: the name is the run that closes the line.
  {
    kind: "speaker named after the quote",
    text: "Police searched homes in three towns on Friday.\n\n'We will take the ring apart piece by piece.' \u2014Lakeview provincial police Insp. Noor Hale\n\nOfficers seized cash and phones.",
    quotes: [{ text: "We will take the ring apart piece by piece.", speaker: "Noor Hale" }],
  },
  // A month's abbreviation that is also a given name (`Jan`, `Mar`, `Jun`) is a date's word only
  // with its stop (`Jan. 5`): a speaker called `Jan` is named, not refused as a date.
  {
    kind: "speaker named after the quote",
    text: "The river rose three metres overnight and took the lower road with it.\n\n\u201cWe lost everything,\u201d said Jan, who has lived on the flats for 40 years.",
    quotes: [{ text: "We lost everything,", speaker: "Jan" }],
  },
  // A credit line in the paragraph below a quotation (`— Quebec provincial police Insp. Jane Roe`)
  // names its signer last, as one after the quotation does: never the place that opens it.
  {
    kind: "speaker named after the quote",
    text: "Officers searched the area through the night.\n\n\u201cWe are asking anyone who saw the vehicle to call us.\u201d\n\n\u2014 Quebec provincial police Insp. Jane Roe",
    quotes: [{ text: "We are asking anyone who saw the vehicle to call us.", speaker: "Jane Roe" }],
  },
  // A caption run into its credit by a lost space (`lawyer Jane Roe.Mary Major`): the full stop
  // between a lower-case letter and a capitalised word ends the name; the next is no part of it.
  {
    kind: "speaker named after the quote",
    text: "Skip to main content\n\nOn phone scams, \u2018Often the clerks spot it at the counter,\u2019 says Acme lawyer Jane Roe.Mary Major\n\nThe story continues below.",
    quotes: [{ text: "Often the clerks spot it at the counter,", speaker: "Jane Roe" }],
  },
  // `“…,” Jane Roe, a member of the bargaining team.`: an attribution that lost its verb keeps the
  // name right after the quotation's closing comma, which says who spoke, not the last speaker.
  {
    kind: "speaker named after the quote",
    text: "\u201cWe cannot wait any longer,\u201d said Tom Baker, the hospital's chief executive.\n\n\u201cWe put forward every offer we had and heard nothing back,\u201d Jane Roe, a nurse on the union bargaining team.",
    quotes: [
      { text: "We cannot wait any longer,", speaker: "Tom Baker" },
      { text: "We put forward every offer we had and heard nothing back,", speaker: "Jane Roe" },
    ],
  },
  // `“…,” Jane Roe, the union leader, heard from …`: a name, its role, then its own verb (no verb
  // of saying) is no attribution that lost its verb: she heard the words, she did not say them.
  {
    kind: "speaker named after the quote",
    text: "The strike entered its third week on Monday.\n\n\u201cWe will fight on,\u201d Jane Roe, the union leader, heard from members all week.",
    quotes: [{ text: "We will fight on,", speaker: null }],
  },
  // `acknowledged Coun. Bre` closing the page: a title and a fragment the text's end cut off name
  // no one (nor does any earlier speaker take the quotation).
  {
    kind: "speaker named after the quote",
    text: "Mayor Tom Baker said Tuesday the warming centres would open next week.\n\n\u201cWe are struggling to locate decent buildings,\u201d acknowledged Coun. Bre",
    quotes: [{ text: "We are struggling to locate decent buildings,", speaker: null }],
  },
  // `said Coun. Ma` closing a cut page: a fragment after a title names no one, though it begins
  // some title (`mayor`); only a role the page wrote whole before is a role cut off (`Health Min`).
  {
    kind: "speaker named after the quote",
    text: '"We need more buses," said Coun. Ma',
    quotes: [{ text: "We need more buses,", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: 'Health Minister Jane Roe spoke on Monday.\n\n"We need more nurses," said Health Min',
    quotes: [{ text: "We need more nurses,", speaker: "Jane Roe" }],
  },
  // `“…,” Tom Baker, the film critic, since 2010 has been …`: a word after the role's closing comma
  // that opens an adverbial (`since`, `over`, `by`) comes before the name's own verb; the
  // attribution is not verbless, and the name is not the speaker of words said of him.
  {
    kind: "speaker named after the quote",
    text: "The festival opens on Friday.\n\n\u201cBoring,\u201d Tom Baker, the film critic, since 2010 has been labelled by rivals.",
    quotes: [{ text: "Boring,", speaker: null }],
  },
  // `, says the Dunmore Health Authority.` closing a sentence a quotation runs on in: a body's
  // name after `the` is the inverted speaker, as a person's name is.
  {
    kind: "speaker named after the quote",
    text: "A clerk at the Dunmore clinic \u201cwrongly opened\u201d the files of 40 patients, says the Dunmore Health Authority.",
    quotes: [{ text: "wrongly opened", speaker: "Dunmore Health Authority" }],
  },
  // `‘…,’ Baker told as mayors plead`: a headline's passive `told` (a subordinator or `by` after
  // it, no one told) makes its subject the one who heard the words, not who said them.
  {
    kind: "speaker named after the quote",
    text: "\u2018Act now,\u2019 Baker told as Oakvale mayors plead for ferry money\n\nMayors from across the coast met Prime Minister Tom Baker on Monday.",
    quotes: [{ text: "Act now,", speaker: null }],
  },
  // A name closing the text with no stop, at the end of a line of prose, whose last word the text
  // writes nowhere else whole, may be cut off mid-word (`Das` for a longer name): no speaker.
  {
    kind: "speaker named after the quote",
    text: "Pilots stopped work on Friday.\n\n\u201cThe harbour stays open all winter and the boats will sail on time,\u201d said Pellworth council leader Oren Das",
    quotes: [{ text: "The harbour stays open all winter and the boats will sail on time,", speaker: null }],
  },
  // A name met only on a line split by bars (`Home TownMail … | Dunmere | 3.1°C | … Login |`) is a
  // site's navigation bar run together, no one's name: the headline's words go to no one by it.
  {
    kind: "speaker named after the quote",
    text: "Week of ferry delays 'a hiccup,' Dunmere port chief says - Coast Radio\nHome TownMail Friday, March 7, 2025, 08:10 AM | Dunmere | 3.1\u00b0C | Sections Subscribe Login | Our site is being updated. |\nDunmere\n\nWeek of ferry delays 'a hiccup,' Dunmere port chief says\n\nThe run of ferry delays this week is \"a hiccup\" with no bearing on the port's record, according to port Chief Ilse Marrow.\n\n\"It's a hiccup. We have these weeks,\" Marrow told reporters on Friday.",
    quotes: [
      { text: "a hiccup,", speaker: null },
      { text: "a hiccup,", speaker: "Ilse Marrow" },
      { text: "a hiccup", speaker: "Ilse Marrow" },
      { text: "It's a hiccup. We have these weeks,", speaker: "Ilse Marrow" },
    ],
  },
  // `told` with an object dropped is a headline's passive only on a headline's line; in body
  // prose (`told as many as 300 supporters`, `told after the rally`) the subject said it.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready to govern,\u201d Baker told as many as 300 supporters.",
    quotes: [{ text: "We are ready to govern,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready,\u201d Baker told after the rally.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // A sentence wrapped after `told` runs on in lower case: no headline's passive.
  {
    kind: "speaker named after the quote",
    text: "Tom Baker spoke on Monday. \u201cWe are ready,\u201d Baker told\nreporters at the rally.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // A name closed by its own stop (`Jr.`) at the text's end is whole, not cut off by the page's end.
  {
    kind: "speaker named after the quote",
    text: "Anselm Okafor spoke to the board on Monday about what the new ferry ramps will cost. \u201cThe ramps will not last another winter, we think,\u201d said Anselm Okafor Jr.",
    quotes: [{ text: "The ramps will not last another winter, we think,", speaker: "Anselm Okafor Jr." }],
  },
  // A given name then `Minister` (`Kit Minister, a deckhand`) is a person's name, no bare office.
  {
    kind: "speaker named after the quote",
    text: "\u201cWe never saw the ferry come in,\u201d said Kit Minister, a deckhand from Corvale.",
    quotes: [{ text: "We never saw the ferry come in,", speaker: "Kit Minister" }],
  },
  // A name closing the text with no stop, its last word written whole before: the page's end did not cut it.
  {
    kind: "speaker named after the quote",
    text: "Teodor Blass sat on the harbour board for eleven years before he left last spring.\n\n\u201cThe wharf will not see another winter, not the way it stands,\u201d said harbour engineer Teodor Blass",
    quotes: [{ text: "The wharf will not see another winter, not the way it stands,", speaker: "Teodor Blass" }],
  },
  // A verb of saying in a passive with no agent (`the fares were called “…”`) gives its subject no words: the source closing the sentence does (rules24C).
  {
    kind: "speaker named after the quote",
    text: "Tom Baker listened as the fares were called \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Marta Pell" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The fares were called \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Marta Pell" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Tom Baker called the fares \u201ctoo high,\u201d according to Marta Pell.",
    quotes: [{ text: "too high,", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ilse Marrow was quoted as saying \u201cthe port is safe.\u201d",
    quotes: [{ text: "the port is safe.", speaker: "Ilse Marrow" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Ilse Marrow was asked by host Dag Fenn, \u201cWill you run?\u201d",
    quotes: [{ text: "Will you run?", speaker: "Dag Fenn" }],
  },
  // Not fired: a complete short name closing the page (`said Councillor Tom Lee`) reads, by its
  // letters, as one the page's end may have cut; it is no sign of a longer name the cast holds
  // (`Tom Leeson`), so it stays unknown (mend24B).
  {
    kind: "speaker named after the quote",
    text: "Corvale Mayor Tom Leeson opened the budget debate on Monday.\n\n\u201cThis is not a question of spenders versus savers,\u201d Leeson said.\n\nCouncillors pushed back.\n\n\u201cWe have an obligation to keep the roads open,\u201d said Councillor Tom Lee",
    quotes: [
      { text: "This is not a question of spenders versus savers,", speaker: "Tom Leeson" },
      { text: "We have an obligation to keep the roads open,", speaker: null },
    ],
  },
  // A nickname between a given name and a surname (`Bret “the Hammer” Brand`): both halves are one
  // person's, whom the surname alone names later (rules25A).
  {
    kind: "speaker named after the quote",
    text: "Bret \u201cthe Hammer\u201d Brand said he would fight again. \u201cI am not done,\u201d Brand said.",
    quotes: [{ text: "I am not done,", speaker: "Bret Brand" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Retired boxer Ivan \u201cIron\u201d Kessler returned to the ring on Saturday.\n\n\u201cI missed it,\u201d Kessler said.",
    quotes: [{ text: "I missed it,", speaker: "Ivan Kessler" }],
  },
  // Not fired: words said to a person named by a given name are speech, and name no one.
  {
    kind: "speaker named after the quote",
    text: "Mara Lind told Bret \u201cgo home\u201d Tuesday. \u201cHe never listens,\u201d Lind said.",
    quotes: [
      { text: "go home", speaker: "Mara Lind" },
      { text: "He never listens,", speaker: "Mara Lind" },
    ],
  },
  // A short quotation a phrasal verb of saying attributes, inverted (`fired back Wynne`): speech,
  // not a term the sentence runs on from; the verb must lead to a speaker (a capital, a determiner).
  {
    kind: "speaker named after the quote",
    text: "Doug Ford attacked the premier's record.\n\n\u201cNo, that\u2019s you,\u201d fired back Kathleen Wynne about the Tory promise.",
    quotes: [{ text: "No, that\u2019s you,", speaker: "Kathleen Wynne" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The dealer sold \u201cbig, bold cars,\u201d shot back in time by the ads.",
    quotes: [],
  },
  // A role set off after the name, its closing comma missing, may have words in lower case before its noun (`chief forex strategist at`, `senior economist at`): still the name's appositive (round 34).
  {
    kind: "speaker named after the quote",
    text: "The dollar fell again on Friday.\n\n\u201cPrices are flirting with their lows,\u201d Jane Roe, chief forex strategist at Acme Bank said.",
    quotes: [{ text: "Prices are flirting with their lows,", speaker: "Jane Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The dollar fell again on Friday.\n\n\u201cThe slide is not over,\u201d Jane Roe, senior economist at Acme Bank said.",
    quotes: [{ text: "The slide is not over,", speaker: "Jane Roe" }],
  },
  // Control: the comma in place.
  {
    kind: "speaker named after the quote",
    text: "The dollar fell again on Friday.\n\n\u201cPrices are flirting with their lows,\u201d Jane Roe, chief forex strategist at Acme Bank, said.",
    quotes: [{ text: "Prices are flirting with their lows,", speaker: "Jane Roe" }],
  },
  // An `according to` closing the sentence still gives its source when the source's role is set off after the name (round 35, before: `the company`, another body).
  {
    kind: "speaker named after the quote",
    text: "Acme sent out a news release Wednesday explaining why the company wants the data.\n\nThe program is designed to deliver \u201conline advertising that\u2019s most relevant to\u201d customers, according to Wade Roe, president of Acme Mobility and Residential Services.",
    quotes: [{ text: "online advertising that\u2019s most relevant to", speaker: "Wade Roe" }],
  },
  // Control: a clause set off after the source is no role; the sentence's source is not read from it.
  {
    kind: "speaker named after the quote",
    text: "Acme sent out a news release Wednesday explaining why the company wants the data.\n\nThe program is designed to deliver \u201conline advertising that\u2019s most relevant to\u201d customers, according to Wade Roe, but the union disagrees.",
    quotes: [{ text: "online advertising that\u2019s most relevant to", speaker: null }],
  },
  // A role after an article whose closing comma is missing may end right at the verb, and may hold a body's name and number (round 35, before: the union named above, or no one).
  {
    kind: "speaker named after the quote",
    text: "The Canadian Union of Public Employees (CUPE) said its members would set up picket lines on Monday.\n\n\u201cWe\u2019re struggling to make ends meet,\u201d Erin Roe, a PhD student and CUPE 3903 spokesperson said.",
    quotes: [{ text: "We\u2019re struggling to make ends meet,", speaker: "Erin Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The union said its members would walk out on Monday.\n\n\u201cWe\u2019re struggling to make ends meet,\u201d Erin Roe, a graduate student said.",
    quotes: [{ text: "We\u2019re struggling to make ends meet,", speaker: "Erin Roe" }],
  },
  // Control: with no name before it, the description is the subject, and it names no one.
  {
    kind: "speaker named after the quote",
    text: "Erin Roe said the offer was fair.\n\n\u201cWe\u2019re struggling to make ends meet,\u201d a graduate student said.",
    quotes: [{ text: "We\u2019re struggling to make ends meet,", speaker: null }],
  },
  // A dash after the quotation closed by another before a lower-case verb sets off a parenthesis, no signature (round 35, before: `Indigenous`).
  {
    kind: "speaker named after the quote",
    text: "Every practice begins with drumming.\n\u201cThey need to learn and walk through both worlds,\u201d\u2014Indigenous and Western\u2014said knowledge keeper Jane Roe at the arena.",
    quotes: [{ text: "They need to learn and walk through both worlds,", speaker: "Jane Roe" }],
  },
  // Control: a dash and a name closing the line sign the quotation.
  {
    kind: "speaker named after the quote",
    text: "Every practice begins with drumming.\n\u201cThey need to learn and walk through both worlds.\u201d \u2014Jane Roe, knowledge keeper",
    quotes: [{ text: "They need to learn and walk through both worlds.", speaker: "Jane Roe" }],
  },
  // A pull quotation alone in its paragraph, credited below by a full name alone and its role on the next line (round 35, before: no one).
  {
    kind: "speaker named after the quote",
    text: "\u201cI think we need to be a lot better than we were before. Going back to normal isn\u2019t an option for me.\u201d\n\nCraig Roe\n\nHigh River mayor\n\nHIGH RIVER, ALTA.\u2014Deborah Baker is still grieving.",
    quotes: [
      {
        text: "I think we need to be a lot better than we were before. Going back to normal isn\u2019t an option for me.",
        speaker: "Craig Roe",
      },
    ],
  },
  // Control: a name alone over the next speaker's section, with no role line, credits nothing above it.
  {
    kind: "speaker named after the quote",
    text: "\u201cWe need to stand up as youth for youth,\u201d Tom Baker said.\n\u201cI think that is what is important about this walkout.\u201d\n\nJane Roe\n\nImage | Jane Roe\n\nJane Roe said the curriculum does not cover consent.",
    quotes: [
      { text: "We need to stand up as youth for youth,", speaker: "Tom Baker" },
      { text: "I think that is what is important about this walkout.", speaker: "Tom Baker" },
    ],
  },
  // Controls from a helper's review: a dash, a name and a dash before the signer's role or the writing still sign the quotation; only a verb of saying after the second dash makes a parenthesis.
  {
    kind: "speaker named after the quote",
    text: "The camp has stood on the riverbank for 200 days.\n\n\u201cWe are not going anywhere.\u201d \u2014Anna Roe\u2014spokesperson for the camp",
    quotes: [{ text: "We are not going anywhere.", speaker: "Anna Roe" }],
  },
  {
    kind: "speaker named after the quote",
    text: "The camp has stood on the riverbank for 200 days.\n\n\u201cWe are not leaving until the pipeline is gone.\u201d \u2014Ruth Roe\u2014in a letter to the minister",
    quotes: [{ text: "We are not leaving until the pipeline is gone.", speaker: "Ruth Roe" }],
  },
  // Controls from a helper's review: a quotation below the story's opening, before a name and a line under it (a section's heading, a photo credit, a byline), is credited to no one below it.
  {
    kind: "speaker named after the quote",
    text: "Students walked out of classes across Ontario on Friday.\n\n\u201cThis curriculum leaves us behind,\u201d said Grade 11 student Ali Roe.\n\u201cWe deserve better.\u201d\n\nPriya Baker\n\nThe organizer\n\nPriya Baker, 17, organized the walkout at her school in Brampton.",
    quotes: [
      { text: "This curriculum leaves us behind,", speaker: "Ali Roe" },
      { text: "We deserve better.", speaker: "Ali Roe" },
    ],
  },
  {
    kind: "speaker named after the quote",
    text: "Fisherman Wade Roe says the lobster season was the worst in 20 years.\n\n\u201cI don\u2019t know how many more seasons I have in me.\u201d\n\nMark Baker\n\nLocal Journalism Initiative reporter",
    quotes: [{ text: "I don\u2019t know how many more seasons I have in me.", speaker: "Wade Roe" }],
  },
  // Controls from a third review: a byline's outlet or a time stamp under the name is no credit's role line.
  {
    kind: "speaker named after the quote",
    text: "\u201cThis is a betrayal of every family in rural Manitoba.\u201d\n\nSara Roe\n\nPublished 3 hours ago\n\nThe province will close six rural emergency rooms, Health Minister Jo Baker announced Tuesday.",
    quotes: [{ text: "This is a betrayal of every family in rural Manitoba.", speaker: null }],
  },
  {
    kind: "speaker named after the quote",
    text: "\u201cWe\u2019re not going anywhere, and we will fight this pit to the end.\u201d\n\nSara Roe\n\nFor the Winnipeg Free Press\n\nFarmers say they will fight a proposed gravel pit. \u201cThis is our land,\u201d said farmer Ruth Baker.",
    quotes: [
      { text: "We\u2019re not going anywhere, and we will fight this pit to the end.", speaker: null },
      { text: "This is our land,", speaker: "Ruth Baker" },
    ],
  },
  // A credit line after a dash that opens on a place's possessive and a role (`—Halifax’s mayor-elect Tom Baker`; round 36).
  {
    kind: "speaker named after the quote",
    text: "Treasury Board President Jane Roe announced the money would wait.\n\n\u201cWe have better options for this city than a rail line.\u201d \u2014Halifax\u2019s mayor-elect Tom Baker\n\nThe new council will vote on the plan in January.",
    quotes: [{ text: "We have better options for this city than a rail line.", speaker: "Tom Baker" }],
  },
  {
    kind: "speaker named after the quote",
    text: "Federal minister Jane Roe said the money would wait until after the vote.\n\n'We have better options for this city than a rail line.' \u2014Halifax's mayor-elect Tom Baker\n\nThe new council will vote on the plan in January.",
    quotes: [{ text: "We have better options for this city than a rail line.", speaker: "Tom Baker" }],
  },
  // Control: a line after the dash that runs on past the name is a sentence of the writer's, no credit.
  {
    kind: "speaker named after the quote",
    text: "Treasury Board President Jane Roe spoke to reporters on Monday.\n\n\u201cWe have better options for this city than a rail line.\u201d \u2014Halifax\u2019s mayor-elect Tom Baker won the vote in October.",
    quotes: [{ text: "We have better options for this city than a rail line.", speaker: "Jane Roe" }],
  },
  // A name after an inverted verb's article and adjective (`said a stunned Roe after seeing her time`) is who spoke; the clause of time after it is the sentence's (round 36).
  {
    kind: "speaker named after the quote",
    text: "Jane Roe won her sixth gold medal on Friday night.\n\n\u201cI do not know where that came from,\u201d said a stunned Roe after seeing her time.",
    quotes: [{ text: "I do not know where that came from,", speaker: "Jane Roe" }],
  },
  // Control: the same with nothing after the name.
  {
    kind: "speaker named after the quote",
    text: "Jane Roe won her sixth gold medal on Friday night.\n\n\u201cI do not know where that came from,\u201d said a stunned Roe.",
    quotes: [{ text: "I do not know where that came from,", speaker: "Jane Roe" }],
  },
];
