// Secrets are not in wrangler.toml, so `wrangler types` cannot see them; see .dev.vars.example.
interface StandpointSecrets {
  TOKEN_SECRET?: string;
  RESEND_API_KEY?: string;
  RESEND_WEBHOOK_SECRET?: string;
  /** Optional: the Resend API's base URL (a local stand-in in tests). */
  RESEND_BASE_URL?: string;
}

interface Env extends StandpointSecrets {}

declare namespace Cloudflare {
  interface Env extends StandpointSecrets {}
}
