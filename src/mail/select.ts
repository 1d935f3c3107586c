import type { AppEnv } from "../env";
import { emailBindingTransport } from "./email-binding";
import { outboxTransport } from "./outbox";
import { RESEND_API, resendTransport } from "./resend";
import type { Transport } from "./transport";

type TransportEnv = Pick<AppEnv, "DB" | "EMAIL" | "RESEND_API_KEY" | "RESEND_API_URL">;

function byName(name: AppEnv["MAIL_TRANSPORT"], env: TransportEnv): Transport {
  switch (name) {
    case "outbox":
      return outboxTransport(env.DB);
    case "email-binding":
      return emailBindingTransport(env.EMAIL);
    case "resend":
      return resendTransport({ apiKey: env.RESEND_API_KEY ?? "", apiUrl: env.RESEND_API_URL ?? RESEND_API });
  }
}

/** Confirmation and notice mail: the transport `env.MAIL_TRANSPORT` names; src/env.ts has checked it and its secrets. */
export function transportFor(env: TransportEnv & Pick<AppEnv, "MAIL_TRANSPORT">): Transport {
  return byName(env.MAIL_TRANSPORT, env);
}

/** Summaries: `env.SUMMARY_TRANSPORT` (src/env.ts allows only transports that can send bulk mail). */
export function summaryTransportFor(env: TransportEnv & Pick<AppEnv, "SUMMARY_TRANSPORT">): Transport {
  return byName(env.SUMMARY_TRANSPORT, env);
}
