// The extractor's tuned numbers, named. Each was set by hand while reading the extractor's
// misses on the PolNeAR development split (../shared/eval/polnear-dev, `npm run eval`), and
// checked on the training split; change one only with both scores before and after.

/** A headline has at least this many words… */
export const HEADLINE_MIN_WORDS = 3;
/** …and at least this share of them capitalised. */
export const HEADLINE_CAPITALS_SHARE = 0.7;

/** The most words of a first line read as a headline, title case or not: a lead sentence is longer. */
export const HEADLINE_LINE_MAX_WORDS = 20;

/** A title-cased quotation of at most this many words, without a sentence inside, is a title. */
export const TITLE_MAX_WORDS = 10;
/** A capitalised word or two glued to a name after it is a nickname (`“Honest” Abe`). */
export const NICKNAME_MAX_WORDS = 2;
/** A quoted modifier (`“quack” cures`) of at most this many words is scare quotes. */
export const MODIFIER_MAX_WORDS = 4;
/** After a determiner (`the “reset”`), a quotation of at most this many words is scare quotes. */
export const DETERMINED_MAX_WORDS = 8;
/** A quotation this short that ends in a comma and runs on into its sentence (`“confidential,” the lowest`) may be a term. */
export const RUN_ON_TERM_MAX_WORDS = 3;
/** A quotation this short is someone's words only when a verb of saying leads to it. */
export const UNREPORTED_MAX_WORDS = 2;

/** How many words after a quotation may carry its attribution (`“…,” X, the …, said`). */
export const TAIL_MAX_WORDS = 45;
/** How many words after `said` the speaker may start (`said 9/11 widow Jane Doe`). */
export const AFTER_VERB_MAX_WORDS = 4;
/** A weaker speech verb (`calls them “…”`) attributes only this close to the quotation. */
export const NEAR_QUOTE_MAX_WORDS = 4;
/** How many comma-set opening phrases to skip looking for a clause's subject. */
export const CLAUSE_SUBJECT_TRIES = 3;
/** How many words a name before a colon (`Jane Doe: “…”`) may have. */
export const COLON_NAME_MAX_WORDS = 6;

/** Auxiliaries and adverbs skipped between a verb and its subject (`X has also said`). */
export const MAX_FILLERS = 3;
/** How far back an appositive (`X, the deputy director of Y, said`) may reach, in words. */
export const MAX_APPOSITIVE_WORDS = 40;
/** How many words a bracket (`Jane Doe (D-Wis.) said`) may hold. */
export const MAX_BRACKETED_WORDS = 8;
/** How many words an aside set off by dashes (`Jane Roe — who ran the agency for years — said`) may hold. */
export const MAX_DASHED_ASIDE_WORDS = 20;
/** How many words a description (`a narrator in the ad asks`) may have. */
export const MAX_DESCRIPTION_WORDS = 7;
/**
 * How many paragraphs open an article, where a headline's or lead's role is read (roles.ts): a
 * headline, its deck, a subhead, a photo's caption and the lead.
 */
export const OPENING_PARAGRAPHS = 5;

/** The fewest letters of a body's initials read as an acronym of its name, or matched against an introduction: two letters recur by chance. */
export const MIN_INITIALS = 3;
