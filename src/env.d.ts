// Secrets are not in wrangler.toml, so `wrangler types` cannot see them; see .dev.vars.example.
declare namespace Cloudflare {
  interface Env {
    TOKEN_SECRET?: string;
    RESEND_API_KEY?: string;
    RESEND_WEBHOOK_SECRET?: string;
  }
}
