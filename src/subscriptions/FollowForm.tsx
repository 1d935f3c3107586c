// "Follow <label> by email": the form actor and topic pages show. It posts to the same
// route as SubscribeForm (double opt-in, the same answer whatever the address's state), with
// the follow as one hidden field; no script. Its ids differ from SubscribeForm's, so a page
// can show both.

import { CADENCE_LABELS, DEFAULT_CADENCE, HONEYPOT_FIELD, SUBSCRIBE_ACTION } from "./SubscribeForm";
import type { FollowKind } from "./schema";
import { CADENCES } from "./schema";

const pagePath = (kind: FollowKind, id: string) => `/${kind === "actor" ? "actors" : "topics"}/${id}`;

export function FollowForm(props: { kind: FollowKind; id: string; label: string }) {
  const prefix = `follow-${props.kind}`;
  return (
    <form class="subscribe follow" method="post" action={SUBSCRIBE_ACTION} aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>Follow {props.label} by email</h2>
      <p>A summary comes only when a new digest involves {props.label}, and shows only those digests.</p>
      <label for={`${prefix}-email`}>Email address</label>
      <input id={`${prefix}-email`} type="email" name="email" required maxlength={254} autocomplete="email" />
      <label for={`${prefix}-cadence`}>How often</label>
      <select id={`${prefix}-cadence`} name="cadence">
        {CADENCES.map((c) => (
          <option value={c} selected={c === DEFAULT_CADENCE}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      <input type="hidden" name="follow" value={`${props.kind}:${props.id}`} />
      <input type="hidden" name="source" value={pagePath(props.kind, props.id)} />
      <div class="hp" aria-hidden="true">
        <label for={`${prefix}-website`}>Leave this empty</label>
        <input id={`${prefix}-website`} type="text" name={HONEYPOT_FIELD} tabindex={-1} autocomplete="off" />
      </div>
      <p>
        <button type="submit">Follow {props.label}</button>
      </p>
      <p class="muted">We send a link to confirm. Unsubscribe from any email in one click.</p>
    </form>
  );
}
