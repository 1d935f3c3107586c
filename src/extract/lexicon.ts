// Closed word lists of English news prose. Nothing here may name a person, an outlet
// or a phrase of a particular article: the extractor is judged on articles it never saw.

/**
 * Past tenses of speaking in a manner (`“…,” she scoffed`, `Hannity pressed`): news prose
 * uses them only of speech beside a quotation, and they may come before their speaker.
 */
const SPOKE_IN_A_MANNER = [
  "answered",
  "exhorted",
  "pressed",
  "surmised",
  "elaborated",
  "riffed",
  "reacted",
  "beamed",
  "cracked",
  "echoed",
  "scoffed",
  "barked",
  "needled",
  "fumed",
  "snapped",
  "grumbled",
  "chimed",
  "sniped",
  "groused",
  "gushed",
  "marveled",
  "marvelled",
  "muttered",
  "murmured",
  "texted",
  "emailed",
  "confided",
  "quizzed",
  "queried",
  "objected",
  "protested",
  "clarified",
  "boomed",
  "thundered",
  "teased",
  "griped",
  "ranted",
  // Sounds and moods of a voice, said of the speaker beside a quotation (`“…,” she groaned`).
  "blurted",
  "gasped",
  "groaned",
  "growled",
  "hissed",
  "moaned",
  "sneered",
  "snorted",
  "sobbed",
  "stammered",
  "stuttered",
  "whined",
  "wailed",
  "mumbled",
  "huffed",
  "fretted",
  "chided",
  "scolded",
  "rejoined",
  "ventured",
  "volunteered",
  // Found beside quotations unattributed on the readable pages and in PolNeAR (`“…,” bellowed
  // an officer`, `Roe demurred: “…”`): a raised or a measured voice, a reply that declines, and
  // speaking with pleasure or pride. Not `roared` or `cheered`, said of crowds and of flames.
  "bellowed",
  "hollered",
  "intoned",
  "drawled",
  "deadpanned",
  "demurred",
  "enthused",
  "gloated",
  "crowed",
  // The face's verbs, used of speech as `beamed` is (`“…,” smiled the goalie`).
  "smiled",
  "grinned",
  "chuckled",
  // Features tell speech in the present (`“…,” she laughs`, `smiles Lopez`).
  "laughs",
  "smiles",
  "grins",
  "chuckles",
  "sighs",
  "scoffs",
  "grumbles",
  "muses",
  "whispers",
  "exclaims",
  "interjects",
  "retorts",
  "marvels",
  "gushes",
  "confides",
];

/**
 * The roles an acronym stands for when a text spells them out before a person's name (`general
 * manager Jane Roe` ... `the GM said`): a closed list, as two or three words whose initials spell
 * an acronym recur by chance (`defence attorney Jane Roe` is no `DA`'s introduction).
 */
export const ROLE_ACRONYMS = new Map([
  ["gm", "general manager"],
  ["cao", "chief administrative officer"],
  ["ceo", "chief executive officer"],
  ["cfo", "chief financial officer"],
  ["coo", "chief operating officer"],
  ["cto", "chief technology officer"],
]);

/** Verbs that speak only with their particle (`Trump shot back`, `her husband cut in`). */
export const PHRASAL_SPEECH = new Map([
  ["shot", "back"],
  ["fired", "back"],
  ["hit", "back"],
  ["pushed", "back"],
  ["cut", "in"],
  ["chimed", "in"],
  // `point` alone is most often the noun (`at one point, “…”`); the verb speaks with `out`.
  ["point", "out"],
  // `“…,” summed up the captain`: `summed` alone is arithmetic.
  ["summed", "up"],
  ["sums", "up"],
]);

/** Verbs that introduce speech or a stance, in every form news prose uses: these and CORE_SPEECH. */
const SPEECH_STEMS = [
  "reveal",
  "revealed",
  "reveals",
  "revealing",
  "continuing",
  "state",
  "stating",
  "claiming",
  "replying",
  "responding",
  "acknowledging",
  "admitting",
  "tweeting",
  "post",
  "posts",
  "announcing",
  "concedes",
  "conceding",
  "suggesting",
  "observes",
  "observing",
  "joking",
  "quips",
  "remarks",
  "counters",
  "cautions",
  "predicts",
  "urge",
  "urged",
  "urges",
  "urging",
  "complains",
  "complaining",
  "laments",
  "charge",
  "charges",
  "contends",
  "emphasizes",
  "emphasise",
  "emphasised",
  "stresses",
  "maintains",
  "concludes",
  // A judge's words from the bench or a decision: `“…,” Justice Jane Roe ruled.`
  "ruled",
  "determined",
  "shout",
  "yell",
  "scream",
  "testifies",
  "vows",
  "promise",
  "promised",
  "promises",
  "boasts",
  "brag",
  "bragged",
  "muse",
  "read",
  "reads",
  "begin",
  "began",
  "begins",
  "whisper",
  "exclaim",
  "report",
  "assert",
  "asserting",
  "mention",
  "mentioned",
  "mentions",
  "remember",
  "remembered",
  "remembers",
  "opine",
  "opined",
  "opines",
  "reckon",
  "reckoned",
  "reckons",
  "describe",
  "described",
  "describes",
  "call",
  "called",
  "calls",
  // The progressive names as the past does (`Roe is calling the deal “…”`).
  "calling",
  "interject",
  "interjecting",
  "interrupt",
  "interrupted",
  "interrupting",
  "chant",
  "chanted",
  "sing",
  "sang",
  "sings",
  "demand",
  "demanded",
  "demands",
  "plead",
  "pleaded",
  "pled",
  "pleads",
  "reason",
  "reasoned",
  "agree",
  "agrees",
  "confirm",
  "confirms",
  "deny",
  "denied",
  "denies",
  "pointed",
  "points",
  "put",
  "puts",
  "voice",
  "voiced",
  "voices",
  "tout",
  "reiterate",
  "reiterates",
  "repeat",
  "repeated",
  "repeats",
  "repeating",
  "accuse",
  "accused",
  "accuses",
  "criticize",
  "criticized",
  "criticizes",
  "criticise",
  "criticised",
  "blast",
  "blasted",
  "slam",
  "slammed",
  "slams",
  "thank",
  "thanked",
  "address",
  "addressed",
  "speak",
  "spoke",
  "speaks",
  "speaking",
  "quote",
  "quoted",
  "quotes",
  "cite",
  "cited",
  "citing",
  "recount",
  "recounted",
  "recounts",
  "go",
  "went",
  "goes",
  "wonder",
  "wonders",
  "pronounce",
  "pronounced",
  "retort",
  "sigh",
  "sighed",
  "laugh",
  "laughed",
  "comment",
  "commenting",
  "yelling",
  "shouting",
  "screaming",
  "cry",
  "cries",
  "liken",
  "likened",
  "likens",
  "compare",
  "compared",
  "compares",
  "reference",
  "referenced",
  "references",
  "hail",
  "hailed",
  "hails",
  "label",
  "labeled",
  "labelled",
  "labels",
  "labeling",
  "labelling",
  "dub",
  "dubbed",
  "brand",
  "branded",
  "type",
  "typed",
  "specify",
  "specified",
  "specifies",
  "chants",
  "chanting",
  "singing",
  // Words said without a sound are still the speaker's words (`mouthing “thank you”`); not `mouths`, a noun.
  "mouthed",
  "mouthing",
  "assure",
  "assures",
  "inform",
  "informs",
  "counsel",
  "counseled",
  "advise",
  "advises",
  "propose",
  "proposed",
  "proposes",
  "recommend",
  "recommended",
  "concluding",
  "summarize",
  "summarized",
  "allege",
  "attack",
  "attacked",
  "attacks",
  "mock",
  "mocked",
  "mocks",
  "praise",
  "praised",
  "praises",
  // Verbs that report what someone made known, stressed, guessed or begged, as news prose
  // attributes quotations with them (`“…,” the minister disclosed`, `she underscored`).
  "disclose",
  "disclosed",
  "discloses",
  "confess",
  "confessed",
  "confesses",
  "speculate",
  "speculated",
  "speculates",
  "hint",
  "hinted",
  "hints",
  "underline",
  "underlined",
  "underlines",
  "underscore",
  "underscored",
  "underscores",
  "affirm",
  "affirmed",
  "affirms",
  "inquire",
  "inquired",
  "inquires",
  "enquire",
  "enquired",
  "implore",
  "implored",
  "beg",
  "begged",
  "rebut",
  "rebutted",
  "relay",
  "relayed",
  "theorize",
  "theorized",
  "theorised",
  // Measured one by one against their other senses: `“…,” she reminded reporters`, `he
  // threatened`, `“Why now?” she questioned`, `“…,” the Crown submitted` (a court's word for
  // counsel's argument), `“About 5,000,” he estimated` (`an estimated 5,000` follows its article).
  // Left out: `found`, `held`, `decided`, `offered`, `ordered`, `indicated`, `expressed` and
  // `posited`, which beside a quotation more often report a finding, an act or a title.
  "remind",
  "reminded",
  "reminds",
  "threaten",
  "threatened",
  "threatens",
  "questioned",
  "submitted",
  "estimated",
  // What a body or a person put the blame on or apologised for, quoted right after the verb
  // (`the company blamed “…”`, `the city apologized for “…”`): only near a quotation
  // (nearQuote), as these are weak verbs of saying.
  "blamed",
  "blames",
  "blaming",
  "apologized",
  "apologised",
  "apologizes",
  "apologises",
  "apologizing",
  "apologising",
];
/** Speech verbs strong enough to mark an attribution even without a quotation beside them. */
export const CORE_SPEECH = new Set([
  "written",
  "say",
  "said",
  "says",
  "saying",
  "tell",
  "told",
  "tells",
  "telling",
  "add",
  "added",
  "adds",
  "ask",
  "asked",
  "asks",
  "write",
  "wrote",
  "writes",
  "explain",
  "explained",
  "explains",
  "note",
  "noted",
  "notes",
  "argue",
  "argued",
  "argues",
  "continue",
  "continued",
  "continues",
  "declare",
  "declared",
  "declares",
  // `proclaimed the role of reeve was “…”`: a declaration by another word.
  "proclaim",
  "proclaimed",
  "proclaims",
  "insist",
  "insisted",
  "insists",
  "claim",
  "claimed",
  "claims",
  "warn",
  "warned",
  "warns",
  "reply",
  "replied",
  "replies",
  "respond",
  "responded",
  "responds",
  "recall",
  "recalled",
  "recalls",
  "acknowledge",
  "acknowledged",
  "acknowledges",
  "admit",
  "admitted",
  "admits",
  "tweet",
  "tweeted",
  "tweets",
  "announce",
  "announced",
  "announces",
  "concede",
  "conceded",
  "suggest",
  "suggested",
  "suggests",
  "observe",
  "observed",
  "joke",
  "joked",
  "jokes",
  "quip",
  "quipped",
  "remark",
  "remarked",
  "counter",
  "countered",
  "caution",
  "cautioned",
  "predict",
  "predicted",
  "complain",
  "complained",
  "lament",
  "lamented",
  "contend",
  "contended",
  "emphasize",
  "emphasized",
  "stress",
  "stressed",
  "maintain",
  "maintained",
  "conclude",
  "concluded",
  "testify",
  "testified",
  "vow",
  "vowed",
  "boast",
  "boasted",
  "asserted",
  "asserts",
  "states",
  "stated",
  "explaining",
  "adding",
  "noting",
  "writing",
  "asking",
  "arguing",
  "insisting",
  "warning",
  "declaring",
  // Participles of verbs whose past is listed: `Roe was skeptical, charging that “…”`.
  "charging",
  "contending",
  "stressing",
  "lamenting",
  "countering",
  "vowing",
  "reiterating",
  "maintaining",
  "recalling",
  "exclaimed",
  "whispered",
  "shouted",
  "yelled",
  "retorted",
  "interjected",
  "mused",
  "wondered",
  "reiterated",
  "posted",
  "agreed",
  "confirmed",
  "charged",
  "touted",
  "touting",
  "touts",
  "commented",
  "comments",
  "yells",
  "shouts",
  "screamed",
  "screams",
  "cried",
  "reports",
  "reported",
  "alleged",
  "alleges",
  "informed",
  "assured",
  "advised",
]);
/** The forms of `ask`: whose object answers next (`I ask energy expert Jane Roe`), whose subject asked (`“…?” Roe asked`). */
export const ASKING_VERBS = new Set(["ask", "asks", "asked"]);
/** Every verb of speech or stance: the core ones, the rest, and the verbs of manner. */
export const SPEECH_VERBS = new Set([...CORE_SPEECH, ...SPEECH_STEMS, ...SPOKE_IN_A_MANNER]);

