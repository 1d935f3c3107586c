// Every kind of email, rendered from the real templates with fixture data, through the email
// linter (caniemail data): nothing an email needs may be unsupported by Gmail, Outlook, Apple
// Mail or Yahoo, apps and webmails included. Only the optional dark palette may be, and the
// findings ALLOWED names and explains (tests/mail/email-lint.ts).
import { raw } from "hono/html";
import { describe, expect, it } from "vitest";
import { EmailFrame, EmailSection, personalize, renderTemplate } from "../../src/mail";
import { planEdition } from "../../src/schedule/editions";
import { renderEditionBody, renderWebCopy } from "../../src/schedule/email/render";
import { alreadySubscribedMessage, confirmationMessage, type Subscriber } from "../../src/subscriptions";
import { contentDigests } from "../fixtures/store";
import { fixtureDigest } from "../schedule/helpers";
import { testEnv } from "../worker";
import { describeFindings, lintEmail } from "./email-lint";

const links = {
  preferencesUrl: "https://standpoint.test/subscriptions/preferences/p.7.0.9.sig",
  unsubscribeUrl: "https://standpoint.test/subscriptions/unsubscribe/u.7.0.9.sig",
};
const config = { siteUrl: "https://standpoint.test", postalAddress: "Standpoint, 1 Example Street" };
const at = (day: string) => new Date(`${day}T07:00:00Z`);
const subscriber = (cadence: "daily" | "weekly") =>
  ({ id: 7, email: "reader@example.org", cadence, status: "pending", tokenGeneration: 1 }) as Subscriber;

/** An edition with the content's digest (it names its source) and enough others for "Also new". */
function edition(cadence: "daily" | "weekly", day: string, added: string) {
  const digests = [{ ...contentDigests()[0]!, added }, ...Array.from({ length: 13 }, (_, i) => fixtureDigest(`lint-${i}`, added))];
  return planEdition(cadence, at(day), digests, null)!;
}

const kinds: Record<string, string> = {
  "confirmation (daily)": confirmationMessage(
    testEnv,
    subscriber("daily"),
    "https://standpoint.test/subscriptions/confirm/c.7.1.9.sig",
    links,
  ).html,
  "confirmation (weekly)": confirmationMessage(
    testEnv,
    subscriber("weekly"),
    "https://standpoint.test/subscriptions/confirm/c.7.1.9.sig",
    links,
  ).html,
  "already subscribed": alreadySubscribedMessage(testEnv, { ...subscriber("weekly"), status: "active" }, links).html,
  "already subscribed, offering follows": alreadySubscribedMessage(testEnv, { ...subscriber("daily"), status: "active" }, links, {
    follows: [
      { kind: "actor", id: "vladimir-putin", label: "Vladimir Putin" },
      { kind: "topic", id: "economy", label: "The economy" },
    ],
    followUrl: "https://standpoint.test/subscriptions/follow/follow.7.0.9.sig?follows=actor:vladimir-putin,topic:economy",
  }).html,
  "daily summary": personalize(renderEditionBody(edition("daily", "2026-11-28", "2026-11-27"), config), links).html,
  "weekly summary": personalize(renderEditionBody(edition("weekly", "2026-11-30", "2026-11-25"), config), links).html,
  "summary web copy": renderWebCopy(edition("daily", "2026-11-28", "2026-11-27"), config),
};

describe("the email linter", () => {
  it("fails an email that needs what some client lacks: rem units and flex (negative control)", () => {
    const html = renderTemplate(
      {
        subject: "S",
        preheader: "P",
        html: EmailFrame({
          title: "T",
          preheader: "P",
          siteUrl: config.siteUrl,
          tagline: "tag",
          footer: "f",
          children: EmailSection({ children: raw('<p style="font-size:1.1rem;display:flex;opacity:.9">x</p>') }),
        }),
        text: "",
      },
      [],
    ).html;
    const problems = describeFindings(lintEmail(html).problems);
    expect(problems).toContain("rem unit — not supported by outlook.windows");
    expect(problems).toContain("display:flex — not supported by outlook.windows");
    expect(problems).toContain("opacity — not supported by gmail.mobile-webmail");
    // The same email without them passes: the findings are the paragraph's, not the frame's.
    expect(lintEmail(html.replace("font-size:1.1rem;display:flex;opacity:.9", "font-size:18px")).problems).toEqual([]);
  });

  it("fails an email whose dark-mode block is missing or changed (negative control)", () => {
    const html = kinds["confirmation (daily)"]!.replace("@media (prefers-color-scheme:dark){", "@media (prefers-color-scheme:dark){x{}");
    expect(describeFindings(lintEmail(html).problems)).toContain("the dark-mode <style> block (found 0) — not supported by every client");
  });

  for (const [kind, html] of Object.entries(kinds)) {
    it(`${kind}: every client has what it needs; only the dark palette and ALLOWED are unsupported`, () => {
      const lint = lintEmail(html);
      expect(describeFindings(lint.problems), `${kind}: features some client lacks`).toEqual([]);
      expect(lint.darkMode.length).toBeGreaterThan(0);
      expect(describeFindings(lint.allowed)).toEqual(["role attribute — not supported by outlook.windows-mail"]);
      // The role that is allowed is the layout tables' and nothing else's.
      expect(html.match(/<[a-z]+ role="[^"]*"/g)?.every((tag) => tag === '<table role="presentation"')).toBe(true);
    });
  }
});
