// GET /feeds: what a feed is, for a person, and the site's three feeds with their addresses.

import { cardImage, SITE_CARD } from "../../digest/cards";
import { FEEDS } from "../../http/page/feeds";
import { Layout } from "../../http/page/Layout";

const FORMATS: Record<(typeof FEEDS)[number]["path"], { name: string; note: string }> = {
  "/feed.xml": { name: "RSS", note: "The format almost every feed reader and podcast-style app understands. Pick this one if unsure." },
  "/atom.xml": { name: "Atom", note: "The same digests in the Atom format, which some readers prefer." },
  "/feed.json": { name: "JSON Feed", note: "The same again as JSON, for readers and programs that take JSON Feed 1.1." },
};

export function FeedsPage(props: { siteUrl: string; items: number }) {
  return (
    <Layout
      meta={{
        title: "Feeds · Standpoint",
        description: "Follow new Standpoint digests in a feed reader: RSS, Atom and JSON Feed addresses.",
        url: `${props.siteUrl}/feeds`,
        image: cardImage(SITE_CARD, props.siteUrl),
      }}
    >
      <h1>Follow Standpoint in a feed reader</h1>
      <p>
        A feed lets a feed reader (such as NetNewsWire, Feedly, Inoreader or Thunderbird) tell you when a new digest is published, without
        an email and without an account here. Copy one of the addresses below and add it to your reader as a new subscription or feed.
      </p>
      <p>
        Each feed holds the {props.items} newest digests. Every item names the question the article turns on, who stands on which side with
        the words that stand for each side, and the original article when its source is known.
      </p>
      <h2>The feeds</h2>
      <ul class="list">
        {FEEDS.map((feed) => (
          <li>
            <h3>{FORMATS[feed.path].name}</h3>
            <p>
              <a href={feed.path} type={feed.type}>
                <code>{`${props.siteUrl}${feed.path}`}</code>
              </a>
            </p>
            <p class="muted">{FORMATS[feed.path].note}</p>
          </li>
        ))}
      </ul>
      <h2>Feeds of one actor or one topic</h2>
      <p>
        Every actor and every topic has the same three feeds of only the digests they appear in: add <code>/feed.xml</code>,{" "}
        <code>/atom.xml</code> or <code>/feed.json</code> to the address of their page, as in{" "}
        <code>{`${props.siteUrl}/actors/<id>/feed.xml`}</code>. Each page lists its feeds: find them from the <a href="/actors">actors</a>{" "}
        and the <a href="/topics">topics</a>.
      </p>
      <p>
        Prefer email? Use the subscription form on the <a href="/">front page</a>.
      </p>
    </Layout>
  );
}
