// npx tsx scripts/bench-drafts.ts: posts each worst shape (tests/extract/shapes.ts) at 200 KiB
// to POST /api/drafts on `wrangler dev` (workerd, loopback) and prints its status and the
// wall time of the answer. Not a test: the times depend on the machine.
import { readFileSync } from "node:fs";
import { worstShapes } from "../tests/extract/shapes";
import { startDev } from "./lib/wrangler-dev";

const KIB = Number(process.env.BENCH_KIB ?? 200);
const prose = readFileSync("content/putin-offer-to-negotiate/article.txt", "utf8");
const server = await startDev();
try {
  const shapes = worstShapes(KIB * 1024 - 256, prose);
  console.log(`POST /api/drafts, ${shapes.length} worst shapes at about ${KIB} KiB, wrangler dev on loopback`);
  let worst = 0;
  for (const [i, { name, text }] of shapes.entries()) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/drafts`, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=utf-8", "CF-Connecting-IP": `192.0.2.${i + 1}` },
      body: text,
    });
    const body = await res.text();
    const ms = performance.now() - t0;
    worst = Math.max(worst, ms);
    const code = res.status === 200 ? "draft" : (JSON.parse(body) as { error: { code: string } }).error.code;
    console.log(
      `  ${name.padEnd(28)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(4)} KiB  ${res.status} ${code.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms`,
    );
  }
  console.log(`  slowest answer: ${worst.toFixed(0)} ms`);
} finally {
  await server.stop();
}
