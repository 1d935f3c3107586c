// Closed word lists of English news prose. Nothing here may name a person, an outlet
// or a phrase of a particular article: the extractor is judged on articles it never saw.

/** Verbs that introduce speech or a stance, in every form news prose uses. */
const SPEECH_STEMS = [
  "say", "said", "says", "saying",
  "tell", "told", "tells", "telling",
  "add", "added", "adds", "adding",
  "ask", "asked", "asks", "asking",
  "write", "wrote", "writes", "writing", "written",
  "explain", "explained", "explains", "explaining",
  "note", "noted", "notes", "noting",
  "argue", "argued", "argues", "arguing",
  "continue", "continued", "continues", "continuing",
  "declare", "declared", "declares", "declaring",
  "state", "stated", "states", "stating",
  "insist", "insisted", "insists", "insisting",
  "claim", "claimed", "claims", "claiming",
  "warn", "warned", "warns", "warning",
  "reply", "replied", "replies", "replying",
  "respond", "responded", "responds", "responding",
  "recall", "recalled", "recalls", "recalling",
  "acknowledge", "acknowledged", "acknowledges", "acknowledging",
  "admit", "admitted", "admits", "admitting",
  "tweet", "tweeted", "tweets", "tweeting",
  "post", "posted", "posts",
  "announce", "announced", "announces", "announcing",
  "concede", "conceded", "concedes", "conceding",
  "suggest", "suggested", "suggests", "suggesting",
  "observe", "observed", "observes", "observing",
  "joke", "joked", "jokes", "joking",
  "quip", "quipped", "quips",
  "remark", "remarked", "remarks",
  "counter", "countered", "counters",
  "caution", "cautioned", "cautions",
  "predict", "predicted", "predicts",
  "urge", "urged", "urges", "urging",
  "complain", "complained", "complains", "complaining",
  "lament", "lamented", "laments",
  "charge", "charged", "charges",
  "contend", "contended", "contends",
  "emphasize", "emphasized", "emphasizes", "emphasise", "emphasised",
  "stress", "stressed", "stresses",
  "maintain", "maintained", "maintains",
  "conclude", "concluded", "concludes",
  "shout", "shouted", "yell", "yelled", "scream", "screamed",
  "testify", "testified", "testifies",
  "vow", "vowed", "vows", "promise", "promised", "promises",
  "boast", "boasted", "boasts", "brag", "bragged",
  "muse", "mused",
  "read", "reads", "begin", "began", "begins",
  "whisper", "whispered", "exclaim", "exclaimed",
  "report", "reported", "reports",
  "assert", "asserted", "asserts", "asserting",
  "mention", "mentioned", "mentions",
  "describe", "described", "describes",
  "call", "called", "calls",
  "interject", "interjected", "interrupt", "interrupted",
  "chant", "chanted", "sing", "sang", "sings",
  "demand", "demanded", "demands",
  "plead", "pleaded", "pled", "pleads",
  "reason", "reasoned", "agree", "agreed", "agrees",
  "confirm", "confirmed", "confirms", "deny", "denied", "denies",
  "pointed", "point", "points",
  "put", "puts",
  "voice", "voiced", "voices",
  "tout", "touted", "touts", "touting",
  "reiterate", "reiterated", "reiterates",
  "repeat", "repeated", "repeats", "repeating",
  "accuse", "accused", "accuses",
  "criticize", "criticized", "criticizes", "criticise", "criticised",
  "blast", "blasted", "slam", "slammed", "slams",
  "thank", "thanked",
  "address", "addressed",
  "speak", "spoke", "speaks", "speaking",
  "quote", "quoted", "quotes",
  "cite", "cited",
  "recount", "recounted", "recounts",
  "go", "went", "goes",
  "wonder", "wondered", "wonders",
  "pronounce", "pronounced",
  "proclaim", "proclaimed",
  "retort", "retorted",
  "sigh", "sighed",
  "laugh", "laughed",
  "comment", "commented", "comments", "commenting",
  "yells", "yelling", "shouts", "shouting", "screams", "screaming",
  "cry", "cried", "cries", "liken", "likened", "likens", "compare", "compared", "compares",
  "reference", "referenced", "references",
  "hail", "hailed", "hails", "label", "labeled", "labelled", "dub", "dubbed", "brand", "branded",
  "type", "typed", "specify", "specified", "specifies",
  "chants", "chanting", "singing", "assure", "assured", "assures",
  "inform", "informed", "informs", "counsel", "counseled",
  "advise", "advised", "advises", "propose", "proposed", "proposes", "recommend", "recommended",
  "concluding", "summarize", "summarized", "allege", "alleged", "alleges",
  "attack", "attacked", "attacks", "mock", "mocked", "mocks", "praise", "praised", "praises",
];
export const SPEECH_VERBS = new Set(SPEECH_STEMS);

