// The attributed content of a quotation. A partial quotation often carries on past its
// closing mark (`called it “a disgrace” for the country`): the words after it, to the
// end of the sentence or to the attribution, are part of what is reported.
import type { Analysis, QuoteInfo } from "./analyse";
import { sentenceOf } from "./analyse";
import { FUNCTION_STARTS } from "./lexicon";
import type { Range } from "./text";

export function contentOf(a: Analysis, info: QuoteInfo): Range {
  const first = info.q.pieces[0]!;
  const last = info.q.pieces[info.q.pieces.length - 1]!;
  const range = { start: first.start, end: last.end };
  const inner = a.text.slice(last.start, last.end);
  if (/[.?!,;:…—–-]['’"”]*$/.test(inner)) return range;
  const rest = a.text.slice(last.after, last.after + 40);
  const m = /^ +(\p{Ll}[\p{L}'’-]*)/u.exec(rest);
  if (!m || FUNCTION_STARTS.has(m[1]!)) return range;
  const s = sentenceOf(a, last.after);
  let end = s.end > last.after ? s.end : last.after;
  const mention = info.speaker?.mention;
  if (mention && mention.start > last.after && mention.start < end) {
    const cut = a.text.lastIndexOf(",", mention.start);
    if (cut > last.after) end = cut;
  }
  while (end > last.after && /[\s.?!,]/.test(a.text[end - 1]!)) end--;
  return { start: range.start, end };
}
