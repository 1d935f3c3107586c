// The HTML body of a feed item (RSS content:encoded, Atom content, JSON Feed content_html):
// the central question, each side with its people and the quote that stands for it, and the
// original article. Feed readers strip styles and scripts, so it is plain semantic HTML.
import { centralQuestion, sidesOf } from "../../digest/read";
import type { Digest } from "../../digest/schema";
import { sourceCredit } from "../../digest/source";

function Original(props: { digest: Digest }) {
  const credit = sourceCredit(props.digest.source);
  return (
    <p>
      Digest of {credit.headline ? <cite>{credit.headline}</cite> : "an article"}
      {credit.known ? ", " : " "}
      {credit.credits}.{credit.url && " "}
      {credit.url && <a href={credit.url}>Read the original</a>}
    </p>
  );
}

function ItemContent(props: { digest: Digest; url: string }) {
  const { digest } = props;
  const question = centralQuestion(digest);
  return (
    <div>
      <p>
        <strong>The question:</strong> {question.text}
      </p>
      <ul>
        {sidesOf(digest, question)
          .filter((side) => side.actors.length > 0)
          .map((side) => (
            <li>
              <strong>
                {side.marker} {side.label}
              </strong>
              : {side.actors.map((a) => a.name).join(", ")}
              {side.quote && (
                <blockquote>
                  <p>
                    “{side.quote.text}” — {side.quote.speakerName}
                  </p>
                </blockquote>
              )}
            </li>
          ))}
      </ul>
      <Original digest={digest} />
      <p>
        <a href={props.url}>Read the digest: who said what, in their words</a>
      </p>
    </div>
  );
}

export function itemHtml(digest: Digest, url: string): string {
  return String(ItemContent({ digest, url }));
}
