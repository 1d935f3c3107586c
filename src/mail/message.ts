// Messages are data, validated before any transport sees them. Header values are
// single-line by construction: the schema refuses CR, LF and other control characters,
// so no input (a subject built from a title, an address) can add a header.
import * as z from "zod";

const CONTROL = /[\u0000-\u001f\u007f]/;

/** A header value: one line, no control characters, within RFC 5322's line limit. */
export const headerValueSchema = z
  .string()
  .max(900)
  .refine((v) => !CONTROL.test(v), "header values cannot contain line breaks or control characters");

/** Header names a message may add; the structural ones are the MIME builder's. */
const RESERVED = new Set(["from", "to", "cc", "bcc", "subject", "date", "mime-version", "content-type", "content-transfer-encoding"]);
export const headerNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/, "header names are letters, digits and hyphens")
  .refine((name) => !RESERVED.has(name.toLowerCase()), "this header is set by the mail layer");

/** A bare address: `someone@example.com`. */
export const addressSchema = z.email().max(254);

/** A mailbox: a bare address or `Display Name <address>`. */
export const mailboxSchema = headerValueSchema.refine((v) => parseMailbox(v) !== undefined, "not a valid mailbox");

export const mailMessageSchema = z.object({
  from: mailboxSchema,
  to: addressSchema,
  subject: headerValueSchema.pipe(z.string().min(1)),
  html: z.string(),
  text: z.string(),
  headers: z.record(headerNameSchema, headerValueSchema).default({}),
});

export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailMessageInput = z.input<typeof mailMessageSchema>;

/** Validates a message; throws a ZodError naming the offending field. */
export function buildMessage(input: MailMessageInput): MailMessage {
  return mailMessageSchema.parse(input);
}

/** Splits `Name <addr>` into its parts; undefined when it is neither form. */
export function parseMailbox(value: string): { name?: string; address: string } | undefined {
  const angle = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value);
  const name = angle ? angle[1]!.replace(/^"(.*)"$/, "$1") : undefined;
  const address = angle ? angle[2]! : value.trim();
  if (!addressSchema.safeParse(address).success) return undefined;
  return name ? { name, address } : { address };
}

/** Flattens any text into one header-safe line (for subjects built from content). */
export function singleLine(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