/** Stance verbs that report a position without quoting it. */
export const STANCE_VERBS = new Set([
  "refused",
  "refuses",
  "rejected",
  "rejects",
  "believes",
  "believe",
  "believed",
  "thinks",
  "think",
  "thought",
  "argued",
  "argues",
  "said",
  "says",
  "insisted",
  "insists",
  "denied",
  "denies",
  "opposes",
  "opposed",
  "supports",
  "supported",
  "backs",
  "backed",
  "endorsed",
  "endorses",
  "welcomed",
  "welcomes",
  "condemned",
  "condemns",
  "criticized",
  "criticised",
  "praised",
  "praises",
  "dismissed",
  "dismisses",
  "warned",
  "warns",
  "claimed",
  "claims",
  "called",
  "calls",
  "urged",
  "urges",
  "demanded",
  "demands",
  "vowed",
  "vows",
  "promised",
  "promises",
  "maintains",
  "maintained",
  "contends",
  "contended",
  "highlighted",
  "noted",
  "pointed",
  "accused",
  "accuses",
  "questioned",
  "questions",
  "doubts",
  "doubted",
  "suggested",
  "suggests",
  "told",
  "announced",
  "stated",
  "acknowledged",
  "admitted",
  "agreed",
  "agrees",
  "disagrees",
  "disagreed",
  "wants",
  "wanted",
  // The present tense of the ones above, as features and Canadian outlets write them
  // (`Cimolino points out that …`).
  "points",
  "highlights",
  "states",
  "announces",
  "acknowledges",
  "admits",
  "stressed",
  "stresses",
]);

/**
 * The finite verbs of urging and demanding among the stance verbs and speech stems: the clause they
 * report (`Roe urged the premier to drop his “…” lawsuit`) is the subject's demand, in the subject's
 * words. Not `demands`, a noun as often as a verb (`the union's demands for a “…” wage`), nor the -ing
 * forms, whose subject the sentence does not name (`by urging`).
 */
export const URGING_VERBS = new Set(["urge", "urged", "urges", "demanded"]);

/**
 * Ranks the Canadian Press writes hyphenated, one word to the tokenizer (`Det.-Sgt. Jane Roe`):
 * titles, and abbreviations whose stop ends no sentence. isRankChain (text.ts) reads most of
 * them too, but only isTitleKey and isAbbreviation ask it; the many readers of TITLES alone
 * need them listed (without them `The Staff-Sgt. said` is a speaker named `Staff-Sgt.`).
 */
const HYPHENATED_RANKS = [
  "det.-sgt",
  "det.-const",
  "staff-sgt",
  "s.-sgt",
  "sgt.-maj",
  "lt.-gov",
  "lt.-col",
  "lt.-cmdr",
  "brig.-gen",
  "maj.-gen",
  "lt.-gen",
];

/** Titles of courtesy, which say nothing of a role: `Mr. Blanchet` may still be `the Bloc leader`. */
export const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam"]);

/**
 * Titles that only ever open a person's name, never a place's or a department's (as
 * `Health Canada`, `Prince George`, `St. Albert` or `Former Ottawa` do): `Premier Houston`,
 * `Councillor Vaughan`, `MPP France` are people, whatever else the surname names. Each is
 * written here only; TITLES holds them with the titles that open other names too.
 */
export const PERSON_ONLY_TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sen",
  "senator",
  "rep",
  "mayor",
  "judge",
  "rev",
  // British, Canadian and Australian forms: `Premier Doug Ford`, `Cllr Jane Doe`, `Const. Tom Baker`.
  "premier",
  "councillor",
  "coun",
  "cllr",
  "councilman",
  "councilwoman",
  "alderman",
  "alderwoman",
  "ald",
  // A township's reeve (`Reeve Jane Roe`) and a school trustee.
  "reeve",
  "trustee",
  "mp",
  "mpp",
  "mla",
  // Members of Quebec's National Assembly and Newfoundland's House of Assembly (`MNA Jane Roe`).
  "mna",
  "mha",
  "const",
  "cst",
  "constable",
  "sgt",
  "sergeant",
  "cpl",
  "det",
  "detective",
  "insp",
  "supt",
]);

/** Honorifics and ranks that open a name but are no part of it: PERSON_ONLY_TITLES and these. */
export const TITLES = new Set([
  ...PERSON_ONLY_TITLES,
  "representative",
  "gov",
  "governor",
  "gen",
  "general",
  "lt",
  "col",
  "colonel",
  "capt",
  "captain",
  "adm",
  "admiral",
  "president",
  "vice",
  "prime",
  "minister",
  "secretary",
  "justice",
  "reverend",
  "father",
  "sister",
  "brother",
  "sir",
  "dame",
  "lord",
  "lady",
  "king",
  "queen",
  "prince",
  "princess",
  "chancellor",
  "ambassador",
  "chairman",
  "chairwoman",
  "chair",
  // `Jane Roe Chairperson of the Joint Council`: the office the comma-less appositive gives her.
  "chairperson",
  "speaker",
  "leader",
  "commissioner",
  "director",
  "officer",
  "deputy",
  "former",
  "candidate",
  "nominee",
  "chief",
  "attorney",
  "sheriff",
  "pope",
  "state",
  "sens",
  "reps",
  "gens",
  "st",
  "sec",
  "atty",
  "pres",
  "del",
  "assemblyman",
  "assemblywoman",
  "congressman",
  "congresswoman",
  "corporal",
  "private",
  "major",
  "democratic",
  "republican",
  "gop",
  "independent",
  "libertarian",
  "retired",
  "u.s",
  "us",
  "federal",
  "foreign",
  "defense",
  "interior",
  "treasury",
  "health",
  "first",
  // British, Canadian and Australian forms (`Treasurer Jane Roe`, `Shadow Minister Jane Roe`).
  "treasurer",
  "shadow",
  // Hyphenated offices before a name: `President and Vice-Chancellor Jane Roe`, `Vice-President Tom Baker`.
  "vice-chancellor",
  "vice-president",
  "vice-provost",
  "vice-chair",
  // `Acme CEO Jane Roe` ... `the CEO said`: an abbreviated office, written in capitals like `MP`.
  "ceo",
  // `Lions QB Jane Roe` ... `the QB said`: a team's position in capitals, as sports pages write it.
  "qb",
  "hon",
  "inspector",
  "superintendent",
  "commander",
  "bishop",
  "archbishop",
  "rabbi",
  "imam",
  "cardinal",
  "baroness",
  "baron",
  "msgr",
  // Canadian offices written before their holder's name: a county's warden (`Warden Jane Roe`),
  // and officers of the legislature or the courts (`Ombudsman Jane Roe`, `Registrar Jane Roe`,
  // `Coroner Jane Roe`).
  "warden",
  "ombudsman",
  "ombudsperson",
  "registrar",
  "coroner",
  // Clergy titled before the name as `Rabbi` and `Imam` are (`Pastor Jane Roe`, `Sheikh Ali Roe`).
  "pastor",
  "sheikh",
  "cantor",
  // An Indigenous elder's title (`Elder Jane Roe`); the surname `Elder` still ends a name (`Larry Elder`).
  "elder",
  // A chief's title in an Indigenous language, written before the name as `Chief` is: Secwépemc
  // `Kukpi7` (a digit for a glottal stop), Anishinaabemowin `Ogimaa` and `Ogimaakwe`, Cree `Okimaw`.
  // Never part of the name: `Kukpi7 Jane Roe` is Jane Roe, and `Kukpi7 said` her description.
  "kukpi7",
  "ogimaa",
  "ogimaakwe",
  "okimaw",
  ...HYPHENATED_RANKS,
  "lieutenant-governor",
  "maj",
  "cmdr",
  // The first word of a two-word office, so that the office's short form before a surname
  // (`Staff Sgt. Roe`, `Regional Chair Roe`, `Auditor General Roe`) names the person, not
  // the office: each is a title word only before another title.
  "staff",
  "regional",
  "auditor",
  // Offices written as one word or as letters (`Undersecretary Roe`, `VP Roe`): no part of the holder's name.
  "undersecretary",
  "vp",
  // Executive offices in capitals, as `CEO` (`CAO Jane Roe`, the chief administrative officer
  // of a town or county; `CFO`, `COO`): no part of the holder's name.
  "cao",
  "cfo",
  "coo",
  // Police ranks abbreviated (`Asst. Comm. Jane Roe`, `Asst. Commr. Jane Roe`, an RCMP assistant
  // commissioner; `Dir. Supt. Jane Roe`, a director who is a superintendent).
  "asst",
  "comm",
  "commr",
  "dir",
]);

/**
 * Steps of an office not yet taken, written apart after its title (`Premier Designate Jane Roe`,
 * `the Mayor Elect`): the title's, never a name's, though no title alone.
 */
export const OFFICE_STEPS = new Set(["designate", "elect"]);

/** Abbreviations after which a full stop does not end the sentence. */
export const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "lt",
  "col",
  "capt",
  "adm",
  "sgt",
  "st",
  // `Sault Ste. Marie`, `Ste. Anne`: Sainte, the feminine of `St.`
  "ste",
  "jr",
  "sr",
  "rev",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "vs",
  "etc",
  "inc",
  "corp",
  "co",
  "ltd",
  "mt",
  "ft",
  "sens",
  "reps",
  "pres",
  "supt",
  "det",
  "atty",
  "gens",
  "u.s",
  "u.n",
  "u.k",
  "d.c",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "n.y",
  "calif",
  "fla",
  "ga",
  "ill",
  "mass",
  "mich",
  "minn",
  "pa",
  "tenn",
  "tex",
  "va",
  "wash",
  "wis",
  "ariz",
  "colo",
  "conn",
  "del",
  "ky",
  "la",
  "md",
  "mo",
  "nev",
  "okla",
  "ore",
  "vt",
  "ala",
  "ark",
  "cpl",
  "const",
  "cst",
  "insp",
  "cllr",
  "coun",
  "hon",
  "msgr",
  "dept",
  "ont",
  "que",
  "alta",
  "sask",
  "b.c",
  // Titles written abbreviated in Canadian news (`Ald. Jane Roe`, `Det.-Sgt. Jane Roe`).
  "ald",
  "maj",
  "cmdr",
  "asst",
  "comm",
  "commr",
  "dir",
  ...HYPHENATED_RANKS,
]);

/** Pronouns that can follow a verb of saying as its speaker (`said he`). */
export const SPEAKING_PRONOUNS = new Set(["he", "she", "they", "i", "we"]);

/** The personal pronouns a mention may be: those and `it`. */
export const PERSONAL_PRONOUNS = new Set([...SPEAKING_PRONOUNS, "it"]);

/**
 * A verb run on to the word before it by an apostrophe (`we’re`, `she’d`, `it’s`), by its tail:
 * the verb it spells out, or "" where the tail is ambiguous (`’s`: is, has or a possessive;
 * `’d`: had or would). One table for every reader of contractions: a pronoun with its verb run
 * on is that pronoun (mention-words' personalPronoun); a headline's `we’re` echoes `we are`.
 */
export const CONTRACTED_VERBS: ReadonlyMap<string, string> = new Map([
  ["re", "are"],
  ["ve", "have"],
  ["ll", "will"],
  ["m", "am"],
  ["s", ""],
  ["d", ""],
]);

/** Pronouns only a subject takes, as written (`him`, `her`, `them` are objects). */
export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "I"]);

/** The forms of `be`, the auxiliary of a passive (`was asked by`, `was prompted to say`). */
export const BE_FORMS = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);

/**
 * Verbs of calling, in every form: with a subject and an object they hand the words after them to
 * the subject (`Roe called the plan a “…”`, `what critics dub “…”`).
 */
export const CALLING_VERBS = [
  "call",
  "calls",
  "called",
  "calling",
  "term",
  "terms",
  "termed",
  "terming",
  "label",
  "labels",
  "labeled",
  "labelled",
  "labeling",
  "labelling",
  "brand",
  "brands",
  "branded",
  "branding",
  "dub",
  "dubs",
  "dubbed",
  "dubbing",
];

/** The forms of `describe`: it gives the words after `as` (`described the delay as “…”`). */
export const DESCRIBE_FORMS = ["describe", "describes", "described", "describing"];

