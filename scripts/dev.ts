// `npm run dev [-- --port N …]`: wrangler dev with the development overrides, its links built
// for the port (and address) it listens on.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { devArgs, devSiteUrl } from "./lib/dev-args";

const args = process.argv.slice(2);
const wrangler = join(process.cwd(), "node_modules", "wrangler", "bin", "wrangler.js");
console.log(`Standpoint (development) at ${devSiteUrl(args)}`);
const child = spawn(process.execPath, [wrangler, ...devArgs(args)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
