// The archive as pure functions over any list of digests, so the routes use the compiled
// catalog and the tests can add a fixture digest without touching content/.
import type { Actor, Digest, Position } from "./schema";

/** The digests in which an actor appears, in the order given (the catalog is newest first). */
export function digestsWithActor(digests: readonly Digest[], actorId: string): readonly Digest[] {
  return digests.filter((d) => d.actors.some((a) => a.id === actorId));
}

/** How the most recent digest that names the actor describes them (roles change over time). */
export function latestActor(digests: readonly Digest[], actorId: string): Actor | undefined {
  for (const d of digests) {
    const actor = d.actors.find((a) => a.id === actorId);
    if (actor) return actor;
  }
  return undefined;
}

/** The actor's position in one digest; null when the article names them without one. */
export function positionOf(digest: Digest, actorId: string): Position | null {
  return digest.positions.find((p) => p.actor === actorId) ?? null;
}

export interface Page<T> {
  items: readonly T[];
  /** 1-based. */
  page: number;
  perPage: number;
  /** At least 1: an empty list still has one (empty) page. */
  pages: number;
  total: number;
}

/** At least 1: an empty list has one (empty) page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** One page of the list, or undefined when the page is past the last one. */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`page ${page} and perPage ${perPage} must be positive integers`);
  }
  const pages = pageCount(items.length, perPage);
  if (page > pages) return undefined;
  const start = (page - 1) * perPage;
  return { items: items.slice(start, start + perPage), page, perPage, pages, total: items.length };
}
