/** The benchmarks' naive baseline: every double-quoted span and the capitalised words after it. */
export function regexScan(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/["“]([^"”\n]+)["”]\s*,?\s*((?:[A-Z][\w'’.-]*\s?)+)?/g)) n += m[1]!.length > 0 ? 1 : 0;
  return n;
}
