// What `npm run dev -- <wrangler dev flags>` passes to wrangler: the development overrides,
// with SITE_URL built from the port, address and protocol actually asked for, so every link
// the local site prints (emails, feeds, canonical URLs) points back at it.

/** The value of `--name v`, `--name=v` (last one wins), if given. */
function flag(args: readonly string[], ...names: string[]): string | undefined {
  let found: string | undefined;
  args.forEach((arg, i) => {
    for (const name of names) {
      if (arg === name && i + 1 < args.length) found = args[i + 1];
      else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
    }
  });
  return found;
}

/** wrangler dev's own defaults. */
const DEFAULT_PORT = "8787";

export function devSiteUrl(args: readonly string[]): string {
  const port = flag(args, "--port") ?? DEFAULT_PORT;
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new Error(`--port must be a port number, not "${port}"`);
  const ip = flag(args, "--ip");
  // Listening on every interface (or the default) is still reached as localhost from here.
  const host = !ip || ip === "0.0.0.0" || ip === "::" || ip === "*" ? "localhost" : ip.includes(":") ? `[${ip}]` : ip;
  const protocol = flag(args, "--local-protocol") === "https" ? "https" : "http";
  return `${protocol}://${host}:${port}`;
}

/** The full argument list for wrangler: the user's flags, plus the development vars they did not set themselves. */
export function devArgs(args: readonly string[]): string[] {
  // Both transports into the D1 outbox: production sends summaries through Resend, which needs a key.
  const vars: Record<string, string> = {
    APP_ENV: "development",
    MAIL_TRANSPORT: "outbox",
    SUMMARY_TRANSPORT: "outbox",
    SITE_URL: devSiteUrl(args),
  };
  const given = new Set(args.flatMap((arg, i) => (args[i - 1] === "--var" ? [arg.split(":")[0]] : [])));
  const out = ["dev", ...args];
  for (const [name, value] of Object.entries(vars)) if (!given.has(name)) out.push("--var", `${name}:${value}`);
  return out;
}
