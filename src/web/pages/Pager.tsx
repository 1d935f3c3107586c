// The links between the pages of a list (the index, an actor's or a topic's digests, the
// actors, the topics): plain links with rel prev/next, so paging needs no script.
import type { Page } from "../../digest/archive";

export type PageInfo = Omit<Page<unknown>, "items">;

export function Pager(props: { page: PageInfo; href: (page: number) => string; newer?: string; older?: string }) {
  const { page, href } = props;
  if (page.pages === 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {page.page > 1 && (
        <a rel="prev" href={href(page.page - 1)}>
          {props.newer ?? "Newer digests"}
        </a>
      )}
      <span class="muted">
        Page {page.page} of {page.pages}
      </span>
      {page.page < page.pages && (
        <a rel="next" href={href(page.page + 1)}>
          {props.older ?? "Older digests"}
        </a>
      )}
    </nav>
  );
}