/**
 * The kin of KIN_NOUNS that give their sex (`the stepmother`, `the ex-husband`): listed once here,
 * for both NOUN_SEXES and KIN_NOUNS.
 */
const SEXED_KIN: readonly (readonly [string, "m" | "f"])[] = [
  ...(
    [
      "father",
      "son",
      "grandson",
      "husband",
      "boyfriend",
      "brother",
      "uncle",
      "nephew",
      "dad",
      "grandpa",
      "stepfather",
      "stepson",
      "stepbrother",
      "half-brother",
      "godfather",
      "granddad",
      "widower",
      "fiancé",
      "ex-husband",
    ] as const
  ).map((w) => [w, "m"] as const),
  ...(
    [
      "mother",
      "daughter",
      "granddaughter",
      "wife",
      "girlfriend",
      "sister",
      "aunt",
      "niece",
      "mom",
      "grandma",
      "stepmother",
      "stepdaughter",
      "stepsister",
      "half-sister",
      "godmother",
      "fiancée",
      "ex-wife",
    ] as const
  ).map((w) => [w, "f"] as const),
];

/**
 * The nouns for a person that give their sex (`the mother`, `the woman`): a description by one
 * never stands for a person the text shows to be of the other sex (see PersonSex.sexFits in person-sex.ts).
 * The sexed kin (SEXED_KIN), and words of no relation to someone else; `grandfather` and
 * `grandmother` are among these only because KIN_NOUNS never held them.
 */
export const NOUN_SEXES = new Map<string, "m" | "f">([
  ["man", "m"],
  ["grandfather", "m"],
  ["woman", "f"],
  ["grandmother", "f"],
  ...SEXED_KIN,
]);

/**
 * Family, partners and the people of a life, nouns of a relation to someone else: reporters
 * quote them as `the victim’s brother` or `said his niece Jane Roe`. The sexed ones are
 * SEXED_KIN's; here the kin of either sex.
 */
export const KIN_NOUNS = new Set([
  ...SEXED_KIN.map(([w]) => w),
  "fiance",
  "partner",
  "cousin",
  "twin",
  "sibling",
  "roommate",
  "classmate",
  "colleague",
  "co-worker",
  "coworker",
  "landlord",
  "spouse",
  "grandparent",
]);

/**
 * People named by their occupation, role or what befell them, for news of private people as
 * much as of politics: `said Toronto cashier Maria Santos`, `the surgeon said` for the person the
 * text is about, `a retiree who lives nearby said`. Singular only, unlike SPEAKER_NOUNS: a plural
 * is a group, and `flight attendants`, `refugees` stand inside organisations and portfolios
 * (`the union representing flight attendants`, `secretary for population, refugees and
 * migration`) as often as they speak. Words more often something else are left out, as said.
 */
export const PEOPLE_BY_ROLE = new Set([
  // Health and care: `the surgeon said`, `a pharmacist in Regina`.
  "surgeon",
  "dentist",
  "pharmacist",
  "midwife",
  "psychologist",
  "psychiatrist",
  "therapist",
  "psychotherapist",
  "physiotherapist",
  "chiropractor",
  "optometrist",
  "counsellor",
  "counselor",
  "nutritionist",
  "dietitian",
  "veterinarian",
  "coroner",
  "pathologist",
  "radiologist",
  "oncologist",
  "cardiologist",
  "pediatrician",
  "paediatrician",
  "neurologist",
  "obstetrician",
  "anesthesiologist",
  "dermatologist",
  "virologist",
  "immunologist",
  "toxicologist",
  "neurosurgeon",
  "gynecologist",
  "gynaecologist",
  "clinician",
  "caregiver",
  "patient",
  // Police, courts and prisons: `Detective Jane Roe`, `the plaintiff said`. Not `accused` nor `suspect`, far more often verbs (`Christie accused Cruz`).
  "detective",
  "sheriff",
  "trooper",
  "marshal",
  "warden",
  "deputy",
  "defendant",
  "plaintiff",
  "complainant",
  "appellant",
  "litigant",
  "claimant",
  "petitioner",
  "juror",
  "inmate",
  "detainee",
  "offender",
  "convict",
  "magistrate",
  "bailiff",
  "barrister",
  "solicitor",
  "paralegal",
  // Rescue and the forces.
  "dispatcher",
  "rescuer",
  "lifeguard",
  "responder",
  "ranger",
  "medic",
  "captain",
  "lieutenant",
  "colonel",
  "commander",
  "admiral",
  "corporal",
  "sailor",
  "airman",
  "serviceman",
  "servicewoman",
  "reservist",
  "pilot",
  // Sport: `the goalie said`. Not `forward`, mostly the adverb (`moving forward`): see POSITIONS_OF_COMMON_WORDS.
  "athlete",
  "goalie",
  "goaltender",
  "goalkeeper",
  "netminder",
  "defenceman",
  "defenseman",
  "winger",
  "centreman",
  "striker",
  "pitcher",
  "catcher",
  "shortstop",
  "outfielder",
  "infielder",
  "fielder",
  "right-fielder",
  "left-fielder",
  "centre-fielder",
  "center-fielder",
  "reliever",
  "quarterback",
  // `Receiver Jane Roe said`: football's pass-catcher, opening a sentence before the name.
  "receiver",
  "linebacker",
  "midfielder",
  "defender",
  "swimmer",
  "skier",
  "skater",
  "sprinter",
  "runner",
  "cyclist",
  "golfer",
  "boxer",
  "wrestler",
  "rower",
  // Olympic sports: `added the diver`, `the weightlifter said`.
  "diver",
  "gymnast",
  "weightlifter",
  "fencer",
  "kayaker",
  "canoeist",
  "snowboarder",
  "triathlete",
  "hurdler",
  "marathoner",
  "curler",
  "jockey",
  "referee",
  "umpire",
  "trainer",
  "scorer",
  "teammate",
  "rookie",
  "olympian",
  "paralympian",
  "medallist",
  "medalist",
  "skipper",
  "champion",
  // Arts and media: `Actor Clint Howard`, `the actor explained`.
  "artist",
  "musician",
  "singer",
  "songwriter",
  "singer-songwriter",
  "troubadour",
  "crooner",
  "rocker",
  "bassist",
  "superstar",
  "rapper",
  "composer",
  "actor",
  "actress",
  "producer",
  "filmmaker",
  "playwright",
  "poet",
  "novelist",
  "painter",
  "sculptor",
  "photographer",
  "dancer",
  "comedian",
  "performer",
  "drummer",
  "guitarist",
  "pianist",
  "violinist",
  "curator",
  "broadcaster",
  "publisher",
  "podcaster",
  "blogger",
  "influencer",
  "correspondent",
  "screenwriter",
  "speechwriter",
  "cameraman",
  "camerawoman",
  "organist",
  "presenter",
  "contributor",
  // Trades, shops and business: `said Toronto cashier Maria Santos`. Not `cook` (a surname as often) nor `server` (a computer's).
  "chef",
  "baker",
  "butcher",
  "shopkeeper",
  "cashier",
  "vendor",
  "merchant",
  "entrepreneur",
  "investor",
  "banker",
  "broker",
  "trader",
  "accountant",
  "engineer",
  "architect",
  "contractor",
  "builder",
  "electrician",
  "plumber",
  "carpenter",
  "mechanic",
  "technician",
  "welder",
  "labourer",
  "laborer",
  "janitor",
  "custodian",
  "cleaner",
  "waiter",
  "waitress",
  "bartender",
  "barista",
  "hairdresser",
  "barber",
  "realtor",
  "proprietor",
  "dealer",
  "salesperson",
  "salesman",
  "saleswoman",
  "receptionist",
  "administrator",
  "coordinator",
  // The Canadian spelling: `the First Nations education co-ordinator`.
  "co-ordinator",
  "supervisor",
  "foreman",
  "steward",
  "stewardess",
  "attendant",
  "courier",
  "driver",
  "trucker",
  "cabbie",
  "miner",
  "logger",
  "fisherman",
  "fisher",
  "rancher",
  "grower",
  "beekeeper",
  "trapper",
  "deckhand",
  "longshoreman",
  "nanny",
  "housekeeper",
  "intern",
  "apprentice",
  "trainee",
  "freelancer",
  "assistant",
  "homemaker",
  "philanthropist",
  "magnate",
  "tycoon",
  "financier",
  // Civic life: `Alderman William Burns`, `a school trustee`, an Indigenous `elder`.
  "councilor",
  "councilman",
  "councilwoman",
  "alderman",
  "mpp",
  "mla",
  "mna",
  "mha",
  "reeve",
  "trustee",
  "ombudsman",
  "ombudsperson",
  "auditor",
  "registrar",
  "delegate",
  "envoy",
  "legislator",
  "politician",
  "bureaucrat",
  "negotiator",
  "mediator",
  "arbitrator",
  "lobbyist",
  "volunteer",
  "donor",
  "canvasser",
  "constituent",
  "taxpayer",
  "ratepayer",
  "citizen",
  "elder",
  "councilmember",
  "superdelegate",
  "tactician",
  // A community's or family's standing: an Indigenous `knowledge keeper`, a family's `matriarch`.
  "keeper",
  "matriarch",
  "patriarch",
  // Faith: `the cleric Anwar al-Awlaki`, `said one reverend`.
  "rabbi",
  "imam",
  "reverend",
  "archbishop",
  "cardinal",
  "pope",
  "monk",
  "nun",
  "chaplain",
  "deacon",
  "cleric",
  "clergyman",
  "parishioner",
  "congregant",
  "worshipper",
  "pilgrim",
  "missionary",
  // Teaching and science.
  "instructor",
  "tutor",
  "dean",
  "provost",
  "educator",
  "scholar",
  "pupil",
  "librarian",
  "biologist",
  "ecologist",
  "chemist",
  "physicist",
  "geologist",
  "seismologist",
  "climatologist",
  "hydrologist",
  "archaeologist",
  "anthropologist",
  "sociologist",
  "criminologist",
  "demographer",
  "statistician",
  "mathematician",
  "linguist",
  "philosopher",
  "ethicist",
  // What befell someone or what they do there: `a retiree who lives nearby said`, `one evacuee said`. Not `senior` nor `youth`, mostly modifiers (`a senior official`, `youth unemployment`), nor `teen`, `prisoner`: a young offender the law keeps unnamed, `Prisoner` in organisations' names.
  "survivor",
  "evacuee",
  "refugee",
  "immigrant",
  "migrant",
  "newcomer",
  "tourist",
  "visitor",
  "traveller",
  "traveler",
  "passenger",
  "commuter",
  "rider",
  "pedestrian",
  "motorist",
  "shopper",
  "customer",
  "client",
  "patron",
  "consumer",
  "subscriber",
  "retiree",
  "bystander",
  "onlooker",
  "eyewitness",
  "hostage",
  "participant",
  "attendee",
  "contestant",
  "finalist",
  "winner",
  "recipient",
  "applicant",
  "beneficiary",
  "stranger",
  "picketer",
  "dissident",
  "whistleblower",
  "opponent",
  "rival",
  "celebrity",
  "landowner",
  "occupant",
  "homebuyer",
  "buyer",
  "borrower",
  "smoker",
  "hunter",
  "angler",
  "hiker",
  "camper",
  "boater",
  // Plurals that do not just add an `s`.
  "fishermen",
  "defencemen",
  "defensemen",
  "councilmen",
  "councilwomen",
  "aldermen",
  "servicemen",
  "servicewomen",
  "salesmen",
  "saleswomen",
  "foremen",
  "longshoremen",
  "clergymen",
  "ombudsmen",
  "actresses",
  "waitresses",
  "stewardesses",
]);

/**
 * A team's positions that are common words too (`moving forward`, `a community centre`, `a
 * security guard`, `skip a meeting`): a role only between a team's name and a player's given
 * name (`Oilers forward Zach Hyman`, `Canada skip Rachel Homan`), never alone; and only after a
 * name the word cannot be the verb of (`Tories skip Jane Roe rally`): see playerNamedAfter.
 */
export const POSITIONS_OF_COMMON_WORDS = new Set(["forward", "centre", "center", "guard", "skip"]);