/** Speech verbs strong enough to mark an attribution even without a quotation beside them. */
export const CORE_SPEECH = new Set([
  "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adds",
  "ask", "asked", "asks", "write", "wrote", "writes", "explain", "explained", "explains",
  "note", "noted", "notes", "argue", "argued", "argues", "continue", "continued", "continues",
  "declare", "declared", "declares", "insist", "insisted", "insists", "claim", "claimed", "claims",
  "warn", "warned", "warns", "reply", "replied", "replies", "respond", "responded", "responds",
  "recall", "recalled", "recalls", "acknowledge", "acknowledged", "acknowledges", "admit", "admitted",
  "admits", "tweet", "tweeted", "tweets", "announce", "announced", "announces", "concede", "conceded",
  "suggest", "suggested", "suggests", "observe", "observed", "joke", "joked", "jokes", "quip",
  "quipped", "remark", "remarked", "counter", "countered", "caution", "cautioned", "predict",
  "predicted", "complain", "complained", "lament", "lamented", "contend", "contended", "emphasize",
  "emphasized", "stress", "stressed", "maintain", "maintained", "conclude", "concluded", "testify",
  "testified", "vow", "vowed", "boast", "boasted", "asserted", "asserts", "states", "stated",
  "explaining", "adding", "noting", "writing", "asking", "arguing", "insisting", "warning",
  "declaring", "recalling", "exclaimed", "whispered", "shouted", "yelled", "retorted",
  "interjected", "mused", "wondered", "reiterated", "posted", "agreed", "confirmed", "charged",
  "touted", "touting", "touts", "commented", "comments", "yells", "shouts", "screamed", "screams", "cried", "reports",
  "reported", "alleged", "alleges", "informed", "assured", "advised",
]);

/** Stance verbs that report a position without quoting it. */
export const STANCE_VERBS = new Set([
  "refused", "refuses", "rejected", "rejects", "believes", "believe", "believed", "thinks", "think",
  "thought", "argued", "argues", "said", "says", "insisted", "insists", "denied", "denies", "opposes",
  "opposed", "supports", "supported", "backs", "backed", "endorsed", "endorses", "welcomed",
  "welcomes", "condemned", "condemns", "criticized", "criticised", "praised", "praises", "dismissed",
  "dismisses", "warned", "warns", "claimed", "claims", "called", "calls", "urged", "urges",
  "demanded", "demands", "vowed", "vows", "promised", "promises", "maintains", "maintained",
  "contends", "contended", "highlighted", "noted", "pointed", "accused", "accuses", "questioned",
  "questions", "doubts", "doubted", "suggested", "suggests", "told", "announced", "stated",
  "acknowledged", "admitted", "agreed", "agrees", "disagrees", "disagreed", "wants", "wanted",
]);

/** Honorifics and ranks that open a name but are no part of it. */
export const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "representative",
  "gov", "governor", "gen", "general", "lt", "col", "colonel", "capt", "captain", "adm", "admiral",
  "sgt", "president", "vice", "prime", "minister", "secretary", "mayor", "judge", "justice", "rev",
  "reverend", "father", "sister", "brother", "sir", "dame", "lord", "lady", "king", "queen",
  "prince", "princess", "chancellor", "ambassador", "chairman", "chairwoman", "chair", "speaker",
  "leader", "commissioner", "director", "officer", "deputy", "former", "candidate", "nominee",
  "chief", "attorney", "sheriff", "pope", "state", "sens", "reps", "gens", "st", "supt", "det",
  "sec", "atty", "pres", "del", "assemblyman", "assemblywoman", "councilman", "councilwoman",
  "congressman", "congresswoman", "detective", "sergeant", "corporal", "private", "major",
  "democratic", "republican", "gop", "independent", "libertarian", "retired", "u.s", "us",
  "federal", "foreign", "defense", "interior", "treasury", "health", "first",
]);

