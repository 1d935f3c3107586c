// sitemaps.org protocol 0.9: the pages worth indexing, with the day each last changed.
import { digestPath } from "../../digest/paths";
import { el, xmlDocument } from "./xml";

export function sitemap(digests: readonly { slug: string; added: string }[], siteUrl: string): string {
  const url = (loc: string, lastmod?: string) => el("url", {}, el("loc", {}, loc), lastmod && el("lastmod", {}, lastmod));
  return xmlDocument(
    el(
      "urlset",
      { xmlns: "http://www.sitemaps.org/schemas/sitemap/0.9" },
      url(`${siteUrl}/`, digests[0]?.added),
      ...digests.map((d) => url(`${siteUrl}${digestPath(d.slug)}`, d.added)),
      // The indexes of actors and topics lead crawlers to each one's page without another D1 read here.
      url(`${siteUrl}/actors`),
      url(`${siteUrl}/topics`),
      url(`${siteUrl}/feeds`),
      url(`${siteUrl}/api/docs`),
    ),
  );
}

/** Token links (subscriptions) are personal and /dev exists only locally: neither is for crawlers. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /subscriptions/\nDisallow: /dev/\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
