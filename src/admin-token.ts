// The admin token a site in development accepts when ADMIN_TOKEN is unset (src/env.ts), and
// which `npm run publish` sends to localhost. Documented in the README; never valid in production.
export const DEVELOPMENT_ADMIN_TOKEN = "standpoint-development-admin-token";
