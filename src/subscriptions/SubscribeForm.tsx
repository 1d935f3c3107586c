// The subscribe form on the index, every digest and the subscribe page. It posts to
// /subscriptions and works without JavaScript; `website` is a honeypot people never see.
import { CADENCES, type Cadence } from "./schema";

export const SUBSCRIBE_ACTION = "/subscriptions";
export const HONEYPOT_FIELD = "website";

export const CADENCE_LABELS: Record<Cadence, string> = { daily: "Daily summary", weekly: "Weekly summary" };
// Weekly is the gentler first choice for someone who has not picked one.
export const DEFAULT_CADENCE: Cadence = "weekly";

export function SubscribeForm(props: { source: string; email?: string; cadence?: string; follow?: string; error?: string }) {
  const cadence = CADENCES.find((c) => c === props.cadence) ?? DEFAULT_CADENCE;
  return (
    <form class="subscribe" method="post" action={SUBSCRIBE_ACTION} aria-labelledby="subscribe-title">
      <h2 id="subscribe-title">Get the digests by email</h2>
      {props.error && (
        <p class="error" role="alert" id="subscribe-error">
          {props.error}
        </p>
      )}
      <label for="subscribe-email">Email address</label>
      <input
        id="subscribe-email"
        type="email"
        name="email"
        required
        maxlength={254}
        autocomplete="email"
        value={props.email ?? ""}
        aria-describedby={props.error ? "subscribe-error" : undefined}
      />
      <label for="subscribe-cadence">How often</label>
      <select id="subscribe-cadence" name="cadence">
        {CADENCES.map((c) => (
          <option value={c} selected={c === cadence}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <input type="hidden" name="source" value={props.source} />
      {/* A follow FollowForm sent, kept when the form comes back with an error. */}
      {props.follow && <input type="hidden" name="follow" value={props.follow} />}
      <div class="hp" aria-hidden="true">
        <label for="subscribe-website">Leave this empty</label>
        <input id="subscribe-website" type="text" name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" />
      </div>
      <p>
        <button type="submit">Subscribe</button>
      </p>
      <p class="muted">We send a link to confirm. Unsubscribe from any email in one click.</p>
    </form>
  );
}