/** Head nouns of descriptions that can stand for a speaker (`the spokesperson said`). */
export const SPEAKER_NOUNS = new Set([
  ...KIN_NOUNS,
  "office",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "spokespeople",
  "official",
  "officials",
  "aide",
  "aides",
  "adviser",
  "advisers",
  "advisor",
  "advisors",
  "president",
  "senator",
  "governor",
  "candidate",
  "nominee",
  "secretary",
  "minister",
  "leader",
  "leaders",
  "chairman",
  "chairwoman",
  "director",
  "expert",
  "experts",
  "analyst",
  "analysts",
  "economist",
  "economists",
  "professor",
  "researcher",
  "researchers",
  "author",
  "authors",
  "report",
  "study",
  "statement",
  "campaign",
  "administration",
  "government",
  "ministry",
  "department",
  "agency",
  "committee",
  "council",
  "court",
  "judge",
  "lawyer",
  "lawyers",
  "attorney",
  "attorneys",
  "prosecutor",
  "prosecutors",
  "police",
  "officer",
  "officers",
  "source",
  "sources",
  "critics",
  "critic",
  "supporters",
  "supporter",
  "voter",
  "voters",
  "resident",
  "residents",
  // Housing stories quote people by their tenure: `one renter who lives in North York wrote`.
  "renter",
  "tenant",
  "homeowner",
  "woman",
  "man",
  "veteran",
  "veterans",
  "general",
  "host",
  "anchor",
  "reporter",
  "writer",
  "columnist",
  "editor",
  "commentator",
  "strategist",
  "strategists",
  "pollster",
  "pollsters",
  "poll",
  "survey",
  "group",
  "organization",
  "union",
  "party",
  "company",
  "firm",
  "executive",
  "ceo",
  "cao",
  "cfo",
  "coo",
  "founder",
  "chief",
  "manager",
  "administrator",
  "member",
  "members",
  "lawmaker",
  "lawmakers",
  "congressman",
  "congresswoman",
  "representative",
  "mayor",
  "ambassador",
  "diplomat",
  "diplomats",
  "media",
  "press",
  "newspaper",
  "network",
  "outlet",
  "website",
  "letter",
  "memo",
  "document",
  "documents",
  "filing",
  "ruling",
  "opinion",
  "speaker",
  "activist",
  "activists",
  "protester",
  "protesters",
  "demonstrator",
  "marcher",
  "student",
  "students",
  "teacher",
  "teachers",
  "parent",
  "parents",
  "doctor",
  "doctors",
  "scientist",
  "scientists",
  "commissioner",
  "spokespersons",
  "people",
  "americans",
  "democrats",
  "republicans",
  "conservatives",
  "liberals",
  "surrogates",
  "surrogate",
  "allies",
  "ally",
  "observers",
  "commission",
  "board",
  "panel",
  "senators",
  "staff",
  "staffer",
  "staffers",
  "team",
  "white",
  "house",
  "kremlin",
  "pentagon",
  "journalist",
  "journalists",
  "historian",
  "historians",
  "friend",
  "friends",
  "owner",
  "citizens",
  "founders",
  "agent",
  "agents",
  "investigators",
  "investigator",
  "pastor",
  "bishop",
  "priest",
  "clerk",
  "coach",
  "player",
  "players",
  "fan",
  "fans",
  "worker",
  "workers",
  "employee",
  "employees",
  "nurse",
  "soldier",
  "soldiers",
  "candidates",
  "finding",
  "findings",
  "article",
  "editorial",
  "post",
  "tweet",
  "ad",
  "video",
  "site",
  "one",
  "others",
  "some",
  "many",
  "both",
  "person",
  "someone",
  "everyone",
  "nobody",
  "everybody",
  "reader",
  "readers",
  "narrator",
  "announcer",
  "book",
  "piece",
  "story",
  "release",
  "spot",
  "moderator",
  "panelist",
  "guest",
  "caller",
  "listener",
  "viewer",
  "witness",
  "victim",
  "widow",
  "businessman",
  "businesswoman",
  "billionaire",
  "hopeful",
  "incumbent",
  "challenger",
  // British, Canadian and Australian news: `the premier said`, `a local councillor says`.
  "premier",
  "treasurer",
  "chancellor",
  "councillor",
  "councillors",
  "mp",
  "mps",
  "physician",
  "epidemiologist",
  "meteorologist",
  "lecturer",
  "constable",
  "sergeant",
  "inspector",
  "superintendent",
  "chair",
  "chairperson",
  "head",
  "boss",
  "principal",
  "advocate",
  "advocates",
  "campaigner",
  "campaigners",
  "organiser",
  "organizer",
  "co-author",
  // Hyphenated offices: `the vice-president said`.
  "vice-president",
  "vice-chair",
  "co-chair",
  "co-founder",
  "consultant",
  "specialist",
  "grandmother",
  "grandfather",
  "pensioner",
  "neighbour",
  "neighbor",
  "farmer",
  "paramedic",
  "firefighter",
  "regulator",
  "watchdog",
  "charity",
]);

/** Words of news outlets' names that also make a capitalised name an organisation (`Fox`, `Herald`). */
const NEWS_OUTLET_WORDS = [
  "times",
  "post",
  "news",
  "journal",
  "press",
  "network",
  "tv",
  "television",
  "radio",
  "magazine",
  "tribune",
  "herald",
  "gazette",
  "daily",
  "telegraph",
  "guardian",
  "reuters",
  "cnn",
  "bbc",
  "abc",
  "cbs",
  "nbc",
  "fox",
  "msnbc",
  "ap",
  // One of Canada's seven national outlets, its name one word: `HuffPost Canada`.
  "huffpost",
  "afp",
];

/**
 * Names of companies and bodies Canadian news quotes that are no one's name (`WestJet said`,
 * `Tim Hortons`, `Canadian Tire`, `Inuit Tapiriit Kanatami`): without them a lone name that
 * speaks is read as a person's, which a later `he` may stand for and `it` or `the company` may
 * not. Brands that are also surnames or given names (`Rogers`, `Bell`, `Desjardins`, `Ford`,
 * `Tesla`, `Rona`) are left out.
 */
const COMPANY_NAMES = [
  "westjet",
  "sunwing",
  "transat",
  "telus",
  "vidéotron",
  "videotron",
  "loblaw",
  "loblaws",
  "sobeys",
  "dollarama",
  "hortons",
  "tire",
  "mart",
  "foods",
  "enbridge",
  "suncor",
  "cenovus",
  "petro-canada",
  "hydro-québec",
  "hydro-quebec",
  "metrolinx",
  "translink",
  "purolator",
  "bombardier",
  "shopify",
  "scotiabank",
  "manulife",
  "sunnybrook",
  "unifor",
  "kanatami",
  "greenpeace",
  "ecojustice",
  "cineplex",
  "lululemon",
  "costco",
  "walmart",
  "amazon",
  "google",
  "facebook",
  "twitter",
  "instagram",
  "tiktok",
  "youtube",
  "microsoft",
  "netflix",
  "airbnb",
  "uber",
];

/**
 * Nicknames of professional and junior clubs Canadian news reports on (`the Maple Leafs`,
 * `the Saskatchewan Roughriders`, `Toronto FC`): a club speaks as a body, never as `he`. Those
 * that are also surnames, given names, peoples or plain nouns (`Kings`, `Stars`, `Senators`,
 * `Islanders`, `Magic`, `Heat`) are left out.
 */
const TEAM_NICKNAMES = [
  "fc",
  "leafs",
  "canadiens",
  "habs",
  "oilers",
  "flames",
  "canucks",
  "jets",
  "bruins",
  "penguins",
  "flyers",
  "sabres",
  "blues",
  "predators",
  "kraken",
  "coyotes",
  "marlies",
  "blackhawks",
  "lightning",
  "panthers",
  "raptors",
  "celtics",
  "knicks",
  "lakers",
  "clippers",
  "cavaliers",
  "timberwolves",
  "jays",
  "yankees",
  "dodgers",
  "mets",
  "astros",
  "orioles",
  "phillies",
  "mariners",
  "expos",
  "roughriders",
  "alouettes",
  "argonauts",
  "argos",
  "stampeders",
  "redblacks",
  "tiger-cats",
  "ticats",
  "elks",
  "eskimos",
  "bombers",
  "whitecaps",
  "broncos",
  "steelers",
  "packers",
  "seahawks",
];

/** Last words of a company's name: `Acme Ltd.`, `Acme Inc.`, `Acme Ltée`, `Hudson's Bay Co.`. */
export const COMPANY_SUFFIXES = new Set(["ltd", "inc", "corp", "corporation", "limited", "ltée", "llc", "llp", "plc", "company", "co"]);

/**
 * Words of a firm's name after initials, where a surname would stand (`A.B. Contracting`, `R.J.
 * Holdings`), or right after the name (`J.D. Irving Ltd.`): see pronouns.ts firmsOwnSign and ownSignAt. No
 * one's surname, so a name they close is a firm's wherever it stands (`Tallwood Outfitters,
 * Manager, Tom Baker,`: subject-affiliations.ts namesABody).
 */
export const FIRM_WORDS = new Set([
  ...["contracting", "contractors", "construction", "builders", "homes", "holdings", "enterprises", "industries"],
  ...["trucking", "transport", "shipping", "towing", "logistics", "excavating", "paving", "roofing", "plumbing"],
  ...["electric", "mechanical", "engineering", "marine", "fisheries", "lumber", "forestry", "mining", "farms"],
  ...["manufacturing", "supply", "equipment", "developments", "properties", "realty", "associates", "consulting"],
  ...["investments", "capital", "ventures", "technologies", "solutions", "group", "services", "motors"],
  ...["outfitters", "suppliers", "distributors", "renovations"],
  ...COMPANY_SUFFIXES,
]);

/** Words in a capitalised name that make it an organisation rather than a person. */
export const ORG_WORDS = new Set([
  // A union's branch: `Unifor Local 999`, `CUPE Local 79`.
  "local",
  "council",
  "committee",
  "department",
  "ministry",
  "agency",
  "party",
  "campaign",
  "foundation",
  "institute",
  "institution",
  "center",
  "centre",
  "university",
  "college",
  "school",
  "association",
  "union",
  "bank",
  "fund",
  "group",
  "commission",
  "bureau",
  "office",
  "house",
  "senate",
  "congress",
  "parliament",
  "court",
  "administration",
  "government",
  "board",
  "service",
  "services",
  "organization",
  "organisation",
  "alliance",
  "federation",
  "league",
  "society",
  "club",
  "authority",
  "coalition",
  "forum",
  "caucus",
  "pac",
  "academy",
  "museum",
  "hospital",
  "police",
  "army",
  "navy",
  "force",
  "forces",
  "guard",
  "cabinet",
  "kremlin",
  "pentagon",
  "fbi",
  "cia",
  "nato",
  "un",
  "eu",
  "assembly",
  "trust",
  "initiative",
  "project",
  "watch",
  "poll",
  "report",
  "tank",
  "labs",
  "systems",
  "airlines",
  "airways",
  "motors",
  "international",
  "partners",
  // Found as `he` on real Canadian pages (`the Stratford Festival`, `Team Tory`).
  "festival",
  "theatre",
  "theater",
  "orchestra",
  "opera",
  "ballet",
  "gallery",
  "library",
  "church",
  "tribunal",
  "unit",
  "team",
  // A First Nation (`Six Nations`, `the Oneida Nation`) is a people and its government.
  "nation",
  "nations",
  "tribe",
  // A First Nation's government under the Indian Act: `the Osoyoos Indian Band`.
  "band",
  // Bodies of Canadian government and public service: `the Anti-Racism Directorate`, `the
  // Indigenous Affairs Secretariat`, `the RCMP's Surrey Detachment`, `the Ontario Legislature`,
  // `the House of Commons`, `the Registry`, `the Haudenosaunee Confederacy`.
  "secretariat",
  "directorate",
  "detachment",
  // French bodies' heads (`Centrale des syndicats du Québec`, `Fédération interprofessionnelle de
  // la santé`, `Groupe Juste pour rire inc.`), whose names run on in lower case (mention-names.ts).
  "fédération",
  "confédération",
  "centrale",
  "groupe",
  "regroupement",
  "syndicat",
  "société",
  "régie",
  "legislature",
  "commons",
  "registry",
  "confederacy",
  // Co-operatives, caisses and the French names of bodies (`the Arctic Co-operative`, `Caisse
  // Desjardins`, `the Société de transport de Montréal`, `Conseil scolaire Viamonde`).
  "co-operative",
  "cooperative",
  "co-op",
  "collective",
  "caisse",
  "conseil",
  "société",
  "societe",
  // Veterans' and military bodies: `the Royal Canadian Legion`, `the Royal Regiment of Canada`.
  "legion",
  "cadets",
  "regiment",
  "battalion",
  "brigade",
  "squadron",
  // Companies: `Acme Ltd.`, `Acme Ltée`, `BC Hydro`, `a Toronto Clinic`; partnerships, as law
  // and accounting firms are (`Roe & Baker LLP`), whose partners' surnames are no person here.
  // `Ford Motor Co.`, `Hudson's Bay Co.`: a company's `Co.`, a given name first notwithstanding.
  ...COMPANY_SUFFIXES,
  "hydro",
  "clinic",
  "chamber",
  // Canada's regional health authorities and carriers (`Fraser Health`, `Interior Health`,
  // `Toronto Public Health`, `CN Rail`, `Calgary Transit`, `Rogers Communications`): a given
  // name first (`Fraser`) must not make them a person a later `he` stands for.
  "health",
  "rail",
  "transit",
  "communications",
  // `the Crown argued`: the prosecution in Canadian courts, which no later `he` stands for.
  "crown",
  // Media companies, as against a paper's or a network's name: `Bell Media`, `Postmedia`.
  "media",
  "postmedia",
  // Regulators, resource companies and sports bodies: `the Alberta Energy Regulator`, `Imperial
  // Oil`, `Teck Resources`, `Canada Soccer`.
  "regulator",
  "energy",
  "oil",
  "resources",
  "soccer",
  ...COMPANY_NAMES,
  ...TEAM_NICKNAMES,
  ...NEWS_OUTLET_WORDS,
]);

