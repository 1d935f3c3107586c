// Starts `wrangler dev` on a free port with its own local D1 (migrations applied), in
// development mode with mail going to the outbox, and stops it with its whole process
// group. Used by the benchmarks and the browser tests.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DevServer {
  url: string;
  persistTo: string;
  /** Everything wrangler dev printed so far (the Worker's console lines included). */
  log(): string;
  pid: number;
  /** CPU seconds used so far by the server's workerd processes (user + system), from /proc (Linux). */
  workerdCpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const WRANGLER = join(process.cwd(), "node_modules", "wrangler", "bin", "wrangler.js");
/** Read when a server starts, so a caller's environment (e.g. CONTENT_DIRS) reaches wrangler's build. */
const quiet = () => ({ ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" });

/**
 * A local D1 with the migrations applied, made once per distinct migrations and wrangler version
 * and then only copied: `wrangler d1 migrations apply` takes 10 to 25 s on 2 busy cores, which
 * every browser test file used to pay again. (The seed is not in it: it carries its build time.)
 */
function migratedTemplate(): string {
  const hash = createHash("sha256").update(readFileSync(join(process.cwd(), "node_modules", "wrangler", "package.json")));
  for (const name of readdirSync("migrations").sort()) hash.update(name).update(readFileSync(join("migrations", name)));
  const template = join(tmpdir(), `standpoint-d1-migrated-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(template)) return template;
  const draft = mkdtempSync(join(tmpdir(), "standpoint-d1-draft-"));
  const migrate = spawnSync(process.execPath, [WRANGLER, "d1", "migrations", "apply", "DB", "--local", "--persist-to", draft], {
    encoding: "utf8",
    env: quiet(),
  });
  if (migrate.status !== 0) throw new Error(`migrations failed:\n${migrate.stdout}\n${migrate.stderr}`);
  // Complete or absent: a run that dies half-way leaves only a draft behind.
  try {
    renameSync(draft, template);
  } catch {
    rmSync(draft, { recursive: true, force: true }); // another run made it first
  }
  return template;
}

/** `beforeStart` runs after the migrations, before wrangler dev opens the database (e.g. to seed it). */
export async function startDev(vars: Record<string, string> = {}, beforeStart?: (persistTo: string) => void): Promise<DevServer> {
  // Every server gets its own copy of the migrated database: its writes stay its own.
  const persistTo = mkdtempSync(join(tmpdir(), "standpoint-dev-"));
  cpSync(migratedTemplate(), persistTo, { recursive: true });
  // content/ into D1, as `npm run dev` loads it. The build runs first with the caller's
  // environment, so the seed holds the same articles (CONTENT_DIRS) wrangler dev's build serves.
  const build = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-content.ts"], {
    encoding: "utf8",
    env: quiet(),
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}\n${build.stderr}`);
  const seed = spawnSync(
    process.execPath,
    [WRANGLER, "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--file", "src/generated/content-seed.sql"],
    {
      encoding: "utf8",
      env: quiet(),
    },
  );
  if (seed.status !== 0) throw new Error(`loading content/ failed:\n${seed.stdout}\n${seed.stderr}`);
  beforeStart?.(persistTo);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const allVars = { APP_ENV: "development", MAIL_TRANSPORT: "outbox", SUMMARY_TRANSPORT: "outbox", SITE_URL: url, ...vars };
  // Its own inspector port too: the default one is taken when another wrangler dev runs on the machine.
  const inspector = await freePort();
  const args = [
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--inspector-port",
    String(inspector),
    "--persist-to",
    persistTo,
    "--show-interactive-dev-session=false",
  ];
  for (const [k, v] of Object.entries(allVars)) args.push("--var", `${k}:${v}`);
  // Detached: wrangler starts workerd as a child, and stop() must end both.
  const child: ChildProcess = spawn(process.execPath, [WRANGLER, ...args], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: quiet(),
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(persistTo, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/healthz`)).ok)
        return { url, persistTo, stop, log: () => log, pid: child.pid!, workerdCpuSeconds: () => workerdCpuSeconds(child.pid!) };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not become ready:\n${log}`);
}

/** Runs SQL against the local D1 a dev server was (or will be) started on; benches seed with it. */
export function executeLocal(persistTo: string, sql: string): void {
  const run = spawnSync(process.execPath, [WRANGLER, "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--command", sql], {
    encoding: "utf8",
    env: quiet(),
  });
  if (run.status !== 0) throw new Error(`seeding failed:\n${run.stdout}\n${run.stderr}`);
}

/**
 * workerd's CPU time (all its threads: the Worker's isolate, and locally also D1's SQLite,
 * the Durable Object, the queue broker and the HTTP server), for the processes in the
 * process group `group` leads. Undefined where /proc is missing.
 */
function workerdCpuSeconds(group: number): number | undefined {
  const ps = spawnSync("ps", ["-o", "pid=,comm=", "-g", String(group)], { encoding: "utf8" });
  if (ps.status !== 0) return undefined;
  const ticksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  let ticks = 0;
  for (const line of ps.stdout.trim().split("\n")) {
    const [pid, comm] = line.trim().split(/\s+/);
    if (!comm?.startsWith("workerd")) continue;
    try {
      // Fields after the parenthesised name: utime and stime are the 12th and 13th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return undefined;
    }
  }
  return ticks / ticksPerSecond;
}

/** Runs a file of SQL against a local D1: for seeds too large for one command line. */
export function executeLocalFile(persistTo: string, file: string): void {
  const run = spawnSync(process.execPath, [WRANGLER, "d1", "execute", "DB", "--local", "--persist-to", persistTo, "--file", file], {
    encoding: "utf8",
    env: quiet(),
  });
  if (run.status !== 0) throw new Error(`seeding failed:\n${run.stdout}\n${run.stderr}`);
}
