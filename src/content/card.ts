// The sharing card of a digest (og:image) as SVG: the central question and who stands on
// each side, 1200×630. Pure, so the build and a publish step can both make it; it is
// rasterised to PNG under Node (scripts/lib/cards.ts), never in the Worker, whose bundle a
// rasteriser would grow by megabytes.
import { CARD_HEIGHT, CARD_WIDTH } from "../digest/cards";
import { centralQuestion, sidesOf } from "../digest/read";
import type { Digest } from "../digest/schema";

/** The same palette and markers as the page: no side wears a verdict colour. */
const SIDE_COLORS = ["#2b5c8a", "#6d4a96", "#1f6666", "#6b5a2e"];
const MAX_SIDES_SHOWN = 3;
const PAD = 64;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Greedy word wrap by an average character width (SVG has no wrapping); the last allowed
 * line ends with an ellipsis when text remains. A word longer than a line is cut.
 */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= maxChars) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const used = lines.join(" ").replace(/…$/, "").length;
  if (used < text.replace(/\s+/g, " ").trim().length && lines.length === maxLines) {
    const last = lines[maxLines - 1]!;
    lines[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).replace(/\s+\S*$/, "") : last.replace(/…$/, "")}…`;
  }
  return lines.slice(0, maxLines);
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" ${attrs}>${escapeXml(l)}</text>`).join("");
}

export function cardSvg(digest: Digest): string {
  const question = centralQuestion(digest);
  const sides = sidesOf(digest, question)
    .filter((s) => s.actors.length > 0)
    .slice(0, MAX_SIDES_SHOWN);
  const questionLines = wrap(question.text, 36, 3);
  const questionTop = 150;
  const sidesTop = questionTop + questionLines.length * 62 + 40;
  const columnWidth = (CARD_WIDTH - 2 * PAD - (sides.length - 1) * 32) / Math.max(sides.length, 1);
  const charsPerColumn = Math.floor(columnWidth / 15);
  const sideBlocks = sides.map((side, i) => {
    const x = PAD + i * (columnWidth + 32);
    const colour = SIDE_COLORS[side.index % SIDE_COLORS.length]!;
    const label = wrap(`${side.marker} ${side.label}`, Math.floor(columnWidth / 17), 2);
    const names = wrap(side.actors.map((a) => a.name).join(", "), charsPerColumn, 3);
    const namesTop = sidesTop + 36 + label.length * 36;
    return [
      `<rect x="${x}" y="${sidesTop}" width="${columnWidth}" height="6" fill="${colour}"/>`,
      textLines(
        label,
        x,
        sidesTop + 44,
        36,
        `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="28" font-weight="700" fill="${colour}"`,
      ),
      textLines(names, x, namesTop + 8, 34, `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="26" fill="#333333"`),
    ].join("");
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#fdfcf9"/>`,
    `<text x="${PAD}" y="88" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="26" font-weight="700" letter-spacing="3" fill="#1a1a1a">STANDPOINT</text>`,
    `<text x="${PAD + 250}" y="88" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="24" fill="#555555">Who stands where, in their own words</text>`,
    textLines(
      questionLines,
      PAD,
      questionTop + 30,
      62,
      `font-family="DejaVu Serif, Liberation Serif, Georgia, serif" font-size="50" font-weight="700" fill="#1a1a1a"`,
    ),
    ...sideBlocks,
    `<rect y="${CARD_HEIGHT - 12}" width="100%" height="12" fill="#d8d4cc"/>`,
    `</svg>`,
  ].join("");
}

/** The site-wide card, for pages and digests without their own (public/og/standpoint.png). */
export function siteCardSvg(): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="#fdfcf9"/>`,
    `<text x="${PAD}" y="250" font-family="DejaVu Serif, Liberation Serif, Georgia, serif" font-size="96" font-weight="700" fill="#1a1a1a">Standpoint</text>`,
    textLines(
      ["Who stands where in the news,", "in their own words."],
      PAD,
      340,
      60,
      `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="44" fill="#555555"`,
    ),
    ...SIDE_COLORS.map((c, i) => `<rect x="${PAD + i * 120}" y="470" width="96" height="10" fill="${c}"/>`),
    `<rect y="${CARD_HEIGHT - 12}" width="100%" height="12" fill="#d8d4cc"/>`,
    `</svg>`,
  ].join("");
}