/** The clubs' nicknames as a set: a team's name ends in one (`the Edmonton Oilers`). */
export const TEAM_NICKNAME_WORDS = new Set(TEAM_NICKNAMES);

/** Words that open an outlet's name: `told The New York Times`, `to Russia's Sputnik`. */
export const OUTLET_WORDS = new Set([
  ...NEWS_OUTLET_WORDS,
  "observer",
  "economist",
  "wire",
  "today",
  "bloomberg",
  "axios",
  "review",
  "examiner",
  "chronicle",
  "globe",
  "star",
  "sun",
  "mail",
  "express",
  "independent",
  "standard",
  "insider",
  "hill",
  "atlantic",
  "newsweek",
  "time",
]);

/** Modal verbs: closed-class words, and fillers between a subject and its verb of saying. */
const MODAL_VERBS = ["can", "could", "should", "may", "might", "must"];

/**
 * The modals with the future's `will`, `would` and `shall`: before a verb of saying they tell
 * what one should, must or would say, not what one said (`the panel should remember`).
 */
export const MODALS_BEFORE_VERB = new Set([...MODAL_VERBS, "will", "would", "shall"]);

/**
 * Articles, pronouns, prepositions, conjunctions and auxiliaries: never a name when capitalised,
 * and scare quotes when one stands alone in quotation marks. NOT_NAMES and FUNCTION_WORDS share them.
 */
const CLOSED_CLASS_WORDS = [
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "if",
  "when",
  "while",
  "as",
  "in",
  "on",
  "at",
  "for",
  "from",
  "with",
  "by",
  "of",
  "to",
  "after",
  "before",
  "since",
  "because",
  "still",
  "also",
  "even",
  "then",
  "there",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "our",
  "what",
  "who",
  "which",
  "where",
  "why",
  "how",
  "not",
  "all",
  "some",
  "both",
  "each",
  "every",
  "any",
  "such",
  "only",
  "just",
  "now",
  "according",
  "during",
  "over",
  "about",
  "against",
  "between",
  "into",
  "through",
  "despite",
  "without",
  "within",
  "among",
  "like",
  "unlike",
  "than",
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  ...MODAL_VERBS,
  "said",
  "says",
  "told",
  "added",
  "wrote",
  "again",
  "too",
  "very",
  "until",
];

/** Days of the week, which follow a name to date what it did (`told CBC News Wednesday`). */
export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** The months' names that are no one's name too (not `may`). */
const MONTH_NAMES = ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];

/** The months but `May` (MONTH_NAMES), in full and abbreviated (`Aug.`): a date's first word, never a person or a body. */
export const MONTHS = new Set([...MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/**
 * The last words of the names of laws and agreements (`the Affordable Care Act`, `the Paris
 * Accord`, `the Canadian Charter`): a thing a person enacts, signs or cites, never a speaker,
 * and never one `he` or `she` stands for. Not `Bill`, which closes nicknames (`Big Bill`) as
 * often as it does a bill's name.
 */
export const LAW_WORDS = new Set([
  "act",
  "accord",
  "accords",
  "agreement",
  "treaty",
  "charter",
  "amendment",
  "code",
  "protocol",
  "pact",
  "strategy",
  "framework",
  "regulations",
]);

/**
 * The last words of the names of prizes (`the Booker Prize`, `the Juno Awards`): a thing won,
 * never a speaker, and never one `he` or `she` stands for, whatever word opens the name
 * (`Booker`, `Juno`). An event's last words are names.ts's (isEvent).
 */
export const PRIZE_WORDS = new Set(["prize", "prizes", "award", "awards", "trophy", "medal"]);

/**
 * Closed-class words of NOT_NAMES that are also given names (`Will Osler`): mentions.ts reads one
 * as a name only where the modal cannot stand (see `givenNameHere` there). Not `May`, a month as
 * often as a name mid-sentence (`in May Ottawa said`); not `Bill`, `Grant`, `Mark`, which no
 * closed class holds and the name lists already take for names.
 */
export const MODALS_GIVEN_AS_NAMES = new Set(["will"]);

/** Closed-class words of NOT_NAMES that are also surnames (`Elizabeth May`): see `surnameAfterGivenName` in mention-names.ts. */
export const MODALS_AS_SURNAMES = new Set(["may"]);

/** Capitalised words that open a sentence without being a name. */
export const NOT_NAMES = new Set([
  ...CLOSED_CLASS_WORDS,
  // Prepositions that open a sentence before a name: `Alongside BLM calls for action, …`.
  "alongside",
  "amid",
  "amongst",
  "behind",
  "across",
  "around",
  "above",
  "below",
  "beneath",
  "near",
  "outside",
  "inside",
  "along",
  "following",
  "beside",
  "besides",
  "beyond",
  "throughout",
  "toward",
  "towards",
  "upon",
  "via",
  "although",
  "though",
  "here",
  "my",
  "your",
  "no",
  "yes",
  "one",
  "many",
  "most",
  "more",
  "much",
  "other",
  "another",
  "today",
  "yesterday",
  "tomorrow",
  "last",
  "next",
  "first",
  "meanwhile",
  "however",
  "instead",
  "indeed",
  "perhaps",
  "maybe",
  "ultimately",
  "importantly",
  "asked",
  "speaking",
  "under",
  "let",
  "mr",
  "mrs",
  "ms",
  "dr",
  ...WEEKDAYS,
  ...MONTH_NAMES,
  "abstract",
  "sure",
  "well",
  "oh",
  "okay",
  "ok",
  "please",
  "thank",
  "thanks",
  "dear",
  "hi",
  "hello",
  "earlier",
  "later",
  // `Late Tuesday, …`: a time adverbial opening the sentence, never a name.
  "late",
  "once",
  "twice",
  "never",
  "always",
  "sometimes",
  "often",
  "already",
  "new",
  "old",
  "former",
  "several",
  "few",
  "whether",
  "unless",
  "whose",
  "whom",
  "lastly",
  "finally",
  "second",
  "third",
  "furthermore",
  "moreover",
  "additionally",
  "editor's",
  "note",
  "update",
  "updated",
  "photo",
  // A page's labels before a caption's or a clip's subject (`Caption Jane Roe speaks …`, `FILE
  // Jane Roe at …`), which open a line as a name would.
  "caption",
  "video",
  "file",
  "related",
  "read",
  "watch",
  "see",
  // Page widgets' imperatives (`Share your thoughts:`), which open a line as a name would.
  "share",
  "subscribe",
  "listen",
  "download",
  // `Neither Roe nor Doe`, `Either Roe or Doe`: a pairing's opener, never part of the first name.
  "neither",
  "either",
  // Indefinite pronouns that open a sentence (`Nobody answered him.`): no one in particular.
  "nobody",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "click",
]);

/** Words that, right after a closing mark, begin an attribution rather than carry on the quoted words. */
export const FUNCTION_STARTS = new Set([
  "he",
  "she",
  "they",
  "it",
  "i",
  "we",
  "you",
  "said",
  "says",
  "say",
  "told",
  "tells",
  "added",
  "adds",
  "asked",
  "asks",
  "wrote",
  "writes",
  "according",
  "explained",
  "noted",
  "continued",
  "who",
  "which",
  "declared",
  "insisted",
  "argued",
  "replied",
  "recalled",
  "warned",
  "the",
  "a",
  "an",
  "his",
  "her",
  // A conjunction opens another clause: `“a murderous attack” and declared …`.
  "and",
  "but",
  "or",
  "as",
  "while",
  "when",
  "because",
  "before",
  "after",
  "since",
]);

/**
 * Nouns that end in -ly, as most adverbs do: `the family said`, `the assembly says`, `the reply
 * states`. Read as adverbs, the subject reader stepped past them and kept only the article (`the`).
 */
export const NOUNS_IN_LY = new Set(["family", "assembly", "ally", "rally", "reply", "supply", "monopoly", "anomaly", "bully"]);

/** Auxiliaries and adverbs that stand between a subject and its verb (`X has also said`). */
export const SUBJECT_VERB_FILLERS = new Set([
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "are",
  "will",
  "would",
  "also",
  "then",
  "later",
  "again",
  "once",
  "further",
  "previously",
  "recently",
  "repeatedly",
  "not",
  "never",
  "did",
  "does",
  "do",
  "already",
  "even",
  "still",
  "be",
  "been",
  "reportedly",
  "publicly",
  "privately",
  "often",
  "frequently",
  "since",
  // `Jane Roe has always said`, `has long argued`: adverbs of time between auxiliary and verb.
  "always",
  "long",
  "sometimes",
  "usually",
  // `The government had just announced`: without these the subject ran on through them.
  "just",
  "now",
  "first",
  ...MODAL_VERBS,
  // `The boyfriend doesn’t think`: negated auxiliaries, with either apostrophe.
  ...[
    "doesn't",
    "don't",
    "didn't",
    "isn't",
    "wasn't",
    "weren't",
    "aren't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "hasn't",
    "haven't",
    "hadn't",
  ].flatMap((w) => [w, w.replace("'", "’")]),
  // `X is shown saying`, `was heard telling`: the passive of seeing or hearing someone speak.
  "shown",
  "seen",
  "heard",
  "filmed",
  "recorded",
  "caught",
]);

/** Words that join two verbs of one subject (`X laughed and said`). */
export const COORDINATORS = new Set(["and", "but", "then", "or"]);

/** Words that open a description of someone, whatever its noun (`a narrator in the ad`). */
export const DESCRIPTION_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that"]);

/** Verbs that give a speaker for later pronouns and quotations but report no position of their own. */
export const UNREPORTED_STANCE_VERBS = new Set(["described", "voiced"]);

/** Before a speech or stance word, these make it a noun (`his claims`, `the report`). */
export const NOUN_MARKERS_BEFORE_VERB = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those"]);

/** Canadian police forces known by initialisms, each what a later bare `police` stands for (`B.C. RCMP said …` then `police said`). */
export const POLICE_FORCE_INITIALISMS = new Set(["rcmp", "opp", "spvm", "grc"]);

/** Words that make an organisation a part of government. */
export const GOVERNMENT_WORDS = new Set([
  "house",
  "department",
  "ministry",
  "government",
  "administration",
  "kremlin",
  "pentagon",
  "senate",
  "congress",
  "parliament",
  "cabinet",
  "state",
  "treasury",
  "army",
  "navy",
  "police",
  "court",
  // Canada's legislatures and public service (`the Ontario Legislature`, `the Treasury Board Secretariat`).
  "legislature",
  "commons",
  "secretariat",
  "directorate",
  "detachment",
]);

/** Titles that tell a person's gender, for pronouns. */
export const FEMALE_TITLES = new Set([
  "mrs",
  "ms",
  "miss",
  "madam",
  "lady",
  "queen",
  "princess",
  "dame",
  "sister",
  "congresswoman",
  "chairwoman",
  "assemblywoman",
  "councilwoman",
  "baroness",
  "duchess",
  "alderwoman",
]);

/** Titles that tell a person's gender, for pronouns. */
export const MALE_TITLES = new Set([
  "mr",
  "sir",
  "lord",
  "king",
  "prince",
  "father",
  "brother",
  "congressman",
  "chairman",
  "assemblyman",
  "councilman",
  "baron",
  "duke",
  "alderman",
  "sheikh",
]);

/**
 * Words that open a relative clause on the noun before them: never an attribution after a
 * quotation (`“assault-style,” which…`), and after a name set off by a comma (`Acme, which makes
 * …, said`) the clause is the name's, not a new subject's.
 */
export const RELATIVE_PRONOUNS = new Set(["which", "who", "whose", "whom"]);

/** The most words a name between an object's relative pronoun and its verb may have (`which Idris Kemble accused of`). */
export const OBJECT_RELATIVE_NAME_MAX_WORDS = 4;

/** Words after which a short quotation is still someone's words: objects and verbs of naming (`called it “…”`). */
export const OBJECT_LEADS = new Set([
  "him",
  "her",
  "them",
  "it",
  "me",
  "us",
  "you",
  "people",
  "as",
  "and",
  "or",
  "was",
  "were",
  "is",
  "are",
  "be",
  "being",
  "been",
  "considers",
  "consider",
  "considered",
  "deemed",
  "called",
  "calls",
  "call",
]);

/** Words that give a name to what follows: `so-called “…”`, `dubbed “…”`. */
const NAMING_VERBS = ["so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "headlined"];

/**
 * Nouns of a rule, a notice, a sign or a side, which a quoted modifier before them names (`the “clean
 * water” bylaw`, `a “zero tolerance” policy`, `a “hands off” sign`, `the “yes” side`): the thing's own
 * name, whoever reports it; not one word or an -ly adverb and a word that judges it (`the “draconian”
 * bylaw`: classify.ts's namedByModifier).
 */
export const NAMED_BY_MODIFIER = new Set([
  "law",
  "laws",
  "bylaw",
  "bylaws",
  "act",
  "bill",
  "bills",
  "legislation",
  "regulation",
  "regulations",
  "rule",
  "rules",
  "clause",
  "provision",
  "motion",
  "policy",
  "policies",
  "order",
  "orders",
  "advisory",
  "advisories",
  "notice",
  "alert",
  "warning",
  "sign",
  "signs",
  "banner",
  "banners",
  "placard",
  "placards",
  "side",
  "camp",
  "zone",
  "zones",
]);

/** Words of a rough number before a noun: `a few`, `several`, `many`. */
export const QUANTIFIERS = new Set(["few", "several", "many"]);

/**
 * Determiners and prepositions before a noun phrase (`the “reset”`, `of “…”`): the words of TERM_LEADS
 * that open a phrase, as against those that name it.
 */
export const DETERMINERS_AND_PREPOSITIONS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "some",
  "any",
  "no",
  "every",
  "each",
  "another",
  // Quantifiers (`a few “red zones” which …`, `several “hot spots”`): a noun phrase counted, no words said.
  ...QUANTIFIERS,
  "whose",
  "of",
  "for",
  "into",
  "in",
  "on",
  "at",
  "from",
  "with",
  "about",
  "by",
  "over",
  "under",
]);

/** Words before a quotation that make it a name or a term, not speech: determiners, prepositions, naming verbs, nouns of works (`the song “…”`). */
export const TERM_LEADS = new Set([
  ...DETERMINERS_AND_PREPOSITIONS,
  ...NAMING_VERBS,
  "called",
  "episode",
  "film",
  "book",
  "show",
  "song",
  "anthem",
  "documentary",
  "program",
  "movie",
  "album",
  "series",
  "column",
  "commentary",
  "essay",
  "article",
  "op-ed",
  "slogan",
  "hashtag",
  "term",
  "word",
  "label",
  "phrase",
  "rule",
  "broadcast",
  "newspaper",
  "magazine",
  "headline",
  "novel",
  "poem",
  "play",
  "musical",
  "podcast",
  "campaign",
]);

/** After these, a short quotation is a name for something, not speech. */
export const NAMING_WORDS = new Set([...NAMING_VERBS, "self-described", "self-styled"]);

/**
 * Nouns that name what follows them (`the report's title, “…”`, `the hashtag “…”`, `its motto
 * “…”`): a name, unless a colon introduces it (`used her words as its headline: “…”`).
 */
export const NAMING_NOUNS = new Set(["title", "headline", "hashtag", "motto", "slogan"]);

/**
 * Works that have titles (`Jane Doe's column, “Why the north matters,” is…`): a quotation set
 * off by commas after one of them is its title. Not statements, letters or posts, whose
 * words are quoted in the same way.
 */
export const TITLED_WORKS = new Set([
  "commentary",
  "column",
  "op-ed",
  "editorial",
  "essay",
  "article",
  "book",
  "memoir",
  "novel",
  "biography",
  "film",
  "movie",
  "documentary",
  "song",
  "album",
  "show",
  "series",
  "podcast",
  "play",
  "poem",
  "exhibit",
  "exhibition",
  // Works of art, which captions and reviews name in quotation marks: `the painting “…” by Jane Roe`.
  "painting",
  "sculpture",
  "portrait",
  "mural",
  "photograph",
  "installation",
]);

/** Function words: one of these alone in quotation marks is scare quotes. */
export const FUNCTION_WORDS = new Set([
  ...CLOSED_CLASS_WORDS,
  "nor",
  "say",
  "tells",
  "adds",
  "writes",
  "up",
  "down",
  "out",
  "off",
  "either",
  "neither",
]);

/** Small words that a title in title case leaves in lower case. */
export const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "and",
  "or",
  "with",
  "by",
  "from",
  "as",
  "vs",
  // Longer prepositions, which titles in Chicago style keep in lower case too (`Artist and
  // Shaman between Two Worlds`, `A Walk through the Woods`).
  "between",
  "through",
  "into",
  "onto",
  "upon",
  "among",
  "within",
  "without",
  "against",
  "beyond",
]);

