// The summary email as data: what both the HTML and the plain-text part show, in the
// same order, so the two parts cannot drift apart.
import { centralQuestion, sidesOf } from "../../digest/read";
import type { Digest } from "../../digest/schema";
import { singleLine } from "../../mail";
import { digestPath } from "../../digest/paths";
import type { EditionPlan } from "../editions";

/** Digests shown in full; any beyond are listed by title, so a busy week stays far below Gmail's 102 KB clip. */
export const MAX_FULL_DIGESTS = 12;
/** A side's quote is verbatim; one longer than this is cut at a word with an ellipsis. */
const MAX_QUOTE_CHARS = 220;

export interface SideModel {
  label: string;
  /** The side's place among its question's sides (picks its colour) and its shape marker. */
  index: number;
  marker: string;
  actors: string[];
  quote: { text: string; speaker: string } | null;
}

export interface DigestModel {
  title: string;
  url: string;
  outlet: string | null;
  question: string;
  sides: SideModel[];
}

export interface SummaryModel {
  cadence: EditionPlan["cadence"];
  /** "Saturday 28 November 2026" or "Week 49, 2026". */
  dateLine: string;
  subject: string;
  preheader: string;
  digests: DigestModel[];
  alsoNew: { title: string; url: string }[];
  postalAddress: string;
  siteUrl: string;
}

function shortQuote(text: string): string {
  const flat = singleLine(text, Number.MAX_SAFE_INTEGER);
  if (flat.length <= MAX_QUOTE_CHARS) return flat;
  const cut = flat.slice(0, MAX_QUOTE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_QUOTE_CHARS / 2))}…`;
}

function digestModel(digest: Digest, siteUrl: string): DigestModel {
  const question = centralQuestion(digest);
  return {
    title: digest.title,
    url: siteUrl + digestPath(digest.slug),
    outlet: digest.source.outlet,
    question: question.text,
    sides: sidesOf(digest, question)
      .filter((side) => side.actors.length > 0)
      .map((side) => ({
        label: side.label,
        index: side.index,
        marker: side.marker,
        actors: side.actors.map((a) => a.name),
        quote: side.quote ? { text: shortQuote(side.quote.text), speaker: side.quote.speakerName } : null,
      })),
  };
}

function dateLine(plan: Pick<EditionPlan, "cadence" | "period">): string {
  if (plan.cadence === "weekly") {
    const [year, week] = plan.period.split("-W");
    return `Week ${Number(week)}, ${year}`;
  }
  return new Date(`${plan.period}T12:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function summaryModel(
  plan: Pick<EditionPlan, "cadence" | "period" | "digests">,
  config: { siteUrl: string; postalAddress: string },
): SummaryModel {
  const siteUrl = config.siteUrl.replace(/\/+$/, "");
  const [lead, ...rest] = plan.digests.map((d) => digestModel(d, siteUrl));
  if (!lead) throw new Error("an edition holds at least one digest");
  const more = rest.length ? ` (+${rest.length} more)` : "";
  const name = plan.cadence === "daily" ? "Daily" : "Weekly";
  const leadSides = lead.sides.map((s) => `${s.label} (${s.actors.join(", ")})`).join(" vs. ");
  return {
    cadence: plan.cadence,
    dateLine: dateLine(plan),
    subject: singleLine(`${lead.title}${more} · Standpoint ${name}`, 150),
    preheader: singleLine(`${lead.question} ${leadSides}`, 180),
    digests: [lead, ...rest].slice(0, MAX_FULL_DIGESTS),
    alsoNew: [lead, ...rest].slice(MAX_FULL_DIGESTS).map((d) => ({ title: d.title, url: d.url })),
    postalAddress: config.postalAddress,
    siteUrl,
  };
}
