// Examples of the actor and topic routes for the API document, built from the example digest
// by the very functions the routes answer with, so they cannot drift from the real shape; the
// tests check each one against its schema.
import { actorEntriesOf, listingOf } from "../../digest/listing";
import { quotesOf } from "../../digest/read";
import { subjectDetail, subjectList } from "../subjects/api";
import { exampleDigest } from "./examples";

const SITE = "https://standpoint.example";
const page = { page: 1, perPage: 20, pages: 1, total: 1 };
const [mayor] = actorEntriesOf(exampleDigest);
const topic = exampleDigest.topics[0]!;
const quotes = quotesOf(exampleDigest, mayor!.actor.id).map(({ id, text, speaker, paragraph, saidTo, saidIn }) => ({
  id,
  text,
  speaker,
  paragraph,
  saidTo,
  saidIn,
}));

export const subjectExamples = {
  actor: {
    list: subjectList("actor", [{ id: mayor!.actor.id, digests: 1, actor: mayor!.actor, label: mayor!.actor.name }], page, SITE),
    detail: subjectDetail(
      { kind: "actor", id: mayor!.actor.id, label: mayor!.actor.name, actor: mayor!.actor },
      { items: [{ ...listingOf(exampleDigest), position: mayor!.position, quotes }], total: 1 },
      page,
      SITE,
    ),
  },
  topic: {
    list: subjectList("topic", [{ id: topic.id, digests: 1, label: topic.label }], page, SITE),
    detail: subjectDetail(
      { kind: "topic", id: topic.id, label: topic.label, topic },
      { items: [listingOf(exampleDigest)], total: 1 },
      page,
      SITE,
    ),
  },
};