/** Particles inside names (`Ursula von der Leyen`). */
export const NAME_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "da",
  "di",
  "del",
  "der",
  "den",
  "bin",
  "el",
  "al",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "ibn",
  "st",
  "mc",
  "y",
  // `Tk’emlups te Secwépemc`: a First Nation's name joined by its own language's particle.
  "te",
]);

/** Determiners and quantifiers that open a noun phrase (`the`, `several`). */
export const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "one",
  "another",
  "this",
  "that",
  "these",
  "those",
  "two",
  "three",
  "four",
  "several",
  "some",
  "many",
  "other",
  "most",
  "both",
  "no",
  "each",
]);

/** Prepositions through which a description runs on to a name (`a spokesman for the Council`). */
export const DESCRIPTION_LINKS = new Set(["for", "of", "at", "with", "from"]);

/**
 * Nouns of those who serve another and take `to` for whom (`an aide to the premier`, `adviser to
 * the minister`): the description runs back through that `to` to its head, the aide, and whom the
 * aide serves is no speaker.
 */
export const AIDE_NOUNS = new Set([
  "aide",
  "aides",
  "adviser",
  "advisers",
  "advisor",
  "advisors",
  "assistant",
  "assistants",
  "counsel",
  "consultant",
]);

/** Prepositions after a description's head noun (`the spokesman for …`): those and `in`. */
export const HEAD_LINKS = new Set([...DESCRIPTION_LINKS, "in"]);

/** Prepositions that link a description to what it belongs to (`a spokesman for …`, `an aide to …`): those and `to`. */
export const LINKS = new Set([...HEAD_LINKS, "to"]);

/** More nouns that can stand for a speaker, of politics and business. */
export const EXTRA_SPEAKER_NOUNS = new Set([
  "mogul",
  "star",
  "frontrunner",
  "front-runner",
  "contender",
  "republican",
  "democrat",
  "conservative",
  "liberal",
  "progressive",
  "libertarian",
]);

/** Verbs that can come before their speaker after a quotation (`“…,” said X`). */
export const VERBS_BEFORE_SPEAKER = new Set([
  ...SPOKE_IN_A_MANNER,
  "vowed",
  "promised",
  "sighed",
  "laughed",
  "screamed",
  "interrupted",
  "reasoned",
  "reiterated",
  "repeated",
  "said",
  "says",
  "say",
  "added",
  "adds",
  "asked",
  "asks",
  "wrote",
  "writes",
  "explained",
  "explains",
  "noted",
  "notes",
  "continued",
  "continues",
  "recalled",
  "recalls",
  "argued",
  "argues",
  "insisted",
  "insists",
  "declared",
  "declares",
  "replied",
  "replies",
  "responded",
  "responds",
  "warned",
  "warns",
  "concluded",
  "observed",
  "quipped",
  "joked",
  "countered",
  "cautioned",
  "conceded",
  "acknowledged",
  "admitted",
  "stated",
  "states",
  "emphasized",
  "stressed",
  "tweeted",
  "told",
  "tells",
  // Inverted after the quotation as often as before it: `“…,” agrees Jane Doe`.
  "agreed",
  "agrees",
  "remembered",
  "remembers",
  "recounted",
  "recounts",
  "wondered",
  "wonders",
  "retorted",
  "interjected",
  "mused",
  "muses",
  "exclaimed",
  "whispered",
  "shouted",
  "yelled",
  "demanded",
  "demands",
  "pleaded",
  "urged",
  "urges",
  "complained",
  "complains",
  "lamented",
  "laments",
  "predicted",
  "predicts",
  "maintained",
  "maintains",
  "emphasised",
  "emphasises",
  "emphasizes",
  "stresses",
  "confirmed",
  "confirms",
  "announced",
  "announces",
  "boasted",
  "boasts",
  "posted",
  "tweets",
  "suggested",
  "suggests",
  "admits",
  "acknowledges",
  "concedes",
  "cautions",
  "counters",
  "jokes",
  "quips",
  "observes",
  "remarked",
  "opined",
  "reckons",
  "reckoned",
  "disclosed",
  "confessed",
  "speculated",
  "hinted",
  "underlined",
  "underscored",
  "affirmed",
  "inquired",
  "enquired",
  "implored",
  "begged",
  "relayed",
  "proclaimed",
  "ruled",
  // What a document says: `“Choke!” read the front page`, `“…,” reads the editorial`.
  "read",
  "reads",
]);

/**
 * Verbs that come before their speaker only after a question (`“How will we get there?”
 * questioned commuter Jane Doe on Sunday`): after a comma the name is as often the one
 * questioned (`The mayor, who called it “…,” questioned Jane Doe`).
 */
export const VERBS_BEFORE_SPEAKER_AFTER_QUESTION = new Set(["questioned"]);

/** Conjunctions and adverbs that may open an attribution clause before its subject. */
export const LEAD_SKIP = new Set(["but", "and", "so", "then", "later", "also", "now"]);

/** Before a speech word, these make it a noun (`the remark`, `whose claim`). */
export const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "this",
  "that",
  "these",
  "those",
  "whose",
  "no",
  "any",
  "every",
  "such",
]);

/** Head nouns of descriptions that stand for a document or a statement (`the report said`). */
export const DOCUMENT_NOUNS = new Set([
  "report",
  "study",
  "statement",
  "poll",
  "survey",
  "letter",
  "memo",
  "document",
  "filing",
  "ruling",
  "article",
  "editorial",
  "finding",
  "website",
  "site",
  "tweet",
  "video",
  "ad",
]);

/** Head nouns of descriptions that stand for a part of government (`the ministry said`). */
export const GOVERNMENT_NOUNS = new Set([
  "campaign",
  "administration",
  "government",
  "ministry",
  "department",
  "agency",
  "committee",
  "council",
  "court",
  "commission",
  "board",
  "panel",
]);

/**
 * Writings one person sends another (`a letter from the victim’s mother`, `Baker’s email`):
 * read out or passed on by others, and owned by whoever the possessive before them names.
 */
export const PERSONAL_WRITINGS = new Set(["letter", "note", "email", "e-mail", "message", "card"]);

/**
 * The participles of writing between a writing and its author's `by` (`the report authored by`):
 * who wrote it, unlike `obtained by` or `reviewed by`, which name who got or read it.
 */
export const AUTHORING_PARTICIPLES = new Set(["authored", "co-authored", "written", "co-written", "penned", "signed", "prepared"]);

/**
 * Documents whose words are their issuer's: `the statement said` speaks for whoever issued it,
 * and in `X issued a news release stating …` X is who states.
 */
