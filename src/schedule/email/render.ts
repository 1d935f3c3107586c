// An edition's body is rendered once, with placeholders where each subscriber's own
// links go (the pattern of every email, src/mail/template); sending only swaps those in.

import { documentOf } from "../../http/page/Layout";
import { type EmailTemplate, placeholder, renderTemplate } from "../../mail";
import { type SummaryPlan, summaryModel } from "./model";
import { SummaryEmail } from "./SummaryEmail";
import { summaryText } from "./text";

/** The links each subscriber's copy carries. */
const LINKS = ["preferencesUrl", "unsubscribeUrl"] as const;
const PLACEHOLDER_LINKS = { preferencesUrl: placeholder("preferencesUrl"), unsubscribeUrl: placeholder("unsubscribeUrl") };

export type EditionBody = EmailTemplate;

export interface SummaryConfig {
  siteUrl: string;
  postalAddress: string;
}

export function renderEditionBody(plan: SummaryPlan, config: SummaryConfig): EditionBody {
  const model = summaryModel(plan, config);
  return renderTemplate(
    {
      subject: model.subject,
      preheader: model.preheader,
      html: SummaryEmail({ model, links: PLACEHOLDER_LINKS }),
      text: summaryText(model, PLACEHOLDER_LINKS),
    },
    LINKS,
  );
}

/** The edition's public web copy: the same body, with nobody's links in it. */
export function renderWebCopy(plan: SummaryPlan, config: SummaryConfig): string {
  return documentOf(SummaryEmail({ model: summaryModel(plan, config, { listAll: true }), links: null }));
}
