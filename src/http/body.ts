// Reading request bodies defensively: a refusal (status, code, message) instead of an
// exception, so every route answers bad input with a 4xx and its reason.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface Refusal {
  status: ContentfulStatusCode;
  code: string;
  message: string;
}
export type Checked<T> = { ok: true; value: T } | ({ ok: false } & Refusal);

export const refuse = (status: ContentfulStatusCode, code: string, message: string) => ({ ok: false as const, status, code, message });

export function mediaType(c: Context): string {
  return (c.req.header("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Reads at most `max` bytes of the body; refuses a longer one (declared or actual). */
export async function readBounded(c: Context, max: number): Promise<Checked<string>> {
  const tooLarge = refuse(413, "body_too_large", `The request body is larger than ${max} bytes.`);
  const declared = Number(c.req.header("Content-Length") ?? "0");
  if (declared > max) return tooLarge;
  const body = c.req.raw.body;
  if (!body) return { ok: true, value: "" };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return refuse(400, "invalid_encoding", "The request body is not UTF-8 text.");
  }
}

/** A JSON body, bounded in size; the media type is the caller's to check. */
export async function readJsonBody(c: Context, max: number): Promise<Checked<unknown>> {
  const text = await readBounded(c, max);
  if (!text.ok) return text;
  try {
    return { ok: true, value: JSON.parse(text.value) };
  } catch {
    return refuse(400, "invalid_json", "The request body is not valid JSON.");
  }
}
