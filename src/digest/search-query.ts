// A reader's words as an FTS5 query that cannot be read as FTS5 syntax: every word becomes a
// quoted string (and the last one a prefix), so `"`, `*`, `NEAR(`, `OR`, `-` or `col:` in the
// input are words or nothing, never operators, and MATCH never fails on them.

/** At most this many words are searched: a longer query costs more and finds no better. */
export const MAX_SEARCH_TERMS = 12;

/** The FTS5 MATCH expression for the words of `q` (all must occur), or null when it has none. */
export function ftsQuery(q: string): string | null {
  // The same letters and digits the unicode61 tokenizer keeps; everything else separates words.
  const words = (q.normalize("NFKC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, MAX_SEARCH_TERMS);
  if (words.length === 0) return null;
  // A quoted string holds no operator; the letters and digits above hold no quote to escape.
  return words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(" ");
}
