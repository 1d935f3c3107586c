// The summary email's HTML: nested tables and inline styles, because that is what
// Outlook, Gmail and Apple Mail all lay out the same way. Colours are set both as
// attributes and styles and chosen to survive the clients' forced dark modes; clients that
// honour prefers-color-scheme (Apple Mail, Outlook.com, iOS) get a proper dark palette.
import { raw } from "hono/html";
import { SubscriberFooter } from "../../subscriptions";
import type { DigestModel, SideModel, SummaryModel } from "./model";

const SANS = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const SERIF = "Georgia,'Times New Roman',serif";
const C = { page: "#f1ede4", card: "#fffdf8", ink: "#1d1d1b", muted: "#5b5a55", rule: "#ddd6c6", link: "#0b4f8a", accent: "#8a5a00" };

// Only for clients that read <style>; everything still works from the inline styles without it.
const DARK_CSS = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){.sp-page{background:#161615!important}.sp-card{background:#22211f!important}
.sp-ink{color:#ecebe6!important}.sp-muted{color:#b4b2aa!important}.sp-link{color:#8cc4ff!important}
.sp-accent{color:#e6b35c!important}.sp-rule{border-color:#3a3934!important}.sp-muted a{color:#8cc4ff!important}}
[data-ogsc] .sp-ink{color:#ecebe6!important}[data-ogsc] .sp-muted{color:#b4b2aa!important}
[data-ogsc] .sp-link{color:#8cc4ff!important}[data-ogsb] .sp-page{background:#161615!important}
[data-ogsb] .sp-card{background:#22211f!important}
@media (max-width:620px){.sp-pad{padding:18px!important}}`;

/** Invisible text after the preheader keeps clients from filling the preview with the body. */
const PREHEADER_FILL = "\u200c\u00a0".repeat(60);

function Side(props: { side: SideModel }) {
  const { side } = props;
  return (
    <tr>
      <td style="padding:10px 0 0">
        <p class="sp-accent" style={`margin:0;font:700 14px/1.4 ${SANS};color:${C.accent}`}>
          {side.label}
        </p>
        <p class="sp-muted" style={`margin:2px 0 0;font:14px/1.45 ${SANS};color:${C.muted}`}>
          {side.actors.join(", ")}
        </p>
        {side.quote && (
          <p class="sp-ink sp-rule" style={`margin:6px 0 0;padding:0 0 0 12px;border-left:3px solid ${C.rule};font:italic 16px/1.5 ${SERIF};color:${C.ink}`}>
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
              {digest.outlet && (
                <p class="sp-muted" style={`margin:4px 0 0;font:13px/1.4 ${SANS};color:${C.muted}`}>
                  {digest.outlet}
                </p>
              )}
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

export function SummaryEmail(props: { model: SummaryModel; preferencesUrl: string; unsubscribeUrl: string }) {
  const { model } = props;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{model.subject}</title>
        <style>{raw(DARK_CSS)}</style>
      </head>
      <body class="sp-page" style={`margin:0;padding:0;background:${C.page};-webkit-text-size-adjust:100%`}>
        <div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all">
          {model.preheader}
          {PREHEADER_FILL}
        </div>
        <table class="sp-page" role="presentation" width="100%" cellpadding="0" cellspacing="0" border={0} bgcolor={C.page} style={`background:${C.page}`}>
          <tr>
            <td align="center" style="padding:24px 12px">
              <table class="sp-card" role="presentation" width="600" cellpadding="0" cellspacing="0" border={0} bgcolor={C.card} style={`width:100%;max-width:600px;background:${C.card}`}>
                <tr>
                  <td class="sp-pad" style="padding:28px 32px">
                    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border={0}>
                      <tr>
                        <td style="padding:0 0 12px">
                          <p style={`margin:0;font:700 20px/1.2 ${SERIF}`}>
                            <a class="sp-ink" href={model.siteUrl} style={`color:${C.ink};text-decoration:none`}>
                              Standpoint
                            </a>
                          </p>
                          <p class="sp-muted" style={`margin:4px 0 0;font:13px/1.4 ${SANS};color:${C.muted}`}>
                            {model.cadence === "daily" ? "Daily summary" : "Weekly summary"} · {model.dateLine} · who stands where, in their own words
                          </p>
                        </td>
                      </tr>
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
                          </td>
                        </tr>
                      )}
                      <tr>
                        <td class="sp-rule" style={`padding:28px 0 0`}>
                          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border={0}>
                            <tr>
                              <td class="sp-rule sp-muted" style={`padding:14px 0 0;border-top:1px solid ${C.rule};font:13px/1.5 ${SANS};color:${C.muted}`}>
                                <SubscriberFooter links={props} postalAddress={model.postalAddress} cadence={model.cadence} />
                              </td>
                            </tr>
                          </table>
                        </td>
                      </tr>
                    </table>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>
  );
}
