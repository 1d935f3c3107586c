// The summary email's body: one card per digest in the shared email frame (src/mail).
import { COLORS as C, EmailFrame, SANS, SERIF, SIDE_COLORS } from "../../mail";
import { type ManageLinks, SubscriberFooter } from "../../subscriptions";
import { type DigestModel, moreLine, type SideModel, type SummaryModel } from "./model";

function Side(props: { side: SideModel }) {
  const { side } = props;
  const style = side.index % SIDE_COLORS.length;
  return (
    <tr>
      <td style="padding:10px 0 0">
        <p class={`sp-side${style}`} style={`margin:0;font:700 14px/1.4 ${SANS};color:${SIDE_COLORS[style]}`}>
          {side.marker} {side.label}
        </p>
        <p class="sp-muted" style={`margin:2px 0 0;font:14px/1.45 ${SANS};color:${C.muted}`}>
          {side.actors.join(", ")}
        </p>
        {side.quote && (
          <p
            class="sp-ink sp-rule"
            style={`margin:6px 0 0;padding:0 0 0 12px;border-left:3px solid ${C.rule};font:italic 16px/1.5 ${SERIF};color:${C.ink}`}
          >
            “{side.quote.text}”{" "}
            <span class="sp-muted" style={`font:normal 14px/1.5 ${SANS};color:${C.muted}`}>
              — {side.quote.speaker}
            </span>
          </p>
        )}
      </td>
    </tr>
  );
}

function DigestCard(props: { digest: DigestModel; lead: boolean }) {
  const { digest } = props;
  return (
    <tr>
      <td style={`padding:${props.lead ? "4px" : "20px"} 0 0`}>
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border={0}>
          <tr>
            <td class="sp-rule" style={`padding:16px 0 0;border-top:1px solid ${C.rule}`}>
              <h2 style={`margin:0;font:700 ${props.lead ? 24 : 20}px/1.25 ${SERIF}`}>
                <a class="sp-ink" href={digest.url} style={`color:${C.ink};text-decoration:none`}>
                  {digest.title}
                </a>
              </h2>
              <p class="sp-muted" style={`margin:4px 0 0;font:13px/1.4 ${SANS};color:${C.muted}`}>
                {digest.source}
                {digest.originalUrl && " "}
                {digest.originalUrl && (
                  <a class="sp-link" href={digest.originalUrl} style={`color:${C.link}`}>
                    Read the original
                  </a>
                )}
              </p>
              <p class="sp-ink" style={`margin:12px 0 0;font:17px/1.45 ${SERIF};color:${C.ink}`}>
                <span class="sp-muted" style={`font:600 12px/1.4 ${SANS};letter-spacing:.06em;text-transform:uppercase;color:${C.muted}`}>
                  The question
                </span>
                <br />
                {digest.question}
              </p>
            </td>
          </tr>
          {digest.sides.map((side) => (
            <Side side={side} />
          ))}
          <tr>
            <td style={`padding:14px 0 0;font:600 15px/1.4 ${SANS}`}>
              <a class="sp-link" href={digest.url} style={`color:${C.link};text-decoration:underline`}>
                Read the full digest: who said what, in their words →
              </a>
            </td>
          </tr>
        </table>
      </td>
    </tr>
  );
}

/** The web copy's footer: it belongs to nobody, so it carries no one's links, only a way to subscribe. */
function WebCopyFooter(props: { model: SummaryModel }) {
  return (
    <>
      <p style="margin:0 0 8px">
        The web copy of Standpoint's {props.model.cadence} summary of {props.model.dateLine}.{" "}
        <a href={`${props.model.siteUrl}/#subscribe-title`} style={`color:${C.link}`}>
          Subscribe
        </a>
      </p>
      <p style="margin:0">{props.model.postalAddress}</p>
    </>
  );
}

/** The email (with a subscriber's links), or its public web copy (`links: null`). */
export function SummaryEmail(props: { model: SummaryModel; links: ManageLinks | null }) {
  const { model, links } = props;
  return (
    <EmailFrame
      title={model.subject}
      preheader={model.preheader}
      siteUrl={model.siteUrl}
      tagline={`${model.cadence === "daily" ? "Daily summary" : "Weekly summary"} · ${model.dateLine} · who stands where, in their own words`}
      footer={
        links ? (
          <SubscriberFooter links={links} postalAddress={model.postalAddress} cadence={model.cadence} />
        ) : (
          <WebCopyFooter model={model} />
        )
      }
    >
      {links && (
        <tr>
          <td class="sp-muted" style={`padding:0 0 8px;font:13px/1.4 ${SANS};color:${C.muted}`}>
            <a class="sp-link" href={model.webUrl} style={`color:${C.link}`}>
              View in browser
            </a>
          </td>
        </tr>
      )}
      {model.because && (
        <tr>
          <td class="sp-ink" style={`padding:0 0 8px;font:15px/1.45 ${SANS};color:${C.ink}`}>
            {model.because}
          </td>
        </tr>
      )}
      {model.digests.map((digest, i) => (
        <DigestCard digest={digest} lead={i === 0} />
      ))}
      {model.alsoNew.length > 0 && (
        <tr>
          <td class="sp-rule" style={`padding:20px 0 0;border-top:1px solid ${C.rule}`}>
            <p class="sp-ink" style={`margin:16px 0 6px;font:700 15px/1.4 ${SANS};color:${C.ink}`}>
              Also new
            </p>
            {model.alsoNew.map((d) => (
              <p style={`margin:0 0 6px;font:15px/1.4 ${SANS}`}>
                <a class="sp-link" href={d.url} style={`color:${C.link}`}>
                  {d.title}
                </a>
              </p>
            ))}
            {model.more > 0 && (
              <p style={`margin:10px 0 6px;font:600 15px/1.4 ${SANS}`}>
                <a class="sp-link" href={model.webUrl} style={`color:${C.link}`}>
                  {moreLine(model.more)} →
                </a>
              </p>
            )}
          </td>
        </tr>
      )}
    </EmailFrame>
  );
}