/** Abbreviations after which a full stop does not end the sentence. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "adm", "sgt",
  "st", "jr", "sr", "rev", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "no", "vs", "etc", "inc", "corp", "co", "ltd", "mt", "ft", "sens", "reps", "pres",
  "supt", "det", "atty", "gens", "u.s", "u.n", "u.k", "d.c", "e.g", "i.e", "a.m", "p.m", "n.y",
  "calif", "fla", "ga", "ill", "mass", "mich", "minn", "pa", "tenn", "tex", "va", "wash", "wis",
  "ariz", "colo", "conn", "del", "ky", "la", "md", "mo", "nev", "okla", "ore", "vt", "ala", "ark",
]);

export const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "i", "we", "it"]);

/** Head nouns of descriptions that can stand for a speaker (`the spokesperson said`). */
export const SPEAKER_NOUNS = new Set([
  "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials", "aide",
  "aides", "adviser", "advisers", "advisor", "advisors", "president", "senator", "governor",
  "candidate", "nominee", "secretary", "minister", "leader", "leaders", "chairman", "chairwoman",
  "director", "expert", "experts", "analyst", "analysts", "economist", "economists", "professor",
  "researcher", "researchers", "author", "authors", "report", "study", "statement", "campaign",
  "administration", "government", "ministry", "department", "agency", "committee", "council",
  "court", "judge", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors",
  "police", "officer", "officers", "source", "sources", "critics", "critic", "supporters",
  "supporter", "voter", "voters", "resident", "residents", "woman", "man", "mother", "father",
  "son", "daughter", "wife", "husband", "veteran", "veterans", "general", "host", "anchor",
  "reporter", "writer", "columnist", "editor", "commentator", "strategist", "strategists",
  "pollster", "pollsters", "poll", "survey", "group", "organization", "union", "party", "company",
  "firm", "executive", "ceo", "founder", "chief", "manager", "member", "members", "lawmaker",
  "lawmakers", "congressman", "congresswoman", "representative", "mayor", "ambassador", "diplomat",
  "diplomats", "media", "press", "newspaper", "network", "outlet", "website", "letter", "memo",
  "document", "documents", "filing", "ruling", "opinion", "speaker", "activist", "activists",
  "protester", "protesters", "student", "students", "teacher", "teachers", "parent", "parents",
  "doctor", "doctors", "scientist", "scientists", "commissioner",
  "spokespersons", "people", "americans", "democrats", "republicans", "conservatives", "liberals",
  "surrogates", "surrogate", "allies", "ally", "observers", "commission", "board", "panel",
  "senators", "staff", "staffer", "staffers", "team", "white", "house", "kremlin", "pentagon",
  "journalist", "journalists", "historian", "historians", "friend", "friends", "owner", "citizens",
  "founders", "agent", "agents", "investigators", "investigator",
  "pastor", "bishop", "priest", "clerk", "coach", "player", "players", "fan", "fans", "worker",
  "workers", "employee", "employees", "nurse", "soldier", "soldiers", "candidates", "finding",
  "findings", "article", "editorial", "post", "tweet", "ad", "advertisement", "video", "site",
  "one", "others", "some", "many", "both", "person", "someone", "everyone", "nobody", "everybody",
  "reader", "readers", "narrator", "announcer", "book", "piece", "story", "release", "spot",
  "moderator", "panelist", "guest", "caller", "listener", "viewer", "witness", "victim", "widow",
  "businessman", "businesswoman", "billionaire", "hopeful", "incumbent", "challenger",
]);

