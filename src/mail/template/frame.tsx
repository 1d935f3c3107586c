// The frame of every email: nested tables and inline styles, because that is what Outlook,
// Gmail, Apple Mail and Yahoo all lay out the same way (no rem, no flex, no classes needed).
// Everything a reader needs uses only what every client in the caniemail data supports
// (tests/mail/email-lint.test.ts lints each kind): no <body> to style (Outlook and Yahoo's
// apps drop it; its start and end tags are optional in HTML, so the document has none and
// the page colour sits on the wrapper table and <html>), and a visible preheader instead of the usual
// hidden one (display:none, opacity and overflow are each unsupported somewhere).
// Colours are set both as attributes and styles and chosen to survive the clients' forced
// dark modes; clients that honour prefers-color-scheme (Apple Mail, Outlook.com, iOS) get a
// proper dark palette from the one <style> block, which is optional: the only part of an
// email allowed to be unsupported.

import { raw } from "hono/html";
import type { Child } from "hono/jsx";

export const SANS = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
export const SERIF = "Georgia,'Times New Roman',serif";
export const COLORS = {
  page: "#f1ede4",
  card: "#fffdf8",
  ink: "#1d1d1b",
  muted: "#5b5a55",
  rule: "#ddd6c6",
  link: "#0b4f8a",
  accent: "#8a5a00",
  button: "#0b4f8a",
} as const;

/**
 * One colour per side of a question (the web page's palette), each paired with its own
 * shape marker where it is shown, so no side wears the verdict colours green and red.
 * Dark variants are the `.sp-side<N>` classes below.
 */
export const SIDE_COLORS = ["#2b5c8a", "#6d4a96", "#1f6666", "#6b5a2e"] as const;
const SIDE_COLORS_DARK = ["#8cb8e8", "#c6a8ee", "#7fcfcf", "#d9c38c"] as const;
const SIDE_DARK_CSS = SIDE_COLORS_DARK.map((color, i) => `.sp-side${i}{color:${color}!important}`).join("");

/**
 * The optional dark palette: the one <style> block of every email. Clients without <style>,
 * @media or class selectors (Gmail's mobile webmail, Outlook on Windows) show the light
 * palette, which is complete on its own. The email linter's check strips exactly this block
 * to tell its findings from the rest (tests/mail/email-lint.test.ts).
 */
export const DARK_MODE_CSS = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme:dark){.sp-page{background:#161615!important}.sp-card{background:#22211f!important}
.sp-ink{color:#ecebe6!important}.sp-muted{color:#b4b2aa!important}.sp-link{color:#8cc4ff!important}
.sp-accent{color:#e6b35c!important}.sp-rule{border-color:#3a3934!important}.sp-muted a{color:#8cc4ff!important}${SIDE_DARK_CSS}}
[data-ogsc] .sp-ink{color:#ecebe6!important}[data-ogsc] .sp-muted{color:#b4b2aa!important}
[data-ogsc] .sp-link{color:#8cc4ff!important}[data-ogsb] .sp-page{background:#161615!important}
[data-ogsb] .sp-card{background:#22211f!important}`;

export interface FrameProps {
  title: string;
  /**
   * The preview line clients show after the subject: the email's first text, shown above the
   * card as a short lead-in rather than hidden, so no client needs an unsupported property.
   */
  preheader: string;
  siteUrl: string;
  /** The line under the masthead, e.g. "Daily summary · Saturday 28 November 2026". */
  tagline: string;
  /** Table rows (<tr>) of the body. */
  children: Child;
  footer: Child;
}

const TABLE = { role: "presentation", width: "100%", cellpadding: "0", cellspacing: "0", border: 0 } as const;

export function EmailFrame(props: FrameProps) {
  return (
    // The page colour on <html> too, where a client shows the whole document (Apple Mail, the
    // web copy): cosmetic, since the wrapper table carries it wherever the email is read.
    <html lang="en" class="sp-page" style={`background:${COLORS.page}`}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{props.title}</title>
        <style>{raw(DARK_MODE_CSS)}</style>
      </head>
      <table
        class="sp-page"
        {...TABLE}
        bgcolor={COLORS.page}
        style={`background:${COLORS.page};-webkit-text-size-adjust:100%;text-size-adjust:100%`}
      >
        <tr>
          <td align="center" style="padding:16px 12px 24px">
            <table {...TABLE} width="600" style="width:100%;max-width:600px">
              <tr>
                <td class="sp-muted" style={`padding:0 4px 10px;font:13px/1.4 ${SANS};color:${COLORS.muted};text-align:left`}>
                  {props.preheader}
                </td>
              </tr>
            </table>
            <table
              class="sp-card"
              {...TABLE}
              width="600"
              bgcolor={COLORS.card}
              style={`width:100%;max-width:600px;background:${COLORS.card}`}
            >
              <tr>
                <td style="padding:24px">
                  <table {...TABLE}>
                    <tr>
                      <td style="padding:0 0 12px">
                        <p style={`margin:0;font:700 20px/1.2 ${SERIF}`}>
                          <a class="sp-ink" href={props.siteUrl} style={`color:${COLORS.ink};text-decoration:none`}>
                            Standpoint
                          </a>
                        </p>
                        <p class="sp-muted" style={`margin:4px 0 0;font:13px/1.4 ${SANS};color:${COLORS.muted}`}>
                          {props.tagline}
                        </p>
                      </td>
                    </tr>
                    {props.children}
                    <tr>
                      <td style="padding:28px 0 0" />
                    </tr>
                    <tr>
                      <td
                        class="sp-rule sp-muted"
                        style={`padding:14px 0 0;border-top:1px solid ${COLORS.rule};font:13px/1.5 ${SANS};color:${COLORS.muted}`}
                      >
                        {props.footer}
                      </td>
                    </tr>
                  </table>
                </td>
              </tr>
            </table>
          </td>
        </tr>
      </table>
    </html>
  );
}

/** A body row of prose: a heading and paragraphs, in the frame's type. */
export function EmailSection(props: { heading?: string; children: Child }) {
  return (
    <tr>
      <td class="sp-ink sp-rule" style={`padding:16px 0 0;border-top:1px solid ${COLORS.rule};font:17px/1.5 ${SERIF};color:${COLORS.ink}`}>
        {props.heading && <h1 style={`margin:0 0 12px;font:700 22px/1.25 ${SERIF}`}>{props.heading}</h1>}
        {props.children}
      </td>
    </tr>
  );
}

/** A button made of a table cell (Outlook ignores padding on links); a plain link where styles are dropped. */
export function EmailButton(props: { href: string; children: Child }) {
  return (
    <table role="presentation" cellpadding="0" cellspacing="0" border={0} style="margin:16px 0">
      <tr>
        <td bgcolor={COLORS.button} style={`background:${COLORS.button};padding:12px 20px`}>
          <a href={props.href} style={`color:#ffffff;text-decoration:none;font:600 16px/1.2 ${SANS};display:inline-block`}>
            {props.children}
          </a>
        </td>
      </tr>
    </table>
  );
}
