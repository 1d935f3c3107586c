// Each digest's sharing card (og:image): the build renders it (scripts/lib/cards.ts) to
// /og/d/<slug>.png among the static assets. The path is the slug's, so the Worker needs no
// list of which cards exist (a list would grow the bundle with the archive): a digest
// published without one reaches the Worker at that path, which sends the site-wide image.
import { centralQuestion, sidesOf } from "./read";
import type { Digest } from "./schema";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface Card {
  /** Site-relative path of the PNG. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** The site-wide image (public/og/standpoint.png, in the repository). */
export const SITE_CARD: Card = {
  path: "/og/standpoint.png",
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  alt: "Standpoint: who stands where in the news, in their own words.",
};

export const cardPath = (slug: string) => `/og/d/${slug}.png`;

/** The card's alternative text: what it shows, in words. */
export function cardAlt(digest: Digest): string {
  const question = centralQuestion(digest);
  const sides = sidesOf(digest, question)
    .filter((s) => s.actors.length > 0)
    .map((s) => `${s.label}: ${s.actors.map((a) => a.name).join(", ")}`);
  return `${question.text} ${sides.join(". ")}.`;
}

export function cardOf(digest: Digest): Card {
  return { path: cardPath(digest.slug), width: CARD_WIDTH, height: CARD_HEIGHT, alt: cardAlt(digest) };
}

/** A card as a page's og:image: its absolute URL. */
export function cardImage(card: Card, siteUrl: string) {
  return { url: `${siteUrl}${card.path}`, width: card.width, height: card.height, alt: card.alt };
}
