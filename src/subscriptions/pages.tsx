// Pages of the subscription flow. Every action is a POST form (a button), so a link
// scanner that GETs a link never changes anything.
import type { Child } from "hono/jsx";
import { Layout } from "../http/page/Layout";
import { CONFIRMATION_SUBJECT } from "./emails";
import { CHECKBOX_PREFIX } from "./follow-input";
import { type Follow, followedList } from "./follows";
import { SubscribeForm } from "./SubscribeForm";
import { CADENCES, type Cadence, PENDING_DAYS, SENT_AT, type Subscriber } from "./schema";

/** `url` is absolute only for the public subscribe page: personal pages declare no canonical. */
function Page(props: { title: string; children: Child; url?: string }) {
  return (
    <Layout meta={{ title: `${props.title} · Standpoint`, description: props.title, url: props.url ?? "/subscriptions" }}>
      <h1>{props.title}</h1>
      {props.children}
    </Layout>
  );
}

export function SubscribePage(props: {
  source: string;
  email?: string;
  cadence?: string;
  follow?: string;
  error?: string;
  siteUrl?: string;
}) {
  return (
    <Page title="Subscribe to Standpoint" url={props.siteUrl && `${props.siteUrl}/subscriptions`}>
      <p>A summary of new positions digests, daily or weekly: you choose, and can change it at any time.</p>
      <SubscribeForm {...props} />
    </Page>
  );
}

/**
 * The answer to a subscribe form. It names what was typed, never what the address's state is:
 * every state gets this same page (the address could belong to someone else).
 */
export function CheckInboxPage(props: { email: string; cadence: Cadence; sender: string }) {
  return (
    <Page title="Check your inbox">
      <p>
        If <strong>{props.email}</strong> can subscribe, we have sent it an email with a link to confirm. The link works for {PENDING_DAYS}{" "}
        days; until you confirm, we send nothing else.
      </p>
      <ul>
        <li>
          The email comes from <strong>{props.sender}</strong>, with the subject “{CONFIRMATION_SUBJECT}”.
        </li>
        <li>Nothing after a few minutes? Look in your spam or junk folder, and check the address above for typos.</li>
        <li>
          Once you confirm, your {props.cadence} summary comes {SENT_AT[props.cadence]}, whenever there are new digests to tell you about.
        </li>
      </ul>
      <p>
        <a href="/">Back to the digests</a>
      </p>
    </Page>
  );
}

