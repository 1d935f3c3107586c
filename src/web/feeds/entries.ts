// What every feed says about a digest, whatever its format.

import { digestPath } from "../../digest/paths";
import { sidesSentence } from "../../digest/read";
import type { Digest } from "../../digest/schema";
import { itemHtml } from "./content";

/** Feed readers poll often: the newest digests are enough; the archive has the rest. */
export const FEED_ITEMS = 50;

export const FEED_TITLE = "Standpoint";
export const FEED_DESCRIPTION =
  "Who says what in the news: each digest names the question an article turns on and who stands on which side.";

/** What a feed says about itself: the site's, or an actor's or a topic's (their page is its home). */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows, absolute; also the Atom feed's id. */
  home: string;
}

export const siteChannel = (siteUrl: string): FeedChannel => ({ title: FEED_TITLE, description: FEED_DESCRIPTION, home: `${siteUrl}/` });

export interface FeedEntry {
  /** The digest page's absolute URL; also the entry's permanent id. */
  url: string;
  title: string;
  /** The day the digest was added, as a UTC instant (RFC 3339). */
  date: string;
  /** The central question and who stands on which side. */
  summary: string;
  /** The same as HTML, with each side's quote and the original article. */
  html: string;
}

export function feedEntries(digests: readonly Digest[], siteUrl: string): FeedEntry[] {
  return digests.slice(0, FEED_ITEMS).map((d) => {
    const url = `${siteUrl}${digestPath(d.slug)}`;
    return { url, title: d.title, date: `${d.added}T00:00:00Z`, summary: sidesSentence(d), html: itemHtml(d, url) };
  });
}

/** When the feed last changed: its newest entry, so the body (and its ETag) only change with content. */
export function feedUpdated(entries: readonly FeedEntry[]): string {
  return entries[0]?.date ?? "1970-01-01T00:00:00Z";
}
