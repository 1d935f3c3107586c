// Where an excerpt occurs in an article. The draft and the verifier both ask it for every
// excerpt (to number repeats), so each distinct excerpt is searched for once, not once per use.

export class Occurrences {
  private readonly found = new Map<string, number[]>();

  /** `cost` hears the work of each search: about the text's length over the excerpt's (indexOf skips ahead). */
  constructor(
    private readonly text: string,
    private readonly cost: (steps: number) => void = () => {},
  ) {}

  /** Every start of `excerpt` in the text, ascending. */
  of(excerpt: string): number[] {
    let starts = this.found.get(excerpt);
    if (starts) return starts;
    starts = [];
    if (excerpt !== "") {
      this.cost(Math.ceil(this.text.length / Math.min(excerpt.length, 16)));
      for (let at = this.text.indexOf(excerpt); at >= 0; at = this.text.indexOf(excerpt, at + 1)) starts.push(at);
      this.cost(starts.length);
    }
    this.found.set(excerpt, starts);
    return starts;
  }
}
