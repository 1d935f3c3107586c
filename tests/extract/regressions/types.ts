// The shape of a regression case (see ../regressions.ts).

export type ErrorKind =
  | "scare quotes and lists"
  | "furniture"
  | "doubled marks"
  | "boundaries"
  | "pronoun to non-person"
  | "affiliation"
  | "speaker named after the quote"
  | "organisation continuation"
  | "introduced by a colon"
  | "speech verb in another tense"
  | "person named since the last speaker"
  | "speaker introduced before the quote"
  | "surname shared by two people"
  | "partial quote in a reported clause"
  | "description of a named person"
  | "document for its issuer"
  | "subject of the clause"
  | "pronoun resolved wrongly"
  | "title inside the attribution"
  | "unnamed person";

export interface Expected {
  /** The words between the marks, as the extractor's `text` gives them. */
  text: string;
  /**
   * The resolved speaker's name, or null when the text names nobody. A description by common
   * nouns alone (`the union`, `the minister's office`, `another`) is no name: null, unless the
   * text names the body or person it stands for.
   */
  speaker: string | null;
  /** Where the attributed content ends, as the words it ends with (boundary cases only). */
  endsWith?: string;
}

export interface RegressionCase {
  kind: ErrorKind;
  text: string;
  quotes: Expected[];
}
