// An actor's or a topic's page: every published digest they appear in, newest first. For an
// actor, each digest shows where they stand on each question and their own words, linked to
// the place in the article; for a topic, each digest's central question and its sides.
import { cardImage, SITE_CARD } from "../../digest/cards";
import { evidencePath, subjectPath } from "../../digest/paths";
import type { ListedPage } from "../../digest/store";
import { Layout } from "../../http/page/Layout";
import { FollowForm } from "../../subscriptions";
import { type Subject, subjectFeeds } from "../subjects/subject";
import { DigestEntryHead } from "./DigestEntryHead";
import { type PageInfo, Pager } from "./Pager";

type Item = ListedPage["items"][number];

function ActorInDigest(props: { item: Item }) {
  const { item } = props;
  return (
    <>
      {item.position && item.position.stances.length > 0 && (
        <ul class="stances">
          {item.position.stances.map((s) => (
            <li>
              {s.questionText} <strong>{s.sideLabel}</strong>
            </li>
          ))}
        </ul>
      )}
      {item.position && <p>{item.position.summary}</p>}
      {(item.quotes ?? []).map((q) => (
        <figure>
          <blockquote>
            <p>{q.text}</p>
          </blockquote>
          <figcaption>
            <a href={evidencePath(item.slug, q.id)}>in context, paragraph {q.paragraph}</a>
          </figcaption>
        </figure>
      ))}
    </>
  );
}

function TopicDigest(props: { item: Item }) {
  return (
    <>
      <p class="question">{props.item.centralQuestion}</p>
      <p>{props.item.sides}</p>
    </>
  );
}

function Intro(props: { subject: Subject; total: number }) {
  const { subject, total } = props;
  const count = total === 0 ? "No digest yet" : `${total} digest${total === 1 ? "" : "s"}`;
  return subject.kind === "actor" ? (
    <p>
      {subject.actor.role && `${subject.actor.role}. `}
      {count} in which {subject.label} appears, newest first, with where they stand and their own words.
    </p>
  ) : (
    <p>{count} about this topic, newest first, each with the question it turns on and who stands on which side.</p>
  );
}

export function SubjectPage(props: {
  subject: Subject;
  listed: ListedPage;
  page: PageInfo;
  siteUrl: string;
  href: (page: number) => string;
}) {
  const { subject, listed, page } = props;
  const path = subjectPath(subject.kind, subject.id);
  const feeds = subjectFeeds(subject);
  const title = subject.kind === "actor" ? `${subject.label}: where they stand, digest by digest` : `Topic: ${subject.label}`;
  return (
    <Layout
      meta={{
        title: `${page.page > 1 ? `${title} (page ${page.page})` : title} · Standpoint`,
        description:
          subject.kind === "actor"
            ? `Every Standpoint digest in which ${subject.label} appears, with where they stand and their own words.`
            : `Every Standpoint digest about ${subject.label}: the question each article turns on and who stands on which side.`,
        url: `${props.siteUrl}${props.href(page.page)}`,
        image: cardImage(SITE_CARD, props.siteUrl),
        jsonUrl: `/api${path}`,
        feeds,
      }}
    >
      <h1>{subject.label}</h1>
      <Intro subject={subject} total={page.total} />
      <FollowForm kind={subject.kind} id={subject.id} label={subject.label} />
      <section aria-labelledby="digests">
        <h2 id="digests">Digests</h2>
        {listed.items.length === 0 ? (
          <p class="muted">Nothing published yet. The feeds below will carry the first digest.</p>
        ) : (
          <ol class="list" reversed start={page.total - (page.page - 1) * page.perPage}>
            {listed.items.map((item) => (
              <li>
                <DigestEntryHead digest={item} level="h3" />
                {subject.kind === "actor" ? <ActorInDigest item={item} /> : <TopicDigest item={item} />}
              </li>
            ))}
          </ol>
        )}
        <Pager page={page} href={props.href} />
      </section>
      <section aria-labelledby="feeds">
        <h2 id="feeds">Follow in a feed reader</h2>
        <ul>
          {feeds.map((f) => (
            <li>
              <a href={f.path} type={f.type}>
                {f.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
