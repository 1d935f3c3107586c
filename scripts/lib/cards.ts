// Renders each digest's sharing card to PNG under Node at build time (resvg, a Rust SVG
// renderer shipped as a prebuilt npm binary) into public/, which wrangler serves as static
// assets at /og/d/<slug>.png. A digest without one (no fonts on the machine, or published
// without a card) is answered by the Worker with the site-wide image (src/web/cards.ts).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { cardSvg } from "../../src/content/card";
import { CARD_WIDTH, cardPath } from "../../src/digest/cards";
import type { Digest } from "../../src/digest/schema";

export const CARDS_DIR = "public/og/d";
const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts"];

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: CARD_WIDTH },
    font: { loadSystemFonts: true, fontDirs: FONT_DIRS, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

/** Whether any font was found: without one resvg draws no text, and a card with no words is worse than the fallback. */
function hasFonts(): boolean {
  const probe = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="9">x</text></svg>`, {
    font: { loadSystemFonts: true, fontDirs: FONT_DIRS, defaultFontFamily: "DejaVu Sans" },
  });
  return probe.render().pixels.some((v, i) => i % 4 === 3 && v > 0);
}

/** Renders every digest's card; answers how many were written. */
export function buildCards(digests: readonly Digest[]): number {
  rmSync(CARDS_DIR, { recursive: true, force: true });
  if (!hasFonts()) {
    console.warn("cards: no fonts found on this machine; every digest gets the site-wide sharing image");
    return 0;
  }
  mkdirSync(CARDS_DIR, { recursive: true });
  for (const digest of digests) writeFileSync(`public${cardPath(digest.slug)}`, renderPng(cardSvg(digest)));
  return digests.length;
}
