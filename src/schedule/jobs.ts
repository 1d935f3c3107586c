// What travels on the standpoint-sends queue. Jobs carry ids only: the consumer reads the
// subscriber's current state and the edition's stored body, so a late or repeated job
// can never send to someone who left, or send stale content.
import * as z from "zod";

const editionIdSchema = z.string().regex(/^(daily|weekly):[0-9W-]+$/);

export const sendJobSchema = z.object({
  kind: z.literal("send"),
  edition: editionIdSchema,
  /** A slice of subscriber ids, ascending. */
  subscribers: z.array(z.int().positive()).min(1).max(500),
  /** Times the job went back to the queue because the provider or the pace said wait (not a retry). */
  deferrals: z.int().min(0).optional(),
});
export type SendJob = z.infer<typeof sendJobSchema>;

/** The fan-out's continuation: queue the sends of subscribers with id > after. */
export const enqueueJobSchema = z.object({
  kind: z.literal("enqueue"),
  edition: editionIdSchema,
  after: z.int().min(0),
});
export type EnqueueJob = z.infer<typeof enqueueJobSchema>;

/** Retention's purge (./retention.ts), and its continuation: the same cutoffs, as of `asOf`. */
export const purgeJobSchema = z.object({
  kind: z.literal("purge"),
  asOf: z.iso.datetime(),
});
export type PurgeJob = z.infer<typeof purgeJobSchema>;

export const jobSchema = z.discriminatedUnion("kind", [sendJobSchema, enqueueJobSchema, purgeJobSchema]);
export type Job = z.infer<typeof jobSchema>;

/** Queue names from wrangler.toml. */
export const SEND_QUEUE_NAME = "standpoint-sends";
export const DEAD_LETTER_QUEUE_NAME = "standpoint-sends-dead";
