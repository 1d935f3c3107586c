// Each digest's sharing card (og:image), rendered by the build (scripts/lib/cards.ts) and
// served as a static asset; a digest without one gets the site-wide image.
import compiled from "../generated/cards.json";
import type { Digest } from "./schema";

export interface Card {
  /** Site-relative path of the PNG. */
  path: string;
  width: number;
  height: number;
  alt: string;
}
export type CardManifest = Record<string, Card>;

/** The site-wide image (public/og/standpoint.png, in the repository). */
export const SITE_CARD: Card = {
  path: "/og/standpoint.png",
  width: 1200,
  height: 630,
  alt: "Standpoint: who stands where in the news, in their own words.",
};

const cards = compiled as CardManifest;

export function cardOf(digest: Pick<Digest, "slug">): Card {
  return cards[digest.slug] ?? SITE_CARD;
}

/** A card as a page's og:image: its absolute URL. */
export function cardImage(card: Card, siteUrl: string) {
  return { url: `${siteUrl}${card.path}`, width: card.width, height: card.height, alt: card.alt };
}
