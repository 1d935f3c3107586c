// An actor or a topic as its page, its API and its feeds know it, found from the one read that
// also lists its digests: an actor is known when a published digest names them (the newest
// such digest says who they are); a topic when content/topics.json defines it or a published
// digest is about it.
import { type SubjectKind, subjectPath } from "../../digest/paths";
import { type Actor, type Digest, MAX_ID_LENGTH, type Topic } from "../../digest/schema";
import type { ListedPage } from "../../digest/store";
import { topicById } from "../../digest/topics";
import { FEEDS, type Feed } from "../../http/page/feeds";

export type Subject =
  | { kind: "actor"; id: string; label: string; actor: Actor }
  | { kind: "topic"; id: string; label: string; topic: Topic };

export const NOUN: Record<SubjectKind, { one: string; many: string; title: "Actors" | "Topics" }> = {
  actor: { one: "actor", many: "actors", title: "Actors" },
  topic: { one: "topic", many: "topics", title: "Topics" },
};

/** The id the API document's examples (and its tests) use for each kind. */
export const EXAMPLE_ID: Record<SubjectKind, string> = { actor: "vladimir-putin", topic: "ukraine-war" };

/** The 404's message, the same for the page, the API and the feeds. */
export const notFoundMessage = (kind: SubjectKind, id: string) =>
  kind === "actor" ? `No published digest names an actor “${id}”.` : `No topic is called “${id}”.`;
/** The 400's message for an id longer than any id can be (it is refused before it is looked up or echoed). */
export const overlongMessage = (kind: SubjectKind) => `An ${NOUN[kind].one}'s id is at most ${MAX_ID_LENGTH} characters.`;

const ofActor = (actor: Actor): Subject => ({ kind: "actor", id: actor.id, label: actor.name, actor });
const ofTopic = (topic: Topic): Subject => ({ kind: "topic", id: topic.id, label: topic.label, topic });

/**
 * The subject of a page of its digests, or null when there is none. A topic that topics.json
 * defines but no published digest is about yet is still a page (an empty one): a reader can
 * follow it, by feed or by email, before its first digest. A topic no longer in topics.json
 * keeps its digests' pages; its id stands in for the label it no longer has.
 */
export function subjectOfList(kind: SubjectKind, id: string, listed: ListedPage): Subject | null {
  if (kind === "actor") return listed.actor ? ofActor(listed.actor) : null;
  const known = topicById(id);
  if (known) return ofTopic(known);
  return listed.total > 0 ? ofTopic({ id, label: id }) : null;
}

/** The same, from the newest digests a feed holds (whole digests: they name the actor and the topic). */
export function subjectOfDigests(kind: SubjectKind, id: string, newest: readonly Digest[]): Subject | null {
  if (kind === "actor") {
    const actor = newest[0]?.actors.find((a) => a.id === id);
    return actor ? ofActor(actor) : null;
  }
  const topic = topicById(id) ?? newest[0]?.topics.find((t) => t.id === id);
  return topic ? ofTopic(topic) : null;
}

/** A subject's own feeds: the site's three formats under its page's path. */
export function subjectFeeds(subject: Pick<Subject, "kind" | "id" | "label">): Feed[] {
  return FEEDS.map((f) => ({
    path: `${subjectPath(subject.kind, subject.id)}${f.path}`,
    type: f.type,
    title: f.title.replace("Standpoint", `${subject.label} · Standpoint`),
  }));
}
