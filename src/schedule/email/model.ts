// The summary email as data: what both the HTML and the plain-text part show, in the
// same order, so the two parts cannot drift apart.

import { digestPath } from "../../digest/paths";
import type { Digest } from "../../digest/schema";
import { singleLine } from "../../mail";
import type { EditionPlan } from "../editions";
import { cutAtWord } from "./cut";
import { type DigestEntry, entryOf, type SideEntry } from "./entry";

export { cutAtWord };

/** Digests shown in full; any beyond are listed by title, so a busy week stays far below Gmail's 102 KB clip. */
export const MAX_FULL_DIGESTS = 12;
/**
 * Digests listed by title after those; the rest are counted and linked to the edition's web
 * copy, which lists them all. However many digests a period has (200 on a busy day), an email
 * lists at most MAX_FULL_DIGESTS + MAX_LISTED_TITLES, so its HTML stays below the 102 KB clip
 * (renderTemplate refuses more, and the cron would fail on every run).
 */
export const MAX_LISTED_TITLES = 20;
/** RFC 5322's recommended line length; longer subjects are cut off by most inboxes anyway. */
export const MAX_SUBJECT_CHARS = 78;
/** About what inboxes show of the preview line; the rest is padding (see the frame). */
export const MAX_PREHEADER_CHARS = 140;

export type SideModel = SideEntry;

export interface DigestModel {
  title: string;
  url: string;
  /** The original article: `Digest of “Headline”, Outlet, by Author, published 2026-11-20.`, or what is not stated. */
  source: string;
  /** The original article's address, when known. */
  originalUrl: string | null;
  question: string;
  sides: SideModel[];
}

export interface SummaryModel {
  cadence: EditionPlan["cadence"];
  /** "Saturday 28 November 2026" (daily), or the days a weekly edition covers: "23–29 November 2026". */
  dateLine: string;
  /** The edition's public web copy, without anyone's links ("view in browser"). */
  webUrl: string;
  subject: string;
  preheader: string;
  digests: DigestModel[];
  alsoNew: { title: string; url: string }[];
  /** Digests of the edition neither shown nor listed: the web copy (`webUrl`) lists them. */
  more: number;
  /** A follower's copy says why it came and holds only those digests: "You follow Vladimir Putin". */
  because: string | null;
  postalAddress: string;
  siteUrl: string;
}

function digestModel(entry: DigestEntry, siteUrl: string): DigestModel {
  const { title, source, originalUrl, question, sides } = entry;
  return { title, url: siteUrl + digestPath(entry.slug), source, originalUrl, question, sides };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "23–29 November 2026", "30 November – 6 December 2026", "28 December 2026 – 3 January 2027". */
export function dayRange(from: string, through: string): string {
  const [a, b] = [new Date(`${from}T12:00:00Z`), new Date(`${through}T12:00:00Z`)];
  const day = (d: Date) => d.getUTCDate();
  const month = (d: Date) => MONTHS[d.getUTCMonth()]!;
  const year = (d: Date) => d.getUTCFullYear();
  if (from === through) return `${day(a)} ${month(a)} ${year(a)}`;
  if (year(a) !== year(b)) return `${day(a)} ${month(a)} ${year(a)} – ${day(b)} ${month(b)} ${year(b)}`;
  if (month(a) !== month(b)) return `${day(a)} ${month(a)} – ${day(b)} ${month(b)} ${year(b)}`;
  return `${day(a)}–${day(b)} ${month(b)} ${year(b)}`;
}

function dateLine(plan: Pick<EditionPlan, "cadence" | "period" | "coversFrom" | "coversThrough">): string {
  if (plan.cadence === "weekly") return dayRange(plan.coversFrom, plan.coversThrough);
  const day = new Date(`${plan.period}T12:00:00Z`);
  return `${WEEKDAYS[day.getUTCDay()]} ${dayRange(plan.period, plan.period)}`;
}

/** The lead story first; what follows it is cut before the story is. */
function subjectOf(lead: string, more: number, cadence: EditionPlan["cadence"]): string {
  const suffix = `${more ? ` (+${more} more)` : ""} · Standpoint ${cadence === "daily" ? "Daily" : "Weekly"}`;
  const title = singleLine(lead, Number.MAX_SAFE_INTEGER);
  if (title.length + suffix.length <= MAX_SUBJECT_CHARS) return title + suffix;
  const short = more ? ` (+${more} more)` : "";
  return cutAtWord(title, MAX_SUBJECT_CHARS - short.length) + short;
}

/** The line that links the digests an email leaves out to the web copy, which lists them all. */
export const moreLine = (more: number) => `And ${more} more ${more === 1 ? "digest" : "digests"} in this edition, all listed on the web`;

/** Where an edition's public web copy lives. */
export const editionPath = (id: string) => `/editions/${id}`;

export type SummaryPlan = Pick<EditionPlan, "id" | "cadence" | "period" | "coversFrom" | "coversThrough"> & {
  /** Whole digests (a plan from D1 or a test) or an edition's stored entries (./entry.ts), the lead first. */
  digests: readonly (Digest | DigestEntry)[];
  /** Labels of the followed actors and topics a follower's copy is cut to (see subscriptions' digestsFor). */
  because?: readonly string[];
};

/** "Vladimir Putin", "Vladimir Putin and NATO", "A, B and C". */
const andList = (labels: readonly string[]) =>
  labels.length <= 1 ? (labels[0] ?? "") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;

/** `listAll`: the web copy, which has no clip to stay under, lists every digest by title. */
export function summaryModel(
  plan: SummaryPlan,
  config: { siteUrl: string; postalAddress: string },
  options: { listAll?: boolean } = {},
): SummaryModel {
  const siteUrl = config.siteUrl.replace(/\/+$/, "");
  const [lead, ...rest] = plan.digests.map((d) => digestModel(entryOf(d), siteUrl));
  if (!lead) throw new Error("an edition holds at least one digest");
  const titled = rest.slice(MAX_FULL_DIGESTS - 1);
  const listed = options.listAll ? titled : titled.slice(0, MAX_LISTED_TITLES);
  const leadSides = lead.sides.map((s) => `${s.label} (${s.actors.join(", ")})`).join(" vs. ");
  return {
    cadence: plan.cadence,
    dateLine: dateLine(plan),
    webUrl: siteUrl + editionPath(plan.id),
    subject: subjectOf(lead.title, rest.length, plan.cadence),
    preheader: cutAtWord(`${lead.question} ${leadSides}`, MAX_PREHEADER_CHARS),
    digests: [lead, ...rest].slice(0, MAX_FULL_DIGESTS),
    alsoNew: listed.map((d) => ({ title: d.title, url: d.url })),
    more: titled.length - listed.length,
    because: plan.because?.length ? `You follow ${andList(plan.because)}: this summary holds only the digests that involve them.` : null,
    postalAddress: config.postalAddress,
    siteUrl,
  };
}
