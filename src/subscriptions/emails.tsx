// The mails of the subscription flow, and the footer every mail to a subscriber carries.
// Each has an HTML part and a plain-text part written side by side.
import type { Child } from "hono/jsx";
import { buildMessage, EmailButton, EmailLayout, type MailMessage, renderEmail } from "../mail";
import { type LinkEnv, listUnsubscribeHeaders, type ManageLinks } from "./links";
import { PENDING_DAYS, type Subscriber } from "./schema";
import type { AppEnv } from "../env";

export type SubscriberMailEnv = LinkEnv & Pick<AppEnv, "MAIL_FROM" | "POSTAL_ADDRESS">;

/** The footer for HTML mail to a subscriber: why they get it, preferences, unsubscribe, postal address. */
export function SubscriberFooter(props: { links: ManageLinks; postalAddress: string; cadence: string }) {
  return (
    <>
      <p style="margin:0 0 8px">
        You get this because this address subscribed to Standpoint's {props.cadence} summary.{" "}
        <a href={props.links.preferencesUrl} style="color:#0b5394">Change how often, download or delete your data</a> ·{" "}
        <a href={props.links.unsubscribeUrl} style="color:#0b5394">Unsubscribe</a>
      </p>
      <p style="margin:0">{props.postalAddress}</p>
    </>
  );
}

/** The same footer as plain text. */
export function subscriberFooterText(links: ManageLinks, postalAddress: string, cadence: string): string {
  return [
    "--",
    `You get this because this address subscribed to Standpoint's ${cadence} summary.`,
    `Change how often, download or delete your data: ${links.preferencesUrl}`,
    `Unsubscribe: ${links.unsubscribeUrl}`,
    postalAddress,
  ].join("\n");
}

/**
 * A message to a subscriber: the body plus footer, and the List-Unsubscribe headers.
 * Summary emails (issue 4) build theirs with this too.
 */
export function subscriberMessage(
  env: SubscriberMailEnv,
  to: Pick<Subscriber, "email" | "cadence">,
  links: ManageLinks,
  content: { subject: string; title: string; html: Child; text: string },
): MailMessage {
  const html = renderEmail(
    <EmailLayout
      title={content.title}
      footer={<SubscriberFooter links={links} postalAddress={env.POSTAL_ADDRESS} cadence={to.cadence} />}
    >
      {content.html}
    </EmailLayout>,
  );
  return buildMessage({
    from: env.MAIL_FROM,
    to: to.email,
    subject: content.subject,
    html,
    text: `${content.text}\n\n${subscriberFooterText(links, env.POSTAL_ADDRESS, to.cadence)}\n`,
    headers: listUnsubscribeHeaders(links),
  });
}

export function confirmationMessage(env: SubscriberMailEnv, subscriber: Subscriber, confirmUrl: string, links: ManageLinks) {
  return subscriberMessage(env, subscriber, links, {
    subject: "Confirm your Standpoint subscription",
    title: "Confirm your subscription",
    html: (
      <>
        <h1 style="font-size:22px;margin:0 0 16px">Confirm your subscription</h1>
        <p>
          Someone, hopefully you, asked to receive Standpoint's {subscriber.cadence} summary at this address. Confirm
          to start receiving it:
        </p>
        <EmailButton href={confirmUrl}>Confirm my subscription</EmailButton>
        <p style="color:#555;font-size:14px">
          The link works for {PENDING_DAYS} days. If you did not ask for this, ignore this email: nothing will be sent
          unless you confirm, and the request is deleted after {PENDING_DAYS} days.
        </p>
      </>
    ),
    text: [
      "Confirm your subscription",
      "",
      `Someone, hopefully you, asked to receive Standpoint's ${subscriber.cadence} summary at this address. Confirm to start receiving it:`,
      "",
      confirmUrl,
      "",
      `The link works for ${PENDING_DAYS} days. If you did not ask for this, ignore this email: nothing will be sent unless you confirm, and the request is deleted after ${PENDING_DAYS} days.`,
    ].join("\n"),
  });
}

export function alreadySubscribedMessage(env: SubscriberMailEnv, subscriber: Subscriber, links: ManageLinks) {
  return subscriberMessage(env, subscriber, links, {
    subject: "You are already subscribed to Standpoint",
    title: "You are already subscribed",
    html: (
      <>
        <h1 style="font-size:22px;margin:0 0 16px">You are already subscribed</h1>
        <p>
          Someone asked to subscribe this address to Standpoint, and it already receives the {subscriber.cadence}{" "}
          summary. Nothing has changed. To change how often you hear from us, use your preferences:
        </p>
        <EmailButton href={links.preferencesUrl}>Open my preferences</EmailButton>
      </>
    ),
    text: [
      "You are already subscribed",
      "",
      `Someone asked to subscribe this address to Standpoint, and it already receives the ${subscriber.cadence} summary. Nothing has changed. To change how often you hear from us, use your preferences:`,
      "",
      links.preferencesUrl,
    ].join("\n"),
  });
}
