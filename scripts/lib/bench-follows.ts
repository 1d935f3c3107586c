// The follows scenario of npm run bench:summaries: an archive of 200 digests, 10 published a
// day over 20 days (the daily edition of 2026-11-28 holds the 10 of the 27th and the seed),
// each about its own group of actors and one topic, and a list where 30% of subscribers follow
// 1 to 5 of the archive's actors or topics, so some followers get a cut copy and some get nothing.
// (Not all 200 in one edition: that failed when a send read every digest's body gathered into one
// D1 value, past D1's 2 MB limit; an edition now keeps a small entry per digest, and
// tests/schedule/big-edition.test.ts sends one of 200. The bench keeps its 10 a day.) Deterministic: the SQL that seeds the
// follows and `expectedEmails` use the same arithmetic, so the bench knows how many emails to wait for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileDigest } from "../../src/content/compile";
import type { Digest } from "../../src/digest/schema";
import { Digest as DigestSchema } from "../../src/digest/schema";
import { inlineSql, putStatements } from "../../src/digest/store-writes";
import { readArticle } from "./content";

export const BENCH_DIGESTS = Number(process.env.BENCH_DIGESTS ?? 200);
const PER_DAY = 10;
/** Digest i is added PER_DAY to a day, newest first: 0..9 on 2026-11-27, the day the daily edition of 2026-11-28 holds. */
const addedOf = (i: number) =>
  new Date(Date.parse("2026-11-27T00:00:00Z") - Math.floor(i / PER_DAY) * 86_400_000).toISOString().slice(0, 10);
/** Actor groups: digest i is about group i % ALL_GROUPS; the edition's digests are about groups 0..PER_DAY-1. */
const ALL_GROUPS = 40;
const EDITION_GROUPS = PER_DAY;
const TOPICS: string[] = (JSON.parse(readFileSync("content/topics.json", "utf8")) as { topics: { id: string }[] }).topics.map((t) => t.id);
/** The edition's digests are about topics 0..4 (the seed digest's are among them); 5..9 are in none of them. */
const EDITION_TOPICS = 5;

const seed = compileDigest(readArticle(join("content", "putin-offer-to-negotiate")));
const ACTORS = seed.actors.map((a) => a.id);
const UNIVERSE = ALL_GROUPS * ACTORS.length + TOPICS.length;
const actorId = (group: number, actor: string) => `b-${group}-${actor}`;

/** Digest i: the seed article under its own slug, its actors renamed into group i % ALL_GROUPS, one topic. */
function benchDigest(i: number, topicLabels: Map<string, string>): Digest {
  let json = JSON.stringify({ ...seed, slug: `bench-${i}`, title: `Bench digest ${i}: ${seed.title}`, added: addedOf(i) });
  for (const id of ACTORS) json = json.replaceAll(`"${id}"`, `"${actorId(i % ALL_GROUPS, id)}"`);
  // The edition's digests are about topics 0..4; older ones about any of the ten.
  const topic = TOPICS[i < PER_DAY ? i % EDITION_TOPICS : i % TOPICS.length]!;
  return DigestSchema.parse({ ...JSON.parse(json), topics: [{ id: topic, label: topicLabels.get(topic)! }] });
}

/** The statements that publish the 200 digests, as the admin API would. */
export function digestsSql(): string {
  const labels = new Map(seed.topics.map((t) => [t.id, t.label]));
  const file = JSON.parse(readFileSync("content/topics.json", "utf8")) as { topics: { id: string; label: string }[] };
  for (const t of file.topics) labels.set(t.id, t.label);
  const at = "2026-11-27T12:00:00.000Z";
  return Array.from({ length: BENCH_DIGESTS }, (_, i) =>
    putStatements(benchDigest(i, labels), "published", "bench", at).statements.map(inlineSql).join("\n"),
  ).join("\n");
}

const isFollower = (i: number) => i % 10 < 3;
const followCount = (i: number) => 1 + ((i * 7919) % 5);
const pick = (i: number, j: number) => (i * 2654435761 + j * 40503) % UNIVERSE;

/** Follows of subscribers 1..count (ids are 1..count in a fresh database), computed by SQLite. */
export function followsSql(count: number): string {
  const groupsAll = ALL_GROUPS * ACTORS.length;
  return `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}),
    j(j) AS (VALUES (0), (1), (2), (3), (4)),
    picks AS (SELECT i, (i * 2654435761 + j * 40503) % ${UNIVERSE} AS k FROM n, j WHERE i % 10 < 3 AND j < 1 + (i * 7919) % 5)
    INSERT INTO subscriber_follows (subscriber_id, kind, follow_id)
    SELECT i, CASE WHEN k < ${groupsAll} THEN 'actor' ELSE 'topic' END,
      CASE WHEN k < ${groupsAll} THEN 'b-' || (k / ${ACTORS.length}) || '-' || json_extract('${JSON.stringify(ACTORS)}', '$[' || (k % ${ACTORS.length}) || ']')
        ELSE json_extract('${JSON.stringify(TOPICS)}', '$[' || (k - ${groupsAll}) || ']') END
    FROM picks WHERE true ON CONFLICT DO NOTHING`;
}

/** Emails the edition sends: every non-follower, and each follower with a follow the edition involves. */
export function expectedEmails(count: number): { emails: number; followers: number; cut: number } {
  let emails = 0;
  let followers = 0;
  let cut = 0;
  for (let i = 1; i <= count; i++) {
    if (!isFollower(i)) {
      emails++;
      continue;
    }
    followers++;
    const matched = Array.from({ length: followCount(i) }, (_, j) => pick(i, j)).some((k) =>
      k < ALL_GROUPS * ACTORS.length ? Math.floor(k / ACTORS.length) < EDITION_GROUPS : k - ALL_GROUPS * ACTORS.length < EDITION_TOPICS,
    );
    if (matched) emails++, cut++;
  }
  return { emails, followers, cut };
}
