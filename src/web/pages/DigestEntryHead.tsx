// The head of a digest in any list (the index, an actor's or a topic's page): its title linked
// to its page, its day, and whether an editor has reviewed it yet.
import type { DigestListing } from "../../digest/listing";
import { digestPath } from "../../digest/paths";

export function DigestEntryHead(props: { digest: Pick<DigestListing, "slug" | "title" | "added" | "review">; level: "h2" | "h3" }) {
  const { digest: d } = props;
  const Heading = props.level;
  return (
    <>
      <Heading>
        <a href={digestPath(d.slug)}>{d.title}</a>
      </Heading>
      <p class="meta">
        <time datetime={d.added}>{d.added}</time>
        {d.review === "draft" && " · machine draft, not yet reviewed"}
      </p>
    </>
  );
}
