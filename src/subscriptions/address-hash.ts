// A keyed hash of an address: what is kept of a suppressed address after it is erased.
// Keyed (HMAC) so the table cannot be reversed by hashing a list of known addresses; the
// key is TOKEN_SECRET with a label of its own, so it never signs anything a token could be.
import { Buffer } from "node:buffer";
import type { TokenEnv } from "./tokens";

const LABEL = "standpoint suppressed address v1\n";

export async function addressHash(env: TokenEnv, email: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(env.TOKEN_SECRET), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(LABEL + email.trim().toLowerCase()));
  return Buffer.from(mac).toString("base64url");
}