/** Words in a capitalised name that make it an organisation rather than a person. */
export const ORG_WORDS = new Set([
  "council", "committee", "department", "ministry", "agency", "party", "campaign", "foundation",
  "institute", "institution", "center", "centre", "university", "college", "school", "association",
  "union", "bank", "fund", "corporation", "corp", "inc", "company", "group", "commission", "bureau",
  "office", "house", "senate", "congress", "parliament", "court", "administration", "government",
  "times", "post", "news", "journal", "press", "network", "tv", "radio", "magazine", "tribune",
  "herald", "gazette", "daily", "telegraph", "guardian", "reuters", "board", "service", "services",
  "organization", "organisation", "alliance", "federation", "league", "society", "club",
  "authority", "coalition", "forum", "caucus", "pac", "academy", "museum", "hospital", "police",
  "army", "navy", "force", "forces", "guard", "cabinet", "kremlin", "pentagon", "fbi", "cia",
  "nato", "un", "eu", "assembly", "trust", "initiative", "project", "watch",
  "cnn", "bbc", "abc", "cbs", "nbc", "fox", "msnbc", "ap", "afp", "poll",
  "report", "tank", "labs", "systems", "airlines", "motors", "international", "partners",
]);

/** Words that open an outlet's name: `told The New York Times`, `to Russia's Sputnik`. */
export const OUTLET_WORDS = new Set([
  "times", "post", "news", "journal", "press", "network", "tv", "radio", "magazine", "tribune",
  "herald", "gazette", "daily", "telegraph", "guardian", "reuters", "cnn", "bbc", "abc",
  "cbs", "nbc", "fox", "msnbc", "ap", "afp", "observer", "economist", "wire", "today",
  "bloomberg", "axios", "review", "examiner", "chronicle", "globe", "star", "sun", "mail",
  "express", "independent", "standard", "insider", "hill", "atlantic", "newsweek", "time",
]);

/** Capitalised words that open a sentence without being a name. */
export const NOT_NAMES = new Set([
  "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "so", "yet", "if", "when",
  "while", "as", "in", "on", "at", "for", "from", "with", "by", "of", "to", "after", "before",
  "since", "because", "although", "though", "still", "also", "even", "then", "there", "here", "it",
  "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what",
  "who", "which", "where", "why", "how", "not", "no", "yes", "one", "all", "some", "many", "most",
  "more", "much", "both", "each", "every", "any", "other", "another", "such", "only", "just",
  "now", "today", "yesterday", "tomorrow", "last", "next", "first", "meanwhile", "however",
  "instead", "indeed", "perhaps", "maybe", "ultimately", "importantly", "according", "asked",
  "speaking", "during", "under", "over", "about", "against", "between", "into", "through",
  "despite", "without", "within", "among", "like", "unlike", "than", "do", "does", "did", "is",
  "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
  "should", "may", "might", "must", "let", "mr", "mrs", "ms", "dr", "monday", "tuesday",
  "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "june", "july", "august", "september", "october", "november", "december", "abstract",
  "sure", "well", "oh", "okay", "ok", "please", "thank", "thanks", "dear", "hi", "hello",
  "said", "says", "told", "added", "wrote", "earlier", "later", "once", "twice", "again",
  "never", "always", "sometimes", "often", "already", "too", "very", "new", "old", "former",
  "several", "few", "whether", "unless", "until", "whose", "whom",
  "lastly", "finally", "second", "third", "furthermore", "moreover", "additionally",
  "editor's", "note", "update", "updated", "photo", "related", "read", "watch", "see", "click",
]);

/** Words that, right after a closing mark, begin an attribution rather than carry on the quoted words. */
export const FUNCTION_STARTS = new Set([
  "he", "she", "they", "it", "i", "we", "you", "said", "says", "say", "told", "tells", "added", "adds",
  "asked", "asks", "wrote", "writes", "according", "explained", "noted", "continued", "who", "which",
  "declared", "insisted", "argued", "replied", "recalled", "warned", "the", "a", "an", "his", "her",
]);

/** Auxiliaries and adverbs that stand between a subject and its verb (`X has also said`). */
export const SUBJECT_VERB_FILLERS = new Set([
  "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "then", "later", "again",
  "once", "further", "previously", "recently", "repeatedly", "not", "never", "did", "does", "do",
  "already", "even", "still", "be", "been", "reportedly", "publicly", "privately", "often",
  "frequently", "since",
]);

