// The Worker's entry: requests, cron triggers and queue batches. The environment is checked
// here, once per isolate, and every handler below sees only the checked one (src/env.ts).
import { createApp } from "./app";
import { appEnv, BadEnvironment, checkEnv } from "./env";
import { handleQueue, runCron } from "./schedule";

// The Durable Object that paces summary sends across every consumer invocation (wrangler.toml).
export { SummaryPace } from "./schedule";

const app = createApp();

/** Every request gets this while the environment is bad: the variable named, no internals. */
function badEnvironment(bad: BadEnvironment): Response {
  console.error(JSON.stringify({ at: "env.bad", variable: bad.variable, reason: bad.reason }));
  const message = `The server is misconfigured: ${bad.message}.`;
  return Response.json({ error: { code: "bad_environment", message } }, { status: 500, headers: { "Cache-Control": "no-store" } });
}

export default {
  fetch(request, env, ctx) {
    const checked = checkEnv(env);
    return checked instanceof BadEnvironment ? badEnvironment(checked) : app.fetch(request, checked, ctx);
  },
  // Summaries: the cron creates the edition and fans out its sends; the queues deliver them.
  // A bad environment throws here, so the platform records the run as failed (and retries jobs).
  async scheduled(controller, env) {
    await runCron(controller, appEnv(env));
  },
  queue: (batch, env) => handleQueue(batch, appEnv(env)),
} satisfies ExportedHandler<Env>;
