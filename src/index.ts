// The Worker's entry: requests, cron triggers and queue batches.
import { createApp } from "./app";
import { handleQueue, runCron } from "./schedule";

const app = createApp();

export default {
  fetch: app.fetch,
  // Summaries: the cron creates the edition and fans out its sends; the queues deliver them.
  async scheduled(controller, env) {
    await runCron(controller, env);
  },
  queue: (batch, env) => handleQueue(batch, env),
} satisfies ExportedHandler<Env>;
