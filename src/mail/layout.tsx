// The frame of every HTML email. Mail clients ignore <style> and strip classes, so
// styles are inline here (unlike the site's pages).
import type { Child } from "hono/jsx";
import { documentOf } from "../http/page/Layout";

const BODY = "margin:0;padding:24px;background:#fdfcf9;color:#1a1a1a;font:16px/1.5 Georgia,'Times New Roman',serif";
const FOOTER = "margin-top:32px;padding-top:12px;border-top:1px solid #d8d4cc;color:#555;font:13px/1.5 system-ui,sans-serif";

export function EmailLayout(props: { title: string; children: Child; footer?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body style={BODY}>
        <div style="max-width:40rem;margin:0 auto">
          {props.children}
          {props.footer && <div style={FOOTER}>{props.footer}</div>}
        </div>
      </body>
    </html>
  );
}

/** A button-like link; a plain link in clients that drop the styles. */
export function EmailButton(props: { href: string; children: Child }) {
  return (
    <p>
      <a href={props.href} style="display:inline-block;padding:10px 18px;background:#0b5394;color:#ffffff;text-decoration:none;font:600 16px system-ui,sans-serif">
        {props.children}
      </a>
    </p>
  );
}

/** Renders an email element to a complete HTML document (as pages are). */
export const renderEmail = documentOf;
