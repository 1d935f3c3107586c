// npm run publish -- content/<slug> [--site URL] [--pending]: sends one article folder to a
// running site (local or deployed) through PUT /api/admin/digests/<slug>, with ADMIN_TOKEN
// from the environment. The site verifies it as the build does; its problems are printed.
import { DEVELOPMENT_ADMIN_TOKEN } from "../src/env";
import { readArticle } from "./lib/content";

const LOCAL_SITE = "http://localhost:8787";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run publish -- content/<slug> [--site URL] [--pending]   (ADMIN_TOKEN from the environment)`);
  process.exit(2);
}

const args = process.argv.slice(2);
const siteAt = args.indexOf("--site");
const site = (siteAt >= 0 ? args[siteAt + 1] : undefined) ?? LOCAL_SITE;
if (siteAt >= 0 && !args[siteAt + 1]) usage("--site needs a URL");
const dir = args.find((a, i) => !a.startsWith("--") && i !== siteAt + 1);
if (!dir) usage("which folder?");
const status = args.includes("--pending") ? "pending" : "published";

// The fixed development token only ever works against a site in development (src/env.ts).
const token =
  process.env.ADMIN_TOKEN || (["localhost", "127.0.0.1"].includes(new URL(site).hostname) ? DEVELOPMENT_ADMIN_TOKEN : undefined);
if (!token) usage(`ADMIN_TOKEN is not set (needed for ${site})`);

const files = readArticle(dir);
const url = `${site.replace(/\/+$/, "")}/api/admin/digests/${files.slug}`;
const res = await fetch(url, {
  method: "PUT",
  headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    article: files.article,
    meta: files.meta,
    ...(files.positions !== undefined && { positions: files.positions }),
    status,
  }),
});
const body = (await res.json().catch(() => null)) as {
  outcome?: string;
  url?: string;
  status?: string;
  review?: string;
  error?: { message: string; problems?: { path: string; message: string }[] };
} | null;
if (res.ok && body?.url) {
  console.log(`${files.slug}: ${body.outcome} (${res.status}), ${body.status}, review "${body.review}": ${body.url}`);
} else {
  const problems = body?.error?.problems ?? [];
  console.error(`${url}: ${res.status} ${problems.length ? `${problems.length} problem(s):` : (body?.error?.message ?? res.statusText)}`);
  for (const p of problems) console.error(`  ${dir}: ${p.path}: ${p.message}`);
  process.exit(1);
}
