// The cast's indexes: members under a key, in the order they joined (Index), and every mention
// of a member under a word, in text order, asked which came last before an offset
// (MentionsInOrder). Separate from the cast (./actors) because they only keep and find what they
// are given: they read no names, and take any member, so they ask nothing of the cast.
import { insertAt, insertionIndex, lastAtOrBefore } from "./spans";

/** How many ascending runs a MentionsInOrder keeps before it merges them into one. */
const MAX_RUNS = 8;
/** How far from a run's end a mention is spliced in rather than opening a run of its own. */
const NEAR_END = 64;
/** How many mentions of members only described a look-up for a named one reads past in each run. */
export const MAX_UNNAMED_SKIPPED = 16;

/** One ascending run of a MentionsInOrder: offsets, the members mentioned there, and when each was filed. */
interface Run<T> {
  offsets: number[];
  members: T[];
  filed: number[];
}

/**
 * Mentions of members under one word, asked which was the last before an offset. Kept as a few
 * runs, each in text order, rather than one sorted list: the cast files names in text order,
 * then the attribution files descriptions (`the spokesman for the Council`) in text order again
 * from the start, and one list took a splice in its middle for each, O(n) apiece and quadratic
 * in a text of such descriptions. A mention goes at the end of a run it continues, else into the
 * newest run when near its end (attributions come a little out of order), else opens a run;
 * past MAX_RUNS the runs are merged. Of mentions at one offset the one filed last wins, as the
 * one list had it.
 */
export class MentionsInOrder<T extends { unnamed?: boolean }> {
  private runs: Run<T>[] = [];
  private count = 0;

  add(at: number, member: T): void {
    const run = this.runFor(at);
    // A run opens with its first mention in it: a first push gives an array room for seventeen,
    // and most words are filed with one mention or two.
    if (!run) this.runs.push({ offsets: [at], members: [member], filed: [this.count++] });
    else {
      // The run, then the index in it: a pair returned for each mention was allocated for each.
      const i = insertionIndex(run.offsets, at);
      insertAt(run.offsets, i, at);
      insertAt(run.members, i, member);
      insertAt(run.filed, i, this.count++);
    }
  }

  /** The run a mention at `at` goes into (insertionIndex says where in it), or undefined to open one. */
  private runFor(at: number): Run<T> | undefined {
    for (let r = this.runs.length - 1; r >= 0; r--) {
      const run = this.runs[r]!;
      if (run.offsets.at(-1)! <= at) return run;
    }
    const newest = this.runs.at(-1);
    if (newest && newest.offsets.length - insertionIndex(newest.offsets, at) <= NEAR_END) return newest;
    if (this.runs.length >= MAX_RUNS) {
      const all = merged(this.runs);
      this.runs = [all];
      return all;
    }
    return undefined;
  }

  /**
   * The member mentioned last at or before `at` (of those at one offset, the one filed last);
   * with `named`, the last the text names, read back past at most MAX_UNNAMED_SKIPPED mentions
   * of members it only describes in each run.
   */
  lastAtOrBefore(at: number, named = false): T | undefined {
    let best: T | undefined;
    let bestAt = -Infinity;
    let bestFiled = -1;
    for (const run of this.runs) {
      let i = lastAtOrBefore(run.offsets, at);
      for (let skipped = 0; named && i >= 0 && run.members[i]!.unnamed && skipped < MAX_UNNAMED_SKIPPED; skipped++) i--;
      if (i < 0 || (named && run.members[i]!.unnamed)) continue;
      const o = run.offsets[i]!;
      if (o > bestAt || (o === bestAt && run.filed[i]! > bestFiled)) {
        bestAt = o;
        bestFiled = run.filed[i]!;
        best = run.members[i];
      }
    }
    return best;
  }
}

/** The runs as one, by offset and then by when each was filed. */
function merged<T>(runs: Run<T>[]): Run<T> {
  const entries = runs.flatMap((run) => run.offsets.map((at, i) => ({ at, filed: run.filed[i]!, member: run.members[i]! })));
  entries.sort((x, y) => x.at - y.at || x.filed - y.filed);
  return { offsets: entries.map((e) => e.at), members: entries.map((e) => e.member), filed: entries.map((e) => e.filed) };
}

/**
 * Members in the order they joined the cast, under one key. A list, not a set: the cast files
 * each member once under each key, when it joins, and a set made for every key cost more.
 */
export class Index<T> {
  private readonly lists = new Map<string, T[]>();

  add(key: string, m: T): void {
    const list = this.lists.get(key);
    if (!list) this.lists.set(key, [m]);
    else list.push(m);
  }

  /** The members under `key`: the index's own list, to read, not to change. */
  get(key: string): readonly T[] {
    return this.lists.get(key) ?? NONE;
  }

  /** The members under `key` that pass `test`, of the first `max` under it: bounded, however many share the key. */
  filterFirst(key: string, test: (m: T) => boolean, max: number): T[] {
    const out: T[] = [];
    const list = this.get(key);
    for (let i = 0; i < list.length && i < max; i++) if (test(list[i]!)) out.push(list[i]!);
    return out;
  }
}

/** What a key no member is filed under holds. */
const NONE: readonly never[] = [];
