// Cutting a line of text to a length at a word boundary, for subjects, preheaders and quotes.
import { singleLine } from "../../mail";

/**
 * One line of at most `max` characters, cut at the last word boundary that fits (with an
 * ellipsis), never inside a word unless a single word is longer than half the room.
 */
export function cutAtWord(text: string, max: number): string {
  const flat = singleLine(text, Number.MAX_SAFE_INTEGER);
  if (flat.length <= max) return flat;
  const room = flat.slice(0, max); // one character is left for the ellipsis below
  const space = room.lastIndexOf(" ");
  const end = space >= max / 2 ? space : max - 1;
  return `${flat.slice(0, end).replace(/[\s,;:.–—-]+$/, "")}…`;
}
