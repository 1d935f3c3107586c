import { extractQuotes } from "../../src/extract";

/** The speaker and mention of the quote whose words start with `opening`. */
export function quoteOf(text: string, opening: string) {
  const q = extractQuotes(text).find((x) => x.text.startsWith(opening));
  if (!q) throw new Error(`no quote starting with ${JSON.stringify(opening)} in ${JSON.stringify(extractQuotes(text).map((x) => x.text))}`);
  return { ...q, mention: q.source ? text.slice(q.source.start, q.source.end) : null };
}
