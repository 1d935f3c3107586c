// Paging the archive: what a page of a list is, and how many pages a total makes. The lists
// themselves are D1 queries (store.ts).

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
