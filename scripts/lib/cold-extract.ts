// Run by scripts/bench-extract.ts in a fresh process: the CPU of the very first extractQuotes
// call on one text, as a Worker isolate that has drafted nothing yet pays it (the engine compiles
// each function and each regular expression the text reaches), then the best of later calls on
// the same text, and the same two for the plain regex scan. Prints one line of JSON.
import { readFileSync } from "node:fs";
import { extractQuotes } from "../../src/extract";
import { regexScan } from "./regex-scan";

const text = readFileSync(process.argv[2]!, "utf8");
const WARM_CALLS = 50;

/** CPU of the process in ms, every thread: the engine's background compiling counts too. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function coldThenWarm(f: (t: string) => unknown): { cold: number; warm: number } {
  let t0 = cpuMs();
  f(text);
  const cold = cpuMs() - t0;
  let warm = Infinity;
  for (let i = 0; i < WARM_CALLS; i++) {
    t0 = cpuMs();
    f(text);
    warm = Math.min(warm, cpuMs() - t0);
  }
  return { cold, warm };
}

// The scan first: it compiles one small expression, and extractQuotes's first call then pays
// only for its own code.
const scan = coldThenWarm(regexScan);
const extract = coldThenWarm(extractQuotes);
console.log(JSON.stringify({ scan, extract }));
