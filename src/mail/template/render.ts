// One pattern for every email: a kind renders its template once (subject, preheader, HTML in
// the shared frame, and a plain-text part written alongside) with placeholders where each
// recipient's links go; sending to a recipient only swaps those in. The summary is rendered
// once per edition, the confirmation once per isolate, and per recipient only strings change.
import { documentOf } from "../../http/page/Layout";

export interface EmailTemplate {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

/** URL-shaped, so the template is a valid document; `.invalid` can never resolve. */
export const placeholder = (name: string) => `https://standpoint-placeholder.invalid/${name}`;

/** Gmail clips HTML above 102 KB; a template must leave room for the links. */
export const MAX_HTML_BYTES = 100 * 1024;

/**
 * Renders a template and checks it: every named link appears in both parts (a template that
 * forgot its unsubscribe link must not be sent), and the HTML fits under Gmail's clip.
 */
export function renderTemplate(
  parts: { subject: string; preheader: string; html: { toString(): string | Promise<string> }; text: string },
  links: readonly string[],
): EmailTemplate {
  const html = documentOf(parts.html);
  for (const name of links) {
    const url = placeholder(name);
    if (!html.includes(url) || !parts.text.includes(url)) throw new Error(`email template lacks its ${name} link`);
  }
  const bytes = new TextEncoder().encode(html).length;
  if (bytes > MAX_HTML_BYTES) throw new Error(`email HTML is ${bytes} bytes, above the ${MAX_HTML_BYTES} limit`);
  return { subject: parts.subject, preheader: parts.preheader, html, text: parts.text };
}

const escapeAttribute = (url: string) => url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One recipient's copy: their links in place of the placeholders. */
export function personalize<Name extends string>(template: Pick<EmailTemplate, "html" | "text">, links: Readonly<Record<Name, string>>) {
  let { html, text } = template;
  for (const [name, url] of Object.entries<string>(links)) {
    html = html.replaceAll(placeholder(name), escapeAttribute(url));
    text = text.replaceAll(placeholder(name), url);
  }
  return { html, text };
}