export const ISSUED_WRITINGS = new Set([
  "statement",
  "release",
  "letter",
  "memo",
  "email",
  "e-mail",
  "tweet",
  "post",
  "message",
  "report",
  "study",
  "survey",
  "poll",
  "ruling",
  "filing",
  "document",
  // What Canadian governments table and issue: `the budget says`, `the backgrounder said`.
  "budget",
  "backgrounder",
  // What a councillor or a member moves: `a motion from the mayor` … `the motion notes`.
  "motion",
  // What a prize's jury writes of its winner: `read the jury’s citation`.
  "citation",
  // A short writing a body posts or sends, called by another noun after its first: `read the
  // post` then `read the note`.
  "note",
  // What a commander or a chief issues to those under them: `the directive said`.
  "directive",
]);

/**
 * Where an owner's words are posted rather than what was written: `the union’s Twitter
 * account`, `the ministry’s website`. Their owner is their author, as a document's issuer is.
 */
export const MEDIUM_NOUNS = new Set(["account", "feed", "website", "site", "channel", "blog", "notice"]);

/** Social platforms, which carry an owner's posts and say nothing of their own (`a Facebook post`). */
export const PLATFORMS = new Set(["facebook", "twitter", "instagram", "tiktok", "youtube", "linkedin"]);

/** What a platform holds for its owner: `the Acme Facebook page`, `the “Acme” Facebook group`. */
export const PLATFORM_MEDIA = new Set(["page", "group", "account", "feed", "post", "channel"]);

/**
 * A party's word for one of its members (`Republican Ted Cruz`, `Liberal Jane Roe`): an
 * affiliation, which is no office (isOffice) nor a nationality (`Republican` is no `Canadian`),
 * and says nothing against any office the person holds (`the senator`; role-fits.ts).
 */
export const PARTY_MEMBERS = new Set([
  ...["democrat", "democratic", "republican", "independent", "libertarian", "gop"],
  ...["liberal", "conservative", "tory", "grit", "ndper", "bloquiste"],
]);

/** Head nouns of descriptions that stand for the press (`the network said`). */
export const MEDIA_NOUNS = new Set(["media", "press", "newspaper", "network", "outlet"]);

/**
 * Nouns that name a firm and almost never a person, which beside a one-word name show it a firm's
 * (`retailer Sears`, `Sears, the retailer,`): see mention-firm-nouns.ts. Not `grocer`, `carrier`,
 * `producer`, `developer`, `publisher` nor `broadcaster`, each also a person's trade (the few
 * news calls a firm it named by are FIRM_TRADE_NOUNS).
 */
export const FIRM_NOUNS = new Set([
  ...["company", "firm", "corporation", "retailer", "chain", "bank", "lender", "insurer", "airline"],
  ...["automaker", "carmaker", "conglomerate"],
]);

/**
 * Nouns by which news calls a firm it named by its trade that are also a person's trade (`the
 * grocer`, `the miner`), so left out of FIRM_NOUNS: such a description is a person the text
 * named first, and a firm only where no person answers (see firm-descriptions.ts).
 */
export const FIRM_TRADE_NOUNS = new Set(["grocer", "miner", "carrier", "developer"]);

/** Words between `it` and what it does: `it will`, `it has now`, `it is`. */
export const IT_AUXILIARIES = new Set(["is", "was", "will", "would", "has", "had", "could", "may", "can", "now", "also", "still", "soon"]);
/**
 * What a company does or is that a person's `it` seldom is (`it sells`, `it will close`, `it is
 * short of stock`, `it's experiencing a supply disruption`): a closed list, as an `it` after a name
 * stands as often for a thing the person speaks of (`says it will take years`). No past
 * participle (`it was closed`, `it was sold` are a thing's), nor `makes` (`it makes no sense`).
 */
export const IT_COMPANY_ACTS = new Set([
  ...["plans", "sells", "employs", "reports", "short", "experiencing", "close", "closes", "closing"],
  ...["cut", "cuts", "cutting", "hire", "hires", "hiring", "lay", "shut", "recall", "recalling"],
  ...["restore", "invest", "expand", "buy", "acquire", "sell", "manufactures"],
]);

/** Words of a trade before `giant` that make it a firm's (`telecom giant Rogers`, not `literary giant Atwood`). */
export const FIRM_TRADES = new Set(["telecom", "retail", "grocery", "banking", "tech", "oil", "mining", "insurance", "airline", "auto"]);

/** Head nouns of descriptions that stand for an organisation (`the company said`). */
export const ORGANISATION_NOUNS = new Set([
  // `the premier's office said`: a person's office is staff speaking for them, never `he` or `she`.
  "office",
  "group",
  "organization",
  "organisation",
  "union",
  "party",
  "company",
  "firm",
  "team",
  "charity",
  "regulator",
  "watchdog",
  // `the Roughriders said … “…,” the club said`.
  "club",
  "league",
  // `Montreal police say …`: a force speaks as a body, never as `he` or `she`.
  "police",
  // What Canadian news calls a company or a public body it named before (`Hydro One said … the
  // utility said`, `the provider`, `the railway`, `the health authority`).
  "utility",
  "provider",
  "railway",
  "airline",
  "retailer",
  "bank",
  "insurer",
  "corporation",
  "authority",
  "hospital",
  "university",
  "college",
  "association",
  "society",
  "federation",
  "foundation",
  "coalition",
]);

/**
 * The last words of newspapers' and broadcasters' names that are also surnames or common nouns
 * (`the Toronto Star`, `The Globe`, `the Ottawa Citizen`, `the Winnipeg Sun`, `La Presse`, `Le
 * Devoir`, `Radio-Canada`): the name is an outlet, never `he` or `she`, unless a given name opens
 * it (`Michele Star`, `Jane Sun`), as no newspaper's name does.
 */
export const NEWSPAPER_TITLE_WORDS = new Set(["star", "globe", "citizen", "sun", "presse", "devoir", "soleil", "radio-canada"]);

/**
 * The last words of broadcast programmes' names (`Question Period`, `The Morning Show`, `Rosemary
 * Barton Live`): a programme, never `he` or `she`, even when a host's name opens it.
 */
export const PROGRAMME_TITLE_WORDS = new Set(["show", "live", "tonight", "hour", "period"]);

/** Words anywhere in an organisation's name that make it an outlet (`The Washington Post`). */
export const OUTLET_NAME_WORDS = new Set(["times", "news", "journal", "post", "huffpost", "cnn", "bbc", "msnbc", "fox", "reuters"]);

/** The forms of `go`: a verb of saying only as a quotative (`and he goes, “Why?”`), and what opens `went on to say`. */
export const GO_FORMS = new Set(["go", "goes", "going", "went", "gone"]);

/** The articles. */
export const ARTICLES = new Set(["the", "a", "an"]);

/**
 * Words that may link the capitalised words of an organisation's name (`Fight for $15`,
 * `Mothers of the Disappeared`), and that its initials leave out (`Northern Timber and Paper
 * Workers`, NTPW).
 */
export const ORGANISATION_NAME_LINKS = new Set(["the", "of", "and", "for"]);

/** Words before which a description read backwards stops (`said the spokesman`). */
export const BEFORE_DESCRIPTION = new Set([
  "and",
  "or",
  "but",
  "that",
  "as",
  "said",
  "says",
  "told",
  "is",
  "was",
  "are",
  "were",
  "has",
  "have",
]);

/** Words that open an embedded clause whose subject follows them (`what Jane Roe said`, `how police see it`). */
export const WH_CLAUSE_OPENERS = new Set(["what", "how", "why"]);

/** Conjunctions that may stand before a clause's subject. */
export const CLAUSE_JOINERS = new Set(["and", "but", "then", "so"]);

/**
 * Verbs by which a subject says another's words again (`repeated the union’s warning that “…”`,
 * `read the statement`): the words are the subject's to give, whoever first said them.
 */
export const REPEATING_VERBS = new Set([
  ...["repeat", "repeats", "repeated", "repeating", "reiterate", "reiterates", "reiterated", "reiterating"],
  ...["echo", "echoes", "echoed", "echoing", "restate", "restates", "restated", "restating"],
  ...["quote", "quotes", "quoted", "quoting", "cite", "cites", "cited", "citing", "read", "reads", "reading"],
  ...["relay", "relays", "relayed", "relaying", "paraphrase", "paraphrased", "parrot", "parroted", "reaffirm", "reaffirmed"],
]);

/**
 * Conjunctions that open a subordinate clause: never an attribution after a quotation, and
 * a clause whose subject may follow (`when a boy shouted`).
 */
export const SUBORDINATORS = new Set([
  "when",
  "while",
  "after",
  "before",
  "because",
  "if",
  "although",
  "though",
  "since",
  "until",
  "unless",
  "whereas",
  "whenever",
]);

/** Openers of a description that refers back (`the spokesman`), not one that introduces. */
export const DEFINITE_OPENERS = new Set(["the", "this", "that"]);

/** Negative determiners: `no one`, `no official` deny that anyone fits the description. */
export const NEGATIVE_OPENERS = new Set(["no", "neither"]);

/** Openers of a description met for the first time (`a statement said`, `A radio host announced`). */
export const INDEFINITE_OPENERS = new Set(["a", "an"]);

/** Words that end the search for a description's head noun (`officials who said`). */
export const DESCRIPTION_ENDS = new Set(["and", "or", "who", "that", "said", "says"]);

/** Words of a description that are never its head noun. */
export const NOT_HEADS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "one",
  "another",
  // After a title, an office not yet taken: `the premier designate`, `the president elect` are the premier, the president.
  "designate",
  "elect",
]);

/** Determiners that stand alone for a speaker: `Another tweeted`, `“…,” wrote one`. */
export const STANDALONE_SPEAKERS = new Set(["another", "one"]);

/** Words before a list of quoted items that mention the items rather than use them (`words such as “…”`). */
export const MENTION_LEADS = new Set([
  "like",
  "as",
  "including",
  "word",
  "words",
  "term",
  "terms",
  "phrase",
  "phrases",
  "slogan",
  "slogans",
  "label",
  "labels",
  "hashtag",
  "hashtags",
  "names",
]);

/** Lines a news page sets between an article's paragraphs, lower-case: nobody says them. */
export const FURNITURE_LINES = new Set([
  "story continues below advertisement",
  "story continues below",
  "article continues below",
  "article continues below advertisement",
  "continue reading below",
  "continue reading below advertisement",
  "advertisement",
  "scroll to continue",
  "scroll to continue with content",
  "article continued below",
  "story continued below",
  "article content",
  "share your thoughts",
]);

/** Labels of teaser and link lines (`READ MORE: '…'`), lower-case: what follows is furniture, not speech. */
export const TEASER_LABELS = new Set([
  "read more",
  "read",
  "more",
  "watch",
  "related",
  "see also",
  "see",
  "listen",
  "video",
  "photos",
  "also read",
  "click here",
  "trending",
  "trending now",
  "top stories",
  "most read",
  "most popular",
  "recommended",
  "don't miss",
  "must read",
  "must watch",
  "also",
  "related story",
  "related stories",
  "read next",
  "more on this",
  "click to play video",
  "play video",
  "watch above",
  "watch below",
  "watch live",
  "video above",
  "listen above",
  "gallery",
  "photo gallery",
  // The Globe and Mail's photo lines: the caption stands on the line under it.
  "open this photo in gallery",
  "in pictures",
  "editor's note",
  "editor’s note",
  "opinion",
  "analysis",
  "explainer",
  "podcast",
  "sign up",
  "subscribe",
  "in case you missed it",
  "read also",
  "watch more",
  "featured video",
  "recommended video",
  "catch up",
  // Postmedia's share bar repeats the headline under this label (`Share this Story: ‘…’: Ford vows …`).
  "share this story",
  // HuffPost's link to an earlier story on the same news (`Earlier: Premier warns against ‘…’`).
  "earlier",
]);

/**
 * Headings of the block of links to other stories that closes a news page, lower-case, alone
 * on their line and perhaps after an outlet's or region's name (`CTVNews.ca Top Stories`,
 * `Atlantic Top Stories`): the headlines and blurbs under them quote nobody in the article.
 * Only headings that close a page: `Related stories` and `Most read` boxes also stand in the
 * middle of an article, the article going on after them.
 */
export const RELATED_BLOCK_HEADINGS = new Set(["top stories", "more stories"]);