/** Words that join two verbs of one subject (`X laughed and said`). */
export const COORDINATORS = new Set(["and", "but", "then", "or"]);

/** Words that open a description of someone, whatever its noun (`a narrator in the ad`). */
export const DESCRIPTION_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that"]);

/** Verbs that give a speaker for later pronouns and quotations but report no position of their own. */
export const UNREPORTED_STANCE_VERBS = new Set(["described", "voiced"]);

/** Before a speech or stance word, these make it a noun (`his claims`, `the report`). */
export const NOUN_MARKERS_BEFORE_VERB = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these", "those"]);

/** Words that make an organisation a part of government. */
export const GOVERNMENT_WORDS = new Set(["house", "department", "ministry", "government", "administration", "kremlin", "pentagon", "senate", "congress", "parliament", "cabinet", "state", "treasury", "army", "navy", "police", "court"]);

/** Titles that tell a person's gender, for pronouns. */
export const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "madam", "lady", "queen", "princess", "dame", "sister", "congresswoman", "chairwoman", "assemblywoman", "councilwoman"]);

/** Titles that tell a person's gender, for pronouns. */
export const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "father", "brother", "congressman", "chairman", "assemblyman", "councilman"]);

/** Words after which a short quotation is still someone's words: objects and verbs of naming (`called it “…”`). */
export const OBJECT_LEADS = new Set(["him", "her", "them", "it", "me", "us", "you", "people", "as", "and", "or", "was", "were", "is", "are", "be", "being", "been", "considers", "consider", "considered", "deemed", "called", "calls", "call"]);

/** Words before a quotation that make it a name or a term, not speech: determiners, prepositions, naming verbs, nouns of works (`the song “…”`). */
export const TERM_LEADS = new Set([
  "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
  "those", "some", "any", "no", "every", "each", "another", "whose", "of", "for", "into", "in",
  "on", "at", "from", "with", "about", "by", "over", "under", "so-called", "dubbed", "nicknamed",
  "titled", "entitled", "named", "headlined", "called", "episode", "film", "book", "show", "song",
  "anthem", "documentary", "program", "movie", "album", "series", "column", "commentary", "essay",
  "article", "op-ed", "slogan", "hashtag", "term", "word", "label", "phrase", "rule", "broadcast",
  "newspaper", "magazine", "headline", "novel", "poem", "play", "musical", "podcast", "campaign",
]);

/** After these, a short quotation is a name for something, not speech. */
export const NAMING_WORDS = new Set(["so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "headlined"]);

/** Function words: one of these alone in quotation marks is scare quotes. */
export const FUNCTION_WORDS = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "of", "from", "with",
  "by", "as", "than", "that", "which", "who", "when", "while", "because", "if", "about", "into",
  "over", "after", "before", "since", "until", "is", "are", "was", "were", "be", "been", "has",
  "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
  "did", "not", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our",
  "this", "these", "those", "so", "then", "there", "where", "why", "how", "what", "during",
  "against", "between", "through", "despite", "without", "within", "among", "like", "unlike",
  "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "according", "also",
  "even", "just", "only", "now", "still", "yet", "too", "very", "up", "down", "out", "off",
  "again", "both", "either", "neither", "all", "any", "every", "each", "some", "such",
]);

/** Small words that a title in title case leaves in lower case. */
export const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "as", "vs"]);

/** Particles inside names (`Ursula von der Leyen`). */
export const NAME_PARTICLES = new Set(["de", "van", "von", "da", "di", "del", "der", "bin", "al", "la", "le", "du", "dos", "das", "ibn", "st", "mc", "y"]);

/** Determiners and quantifiers that open a noun phrase (`the`, `several`). */
export const DETERMINERS = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "this", "that", "these",
  "those", "two", "three", "four", "several", "some", "many", "other", "most", "both", "no", "each",
]);

/** Prepositions that link a description to what it belongs to (`a spokesman for …`). */
export const LINKS = new Set(["for", "of", "at", "with", "from", "in", "to"]);

