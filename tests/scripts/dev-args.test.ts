// `npm run dev -- --port N` builds the site's links with port N (scripts/lib/dev-args.ts).
import { describe, expect, it } from "vitest";
import { devArgs, devSiteUrl } from "../../scripts/lib/dev-args";

const siteUrlOf = (args: string[]) => devArgs(args).find((a) => a.startsWith("SITE_URL:"));

describe("npm run dev's links", () => {
  it("follow --port in both spellings, and default to wrangler's 8787", () => {
    expect(devSiteUrl(["--port", "9123"])).toBe("http://localhost:9123");
    expect(devSiteUrl(["--port=9124"])).toBe("http://localhost:9124");
    expect(devSiteUrl([])).toBe("http://localhost:8787");
    expect(siteUrlOf(["--port", "9123"])).toBe("SITE_URL:http://localhost:9123");
  });

  it("follow --ip and --local-protocol", () => {
    expect(devSiteUrl(["--ip", "127.0.0.1", "--port", "9000"])).toBe("http://127.0.0.1:9000");
    expect(devSiteUrl(["--ip", "0.0.0.0"])).toBe("http://localhost:8787");
    expect(devSiteUrl(["--local-protocol", "https", "--port", "8443"])).toBe("https://localhost:8443");
  });

  it("pass the user's flags through and keep a SITE_URL they set themselves", () => {
    const args = devArgs(["--port", "9000", "--var", "SITE_URL:https://tunnel.example"]);
    expect(args.slice(0, 3)).toEqual(["dev", "--port", "9000"]);
    expect(args.filter((a) => a.startsWith("SITE_URL:"))).toEqual(["SITE_URL:https://tunnel.example"]);
    expect(args).toContain("APP_ENV:development");
    expect(args).toContain("MAIL_TRANSPORT:outbox");
    // wrangler.toml sends summaries through Resend; without this override a fresh clone answers bad_environment.
    expect(args).toContain("SUMMARY_TRANSPORT:outbox");
  });

  it("refuse a port that is not one", () => {
    expect(() => devSiteUrl(["--port", "eighty"])).toThrow('--port must be a port number, not "eighty"');
    expect(() => devSiteUrl(["--port", "70000"])).toThrow(/--port must be a port number/);
  });
});
