import type { BudgetEnv } from "./budget";
import type { SummaryConfig } from "./email/render";

/** What the schedule reads: the Worker's bindings and secrets, and its optional knobs. */
export type ScheduleEnv = Env & BudgetEnv;

export const summaryConfig = (env: Pick<Env, "SITE_URL" | "POSTAL_ADDRESS">): SummaryConfig => ({
  siteUrl: env.SITE_URL,
  postalAddress: env.POSTAL_ADDRESS,
});

/** One JSON line per event, so `wrangler tail` and Workers Logs can filter by `at`. */
export const log = (at: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ at, ...fields }));
