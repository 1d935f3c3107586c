// Watching the database against its plan's size limit (issue 16): D1 refuses writes once a
// database is full, so subscribing and sending would stop. Every D1 result's `meta`
// carries the database size after the query; every cron run logs it against
// DB_SIZE_LIMIT_MB, and above 80% logs a warning line an operator can alert on
// (`"at":"storage.size.warning"`, on console.warn).
import type { AppEnv } from "../env";

/** Above this share of the limit the size line becomes a warning. */
export const SIZE_WARNING_RATIO = 0.8;
const MB = 1024 * 1024;

/** The database size D1 reported with a result, when it did. */
export function databaseSize(result: D1Result | undefined): number | undefined {
  const size = result?.meta?.size_after;
  return typeof size === "number" && size > 0 ? size : undefined;
}

export interface SizeReport {
  bytes: number;
  limitBytes: number;
  ratio: number;
  warning: boolean;
}

/** Compares a size with the configured limit, and logs it (a warning above 80%). */
export function reportSize(env: Pick<AppEnv, "DB_SIZE_LIMIT_MB">, bytes: number, fields: Record<string, unknown> = {}): SizeReport {
  const limitBytes = env.DB_SIZE_LIMIT_MB * MB;
  const ratio = bytes / limitBytes;
  const warning = ratio > SIZE_WARNING_RATIO;
  const line = JSON.stringify({
    at: warning ? "storage.size.warning" : "storage.size",
    bytes,
    limitBytes,
    percent: Math.round(ratio * 1000) / 10,
    ...(warning ? { note: `the database is over ${SIZE_WARNING_RATIO * 100}% of DB_SIZE_LIMIT_MB; writes fail when it is full` } : {}),
    ...fields,
  });
  if (warning) console.warn(line);
  else console.log(line);
  return { bytes, limitBytes, ratio, warning };
}

/** One cheap query for its `meta.size_after`; null (and a log line) when D1 did not say. */
export async function watchDatabaseSize(
  env: Pick<AppEnv, "DB" | "DB_SIZE_LIMIT_MB">,
  fields: Record<string, unknown> = {},
): Promise<SizeReport | null> {
  const bytes = databaseSize(await env.DB.prepare("SELECT 1").run());
  if (bytes === undefined) {
    console.log(JSON.stringify({ at: "storage.size.unknown", ...fields }));
    return null;
  }
  return reportSize(env, bytes, fields);
}
