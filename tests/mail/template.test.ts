// One pattern for every email: rendered once in the shared frame with link placeholders,
// personalised per recipient. Each kind is checked for what every mail client needs.
import { describe, expect, it } from "vitest";
import { EmailFrame, EmailSection, personalize, placeholder, renderTemplate } from "../../src/mail";
import { planEdition } from "../../src/schedule";
import { renderEditionBody } from "../../src/schedule/email/render";
import { alreadySubscribedMessage, confirmationMessage, type Subscriber } from "../../src/subscriptions";
import { fixtureDigest } from "../schedule/helpers";
import { testEnv } from "../worker";

const links = {
  preferencesUrl: "https://standpoint.test/subscriptions/preferences/p.7.0.9.sig",
  unsubscribeUrl: "https://standpoint.test/subscriptions/unsubscribe/u.7.0.9.sig",
};
const subscriber = { id: 7, email: "reader@example.org", cadence: "weekly", status: "pending", tokenGeneration: 1 } as Subscriber;

function frame(body: string) {
  return EmailFrame({
    title: "T",
    preheader: "P",
    siteUrl: "https://standpoint.test",
    tagline: "tag",
    footer: placeholder("unsubscribeUrl"),
    children: EmailSection({ children: body }),
  });
}

describe("renderTemplate", () => {
  it("refuses a template that lacks one of its links, in either part (negative control first)", () => {
    const html = frame(`<a href="${placeholder("unsubscribeUrl")}">x</a>`);
    const ok = renderTemplate({ subject: "S", preheader: "P", html, text: placeholder("unsubscribeUrl") }, ["unsubscribeUrl"]);
    expect(ok.html).toContain(placeholder("unsubscribeUrl"));
    expect(() => renderTemplate({ subject: "S", preheader: "P", html, text: "no link" }, ["unsubscribeUrl"])).toThrow(
      /lacks its unsubscribeUrl link/,
    );
    expect(() => renderTemplate({ subject: "S", preheader: "P", html, text: placeholder("unsubscribeUrl") }, ["confirmUrl"])).toThrow(
      /lacks its confirmUrl link/,
    );
  });

  it("escapes a recipient's link for the HTML attribute, and not in the text", () => {
    const template = { html: `<a href="${placeholder("confirmUrl")}">`, text: placeholder("confirmUrl") };
    const { html, text } = personalize(template, { confirmUrl: 'https://x.test/?a=1&b="2"' });
    expect(html).toBe('<a href="https://x.test/?a=1&amp;b=&quot;2&quot;">');
    expect(text).toBe('https://x.test/?a=1&b="2"');
  });
});

describe("every kind of email", () => {
  const summary = personalize(
    renderEditionBody(planEdition("daily", new Date("2027-02-02T07:00:00Z"), [fixtureDigest("template-bridge", "2027-02-01")], null)!, {
      siteUrl: "https://standpoint.test",
      postalAddress: "Standpoint, 1 Example Street",
    }),
    links,
  );
  const confirmation = confirmationMessage(testEnv, subscriber, "https://standpoint.test/subscriptions/confirm/c.7.1.9.sig", links);
  const already = alreadySubscribedMessage(testEnv, subscriber, links);
  const kinds = { summary, confirmation, "already subscribed": already };

  for (const [kind, mail] of Object.entries(kinds)) {
    it(`${kind}: tables and inline styles, no rem, a dark palette, and no placeholder left`, () => {
      expect(mail.html).toContain('role="presentation"');
      expect(mail.html).toContain('<meta name="color-scheme" content="light dark"');
      expect(mail.html).toContain("prefers-color-scheme:dark");
      expect(mail.html).not.toMatch(/\d(\.\d+)?rem\b/);
      expect(mail.html).not.toMatch(/display:\s*(flex|grid)/);
      // Nothing depends on <body>, which Outlook's and Yahoo's apps drop, nor on hiding text.
      expect(mail.html).not.toContain("<body");
      expect(mail.html).not.toMatch(/display:\s*none|opacity|overflow/);
      expect(`${mail.html}${mail.text}`).not.toContain("standpoint-placeholder.invalid");
      expect(mail.html).toContain(`href="${links.unsubscribeUrl}"`);
      expect(mail.text).toContain(links.unsubscribeUrl);
    });
  }

  it("makes the confirmation's button a table cell that carries the subscriber's own confirm link", () => {
    expect(confirmation.html).toMatch(
      /<td bgcolor="#[0-9a-f]{6}"[^>]*><a href="https:\/\/standpoint\.test\/subscriptions\/confirm\/c\.7\.1\.9\.sig"/,
    );
    expect(confirmation.text).toContain("https://standpoint.test/subscriptions/confirm/c.7.1.9.sig");
    expect(confirmation.headers["List-Unsubscribe"]).toBe(`<${links.unsubscribeUrl}>`);
    expect(already.html).toMatch(/<td bgcolor="#[0-9a-f]{6}"[^>]*><a href="https:\/\/standpoint\.test\/subscriptions\/preferences\//);
  });
});
