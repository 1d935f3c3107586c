import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { FEEDS, type Feed } from "./feeds";
import { css } from "./styles";

export interface PageMeta {
  title: string;
  description: string;
  /**
   * The page's absolute URL, given as its canonical and og:url. A page that knows no absolute
   * URL of its own (an error, a personal link's page) passes a path: it then declares neither,
   * since crawlers and link previews only accept absolute ones.
   */
  url: string;
  ogType?: "website" | "article";
  /** A JSON representation of the same resource, advertised as an alternate. */
  jsonUrl?: string;
  jsonLd?: unknown;
  /** The page's own feeds (an actor's, a topic's), advertised ahead of the site's. */
  feeds?: readonly Feed[];
  /** The sharing card (og:image); absolute URL. */
  image?: { url: string; width: number; height: number; alt: string };
}

/** JSON for a <script> data block: `<` is escaped so the text can never close the element. */
function jsonForScript(value: unknown) {
  return raw(JSON.stringify(value).replace(/</g, "\\u003c"));
}

const isAbsolute = (url: string) => /^https?:\/\//.test(url);

export function Layout(props: { meta: PageMeta; children: Child }) {
  const { meta } = props;
  const absolute = isAbsolute(meta.url);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {absolute && <link rel="canonical" href={meta.url} />}
        <meta property="og:site_name" content="Standpoint" />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        {absolute && <meta property="og:url" content={meta.url} />}
        {meta.image && (
          <>
            <meta property="og:image" content={meta.image.url} />
            <meta property="og:image:type" content="image/png" />
            <meta property="og:image:width" content={String(meta.image.width)} />
            <meta property="og:image:height" content={String(meta.image.height)} />
            <meta property="og:image:alt" content={meta.image.alt} />
          </>
        )}
        <meta name="twitter:card" content={meta.image ? "summary_large_image" : "summary"} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {meta.jsonUrl && <link rel="alternate" type="application/json" href={meta.jsonUrl} />}
        {[...(meta.feeds ?? []), ...FEEDS].map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.path} />
        ))}
        <style>{raw(css)}</style>
        {meta.jsonLd !== undefined && <script type="application/ld+json">{jsonForScript(meta.jsonLd)}</script>}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <a class="brand" href="/">
            Standpoint
          </a>
          <nav aria-label="Site">
            <ul>
              <li>
                <a href="/">Digests</a>
              </li>
              <li>
                <a href="/actors">Actors</a>
              </li>
              <li>
                <a href="/topics">Topics</a>
              </li>
              <li>
                <a href="/api/docs">API</a>
              </li>
              <li>
                <a href="/feeds">Feeds</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site muted">
          <p>Standpoint: who says what, in their own words. Every quote appears verbatim in its article.</p>
        </footer>
      </body>
    </html>
  );
}

/** A whole HTML document from a page element. */
export function documentOf(page: { toString(): string | Promise<string> }): string {
  const html = page.toString();
  if (typeof html !== "string") throw new Error("pages render synchronously");
  return `<!DOCTYPE html>${html}`;
}
