// A day of 200 digests (the bench's days hold about 10) through the real cron and the real
// queue consumer. It used to fail twice over: the email listed every digest past the first
// 12 by title, so its HTML passed the 102 KB clip and the cron threw on every run; and a
// send read every digest's whole body gathered into one D1 value, which passed D1's
// 2,000,000-byte limit (SQLITE_TOOBIG) from about 144 digests of the seed's size.
import { createScheduledController, env, SELF } from "cloudflare:test";
import { beforeAll, expect, it } from "vitest";
import type { Digest } from "../../src/digest/schema";
import { putDigest } from "../../src/digest/store";
import worker from "../../src/index";
import { MAX_FULL_DIGESTS, MAX_LISTED_TITLES } from "../../src/schedule/email/model";
import { changeFollows } from "../../src/subscriptions/follows";
import { forgetReads } from "../../src/web/isolate-cache";
import { otherDigest } from "../fixtures/other-digest";
import { contentDigests } from "../fixtures/store";
import { cronAt, freshEmail, makeSubscriber, outboxOf, settled } from "./helpers";

const DAY = "2032-02-01";
const EDITION = "daily:2032-02-02";
const COUNT = 200;
/** The one digest about other people (the Fixture Mayor), far down the list. */
const ODD = 150;
/** Titles a little longer than the seed's (98 characters), numbered. */
const titleOf = (i: number) =>
  `No. ${String(i).padStart(3, "0")}: the offer to negotiate an end to the war, and the White House answer: it is not genuine at all`;

beforeAll(async () => {
  const seed = contentDigests().find((d) => d.slug === "putin-offer-to-negotiate")!;
  const digests: Digest[] = Array.from({ length: COUNT }, (_, i) => ({
    ...(i === ODD ? otherDigest : seed),
    slug: `many-${String(i).padStart(3, "0")}`,
    title: titleOf(i),
    added: DAY,
  }));
  // Stored as the admin API stores them, a few at a time.
  for (let i = 0; i < digests.length; i += 10) {
    await Promise.all(digests.slice(i, i + 10).map((d) => putDigest(env.DB, d, "published", "test:big-edition")));
  }
  forgetReads();
}, 120_000);

it("sends an edition of 200 digests: each email lists a bounded number and links the rest to the web copy", {
  timeout: 120_000,
}, async () => {
  const everyone = freshEmail("many-everyone");
  const everyoneId = await makeSubscriber(everyone, "daily", "active");
  const mayor = freshEmail("many-mayor");
  const mayorId = await makeSubscriber(mayor, "daily", "active");
  await changeFollows(env.DB, { id: mayorId, follows: { actors: ["fixture-mayor"], topics: [] }, source: "test", now: new Date() });

  await worker.scheduled!(createScheduledController(cronAt("0 7 * * *", "2032-02-02")), env);
  const rows = await settled(EDITION, 2, 60_000);
  expect(rows.map((r) => [r.subscriber_id, r.state])).toEqual([
    [everyoneId, "sent"],
    [mayorId, "sent"],
  ]);
  const stored = await env.DB.prepare(
    `SELECT json_array_length(e.digests) AS digests, count(x.entry) AS entries, max(length(x.entry)) AS largest
     FROM summary_editions e LEFT JOIN summary_edition_digests x ON x.edition_id = e.id WHERE e.id = ?1`,
  )
    .bind(EDITION)
    .first<{ digests: number; entries: number; largest: number }>();
  expect(stored).toMatchObject({ digests: COUNT, entries: COUNT });
  // What a send reads of a digest is what the summary renders (1.5 KB for the seed), not its body (13.9 KB).
  expect(stored!.largest).toBeLessThan(4 * 1024);

  const mail = await outboxOf(EDITION);
  const all = mail.find((m) => m.recipient === everyone)!;
  expect(new TextEncoder().encode(all.html).length).toBeLessThan(102 * 1024);
  // The first 12 in full, the next 20 by title, the other 168 counted and linked to the web copy.
  const listed = MAX_FULL_DIGESTS + MAX_LISTED_TITLES;
  expect(all.html).toContain(titleOf(0));
  expect(all.html).toContain(titleOf(listed - 1));
  expect(all.html).not.toContain(titleOf(listed));
  expect(all.text).toContain(
    `And ${COUNT - listed} more digests in this edition, all listed on the web: ${env.SITE_URL}/editions/${EDITION}`,
  );

  // The follower of the Fixture Mayor gets the one digest about him, though it is far past the ones listed.
  const cut = mail.find((m) => m.recipient === mayor)!;
  expect(cut.text).toContain("You follow The Fixture Mayor");
  expect(cut.html).toContain(titleOf(ODD));
  expect(cut.html).not.toContain(titleOf(0));

  // The web copy lists every one of them.
  const page = await (await SELF.fetch(`https://standpoint.example/editions/${EDITION}`)).text();
  for (const i of [0, listed, ODD, COUNT - 1]) expect(page).toContain(titleOf(i));
});
