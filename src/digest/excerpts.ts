// Which paragraphs of an article a digest in `excerpts` mode keeps: those that hold any part of
// an excerpt it cites (a quote may run over several paragraphs). The build withholds the rest
// and the page shows a gap where they were.
interface Span {
  start: number;
  end: number;
}

/** 1-based numbers of the paragraphs that overlap any excerpt; linear in paragraphs + excerpts. */
export function paragraphsWithEvidence(paragraphs: readonly Span[], excerpts: readonly Span[]): Set<number> {
  const kept = new Set<number>();
  const sorted = [...excerpts].sort((a, b) => a.start - b.start);
  let p = 0;
  for (const e of sorted) {
    while (p < paragraphs.length && paragraphs[p]!.end <= e.start) p++;
    for (let q = p; q < paragraphs.length && paragraphs[q]!.start < e.end; q++) kept.add(q + 1);
  }
  return kept;
}
