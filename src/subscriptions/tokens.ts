// Signed, expiring tokens for the links in emails. Nothing is stored: a token is
// `purpose.id.generation.expires.signature`, the signature HMAC-SHA256 over the rest,
// so a token made for one purpose (confirm) cannot be used for another (unsubscribe).
// A follow link's token also signs its scope (which actors and topics it adds), carried
// beside the token in the URL: changing the scope breaks the signature.
import { Buffer } from "node:buffer";
import type { AppEnv } from "../env";
import { PENDING_DAYS } from "./schema";

export const PURPOSES = ["confirm", "unsubscribe", "preferences", "follow"] as const;
export type TokenPurpose = (typeof PURPOSES)[number];

/** How long each kind of link works. Manage links are renewed in every email. */
export const TOKEN_LIFETIME_DAYS: Record<TokenPurpose, number> = {
  confirm: PENDING_DAYS,
  unsubscribe: 365,
  preferences: 365,
  // Offered in an "already subscribed" mail, which is sent at most once a day.
  follow: PENDING_DAYS,
};

/** The signing secret, as the entry checked it (src/env.ts): never missing or short. */
export type TokenEnv = Pick<AppEnv, "TOKEN_SECRET">;

export interface TokenClaims {
  purpose: TokenPurpose;
  subscriberId: number;
  /** The subscriber's token generation when signed (confirm links); 0 for manage links. */
  generation: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; problem: "malformed" | "bad_signature" | "wrong_purpose" | "expired" };

const SHAPE = /^(confirm|unsubscribe|preferences|follow)\.([1-9]\d{0,14})\.(\d{1,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

// Imported once per isolate and secret: a summary batch signs 200 links, and importing the
// key for each was about half of the signing's CPU.
const keys = new Map<string, CryptoKey>();

async function key(secret: string): Promise<CryptoKey> {
  const known = keys.get(secret);
  if (known) return known;
  const imported = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
  if (keys.size >= 4) keys.delete(keys.keys().next().value!);
  keys.set(secret, imported);
  return imported;
}

/** What the MAC covers: the token's body, and the scope when there is one (never in the token itself). */
const signed = (body: string, scope: string | undefined) => new TextEncoder().encode(scope === undefined ? body : `${body}\n${scope}`);

/** `scope`: what a follow link adds (see links.ts); the same scope must be given to verify. */
export async function signToken(secret: string, claims: TokenClaims, now: Date, scope?: string): Promise<string> {
  const expires = Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_DAYS[claims.purpose] * 86_400;
  const body = `${claims.purpose}.${claims.subscriberId}.${claims.generation}.${expires}`;
  const mac = await crypto.subtle.sign("HMAC", await key(secret), signed(body, scope));
  return `${body}.${Buffer.from(mac).toString("base64url")}`;
}

/** Checks shape, signature (in constant time), purpose and expiry, in that order. */
export async function verifyToken(secret: string, token: string, purpose: TokenPurpose, now: Date, scope?: string): Promise<TokenCheck> {
  const m = SHAPE.exec(token);
  if (!m) return { ok: false, problem: "malformed" };
  const body = token.slice(0, token.lastIndexOf("."));
  const signature = Buffer.from(m[5]!, "base64url");
  // 43 characters carry 258 bits for 256: refuse the variants that differ only in the spare
  // bits, so each signature has exactly one spelling.
  if (signature.toString("base64url") !== m[5]) return { ok: false, problem: "malformed" };
  const valid = await crypto.subtle.verify("HMAC", await key(secret), signature, signed(body, scope));
  if (!valid) return { ok: false, problem: "bad_signature" };
  if (m[1] !== purpose) return { ok: false, problem: "wrong_purpose" };
  if (Number(m[4]) * 1000 <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, claims: { purpose, subscriberId: Number(m[2]), generation: Number(m[3]) } };
}
