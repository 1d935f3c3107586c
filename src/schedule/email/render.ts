// An edition's body is rendered once, with placeholders where each subscriber's own
// links go; sending to a subscriber only swaps those in.
import { renderEmail } from "../../mail";
import type { EditionPlan } from "../editions";
import { summaryModel } from "./model";
import { SummaryEmail } from "./SummaryEmail";
import { summaryText } from "./text";

/** URL-shaped, so the template is a valid document; `.invalid` can never resolve. */
export const PLACEHOLDERS = {
  preferencesUrl: "https://standpoint-placeholder.invalid/preferences",
  unsubscribeUrl: "https://standpoint-placeholder.invalid/unsubscribe",
} as const;

/** Gmail clips HTML above 102 KB; an edition's body must leave room for the links. */
export const MAX_HTML_BYTES = 100 * 1024;

export interface EditionBody {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

export interface SummaryConfig {
  siteUrl: string;
  postalAddress: string;
}

export function renderEditionBody(plan: Pick<EditionPlan, "cadence" | "period" | "digests">, config: SummaryConfig): EditionBody {
  const model = summaryModel(plan, config);
  const html = renderEmail(SummaryEmail({ model, ...PLACEHOLDERS }));
  const text = summaryText(model, PLACEHOLDERS);
  for (const placeholder of Object.values(PLACEHOLDERS)) {
    if (!html.includes(placeholder) || !text.includes(placeholder)) throw new Error(`summary body lacks ${placeholder}`);
  }
  const bytes = new TextEncoder().encode(html).length;
  if (bytes > MAX_HTML_BYTES) throw new Error(`summary HTML is ${bytes} bytes, above the ${MAX_HTML_BYTES} limit`);
  return { subject: model.subject, preheader: model.preheader, html, text };
}

const escapeAttribute = (url: string) => url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** One subscriber's copy of the body: their signed links in place of the placeholders. */
export function personalize(body: Pick<EditionBody, "html" | "text">, links: { preferencesUrl: string; unsubscribeUrl: string }) {
  let { html, text } = body;
  for (const key of ["preferencesUrl", "unsubscribeUrl"] as const) {
    html = html.replaceAll(PLACEHOLDERS[key], escapeAttribute(links[key]));
    text = text.replaceAll(PLACEHOLDERS[key], links[key]);
  }
  return { html, text };
}
