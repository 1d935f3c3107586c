// Where things live on the site. Pages, feeds, the sitemap, emails and the API all link to
// them through these, so an anchor or a path cannot drift between the page and its links.
export function digestPath(slug: string) {
  return `/digests/${slug}`;
}

/** The id of a quotation's place in the article's text (ArticleText); `#t-<evidence id>`. */
export function evidenceAnchor(evidenceId: string) {
  return `t-${evidenceId}`;
}

/** A quotation in context: the digest page, scrolled to the words in the article. */
export function evidencePath(slug: string, evidenceId: string) {
  return `${digestPath(slug)}#${evidenceAnchor(evidenceId)}`;
}

/** What a reader can follow across digests: a person or institution, or a topic. */
export type SubjectKind = "actor" | "topic";

const SUBJECT_ROOT: Record<SubjectKind, string> = { actor: "/actors", topic: "/topics" };

/** `/actors` or `/topics`: the index of everyone (everything) a kind has. */
export function subjectIndexPath(kind: SubjectKind) {
  return SUBJECT_ROOT[kind];
}

/** `/actors/vladimir-putin`, `/topics/ukraine-war`. */
export function subjectPath(kind: SubjectKind, id: string) {
  return `${SUBJECT_ROOT[kind]}/${id}`;
}
