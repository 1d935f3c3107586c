import { emailBindingTransport } from "./email-binding";
import { outboxTransport } from "./outbox";
import { RESEND_API, resendTransport } from "./resend";
import type { Transport } from "./transport";

/** The transport `env.MAIL_TRANSPORT` names; throws on a missing or unknown configuration. */
export function transportFor(env: Env): Transport {
  switch (env.MAIL_TRANSPORT) {
    case "outbox":
      return outboxTransport(env.DB);
    case "email-binding":
      return emailBindingTransport(env.EMAIL);
    case "resend":
      if (!env.RESEND_API_KEY) throw new Error("MAIL_TRANSPORT is resend but the RESEND_API_KEY secret is not set");
      return resendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL || RESEND_API });
    default:
      throw new Error(`MAIL_TRANSPORT must be outbox, email-binding or resend, not "${env.MAIL_TRANSPORT}"`);
  }
}