/** More nouns that can stand for a speaker, of politics and business. */
export const EXTRA_SPEAKER_NOUNS = new Set(["mogul", "star", "frontrunner", "front-runner", "contender", "republican", "democrat", "conservative", "liberal", "progressive", "libertarian"]);

/** Verbs that can come before their speaker after a quotation (`“…,” said X`). */
export const VERBS_BEFORE_SPEAKER = new Set(["said", "says", "say", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "notes", "continued", "continues", "recalled", "recalls", "argued", "argues", "insisted", "insists", "declared", "declares", "replied", "replies", "responded", "responds", "warned", "warns", "concluded", "observed", "quipped", "joked", "countered", "cautioned", "conceded", "acknowledged", "admitted", "stated", "states", "emphasized", "stressed", "tweeted", "told", "tells"]);

/** Conjunctions and adverbs that may open an attribution clause before its subject. */
export const LEAD_SKIP = new Set(["but", "and", "so", "then", "later", "also", "now"]);

/** Before a speech word, these make it a noun (`the remark`, `whose claim`). */
export const NOUN_MARKERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "whose", "no", "any", "every", "such"]);

/** Head nouns of descriptions that stand for a document or a statement (`the report said`). */
export const DOCUMENT_NOUNS = new Set(["report", "study", "statement", "poll", "survey", "letter", "memo", "document", "filing", "ruling", "article", "editorial", "finding", "website", "site", "tweet", "video", "ad"]);

/** Head nouns of descriptions that stand for a part of government (`the ministry said`). */
export const GOVERNMENT_NOUNS = new Set(["campaign", "administration", "government", "ministry", "department", "agency", "committee", "council", "court", "commission", "board", "panel"]);

/** Head nouns of descriptions that stand for the press (`the network said`). */
export const MEDIA_NOUNS = new Set(["media", "press", "newspaper", "network", "outlet"]);

/** Head nouns of descriptions that stand for an organisation (`the company said`). */
export const ORGANISATION_NOUNS = new Set(["group", "organization", "union", "party", "company", "firm", "team"]);

/** Words anywhere in an organisation's name that make it an outlet (`The Washington Post`). */
export const OUTLET_NAME_WORDS = new Set(["times", "news", "journal", "post", "cnn", "bbc", "msnbc", "fox", "reuters"]);

/** The articles. */
export const ARTICLES = new Set(["the", "a", "an"]);

/** Words before which a description read backwards stops (`said the spokesman`). */
export const BEFORE_DESCRIPTION = new Set(["and", "or", "but", "that", "as", "said", "says", "told", "is", "was", "are", "were", "has", "have"]);

/** Conjunctions that may stand before a clause's subject. */
export const CLAUSE_JOINERS = new Set(["and", "but", "then", "so"]);

/** Openers of a description that refers back (`the spokesman`), not one that introduces. */
export const DEFINITE_OPENERS = new Set(["the", "this", "that"]);

/** Words that end the search for a description's head noun (`officials who said`). */
export const DESCRIPTION_ENDS = new Set(["and", "or", "who", "that", "said", "says"]);

/** Prepositions through which a description runs on to a name (`a spokesman for the Council`). */
export const DESCRIPTION_LINKS = new Set(["for", "of", "at", "with", "from"]);

/** Prepositions after a description's head noun (`the spokesman for …`). */
export const HEAD_LINKS = new Set(["for", "of", "at", "with", "from", "in"]);

/** Words of a description that are never its head noun. */
export const NOT_HEADS = new Set(["the", "a", "an", "this", "that", "one", "another"]);

/** Pronouns that can follow a verb of saying as its speaker (`said he`). */
export const SPEAKING_PRONOUNS = new Set(["he", "she", "they", "i", "we"]);

/** Labels of teaser and link lines (`READ MORE: '…'`), lower-case: what follows is furniture, not speech. */
export const TEASER_LABELS = new Set(["read more", "read", "more", "watch", "related", "see also", "see", "listen", "video", "photos", "also read", "click here", "trending", "recommended", "don't miss", "must read", "also", "related story", "related stories", "read next", "more on this"]);
