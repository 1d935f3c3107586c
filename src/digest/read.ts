// Questions every view asks of a digest: who is this actor, what is the central
// question, who stands where and with which words.
import type { Actor, Digest, Evidence, Question } from "./schema";
import { sideMarker } from "./sides";

export function actorOf(digest: Digest, id: string): Actor {
  const actor = digest.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`digest ${digest.slug} has no actor ${id}`);
  return actor;
}

export function centralQuestion(digest: Digest): Question {
  return digest.questions.find((q) => q.central) ?? digest.questions[0]!;
}

export function otherQuestions(digest: Digest): Question[] {
  return digest.questions.filter((q) => q !== centralQuestion(digest));
}

export function quotesOf(digest: Digest, actorId: string): Evidence[] {
  const position = digest.positions.find((p) => p.actor === actorId);
  return position ? position.evidence.filter((e) => e.kind === "quote") : [];
}

export interface SideView {
  id: string;
  label: string;
  /** The side's position among its question's sides (0-based); picks its colour. */
  index: number;
  /** The side's shape marker (see sides.ts), the same on every view. */
  marker: string;
  actors: Actor[];
  /** The direct quote that stands for the side (see sidesOf), if any. */
  quote: (Evidence & { speakerName: string }) | null;
}

/**
 * Each side of a question with its actors and one quote that stands for it: the first
 * quote, in actor and evidence order, that the editor marked as about this question. A
 * digest whose evidence is marked about nothing (a machine draft) takes the first quote.
 */
export function sidesOf(digest: Digest, question: Question): SideView[] {
  const marked = digest.positions.some((p) => p.evidence.some((e) => e.about.length > 0));
  const standsFor = (e: Evidence) => e.speaker !== null && (marked ? e.about.includes(question.id) : true);
  return question.sides.map((side, index) => {
    const actors = side.actors.map((id) => actorOf(digest, id));
    const quote = actors.flatMap((a) => quotesOf(digest, a.id)).find(standsFor);
    return {
      id: side.id,
      label: side.label,
      index,
      marker: sideMarker(index),
      actors,
      quote: quote ? { ...quote, speakerName: actorOf(digest, quote.speaker!).name } : null,
    };
  });
}

/** One line naming the central question and who stands on which side; feeds and mail use it. */
export function sidesSentence(digest: Digest): string {
  const question = centralQuestion(digest);
  const sides = sidesOf(digest, question)
    .filter((s) => s.actors.length > 0)
    .map((s) => `${s.label} (${s.actors.map((a) => a.name).join(", ")})`);
  return `${question.text} ${sides.join("; ")}.`;
}