/** How labels of teaser lines begin when they go on to name the outlet or topic (`Also on HuffPost:`, `More from CBC:`, `Related video:`). */
export const TEASER_LABEL_LEADS = ["also on ", "more from ", "more on ", "related "];

/**
 * Nouns of a person's age or household, modifiers as often as heads (`a senior official`, `teen
 * drivers`, `the family doctor`), so no speakers' nouns (PEOPLE_BY_ROLE leaves them out): only
 * after a place that follows an inverted verb of saying (`says Ottawa senior`, `says Montreal
 * family`) do they head the speaker's description, which the place is no name of.
 */
export const AGE_AND_HOUSEHOLD_NOUNS = new Set(["teen", "teenager", "senior", "youth", "girl", "boy", "child", "kid", "family", "couple"]);

/** Lower-case words that may stand in a role before a name (`former senior editor Jane Doe`). */
export const NAME_DESCRIBERS = new Set([
  "former",
  "senior",
  "deputy",
  "acting",
  "interim",
  "executive",
  "chief",
  "assistant",
  "associate",
  "vice",
  "lead",
  "managing",
  "general",
  "political",
  "opinion",
  "news",
  "health",
  "press",
  "policy",
  "research",
  "campaign",
  "national",
  "regional",
  "local",
  "state",
  "federal",
  "provincial",
  "public",
  "top",
]);

/** Possessive determiners: `his niece`, `her brother`, `their landlord`. */
export const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Determiners that make what follows a noun phrase; not `her`, which is also an object (`told her “…”`). */
export const ARTICLES_AND_POSSESSIVES = new Set([...ARTICLES, ...[...POSSESSIVE_DETERMINERS].filter((d) => d !== "her")]);

/**
 * Prepositions whose capitalised object is a place, never the subject of the verb after it (`in
 * Moncton`, `outside Queen's Park`). Not `at` or `on`, whose object is as often a time (`on
 * Sunday, Trump tweeted`).
 */
export const PLACE_PREPOSITIONS = new Set(["in", "near", "inside", "outside"]);

/** Prepositions that show the capitalised word beside them is a place or a time, not a subject (`in Columbia`, `Appearing before`). */
export const PREPOSITIONS = new Set([
  "in",
  "at",
  "on",
  "from",
  "before",
  "after",
  "throughout",
  "during",
  "near",
  "outside",
  "inside",
  "across",
  "around",
  "into",
  "over",
  "under",
  "since",
  "until",
  "through",
  "toward",
  "towards",
  "by",
  "of",
  "for",
  "to",
  "with",
  "without",
  "against",
]);

/**
 * North American and world time zones written in capitals after a clock time (`4 p.m. CST`,
 * `10:30 ET`): a time's, never a name. Kept apart from TITLES, where `Cst.` is a constable's.
 */
export const TIME_ZONES = new Set([
  "est",
  "edt",
  "et",
  "cst",
  "cdt",
  "ct",
  "mst",
  "mdt",
  "mt",
  "pst",
  "pdt",
  "pt",
  "ast",
  "adt",
  "nst",
  "ndt",
  "nt",
  "utc",
  "gmt",
]);

/** Words a time zone follows: the clock's marks (`p.m.`, `pm`) and the times named in words. */
export const CLOCK_MARKS = new Set(["a.m", "p.m", "am", "pm", "noon", "midnight"]);

/** Words that follow a capitalised time word opening a sentence (`Early one evening`, `Minutes later`). */
export const TIME_WORDS = new Set(["one", "later", "ago", "earlier", "last", "next", "this", "that", "the", "a", "an"]);

/**
 * Nicknames Canadian news gives a body in place of its name (`Mounties announced Friday`): the
 * body is named by its own name, the one its other mentions and readers know it by, never by
 * the nickname as if another body spoke (Cast.byName).
 */
export const BODY_NICKNAMES = new Map([["mounties", "RCMP"]]);

/** Heads of organisations' names that run on through `of`: `Bank of Canada`, `Chamber of Commerce`. */
export const OF_HEADS = new Set([
  // Canada's federal and First Nations bodies: `Public Health Agency of Canada`, `Correctional
  // Service of Canada`, `Assembly of First Nations`, `Heart and Stroke Foundation of Canada`.
  "agency",
  "service",
  "assembly",
  "foundation",
  "bank",
  "university",
  "college",
  "department",
  "ministry",
  "chamber",
  "house",
  "office",
  "institute",
  "school",
  "board",
  "council",
  "church",
  "court",
  "academy",
  "museum",
  "federation",
  "association",
  "union",
  "league",
  "society",
  "bureau",
  "commission",
  "committee",
  "city",
  "town",
  "county",
  "district",
  "province",
  "embassy",
  "centre",
  "center",
  "hospital",
]);

// --- Words that show a quotation is a title, a name or the subject of the writer's sentence (classify.ts, content.ts). ---

/**
 * Genres of films, shows and books that stand before a title as its noun (`comeback drama “…,”`,
 * `the thriller “…”`): with TITLED_WORKS, the nouns after which a capitalised quotation is a title.
 */
export const WORK_GENRES = new Set(["drama", "comedy", "thriller", "sitcom", "miniseries", "docuseries", "musical", "opera", "western"]);

/** The nouns of a work: those that title one (TITLED_WORKS) and its genres (WORK_GENRES). */
export const WORK_NOUNS = new Set([...TITLED_WORKS, ...WORK_GENRES]);

/** Participles of naming or labelling that, set off by a comma or after a noun (`the march, called “…,”`, `a memo marked “…”`), give what follows as a name or a label. */
export const NAMING_PARTICIPLES = new Set(["called", "billed", "branded", "labelled", "labeled", "marked", "stamped"]);

/** Participles that put a label on a thing (`a file marked “secret”`): what follows is written on it, not said. */
export const LABELLING_PARTICIPLES = new Set(["marked", "stamped"]);

/**
 * Copulas and auxiliaries right after a partial quotation (`her warning “…” was ignored`, `“…” sounds
 * great`): the quoted words were the subject of the writer's sentence, whose verb is no part of them.
 */
export const VERBS_AFTER_QUOTED_SUBJECT = new Set([
  "is",
  "was",
  "were",
  "are",
  "isn't",
  "wasn't",
  "weren't",
  "aren't",
  "isn’t",
  "wasn’t",
  "weren’t",
  "aren’t",
  "has",
  "have",
  "had",
  "sounds",
  "sounded",
  "seems",
  "seemed",
  "remains",
  "remained",
  "became",
  "becomes",
]);

/** Nouns for a person by where they live, whose capitalised words before them name that place (`the Elm Court resident`). */
export const RESIDENCE_HEADS = new Set(["resident", "homeowner", "tenant", "native"]);

/**
 * Participles of thinking or reporting that, before `to have` or `to be`, say what others take to
 * be true of the noun before them (`a man thought to have information`, `a group believed to be
 * behind it`): whoever thought or reported it is unnamed, and the noun did not speak.
 */
export const RAISING_PARTICIPLES = new Set(["thought", "believed", "reported", "alleged", "rumoured", "rumored", "presumed", "understood"]);

/**
 * Participles of telling whose passive subject is who was told, not who spoke (`Discretion is
 * advised.`, `Residents were warned to stay home.`): with no `by` and an agent after them, the
 * teller is unnamed. `asked` is not here: the one asked answers, and speaks on.
 */
export const ADDRESSED_PARTICIPLES = new Set([
  "advised",
  "told",
  "warned",
  "informed",
  "reminded",
  "assured",
  "urged",
  "cautioned",
  "instructed",
  "notified",
]);

/** Nouns of a rough count that take `of` before what they count: `hundreds of nurses`. */
export const COUNT_NOUNS = new Set(["dozens", "hundreds", "thousands", "scores"]);

/** A number in figures: `200`, `1,500`. */
export const NUMERAL = /^\d[\d,]*$/;

/** Cardinal numbers in words, the rough counts and quantifiers, as a count before a noun (`two “subject officers”`, `several “hot spots”`). */
export const COUNT_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozen",
  ...COUNT_NOUNS,
  ...QUANTIFIERS,
]);

/**
 * Words that name a body, a law or an outlet and are also common surnames (`Tom Court`, `Karly
 * Church`, `Troy Charter`, `Michael Code`, `Aaron Fox`): after a given name they end a person's
 * name. Heads a body takes a person's name with (`college`, `hospital`) are not here.
 */
export const SURNAME_BODY_WORDS = new Set(["court", "church", "charter", "code", "fox"]);

/**
 * A party's members by its name or nickname in the plural (`the Conservatives`, `the Tories`,
 * `the Grits`): a crowd, which `he` or `she` never stands for (actors.ts), and a body of its own
 * before `and` (`the Conservatives and Green Party` are two; mention-joined-bodies.ts).
 */
export const PARTY_PLURALS = new Set([
  "democrats",
  "republicans",
  "conservatives",
  "liberals",
  "greens",
  "progressives",
  "tories",
  "grits",
]);

/**
 * The last words of a shop's, a practice's or a farm's name (`Lakeview Family Medicine`, `Main
 * Street Pharmacy`, `Lewis Farms`, `Pacific Dental`): a business, never a person, however much
 * the words before read as a person's (a place, a surname). Only as a name's last word, where
 * no person's name ends.
 */
export const BUSINESS_NAME_WORDS = new Set([
  "pharmacy",
  "medicine",
  "practice",
  "dental",
  "dentistry",
  "optometry",
  "physiotherapy",
  "veterinary",
  "farm",
  "farms",
  "orchards",
  "ranch",
  "dairy",
  "bakery",
  "brewery",
  "winery",
  "distillery",
  "restaurant",
  "cafe",
]);

/**
 * The venue nouns that open a shop's or a restaurant's name before its owner's surname, in
 * French, Italian or English (`Café Rossi`, `Galerie Dupuis`, `Trattoria Bellandi`, `Studio
 * Marchand`): a business, never a person, so the owner's surname alone (`Rossi said`) stays the
 * owner's and is not read as the latest person of that surname. Only as a name's first word.
 */
export const BUSINESS_OPENING_WORDS = new Set([
  "café",
  "cafe",
  "bistro",
  "brasserie",
  "trattoria",
  "pizzeria",
  "osteria",
  "ristorante",
  "boulangerie",
  "pâtisserie",
  "patisserie",
  "fromagerie",
  "boucherie",
  "épicerie",
  "librairie",
  "pharmacie",
  "clinique",
  "galerie",
  "atelier",
  "boutique",
  "salon",
  "studio",
  "maison",
  "chez",
]);

/**
 * Canada's provinces and territories, as news names and abbreviates them (lower case, no final
 * full stop: the places `the province` may stand for), each with the one name its government
 * goes by, whichever name the text used: `Ontario government`, never `Ont. government`; `B.C.
 * government` (news's own name for British Columbia), `Quebec government`, `Newfoundland and
 * Labrador government`, as news names them. Not `Man.`, which is also a word
 * (scripts/build-gazetteer.ts reads its places from this map).
 */
export const PROVINCES = new Map([
  ["alberta", "Alberta"],
  ["british columbia", "B.C."],
  ["manitoba", "Manitoba"],
  ["new brunswick", "New Brunswick"],
  ["newfoundland", "Newfoundland and Labrador"],
  ["newfoundland and labrador", "Newfoundland and Labrador"],
  ["labrador", "Newfoundland and Labrador"],
  ["nova scotia", "Nova Scotia"],
  ["ontario", "Ontario"],
  ["prince edward island", "Prince Edward Island"],
  ["quebec", "Quebec"],
  ["québec", "Quebec"],
  ["saskatchewan", "Saskatchewan"],
  ["yukon", "Yukon"],
  ["nunavut", "Nunavut"],
  ["northwest territories", "Northwest Territories"],
  ["b.c", "B.C."],
  ["alta", "Alberta"],
  ["sask", "Saskatchewan"],
  ["ont", "Ontario"],
  ["que", "Quebec"],
  ["n.b", "New Brunswick"],
  ["n.s", "Nova Scotia"],
  ["p.e.i", "Prince Edward Island"],
  ["n.l", "Newfoundland and Labrador"],
  ["n.w.t", "Northwest Territories"],
]);

/**
 * Nouns for a crowd, one or many: `the crowd went, “Encore!”` (its own words, no one named says
 * them), `Crowd chants ‘…’` (a common noun a headline opens with, no one's name).
 */
export const CROWD_NOUNS = new Set(["crowd", "audience", "spectator", "onlooker", "choir"].flatMap((w) => [w, `${w}s`]));
