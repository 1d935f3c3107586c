// A regression corpus for the error kinds of issue 15: short texts written for each kind of
// mistake the extractor made on news it was not tuned on, with the quotes a reader finds in
// them and who said each. Every text is ours; none is taken from a withheld set.
//
// One file per kind under ./regressions/, each in the order its cases were written: a new case
// goes at the end of its kind's file.

import { AFFILIATION } from "./regressions/affiliation";
import { BOUNDARIES } from "./regressions/boundaries";
import { DESCRIPTION_OF_A_NAMED_PERSON } from "./regressions/description-of-a-named-person";
import { DOCUMENT_FOR_ITS_ISSUER } from "./regressions/document-for-its-issuer";
import { DOUBLED_MARKS } from "./regressions/doubled-marks";
import { FURNITURE } from "./regressions/furniture";
import { INTRODUCED_BY_A_COLON } from "./regressions/introduced-by-a-colon";
import { ORGANISATION_CONTINUATION } from "./regressions/organisation-continuation";
import { PARTIAL_QUOTE_IN_A_REPORTED_CLAUSE } from "./regressions/partial-quote-in-a-reported-clause";
import { PERSON_NAMED_SINCE_THE_LAST_SPEAKER } from "./regressions/person-named-since-the-last-speaker";
import { PRONOUN_RESOLVED_WRONGLY } from "./regressions/pronoun-resolved-wrongly";
import { PRONOUN_TO_NON_PERSON } from "./regressions/pronoun-to-non-person";
import { SCARE_QUOTES_AND_LISTS } from "./regressions/scare-quotes-and-lists";
import { SPEAKER_INTRODUCED_BEFORE_THE_QUOTE } from "./regressions/speaker-introduced-before-the-quote";
import { SPEAKER_NAMED_AFTER_THE_QUOTE } from "./regressions/speaker-named-after-the-quote";
import { SPEECH_VERB_IN_ANOTHER_TENSE } from "./regressions/speech-verb-in-another-tense";
import { SUBJECT_OF_THE_CLAUSE } from "./regressions/subject-of-the-clause";
import { SURNAME_SHARED_BY_TWO_PEOPLE } from "./regressions/surname-shared-by-two-people";
import { TITLE_INSIDE_THE_ATTRIBUTION } from "./regressions/title-inside-the-attribution";
import type { RegressionCase } from "./regressions/types";
import { UNNAMED_PERSON } from "./regressions/unnamed-person";

export type { ErrorKind, Expected, RegressionCase } from "./regressions/types";

export const REGRESSIONS: RegressionCase[] = [
  ...SCARE_QUOTES_AND_LISTS,
  ...FURNITURE,
  ...DOUBLED_MARKS,
  ...BOUNDARIES,
  ...PRONOUN_TO_NON_PERSON,
  ...AFFILIATION,
  ...SPEAKER_NAMED_AFTER_THE_QUOTE,
  ...ORGANISATION_CONTINUATION,
  ...INTRODUCED_BY_A_COLON,
  ...SPEECH_VERB_IN_ANOTHER_TENSE,
  ...PERSON_NAMED_SINCE_THE_LAST_SPEAKER,
  ...SPEAKER_INTRODUCED_BEFORE_THE_QUOTE,
  ...SURNAME_SHARED_BY_TWO_PEOPLE,
  ...PARTIAL_QUOTE_IN_A_REPORTED_CLAUSE,
  ...DESCRIPTION_OF_A_NAMED_PERSON,
  ...DOCUMENT_FOR_ITS_ISSUER,
  ...SUBJECT_OF_THE_CLAUSE,
  ...PRONOUN_RESOLVED_WRONGLY,
  ...TITLE_INSIDE_THE_ATTRIBUTION,
  ...UNNAMED_PERSON,
];
