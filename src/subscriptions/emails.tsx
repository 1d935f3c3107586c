// The mails of the subscription flow, and the footer every mail to a subscriber carries.
// Each has an HTML part and a plain-text part written side by side, in the shared frame.
import type { Child } from "hono/jsx";
import type { AppEnv } from "../env";
import {
  buildMessage,
  COLORS,
  EmailButton,
  EmailFrame,
  EmailSection,
  type EmailTemplate,
  type MailMessage,
  personalize,
  placeholder,
  renderTemplate,
  SANS,
} from "../mail";
import { type Follow, followedList } from "./follows";
import { type LinkEnv, listUnsubscribeHeaders, type ManageLinks } from "./links";
import { type Cadence, PENDING_DAYS, type Subscriber } from "./schema";

export type SubscriberMailEnv = LinkEnv & Pick<AppEnv, "MAIL_FROM" | "POSTAL_ADDRESS" | "SITE_URL">;

/**
 * Why a subscriber gets a mail. Until they confirm, nobody has subscribed: someone asked to.
 */
const reasonFor = (cadence: string, confirmed: boolean) =>
  confirmed
    ? `You get this because this address subscribed to Standpoint's ${cadence} summary.`
    : `You get this because someone asked to subscribe this address to Standpoint's ${cadence} summary. Nothing more is sent unless you confirm.`;

/** The footer for HTML mail to a subscriber: why they get it, preferences, unsubscribe, postal address. */
export function SubscriberFooter(props: { links: ManageLinks; postalAddress: string; cadence: string; confirmed?: boolean }) {
  return (
    <>
      <p style="margin:0 0 8px">
        {reasonFor(props.cadence, props.confirmed ?? true)}{" "}
        <a href={props.links.preferencesUrl} style="color:#0b5394">
          Change how often, download or delete your data
        </a>{" "}
        ·{" "}
        <a href={props.links.unsubscribeUrl} style="color:#0b5394">
          Unsubscribe
        </a>
      </p>
      <p style="margin:0">{props.postalAddress}</p>
    </>
  );
}

/** The same footer as plain text. */
export function subscriberFooterText(links: ManageLinks, postalAddress: string, cadence: string, confirmed = true): string {
  return [
    "--",
    reasonFor(cadence, confirmed),
    `Change how often, download or delete your data: ${links.preferencesUrl}`,
    `Unsubscribe: ${links.unsubscribeUrl}`,
    postalAddress,
  ].join("\n");
}

/** The links every mail to a subscriber carries; a confirmation adds its confirm link. */
const MANAGE_LINKS = ["preferencesUrl", "unsubscribeUrl"] as const;
const PLACEHOLDER_LINKS: ManageLinks = { preferencesUrl: placeholder("preferencesUrl"), unsubscribeUrl: placeholder("unsubscribeUrl") };

/**
 * A message to a subscriber from a template rendered with placeholders (src/mail/template):
 * their own links swapped in, and the List-Unsubscribe headers. Summaries are sent this way too.
 */
export function subscriberMessage<Extra extends string = never>(
  env: SubscriberMailEnv,
  to: Pick<Subscriber, "email">,
  template: EmailTemplate,
  links: ManageLinks & Record<Extra, string>,
): MailMessage {
  return buildMessage({
    from: env.MAIL_FROM,
    to: to.email,
    subject: template.subject,
    ...personalize(template, links),
    headers: listUnsubscribeHeaders(links),
  });
}

type Kind = "confirmation" | "already-subscribed";

// Rendered once per isolate for each kind, cadence and site; only links differ per recipient.
const templates = new Map<string, EmailTemplate>();

function templateFor(env: SubscriberMailEnv, kind: Kind, cadence: Cadence): EmailTemplate {
  const key = `${kind}:${cadence}:${env.SITE_URL}:${env.POSTAL_ADDRESS}`;
  let found = templates.get(key);
  if (!found) templates.set(key, (found = (kind === "confirmation" ? confirmationTemplate : alreadySubscribedTemplate)(env, cadence)));
  return found;
}

function subscriberTemplate(
  env: SubscriberMailEnv,
  cadence: Cadence,
  parts: { subject: string; preheader: string; heading: string; html: Child; text: string[]; confirmed: boolean },
  links: readonly string[],
): EmailTemplate {
  return renderTemplate(
    {
      subject: parts.subject,
      preheader: parts.preheader,
      html: (
        <EmailFrame
          title={parts.subject}
          preheader={parts.preheader}
          siteUrl={env.SITE_URL}
          tagline="Who stands where, in their own words"
          footer={
            <SubscriberFooter links={PLACEHOLDER_LINKS} postalAddress={env.POSTAL_ADDRESS} cadence={cadence} confirmed={parts.confirmed} />
          }
        >
          <EmailSection heading={parts.heading}>{parts.html}</EmailSection>
        </EmailFrame>
      ),
      text: `${[parts.heading, "", ...parts.text].join("\n")}\n\n${subscriberFooterText(PLACEHOLDER_LINKS, env.POSTAL_ADDRESS, cadence, parts.confirmed)}\n`,
    },
    [...MANAGE_LINKS, ...links],
  );
}

