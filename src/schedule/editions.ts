// What goes into an edition: pure over the digests it is given (edition-store.ts reads the
// period's published digests from D1; tests feed fixture digests).
//
// An edition of a period holds the digests added after the previous edition of the
// same cadence, up to and including the day before the period starts: the daily
// edition sent on 28 November holds what was added on the 27th (and any day the cron
// missed before it); the weekly edition of an ISO week holds what was added in the
// week before. A digest published late in a day is never missed by an edition that
// was sent that morning, and never sent twice by the same cadence.
import type { Digest } from "../digest/schema";
import type { Cadence } from "../subscriptions";

const DAY_MS = 86_400_000;

/** Which cadence each cron trigger of wrangler.toml starts. */
export const CRON_CADENCE: Readonly<Record<string, Cadence>> = {
  "0 7 * * *": "daily",
  "0 7 * * 1": "weekly",
};

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));

/** The ISO week of a day (`2026-W49`), with the Monday it starts on. */
export function isoWeek(date: Date): { week: string; monday: string } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  const monday = isoDay(new Date(day.getTime() - (weekday - 1) * DAY_MS));
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return { week: `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`, monday };
}

export interface Period {
  cadence: Cadence;
  /** `2026-11-28` for a daily edition, `2026-W49` for a weekly one. */
  period: string;
  /** The first day of the period (the Monday for a week). */
  starts: string;
  days: number;
}

export function periodOf(cadence: Cadence, at: Date): Period {
  if (cadence === "daily") return { cadence, period: isoDay(at), starts: isoDay(at), days: 1 };
  const { week, monday } = isoWeek(at);
  return { cadence, period: week, starts: monday, days: 7 };
}

export const editionId = (p: Pick<Period, "cadence" | "period">) => `${p.cadence}:${p.period}`;

export interface EditionPlan extends Period {
  id: string;
  coversFrom: string;
  coversThrough: string;
  /** The lead story first: newest `added`, then the catalog's order. */
  digests: readonly Digest[];
}

/** The days an edition of the period holds, given where the previous one stopped. */
export function coverage(period: Period, previousThrough: string | null): { coversFrom: string; coversThrough: string } {
  const coversThrough = addDays(period.starts, -1);
  const coversFrom = previousThrough ? addDays(previousThrough, 1) : addDays(period.starts, -period.days);
  return { coversFrom, coversThrough };
}

/**
 * The edition of `cadence` for the period containing `at`, given where the previous
 * edition of that cadence stopped (its `coversThrough`); null when no digest is new.
 * The first edition ever covers one period back, not the whole archive.
 */
export function planEdition(cadence: Cadence, at: Date, digests: readonly Digest[], previousThrough: string | null): EditionPlan | null {
  const period = periodOf(cadence, at);
  const { coversFrom, coversThrough } = coverage(period, previousThrough);
  const held = digests
    .map((digest, order) => ({ digest, order }))
    .filter(({ digest }) => digest.added >= coversFrom && digest.added <= coversThrough)
    .sort((a, b) => b.digest.added.localeCompare(a.digest.added) || a.order - b.order)
    .map(({ digest }) => digest);
  if (held.length === 0) return null;
  return { ...period, id: editionId(period), coversFrom, coversThrough, digests: held };
}

/** When the cron for `cadence` next fires after `now` (07:00 UTC; Mondays for weekly). */
export function nextRun(cadence: Cadence, now: Date): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  if (cadence === "weekly") while (at.getUTCDay() !== 1) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}
