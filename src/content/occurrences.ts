// Where an excerpt occurs in an article. The draft and the verifier both ask it for every
// excerpt (to number repeats), so each distinct excerpt is searched for once, not once per
// use; and once searching has cost a few passes over the text, the rest are looked up in an
// index of the text's short grams instead, so that thousands of excerpts (a draft of
// thousands of names) do not each pass over the whole text.

/** The index holds grams of up to this many characters. */
const GRAM = 4;
/** Passes over the text that plain searching may cost before the index is built. */
const PASSES_BEFORE_INDEX = 4;

export class Occurrences {
  private readonly found = new Map<string, number[]>();
  private searched = 0;
  /** By gram length, the starts of every gram of the text, by the gram's hash. */
  private readonly grams = new Map<number, GramIndex>();

  /** `cost` hears the work of each search or look-up, in characters passed or candidates tried. */
  constructor(
    private readonly text: string,
    private readonly cost: (steps: number) => void = () => {},
  ) {}

  /** Every start of `excerpt` in the text, ascending. */
  of(excerpt: string): number[] {
    let starts = this.found.get(excerpt);
    if (starts) return starts;
    if (excerpt === "") starts = [];
    else if (this.searched > PASSES_BEFORE_INDEX * this.text.length) starts = this.lookUp(excerpt);
    else starts = this.search(excerpt);
    this.cost(starts.length);
    this.found.set(excerpt, starts);
    return starts;
  }

  private search(excerpt: string): number[] {
    const starts: number[] = [];
    // indexOf skips ahead by up to the excerpt's length.
    const steps = Math.ceil(this.text.length / Math.min(excerpt.length, 16));
    this.searched += steps;
    this.cost(steps);
    for (let at = this.text.indexOf(excerpt); at >= 0; at = this.text.indexOf(excerpt, at + 1)) starts.push(at);
    return starts;
  }

  /** The excerpt's rarest gram picks the candidates; each is then checked whole. */
  private lookUp(excerpt: string): number[] {
    const g = Math.min(GRAM, excerpt.length);
    const index = this.index(g);
    let bucket = 0;
    let offset = 0;
    this.cost(excerpt.length);
    for (let i = 0; i + g <= excerpt.length; i++) {
      const b = hash(excerpt, i, g) & index.mask;
      if (i === 0 || index.count[b]! < index.count[bucket]!) [bucket, offset] = [b, i];
      if (index.count[bucket] === 0) return [];
    }
    this.cost(index.count[bucket]!);
    const starts: number[] = [];
    // The chain holds every gram of the bucket in ascending order, other grams that share it too.
    for (let at = index.head[bucket]!; at >= 0; at = index.next[at]!) {
      const start = at - offset;
      if (start >= 0 && this.text.startsWith(excerpt, start)) starts.push(start);
    }
    return starts;
  }

  private index(g: number): GramIndex {
    let index = this.grams.get(g);
    if (index) return index;
    const text = this.text;
    this.cost(text.length);
    // Buckets of chained starts in typed arrays, not a map of arrays: one allocation for the
    // whole text instead of one per distinct gram, which was most of the index's cost.
    let size = 16;
    while (size < 2 * text.length) size *= 2;
    index = { mask: size - 1, head: new Int32Array(size).fill(-1), count: new Int32Array(size), next: new Int32Array(text.length) };
    // From the end, so that each chain runs in ascending order.
    for (let at = text.length - g; at >= 0; at--) {
      const b = hash(text, at, g) & index.mask;
      index.next[at] = index.head[b]!;
      index.head[b] = at;
      index.count[b]!++;
    }
    this.grams.set(g, index);
    return index;
  }
}

/** The starts of a text's grams of one length, chained by bucket of their hash. */
interface GramIndex {
  mask: number;
  /** The first start in each bucket, or -1. */
  head: Int32Array;
  /** How many starts each bucket holds. */
  count: Int32Array;
  /** The next start in the same bucket, by start, or -1. */
  next: Int32Array;
}

/** A hash of the `g` characters of s from `at`. */
function hash(s: string, at: number, g: number): number {
  let h = 0;
  for (let i = at; i < at + g; i++) h = (Math.imul(h, 65599) + s.charCodeAt(i)) | 0;
  return h;
}
