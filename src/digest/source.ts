// How every view names the original article: its headline, outlet, author and date, as far
// as the source metadata states them, and nothing invented where it does not.
import type { Source } from "./schema";

export interface SourceCredit {
  headline: string | null;
  /** "The Outlet, by A. Writer, published 2026-11-20", or what the text does not state. */
  credits: string;
  /** Whether any of outlet, author and date is known. */
  known: boolean;
  url: string | null;
}

export const UNSTATED_SOURCE = "whose outlet, author and date the text does not state";

export function sourceCredit(source: Source): SourceCredit {
  const parts = [source.outlet, source.author && `by ${source.author}`, source.published && `published ${source.published}`].filter(
    (p): p is string => Boolean(p),
  );
  return {
    headline: source.headline,
    credits: parts.length ? parts.join(", ") : UNSTATED_SOURCE,
    known: parts.length > 0,
    url: source.url,
  };
}

/** One plain sentence: `Digest of “Headline”, The Outlet, by A. Writer, published 2026-11-20.` */
export function sourceSentence(source: Source): string {
  const credit = sourceCredit(source);
  const what = credit.headline ? `“${credit.headline}”` : "an article";
  return `Digest of ${what}${credit.known ? ", " : " "}${credit.credits}.`;
}
