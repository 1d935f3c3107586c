// Where a digest lives on the site. Pages, feeds, the sitemap and emails all link to it.
export function digestPath(slug: string) {
  return `/digests/${slug}`;
}
