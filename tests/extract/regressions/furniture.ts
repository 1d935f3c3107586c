// Regression cases of the kind “furniture” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const FURNITURE: RegressionCase[] = [
  {
    // A video teaser whose colon the page lost: `Click to play video 'Title'` is still a label.
    kind: "furniture",
    text: "Premier Ann Lee toured the flooded town on Saturday.\n\n“We will rebuild,” Lee said.\n\nClick to play video 'Premier visits flooded town' Premier visits flooded town\nSat, May 18 - Residents began the cleanup on Sunday.",
    quotes: [{ text: "We will rebuild,", speaker: "Ann Lee" }],
  },
  {
    // A widget's line (`Share your thoughts:`) is no paragraph and names nobody: the bare
    // quotation after it goes on from the speaker before.
    kind: "furniture",
    text: "“Nobody answers our calls,” said Lena Park, a mother of two from Guelph.\n\nShare your thoughts:\n\n“The ministry has shut its doors.”\n\nThe minister did not respond.",
    quotes: [
      { text: "Nobody answers our calls,", speaker: "Lena Park" },
      { text: "The ministry has shut its doors.", speaker: "Lena Park" },
    ],
  },
  {
    // A line the page sets between paragraphs is no paragraph: the bare quotation after it
    // goes on from the paragraph before.
    kind: "furniture",
    text: "“I have nothing to hide,” Mayor Ann Lee told reporters on Monday.\n\nLee said she had seen the memo but did not read it before the vote.\n\nArticle Continued Below\n\n“It was already public by then.”\n\nCouncil meets again next week.",
    quotes: [
      { text: "I have nothing to hide,", speaker: "Ann Lee" },
      { text: "It was already public by then.", speaker: "Ann Lee" },
    ],
  },
  {
    kind: "furniture",
    text: "Jane Roe opened the meeting.\nREAD MORE: ‘We will not back down,’ says mayor\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe opened the meeting.\nWATCH: “This is our moment”\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Tom Baker spoke for an hour.\n“A city that works for everyone”\nHe promised new buses. “We will run them every ten minutes,” Tom Baker said.",
    quotes: [{ text: "We will run them every ten minutes,", speaker: "Tom Baker" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe waves after shouting “we did it” at the rally in Leeds. (AP Photo/Sam Doe)\n“We did it,” Jane Roe told supporters.",
    quotes: [{ text: "We did it,", speaker: "Jane Roe" }],
  },
  // Teaser labels that go on to name the outlet or topic, and other teaser labels.
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nAlso on HuffPost: ‘We are not afraid,’ says Ottawa mayor as convoy rolls in\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nMore from CBC Manitoba: ‘It was a mistake,’ premier admits\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe said the budget was balanced.\n\nIn case you missed it: ‘It was a mistake,’ premier admits\n\n“We are proud of this budget,” Roe said.",
    quotes: [{ text: "We are proud of this budget,", speaker: "Jane Roe" }],
  },
  // Bylines and credit lines name the article's authors, never its speakers.
  {
    kind: "furniture",
    text: "By Jane Roe, The Canadian Press\n\nOTTAWA — The premier's office said Tuesday the talks were “productive but difficult.”",
    quotes: [{ text: "productive but difficult.", speaker: null }],
  },
  {
    kind: "furniture",
    text: "By Jane Roe and Tom Baker\n\nOTTAWA — The finance minister's office said Tuesday the deal was “very close.”",
    quotes: [{ text: "very close.", speaker: null }],
  },
  {
    // A byline block without `By`: the lines of capitalised words above a time stamp.
    kind: "furniture",
    text: "Jane Roe\nCTVNews.ca Writer\n@janeroe\nPublished Tuesday, March 3, 2020 7:02PM EST\n\nOTTAWA — “We are close to a deal,” the minister's office said in a statement.",
    quotes: [{ text: "We are close to a deal,", speaker: null }],
  },
  {
    // The author's sign-off is no part of a quotation run over paragraphs that takes it in.
    kind: "furniture",
    text: "Jane Roe spoke at the rally in Regina on Saturday.\n\n“We will build the hospital,” Roe said.\n\n“We will hire the nurses.\n\n“Follow Tom Baker on Twitter @tombaker.”",
    quotes: [
      { text: "We will build the hospital,", speaker: "Jane Roe" },
      { text: "We will hire the nurses.", speaker: "Jane Roe" },
    ],
  },
  // Caption credits glued to the caption's last stop, or naming an outlet with lower-case words.
  {
    kind: "furniture",
    text: "Premier Jane Roe says the plan will “put farmers first” at a farm near Guelph, Ont., on Jan. 5.Tom Baker/The Canadian Press\n\nRoe said Monday the plan would help farmers. “It is a good day,” she said.",
    quotes: [{ text: "It is a good day,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe says the plan will “put farmers first” at a farm near Guelph, Ont., on Jan. 5. Tom Baker/the Globe and Mail\n\nRoe said Monday the plan would help farmers. “It is a good day,” she said.",
    quotes: [{ text: "It is a good day,", speaker: "Jane Roe" }],
  },
  // Teasers: a label on the line above the headline it links to, or one of other words.
  {
    kind: "furniture",
    text: "Jane Roe spoke in Halifax.\nREAD MORE:\n‘We are not going anywhere,’ Premier Roe tells striking nurses\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe spoke in Halifax.\nTRENDING NOW: “Help us,” says a mother of three\n“We have the votes,” Jane Roe said.",
    quotes: [{ text: "We have the votes,", speaker: "Jane Roe" }],
  },
  {
    // The line the page sets between paragraphs names nobody: `continues` there is no speech.
    kind: "furniture",
    text: "“We have waited long enough for this bridge,” said Mayor Jane Roe.\nStory continues below advertisement\n“The province has to pay its share,” she said.",
    quotes: [
      { text: "We have waited long enough for this bridge,", speaker: "Jane Roe" },
      { text: "The province has to pay its share,", speaker: "Jane Roe" },
    ],
  },
  // A pull quote repeats, set apart, a sentence the article quotes with its speaker.
  {
    kind: "furniture",
    text: "Jane Roe, the chief, spoke on Monday. “We are not going to stand by while our rivers are poisoned. We will go to court,” she said.\n“We are not going to stand by while our rivers are poisoned.”\nThe company did not respond to a request for comment.",
    quotes: [{ text: "We are not going to stand by while our rivers are poisoned. We will go to court,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "“Nobody in this town wants a casino.”\nTom Baker, a resident, spoke at the meeting. “Nobody in this town wants a casino. We said so twice,” he said.",
    quotes: [{ text: "Nobody in this town wants a casino. We said so twice,", speaker: "Tom Baker" }],
  },
  {
    // Guards the pull-quote rule: a paragraph of new words that carries a quotation on is speech.
    kind: "furniture",
    text: "Jane Roe, the chief, spoke on Monday. “We will go to court over the pipeline,” she said.\n“And we will win there, because the law is on our side.”\nThe company declined to comment.",
    quotes: [
      { text: "We will go to court over the pipeline,", speaker: "Jane Roe" },
      { text: "And we will win there, because the law is on our side.", speaker: "Jane Roe" },
    ],
  },
  // Captions end with a photographer's credit: agency and name, or name and outlet, by a slash.
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nPremier Jane Roe tells reporters “we are not going anywhere” at Tallwood Hall in Riverton on Monday, March 4, 2024. THE CANADIAN PRESS/Dara Quill\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Tallwood Hall on Monday. (Brenvo Lustrik/MBC)\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Tallwood Hall on Monday. Brenvo Lustrik / Riverton News\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke in Toronto.\nA sign reading “No more cuts to our schools, ever” hangs at Queen’s Park. Photo by Chris Young /Postmedia\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke.\nPremier Jane Roe says “the money is there” at Tallwood Hall on Monday. DARA QUILL / RIVERTON STAR\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Premier Jane Roe spoke.\nPremier Jane Roe says “the money is there” at Tallwood Hall on Monday. DARA QUILL/THE OAKVALE LEDGER\n“We will stay,” said Jane Roe.",
    quotes: [{ text: "We will stay,", speaker: "Jane Roe" }],
  },
  // Page furniture in other outlets' styles.
  // A block of links to other stories closes the page under its heading (`Ottawa Top Stories`):
  // its headlines and blurbs quote nobody in the article.
  {
    kind: "furniture",
    text: "Crews closed the bridge on Monday.\n“The deck needs new bearings,” said Jane Roe, the city engineer.\nThe work will take a month.\n“We will reopen one lane in a week,” she said.\nOttawa Top Stories\n'We were never told': Tenants say landlord hid flood damage\nTenants in a Vanier building say they learned of the damage only after moving in.",
    quotes: [
      { text: "The deck needs new bearings,", speaker: "Jane Roe" },
      { text: "We will reopen one lane in a week,", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "furniture",
    text: "The shop closed on Friday.\nIts owner, Tom Baker, said rent had doubled.\n“I could not keep up,” Baker said.\nThe space is listed for lease.\nMORE Business ARTICLES\n“It felt like a second home”: Regulars mourn a corner diner\nA Halifax diner served its last breakfast after 40 years.",
    quotes: [{ text: "I could not keep up,", speaker: "Tom Baker" }],
  },
  {
    // Guards the rule: a box of related links may stand mid-article, the article going on after it.
    kind: "furniture",
    text: "The clinic opened on Monday.\nIts director, Jane Roe, greeted the first patients.\nWaiting lists had grown all winter.\nRelated Stories\nClinic staff train for opening day\n“We can see forty people a day,” Roe said.",
    quotes: [{ text: "We can see forty people a day,", speaker: "Jane Roe" }],
  },
  {
    // Guards the rule: a heading among the page's first lines is its menu; the article follows it.
    kind: "furniture",
    text: "Top Stories\nLibrary hours to grow\n“We heard you,” said Jane Roe, the chief librarian.\nBranches will open on Sundays from May.",
    quotes: [{ text: "We heard you,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Dr. Ann Lee said the numbers were encouraging.\nClick to play video: 'Lee says Canadians must stay vigilant'\n“We cannot let our guard down,” she said.",
    quotes: [{ text: "We cannot let our guard down,", speaker: "Ann Lee" }],
  },
  {
    kind: "furniture",
    text: "Jane Roe, the mayor, opened the session.\nWatch: ‘We are not out of the woods,’ says mayor\n“The budget is balanced,” she said.",
    quotes: [{ text: "The budget is balanced,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "Tom Baker waves to the crowd after saying “we did it” in Hull. (THE CANADIAN PRESS/Sam Hill)\n“This is a difficult day for the city,” Tom Baker said.",
    quotes: [{ text: "This is a difficult day for the city,", speaker: "Tom Baker" }],
  },
  {
    kind: "furniture",
    // An article that quotes speech in double marks prints its subheads in single ones.
    text: "“We have listened to riders,” Jane Roe said. “The new timetable starts in May.”\n'Relationships that last.'\nHer staff have been in the city since spring, Tom Baker said. “We know every street,” he said.",
    quotes: [
      { text: "We have listened to riders,", speaker: "Jane Roe" },
      { text: "The new timetable starts in May.", speaker: "Jane Roe" },
      { text: "We know every street,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "furniture",
    // In single-mark style the same paragraph is speech, carried on from the speaker before.
    text: "'We have listened to riders,' Jane Roe said. 'The new timetable starts in May.'\n'It will be better.'\nThe council meets on Monday.",
    quotes: [
      { text: "We have listened to riders,", speaker: "Jane Roe" },
      { text: "The new timetable starts in May.", speaker: "Jane Roe" },
      { text: "It will be better.", speaker: "Jane Roe" },
    ],
  },
  // A newsletter sign-up box set inside the article: a bare quotation after it continues the paragraph before.
  {
    kind: "furniture",
    text: "Ann Marsh woke to find strangers camped in her yard.\n\n“I opened the gate and found we had guests,” said Marsh.\n\nGet breaking National news\n\nFor news impacting Canada and around the world, sign up for breaking news alerts delivered directly to you when they happen.\n\nBy providing your email address, you have read and agree to our Terms and Conditions and Privacy Policy\n\n“I don’t want the neighbours to think this is how I live.”\n\nIn a statement, the city said it would clear the site.",
    quotes: [
      { text: "I opened the gate and found we had guests,", speaker: "Ann Marsh" },
      { text: "I don’t want the neighbours to think this is how I live.", speaker: "Ann Marsh" },
    ],
  },
  // A subhead between paragraphs is nobody's subject: `he said` after it still goes to the speaker before.
  {
    kind: "furniture",
    text: "On his way into the service, Premier Tom Baker said it was important to remember the victims.\n\n27-year-old charged\n\n“Over the past week we have been reminded of the strength of this province,” he said.",
    quotes: [{ text: "Over the past week we have been reminded of the strength of this province,", speaker: "Tom Baker" }],
  },
  // A pull quote signed below by a dash and a name is the signer's quotation, though repeated below.
  {
    kind: "furniture",
    text: "Jane Roe accused the minister of ducking the committee all winter.\n\n“Why does he fear a few simple questions from the members of this committee?”\n\n— Jane Roe\n\n“It is a disgrace,” Roe said. “Why does he fear a few simple questions from the members of this committee?”",
    quotes: [
      { text: "Why does he fear a few simple questions from the members of this committee?", speaker: "Jane Roe" },
      { text: "It is a disgrace,", speaker: "Jane Roe" },
      { text: "Why does he fear a few simple questions from the members of this committee?", speaker: "Jane Roe" },
    ],
  },
  // A quotation standing alone right after a paragraph that ends with the speaker's words goes on with them, though it repeats the lead's clip.
  {
    kind: "furniture",
    text: "In a video posted on Monday, Jane Roe is heard saying: “The next ten years will belong to this town and nobody else.”\n\nRoe spoke at a dinner in Moncton.\n\n“We were slow for a while,” said Roe. “But we are catching up.”\n\n“The next ten years will belong to this town and nobody else.”\n\nShe did not say how.",
    quotes: [
      { text: "The next ten years will belong to this town and nobody else.", speaker: "Jane Roe" },
      { text: "We were slow for a while,", speaker: "Jane Roe" },
      { text: "But we are catching up.", speaker: "Jane Roe" },
      { text: "The next ten years will belong to this town and nobody else.", speaker: "Jane Roe" },
    ],
  },
  // A link to another story set as its headline between paragraphs (`‘…’: Headline`), alone or in
  // a list of links, is the site's, not speech; the article's own headline of that shape, above
  // its prose, quotes someone and stays.
  {
    kind: "furniture",
    text: "Talks broke down in March.\n\nTeachers met with the board on Monday. “We gave them every chance,” union president Jane Roe said.\n\n‘We are done’: Teachers vote to strike\n\nVideo: ‘Nobody saw it coming’\n\n‘This is a crisis’: Mayor calls for help after flooding\n\nThe board did not respond.",
    quotes: [{ text: "We gave them every chance,", speaker: "Jane Roe" }],
  },
  {
    kind: "furniture",
    text: "‘We will fight’: Ford vows to hit back at U.S. tariffs\n\nPremier Doug Ford says Ontario is ready to respond.",
    quotes: [{ text: "We will fight", speaker: "Doug Ford" }],
  },
  // Postmedia's share bar repeats the headline under `Share this Story:`: the site's line, not speech.
  {
    kind: "furniture",
    text: "Share this Story: ‘Not on our watch’: Mayor vows to keep library open\n\nMayor Jane Roe said on Monday the branch would stay open. “We will find the money,” Roe said.",
    quotes: [{ text: "We will find the money,", speaker: "Jane Roe" }],
  },
  // A list of story links may bullet each headline; `MUST WATCH:` labels a video teaser.
  {
    kind: "furniture",
    text: "Nurses have worked without a contract since April.\n\nNurses met with the province on Friday. “We asked for a fair deal,” union leader Tom Baker said.\n\n» ‘Enough is enough’: Nurses rally in Halifax\n\n• ‘Not this time’: Paramedics reject offer\n\nMUST WATCH: ‘They broke their promise’\n\nTalks resume next week.",
    quotes: [{ text: "We asked for a fair deal,", speaker: "Tom Baker" }],
  },
  // A story link's headline may hold an abbreviation's stops (`U.S.`) or a video's running time; a
  // caption's credit may follow the closing mark of a quotation in it.
  {
    kind: "furniture",
    text: "Duties on farm goods took effect this week.\n\nFarm groups met with the minister on Thursday. “We need a plan before spring,” federation president Jane Roe said.\n\n‘We will hit back’: Premier on U.S. duties\n\n‘It’s a disaster’: Growers count losses 2:17\n\nPremier Tom Baker, left, says ‘we are ready.’ JANE DOE / TORONTO STAR\n\nThe ministry did not comment.",
    quotes: [{ text: "We need a plan before spring,", speaker: "Jane Roe" }],
  },
  // The Globe and Mail sets each photo's caption under `Open this photo in gallery:`, its credit
  // sometimes lost: the caption repeats words, it does not quote them.
  {
    kind: "furniture",
    text: "Mayor Jane Roe met the council on Monday.\n\nOpen this photo in gallery:\nMayor Jane Roe says ‘the money is there’ at city hall in Halifax on Monday.\n\n“We will find the money,” Roe said.",
    quotes: [{ text: "We will find the money,", speaker: "Jane Roe" }],
  },
  // A caption over the article's own quote-and-colon headline is one finished paragraph: the
  // headline is no link to another story, which sits under the article's prose. Its words, said
  // again in the body, are the body's speaker's.
  {
    kind: "furniture",
    text: "A jury box at the courthouse in Toronto, seen here in a 2019 file photo.\n\n‘We have a hard case here’: Split verdict shows problems with juries, lawyers say\n\nThe jury was split on the three accused, defence lawyers said.\n\n“We have a hard case here,” said Justice Tom Baker.",
    quotes: [
      { text: "We have a hard case here", speaker: "Tom Baker" },
      { text: "We have a hard case here,", speaker: "Tom Baker" },
    ],
  },
  // Markup left in a scraped page: a mark that closed a tag's attribute opens no quotation (its text
  // starts at the tag's `>`), and one whose only letters are a tag's is no one's words.
  {
    kind: "furniture",
    text: 'The mayor posted about the fair.\n\n<tweet author="@valleymayor" date="May 1, 2024\n">Great crowd at the fair today.<tweet/>.\n\nShe went home early.',
    quotes: [],
  },
  {
    kind: "furniture",
    text: 'The account shared a line from an old speech.\n\n<tweet author="@harbourfan">“Work hard and be kind” – @janeroe #Harbour“<tweet/>.\n\nThe line was not hers.',
    quotes: [{ text: "Work hard and be kind", speaker: null }],
  },
  // A list of links to other stories set with hyphens for bullets, each a headline opening on a
  // quotation and a colon: other stories' headlines, not this one's speech.
  {
    kind: "furniture",
    text: "The river rose two metres overnight, the town said.\n\n“We have sandbags on every street,” Mayor Jane Roe told reporters.\n\n- ‘Worst in decades’: Valley farmers count flood losses\n- 'Stay off the bridge': Police close crossing in Harbour Town\n\nCrews will work through the night.",
    quotes: [{ text: "We have sandbags on every street,", speaker: "Jane Roe" }],
  },
  // A hyphen-bulleted list of other stories' headlines, no stop at their ends: a quotation in one
  // is that story's headline, though a verb of saying stands in it.
  {
    kind: "furniture",
    text: "The river rose two metres overnight, the town said.\n\n“We have sandbags on every street,” Mayor Jane Roe told reporters.\n\n- Harbour schools to stay closed through Friday\n- ‘No easy fix’ for flood maps, minister says after storm\n- Valley council calls river dredging ‘long overdue’\n\nCrews will work through the night.",
    quotes: [{ text: "We have sandbags on every street,", speaker: "Jane Roe" }],
  },
  // Guard: a bulleted summary of the story itself ends its items with stops and keeps its quotations.
  {
    kind: "furniture",
    text: "Mayor Jane Roe spoke to reporters on Monday.\n\n- Roe said the town had “done everything it could.”\n- She said the bridge would reopen “as soon as it is safe.”\n\nCrews will work through the night.",
    quotes: [
      { text: "done everything it could.", speaker: "Jane Roe" },
      { text: "as soon as it is safe.", speaker: "Jane Roe" },
    ],
  },
  // A quotation that is its whole paragraph and ends in a stop before a closing parenthesis or a
  // nested quotation's mark (`….)”`, `… ‘Not here.’”`) ends a sentence: speech, not a subhead.
  {
    kind: "furniture",
    text: "The council explained its reasoning in a memo.\n\nIt gets better:\n\n“By statute, the mayor sets the number of permits each year. (Note to readers: this is not done by decree.)”\n\nTom Baker, a resident, recalled the meeting.\n\n“I kept asking them, ‘Why are we here? Who decided this?’”\n\nThe vote is on Monday.",
    quotes: [
      { text: "By statute, the mayor sets the number of permits each year. (Note to readers: this is not done by decree.)", speaker: null },
      { text: "I kept asking them, ‘Why are we here? Who decided this?’", speaker: "Tom Baker" },
      // Since round 37 the quotation nested in his is listed too (boundaries.ts).
      { text: "Why are we here? Who decided this?", speaker: "Tom Baker" },
    ],
  },
  // A quotation in single marks standing as its own paragraph without a stop heads a section with
  // words the section quotes (`'Far too many questions'`): speech, said by whoever the body names as
  // saying them, not the speaker before it. With a stop (`'A long night.'`) it is a subhead as before.
  {
    kind: "furniture",
    text: 'Town council delays vote on arena\n\nThe council put off its vote on the new arena for a second time on Tuesday.\n\nThe project would replace the rink that closed last year.\n\n"We need more time to read the numbers," said Mayor Jane Roe. "The last thing we want is a surprise."\n\nA report on the cost is due next month.\n\n\'Far too many questions\'\n\n"I proposed it in 2019 and I still like it," said Sam Lee, a former councillor.\n\n"There are still far too many questions about the cost, and nobody is answering them," Coun. Tom Baker said.\n\n\'A long night.\'\n\nThe meeting ran past midnight.',
    quotes: [
      { text: "We need more time to read the numbers,", speaker: "Jane Roe" },
      { text: "The last thing we want is a surprise.", speaker: "Jane Roe" },
      { text: "Far too many questions", speaker: "Tom Baker" },
      { text: "I proposed it in 2019 and I still like it,", speaker: "Sam Lee" },
      { text: "There are still far too many questions about the cost, and nobody is answering them,", speaker: "Tom Baker" },
    ],
  },
  // A photo's caption (with its alt text line above it) set between two paragraphs of quotation
  // is page furniture, not prose: the bare quotation below it goes on from the speaker above, and
  // a person the caption names does not take the floor.
  {
    kind: "furniture",
    text: 'The team lost the final on Sunday.\n\n"We gave it everything," coach Jane Roe said. "It was not enough tonight.\n\nFans leave the stadium\nFans leave the stadium after the loss on Sunday night, as goalie Tom Baker skates off. (Ann Lee/CBC)\n\n"We will be back next year and we will be better."\n\nThe club opened its season in March.\n\n"The young players grew up this year," captain Sam Lee said.\n\nGoalie Mark Chu skates off after the loss on Sunday night. (Ann Lee/The Canadian Press)\n\n"Nobody in this room will forget it."',
    quotes: [
      { text: "We gave it everything,", speaker: "Jane Roe" },
      { text: "It was not enough tonight.", speaker: "Jane Roe" },
      { text: "We will be back next year and we will be better.", speaker: "Jane Roe" },
      { text: "The young players grew up this year,", speaker: "Sam Lee" },
      { text: "Nobody in this room will forget it.", speaker: "Sam Lee" },
    ],
  },
  // `Earlier: Mayor warns council against any ‘nonsense.’` links to an earlier story by its
  // headline: a teaser label, like `READ MORE:`, and the words it quotes are that story's, not speech here.
  {
    kind: "furniture",
    text: "The transit strike entered its third day on Wednesday.\n\n“We are ready to talk at any hour,” union president Jane Roe said.\n\nEarlier: Mayor Tom Baker warns drivers against any strike ‘nonsense.’ Story continues below.\n\nThe city says buses will run on Sunday.\n\nEarlier: Premier Sam Lee calls the walkout “a disgrace”\n\n“Nobody wants this to last,” Roe said.",
    quotes: [
      { text: "We are ready to talk at any hour,", speaker: "Jane Roe" },
      { text: "Nobody wants this to last,", speaker: "Jane Roe" },
    ],
  },
  // A page's date stamp (`date 2021-04-02`) opening the first paragraph is no part of its
  // sentence: the name after it is that sentence's subject, whom a description in the next
  // paragraph (`the Green MLA for Riverside`, `The Ward 3 parent`) stands for.
  {
    kind: "furniture",
    text: " date 2021-04-02 Jane Roe is responding to a report from Ombudsman Tom Baker that found the transit agency “ignored its own rules” and wasted money\n\nIn a post online, the Green MLA for Riverside said “This report shows exactly what we warned about for two years.”\n\nThe minister has not commented.",
    quotes: [
      { text: "ignored its own rules", speaker: "Jane Roe" },
      { text: "This report shows exactly what we warned about for two years.", speaker: "Jane Roe" },
    ],
  },
  {
    kind: "furniture",
    text: "date 2019-06-30 Sam Lee is asking the school board to keep the library open over the summer after a vote led by chair Ann Diaz\n\nThe Ward 3 parent said “The kids need somewhere to go when the weather is bad.”",
    quotes: [{ text: "The kids need somewhere to go when the weather is bad.", speaker: "Sam Lee" }],
  },
  // `‘…,’ says Dr. Jane Doe. (John Roe/CBC)`: a caption closed by a bracketed credit that reports
  // its quotation with `says` or `said` sums up that person's words, often ones the article does
  // not repeat; a caption's other quotations (a sign, a title) stay furniture.
  {
    kind: "furniture",
    text: "The clinic reopened on Monday.\n\n'We had to rethink the whole schedule before winter,' says Dr. Anna Ferris, head of the clinic. (Jane Doe/CBC)\n\nThe waiting list has shrunk since spring.",
    quotes: [{ text: "We had to rethink the whole schedule before winter,", speaker: "Anna Ferris" }],
  },
  {
    kind: "furniture",
    text: 'The council met on Tuesday.\n\nCouncillor Sam Cole said the budget was "dead on arrival" after the vote. (Tom Baker/CBC)\n\nThe budget goes back to staff.',
    quotes: [{ text: "dead on arrival", speaker: "Sam Cole" }],
  },
  {
    kind: "furniture",
    text: 'The march crossed the bridge at noon.\n\nA protester holds a sign reading "Save our river" near the bridge. (Tom Baker/CBC)\n\n"We will keep coming back," organizer Jane Roe said.',
    quotes: [{ text: "We will keep coming back,", speaker: "Jane Roe" }],
  },
  // A newsletter box's line (`Big stories from Tallwood … sent to your email, the moment they break.`)
  // set between two paragraphs is the page's: the quotation after it goes on from the one before.
  {
    kind: "furniture",
    text: '"Jobs may move to other provinces for a while," said Minister Greta Lund.\n\nBreaking news from Canada and around the world sent to your email, as it happens.\n\n"It is a hard time for everybody."',
    quotes: [
      { text: "Jobs may move to other provinces for a while,", speaker: "Greta Lund" },
      { text: "It is a hard time for everybody.", speaker: "Greta Lund" },
    ],
  },
  // A video player's teaser line and the title it repeats below it sit between two paragraphs of
  // prose: a bare quotation after them goes on from the speaker before, not the title's subject.
  {
    kind: "furniture",
    text: "\u201cWe came to listen,\u201d Mayor Carla Benoit said at the hall.\n\nClick to play video: 'Premier signs flood recovery deal with northern towns'\nPremier signs flood recovery deal with northern towns\n\n\u201cNow we have to rebuild, street by street.\u201d",
    quotes: [
      { text: "We came to listen,", speaker: "Carla Benoit" },
      { text: "Now we have to rebuild, street by street.", speaker: "Carla Benoit" },
    ],
  },
  {
    kind: "furniture",
    text: "\u201cThe season is over for us,\u201d said coach Dale Pruitt.\n\nClick to play video: 'Minister announces new arena funding'\nMinister announces new arena funding\n\n\u201cWe will be back next fall.\u201d",
    quotes: [
      { text: "The season is over for us,", speaker: "Dale Pruitt" },
      { text: "We will be back next fall.", speaker: "Dale Pruitt" },
    ],
  },
  // The title a video teaser repeats on the line under it is the player's, quotations and all.
  {
    kind: "furniture",
    text: "The rink will stay closed until spring, the city said.\n\nClick to play video: 'Hockey parents say \u2018we were never asked\u2019 about rink closure'\nHockey parents say \u2018we were never asked\u2019 about rink closure\n\nRepairs are expected to cost $2 million.",
    quotes: [],
  },
  {
    kind: "furniture",
    text: "Crews worked through the night to clear the highway.\n\nClick to play video: 'Trucker calls storm \u201cthe worst I have seen\u201d'\nTrucker calls storm \u201cthe worst I have seen\u201d\n\nThe road reopened at noon.",
    quotes: [],
  },
  // Publishing-system markup left in a page (`[storybar title=”…”]`): its attributes are a linked
  // story's headline, and a quotation inside it is no one's words.
  {
    kind: "furniture",
    text: "The Oilers lost again on Tuesday.\n\n[np_storybar title=\u201dCoach says team \u2018needs to find its legs,\u2019 GM insists\u201d link=\u201dhttp://example.com/story\u201d]\n[/np_storybar]\n\nThey play again Thursday.",
    quotes: [],
  },
  {
    kind: "furniture",
    text: "Council met late into the night.\n\n[related_story title=\u201dMayor calls plan \u2018a good start\u2019 for transit\u201d]\n\nThe vote was 9-4.",
    quotes: [],
  },
  // A page's label before a caption's subject (`Caption`, `FILE`, `Video`) is no part of the
  // name after it.
  {
    kind: "furniture",
    text: 'Caption Tavik Oolayou speaks at the legislature on Tuesday.\n\n"We waited a long time," Oolayou said.',
    quotes: [{ text: "We waited a long time,", speaker: "Tavik Oolayou" }],
  },
  // `at City Hall.Mark Dunn/The Globe and Mail`: a photo credit glued to a caption's last stop
  // is set aside with the word it is glued to; the name run on into it is no one `he` stands for.
  {
    kind: "furniture",
    text: "Shelter beds fill up early as the cold sets in\n\nCouncillor Sam Okafor speaks to reporters at City Hall.Mark Dunn/The Globe and Mail\n\nThe city says nine in ten beds were taken on Tuesday.\n\n\u201cWhere do people go at night?\u201d he asked.",
    quotes: [{ text: "Where do people go at night?", speaker: "Sam Okafor" }],
  },
  // A deck quoting a line (`‘…,’ union president says`, no stop) does not make the body's
  // printing of it, alone as its paragraph, a pull quote: the body's is the speech the deck sums up.
  {
    kind: "furniture",
    text: 'Lakeview nurses warn of empty wards\n\n\u2018Every patient on this floor is waiting too long,\u2019 union president says\n\nThe union says shifts went unfilled 40 times this month, union president Dana Whitcombe said.\n\n"Every patient on this floor is waiting too long."\n\nThe health authority did not respond.',
    quotes: [
      { text: "Every patient on this floor is waiting too long,", speaker: "Dana Whitcombe" },
      { text: "Every patient on this floor is waiting too long.", speaker: "Dana Whitcombe" },
    ],
  },
  // A quoted subhead in single marks, its whole paragraph below the headline, is a quotation
  // however few its words (a two-word one is no scare quote) or however set in capitals.
  {
    kind: "furniture",
    text: "Lakeview evacuees wait out the fire in a school gym\n\nMore than 300 people spent the night on cots at Lakeview Secondary.\n\n\"We left with the clothes on our backs,\" said resident Dana Whitcombe.\n\n'We're safe'\n\nVolunteers handed out blankets and hot meals until midnight.\n\n'NOBODY TOLD US ANYTHING'\n\nSome residents said they learned of the order from neighbours.",
    quotes: [
      { text: "We left with the clothes on our backs,", speaker: "Dana Whitcombe" },
      { text: "We're safe", speaker: null },
      { text: "NOBODY TOLD US ANYTHING", speaker: null },
    ],
  },
  // A quoted subhead credited by a surname alone after its colon (`'…': Roe`) is the quotation it
  // heads, not a link to another story, whose headline has a verb.
  {
    kind: "furniture",
    text: "Lakeview braces for a third week of the blockade\n\nTrucks still lined Harbour Street on Sunday, police said.\n\nMore officers arrived from the county on Saturday, the police board said.\n\n'Not a police problem alone': Whitcombe\n\nLakeview police Chief Dana Whitcombe said the answer may lie with the province.\n\n\"This will not be settled by arrests,\" she said.",
    quotes: [
      { text: "Not a police problem alone", speaker: "Dana Whitcombe" },
      { text: "This will not be settled by arrests,", speaker: "Dana Whitcombe" },
    ],
  },
  // A quoted subhead credited by a title and a surname after its colon (`'…': Chief Whitcombe`) is the
  // quotation it heads, as one credited by a surname alone or a full name is, not a link to another story.
  {
    kind: "furniture",
    text: "Lakeview braces for a third week of the blockade\n\nTrucks still lined Harbour Street on Sunday, police said.\n\nMore officers arrived from the county on Saturday, the police board said.\n\n'Not a police problem alone': Chief Whitcombe\n\nLakeview police Chief Dana Whitcombe said the answer may lie with the province.\n\n\"This will not be settled by arrests,\" she said.",
    quotes: [
      { text: "Not a police problem alone", speaker: "Dana Whitcombe" },
      { text: "This will not be settled by arrests,", speaker: "Dana Whitcombe" },
    ],
  },
  // A pull quote repeats a line the body quotes in a paragraph that ends on a colon before a list
  // (`…,” Roe told the crowd, before listing the union’s demands:`): that paragraph is prose, not a
  // headline's line, so the line set apart in large type is the pull quote, said once.
  {
    kind: "furniture",
    text: "Strikers rallied at the plant gates on Monday.\n\nUnion president Jane Roe addressed the crowd.\n\n\u201cWe will not back down on this.\u201d\n\n\u201cWe will not back down on this,\u201d Roe told the crowd, before listing the union\u2019s demands:\n\nHigher pay, shorter shifts and a pension plan.\n\nThe board did not comment.",
    quotes: [{ text: "We will not back down on this,", speaker: "Jane Roe" }],
  },
  // A related video's title, dated and timed on the lines under it (`5 months ago` / `Duration
  // 0:43`), is the player's words, whatever it quotes; the article's own quotation stays.
  {
    kind: "furniture",
    text: "Clinics across the east end are closing their doors.\n\nThis patient is 'worried' after two clinics closed\n\n5 months ago\nDuration 1:12\n\n\u201cI don\u2019t know where I will go now,\u201d said patient Jane Roe.",
    quotes: [{ text: "I don\u2019t know where I will go now,", speaker: "Jane Roe" }],
  },
  // A caption that opens with its quotation and attributes it straight after (`“…,” a statement
  // from Acme said. Jane Doe/Getty Images`) reports what someone said, whatever its credit's
  // style; one that sets a quotation at the photo's moment stays furniture.
  {
    kind: "furniture",
    text: "Store workers in Canada will not see the raise.\n\n\u201cThe raise announced today applies to our U.S. stores only,\u201d a statement from Acme Canada said. Jane Doe/Getty Images\n\nA worker waves after saying \u201cgood luck\u201d to a customer on Friday. Jane Doe/Getty Images\n\nThe company employs 90,000 people in Canada.",
    quotes: [{ text: "The raise announced today applies to our U.S. stores only,", speaker: "Acme Canada" }],
  },
  // An agency's photo credit (`(AP Photo/The Canadian Press, Name)`) names the photographer, whom
  // no later description or pronoun stands for.
  {
    kind: "furniture",
    text: "The company\u2019s tower stands in downtown Halifax on Monday. (AP Photo/The Canadian Press, Piet Vandermolen)\n\nThe head of the carrier says the outage was unacceptable.\n\n\u201cWe let our customers down,\u201d he said.",
    quotes: [{ text: "We let our customers down,", speaker: null }],
  },
  // A newsletter's box (`The latest … news emailed to you every …`) set between a quotation and
  // the one that continues it is page furniture: the continuation keeps its speaker, not the
  // source the paragraph after it names.
  {
    kind: "furniture",
    text: "\u201cThis clinic fills a real gap,\u201d said Health Minister Ann Lee.\n\nThe latest science and health news emailed to you every Monday.\n\n\u201cPatients will stay as long as they need.\u201d\n\nAccording to Mayor Tom Moss, the town has waited years for it.",
    quotes: [
      { text: "This clinic fills a real gap,", speaker: "Ann Lee" },
      { text: "Patients will stay as long as they need.", speaker: "Ann Lee" },
    ],
  },
  // Every agency a caption's photo label names (`(EPA Photo/The Canadian Press, Name)`, as `AP`)
  // closes the credit, whose photographer no later pronoun stands for.
  {
    kind: "furniture",
    text: "The company\u2019s tower stands in downtown Halifax on Monday. (EPA Photo/The Canadian Press, Piet Vandermolen)\n\nThe head of the carrier says the outage was unacceptable.\n\n\u201cWe let our customers down,\u201d he said.",
    quotes: [{ text: "We let our customers down,", speaker: null }],
  },
  // `Read more: Police say …` between two quotations of one speaker: the page's link to another
  // story, whose speech is no one's in this one; the bare quotation after it goes on from the speaker above.
  {
    kind: "furniture",
    text: "\u201cWe think one group placed all of these calls,\u201d Cst. Jane Roe told reporters in an email.\n\nRead more: Police say Millbrook woman loses $4K to fake lottery win\n\n\u201cThe callers tell people not to mention the call to anyone.\u201d",
    quotes: [
      { text: "We think one group placed all of these calls,", speaker: "Jane Roe" },
      { text: "The callers tell people not to mention the call to anyone.", speaker: "Jane Roe" },
    ],
  },
  // An opening mark right after an article that nothing closes (`with a "Welcome home sign.`)
  // opened a name whose closing mark was lost: the rest of the caption is nobody's words.
  {
    kind: "furniture",
    text: 'Volunteers filled the arrivals hall at Marden airport on Friday.\n  \u2022 Lena Ostrova and Pim Adair wait at gate two for the families with a "Welcome home sign. The first flights landed in Marden in March.\n  \u2022 Volunteers hand out coats in the arrivals hall.\n\n"We have waited for this day since the summer," said Lena Ostrova, who leads the Marden welcome group.',
    quotes: [{ text: "We have waited for this day since the summer,", speaker: "Lena Ostrova" }],
  },
  // A page named by its outlet with no owner's possessive (`This Oakvale Gazette page is maintained …`)
  // is the page's own label, which says nothing anyone said.
  {
    kind: "furniture",
    text: "This Oakvale Gazette page is maintained for readers in our records.\n\nFerry Fares \u2018Set To Double,\u2019 Harbour Board Says\n\nFares will rise next year, the board said on Monday.",
    quotes: [{ text: "Set To Double,", speaker: null }],
  },
  // A headline's quoted words the body never quotes again are the desk's, no one's quotation.
  {
    kind: "furniture",
    text: "\u2018Rising water\u2019: Corvale braces for spring floods along the Pell\n\nCORVALE \u2014 Crews stacked sandbags along the river on Tuesday as the town prepared for the melt.\n\n\u201cWe have done this before and we will do it again,\u201d Mayor Idris Kemble said at the town hall.\n\nThe river rose two metres overnight.",
    quotes: [{ text: "We have done this before and we will do it again,", speaker: "Idris Kemble" }],
  },
  // A deck quoted in single marks above a body quoting in double marks, its words never repeated
  // below, is a pull quote credited to no one; the paragraph above it (`Pellworth, N.S.`) lends no speaker.
  {
    kind: "furniture",
    text: "Pellworth ferry service cut for the winter\n\nHundreds gathered at the dock in Pellworth, N.S., on Saturday to protest the cut.\n\n\u2018If you ran a shop the way they run this ferry, you would have been closed down years ago\u2019\n\nPELLWORTH \u2014 The island's ferry will stop running in December, the transit board said Monday.\n\n\u201cThe boat needs a new engine and we cannot fund one this year,\u201d board chair Marisol Teague said.\n\n\u201cWe looked at every option,\u201d she added.",
    quotes: [
      { text: "The boat needs a new engine and we cannot fund one this year,", speaker: "Marisol Teague" },
      { text: "We looked at every option,", speaker: "Marisol Teague" },
    ],
  },
  // Not so a headline's words the body quotes someone saying, a headline crediting its quotation,
  // a deck the body repeats as a resident's words, or one word the lead quotes again.
  {
    kind: "furniture",
    text: "Corvale mayor calls flood plan \u2018a real gamble\u2019\n\nCORVALE \u2014 The mayor raised doubts on Tuesday about the province's flood plan.\n\n\u201cIt is a real gamble with people's homes,\u201d Mayor Idris Kemble said.\n\nThe plan goes to a vote next week.",
    quotes: [
      { text: "a real gamble", speaker: "Idris Kemble" },
      { text: "It is a real gamble with people's homes,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "\u2018We will rebuild\u2019, says Corvale mayor after the flood\n\nCORVALE \u2014 Mayor Idris Kemble spoke to residents on Tuesday.\n\n\u201cEvery house will stand again,\u201d Kemble said.",
    quotes: [
      { text: "We will rebuild", speaker: "Idris Kemble" },
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "Pellworth ferry service cut for the winter\n\n\u2018We were never told why\u2019\n\nPELLWORTH \u2014 The island's ferry will stop running in December, the transit board said Monday.\n\n\u201cWe were never told why, and we want answers,\u201d said resident Halvard Brisco.\n\n\u201cThe boat needs a new engine,\u201d board chair Marisol Teague said.",
    quotes: [
      { text: "We were never told why", speaker: "Halvard Brisco" },
      { text: "We were never told why, and we want answers,", speaker: "Halvard Brisco" },
      { text: "The boat needs a new engine,", speaker: "Marisol Teague" },
    ],
  },
  {
    kind: "furniture",
    text: "Corvale minister admits \u2018mistakes\u2019 in flood response\n\nCORVALE \u2014 Minister Idris Kemble said there were \u201cmistakes\u201d in the way the province handled the flood.\n\n\u201cWe learned a great deal,\u201d Kemble said.",
    quotes: [{ text: "We learned a great deal,", speaker: "Idris Kemble" }],
  },
  // A quotation of several sentences standing alone without its last stop, right after a
  // paragraph quoting speech, goes on with that speech: no pull quote.
  {
    kind: "furniture",
    text: "PELLWORTH \u2014 Ferry workers walked off the job on Monday, union local president Halvard Brisco said.\n\n\u201cWe asked for a wage offer for two years and never got one,\u201d Brisco said.\n\n\u201cBut we are out here and \u2026 I am proud of the crews \u2026 I am stunned. The support is huge. I never thought this many would come\u201d\n\nBrisco said the night sailings will still run.",
    quotes: [
      { text: "We asked for a wage offer for two years and never got one,", speaker: "Halvard Brisco" },
      {
        text: "But we are out here and \u2026 I am proud of the crews \u2026 I am stunned. The support is huge. I never thought this many would come",
        speaker: "Halvard Brisco",
      },
    ],
  },
  // Not so the same under a headline, with no speech above it, or a one-line heading after speech.
  {
    kind: "furniture",
    text: "Ferry workers walk off the job in Pellworth\n\n\u201cWe asked for a wage offer. We never got one. Now the boats stay tied up\u201d\n\nPELLWORTH \u2014 Ferry workers walked off the job on Monday.\n\n\u201cThe boats stay in,\u201d union local president Halvard Brisco said.",
    quotes: [{ text: "The boats stay in,", speaker: "Halvard Brisco" }],
  },
  {
    kind: "furniture",
    text: "PELLWORTH \u2014 Ferry workers walked off the job on Monday.\n\n\u201cThe boats stay in,\u201d union local president Halvard Brisco said.\n\n\u201cA long winter on the dock\u201d\n\nThe strike is the first in twenty years.",
    quotes: [{ text: "The boats stay in,", speaker: "Halvard Brisco" }],
  },
  // A photo's alt text, the short line right above its credited caption, quotes what the picture
  // shows (a sign's words): no one's quotation.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA blue sign reading 'Walk-ins Closed' hangs on a clinic door.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not so a line there that reports someone's words, by a verb of saying or a colon.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\n\u201cWe are doing our best,\u201d Kemble added.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We are doing our best,", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nKemble: \u201cWe are doing our best.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We are doing our best.", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // A single-marked quotation that is its whole paragraph below speech an attribution credits, in an
  // article quoting in single marks, is the speaker's run, no heading: the headings stand above the
  // body's first credited quotation (uncredited-headings.ts). (`she added` lending no speaker is older.)
  {
    kind: "furniture",
    text: "CORVALE \u2014 The town voted on Tuesday.\n\n\u2018Every house will stand again,\u2019 Mayor Idris Kemble said.\n\n\u2018We have the crews to do it,\u2019 she added.\n\n\u2018The first homes go up in May.\u2019\n\n\u201cRebuild\u201d was the word on every sign.",
    quotes: [
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
      { text: "We have the crews to do it,", speaker: null },
      { text: "The first homes go up in May.", speaker: null },
    ],
  },
  // Not so a pull quote between credited paragraphs of a double-marked article, or a deck above the body.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The town voted on Tuesday.\n\n\u201cEvery house will stand again,\u201d Mayor Idris Kemble said.\n\n\u2018A town that will not quit\u2019\n\n\u201cWe have the crews,\u201d she added.\n\n\u201cWe start in May,\u201d Kemble said.",
    quotes: [
      { text: "Every house will stand again,", speaker: "Idris Kemble" },
      { text: "We have the crews,", speaker: null },
      { text: "We start in May,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "Corvale votes to rebuild\n\n\u2018The river took everything\u2019\n\nCORVALE \u2014 The town voted on Tuesday.\n\n\u2018We will rebuild every house,\u2019 Mayor Idris Kemble said.\n\n\u201cRebuild\u201d was the word on every sign.\n\n\u201cWe start in May,\u201d Kemble said.",
    quotes: [
      { text: "We will rebuild every house,", speaker: "Idris Kemble" },
      { text: "We start in May,", speaker: "Idris Kemble" },
    ],
  },
  // A quotation standing alone without its stop goes on with the speech above only in the speaker's
  // own voice (`I`, `we`, `you`) and past a real sentence's end: an abbreviation's stop (`Dr. Fenn`)
  // ends no sentence, a headline's words speak of no one, and a re-marked line is no speech to go on from.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cDr. Fenn saved my life\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Three barns lost\u201d\n\n\u201cBakery reopens. Town rallies\u201d",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // Not so a sentence ending on an acronym (`the RCMP.`), or a title's stop before another sentence.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike, who runs the bakery.\n\n\u201cNobody called the RCMP. The town came out for us\u201d\n\nCrews worked until dawn.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "Nobody called the RCMP. The town came out for us", speaker: "Orla Pike" },
    ],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cMrs. Fenn took us in. We owe her everything\u201d\n\nThe storm hit at midnight.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "Mrs. Fenn took us in. We owe her everything", speaker: "Orla Pike" },
    ],
  },
  // A line above a credited caption that quotes a sentence of its own after another, or credits its
  // words `according to` someone, reports speech: no photo's alt text.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nKemble was blunt. \u201cIt is over.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "It is over.", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nIt is \u201ca disgrace,\u201d according to Kemble.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "a disgrace,", speaker: "Idris Kemble" },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // Not so an alt text with a sentence before its sign's words, or a sign's words ending on a stop.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nNurses marched on Friday. A placard reading 'Staff us' led the way.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner reading 'Save our clinic.' hangs on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // A line above a credited caption whose subject is a thing bearing words (`A banner says …`) is
  // the photo's alt text though it has a verb of saying: the banner speaks for no one.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner says 'Save our clinic' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not so a person holding one, or a person named by such a thing (`The sign maker said`).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA nurse with a sign said 'Save our clinic.'\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "Save our clinic.", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nThe sign maker said 'We sold out.'\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "We sold out.", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // A stopless line of sentences after a speaker's quotation goes on with the speech when it reads
  // as speech (`The bakery is gone. It took …`), with or without `I`, `we` or `you`.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cThe bakery is gone. It took forty years to build\u201d\n\nThe storm hit at midnight.",
    quotes: [
      { text: "We lost the roof,", speaker: "Orla Pike" },
      { text: "The bakery is gone. It took forty years to build", speaker: "Orla Pike" },
    ],
  },
  // Not fired: a heading's `your` or `our` (`Your guide to the cleanup`, `Our town rallies`) is no speech.
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Your guide to the cleanup\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Our town rallies\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // An alt text above a credited caption stays furniture when its quotation after a sentence is a
  // slogan (no word of speech: `“Save our clinic.”`), or when a thing in the picture reads the words
  // it credits `according to` someone.
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nNurses gather outside the clinic. \u201cSave our clinic.\u201d\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA banner reading 'Staff us,' according to organisers, hung on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Things bearing words that say them in an alt text above a credited caption speak for no one,
  // with no article (`Signs say`) or with two words describing them (`A large red banner says`).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nSigns say 'Staff us' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA large red banner says 'Save our clinic' on the fence.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [{ text: "We cannot staff the night shift,", speaker: "Idris Kemble" }],
  },
  // Not fired: a person holding a sign says the words (the line stays speech).
  {
    kind: "furniture",
    text: "CORVALE \u2014 The clinic on Pell Street closed its doors on Friday night for the third time this month.\n\nA nurse with a large red sign says 'Staff us' today.\n\nClinics across the valley have closed for lack of nurses. (Anwen Roskell/CBC)\n\n\u201cWe cannot staff the night shift,\u201d clinic director Idris Kemble said.",
    quotes: [
      { text: "Staff us", speaker: null },
      { text: "We cannot staff the night shift,", speaker: "Idris Kemble" },
    ],
  },
  // Not fired: `be` or `have` alone in a stopless line (`Residents are counting the cost`) is a headline's, no speech (rev23f E).
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Residents are counting the cost\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  {
    kind: "furniture",
    text: "\u201cWe lost the roof,\u201d said Orla Pike.\n\n\u201cStorm hits Corvale. Crews have cleared the roads\u201d\n\nThe storm hit at midnight.",
    quotes: [{ text: "We lost the roof,", speaker: "Orla Pike" }],
  },
  // A headline ending on a per cent sign (`… below 5%`) is still a headline's line: its quotation, which the body never quotes again, is nobody's (rules24C).
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4%\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [{ text: "The increase is too much,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4%\nCorvale council takes up the levy on Thursday.\n\u201cNot one cent more,\u201d said Councillor Ilse Marrow.",
    quotes: [
      { text: "Not one cent more", speaker: "Ilse Marrow" },
      { text: "Not one cent more,", speaker: "Ilse Marrow" },
    ],
  },
  {
    kind: "furniture",
    text: "Councillor Ilse Marrow says \u2018no more than 4%\u2019\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [
      { text: "no more than 4%", speaker: "Ilse Marrow" },
      { text: "The increase is too much,", speaker: "Ilse Marrow" },
    ],
  },
  // A lone quoted line in single marks, in an article whose one other quotation is in double marks, is a pull quote: its own marks cast no vote on the article's style (rules24C).
  {
    kind: "furniture",
    text: "Subscribe\nMore from our sites:\nGet rolling! Pellworth Motors brings the region car news, reviews and photos.\nLearn more \u203a\nThe ad below is still loading; the story goes on after it.\n\n'We are at odds with the harbour board'\n\nThe boat has drifted onto the rocks, a young man explains in a rush.\n\nDispatcher Ivo Brand has answered these calls for decades.\n\nMoments later, it arrives: \u201cSend the tug!\u201d the young man says.",
    quotes: [{ text: "Send the tug!", speaker: null }],
  },
  {
    kind: "furniture",
    text: "Subscribe\nMore from our sites:\nGet rolling! Pellworth Motors brings the region car news, reviews and photos.\nLearn more \u203a\nThe ad below is still loading; the story goes on after it.\n\n'We are at odds with the harbour board'\n\nThe boat has drifted onto the rocks.\n\n'Send the tug,' said dispatcher Ivo Brand.",
    quotes: [
      { text: "We are at odds with the harbour board", speaker: null },
      { text: "Send the tug,", speaker: "Ivo Brand" },
    ],
  },
  // In an article that mixes marks, a lone single-quoted paragraph that is a stopped sentence is the body's speech, not a pull quote: only a line with no final stop casts no vote on the style (mend24C).
  {
    kind: "furniture",
    text: "Corvale ferry users face more delays.\n\nIvo Brand has run the ferry for 20 years.\n\nHe says the council has ignored his letters.\n\nThe council disagrees.\n\nBrand is not convinced.\n\n'The boat is too old and the council will not pay for a new one.'\n\n\u201cWe have a plan,\u201d said Mayor Ada Lind.",
    quotes: [
      { text: "The boat is too old and the council will not pay for a new one.", speaker: "Ivo Brand" },
      { text: "We have a plan,", speaker: "Ada Lind" },
    ],
  },
  // A headline ending on a number and a per cent sign set apart (`under 4 %`) or a degree sign (`hits 38°`) is a headline's line: its quotation, which the body never quotes again, is nobody's (mend24C).
  {
    kind: "furniture",
    text: "\u2018Not one cent more\u2019: Corvale aldermen look for ways to hold the levy under 4 %\nCorvale council takes up the levy on Thursday.\n\u201cThe increase is too much,\u201d said Councillor Ilse Marrow.",
    quotes: [{ text: "The increase is too much,", speaker: "Ilse Marrow" }],
  },
  {
    kind: "furniture",
    text: "\u2018Too hot to work\u2019: Corvale heat hits 38\u00b0\nCorvale crews stopped work on Thursday.\n\u201cIt is too much,\u201d said foreman Ilse Marrow.",
    quotes: [{ text: "It is too much,", speaker: "Ilse Marrow" }],
  },
  // Not fired: a credit line (`Submitted by …`) under the label; the painted words are no one's
  // speech (mend24D, rev24e 7).
  {
    kind: "furniture",
    text: "Corvale survivors gather\n\nMarta Quillon, 64, of Corvale\nSubmitted by the Quillon family\n\n\u201cNo child should be sent away.\u201d is painted on the gate.",
    quotes: [{ text: "No child should be sent away.", speaker: null }],
  },
  // A time stamp's line above a Title Case headline (HuffPost Canada's `… EST | Updated … EDT`) leaves the headline its own reading: its subject up to the verb, not the whole line (round 34).
  {
    kind: "furniture",
    text: "02/03/2012 10:27 EST | Updated 04/04/2012 05:12 EDT\n\nSteven Del Rio Wins Corvale Liberal Leadership Race\n\nDel Rio will take over from Kathleen Wynne, who stepped down in 2018.\n\n\u201cOur road ahead will not be easy,\u201d Del Rio told the crowd.",
    quotes: [{ text: "Our road ahead will not be easy,", speaker: "Steven Del Rio" }],
  },
  // Control: the same headline opening the page.
  {
    kind: "furniture",
    text: "Steven Del Rio Wins Corvale Liberal Leadership Race\n\nDel Rio will take over from Kathleen Wynne, who stepped down in 2018.\n\n\u201cOur road ahead will not be easy,\u201d Del Rio told the crowd.",
    quotes: [{ text: "Our road ahead will not be easy,", speaker: "Steven Del Rio" }],
  },
  // A pull quote CBC signs after a dash glued to its last stop, no marks: the page's, its
  // name no antecedent for the prose's next `she` (round 39, from r49).
  {
    kind: "furniture",
    text: "Premier Jane Roe spent Saturday making one of her final appeals to voters in the city.\n\nAll of the parties have ground to make up here, with big wins or losses to make in the city.- Political science professor Ann Wells\n\n\u201cWe do not have to repeat history here, we can make history,\u201d she told supporters.",
    quotes: [{ text: "We do not have to repeat history here, we can make history,", speaker: "Jane Roe" }],
  },
  // Control: the same words as prose, the professor speaking, do bring her in.
  {
    kind: "furniture",
    text: "Premier Jane Roe spent Saturday making one of her final appeals to voters in the city.\n\nThe parties have ground to make up in the city, said political science professor Ann Wells.\n\n\u201cWe do not have to repeat history here, we can make history,\u201d she told supporters.",
    quotes: [{ text: "We do not have to repeat history here, we can make history,", speaker: "Ann Wells" }],
  },
  // From the round's review: the signed pull quote is read as a caption is, so its full name
  // still says who a later surname is.
  {
    kind: "furniture",
    text: "Mayor Jane Roe unveiled the plan on Monday.\n\nIt\u2019s the most ambitious transit project in a generation.- Transit advocate Marie Dubois\n\nDubois, who heads a riders\u2019 group, said she had waited years for it.\n\n\u201cFinally,\u201d she said.",
    quotes: [{ text: "Finally,", speaker: "Marie Dubois" }],
  },
];