/** A page with one button that POSTs to the current URL. */
function ButtonPage(props: { title: string; text: Child; button: string; fields?: Record<string, string> }) {
  return (
    <Page title={props.title}>
      <p>{props.text}</p>
      <form method="post" class="action">
        {Object.entries(props.fields ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit">{props.button}</button>
      </form>
    </Page>
  );
}

export const ConfirmPage = (props: { email: string; cadence: string; follows: readonly Follow[] }) => (
  <ButtonPage
    title="Confirm your subscription"
    text={
      props.follows.length
        ? `Confirm that ${props.email} should receive Standpoint's ${props.cadence} summary, only when it holds ${followedList(props.follows)}.`
        : `Confirm that ${props.email} should receive Standpoint's ${props.cadence} summary.`
    }
    button="Confirm my subscription"
  />
);

/** A follow link's page: GET shows what the button would add; only the POST adds it. */
export const FollowLinkPage = (props: { email: string; adding: readonly Follow[] }) => (
  <ButtonPage
    title={`Follow ${followedList(props.adding)}`}
    text={`Add ${followedList(props.adding)} to what ${props.email} follows. Summaries then reach you only when they hold something you follow, and show only those digests.`}
    button={`Follow ${followedList(props.adding)}`}
  />
);

export const UnsubscribePage = (props: { email: string }) => (
  <ButtonPage
    title="Unsubscribe"
    text={`Stop all Standpoint emails to ${props.email}.`}
    button="Unsubscribe"
    fields={{ "List-Unsubscribe": "One-Click" }}
  />
);

export function DonePage(props: { title: string; children: Child }) {
  return (
    <Page title={props.title}>
      {props.children}
      <p>
        <a href="/">Back to the digests</a>
      </p>
    </Page>
  );
}

/**
 * What the subscriber follows, as checkboxes (checked = followed): saving keeps the checked
 * ones, so unchecking removes a follow. `offer` is one more, unchecked, from a follow link.
 */
function FollowsForm(props: { follows: readonly Follow[]; offer?: Follow | undefined }) {
  const offered = props.offer && !props.follows.some((f) => f.kind === props.offer!.kind && f.id === props.offer!.id) ? [props.offer] : [];
  const boxes = [...props.follows.map((f) => ({ follow: f, checked: true })), ...offered.map((f) => ({ follow: f, checked: false }))];
  return (
    <>
      <h2>What you follow</h2>
      <p>
        {props.follows.length
          ? `Summaries reach you only when they hold ${followedList(props.follows)}, and show only those digests.`
          : "You follow nothing, so every summary holds every digest. Follow an actor or a topic from its page."}
      </p>
      {boxes.length > 0 && (
        <form method="post" class="action">
          <input type="hidden" name="action" value="follows" />
          <fieldset>
            <legend>Follow</legend>
            {boxes.map(({ follow, checked }) => (
              <label>
                <input type="checkbox" name={`${CHECKBOX_PREFIX}${follow.kind}:${follow.id}`} checked={checked} /> {follow.label}{" "}
                <span class="muted">({follow.kind})</span>
              </label>
            ))}
          </fieldset>
          <button type="submit">Save what I follow</button>
        </form>
      )}
    </>
  );
}

export function PreferencesPage(props: {
  subscriber: Subscriber;
  follows: readonly Follow[];
  offer?: Follow | undefined;
  notice?: string;
}) {
  const s = props.subscriber;
  const receiving = s.status === "pending" || s.status === "active";
  return (
    <Page title="Your subscription">
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <p>
        <strong>{s.email}</strong>:{" "}
        {s.status === "active"
          ? `receives the ${s.cadence} summary.`
          : s.status === "pending"
            ? `waiting for confirmation (the ${s.cadence} summary).`
            : s.status === "suppressed"
              ? "no mail is sent here: earlier messages could not be delivered."
              : "unsubscribed: no mail is sent here."}
      </p>
      {receiving && (
        <>
          <h2>How often</h2>
          <form method="post" class="action">
            <input type="hidden" name="action" value="cadence" />
            <fieldset>
              <legend>Summary</legend>
              {CADENCES.map((c) => (
                <label>
                  <input type="radio" name="cadence" value={c} checked={s.cadence === c} /> {c === "daily" ? "Daily" : "Weekly"}
                </label>
              ))}
            </fieldset>
            <button type="submit">Save</button>
          </form>
          <FollowsForm follows={props.follows} offer={props.offer} />
          <h2>Unsubscribe</h2>
          <form method="post" class="action">
            <input type="hidden" name="action" value="unsubscribe" />
            <button type="submit">Unsubscribe</button>
          </form>
        </>
      )}
      {s.status === "unsubscribed" && <SubscribeForm source="/subscriptions/preferences" email={s.email} cadence={s.cadence} />}
      <h2>Your data</h2>
      <p>We keep the address, the summary you chose, what you follow, and when and from which page you subscribed, confirmed and left.</p>
      <form method="post" class="action">
        <input type="hidden" name="action" value="export" />
        <button type="submit">Download my data (JSON)</button>
      </form>
      <form method="post" class="action">
        <input type="hidden" name="action" value="erase" />
        <button type="submit">Delete my data…</button>
        <span class="muted"> You will be asked to confirm on the next page.</span>
      </form>
    </Page>
  );
}

/** The second step of "Delete my data": the first press deletes nothing. */
export const EraseConfirmPage = (props: { email: string; preferencesPath: string }) => (
  <Page title="Delete your data?">
    <p>
      This deletes <strong>{props.email}</strong>, your subscription and its history now. No more emails are sent, links in earlier emails
      stop working, and it cannot be undone. To receive summaries again you would subscribe anew.
    </p>
    <form method="post" class="action">
      <input type="hidden" name="action" value="erase-confirmed" />
      <button type="submit">Yes, delete my data</button>
    </form>
    <p>
      <a href={props.preferencesPath}>No, keep my subscription</a>
    </p>
  </Page>
);
