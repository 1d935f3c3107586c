import { centralQuestion } from "../../digest/read";
import type { Digest } from "../../digest/schema";
import { digestPath } from "./DigestPage";
import { Layout } from "./Layout";

export function IndexPage(props: { digests: readonly Digest[]; siteUrl: string }) {
  return (
    <Layout
      meta={{
        title: "Standpoint: who says what in the news",
        description: "Digests of the positions news articles report: the actors, where each stands, and their own words.",
        url: `${props.siteUrl}/`,
        jsonUrl: "/api/digests",
      }}
    >
      <h1>Positions digests</h1>
      <p>Each digest lays out who takes which side in an article, with every quote tied to its place in the text.</p>
      <ol class="list" reversed>
        {props.digests.map((d) => (
          <li>
            <h2>
              <a href={digestPath(d.slug)}>{d.title}</a>
            </h2>
            <p class="meta">
              <time datetime={d.added}>{d.added}</time>
              {d.review === "draft" && " · machine draft, not yet reviewed"}
            </p>
            <p>{centralQuestion(d).text}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
