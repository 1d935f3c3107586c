// The plain-text part: the same sections, in the same order, as the HTML.
import { type ManageLinks, subscriberFooterText } from "../../subscriptions";
import { moreLine, type SummaryModel } from "./model";

const RULE = "-".repeat(60);

export function summaryText(model: SummaryModel, links: ManageLinks): string {
  const lines: string[] = [
    `STANDPOINT · ${model.cadence === "daily" ? "Daily" : "Weekly"} summary · ${model.dateLine}`,
    "Who stands where, in their own words.",
    `View in browser: ${model.webUrl}`,
    "",
    ...(model.because ? [model.because, ""] : []),
  ];
  model.digests.forEach((digest, i) => {
    lines.push(RULE, "", `${i + 1}. ${digest.title}`);
    lines.push(`   ${digest.source}`);
    if (digest.originalUrl) lines.push(`   Read the original: ${digest.originalUrl}`);
    lines.push("", `   The question: ${digest.question}`, "");
    for (const side of digest.sides) {
      lines.push(`   ${side.marker} ${side.label}: ${side.actors.join(", ")}`);
      if (side.quote) lines.push(`     “${side.quote.text}” — ${side.quote.speaker}`);
      lines.push("");
    }
    lines.push(`   Read the full digest: ${digest.url}`, "");
  });
  if (model.alsoNew.length) {
    lines.push(RULE, "", "Also new:", ...model.alsoNew.map((d) => `   ${d.title}: ${d.url}`), "");
  }
  if (model.more) lines.push(`${moreLine(model.more)}: ${model.webUrl}`, "");
  lines.push(subscriberFooterText(links, model.postalAddress, model.cadence), "");
  return lines.join("\n");
}
