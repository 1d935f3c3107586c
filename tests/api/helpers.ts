// Reading responses the way clients do: an RFC 8288 Link header, and HTML through workerd's
// own streaming parser (HTMLRewriter) rather than regular expressions.

/** `<url>; rel="next", ...` as { next: url, ... }. */
export function parseLinkHeader(header: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]*)>\s*;\s*rel="([^"]+)"$/.exec(part.trim());
    if (!match) throw new Error(`not an RFC 8288 link: ${part}`);
    links[match[2]!] = match[1]!;
  }
  return links;
}

/** The given attribute (or the text) of every element matching the selector, in document order. */
export async function selectAll(html: string, selector: string, what: string): Promise<string[]> {
  const found: string[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(e) {
        found.push(what === "text" ? "" : (e.getAttribute(what) ?? ""));
      },
      text(t) {
        if (what === "text") found[found.length - 1] += t.text;
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}
