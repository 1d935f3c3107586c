import { cardImage, cardOf } from "../../digest/cards";
import { digestPath, evidenceAnchor, subjectPath } from "../../digest/paths";
import { actorOf, centralQuestion, otherQuestions, sidesOf } from "../../digest/read";
import type { Digest, Evidence, Question } from "../../digest/schema";
import { SIDE_STYLES, sideMarker } from "../../digest/sides";
import { sourceCredit } from "../../digest/source";
import { Layout } from "../../http/page/Layout";
import { SubscribeForm } from "../../subscriptions/SubscribeForm";
import { ArticleText } from "./ArticleText";

/** The side's shape; decorative, since the label beside it names the side. */
function SideMark(props: { marker: string }) {
  return (
    <span class="mark" aria-hidden="true">
      {props.marker}{" "}
    </span>
  );
}

function Sides(props: { digest: Digest; question: Question; level: "h3" | "h4" }) {
  const Heading = props.level;
  return (
    <ul class="sides">
      {sidesOf(props.digest, props.question).map((side) => (
        <li class={`side side-${side.index % SIDE_STYLES}`}>
          <Heading>
            <SideMark marker={side.marker} />
            {side.label}
          </Heading>
          {side.actors.length ? (
            <ul>
              {side.actors.map((a) => (
                <li>
                  <a href={`#actor-${a.id}`}>{a.name}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nobody in the article.</p>
          )}
        </li>
      ))}
    </ul>
  );
}

function Source(props: { digest: Digest }) {
  const credit = sourceCredit(props.digest.source);
  return (
    <p class="meta">
      Digest of {credit.headline ? <cite>{credit.headline}</cite> : "an article"}
      {credit.known ? ", " : " "}
      {credit.credits}. {credit.url && <a href={credit.url}>Read the original</a>} Added{" "}
      <time datetime={props.digest.added}>{props.digest.added}</time>.
    </p>
  );
}

/** What the digest is about, each topic linked to its page (its other digests, its feeds). */
function Topics(props: { digest: Digest }) {
  const { topics } = props.digest;
  if (topics.length === 0) return null;
  return (
    <p class="meta">
      Topics:{" "}
      {topics.map((t, i) => (
        <>
          {i > 0 && ", "}
          <a href={subjectPath("topic", t.id)}>{t.label}</a>
        </>
      ))}
    </p>
  );
}

/** Actors the article names without a position: still linked, so every actor's page is one click away. */
function Unplaced(props: { digest: Digest }) {
  const { digest } = props;
  const unplaced = digest.actors.filter((a) => !digest.positions.some((p) => p.actor === a.id));
  if (unplaced.length === 0) return null;
  return (
    <section aria-labelledby="also-named">
      <h2 id="also-named">Also named</h2>
      <ul>
        {unplaced.map((a) => (
          <li>
            <a href={subjectPath("actor", a.id)}>{a.name}</a>
            {a.role && `, ${a.role}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ArticleHeading(props: { digest: Digest }) {
  const { url } = props.digest.source;
  if (props.digest.articleText === "full") {
    return (
      <>
        <h2 id="text">The full article</h2>
        <p class="muted">Highlighted: every excerpt cited above. ↩ returns to it.</p>
      </>
    );
  }
  return (
    <>
      <h2 id="text">Excerpts of the article</h2>
      <p class="muted">
        Only the paragraphs cited above are shown here; the rest is left out. Highlighted: every excerpt cited above. ↩ returns to it.
        {url && " "}
        {url && <a href={url}>Read the whole article at the original</a>}
      </p>
    </>
  );
}

function EvidenceItem(props: { digest: Digest; e: Evidence }) {
  const { e } = props;
  const where = [e.saidTo && `to ${e.saidTo}`, e.saidIn && `in ${e.saidIn}`].filter(Boolean).join(", ");
  const link = <a href={`#${evidenceAnchor(e.id)}`}>in context, paragraph {e.paragraph}</a>;
  if (e.kind === "report") {
    return (
      <figure id={`c-${e.id}`} class="report">
        <p>
          Reported: <q>{e.text}</q>
        </p>
        <figcaption>
          {where && `Said ${where}. `}
          {link}
        </figcaption>
      </figure>
    );
  }
  return (
    <figure id={`c-${e.id}`}>
      <blockquote>
        <p>{e.text}</p>
      </blockquote>
      <figcaption>
        — {actorOf(props.digest, e.speaker!).name}
        {where && `, ${where}`} · {link}
      </figcaption>
    </figure>
  );
}

/** Each quotation once: two positions may cite the same words (a spokesperson for an institution). */
function quotations(digest: Digest) {
  const byPlace = new Map<string, Evidence>();
  for (const e of digest.positions.flatMap((p) => p.evidence)) {
    const place = `${e.start}:${e.end}`;
    if (e.kind === "quote" && !byPlace.has(place)) byPlace.set(place, e);
  }
  return [...byPlace.values()].map((e) => {
    const speaker = actorOf(digest, e.speaker!);
    return {
      "@type": "Quotation",
      text: e.text,
      creator: { "@type": speaker.kind === "person" ? "Person" : "Organization", name: speaker.name },
    };
  });
}

function jsonLd(digest: Digest, url: string, image: string) {
  const s = digest.source;
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: digest.title,
    url,
    datePublished: digest.added,
    image,
    publisher: { "@type": "Organization", name: "Standpoint" },
    ...(s.url && {
      isBasedOn: {
        "@type": "NewsArticle",
        url: s.url,
        ...(s.headline && { headline: s.headline }),
        ...(s.outlet && { publisher: { "@type": "Organization", name: s.outlet } }),
        ...(s.author && { author: { "@type": "Person", name: s.author } }),
        ...(s.published && { datePublished: s.published }),
      },
    }),
    about: centralQuestion(digest).text,
    hasPart: quotations(digest),
  };
}

export function DigestPage(props: { digest: Digest; siteUrl: string }) {
  const { digest } = props;
  const url = `${props.siteUrl}${digestPath(digest.slug)}`;
  const card = cardOf(digest);
  const image = cardImage(card, props.siteUrl);
  const central = centralQuestion(digest);
  const others = otherQuestions(digest);
  const speakerOf = (e: Evidence) => actorOf(digest, e.speaker ?? digest.positions.find((p) => p.evidence.includes(e))!.actor).name;
  return (
    <Layout
      meta={{
        title: `${digest.title} · Standpoint`,
        description: central.text,
        url,
        ogType: "article",
        jsonUrl: `/api/digests/${digest.slug}`,
        jsonLd: jsonLd(digest, url, image.url),
        image,
      }}
    >
      <article>
        <header>
          <p class="kicker">Positions digest</p>
          <h1>{digest.title}</h1>
          <Source digest={digest} />
          <Topics digest={digest} />
          {digest.review === "draft" && (
            <p class="draft" role="note">
              Machine draft: these positions were drafted automatically and no editor has reviewed them yet.
            </p>
          )}
        </header>
        <section aria-labelledby="central">
          <h2 id="central">The central question</h2>
          <p class="question">{central.text}</p>
          <Sides digest={digest} question={central} level="h3" />
        </section>
        {others.length > 0 && (
          <section aria-labelledby="others">
            <h2 id="others">Other questions the article raises</h2>
            {others.map((q) => (
              <section aria-label={q.text}>
                <h3>{q.text}</h3>
                <Sides digest={digest} question={q} level="h4" />
              </section>
            ))}
          </section>
        )}
        <section aria-labelledby="actors">
          <h2 id="actors">Who says what</h2>
          {digest.positions.map((p) => {
            const actor = actorOf(digest, p.actor);
            return (
              <section class="card" id={`actor-${actor.id}`} aria-labelledby={`name-${actor.id}`}>
                <h3 id={`name-${actor.id}`}>
                  <a href={subjectPath("actor", actor.id)}>{actor.name}</a>
                </h3>
                {actor.role && <p class="role">{actor.role}</p>}
                {p.stances.length > 0 && (
                  <ul class="stances">
                    {p.stances.map((s) => {
                      const q = digest.questions.find((x) => x.id === s.question)!;
                      const index = q.sides.findIndex((x) => x.id === s.side);
                      return (
                        <li>
                          {q.text}{" "}
                          <strong class={`side-${index % SIDE_STYLES}`}>
                            <SideMark marker={sideMarker(index)} />
                            {q.sides[index]!.label}
                          </strong>
                        </li>
                      );
                    })}
                  </ul>
                )}
                <p>{p.summary}</p>
                {p.evidence.map((e) => (
                  <EvidenceItem digest={digest} e={e} />
                ))}
              </section>
            );
          })}
        </section>
        <Unplaced digest={digest} />
        <section aria-labelledby="text">
          <ArticleHeading digest={digest} />
          <ArticleText digest={digest} speakerOf={speakerOf} />
        </section>
      </article>
      <SubscribeForm source={digestPath(digest.slug)} />
    </Layout>
  );
}