export const CONFIRMATION_SUBJECT = "Confirm your Standpoint subscription";

function confirmationTemplate(env: SubscriberMailEnv, cadence: Cadence): EmailTemplate {
  const confirmUrl = placeholder("confirmUrl");
  const asked = `Someone, hopefully you, asked to receive Standpoint's ${cadence} summary at this address. Confirm to start receiving it:`;
  const expiry = `The link works for ${PENDING_DAYS} days. If you did not ask for this, ignore this email: nothing will be sent unless you confirm, and the request is deleted after ${PENDING_DAYS} days.`;
  return subscriberTemplate(
    env,
    cadence,
    {
      subject: CONFIRMATION_SUBJECT,
      preheader: "One click to start your summary; nothing is sent until you do.",
      heading: "Confirm your subscription",
      html: (
        <>
          <p style="margin:0">{asked}</p>
          <EmailButton href={confirmUrl}>Confirm my subscription</EmailButton>
          <p style={`margin:0;font:14px/1.5 ${SANS};color:${COLORS.muted}`}>{expiry}</p>
        </>
      ),
      text: [asked, "", confirmUrl, "", expiry],
      confirmed: false,
    },
    ["confirmUrl"],
  );
}

/** Rendered for each such mail (at most one an address a day): the follows it names differ. */
function alreadySubscribedFollowTemplate(env: SubscriberMailEnv, cadence: Cadence, follows: readonly Follow[]): EmailTemplate {
  const said = `Someone asked to subscribe this address to Standpoint and to follow ${followedList(follows)}. It already receives the ${cadence} summary, and nothing has changed.`;
  const offer = `To follow ${follows.length === 1 ? "it" : "them"} too, open this link and confirm (it works for ${PENDING_DAYS} days; if you did not ask, ignore this email):`;
  const followUrl = placeholder("followUrl");
  return subscriberTemplate(
    env,
    cadence,
    {
      subject: "You are already subscribed to Standpoint",
      preheader: `Nothing has changed; follow ${followedList(follows)} in one more click.`,
      heading: "You are already subscribed",
      html: (
        <>
          <p style="margin:0">{said}</p>
          <p style="margin:16px 0 0">{offer}</p>
          <EmailButton href={followUrl}>Follow {followedList(follows)}</EmailButton>
          <p style={`margin:0;font:14px/1.5 ${SANS};color:${COLORS.muted}`}>
            To change how often you hear from us, use{" "}
            <a href={PLACEHOLDER_LINKS.preferencesUrl} style="color:#0b5394">
              your preferences
            </a>
            .
          </p>
        </>
      ),
      text: [said, "", offer, "", followUrl, "", `To change how often you hear from us: ${PLACEHOLDER_LINKS.preferencesUrl}`],
      confirmed: true,
    },
    ["followUrl"],
  );
}

function alreadySubscribedTemplate(env: SubscriberMailEnv, cadence: Cadence): EmailTemplate {
  const said = `Someone asked to subscribe this address to Standpoint, and it already receives the ${cadence} summary. Nothing has changed. To change how often you hear from us, use your preferences:`;
  return subscriberTemplate(
    env,
    cadence,
    {
      subject: "You are already subscribed to Standpoint",
      preheader: "Nothing has changed; your preferences are one click away.",
      heading: "You are already subscribed",
      html: (
        <>
          <p style="margin:0">{said}</p>
          <EmailButton href={PLACEHOLDER_LINKS.preferencesUrl}>Open my preferences</EmailButton>
        </>
      ),
      text: [said, "", PLACEHOLDER_LINKS.preferencesUrl],
      confirmed: true,
    },
    [],
  );
}

export function confirmationMessage(env: SubscriberMailEnv, subscriber: Subscriber, confirmUrl: string, links: ManageLinks) {
  return subscriberMessage(env, subscriber, templateFor(env, "confirmation", subscriber.cadence), { ...links, confirmUrl });
}

/** `offer`: the follows the request asked for and the link that adds them, when it asked for any. */
export function alreadySubscribedMessage(
  env: SubscriberMailEnv,
  subscriber: Subscriber,
  links: ManageLinks,
  offer?: { follows: readonly Follow[]; followUrl: string },
) {
  if (!offer?.follows.length)
    return subscriberMessage(env, subscriber, templateFor(env, "already-subscribed", subscriber.cadence), { ...links });
  return subscriberMessage(env, subscriber, alreadySubscribedFollowTemplate(env, subscriber.cadence, offer.follows), {
    ...links,
    followUrl: offer.followUrl,
  });
}
