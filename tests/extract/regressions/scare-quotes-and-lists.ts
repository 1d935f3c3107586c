// Regression cases of the kind “scare quotes and lists” (see ../regressions.ts), in the order they were written.
import type { RegressionCase } from "./types";

export const SCARE_QUOTES_AND_LISTS: RegressionCase[] = [
  // Precision: marks that are not speech.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, the party leader, said voters were tired of words like “reform”, “growth” and “renewal”. She spoke in Leeds.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The brochure promised “luxury”, “comfort”, “space” or “calm”, said Tom Baker, who runs the hotel.",
    quotes: [],
  },
  // What is chanted or shouted is the words themselves, however short or capitalised: never a title.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker led the marchers down the hill to the harbour, chanting “Save Our Pier,” as the rain began.",
    quotes: [{ text: "Save Our Pier,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe led the crowd in chants of “Four more years” outside the hall.",
    quotes: [{ text: "Four more years", speaker: "Jane Roe" }],
  },
  // The words on a sign or in a message are its writing, not a title, and all it says.
  {
    kind: "scare quotes and lists",
    text: "Outside the court, a man waved a sign that read “Free The River” as the judge arrived.",
    quotes: [{ text: "Free The River", speaker: null, endsWith: "Free The River" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The council sent out a message on Facebook reading “Pool Closed Today” on Sunday morning.",
    quotes: [{ text: "Pool Closed Today", speaker: null, endsWith: "Pool Closed Today" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Critics call the scheme a “shake-up” of the board. “It will fail,” said Tom Baker.",
    quotes: [{ text: "It will fail,", speaker: "Tom Baker" }],
  },
  // Lists in Canadian Press style, the stop inside the last item's marks.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, spoke in Ottawa. He said the talks kept coming back to words such as “sovereignty” and “respect.”",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, spoke in Ottawa. He called the plan “reckless,” “costly” and “unfair.”",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker spoke in Ottawa. Protesters carried signs reading “Land back,” “No pipelines” and “Water is life.” Baker did not meet them.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, told reporters the deal rests on “trust,” “respect” and “partnership.” He left for Ottawa on Tuesday.",
    quotes: [],
  },
  // A headline quotes after a colon or a verb of saying; a quotation worked into its words is a name or a borrowed phrase.
  {
    kind: "scare quotes and lists",
    text: "After ‘Freedom Convoy,’ Ottawa Residents Want Answers\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Liberals Unveil ‘Made in Canada’ Plan Ahead of Budget\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "In ‘historic vote,’ Nunavut elects new premier\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  {
    // Guards the headline rule: after a speaker's colon the quotation is the speaker's.
    kind: "scare quotes and lists",
    text: "Premier Jane Roe: ‘We will not back down’\nTom Baker, the mayor, spoke on Monday. “We are ready,” he said.",
    quotes: [
      { text: "We will not back down", speaker: "Jane Roe" },
      { text: "We are ready,", speaker: "Tom Baker" },
    ],
  },
  // A word or three after an article or possessive is a borrowed noun phrase, unless attributed.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the mayor, said the delay came from a “paperwork glitch,” a problem his staff fixed within a week.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The plan is a “raw deal,” said Tom Baker, the mayor.",
    quotes: [{ text: "raw deal,", speaker: "Tom Baker" }],
  },
  // A term set off by a comma and an appositive that says what it means (`“secret,” the second
  // level of…`) is named, not said, when no verb of saying follows in the sentence.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the minister, said most of the files were marked “protected,” the lowest level of security in the federal system.",
    quotes: [],
  },
  {
    // Guards the rule: a verb of saying after a long description still attributes the quotation.
    kind: "scare quotes and lists",
    text: "Tom Baker spoke to reporters on Monday. He said it was “not at all,” the minister, who had met union leaders all morning, told them.",
    quotes: [{ text: "not at all,", speaker: "Tom Baker" }],
  },
  // Letters to the editor cite the article they answer by its headline: in brackets with the
  // outlet, section or date, or after `Re:`. A speaker credited in brackets stays speech.
  {
    kind: "scare quotes and lists",
    text: "I agree with Jane Roe (“Ottawa’s carbon plan falls short,” Opinion, Feb. 3). The tax is far too low, writes Tom Baker.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Re: “Province cuts funding to rural clinics” (Feb. 3).\n\nAs a nurse in Brandon, I see the damage every day, writes Tom Baker.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The hall fell quiet. (“I don’t want a fight,” Tom Baker, the organizer, said.)",
    quotes: [{ text: "I don’t want a fight,", speaker: "Tom Baker" }],
  },
  // Nouns that name what follows (`title`, `hashtag`, `motto`), unless a colon introduces a quotation.
  {
    kind: "scare quotes and lists",
    text: "The report’s title, “A Crisis in Care,” says it all, Tom Baker told reporters on Monday.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said Monday that the school’s motto, “Learning never ends,” would stay on the new building.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker spoke to supporters in Regina on Monday. He gave them a new motto: “We will not be moved.”",
    quotes: [{ text: "We will not be moved.", speaker: "Tom Baker" }],
  },
  // A work's title set off by commas after the work (`column, “…,” is`), its sentence going on.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe's column, “Why the north still matters,” is worth reading, Tom Baker writes.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker's new documentary, “Where the rivers meet,” opens the festival in Saskatoon on Friday.",
    quotes: [],
  },
  // Naming phrases: what someone or something is called is a name, not anyone's words.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, a farmer known as “the Potato King,” said the frost came early this year.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, a self-described “policy nerd,” said she reads every bill before a vote.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The trail, referred to as “the Loop,” will close in May, Tom Baker told reporters.",
    quotes: [],
  },
  // A headline or book credited to its author with a comma and `by` is a title.
  {
    kind: "scare quotes and lists",
    text: "Tom Baker, the councillor, quoted from “Why our city needs a new arena,” by Jane Roe, at Monday’s meeting.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "MUST READ — “Ottawa’s housing plan falls short of its promise,” by the Star’s Jane Roe: “The plan builds fewer homes than it claims.”",
    quotes: [{ text: "The plan builds fewer homes than it claims.", speaker: "Jane Roe" }],
  },
  {
    // Guards the credit rule: `by` and no name is no credit.
    kind: "scare quotes and lists",
    text: "“We will not back down,” by his own account, Tom Baker told the crowd.",
    quotes: [{ text: "We will not back down,", speaker: "Tom Baker" }],
  },
  // Titles and terms whose comma sits inside the marks, the sentence running on after them.
  {
    kind: "scare quotes and lists",
    text: "“Harbour Lights,” which opens in Halifax on Friday, is her third novel. “It took six years,” Jane Roe said.",
    quotes: [{ text: "It took six years,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Most of the files were rated “confidential,” the lowest grade of secrecy, the report found.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The network revived “Night Desk,” a drama first aired in 1989, and “Open Road,” on Sundays.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    // The same shape with an attribution after the comma is speech.
    text: "Mayor Tom Baker spoke last. “Never again,” the mayor said. “Not in this city,” he added.",
    quotes: [
      { text: "Never again,", speaker: "Tom Baker" },
      { text: "Not in this city,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "The union called the offer 'insulting', 'cynical' and 'late'. 'We will strike,' said Jane Roe, its president.",
    quotes: [{ text: "We will strike,", speaker: "Jane Roe" }],
  },
  // An article that quotes speech in double marks holds a term at arm's length in single marks
  // inside a noun phrase (`a suspected 'gas leak'`); speech in single marks closes with its comma or stop.
  {
    kind: "scare quotes and lists",
    text: "Residents were told to stay indoors after a suspected 'gas leak' on Tuesday.\n“Keep away from the area,” Sgt. Tom Baker said.\n“We will update the public,” he added.",
    quotes: [
      { text: "Keep away from the area,", speaker: "Tom Baker" },
      { text: "We will update the public,", speaker: "Tom Baker" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "The city said its ongoing 'water emergency' in the east end is not over.\n“The wells are not fit to use yet,” said Jane Roe, the city engineer.\n“Give us two more days,” she said.",
    quotes: [
      { text: "The wells are not fit to use yet,", speaker: "Jane Roe" },
      { text: "Give us two more days,", speaker: "Jane Roe" },
    ],
  },
  {
    // Guards the rule: a short line in single marks that closes with its comma is speech.
    kind: "scare quotes and lists",
    text: "The hearing ran late.\n'No comment,' said Tom Baker, leaving the courthouse.\n“We will appeal,” his lawyer, Jane Roe, said.\n“The ruling was wrong,” she added.",
    quotes: [
      { text: "No comment,", speaker: "Tom Baker" },
      { text: "We will appeal,", speaker: "Jane Roe" },
      { text: "The ruling was wrong,", speaker: "Jane Roe" },
    ],
  },
  // A word or three a relative clause runs on from, in a sentence that reports no speech, names a thing.
  {
    kind: "scare quotes and lists",
    text: "The bylaw bans dogs deemed “high-risk,” which the city defines by breed. “It is about safety,” said Jane Roe, the city clerk.",
    quotes: [{ text: "It is about safety,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Buildings considered “heritage-grade,” which the city protects, cannot be torn down. “We will appeal,” said Tom Baker, a developer.",
    quotes: [{ text: "We will appeal,", speaker: "Tom Baker" }],
  },
  // A name after an article, set off by a comma and an appositive that says what it is, is named, not said.
  {
    kind: "scare quotes and lists",
    text: "The premier unveiled a “fair deal for the north,” a package of road and clinic funding, in Sudbury. “We listened,” Premier Jane Roe said.",
    quotes: [{ text: "We listened,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker launched his “plan for safer streets at night,” a set of bylaws, on Monday. “It starts now,” he said.",
    quotes: [{ text: "It starts now,", speaker: "Tom Baker" }],
  },
  // A scare-quoted plural before a later quotation stays a term of its own.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe dismissed the so-called 'experts' on the panel. 'We know our city,' she said.",
    quotes: [{ text: "We know our city,", speaker: "Jane Roe" }],
  },
  // a title after a noun of its genre, even with a comma inside the marks (`comeback drama “…,”`).
  {
    kind: "scare quotes and lists",
    text: "Among the films screening this year are Ann Lee's comeback drama “The Quiet Harbour,” Tom Baker's “Night Train,” and a restored western. “We had more entries than ever,” said Mary Fox, the festival director.",
    quotes: [{ text: "We had more entries than ever,", speaker: "Mary Fox" }],
  },
  // `the march, called “…,” will…`: a participle of naming set off by a comma names an event.
  {
    kind: "scare quotes and lists",
    text: "Organizers said the march, called “Walk for the lake,” will start at noon on Saturday. “We expect thousands,” said Tom Baker, one of the organizers.",
    quotes: [{ text: "We expect thousands,", speaker: "Tom Baker" }],
  },
  // `her proposed “…,” brushed…`: a determiner and a participle make the quotation a noun phrase.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, asked again about her proposed “neighbourhood renewal fund for families,” brushed the question aside on Monday. “We will have more to say soon,” she said later.",
    quotes: [{ text: "We will have more to say soon,", speaker: "Jane Roe" }],
  },
  // a book's title with a long subtitle after its colon is still a title.
  {
    kind: "scare quotes and lists",
    text: "According to Mary Fox's “Northern Lights: How a Small Prairie Town Built the Biggest Co-operative Dairy in the West” and other sources, the plant opened in 1921. “It changed everything here,” said Tom Baker, the town's mayor.",
    quotes: [{ text: "It changed everything here,", speaker: "Tom Baker" }],
  },
  // Words mouthed without a sound are the words themselves, like those chanted (round 10, PolNeAR train).
  {
    kind: "scare quotes and lists",
    text: "Premier Dana Kirk lifted the pennant and swung it overhead, mouthing “well done” toward the bleachers.",
    quotes: [{ text: "well done", speaker: "Dana Kirk" }],
  },
  // `the draft bylaw, stamped “secret.”`: a label written on a thing is no one's words, even ending the sentence.
  {
    kind: "scare quotes and lists",
    text: "Councillor Dana Fry held up the draft bylaw, stamped “secret.” She said residents were never consulted. Staff kept a folder marked “do not copy” in the clerk’s office.",
    quotes: [],
  },
  // `“…,” came shouts from the gallery`: `came` and a noun of answering or crying out attribute the
  // words, inverted, to whoever comes after `from`; the sentence does not run on from a term.
  {
    kind: "scare quotes and lists",
    text: "The board chair called for a voice vote and declared the motion lost.\n\n“Count the votes,” came shouts from the gallery, as members booed.\n\n“Not today,” came the reply from Mayor Rita Vale.",
    quotes: [
      { text: "Count the votes,", speaker: null },
      { text: "Not today,", speaker: "Rita Vale" },
    ],
  },
  // Guard: a term the sentence runs on from with `came` and no noun of answering is still no one's words.
  {
    kind: "scare quotes and lists",
    text: "The board chair called for a voice vote and declared the motion lost.\n\nThe result, a “clear mandate,” came as no surprise to members.",
    quotes: [],
  },
  // What a crowd chants is its words, each item a cry of its own, even listed side by side.
  {
    kind: "scare quotes and lists",
    text: "Fans lined the road outside the arena, chanting “Go Lions go” and “One more year” as the coach walked by.",
    quotes: [
      { text: "Go Lions go", speaker: null },
      { text: "One more year", speaker: null },
    ],
  },
  // Guard: a list of short quoted items led by anything else stays a list of terms.
  {
    kind: "scare quotes and lists",
    text: "The mayor listed her priorities as “housing” and “transit” at the meeting on Monday.",
    quotes: [],
  },
  // Guard: after `that`, a capitalised phrase with no verb of its own is a slogan named, not speech.
  {
    kind: "scare quotes and lists",
    text: 'Jane Roe said the campaign would focus on jobs. She dropped that "Manitoba first" slogan as the party changed course.',
    quotes: [],
  },
  // A headline working a quoted phrase into its own words keeps it as a phrase: `Go` there is no
  // verb of saying (that is `she goes, “No”`), nor is `Post` in an outlet's name.
  {
    kind: "scare quotes and lists",
    text: "Harbour Band Is Ready To Go ‘Gold’ Again\n\nThe band played its first show in a decade on Friday night.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Valley Post Sends ‘A Small Squad’ Of Reporters To The Fair\n\nThe newspaper has sent six reporters to cover the fair this week.",
    quotes: [],
  },
  // Guard: a headline's own verb of saying still gives the quotation to its speaker.
  {
    kind: "scare quotes and lists",
    text: "Staff Must Go ‘Back To Work,’ Jane Roe Says\n\nJane Roe spoke at the hall on Monday.",
    quotes: [{ text: "Back To Work,", speaker: "Jane Roe" }],
  },
  // A work's title, the phrase after it saying what work it is (`“…,” a biography written by`): a
  // title, not anyone's words; `written by` describes the work, it does not quote it.
  {
    kind: "scare quotes and lists",
    text: "In the spring, Harbour Press will release “Salt and Stone,” a biography written by the historian Jane Roe.",
    quotes: [],
  },
  // Guard: the work speaking (`an editorial in the Star said`) keeps its words.
  {
    kind: "scare quotes and lists",
    text: "“The budget leaves families behind,” an editorial in the Valley Star said on Monday.",
    quotes: [{ text: "The budget leaves families behind,", speaker: null }],
  },
  // A title's full stop (`Ms.`, `Dr.`) ends no sentence: the verb of saying after it (`“…,” a
  // tearful Ms. Roe said`) attributes the short quotation, which is speech, not a term.
  {
    kind: "scare quotes and lists",
    text: 'The shelter will close at the end of the month.\n\nThe director, Jane Roe, said the closure has hit families hard. "It\'s truly heartbreaking," a tearful Ms. Roe said.\n\nThe city has not said what will replace it.',
    quotes: [{ text: "It's truly heartbreaking,", speaker: "Jane Roe" }],
  },
  // A quotation opening the first line before a colon (`'Truly baffling': Mayor rejects …`) is a
  // headline's quotation of the one it names, however short, said by whoever the body quotes saying it.
  {
    kind: "scare quotes and lists",
    text: "'Truly baffling': Mayor rejects budget plan\n\nThe mayor on Monday rejected the budget plan put forward by council.\n\nMayor Jane Roe called the plan \"truly baffling\" and said she would not sign it.\n\nCouncil will meet again next week.",
    quotes: [
      { text: "Truly baffling", speaker: "Jane Roe" },
      { text: "truly baffling", speaker: "Jane Roe" },
    ],
  },
  // `there are still a few “closed blocks” which …`: a quantifier (`few`, `several`, `many`) before a
  // short quoted noun phrase counts things the text names so, as an article does; no words said.
  {
    kind: "scare quotes and lists",
    text: 'Mayor Jane Roe said there are still a few "closed blocks" which stay fenced.\n\nThe fire chief said several "hot spots" that flared overnight were under control.\n\nRoe said many "quiet streets" had flooded, and that crews would be "working all night."',
    quotes: [{ text: "working all night.", speaker: "Jane Roe" }],
  },
  // A work of art named in quotation marks (`the painting “…” by Jane Roe`, `the photograph “…”`)
  // is a title, with its longer prepositions in lower case as Chicago style writes them.
  {
    kind: "scare quotes and lists",
    text: "Visitors lined up on Saturday to see the painting “Crossing through the Night” by Jane Roe, on loan from a private collector.\n\nThe gallery will stay open late all week.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "A guide pointed to the photograph “Soldiers against the Sky” in the main hall.\n\nIt was taken in 1944.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The crowd stopped in front of the portrait “Waiting for Spring beyond the Hill” by Ann Diaz, the last she painted.\n\nThe artist died in 1990.",
    quotes: [],
  },
  // Words counted or announced as new (`a new “…”`, `seized 212 “…”`, `two “…” are`) head the
  // writer's noun phrase: a thing's name, not speech, though the sentence names who spoke.
  {
    kind: "scare quotes and lists",
    text: "Lakeview police Chief Dana Whitcombe said Monday the force will start a new \u201cknock and talk program\u201d in the spring.\n\nOfficers have collected 212 \u201cghost guns.\u201d Two \u201cpatrol pairs\u201d will visit each block this month, Whitcombe said.\n\n\u201cWe want every door knocked on by June,\u201d she said.",
    quotes: [{ text: "We want every door knocked on by June,", speaker: "Dana Whitcombe" }],
  },
  // `\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open`: an appositive whose possessive
  // says whose work it is names a title, as `a new comedy` does. `to lead \u201cFollow the River!\u201d`
  // in a sentence about a season's musicals is a title too, its exclamation mark notwithstanding;
  // the director's words after `said` stay hers.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its new season on Monday.\n\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open the season in April.\nJane Roe, who directs most of its big musicals, will lead \u201cFollow the River!\u201d also set for the main stage.\n\u201cWe wanted a season about coming home,\u201d Roe said.",
    quotes: [{ text: "We wanted a season about coming home,", speaker: "Jane Roe" }],
  },
  // `The new play by Dr. Roe will lead \u201c…!\u201d`: the sentence's start is the one sentenceEnds
  // finds, past an abbreviation, so its kind of work is read. `who plays hockey`: a word in `-s`
  // after a relative or a subject pronoun is a verb, not the plural of a work.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its summer season on Monday.\nThe new play by Dr. Roe will lead \u201cFollow the River!\u201d also at the festival in July.\n\u201cWe wanted a season about coming home,\u201d Roe said.",
    quotes: [{ text: "We wanted a season about coming home,", speaker: "Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The premier, who plays hockey on weekends, will lead \u201cTeam Ontario!\u201d also at the summit.",
    quotes: [{ text: "Team Ontario!", speaker: null }],
  },
  // `\u201c…,\u201d Tom Baker\u2019s new comedy, will open …, the company said`: a possessive name of two
  // words before the work's noun says whose work the title names, as `Shakespeare\u2019s` does.
  {
    kind: "scare quotes and lists",
    text: "The theatre company announced its new season.\n\u201cThe Winter Garden,\u201d Tom Baker\u2019s new comedy, will open in April, the company said on Monday.",
    quotes: [],
  },
  // `called “Race for the river,” will start in Oakvale, Ont. She said …`: the province's stop ends the
  // sentence for the classifier as for sentenceEnds, so no verb of saying lies ahead: a name, no speech.
  {
    kind: "scare quotes and lists",
    text: 'The run, called "Race for the river," will start in Oakvale, Ont. She said the course is hilly.',
    quotes: [],
  },
  // A headline's term that the body quotes alone, as the name of a thing (`the so-called “river
  // tax”`), stays a term though a speaker later uses the words too.
  {
    kind: "scare quotes and lists",
    text: "Millbrook residents angry over \u2018river tax\u2019 on Oakvale bills\n\nMillbrook homes will pay the so-called \u201criver tax\u201d from May.\n\n\u201cThe river tax is fair,\u201d Tom Baker, the treasurer, said.",
    quotes: [{ text: "The river tax is fair,", speaker: "Tom Baker" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Oakvale fire chief apologizes to \u2018every family\u2019 for slow response\n\nWater rose over the banks of the Oakvale River on Sunday and flooded a dozen shops.\n\nMayor Jane Roe and Fire Chief Tom Baker toured the main street on Monday morning. \u201cWe will help every owner rebuild,\u201d Roe said.",
    quotes: [{ text: "We will help every owner rebuild,", speaker: "Jane Roe" }],
  },
  // Guards: a thing's name, the writer's term, a demand, a clause set off by a comma, a kind of
  // people none of them named: no one in the sentence gives the words.
  {
    kind: "scare quotes and lists",
    text: "Jane Roe said the Tallwood group launched a program called “Safe Streets” last year.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker called for a “slow walk” through Oakvale on Sunday.",
    quotes: [],
  },
  // Round 36 reverses this guard: after `by` a participle of saying shares its clause's subject,
  // and the page annotators give such words to it (r47a/15: `Ignatieff responded … by saying it
  // was a "sad day"`).
  {
    kind: "scare quotes and lists",
    text: "Jane Roe defended the plan by saying it was a “fresh start” for the valley.",
    quotes: [{ text: "fresh start", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said that the ferry, a Riverton boat, had a “cabin crew” on board.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Opponents call the toll a “river tax” in Millbrook.",
    quotes: [],
  },
  // A quoted modifier before a noun of a rule, a sign or a side is that thing's name, whoever
  // reports it; before another noun a reported clause still gives it (`“very challenging” conditions`).
  {
    kind: "scare quotes and lists",
    text: "Jane Roe said protesters carried a “hands off” sign.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said the “stop work” order would stay in place.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker said voters rejected the “yes” side.",
    quotes: [],
  },
  // A verb of saying after the words gives them only in an attribution's shape: not in a relative
  // clause or a clause joined by `and` with its own subject; `and said` shares the sentence's subject.
  {
    kind: "scare quotes and lists",
    text: "The flood was a “biblical” event for the town, which Jane Roe said would recover.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The ferry made a “slow crawl” across the bay on Monday, and Tom Baker said it was overdue.",
    quotes: [],
  },
  // A headline with neither a comma nor a colon after its quoted words has no credit there: the
  // line's rest is its own clause (`‘…’ plan calls for …`), whatever verb it holds.
  {
    kind: "scare quotes and lists",
    text: "Riverton news\n\nRiverton \u2018pocket parks\u2019 proposal calls for 12 new lots\n\nCouncil will vote on the proposal in March.",
    quotes: [],
  },
  // A headline's words the body quotes from one named speaker and from a group (`Parents said
  // they were \u201cworried\u201d`) are a phrase in the air, no one person's.
  {
    kind: "scare quotes and lists",
    text: "Millbrook school \u2018worried\u2019 about bus cuts\n\nThe board will cut two routes in the fall.\n\n\u201cWe are worried about the long walk,\u201d principal Jane Roe said.\n\nParents said they were \u201cworried\u201d as well.",
    quotes: [{ text: "We are worried about the long walk,", speaker: "Jane Roe" }],
  },
  // Quoted words standing before the head noun they name (`\u2018\u2026\u2019 campaign`, `\u2018\u2026\u2019
  // program`) are a campaign's or a work's name, though its founder says them in the body.
  {
    kind: "scare quotes and lists",
    text: "Volunteers join \u2018clean the creek\u2019 campaign in Tallwood\n\nDozens came out on Sunday morning.\n\n\u201cWe began clean the creek last spring with six friends,\u201d organizer Tom Baker said.",
    quotes: [{ text: "We began clean the creek last spring with six friends,", speaker: "Tom Baker" }],
  },
  // A colon's verbless credit is a name, or a noun for who speaks (`: police`); other words
  // after it (`: Storms return`) are the headline's own clause.
  {
    kind: "scare quotes and lists",
    text: "The \u2018long winter\u2019: Storms return\n\nOakvale braced for more snow on Friday.\n\n\u201cWe have salt for a month,\u201d Tom Baker said.",
    quotes: [{ text: "We have salt for a month,", speaker: "Tom Baker" }],
  },
  // A headline's quoted name of an order or a rule (`‘boil water’ advisory`) is no one's words,
  // whether the body quotes a speaker saying them or the headline credits them.
  {
    kind: "scare quotes and lists",
    text: "Riverton \u2018boil water\u2019 advisory ends, town says\n\nThe advisory ended on Tuesday.\n\n\u201cThe boil water advisory is over, and the taps are safe,\u201d Mayor Tom Baker said.",
    quotes: [{ text: "The boil water advisory is over, and the taps are safe,", speaker: "Tom Baker" }],
  },
  // A colon's credit that is a place's name (`: Tallwood Lake`) says where, not who speaks.
  {
    kind: "scare quotes and lists",
    text: "Spring \u2018mud season\u2019: Tallwood Lake\n\nThe trails around Tallwood Lake are closed until May.\n\nHikers are asked to stay off them.",
    quotes: [],
  },
  // A participle after the words (`, leaving riders saying …`) opens a clause of its own: no
  // attribution of the quoted words to anyone.
  {
    kind: "scare quotes and lists",
    text: "The new timetable was a \u201cshambles\u201d for Oakvale, leaving riders saying it should go.",
    quotes: [],
  },
  // A relative clause right before the participle: the participle may be its clause's, and the
  // attribution would read that clause's last-named person; a relative clause closed earlier ends nothing.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nShe also attacked councillor Piet Lorne, with whom she clashed last spring over the ferry dock, calling him a \u201cdrifter.\u201d\n\nVarga met Piet Lorne, who runs the ferry, calling the dock a \u201cwreck.\u201d",
    quotes: [],
  },
  // A participle set off after a clause whose subject is no person, body or pronoun (a petition, a
  // banner, graffiti, a possessor's group): whose words they are is unread, and no neighbour's speaker
  // stands in.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke to reporters on Monday.\n\nA petition circulated in Pellston last week, calling the levy a \u201ctax grab.\u201d\n\nGraffiti appeared on the ferry dock overnight, calling the mayor a \u201cliar.\u201d\n\nSigns went up along Elm Street, calling the dock plan a \u201cland grab.\u201d\n\nLorne's group ran ads on radio, calling the mayor's plan \u201creckless.\u201d\n\nA banner hung above the stage, calling the plan a \u201cbetrayal.\u201d",
    quotes: [],
  },
  // `her` right before the quoted words is a possessive (`The house …, called her “…”` names a thing),
  // unless a person opens the sentence (`He …, called her “…”`), whose object she is.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga praised the shelter.\n\nThe house on Elm Street, called her \u201csanctuary\u201d in a memoir, was sold.",
    quotes: [],
  },
  // A reflexive object makes a verb of calling a name a thing goes by, set off after another's clause.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nVarga mocked the port board, calling itself the \u201cvoice of the harbour.\u201d\n\nVarga praised her deputy, calling himself a \u201cservant of the town.\u201d",
    quotes: [],
  },
  // `demands` as a noun (`the union's demands for a “…” wage`) reports no one's words.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nPiet Lorne's demands for a \u201cclean\u201d harbour went unheard at the meeting.\n\nThe union's demands of \u201cfair\u201d pay were rejected by Varga.\n\nVarga met the union, whose demands include a \u201cliving wage\u201d and longer breaks.",
    quotes: [],
  },
  // An attribution set off in mid-sentence far past the quoted words reports the clause, not a label in it.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke on Monday.\n\nThe \u201cconfidential\u201d memo reached the desk of the mayor, Piet Lorne said at the meeting, and she read it.",
    quotes: [],
  },
  // Words in brackets after quoted ones gloss them: the writer's, not the speaker's.
  {
    kind: "scare quotes and lists",
    text: "Ilse Varga spoke at the Harlow Creek hall on Friday.\n\nVarga mocked the visitors, calling them \u201cpaletos\u201d (\u201chicks\u201d) before the crowd.",
    quotes: [],
  },
  // A word or two between a given name and a surname (`Bret “the Hammer” Brand`) is a nickname, not speech, whatever verb the sentence has (rules24C).
  {
    kind: "scare quotes and lists",
    text: "The Pellworth sports museum announced Wednesday it will honour six athletes, among them retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The Pellworth sports museum announced Wednesday it will honour six athletes, among them retired boxer Bret 'the Hammer' Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "The team signed Bret \u201cthe Hammer\u201d Brand on Monday. \u201cI am done,\u201d said coach Mara Lind.",
    quotes: [{ text: "I am done,", speaker: "Mara Lind" }],
  },
  // Speech said to a person by given name (`told her son Bret “…”`, `said to Bret`, `shouted at Bret`) stays speech: the nickname reading needs a clause with no verb of saying or addressing before the name (mend24C).
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told her son Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind said to Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind shouted at Bret \u201cgo home\u201d Tuesday.",
    quotes: [{ text: "go home", speaker: "Mara Lind" }],
  },
  // `the “…” label` (or `term`, `word(s)`, `labels`): the definite article picks the quoted words out as a label,
  // mentioned, not said; `a “…” label`, `the “…” terms` and `“…” names` judge a thing (mend24E, rev24d finding 19).
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said the \u201cmoney pit\u201d label was unfair to the board.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said the \u201crogue port\u201d term had no place in the debate.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The \u201cmoney pit\u201d label stuck to the board for years, Orla Pike said.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said she was tired of the \u201cmoney pit\u201d labels critics keep using.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Orla Pike said the tins carried a \u201cfalse\u201d label about the fish.",
    quotes: [],
  },
  // A verb of saying makes speech of words in a name only when the given name is its object (`told her son Bret “…”`,
  // `said to Bret`); one farther back, with a verb of its own between (`said the museum will honour … Bret “the Hammer”
  // Brand`), leaves the nickname (mend24F, rev24f finding 1).
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand on Friday.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind told reporters the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "The mayor announced that the museum will honour retired boxer Bret \u201cthe Hammer\u201d Brand.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Dag Fenn said retired boxer Bret \u201cthe Hammer\u201d Brand will be honoured.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind said to Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind shouted at Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Mara Lind yelled to her son Bret \u201ccome home\u201d Monday night.",
    quotes: [{ text: "come home", speaker: "Mara Lind" }],
  },
  // A title or a term before a verb and particle that are no attribution here (`cut in the middle`).
  {
    kind: "scare quotes and lists",
    text: "The band played \u201cBorn to Run,\u201d cut in the middle by a power failure.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Premier Tom Baker spoke first. \u201cWe are ready,\u201d Baker said.\n\nThe accused, pleading guilty to \u201ccareless driving,\u201d was fined $500.",
    quotes: [{ text: "We are ready,", speaker: "Tom Baker" }],
  },
  // One quoted word inside the writer's own sentence is the writer borrowing it, whoever used it:
  // no quotation, in the body or a headline, given by a verb of calling or saying, or credited.
  // Two words or more still are the speaker's (classify.ts borrowedWord, headline-words.ts).
  {
    kind: "scare quotes and lists",
    text: "Tom Baker called the plan \u201creckless\u201d and left the room.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe said the council was \u201cdismayed\u201d by the vote.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Jane Roe, the mayor, admitted \u201cmistakes\u201d in the flood response.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Tallwood mayor \u2018disappointed\u2019 after council vote on arena\n\nTallwood council voted 6-3 on Tuesday to sell the old arena.\n\n\u201cI am disappointed with the result,\u201d Mayor Jane Roe told reporters.",
    quotes: [{ text: "I am disappointed with the result,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Riverton dam \u2018safe,\u2019 engineer says\n\nThe Riverton dam held through three days of rain last week.\n\nEngineer Jane Roe inspected the dam on Monday. \u201cThe water stayed well below the crest,\u201d Roe said.",
    quotes: [{ text: "The water stayed well below the crest,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Tom Baker called the plan \u201cdeeply reckless\u201d and left the room.",
    quotes: [{ text: "deeply reckless", speaker: "Tom Baker" }],
  },
  // A word that stands as its own sentence, or that a comma or colon hands to, is still speech.
  {
    kind: "scare quotes and lists",
    text: "Asked whether she would run again, Jane Roe paused. \u201cAbsolutely,\u201d she said.",
    quotes: [{ text: "Absolutely,", speaker: "Jane Roe" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Asked if he would resign, Tom Baker replied: \u201cNo.\u201d",
    quotes: [{ text: "No.", speaker: "Tom Baker" }],
  },
  // A one-word quotation its comma hands to the attribution right after it is speech, whatever
  // mark stands before it: a dateline's dash, a bullet, a number, a bracket, a semicolon, an ellipsis.
  {
    kind: "scare quotes and lists",
    text: "OAKVALE, Ont. — “Enough,” Mayor Jane Torvik said on Tuesday as she closed the meeting.",
    quotes: [{ text: "Enough,", speaker: "Jane Torvik" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Reactions from the council chamber:\n• “Unacceptable,” said union rep Gus Amari.\n• “Overdue,” said Councillor Ravi Soto.",
    quotes: [
      { text: "Unacceptable,", speaker: "Gus Amari" },
      { text: "Overdue,", speaker: "Ravi Soto" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "How councillors voted:\n1) “Yes,” said Ravi Soto.\n2) “No,” said Gwen Tarr.",
    quotes: [
      { text: "Yes,", speaker: "Ravi Soto" },
      { text: "No,", speaker: "Gwen Tarr" },
    ],
  },
  {
    kind: "scare quotes and lists",
    text: "(“Never,” Holm said later, when asked about 2030.) Councillor Petra Holm has served three terms.",
    quotes: [{ text: "Never,", speaker: "Petra Holm" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Asked twice whether the mill would reopen, manager Ivo Lind shook his head; “No,” he said both times.",
    quotes: [{ text: "No,", speaker: "Ivo Lind" }],
  },
  {
    kind: "scare quotes and lists",
    text: "Bruno Kell hesitated… “Fine,” the Osterby owner said at last.",
    quotes: [{ text: "Fine,", speaker: "Bruno Kell" }],
  },
  // Not after a word of the writer's sentence, a list's comma, an abbreviation's stop, or in a headline's credit.
  {
    kind: "scare quotes and lists",
    text: "The bill's failure was “heartbreaking,” she said. Senator Ada Voss voted for it.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Quillon said she was “proud” of the team, “grateful” to voters and “ready” for the next term.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "However, “never” is a long time, Councillor Ed Fry conceded.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Senator Ada Voss said the U.S. “pivot” to Asia had failed.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Acme Inc. “regrets” the error, spokesperson Lia Frost said.",
    quotes: [],
  },
  {
    kind: "scare quotes and lists",
    text: "Cuts ‘shameful’, says union\n\nUnion chief Colm Reddy said the cuts at Brantwick General would cost lives. “Nurses deserve better,” Reddy said.",
    quotes: [{ text: "Nurses deserve better,", speaker: "Colm Reddy" }],
  },
];
