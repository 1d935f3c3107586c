// What this isolate read from D1 (a digest, a list page, a feed), kept for
// DIGEST_CACHE_SECONDS so a page view costs at most one D1 read and most cost none. A
// publish or unpublish through this isolate clears it at once; other isolates see the
// change when their copy expires.

/** Enough for every digest page of a busy day and the list pages around them. */
const MAX_ENTRIES = 1024;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

/**
 * The cached value of `key`, or `load()`'s, kept for `seconds`. Concurrent misses share one
 * load; a failed load is not kept. The least recently used entries go past the limit, so
 * requests for endless keys (random slugs, pages) cannot grow memory.
 */
export function cachedRead<T>(key: string, seconds: number, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const found = entries.get(key);
  entries.delete(key);
  if (found && found.expires > now) {
    entries.set(key, found);
    return found.value as Promise<T>;
  }
  const value = load();
  const entry = { expires: now + seconds * 1000, value };
  entries.set(key, entry);
  value.catch(() => entries.get(key) === entry && entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** After a publish or unpublish: every read answers from D1 again. */
export function forgetReads(): void {
  entries.clear();
}
