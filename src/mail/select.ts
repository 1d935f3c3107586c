import { emailBindingTransport } from "./email-binding";
import { outboxTransport } from "./outbox";
import { RESEND_API, resendTransport } from "./resend";
import type { Transport } from "./transport";
import type { AppEnv } from "../env";

/** The transport `env.MAIL_TRANSPORT` names; src/env.ts has checked it and its secrets. */
export function transportFor(env: Pick<AppEnv, "DB" | "EMAIL" | "MAIL_TRANSPORT" | "RESEND_API_KEY" | "RESEND_BASE_URL">): Transport {
  switch (env.MAIL_TRANSPORT) {
    case "outbox":
      return outboxTransport(env.DB);
    case "email-binding":
      return emailBindingTransport(env.EMAIL);
    case "resend":
      return resendTransport({ apiKey: env.RESEND_API_KEY ?? "", baseUrl: env.RESEND_BASE_URL ?? RESEND_API });
  }
}
