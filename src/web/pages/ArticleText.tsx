// The full article, with every excerpt the digest cites highlighted where it stands.
// Each cited excerpt starts with a link back to the card that cites it. In `excerpts` mode
// only the paragraphs that hold evidence are shown (the build withheld the rest), with a
// gap mark wherever paragraphs were left out.
import { paragraphsWithEvidence } from "../../digest/excerpts";
import { evidenceAnchor } from "../../digest/paths";
import type { Digest, Evidence } from "../../digest/schema";

interface Cut {
  start: number;
  end: number;
  /** Evidence whose excerpt begins at this cut. */
  begins: Evidence[];
  marked: boolean;
}

/** Splits a paragraph at every excerpt boundary, so overlapping excerpts need no nesting. */
function cuts(paragraph: { start: number; end: number }, evidence: Evidence[]): Cut[] {
  const inside = evidence.filter((e) => e.start < paragraph.end && e.end > paragraph.start);
  const points = new Set([paragraph.start, paragraph.end]);
  for (const e of inside) {
    points.add(Math.max(e.start, paragraph.start));
    points.add(Math.min(e.end, paragraph.end));
  }
  const sorted = [...points].sort((a, b) => a - b);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    return {
      start,
      end,
      begins: inside.filter((e) => e.start === start),
      marked: inside.some((e) => e.start <= start && end <= e.end),
    };
  });
}

/** Where paragraphs were left out: one mark per run of them, saying how many. */
function Gap(props: { count: number }) {
  return (
    <p class="gap">
      […] {props.count} paragraph{props.count === 1 ? "" : "s"} left out
    </p>
  );
}

export function ArticleText(props: { digest: Digest; speakerOf: (e: Evidence) => string }) {
  const { digest } = props;
  const text = digest.article.text;
  const evidence = digest.positions.flatMap((p) => p.evidence);
  const all = digest.article.paragraphs;
  const kept = digest.articleText === "excerpts" ? paragraphsWithEvidence(all, evidence) : null;
  const shown = all.map((paragraph, i) => ({ paragraph, n: i + 1 })).filter(({ n }) => !kept || kept.has(n));
  const trailing = shown.length ? all.length - shown[shown.length - 1]!.n : all.length;
  return (
    <div class="text">
      {shown.map(({ paragraph, n }, i) => {
        const leftOut = n - (i > 0 ? shown[i - 1]!.n : 0) - 1;
        return (
          <>
            {leftOut > 0 && <Gap count={leftOut} />}
            <p id={`p${n}`}>
              {cuts(paragraph, evidence).map((cut) => {
                const words = text.slice(cut.start, cut.end);
                return (
                  <>
                    {cut.begins.map((e) => (
                      <a class="back" id={evidenceAnchor(e.id)} href={`#c-${e.id}`} aria-label={`Back to ${props.speakerOf(e)}`}>
                        ↩
                      </a>
                    ))}
                    {cut.marked ? <mark>{words}</mark> : words}
                  </>
                );
              })}
            </p>
          </>
        );
      })}
      {trailing > 0 && <Gap count={trailing} />}
    </div>
  );
}
