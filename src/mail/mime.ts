// RFC 5322 / 2045 rendering of a message for the send_email binding. Everything
// that came from input is either validated single-line (see message.ts) or encoded
// (RFC 2047 words, base64 bodies), so the output's structure is fixed by this file.
import { Buffer } from "node:buffer";
import { type MailMessage, parseMailbox } from "./message";

const CRLF = "\r\n";

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words of at most 75 characters, split on character boundaries. */
export function encodeWords(text: string): string {
  if (isAscii(text)) return text;
  const words: string[] = [];
  let chunk = "";
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join(`${CRLF} `);
}

function formatMailbox(value: string): string {
  const box = parseMailbox(value);
  if (!box) throw new Error("invalid mailbox");
  if (!box.name) return box.address;
  const name = isAscii(box.name) ? `"${box.name.replace(/["\\]/g, "\\$&")}"` : encodeWords(box.name);
  return `${name} <${box.address}>`;
}

function base64Lines(text: string): string {
  return (
    Buffer.from(text, "utf8")
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

/** The address part of the From mailbox: the envelope sender. */
export function envelopeFrom(message: MailMessage): string {
  return parseMailbox(message.from)!.address;
}

export function toMime(message: MailMessage, options: { messageId: string; date: Date; boundary: string }): string {
  const headers: [string, string][] = [
    ["From", formatMailbox(message.from)],
    ["To", message.to],
    ["Subject", encodeWords(message.subject)],
    ["Date", options.date.toUTCString().replace("GMT", "+0000")],
    ["Message-ID", `<${options.messageId}>`],
    ["MIME-Version", "1.0"],
    ...Object.entries(message.headers).map(([k, v]): [string, string] => [k, isAscii(v) ? v : encodeWords(v)]),
    ["Content-Type", `multipart/alternative; boundary="${options.boundary}"`],
  ];
  const part = (type: string, body: string) =>
    [`--${options.boundary}`, `Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: base64", "", base64Lines(body)].join(
      CRLF,
    );
  return [
    ...headers.map(([k, v]) => `${k}: ${v}`),
    "",
    part("text/plain", message.text),
    part("text/html", message.html),
    `--${options.boundary}--`,
    "",
  ].join(CRLF);
}
