// Run by scripts/bench-store.ts in a fresh process (node --experimental-vm-modules): the CPU of
// parsing one ES module, what a new Worker isolate spends on the Worker's script before it runs
// its first line. `wrangler check startup` profiles from that first line, so its figure leaves
// this out (a script with 3,000 more Unicode-class literals in a function never called took
// 0.75 s more CPU to start, and its profile showed none of it). Prints milliseconds.
import { readFileSync } from "node:fs";
import vm from "node:vm";

const source = readFileSync(process.argv[2]!, "utf8");
const before = process.cpuUsage();
new vm.SourceTextModule(source);
const spent = process.cpuUsage(before);
console.log(((spent.user + spent.system) / 1000).toFixed(2));
