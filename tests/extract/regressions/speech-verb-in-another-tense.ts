// Regression cases of the kind “speech verb in another tense” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SPEECH_VERB_IN_ANOTHER_TENSE: RegressionCase[] = [
  // A judge's ruling, quoted from the bench or the decision, is her words: `ruled`, `determined`.
  {
    kind: "speech verb in another tense",
    text: "In a Toronto courtroom, Mia testified she froze during the attack. Sometimes she screamed, but other times she stayed silent, she said.\n“Surely it is one or the other,” Superior Court Justice Ana Ruiz determined in her 2019 verdict. “Her account cannot stand.”\nThe case was weak from the start, defence lawyer Tom Baker said.\n“The accused must go free,” Justice Ruiz ruled.",
    quotes: [
      { text: "Surely it is one or the other,", speaker: "Ana Ruiz" },
      { text: "Her account cannot stand.", speaker: "Ana Ruiz" },
      { text: "The accused must go free,", speaker: "Ana Ruiz" },
    ],
  },
  // Reporting verbs of confessing and of the voice's sound attribute the quotation to the name before them.
  {
    kind: "speech verb in another tense",
    text: "The hearing resumed on Monday. Tom Baker, the fire chief, spoke first about the blaze.\n“I ran back in for the dog,” Jane Roe confessed. “It was a foolish thing to do.”",
    quotes: [
      { text: "I ran back in for the dog,", speaker: "Jane Roe" },
      { text: "It was a foolish thing to do.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: "Tom Baker answered questions for an hour on Friday.\n“Not this again,” Jane Roe groaned when the leak came up.",
    quotes: [{ text: "Not this again,", speaker: "Jane Roe" }],
  },
  {
    kind: "speech verb in another tense",
    text: "The studio never recovered. As the columnist Tom Baker had written a few years earlier, “Nobody could run it without him.”",
    quotes: [{ text: "Nobody could run it without him.", speaker: "Tom Baker" }],
  },
  // A feature in the present tense: `she laughs`, `smiles Lopez` report speech as `says` does.
  {
    kind: "speech verb in another tense",
    text: "Tom Baker opened the bakery in 1990 and sold it to Maria Lopez last year.\n“Bread is the easy part,” she laughs.\n“I grew up in here,” smiles Lopez.",
    quotes: [
      { text: "Bread is the easy part,", speaker: "Maria Lopez" },
      { text: "I grew up in here,", speaker: "Maria Lopez" },
    ],
  },
  // The progressive of a naming verb attributes as its past does.
  {
    kind: "speech verb in another tense",
    text: "Former Ontario Premier Dale Wynne is calling the deal “a reckless gamble with our savings.”",
    quotes: [{ text: "a reckless gamble with our savings.", speaker: "Dale Wynne" }],
  },
  // Verbs of a raised or measured voice, of declining and of pleasure (`bellowed`, `intoned`,
  // `demurred`, `gloated`, `enthused`, `crowed`) attribute a quotation on either side of their
  // speaker, and a verb that speaks only with its particle inverts past it (`summed up the captain`).
  {
    kind: "speech verb in another tense",
    text: 'Council met late into the night on Tuesday.\n\n"We will not wait another decade for this," bellowed Councillor Jane Roe from the back of the hall.\n\n"Nobody asked me," Tom Baker demurred when pressed on the rumours.\n\nAnn Lee tabled the budget on Thursday.\n\n"This is the finest budget we have ever passed," the finance minister gloated.',
    quotes: [
      { text: "We will not wait another decade for this,", speaker: "Jane Roe" },
      { text: "Nobody asked me,", speaker: "Tom Baker" },
      { text: "This is the finest budget we have ever passed,", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: 'Goaltender Mary Smith stopped 40 shots in the final.\n\n"Order in the chamber, please," Speaker Sam Jones intoned as the members settled.\n\n"It was the trip of a lifetime," Kim Lee enthused after the parade.\n\n"You can count on us next year," coach Tim Ross crowed after the game.',
    quotes: [
      { text: "Order in the chamber, please,", speaker: "Sam Jones" },
      { text: "It was the trip of a lifetime,", speaker: "Kim Lee" },
      { text: "You can count on us next year,", speaker: "Tim Ross" },
    ],
  },
  {
    kind: "speech verb in another tense",
    text: 'Captain Mary Smith scored twice in the final on Sunday.\n\n"We never stopped believing," coach Tom Baker said.\n\n"It was a long season, but we got there in the end," summed up the captain.',
    quotes: [
      { text: "We never stopped believing,", speaker: "Tom Baker" },
      { text: "It was a long season, but we got there in the end,", speaker: "Mary Smith" },
    ],
  },
  // `proclaimed the new pavilion was “…”`: a verb of declaring, like `declared`, attributes a
  // quotation inside its reported clause even with no `that` and several words before it.
  {
    kind: "speech verb in another tense",
    text: 'Mayor Tom Baker opened the fair on Saturday and proclaimed the new pavilion was "the finest building this town has ever put up."',
    quotes: [{ text: "the finest building this town has ever put up.", speaker: "Tom Baker" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'At the ribbon cutting, Coun. Ann Chu proclaims the new library branch will be "a second living room for every family on the east side."',
    quotes: [{ text: "a second living room for every family on the east side.", speaker: "Ann Chu" }],
  },
  // `describes the latest round of cuts … as “…”`: a verb of describing, a long object, then `as`
  // straight into the quotation; the quotation is the describer's however far the verb stands.
  {
    kind: "speech verb in another tense",
    text: 'In her newsletter, Ann Chu describes the proposed closure of three library branches as "a slow death for reading."',
    quotes: [{ text: "a slow death for reading.", speaker: "Ann Chu" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'Tom Baker, the union\'s president, describes the latest offer from the company as "an insult to every worker."',
    quotes: [{ text: "an insult to every worker.", speaker: "Tom Baker" }],
  },
  // `characterized the proposed bylaw … as “…”`: before `as` and the quotation, a verb of
  // characterizing speaks as `described` does, though alone (`a period characterized by …`) it is no verb of saying.
  {
    kind: "speech verb in another tense",
    text: 'Ann Chu characterized the rent plan as "a disaster for every tenant in the city."',
    quotes: [{ text: "a disaster for every tenant in the city.", speaker: "Ann Chu" }],
  },
  {
    kind: "speech verb in another tense",
    text: 'Coun. Tom Baker characterized the proposed bylaw on rooming houses as "far too restrictive for the people it claims to help" and voted against it.',
    quotes: [{ text: "far too restrictive for the people it claims to help", speaker: "Tom Baker" }],
  },
  {
    kind: "speech verb in another tense",
    text: "Jane Roe charged that police ignored her complaints.\n\n\u201cThey laughed at me,\u201d she said.",
    quotes: [{ text: "They laughed at me,", speaker: "Jane Roe" }],
  },
  {
    kind: "speech verb in another tense",
    text: "Mark Levin was charged Tuesday.\n\n\u201cWe are asking witnesses to come forward,\u201d a statement said.",
    quotes: [{ text: "We are asking witnesses to come forward,", speaker: null }],
  },
];
