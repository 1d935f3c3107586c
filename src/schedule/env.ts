import type { AppEnv } from "../env";
import type { SummaryConfig } from "./email/render";

/** What the schedule reads: the Worker's bindings and its checked variables (src/env.ts). */
export type ScheduleEnv = AppEnv;

export const summaryConfig = (env: Pick<AppEnv, "SITE_URL" | "POSTAL_ADDRESS">): SummaryConfig => ({
  siteUrl: env.SITE_URL,
  postalAddress: env.POSTAL_ADDRESS,
});

/** One JSON line per event, so `wrangler tail` and Workers Logs can filter by `at`. */
export const log = (at: string, fields: Record<string, unknown>) => console.log(JSON.stringify({ at, ...fields }));
